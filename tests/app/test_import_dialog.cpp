// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import…: the dialog reads the file off the UI thread, shows how it was read and what
// will be imported, re-parses when an option changes, and only lets a working import through;
// the window merges an import as one step, or not at all.
#include "widgets/chart_view.h"
#include "default_workspace.h"
#include "dialogs/import_dialog.h"
#include "document/background_job.h"
#include "widgets/main_window.h"
#include "testutils.h"
#include "widgets/workspace_browser.h"
#include "persist/workspace_json.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using cs::ImportDialog;
using cs::TableLayout;
using Role = cs::ImportDialog::Role;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

QByteArray gbk(const char *utf8)
{
    QStringEncoder enc("GB18030");
    return enc.encode(QString::fromUtf8(utf8));
}

// NBS "分省年度数据" as downloaded: GBK, metadata above the header, notes below.
const char *const kNbs = "数据库：分省年度数据\n指标：地区生产总值(亿元)\n时间：最近3年\n"
                         "地区,2022年,2021年,2020年\n北京市,41610.9,41045.6,36102.6\n河北省,42370.4,40397.1,..\n"
                         "注：2020年数据为初步核算数。\n数据来源：国家统计局\n";
// FRED: a date column, then one column per series; "." is missing.
const char *const kFred = "observation_date,GDP,UNRATE\n2023-01-01,26813.6,3.4\n2023-04-01,27063.0,3.6\n2023-07-01,.,3.8\n";
// Long: one row per value.
const char *const kLong = "region,indicator,period,value,unit\n"
                          "Testville,Widgets made,2022,120,万个\nTestville,Widgets made,2023,135,万个\n"
                          "Otherton,Widgets made,2022,80,万个\nOtherton,Widgets made,2023,95,万个\n";

class ImportDialogTest : public ::testing::Test
{
protected:
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(u(name));
        EXPECT_TRUE(cs::test::writeFile(path, bytes));
        return path;
    }

    std::unique_ptr<ImportDialog> open(const QString &path)
    {
        auto d = std::make_unique<ImportDialog>(path);
        EXPECT_TRUE(d->waitUntilRead(cs::test::waitMs(10000))) << "the read did not finish";
        return d;
    }

    static int columnsShown(const ImportDialog &d) { return d.previewModel()->columnCount(); }

    static QString problems(const ImportDialog &d)
    {
        QStringList out;
        for (int i = 0; i < d.problemList()->count(); ++i)
            out << d.problemList()->item(i)->text();
        return out.join(QLatin1Char('\n'));
    }

    QTemporaryDir dir;
};

} // namespace

// The fixture names start with the suite the brief runs: ImportDialog*.
using ImportDialogRead = ImportDialogTest;
using ImportDialogOptions = ImportDialogTest;
using ImportDialogErrors = ImportDialogTest;

