// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks as statistics offices publish them: series in columns under metadata rows (the ABS
// time series workbooks), an index sheet before the data, and legacy .xls read with FreeXL.
// Reported: ABS workbooks failed ("'Quarter' is not a period"), and no .xls could be read.
#include "import/series_columns.h"
#include "import/xls_reader.h"
#include "import_lookup.h"
#include "testutils.h"
#include "xlsx_builder.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace cs;
using test::expectValue;
using test::Imported;
using test::valueAt;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

// An ABS-shaped Data sheet: descriptions, metadata rows keyed in column A, quarterly dates.
const char kAbsLike[] =
    ",Index Numbers ;  All groups CPI ;  Sydney ;,Index Numbers ;  All groups CPI ;  Melbourne ;\n"
    "Unit,Index Numbers,Index Numbers\n"
    "Series Type,Original,Original\n"
    "Frequency,Quarter,Quarter\n"
    "Series Start,1948-09-01,1948-09-01\n"
    "No. Obs,3,2\n"
    "Series ID,A2325806K,A2325811C\n"
    "1948-09-01,3.7,3.8\n"
    "1948-12-01,3.7,3.8\n"
    "1949-03-01,3.9,\n";

} // namespace

TEST(SeriesColumns, SeriesUnderMetadataRowsAreNamedAndDatedByTheirMetadata)
{
    const Imported r = test::importBytes(kAbsLike, "640101.csv");
    ASSERT_TRUE(r.file.ok()) << r.file.error.toStdString();
    EXPECT_TRUE(r.file.seriesColumns);
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    EXPECT_EQ(r.import.imported, 5);
    EXPECT_EQ(r.import.workspace.indicators.size(), 2);
    // The ABS dates a quarter by the first day of its last month.
    expectValue(r, "Index Numbers; All groups CPI; Sydney [A2325806K]", "", "1948-Q3", 3.7);
    expectValue(r, "Index Numbers; All groups CPI; Sydney [A2325806K]", "", "1949-Q1", 3.9);
    expectValue(r, "Index Numbers; All groups CPI; Melbourne [A2325811C]", "", "1948-Q4", 3.8);
    EXPECT_FALSE(valueAt(r, u("Index Numbers; All groups CPI; Melbourne [A2325811C]"), u(""), u("1949-Q1")));
    const Indicator *sydney = r.import.workspace.indicator(importedId(u("Index Numbers; All groups CPI; Sydney [A2325806K]")));
    ASSERT_TRUE(sydney);
    EXPECT_TRUE(sydney->unit.endsWith(u("Index Numbers"))) << sydney->unit.toStdString();
    // Without two known metadata keys it is a plain table.
    TextTable plain;
    plain.append(1, {u(""), u("A"), u("B")});
    plain.append(2, {u("Colour"), u("red"), u("blue")});
    plain.append(3, {u("2023"), u("1"), u("2")});
    EXPECT_FALSE(seriesColumnsAsLongTable(plain));
}

// Unless a sheet is asked for, the first sheet that imports is read: an index sheet before the
// data is passed over, with a warning; asked for, the index is read (and fails).
TEST(WorkbookSheets, AnIndexSheetBeforeTheDataIsPassedOver)
{
    test::xlsx::Book book;
    const QStringList strings = {u("Contents"), u("Table 1"), u("Quarter"), u("Year"), u("GDP"), u("Frequency"), u("Series ID"), u("A123")};
    book.sharedStrings = test::xlsx::sharedStrings(strings);
    auto s = [&](const char *ref, int string) { return QByteArray("<c r=\"") + ref + "\" t=\"s\"><v>" + QByteArray::number(string) + "</v></c>"; };
    auto n = [](const char *ref, const char *v) { return QByteArray("<c r=\"") + ref + "\"><v>" + v + "</v></c>"; };
    book.sheets.append({u("Index"), test::xlsx::sheetData("<row r=\"1\">" + s("A1", 0) + "</row><row r=\"3\">" + s("A3", 1) + s("B3", 2) +
                                                    "</row><row r=\"4\">" + s("A4", 1) + s("B4", 3) + "</row>"),
                        {}});
    book.sheets.append({u("Data1"), test::xlsx::sheetData("<row r=\"1\">" + s("B1", 4) + "</row><row r=\"2\">" + s("A2", 5) + s("B2", 2) +
                                                    "</row><row r=\"3\">" + s("A3", 6) + s("B3", 7) +
                                                    "</row><row r=\"4\">" + n("A4", "2023-03-01") + n("B4", "101.5") +
                                                    "</row><row r=\"5\">" + n("A5", "2023-06-01") + n("B5", "102.25") + "</row>"),
                        {}});
    const QByteArray xlsx = book.build();
    const Imported r = test::importBytes(xlsx, "book.xlsx");
    ASSERT_TRUE(r.file.ok()) << r.file.error.toStdString();
    EXPECT_EQ(r.file.sheet, u("Data1"));
    ASSERT_FALSE(r.file.warnings.isEmpty());
    EXPECT_TRUE(r.file.warnings.first().message.contains(u("\"Index\" holds no table"))) << r.file.warnings.first().message.toStdString();
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    expectValue(r, "GDP [A123]", "", "2023-Q1", 101.5);
    expectValue(r, "GDP [A123]", "", "2023-Q2", 102.25);

    DataFileOptions asked;
    asked.xlsx.sheetIndex = 0;
    asked.xlsx.sheetGiven = true;
    EXPECT_EQ(readDataBytes(xlsx, asked).sheet, u("Index"));
}

