// SPDX-License-Identifier: GPL-3.0-or-later
// A table's rows kept compact: cells added as text, from UTF-8, or as a repeat of an earlier cell
// read back as written, and each row keeps its own cells.
#include "import/csv_reader.h"
#include "import/text_table.h"

#include <QFile>

#include "testutils.h"

#include <gtest/gtest.h>

using namespace cs;

TEST(TextRows, CellsFromUtf8ReadBackAsWritten)
{
    TextRows rows;
    const QStringList cells = {QStringLiteral("2023"), QString(), QStringLiteral("深圳市"), QStringLiteral("𝕏 10393.39 亿元"),
                               QStringLiteral("Zürich"), QStringLiteral("plain ascii, then 中文"),
                               QStringLiteral("a\uFEFFb"), QStringLiteral("\uFEFFx")}; // byte-order marks inside cells are kept
    for (const QString &c : cells) {
        const QByteArray utf8 = c.toUtf8();
        rows.addCellUtf8(utf8.constData(), utf8.size());
    }
    rows.endRow();
    const qsizetype first = rows.addCell(QStringLiteral("北京"));
    rows.addCellLike(first);
    rows.endRow();
    rows.endRow(); // an empty row
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0), cells);
    EXPECT_EQ(rows.at(1), (QStringList{QStringLiteral("北京"), QStringLiteral("北京")}));
    EXPECT_TRUE(rows.at(2).isEmpty());
    EXPECT_EQ(rows.cell(0, 3), QStringLiteral("𝕏 10393.39 亿元"));
    EXPECT_TRUE(rows.cell(0, 99).isEmpty());
}

namespace {

// A panel's rows: region, indicator and unit in runs down their columns (shared with the row
// above, as the CSV reader stores them), a period and a value of its own in every row.
TextRows panelRows(int rows)
{
    TextRows t;
    t.append({QStringLiteral("region"), QStringLiteral("indicator"), QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("unit")});
    qsizetype region = -1, indicator = -1, unit = -1;
    for (int r = 0; r < rows; ++r) {
        const QString regionText = QStringLiteral("城市%1").arg(r / 5000);
        // (each shares the first cell of its run, as the CSV reader does)
        if (r % 5000 == 0)
            region = t.addCell(regionText);
        else
            t.addCellLike(region);
        if (r % 100 == 0)
            indicator = t.addCell(QStringLiteral("indicator %1").arg(r / 100 % 50));
        else
            t.addCellLike(indicator);
        t.addCell(QStringLiteral("%1Q%2").arg(1999 + r % 100 / 4).arg(r % 4 + 1));
        t.addCell(QString::number(r * 1.25, 'f', 2));
        if (r % 100 == 0)
            unit = t.addCell(QStringLiteral("亿元"));
        else
            t.addCellLike(unit);
        t.endRow();
    }
    return t;
}

QStringList panelRow(int r)
{
    return {QStringLiteral("城市%1").arg(r / 5000), QStringLiteral("indicator %1").arg(r / 100 % 50),
            QStringLiteral("%1Q%2").arg(1999 + r % 100 / 4).arg(r % 4 + 1), QString::number(r * 1.25, 'f', 2), QStringLiteral("亿元")};
}

} // namespace

TEST(TextRows, ReleasedRowsReadEmptyAndTheRestKeepTheirText)
{
    const int n = 300000;
    TextRows t = panelRows(n);
    // Released in steps, as an import goes: rows 1 to 250,000 (the header, row 0, stays).
    for (int to = 65537; to < 250001; to += 65536)
        t.releaseRows(1, to);
    t.releaseRows(1, 250001);
    EXPECT_EQ(t.at(0), (QStringList{QStringLiteral("region"), QStringLiteral("indicator"), QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("unit")}));
    EXPECT_EQ(t.cellCount(1), 0);
    EXPECT_TRUE(t.at(123456).isEmpty());
    EXPECT_TRUE(t.at(250000).isEmpty());
    // Row 250,001 is data row 250,000: its region's run began 0 rows before, its indicator's and
    // unit's runs too; row 250,002's began one row before, in a row given back.
    for (int r = 250000; r < n; ++r)
        ASSERT_EQ(t.at(r + 1), panelRow(r)) << r;
    // Another range is not taken: the table keeps one.
    t.releaseRows(260000, 270000);
    EXPECT_EQ(t.at(265000), panelRow(264999));
}

