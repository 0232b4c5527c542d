// SPDX-License-Identifier: GPL-3.0-or-later
// Years × months (or quarters) matrices, through readDataBytes and the table importer. Reported:
// a BLS series report imported as 15 indicators named jan, feb, …, annual with yearly periods.
// Small files written here copy the shapes (BLS, NBS 一月…十二月, quarters × years); the real BLS
// workbook in ../shared/data/real-workbooks/xlsx/bls/ is checked at cells read from it.
#include "import/period_matrix.h"
#include "import_lookup.h"
#include "query/observation_csv.h"
#include "testutils.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace cs;
using test::expectValue;
using test::Imported;
using test::valueAt;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

const char *const kCpi = "All items in U.S. city average, all urban consumers, not seasonally adjusted [CUUR0000SA0]";

} // namespace

// The BLS series report: title and metadata rows (merged cells repeat their text), a blank row,
// Year, Jan … Dec, Annual, HALF1, HALF2, a row per year (the last one short), a footnote.
TEST(PeriodMatrix, YearsByMonthsWithAnnualAndHalvesIsOneMonthlySeries)
{
    const QByteArray csv =
        "Consumer Price Index for All Urban Consumers (CPI-U),Consumer Price Index for All Urban Consumers (CPI-U)\n"
        "Original Data Value,Original Data Value\n"
        "\n"
        "Series Id:,CUUR0000SA0,CUUR0000SA0\n"
        "Not Seasonally Adjusted,Not Seasonally Adjusted\n"
        "Series Title:,\"All items in U.S. city average, all urban consumers, not seasonally adjusted\"\n"
        "Area:,U.S. city average\n"
        "Item:,All items\n"
        "Base Period:,1982-84=100\n"
        "\n"
        "Year,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Annual,HALF1,HALF2\n"
        "2023,299.170,300.840,301.836,303.363,304.127,305.109,305.691,307.026,307.789,307.671,307.051,306.746,304.702,302.408,306.996\n"
        "2024,308.417,310.326,,,,,,,,,,,,,\n"
        "Footnotes: none\n";
    const Imported r = test::importBytes(csv, "SeriesReport.csv");
    ASSERT_TRUE(r.file.ok()) << r.file.error.toStdString();
    EXPECT_TRUE(r.file.periodMatrix);
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    EXPECT_EQ(r.import.imported, 17);
    EXPECT_EQ(r.import.workspace.indicators.size(), 1) << "one series, not one indicator per month";
    expectValue(r, kCpi, "U.S. city average", "2023-01", 299.170);
    expectValue(r, kCpi, "U.S. city average", "2023-12", 306.746);
    expectValue(r, kCpi, "U.S. city average", "2024-02", 310.326);
    expectValue(r, kCpi, "U.S. city average", "2023", 304.702); // Annual: the year
    expectValue(r, kCpi, "U.S. city average", "2023-Q1/2023-Q2", 302.408);
    const std::optional<Observation> h2 = valueAt(r, u(kCpi), u("U.S. city average"), u("2023-Q3/2023-Q4"));
    ASSERT_TRUE(h2);
    EXPECT_DOUBLE_EQ(h2->value, 306.996);
    EXPECT_FALSE(h2->period.isYearToDate()) << "HALF2 is July to December, not year-to-date";
    EXPECT_EQ(h2->period.startDate(), QDate(2023, 7, 1));
    EXPECT_FALSE(valueAt(r, u(kCpi), u("U.S. city average"), u("2024-03"))) << "an empty cell is missing";
    const Indicator &ind = r.import.workspace.indicators.first();
    EXPECT_TRUE(ind.unit.contains(u("1982-84=100"))) << ind.unit.toStdString();
    // --dump-data names it in every row, with the series id.
    const QByteArray dump = observationsCsv(r.import.workspace);
    EXPECT_EQ(dump.count("[CUUR0000SA0]"), 17);
    // Each value keeps the line of its year's row.
    ASSERT_GE(h2->row, 0);
    EXPECT_EQ(r.import.workspace.observations.sourceRow(h2->row).line, 12);
}