TEST_F(ImportDialogRead, NbsGbkFileShowsGb18030WideLayoutAndTheCounts)
{
    auto d = open(write("分省年度数据.csv", gbk(kNbs)));
    // Detected, and shown on the "Auto" choice, which stays selected.
    EXPECT_EQ(d->file().encoding, u("gb18030"));
    EXPECT_EQ(d->encodingBox()->currentIndex(), 0);
    EXPECT_TRUE(d->encodingBox()->currentText().contains(u("gb18030"))) << d->encodingBox()->currentText().toStdString();
    EXPECT_TRUE(d->delimiterBox()->currentText().contains(QCoreApplication::translate("cs::ImportDialog", "comma")));
    EXPECT_EQ(d->result().layout, TableLayout::Wide);
    EXPECT_TRUE(d->layoutBox()->currentText().contains(u("wide"))) << d->layoutBox()->currentText().toStdString();
    EXPECT_EQ(d->result().headerRow, 3);
    EXPECT_EQ(d->headerRowBox()->value(), -1); // auto…
    EXPECT_EQ(d->headerRowBox()->text(), u("auto (line 4)")); // …showing what it found

    EXPECT_EQ(d->reportLabel()->text(), u("5 values of 1 indicators for 2 subjects will be imported; 1 cells missing; 5 rows skipped"));
    EXPECT_TRUE(d->okButton()->isEnabled());
    EXPECT_TRUE(d->canImport());

    // The mapping: 地区 is the subject, the years are data columns.
    ASSERT_EQ(d->roleBoxCount(), 4);
    EXPECT_EQ(d->roleOf(0), Role::Subject);
    for (int c = 1; c < 4; ++c)
        EXPECT_EQ(d->roleOf(c), Role::Data) << c;

    // The preview: every row of this small file, as decoded; the header and the skipped lines shaded.
    const QAbstractItemModel *m = d->previewModel();
    ASSERT_EQ(m->rowCount(), 8);
    EXPECT_EQ(m->index(4, 0).data().toString(), u("北京市"));
    EXPECT_EQ(m->index(3, 0).data(Qt::UserRole + 1).toString(), u("header"));
    EXPECT_EQ(m->index(0, 0).data(Qt::UserRole + 1).toString(), u("skipped")); // 数据库：…
    EXPECT_EQ(m->index(7, 0).data(Qt::UserRole + 1).toString(), u("skipped")); // 数据来源：…
    EXPECT_EQ(m->index(4, 1).data(Qt::UserRole + 1).toString(), u("data"));
    EXPECT_TRUE(m->index(3, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(m->index(0, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(m->index(4, 1).data(Qt::BackgroundRole).isValid());
    EXPECT_NE(m->index(3, 0).data(Qt::BackgroundRole), m->index(0, 0).data(Qt::BackgroundRole));
    EXPECT_EQ(m->headerData(0, Qt::Vertical).toLongLong(), 1); // lines of the file

    // The skipped rows, with their lines and reasons.
    const QString list = problems(*d);
    EXPECT_TRUE(list.contains(u("Line 1: skipped: metadata above the table"))) << list.toStdString();
    EXPECT_TRUE(list.contains(u("Line 8: skipped: note below the table"))) << list.toStdString();

    // The result is what a merge takes.
    EXPECT_EQ(d->result().imported, 5);
    EXPECT_EQ(d->result().workspace.indicators.size(), 1) << "one measure of two provinces is one indicator";
    EXPECT_EQ(d->result().workspace.subjects.size(), 2);
}

TEST_F(ImportDialogRead, FredFileReadsAsIndicatorColumns)
{
    auto d = open(write("fred.csv", kFred));
    EXPECT_EQ(d->file().encoding, u("utf-8"));
    EXPECT_EQ(d->result().layout, TableLayout::IndicatorColumns);
    EXPECT_EQ(d->reportLabel()->text(), u("5 values of 2 indicators for 1 subjects will be imported; 1 cells missing; 0 rows skipped"));
    EXPECT_EQ(d->roleOf(0), Role::Period);
    EXPECT_EQ(d->roleOf(1), Role::Data);
    EXPECT_EQ(d->roleOf(2), Role::Data);
    EXPECT_TRUE(d->okButton()->isEnabled());
}

TEST_F(ImportDialogRead, LongFileReadsAsLong)
{
    auto d = open(write("long.csv", kLong));
    EXPECT_EQ(d->result().layout, TableLayout::Long);
    EXPECT_EQ(d->reportLabel()->text(), u("4 values of 1 indicators for 2 subjects will be imported; 0 cells missing; 0 rows skipped"));
    EXPECT_EQ(d->roleOf(0), Role::Subject);
    EXPECT_EQ(d->roleOf(1), Role::Indicator);
    EXPECT_EQ(d->roleOf(2), Role::Period);
    EXPECT_EQ(d->roleOf(3), Role::Value);
    EXPECT_EQ(d->roleOf(4), Role::Unit);
}

TEST_F(ImportDialogRead, ReadsOffTheUiThreadAndIsBusyUntilThen)
{
    ImportDialog d(write("fred.csv", kFred));
    // Nothing is shown as importable before the background read reports back.
    EXPECT_TRUE(d.isBusy());
    EXPECT_FALSE(d.okButton()->isEnabled());
    ASSERT_TRUE(d.waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_FALSE(d.isBusy());
    EXPECT_TRUE(d.okButton()->isEnabled());
}

TEST_F(ImportDialogOptions, ChangingTheDelimiterReparses)
{
    auto d = open(write("fred.csv", kFred));
    ASSERT_EQ(columnsShown(*d), 3);
    d->delimiterBox()->setCurrentIndex(d->delimiterBox()->findData(int(';')));
    EXPECT_TRUE(d->isBusy());
    EXPECT_FALSE(d->okButton()->isEnabled());
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->file().delimiter, ';');
    EXPECT_EQ(columnsShown(*d), 1); // every line is one field now
    EXPECT_FALSE(d->okButton()->isEnabled());
    EXPECT_FALSE(d->result().ok());

    d->delimiterBox()->setCurrentIndex(d->delimiterBox()->findData(int(',')));
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(columnsShown(*d), 3);
    EXPECT_EQ(d->result().imported, 5);
    EXPECT_TRUE(d->okButton()->isEnabled());
}

TEST_F(ImportDialogOptions, ChangingTheEncodingReparses)
{
    auto d = open(write("分省年度数据.csv", gbk(kNbs)));
    d->encodingBox()->setCurrentIndex(d->encodingBox()->findData(u("latin1")));
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->file().encoding, u("latin1"));
    EXPECT_NE(d->previewModel()->index(4, 0).data().toString(), u("北京市")); // mojibake, as asked
    d->encodingBox()->setCurrentIndex(0);
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->previewModel()->index(4, 0).data().toString(), u("北京市"));
    EXPECT_EQ(d->result().imported, 5);
}

TEST_F(ImportDialogOptions, DroppingTheRegionColumnMakesTwoValuesPerPeriodAndIsRefused)
{
    auto d = open(write("long.csv", kLong));
    ASSERT_EQ(d->result().workspace.indicators.size(), 1);
    ASSERT_EQ(d->result().workspace.subjects.size(), 2);
    // Without the region column both regions' values fall on one indicator: two values for
    // each year, which the import refuses rather than keep one at random.
    d->setRole(0, Role::None);
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->roleOf(0), Role::None);
    EXPECT_EQ(d->result().roles.subject, -1);
    EXPECT_FALSE(d->result().ok());
    EXPECT_TRUE(d->reportLabel()->text().contains(u("a second value for"))) << d->reportLabel()->text().toStdString();
    EXPECT_FALSE(d->okButton()->isEnabled());
}

TEST_F(ImportDialogOptions, DroppingAnIndicatorColumnKeepsTheLayout)
{
    auto d = open(write("fred.csv", kFred));
    d->setRole(2, Role::None); // UNRATE
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->result().layout, TableLayout::IndicatorColumns);
    EXPECT_EQ(d->reportLabel()->text(), u("2 values of 1 indicators for 1 subjects will be imported; 1 cells missing; 0 rows skipped"));
}

