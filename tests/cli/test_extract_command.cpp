// SPDX-License-Identifier: GPL-3.0-or-later
// clusterscope --extract TEXTFILE: the figures of an article as CSV, or as a workspace with -o;
// bad input gives one line on stderr, its exit code, and writes nothing.
#include "testutils.h"
#include "cli/cli_run.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

const char *const kHeader = "value,unit,qualifier,period,measure,subject,indicator_name,quote,start,end";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void expectOneLineError(const CliRun &r)
{
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_EQ(lines(r.err).size(), 1) << r.describe();
}

} // namespace

TEST(ExtractCommand, SeedArticleAsCsvWithTheDocumentedHeader)
{
    const QString seed = QStringLiteral(CLUSTERSCOPE_SHARED_DIR "/seeds/000_fdcd07c0151c0e94.txt");
    if (!QFile::exists(seed))
        GTEST_SKIP() << "../shared/seeds is absent";
    const CliRun r = runCli({QStringLiteral("--extract"), seed, QStringLiteral("--date"), QStringLiteral("2023-11-24")});
    ASSERT_EXIT_CODE(r, 0);
    const Csv csv = parseCsv(r.out);
    ASSERT_TRUE(csv.error.isEmpty()) << qPrintable(csv.error);
    ASSERT_GE(csv.rows.size(), 35);
    EXPECT_EQ(csv.rows.first().join(QLatin1Char(',')), QLatin1String(kHeader));
    // The lede's figures, as the example rows: value as written, unit as written.
    bool addedValue = false, share2019 = false, robots = false;
    for (const QStringList &row : csv.rows) {
        ASSERT_EQ(row.size(), 10);
        if (row[0] == QLatin1String("10393.39") && row[1] == QStringLiteral("亿元") && row[3] == QLatin1String("2023-Q1/2023-Q3")
            && row[4] == QLatin1String("level"))
            addedValue = true;
        if (row[0] == QLatin1String("37.7") && row[3] == QLatin1String("2019") && row[4] == QLatin1String("share"))
            share2019 = true;
        if (row[0] == QLatin1String("6000") && row[2] == QLatin1String(">") && row[3] == QLatin1String("2023-11"))
            robots = true;
    }
    EXPECT_TRUE(addedValue && share2019 && robots) << r.out.left(3000).toStdString();
}

TEST(ExtractCommand, OutputWritesAWorkspaceWithTheArticleAsSource)
{
    QTemporaryDir dir;
    const QString article = writeFile(dir, QStringLiteral("a.txt"),
                                      QStringLiteral("今年前三季度，深圳地区生产总值增长5.4％，规模以上工业增加值增长3.5％。").toUtf8());
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliRun r = runCli({QStringLiteral("--extract"), article, QStringLiteral("--date"), QStringLiteral("2023-11-24"),
                             QStringLiteral("-o"), out});
    ASSERT_EXIT_CODE(r, 0);
    const CliRun dump = runCli({QStringLiteral("--dump-data"), out});
    ASSERT_EXIT_CODE(dump, 0);
    const QString text = QString::fromUtf8(dump.out);
    EXPECT_TRUE(text.contains(QLatin1String("2023-Q1/2023-Q3,5.4,%,"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("2023-Q1/2023-Q3,3.5,%,"))) << qPrintable(text);
    const CliRun valid = runCli({QStringLiteral("--validate"), out});
    EXPECT_EQ(valid.exitCode, 0) << valid.describe();
}

TEST(ExtractCommand, BadInputIsOneLineAndItsExitCodeAndWritesNothing)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const QString empty = writeFile(dir, QStringLiteral("empty.txt"), QByteArray());
    const QString blank = writeFile(dir, QStringLiteral("blank.txt"), QByteArray("  \n\n \t\n"));
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    const QString binary = writeFile(dir, QStringLiteral("image.txt"), QByteArray(png, sizeof png - 1));
    const QString pdf = writeFile(dir, QStringLiteral("broken.pdf"), QByteArray("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"));
    for (const QString &file : {empty, blank, binary, pdf}) {
        const CliRun r = runCli({QStringLiteral("--extract"), file, QStringLiteral("-o"), out});
        ASSERT_EXIT_CODE(r, 3);
        expectOneLineError(r);
        EXPECT_FALSE(QFile::exists(out));
    }
    const CliRun missing = runCli({QStringLiteral("--extract"), dir.filePath(QStringLiteral("missing.txt"))});
    ASSERT_EXIT_CODE(missing, 4);
    expectOneLineError(missing);
    // Too large: refused from its size, before it is read.
    const QString large = dir.filePath(QStringLiteral("large.txt"));
    {
        QFile f(large);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly) && f.resize(64ll * 1024 * 1024 + 1));
    }
    const CliRun big = runCli({QStringLiteral("--extract"), large});
    ASSERT_EXIT_CODE(big, 3);
    expectOneLineError(big);
}

TEST(ExtractCommand, WrongArgumentsAreUsageErrors)
{
    for (const QStringList &args : {QStringList{QStringLiteral("--extract")},
                                    QStringList{QStringLiteral("--extract"), QStringLiteral("a.txt"), QStringLiteral("--date"), QStringLiteral("2023-13-01")},
                                    QStringList{QStringLiteral("--extract"), QStringLiteral("a.txt"), QStringLiteral("--date")},
                                    QStringList{QStringLiteral("--dump-data"), QStringLiteral("--date"), QStringLiteral("2023-11-24")}}) {
        const CliRun r = runCli(args);
        ASSERT_EXIT_CODE(r, 2);
        EXPECT_EQ(lines(r.err).size(), 1) << r.describe();
    }
}

TEST(ExtractCommand, OffsetsPointIntoTheDecodedFileEvenWithCrLfAndSpaces)
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("标题\r\n\r\n  今年前三季度，深圳地区生产总值\r\n增长 5.4％，工业投资增长 3.5％。\r\n");
    const QString article = writeFile(dir, QStringLiteral("crlf.txt"), text.toUtf8());
    const CliRun r = runCli({QStringLiteral("--extract"), article, QStringLiteral("--date"), QStringLiteral("2023-11-24")});
    ASSERT_EXIT_CODE(r, 0);
    const Csv csv = parseCsv(r.out);
    ASSERT_EQ(csv.rows.size(), 3) << r.describe();
    EXPECT_EQ(text.mid(csv.rows[1][8].toInt(), csv.rows[1][9].toInt() - csv.rows[1][8].toInt()), QStringLiteral("5.4％"));
    EXPECT_EQ(text.mid(csv.rows[2][8].toInt(), csv.rows[2][9].toInt() - csv.rows[2][8].toInt()), QStringLiteral("3.5％"));
}
