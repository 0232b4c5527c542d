// SPDX-License-Identifier: GPL-3.0-or-later
// One read path: File → Import… and `clusterscope --import` read a data file through the same core
// function (readDataFile/readDataBytes), so the same file gives the same workspace both ways,
// byte for byte once written: CSV, TSV (the name says tab-separated), a Eurostat extract (its key
// header says tab-separated), and an XLSX workbook.
#include "dialogs/import_dialog.h"
#include "import/data_file.h"
#include "persist/workspace_json.h"
#include "testutils.h"
#include "xlsx_builder.h"

#include <QFileInfo>
#include <QProcess>
#include <gtest/gtest.h>

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

// Six comma-joined key dimensions and two periods: more commas than tabs on every line, so a
// reader guessing the delimiter from the content alone splits it on commas.
const QByteArray kEurostat = "freq,s_adj,age,unit,sex,geo\\TIME_PERIOD\t2023M01 \t2023M02 \n"
                             "M,SA,TOTAL,PC_ACT,T,AT\t5.1 \t5.0 \n"
                             "M,SA,TOTAL,PC_ACT,T,DE\t3.0 \t: \n";

class ImportPaths : public ::testing::Test
{
protected:
    QString write(const char *name, const QByteArray &bytes) { return cs::test::writeFileIn(dir, u(name), bytes); }

    // The workspace `clusterscope --import` writes for `path`, as its canonical bytes.
    QByteArray importedByCommandLine(const QString &path)
    {
        const QString out = dir.filePath(QFileInfo(path).fileName() + QStringLiteral(".json"));
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(CLUSTERSCOPE_BIN), {QStringLiteral("--import"), path, QStringLiteral("-o"), out});
        EXPECT_TRUE(p.waitForFinished(cs::test::waitMs(60000)));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return cs::test::readFile(out);
    }

    // The workspace the import dialog gives for `path`, titled as --import titles a new
    // workspace (by the file's base name), as canonical bytes.
    static QByteArray importedByDialog(const QString &path)
    {
        cs::ImportDialog d(path);
        EXPECT_TRUE(d.waitUntilRead(cs::test::waitMs(10000))) << "the read did not finish";
        EXPECT_TRUE(d.canImport()) << d.result().error.toStdString();
        cs::Workspace ws = d.result().workspace;
        const QString name = QFileInfo(path).completeBaseName();
        ws.title = {name, name};
        return cs::writeWorkspace(ws);
    }

    void expectSameWorkspace(const QString &path)
    {
        SCOPED_TRACE(path.toStdString());
        const QByteArray fromDialog = importedByDialog(path);
        const QByteArray fromCli = importedByCommandLine(path);
        ASSERT_FALSE(fromCli.isEmpty());
        EXPECT_EQ(fromDialog, fromCli);
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(ImportPaths, CsvGivesTheSameWorkspaceInTheWindowAndOnTheCommandLine)
{
    expectSameWorkspace(write("widgets.csv", "region,indicator,period,value,unit\n"
                                             "Testville,Widgets made,2022,120,万个\nTestville,Widgets made,2023,135,万个\n"
                                             "Otherton,Widgets made,2022,80,万个\n"));
}

TEST_F(ImportPaths, TsvAndEurostatFilesAreSplitOnTabsBothWays)
{
    // The content alone is split on commas: the name and header rules are what this tests.
    ASSERT_EQ(cs::readCsv(kEurostat).delimiter, ',');

    const QString tsv = write("une_rt_m.tsv", kEurostat);  // tab-separated by its name
    const QString txt = write("une_rt_m.txt", kEurostat);  // by its Eurostat key header
    for (const QString &path : {tsv, txt}) {
        cs::ImportDialog d(path);
        ASSERT_TRUE(d.waitUntilRead(cs::test::waitMs(10000)));
        EXPECT_EQ(d.file().delimiter, '\t') << path.toStdString();
        EXPECT_TRUE(d.result().roles.eurostatKey) << path.toStdString();
        EXPECT_EQ(d.result().imported, 3) << path.toStdString();
        expectSameWorkspace(path);
    }
}

TEST_F(ImportPaths, XlsxGivesTheSameWorkspaceAndItsSheetNamesReachTheDialog)
{
    using namespace cs::test::xlsx;
    Book book;
    book.sheets.append({u("Data"), sheetData(R"(
<row r="1"><c r="A1" t="inlineStr"><is><t>地区</t></is></c><c r="B1" t="inlineStr"><is><t>2022年</t></is></c><c r="C1" t="inlineStr"><is><t>2023年</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>北京市</t></is></c><c r="B2"><v>41610.9</v></c><c r="C2"><v>43760.699999999997</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>广东省</t></is></c><c r="B3"><v>129118.58</v></c><c r="C3"><v>135673.16</v></c></row>)"),
                        {}});
    book.sheets.append({u("说明"), sheetData(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>readme</t></is></c></row>)"), {}});
    const QString path = write("gdp.xlsx", book.build());

    cs::ImportDialog d(path);
    ASSERT_TRUE(d.waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d.file().sheetNames, (QStringList{u("Data"), u("说明")}));
    EXPECT_EQ(d.file().sheet, u("Data"));
    EXPECT_EQ(d.result().imported, 4);
    expectSameWorkspace(path);
}