TEST_F(ImportDialogOptions, ARoleHasOneColumn)
{
    auto d = open(write("long.csv", kLong));
    d->setRole(1, Role::Subject); // the indicator column becomes the subject; region loses it
    EXPECT_EQ(d->roleOf(0), Role::None);
    EXPECT_EQ(d->roleOf(1), Role::Subject);
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->result().roles.subject, 1);
    EXPECT_EQ(d->result().roles.indicator, -1);
}

TEST_F(ImportDialogOptions, HeaderRowAndLayoutCanBeOverridden)
{
    auto d = open(write("分省年度数据.csv", gbk(kNbs)));
    d->headerRowBox()->setValue(4); // "北京市,…" as the header: the years are now data
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->result().headerRow, 4);
    EXPECT_EQ(d->headerRowBox()->text(), u("5")); // shown as the line of the file
    EXPECT_FALSE(d->okButton()->isEnabled());
    d->headerRowBox()->setValue(-1);
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->result().headerRow, 3);
    EXPECT_TRUE(d->okButton()->isEnabled());

    d->layoutBox()->setCurrentIndex(d->layoutBox()->findData(int(TableLayout::Long)));
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->result().layout, TableLayout::Long);
    EXPECT_FALSE(d->okButton()->isEnabled()); // no period or value column for a long table
    EXPECT_TRUE(d->reportLabel()->text().contains(u("a long table needs a period column"))) << d->reportLabel()->text().toStdString();
}