// .xls files that are not workbooks, or are cut short, give one line; the cell limit holds.
TEST(XlsReader, BrokenFilesAndLimitsGiveOneLine)
{
    const QByteArray ole2 = QByteArray::fromHex("d0cf11e0a1b11ae1");
    for (const QByteArray &bytes : {ole2, ole2 + QByteArray(600, '\0'), ole2 + QByteArray(5000, '\x7f')}) {
        const DataFileResult r = readDataBytes(bytes);
        EXPECT_EQ(r.format, u("xls"));
        EXPECT_FALSE(r.ok());
        EXPECT_FALSE(r.error.isEmpty());
        EXPECT_FALSE(r.error.contains(QLatin1Char('\n')));
    }
    const QString nbs = test::sharedDir() + u("/data/real-workbooks/xls/nbs-china/分省年度数据.xls");
    if (!QFileInfo::exists(nbs))
        GTEST_SKIP() << "../shared is absent";
    const QByteArray whole = test::readFile(nbs);
    const DataFileResult cut = readDataBytes(whole.left(whole.size() / 2));
    EXPECT_FALSE(cut.ok());
    EXPECT_FALSE(cut.error.contains(QLatin1Char('\n')));
    DataFileOptions small;
    small.xlsx.maxCells = 50;
    const DataFileResult limited = readDataFile(nbs, small);
    EXPECT_FALSE(limited.ok());
    EXPECT_TRUE(limited.error.contains(u("the limit"))) << limited.error.toStdString();
    DataFileOptions missing;
    missing.xlsx.sheetName = u("No such sheet");
    missing.xlsx.sheetGiven = true;
    EXPECT_TRUE(readDataFile(nbs, missing).error.contains(u("no sheet named"))) << readDataFile(nbs, missing).error.toStdString();
}

// The real .xls downloads (NBS, World Bank, ABS) and the ABS XLSX, at cells. The XLSX values were
// read from its XML with Python; the .xls values are FreeXL's, and each ABS workbook's counts are
// checked against its own "No. Obs" row.
TEST(XlsReader, RealWorkbooksImportCellByCell)
{
    const QString dir = test::sharedDir() + u("/data/real-workbooks");
    if (!QDir(dir).exists())
        GTEST_SKIP() << "../shared is absent";
    {
        const Imported r = test::importBytes(test::readFile(dir + u("/xls/nbs-china/分省年度数据.xls")), "分省年度数据.xls");
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.file.format, u("xls"));
        EXPECT_EQ(r.import.imported, 155); // 31 provinces × 5 years
        expectValue(r, "地区生产总值", "北京市", "2019", 35371.28);
        expectValue(r, "地区生产总值", "天津市", "2017", 18549.19);
        expectValue(r, "地区生产总值", "河北省", "2015", 29806.11);
        EXPECT_EQ(r.import.workspace.indicators.first().unit, u("yi-yuan"));
    }
    {
        const Imported r = test::importBytes(test::readFile(dir + u("/xls/worldbank/API_NY.GDP.MKTP.CD_DS2_en_excel_v2.xls")), "API.xls");
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.file.sheet, u("Data"));
        expectValue(r, "GDP", "Afghanistan", "1960", 537777811.9111111);
        EXPECT_FALSE(valueAt(r, u("GDP"), u("Aruba"), u("1960"))) << "an empty cell is missing, never zero";
    }
    {
        const Imported r = test::importBytes(test::readFile(dir + u("/xls/abs/640101.xls")), "640101.xls");
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.file.sheet, u("Data1"));
        EXPECT_EQ(r.import.imported, 7239); // the sum of its 27 series' "No. Obs"
        EXPECT_EQ(r.import.workspace.indicators.size(), 27);
        expectValue(r, "Index Numbers; All groups CPI; Sydney [A2325806K]", "", "1948-Q3", 3.7);
        expectValue(r, "Index Numbers; All groups CPI; Sydney [A2325806K]", "", "2019-Q2", 115.9);
    }
    {
        const Imported r = test::importBytes(test::readFile(dir + u("/xlsx/abs/6202021.xlsx")), "6202021.xlsx");
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.file.sheet, u("Data1"));
        EXPECT_EQ(r.import.imported, 1036); // the sum of its 7 series' "No. Obs"
        expectValue(r, "Quarterly hours worked in all jobs [A84426298K]", "", "1984-Q4", 2923556.4817);
        expectValue(r, "Quarterly hours worked in all jobs; Market [A84426294A]", "", "1985-Q1", 2372081.0826);
        expectValue(r, "Quarterly hours worked in all jobs; > Agriculture, Forestry and Fishing [A84426292W]", "", "2021-Q3",
                    152041.42708);
    }
}