// NBS-style Chinese months, years descending, with 全年; and a quarters × years matrix the other
// way round (a row per quarter, a column per year).
TEST(PeriodMatrix, ChineseMonthsAndQuartersByYears)
{
    const QByteArray months = "指标：工业增加值增速(%)\n"
                              "年份,一月,二月,三月,四月,五月,六月,七月,八月,九月,十月,十一月,十二月,全年\n"
                              "2023年,,2.4,3.9,5.6,3.5,4.4,3.7,4.5,4.5,4.6,6.6,6.8,4.6\n"
                              "2022年,,7.5,5.0,-2.9,0.7,3.9,3.8,4.2,6.3,5.0,2.2,1.3,3.6\n"
                              "注：1-2月合并发布。\n";
    const Imported r = test::importBytes(months, "月度.csv");
    ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
    EXPECT_TRUE(r.file.periodMatrix);
    EXPECT_EQ(r.import.imported, 24);
    expectValue(r, "工业增加值增速(%)", "", "2023-02", 2.4);
    expectValue(r, "工业增加值增速(%)", "", "2022-04", -2.9);
    expectValue(r, "工业增加值增速(%)", "", "2022", 3.6);

    const QByteArray quarters = "\"Title: Gross value added, chain volume\"\n"
                                "Quarter,2021,2022,2023\n"
                                "Q1,100.5,104.1,106.0\n"
                                "Q2,101.2,104.9,106.4\n"
                                "Q3,102.0,105.3,\n"
                                "Q4,103.3,105.8,\n";
    const Imported q = test::importBytes(quarters, "gva.csv");
    ASSERT_TRUE(q.import.ok()) << q.file.error.toStdString() << q.import.error.toStdString();
    EXPECT_TRUE(q.file.periodMatrix);
    EXPECT_EQ(q.import.imported, 10);
    expectValue(q, "Gross value added, chain volume", "", "2021-Q1", 100.5);
    expectValue(q, "Gross value added, chain volume", "", "2022-Q4", 105.8);
    expectValue(q, "Gross value added, chain volume", "", "2023-Q2", 106.4);
}

// Tables that only look alike stay as they are: months as columns of regions (no years), and a
// wide table of years whose rows are indicators.
TEST(PeriodMatrix, TablesThatAreNotMatricesAreLeftAlone)
{
    TextTable regions;
    regions.append(1, {u("Region"), u("Jan"), u("Feb"), u("Mar"), u("Apr"), u("May"), u("Jun")});
    regions.append(2, {u("North"), u("1"), u("2"), u("3"), u("4"), u("5"), u("6")});
    EXPECT_FALSE(periodMatrixAsLongTable(regions));
    TextTable wide;
    wide.append(1, {u("指标"), u("2023年"), u("2022年")});
    wide.append(2, {u("地区生产总值(亿元)"), u("34606.4"), u("32387.7")});
    EXPECT_FALSE(periodMatrixAsLongTable(wide));
}