TEST_F(ImportDialogErrors, TextInAValueCellDisablesOkAndShowsTheLine)
{
    const QString path = write("bad.csv", "region,indicator,period,value\nTestville,Widgets,2022,120\n"
                                          "Testville,Widgets,2023,about twelve\n");
    auto d = open(path);
    EXPECT_FALSE(d->okButton()->isEnabled());
    EXPECT_FALSE(d->canImport());
    EXPECT_FALSE(d->result().ok());
    EXPECT_EQ(d->result().errorLine, 3);
    ASSERT_GE(d->problemList()->count(), 1);
    const QListWidgetItem *first = d->problemList()->item(0);
    EXPECT_EQ(first->text(), u("bad.csv:3:4: 'about twelve' is not a number"));
    EXPECT_EQ(first->foreground().color(), QColor(190, 0, 0)); // red
    EXPECT_TRUE(d->reportLabel()->text().contains(u("not a number"))) << d->reportLabel()->text().toStdString();
    // The cell is marked in the preview.
    const QAbstractItemModel *m = d->previewModel();
    EXPECT_EQ(m->index(2, 3).data(Qt::BackgroundRole).value<QColor>(), QColor(255, 205, 205));
    // Clicking OK does nothing.
    QTest::mouseClick(d->okButton(), Qt::LeftButton);
    EXPECT_NE(static_cast<QDialog &>(*d).result(), int(QDialog::Accepted));
}

TEST_F(ImportDialogErrors, RaggedRowsAreCountedAgainstTheHeader)
{
    // NBS: five one-field lines around four-field rows. Only rows of the table are compared.
    auto nbs = open(write("分省年度数据.csv", gbk(kNbs)));
    EXPECT_FALSE(problems(*nbs).contains(u("fields"))) << problems(*nbs).toStdString();
    // A data row with one field too many is reported with its line, and still imported.
    auto d = open(write("ragged.csv", "region,indicator,period,value,unit\nTestville,Widgets,2022,120,万个\n"
                                      "Testville,Widgets,2023,135,万个,extra\n"));
    EXPECT_TRUE(problems(*d).contains(u("ragged.csv:3:6: row has 6 fields, the header has 5"))) << problems(*d).toStdString();
    EXPECT_TRUE(d->okButton()->isEnabled());
}

// Regression: the dialog had no role for a dimension column (the US Census Bureau's sex or
// sector beside the indicator columns), so editing any role dropped the dimension and the rows
// clashed ("a second value for …").
TEST_F(ImportDialogOptions, ADimensionColumnIsShownAndKeptWhenRolesAreEdited)
{
    auto d = open(write("census.csv", "Geography,Sex,Year,Owners,Employees\n"
                                      "Ohio,Female,2017,10,100\nOhio,Male,2017,20,200\n"
                                      "Iowa,Female,2017,5,50\nIowa,Male,2017,6,60\n"));
    ASSERT_TRUE(d->result().ok()) << d->result().error.toStdString();
    EXPECT_EQ(d->roleOf(1), Role::Dimension);
    EXPECT_EQ(d->result().workspace.indicators.size(), 4);
    d->setRole(4, Role::Ignore); // Employees
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->roleOf(1), Role::Dimension);
    ASSERT_TRUE(d->result().ok()) << d->result().error.toStdString();
    EXPECT_EQ(d->result().imported, 4);
    EXPECT_EQ(d->result().workspace.indicators.size(), 2) << "Owners, Female and Owners, Male";
    d->setRole(1, Role::Ignore); // without the dimension, two values per year: refused
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_FALSE(d->result().ok());
}

// Regression: a legacy .xls sheet's rows end at their last cell, and every short row was
// reported as "row has N fields, the header has M". Only delimited text has ragged rows.
TEST_F(ImportDialogErrors, SheetRowsAreNotReportedAsRagged)
{
    const QString dirPath = cs::test::sharedDir() + u("/data/real-workbooks/xls");
    if (!QFileInfo::exists(dirPath))
        GTEST_SKIP() << "../shared is absent";
    for (const char *f : {"abs/640101.xls", "nbs-china/分省年度数据.xls", "worldbank/API_NY.GDP.MKTP.CD_DS2_en_excel_v2.xls"}) {
        auto d = open(dirPath + u("/") + u(f));
        EXPECT_TRUE(d->result().ok()) << f;
        EXPECT_FALSE(problems(*d).contains(u("fields"))) << f << ": " << problems(*d).toStdString();
    }
}