// The US Census Bureau's long tables (reported: "a second value for 2017-naics-code at 2017"):
// a geography, a code and the words of several dimensions per row, a year, then the measures.
// The code is not a measure; the dimensions' words qualify each row's indicators; a row the
// publisher repeated is left out; "< 15" is a value with its bound, and "S" (withheld) missing.
TEST(IndicatorColumns, DimensionColumnsQualifyTheIndicatorsOfTheirRow)
{
    const QByteArray csv =
        "Table 4 - Owner Characteristics of Nonemployer Firms: 2017\n"
        "Geographic Area Name,2017 NAICS Code,Meaning of 2017 NAICS Code,Meaning of Sex Code,Year,Number of Owners,Percent of Owners (%)\n"
        "United States,00,Total for all sectors,All owners,2017,\"24,760,000\",100.00\n"
        "United States,00,Total for all sectors,Female,2017,\"10,840,000\",43.78\n"
        "United States,11,\"Agriculture, forestry\",All owners,2017,\"263,000\",1.06\n"
        "United States,11,\"Agriculture, forestry\",All owners,2017,\"263,000\",1.06\n"
        "United States,11,\"Agriculture, forestry\",Female,2017,< 15,S\n"
        "Alabama,00,Total for all sectors,All owners,2017,\"330,000\",100.00\n"
        "\n"
        "Symbols:\n"
        "S - Withheld because estimates did not meet publication standards\n";
    const Imported r = test::importBytes(csv, "nesd.csv");
    ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
    EXPECT_EQ(r.import.imported, 9);
    EXPECT_EQ(r.import.missing, 1);
    expectValue(r, "Number of Owners, Total for all sectors, All owners", "United States", "2017", 24760000);
    expectValue(r, "Number of Owners, Total for all sectors, Female", "United States", "2017", 10840000);
    expectValue(r, "Percent of Owners, Total for all sectors, Female", "United States", "2017", 43.78);
    expectValue(r, "Number of Owners, Agriculture, forestry, All owners", "United States", "2017", 263000);
    expectValue(r, "Number of Owners, Total for all sectors, All owners", "Alabama", "2017", 330000);
    const std::optional<Observation> bound = valueAt(r, u("Number of Owners, Agriculture, forestry, Female"), u("United States"), u("2017"));
    ASSERT_TRUE(bound);
    EXPECT_DOUBLE_EQ(bound->value, 15);
    EXPECT_EQ(bound->qualifier, Qualifier::LessThan);
    EXPECT_FALSE(valueAt(r, u("Percent of Owners, Agriculture, forestry, Female"), u("United States"), u("2017")));
    bool repeated = false;
    for (const SkippedRow &s : r.import.skipped)
        repeated = repeated || s.reason.contains(u("a repeated row"));
    EXPECT_TRUE(repeated);
    // No indicator from the code column.
    for (const Indicator &ind : r.import.workspace.indicators)
        EXPECT_FALSE(ind.id.contains(u("naics-code"))) << ind.id.toStdString();

    // A repeated row with another value is still an error.
    const QByteArray clash = "Geographic Area Name,Meaning of Sex Code,Year,Number of Owners\n"
                             "Ohio,Female,2017,10\nOhio,Female,2017,11\n";
    const Imported c = test::importBytes(clash, "clash.csv");
    EXPECT_FALSE(c.import.ok());
    EXPECT_TRUE(c.import.error.contains(u("a second value"))) << c.import.error.toStdString();
}

// A column of words with one word per subject (OWID's "World region according to OWID") says
// something about the subject, not the value: it does not split the indicators.
TEST(IndicatorColumns, AWordPerSubjectDoesNotQualify)
{
    const QByteArray csv = "Entity,Code,Year,Population,World region according to OWID\n"
                           "China,CHN,2020,1411,Asia\nChina,CHN,2021,1412,Asia\nFrance,FRA,2020,67,Europe\n";
    const Imported r = test::importBytes(csv, "owid.csv");
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    EXPECT_EQ(r.import.workspace.indicators.size(), 1);
    EXPECT_TRUE(r.import.roles.dimensions.isEmpty());
    expectValue(r, "Population", "China", "2021", 1412);
}