TEST(TextRows, ReleasingRowsGivesTheirMemoryBack)
{
#if !defined(__linux__)
    GTEST_SKIP() << "measured through /proc";
#endif
    TextRows t = panelRows(1000000); // 5 million cells: 48 MB of index, 27 MB of text
    const qint64 before = test::residentBytes();
    ASSERT_GT(before, 0);
    t.releaseRows(1, 900001);
    const qint64 after = test::residentBytes();
    // 90 % of 8 bytes of index per cell and 8 per row (43 MB), and of the periods' and values'
    // text (24 MB): more than the index alone
    EXPECT_GT(before - after, 55 << 20) << before << " " << after;
    EXPECT_EQ(t.at(900001), panelRow(900000));
    EXPECT_EQ(t.at(1000000), panelRow(999999));
}

TEST(TextRows, ACopyKeepsItsTextWhenTheOriginalGivesRowsBack)
{
    TextRows t = panelRows(200000);
    const TextRows copy = t; // shares the text (implicitly shared), not the index
    t.releaseRows(1, 150000);
    for (int r = 0; r < 200000; r += 997)
        ASSERT_EQ(copy.at(r + 1), panelRow(r)) << r;
    EXPECT_EQ(t.at(199999), panelRow(199998));
}

TEST(TextRows, CellsSharedOutOfOrderKeepTheirText)
{
    TextRows t;
    qsizetype far = -1;
    for (int r = 0; r < 100001; ++r) {
        const qsizetype cell = t.addCell(r == 50 ? QStringLiteral("shared by a far row") : QString(40, QChar(u'a' + r % 26)));
        if (r == 50)
            far = cell;
        t.endRow();
    }
    t.addCell(QStringLiteral("a row of its own"));
    t.endRow();
    t.addCellLike(far); // not the row above: the text is no longer in row order
    t.endRow();
    t.releaseRows(1, 100001);
    EXPECT_EQ(t.at(100001), QStringList{QStringLiteral("a row of its own")});
    EXPECT_EQ(t.at(100002), QStringList{QStringLiteral("shared by a far row")});
    EXPECT_TRUE(t.at(50).isEmpty());
}

// A column that says the same all the way down (a unit, a frequency) is stored again every
// 32,768 rows by the CSV reader, so that its first cell does not keep the whole table's text from
// being given back (it once did: the text is given back only before the earliest text a later row
// still shows).
TEST(TextRows, AColumnTheSameAllTheWayDownLetsTheTextGo)
{
#if !defined(__linux__)
    GTEST_SKIP() << "measured through /proc";
#endif
    QByteArray csv = "unit,value\n";
    for (int r = 0; r < 1000000; ++r)
        csv += "current US$," + QByteArray::number(1000000 + r) + ".25\n";
    CsvResult read = readCsv(csv);
    ASSERT_TRUE(read.error.isEmpty());
    TextRows &t = read.table.rows;
    csv = QByteArray(); // (not the table's memory)
    const qint64 before = test::residentBytes();
    t.releaseRows(1, 900001);
    const qint64 after = test::residentBytes();
    // 90 % of the index (16 MB of cells, 8 MB of rows) is 21.6 MB; the values' text another 18 MB
    EXPECT_GT(before - after, 32 << 20) << before << " " << after;
    EXPECT_EQ(t.at(900001), (QStringList{QStringLiteral("current US$"), QStringLiteral("1900000.25")}));
    EXPECT_EQ(t.at(1000000), (QStringList{QStringLiteral("current US$"), QStringLiteral("1999999.25")}));
}