// Regression: ordinary tables were taken for matrices. A long table whose data rows come before
// a row of month names (a second table below), a row of codes that look like years but are not
// in order, and a column of month names that is not headed as periods stay plain tables.
TEST(PeriodMatrix, OrdinaryTablesWithMonthsOrYearLikeCellsStayTables)
{
    TextTable below;
    below.append(1, {u("Region"), u("Year"), u("Value")});
    below.append(2, {u("North"), u("2021"), u("5"), u("7")});
    below.append(3, {u("South"), u("2021"), u("6"), u("8")});
    below.append(4, {u("Year"), u("Jan"), u("Feb"), u("Mar"), u("Apr"), u("May"), u("Jun")});
    below.append(5, {u("2021"), u("1"), u("2"), u("3"), u("4"), u("5"), u("6")});
    EXPECT_FALSE(periodMatrixAsLongTable(below)) << "a header of months below the data is not the table's header";

    TextTable codes;
    codes.append(1, {u("Month"), u("2010"), u("1999"), u("2005")});
    for (const char *m : {"Q1", "Q2", "Q3", "Q4"})
        codes.append(2, {u(m), u("1"), u("2"), u("3")});
    EXPECT_FALSE(periodMatrixAsLongTable(codes)) << "2010, 1999, 2005 are not a run of years";

    TextTable products;
    products.append(1, {u("Product"), u("2021"), u("2022"), u("2023")});
    for (const char *m : {"Q1 widget", "Q2", "Q3", "Q4"})
        products.append(2, {u(m), u("1"), u("2"), u("3")});
    EXPECT_FALSE(periodMatrixAsLongTable(products)) << "a column headed Product holds names, not quarters";

    TextTable notes;
    notes.append(1, {u("Year"), u("Jan"), u("Feb"), u("Mar"), u("Apr"), u("May"), u("Jun")});
    notes.append(2, {u("2021"), u("1"), u("2"), u("3"), u("4"), u("5"), u("6")});
    for (const char *n : {"north", "south", "east", "west", "centre"})
        notes.append(3, {u(n), u("1"), u("2"), u("3"), u("4"), u("5"), u("6")});
    EXPECT_FALSE(periodMatrixAsLongTable(notes)) << "one year among six rows of numbers is not a column of years";
}

// NBS's monthly matrices publish January and February together as "1-2月": the span of both
// months, never February alone. A Region (地区) column beside the year holds subjects.
TEST(PeriodMatrix, CumulativeMonthsAreSpansAndARegionColumnHoldsSubjects)
{
    const QByteArray csv = "指标：社会消费品零售总额(亿元)\n"
                           "地区,年份,1-2月,3月,4月,5月,6月,7月\n"
                           "北京市,2023年,2201.8,1188.6,1119.1,1178.5,1208.0,1118.3\n"
                           "上海市,2023年,2967.3,1521.9,1460.4,1545.2,1542.6,1402.7\n";
    const Imported r = test::importBytes(csv, "月度.csv");
    ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
    EXPECT_TRUE(r.file.periodMatrix);
    EXPECT_EQ(r.import.imported, 12);
    EXPECT_EQ(r.import.workspace.indicators.size(), 1) << "the regions are subjects, not series";
    expectValue(r, "社会消费品零售总额", "北京市", "2023-01/2023-02", 2201.8);
    expectValue(r, "社会消费品零售总额", "上海市", "2023-07", 1402.7);
    EXPECT_FALSE(valueAt(r, u("社会消费品零售总额"), u("北京市"), u("2023-02"))) << "1-2月 is not February";
}

// The real BLS report (CPI-U, 1913–2025 by month, HALF1/HALF2 from 1984): values read from the
// workbook's XML with Python (zipfile and ElementTree).
TEST(PeriodMatrix, RealBlsSeriesReportImportsCellByCell)
{
    const QString path = test::sharedDir() + u("/data/real-workbooks/xlsx/bls/SeriesReport-20250304165118_4f02a8.xlsx");
    if (!QFileInfo::exists(path))
        GTEST_SKIP() << "../shared is absent";
    const Imported r = test::importBytes(test::readFile(path), "SeriesReport.xlsx");
    ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
    EXPECT_TRUE(r.file.periodMatrix);
    EXPECT_EQ(r.import.workspace.indicators.size(), 1);
    EXPECT_EQ(r.import.imported, 1427); // 112 years × 12 months, January 2025, 41 years × 2 halves
    expectValue(r, kCpi, "U.S. city average", "1913-01", 9.8);
    expectValue(r, kCpi, "U.S. city average", "1913-12", 10);
    expectValue(r, kCpi, "U.S. city average", "2023-05", 304.127);
    expectValue(r, kCpi, "U.S. city average", "2024-12", 315.605);
    expectValue(r, kCpi, "U.S. city average", "2025-01", 317.671);
    expectValue(r, kCpi, "U.S. city average", "2024-Q1/2024-Q2", 312.145);
    expectValue(r, kCpi, "U.S. city average", "2024-Q3/2024-Q4", 315.233);
    EXPECT_FALSE(valueAt(r, u(kCpi), u("U.S. city average"), u("2025-02")));
}