TEST_F(ImportDialogErrors, AMissingFileIsReportedNotImported)
{
    auto d = open(dir.filePath(u("no-such-file.csv")));
    EXPECT_FALSE(d->okButton()->isEnabled());
    EXPECT_FALSE(d->file().ok());
    EXPECT_TRUE(problems(*d).contains(u("cannot read"))) << problems(*d).toStdString();
}

// A workbook of two sheets, made with Python's zipfile (deflated, inline strings): "分省" (wide:
// 地区, 2022年, 2021年; two provinces) and "FRED" (DATE, GDP, UNRATE, CPI; two quarters).
QByteArray twoSheetWorkbook()
{
    return QByteArray::fromBase64(
    "UEsDBBQAAAAIAHZBel1MG2LR5AAAAJQBAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbH2Qy07EMAxFfyXKFjUuLBBCbWfBYwkshg8wqdtGzUtxZi"
    "h/T9oZNmhgZdn3Xh/LzW5xVhwpsQm+ldeqloK8Dr3xYyvf98/Vndx1zf4rEoti9dzKKed4D8B6IoesQiRflCEkh7m0aYSIesaR4Kaub0EHn8nn"
    "Kq87ZNc80oAHm8XTUsYnbCLLUjycjCurlRijNRpz0eHo+1+U6kxQJbl5eDKRr4pBwkXCqvwNOOdeyx+S6Um8Ycov6IoLFgufIc0fIczq/yUXrg"
    "zDYDT1QR9ciSiOibDniSg7q7aqHBr/czdsb+6+AVBLAwQUAAAACAB2QXpdHEn3vqQAAAAWAQAACwAAAF9yZWxzLy5yZWxzjc/BDsIgDAbgVyG9"
    "O6YHY8zYLsZkVzMfAFnHyAYlgDrfXo7OePDY9P+/plWz2Jk9MERDTsC2KIGhU9QbpwVcu/PmAE1dXXCWKSfiaHxkueKigDElf+Q8qhGtjAV5dH"
    "kzULAy5TFo7qWapEa+K8s9D58GrE3W9gJC22+BdS+P/9g0DEbhidTdoks/TnwlsiyDxiRgmfmTwnQjmoqMAq8rvnqwfgNQSwMEFAAAAAgAdkF6"
    "XV7Sp8nIAAAANgEAAA8AAAB4bC93b3JrYm9vay54bWyNkE1uwkAMha8y8h4mZIFQlIQNILFF5QBD4pBRMuPIHihbNlUP0etVXIMBikR3rPz36T"
    "3b+fzkenVEFku+gMk4AYW+otr6fQHbj9VoBvMy/yTudkSdirSXAtoQhkxrqVp0RsY0oI+ThtiZEEveaxkYTS0tYnC9TpNkqp2xHh4KGb+jQU1j"
    "K1xQdXDow0OEsTch7iqtHQTK/O4gf1F547CA3++vy88Z1L23ruNZoDizMeF1PQH9n15tlosXNn1h0xurnxb6+YXyClBLAwQUAAAACAB2QXpdim"
    "s7Gq8AAACkAQAAGgAAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzvZDJCsIwEEB/JczdTtuDiDTtRYRepX5ASKcLbRaSuP29QVAs9ODJ0zDb"
    "m8cU1V3N7ErOj0ZzyJIUGGlp2lH3HM7NcbODqixONIsQJ/wwWs/iivYchhDsHtHLgZTwibGkY6czTokQU9ejFXISPWGeplt03wxYMlndcnB1mw"
    "FrHpZ+YZuuGyUdjLwo0mHlBN6Mm/xAFCJUuJ4Ch0/J4ytkSaQCrsvkf5bJ3zK4eHf5BFBLAwQUAAAACAB2QXpdko6o9xQBAAA7AgAAGAAAAHhs"
    "L3dvcmtzaGVldHMvc2hlZXQxLnhtbH2SPU7DMACFrxJ5x3ackFLkuOJHXAA4gJWaxiKxI9tKWWHuztIjMCBggJ6HwDVwSolKSdic9/Lpe5JNJz"
    "dlEdTCWKlVCkKIQSBUpqdSzVJweXG2dwAmjM61uba5EC7wvyubgty56hAhm+Wi5BbqSijfXGlTcuc/zQzZygg+XUNlgQjGCSq5VIDRdXbKHWfU"
    "6HlgvNanWXs4CkHgUiBVIZU4d8bn0jLqWLN8bBYrihyjqE1QtiGOhwiCCWneXnqQk3+Q8A+C/MZuKOmGkqGhi/v31UPzete3tcVrFodJiOGYon"
    "p71E+H432YdN0ve9TZowH7x9OzH/C5vO2zR98GEo0wjHfsmw5H4xEMd+xo68JQ9xLYF1BLAwQUAAAACAB2QXpdVTLChw0BAACPAgAAGAAAAHhs"
    "L3dvcmtzaGVldHMvc2hlZXQyLnhtbH2S0WrDIBSGXyV4XzVasjKMpavb2M0oW/sAkrpGlmhQSff4M20ITWgKXnj+8x/O98Nh67+6SlrlvLYmBy"
    "nEIFGmsEdtTjk47N8WK7Dm7Gzdry+VCkm0G5+DMoTmGSFflKqWHtpGmdj5sa6WIZbuhHzjlDxehuoKEYwzVEttAGcXTcggOXP2nLi4NqpF99mk"
    "IAk50KbSRn0HF3XtOQtcbPavDAXOUFejove/zPnfxe6OfTtnP3x+3V8g5ia2u4+xHcUsQyAyBCIz8wQTusBpfPdidfMtJ9kqpTBjqL3NcO1RuB"
    "zrotcxhunQGUHRAYo+hFrOQNEr1BPO6ASJ9kgTVNHrmEIyQUI3R4CG6+L/UEsBAhQDFAAAAAgAdkF6XUwbYtHkAAAAlAEAABMAAAAAAAAAAAAA"
    "AIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACAB2QXpdHEn3vqQAAAAWAQAACwAAAAAAAAAAAAAAgAEVAQAAX3JlbHMvLnJlbH"
    "NQSwECFAMUAAAACAB2QXpdXtKnycgAAAA2AQAADwAAAAAAAAAAAAAAgAHiAQAAeGwvd29ya2Jvb2sueG1sUEsBAhQDFAAAAAgAdkF6XYprOxqv"
    "AAAApAEAABoAAAAAAAAAAAAAAIAB1wIAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsBAhQDFAAAAAgAdkF6XZKOqPcUAQAAOwIAABgAAA"
    "AAAAAAAAAAAIABvgMAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbFBLAQIUAxQAAAAIAHZBel1VMsKHDQEAAI8CAAAYAAAAAAAAAAAAAACAAQgF"
    "AAB4bC93b3Jrc2hlZXRzL3NoZWV0Mi54bWxQSwUGAAAAAAYABgCLAQAASwYAAAAA");
}

TEST_F(ImportDialogRead, XlsxShowsASheetChooserInsteadOfEncodingAndDelimiter)
{
    auto d = open(write("two.xlsx", twoSheetWorkbook()));
    ASSERT_TRUE(d->file().ok()) << d->file().error.toStdString();
    EXPECT_EQ(d->file().format, u("xlsx"));
    EXPECT_TRUE(d->sheetBox()->isVisibleTo(d.get()));
    EXPECT_FALSE(d->encodingBox()->isVisibleTo(d.get()));
    EXPECT_FALSE(d->delimiterBox()->isVisibleTo(d.get()));
    ASSERT_EQ(d->sheetBox()->count(), 2);
    EXPECT_EQ(d->sheetBox()->itemText(0), u("分省"));
    EXPECT_EQ(d->sheetBox()->itemText(1), u("FRED"));
    EXPECT_EQ(d->sheetBox()->currentIndex(), 0);
    EXPECT_EQ(d->result().layout, TableLayout::Wide);
    EXPECT_EQ(d->result().imported, 4);

    d->sheetBox()->setCurrentIndex(1);
    ASSERT_TRUE(d->waitUntilRead(cs::test::waitMs(10000)));
    EXPECT_EQ(d->sheetBox()->currentText(), u("FRED"));
    EXPECT_EQ(d->result().layout, TableLayout::IndicatorColumns);
    EXPECT_EQ(d->reportLabel()->text(), u("6 values of 3 indicators for 1 subjects will be imported; 0 cells missing; 0 rows skipped"));
    EXPECT_EQ(d->roleBoxCount(), 4);
    EXPECT_TRUE(d->okButton()->isEnabled());
}

// A panel large enough that reading it outlasts the delay before the progress dialog shows.
QByteArray largePanel(int rows)
{
    QByteArray out = "region,indicator,period,value,unit\n";
    out.reserve(qsizetype(rows) * 40);
    for (int i = 0; i < rows; ++i)
        // One value per region, indicator and quarter: 100 regions × 25 indicators, then the next quarter.
        out += "city" + QByteArray::number(i % 100) + ",ind" + QByteArray::number(i / 100 % 25) + ","
             + QByteArray::number(2000 + i / 2500 / 4) + "-Q" + QByteArray::number(i / 2500 % 4 + 1) + ","
             + QByteArray::number(i % 997) + ".5,亿元\n";
    return out;
}

// Holds every job started while it lives before its work begins (BackgroundJob::holdJobs), so
// that a test sees the progress dialog of a job that would otherwise end first.
struct HeldJobs {
    HeldJobs() { cs::BackgroundJob::holdJobs(true); }
    ~HeldJobs() { cs::BackgroundJob::holdJobs(false); }
};

// Waits for the dialog's progress dialog to show; null if the job ended first.
QProgressDialog *waitForProgress(ImportDialog &d, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms && d.isBusy()) {
        for (QProgressDialog *p : d.findChildren<QProgressDialog *>())
            if (p->isVisible())
                return p;
        QTest::qWait(10);
    }
    return nullptr;
}

void clickCancel(QProgressDialog *p)
{
    QPushButton *cancel = p->findChild<QPushButton *>();
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
}

TEST_F(ImportDialogErrors, CancellingTheFirstReadClosesTheDialogWithoutImporting)
{
    HeldJobs held; // the read waits until the progress dialog is up
    ImportDialog d(write("panel.csv", largePanel(400000)));
    d.show();
    QProgressDialog *progress = waitForProgress(d, 10000);
    ASSERT_NE(progress, nullptr) << "no progress dialog while the read was held";
    clickCancel(progress);
    EXPECT_TRUE(d.readCancelled());
    EXPECT_FALSE(d.isBusy());
    EXPECT_FALSE(d.isVisible());
    EXPECT_EQ(static_cast<QDialog &>(d).result(), int(QDialog::Rejected));
    EXPECT_FALSE(d.canImport());
    EXPECT_EQ(d.result().imported, 0);
}

TEST_F(ImportDialogErrors, CancellingAReparseKeepsTheDialogOpenWithOkDisabled)
{
    ImportDialog d(write("panel.csv", largePanel(400000)));
    d.show();
    ASSERT_TRUE(d.waitUntilRead(cs::test::waitMs(60000)));
    ASSERT_TRUE(d.okButton()->isEnabled());
    EXPECT_EQ(d.result().imported, 400000);
    {
        HeldJobs held; // the re-parse waits until the progress dialog is up
        d.encodingBox()->setCurrentIndex(d.encodingBox()->findData(u("latin1"))); // a full re-parse
        QProgressDialog *progress = waitForProgress(d, 10000);
        ASSERT_NE(progress, nullptr) << "no progress dialog while the re-parse was held";
        clickCancel(progress);
    }
    EXPECT_FALSE(d.readCancelled());
    EXPECT_FALSE(d.isBusy());
    EXPECT_TRUE(d.isVisible());
    EXPECT_FALSE(d.okButton()->isEnabled());
    EXPECT_TRUE(d.reportLabel()->text().contains(u("cancelled"))) << d.reportLabel()->text().toStdString();
    // Any change reads again.
    d.encodingBox()->setCurrentIndex(0);
    ASSERT_TRUE(d.waitUntilRead(cs::test::waitMs(60000)));
    EXPECT_TRUE(d.okButton()->isEnabled());
    EXPECT_EQ(d.result().imported, 400000);
}

// The window: File → Import… sits above Export, and importFile merges as one step.
class MainWindowImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const cs::LoadResult r = cs::readWorkspace(cs::defaultWorkspaceJson());
        ASSERT_TRUE(r.isUsable());
        window = std::make_unique<cs::MainWindow>(r.workspace);
        window->setLanguage(cs::Lang::En);
        QApplication::processEvents();
    }
    void TearDown() override { window.reset(); }

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(u(name));
        EXPECT_TRUE(cs::test::writeFile(path, bytes));
        return path;
    }

    std::unique_ptr<cs::MainWindow> window;
    QTemporaryDir dir;
};

TEST_F(MainWindowImport, FileMenuHasImportAboveExport)
{
    QMenu *file = window->menuBar()->actions().first()->menu();
    ASSERT_NE(file, nullptr);
    QStringList texts;
    QAction *import = nullptr;
    for (QAction *a : file->actions()) {
        texts << a->text();
        if (a->text() == u("&Import…"))
            import = a;
    }
    ASSERT_NE(import, nullptr) << texts.join(u(", ")).toStdString();
    EXPECT_LT(texts.indexOf(u("&Import…")), texts.indexOf(u("&Export…")));
    EXPECT_EQ(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
}

TEST_F(MainWindowImport, ImportFileMergesAndShowsTheFirstIndicator)
{
    const cs::Workspace before = window->workspace();
    cs::WorkspaceBrowser *b = window->browser();
    b->setFilterText(QString());
    const int rowsBefore = b->visibleRowCount();

    QString error;
    ASSERT_TRUE(window->importFile(write("long.csv", kLong), &error)) << error.toStdString();
    EXPECT_EQ(window->workspace().indicators.size(), before.indicators.size() + 1) << "a panel: one indicator";
    EXPECT_EQ(window->workspace().observations.size(), before.observations.size() + 4);
    EXPECT_GT(b->visibleRowCount(), rowsBefore);
    b->setFilterText(u("Widgets made"));
    EXPECT_GE(b->visibleRowCount(), 2);
    b->setFilterText(QString());
    EXPECT_TRUE(window->currentSpec().id.startsWith(u("indicator:widgets-made@"))) << window->currentSpec().id.toStdString();
    EXPECT_EQ(window->currentSpec().series.size(), 2) << "one line for each region";
    EXPECT_FALSE(window->chartView()->chart().isEmpty());
}

TEST_F(MainWindowImport, ASecondImportOfTheSameFileFailsAndLeavesTheWorkspaceIdentical)
{
    const QString path = write("分省年度数据.csv", gbk(kNbs));
    QString error;
    ASSERT_TRUE(window->importFile(path, &error)) << error.toStdString();
    const cs::Workspace once = window->workspace();
    const int rows = window->browser()->visibleRowCount();

    EXPECT_FALSE(window->importFile(path, &error));
    EXPECT_TRUE(error.contains(u("already has"))) << error.toStdString();
    EXPECT_EQ(window->workspace().indicators.size(), once.indicators.size());
    EXPECT_EQ(window->workspace().observations.size(), once.observations.size());
    EXPECT_EQ(window->workspace().sources.size(), once.sources.size());
    EXPECT_TRUE(window->workspace() == once);
    EXPECT_EQ(window->browser()->visibleRowCount(), rows);
}

TEST_F(MainWindowImport, AFailedImportReportsThePosition)
{
    const cs::Workspace before = window->workspace();
    QString error;
    const QString path = write("bad.csv", "region,indicator,period,value\nTestville,Widgets,2022,x\n");
    EXPECT_FALSE(window->importFile(path, &error));
    EXPECT_EQ(error, path + u(":2:4: 'x' is not a number"));
    EXPECT_TRUE(window->workspace() == before);
}

TEST_F(MainWindowImport, TheDialogResultMergesLikeImportFile)
{
    const QString path = write("fred.csv", kFred);
    ImportDialog d(path, window.get());
    ASSERT_TRUE(d.waitUntilRead(cs::test::waitMs(10000)));
    ASSERT_TRUE(d.canImport());
    cs::Workspace ws = window->workspace();
    const qsizetype indicators = ws.indicators.size();
    QString error;
    ASSERT_TRUE(cs::mergeWorkspace(ws, d.result().workspace, &error)) << error.toStdString();
    EXPECT_EQ(ws.indicators.size(), indicators + 2);
}
