// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks as statistics offices publish them: series in columns under metadata rows (the ABS
// time series workbooks), an index sheet before the data, and legacy .xls read with FreeXL.
// Reported: ABS workbooks failed ("'Quarter' is not a period"), and no .xls could be read.
#include "import/series_columns.h"
#include "import/xls_reader.h"
#include "import/xlsx_reader.h"
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

    // Regression: the choice was made only when reshaping, so --dump-table showed the index. The
    // other sheets are probed by their first rows only.
    DataFileOptions asRead;
    asRead.reshape = false;
    EXPECT_EQ(readDataBytes(xlsx, asRead).sheet, u("Data1"));
    XlsxOptions probe;
    probe.sheetIndex = 1;
    probe.maxRows = 3;
    const XlsxResult head = readXlsx(xlsx, probe);
    ASSERT_TRUE(head.ok()) << head.error.toStdString();
    EXPECT_EQ(head.table.rows.size(), 3);
    EXPECT_EQ(head.table.lines.value(2), 3);
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
    DataFileOptions shortText; // the text limit too, naming the row where it was crossed
    shortText.xlsx.maxTextChars = 200;
    const DataFileResult wordy = readDataFile(nbs, shortText);
    EXPECT_FALSE(wordy.ok());
    EXPECT_TRUE(wordy.error.contains(u("more than 200 characters of text (the limit)"))) << wordy.error.toStdString();
    EXPECT_TRUE(wordy.error.contains(u(", row "))) << wordy.error.toStdString();
    EXPECT_FALSE(wordy.error.contains(QLatin1Char('\n')));
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
    int repeated = 0;
    for (const SkippedRow &s : r.import.skipped)
        repeated += s.reason.contains(u("a repeated row"));
    EXPECT_EQ(repeated, 1) << "one note for the repeated row, not one per cell";
    // No indicator from the code column.
    for (const Indicator &ind : r.import.workspace.indicators)
        EXPECT_FALSE(ind.id.contains(u("naics-code"))) << ind.id.toStdString();

    // Regression: a notes column, or a sparse column of remarks, varies within a subject too,
    // but it describes the values rather than telling them apart: it does not qualify names.
    const QByteArray notes = "Geographic Area Name,Meaning of Sex Code,Year,Number of Owners,Notes,Annotation\n"
                             "Ohio,Female,2017,10,Revised,\"Estimate revised in 2019, see the methodology\"\n"
                             "Ohio,Male,2017,20,Provisional,\n"
                             "Iowa,Female,2017,5,Revised,Another long remark about this one estimate\n"
                             "Iowa,Male,2017,6,Provisional,\n";
    const Imported n = test::importBytes(notes, "notes.csv");
    ASSERT_TRUE(n.import.ok()) << n.import.error.toStdString();
    EXPECT_EQ(n.import.imported, 4);
    EXPECT_EQ(n.import.workspace.indicators.size(), 2);
    expectValue(n, "Number of Owners, Female", "Ohio", "2017", 10);
    expectValue(n, "Number of Owners, Male", "Iowa", "2017", 6);

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

// Dimension columns that repeat the same total word qualify a name once; when dropping the
// repeats would make two rows read alike, every word is kept.
TEST(IndicatorColumns, RepeatedTotalsQualifyANameOnceUnlessNamesWouldClash)
{
    const QByteArray csv = "Geography,Sex,Race,Year,Owners\n"
                           "Ohio,All owners,All owners,2017,10\n"
                           "Ohio,Female,All owners,2017,4\n"
                           "Ohio,All owners,Asian,2017,2\n";
    const Imported r = test::importBytes(csv, "owners.csv");
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    expectValue(r, "Owners, All owners", "Ohio", "2017", 10);
    expectValue(r, "Owners, Female, All owners", "Ohio", "2017", 4);
    expectValue(r, "Owners, All owners, Asian", "Ohio", "2017", 2);

    const QByteArray clash = "Geography,A,B,C,Year,Owners\n"
                             "Ohio,x,x,y,2017,1\n"
                             "Ohio,x,y,y,2017,2\n"
                             "Ohio,y,x,x,2017,3\n";
    const Imported c = test::importBytes(clash, "clash.csv");
    ASSERT_TRUE(c.import.ok()) << c.import.error.toStdString();
    expectValue(c, "Owners, x, x, y", "Ohio", "2017", 1);
    expectValue(c, "Owners, x, y, y", "Ohio", "2017", 2);
    expectValue(c, "Owners, y, x, x", "Ohio", "2017", 3);
}

// The other real XLSX downloads, at cells read from their XML with Python (zipfile and
// ElementTree), and every value counted the same way.
TEST(RealWorkbooks, WorldBankNbsAndCensusXlsxImportCellByCell)
{
    const QString dir = test::sharedDir() + u("/data/real-workbooks/xlsx");
    if (!QDir(dir).exists())
        GTEST_SKIP() << "../shared is absent";
    {
        const Imported r = test::importBytes(test::readFile(dir + u("/worldbank/Data_Extract_From_World_Development_Indicators.xlsx")), "wdi.xlsx");
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.file.sheet, u("Data"));
        EXPECT_EQ(r.import.imported, 437); // the numbers in the year columns; ".." is missing
        expectValue(r, "Net barter terms of trade index", "China", "1980", 117.4418605);
        expectValue(r, "Trade", "United States", "2000", 25.099573644253859);
        expectValue(r, "Services, value added", "United States", "2019", 77.314857532004723);
        expectValue(r, "Services, value added", "United States", "2000", 72.8162344920374);
        EXPECT_FALSE(valueAt(r, u("Trade"), u("China"), u("2021"))) << "'..' is missing, never zero";
    }
    {
        const Imported r = test::importBytes(test::readFile(dir + u("/worldbank/Wealth_Accounting.xlsx")), "wealth.xlsx");
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.import.imported, 224857);
        expectValue(r, "Adjusted net savings, excluding particulate emission damage", "China", "2014", 34.9119045433963);
        expectValue(r, "Adjusted net savings, excluding particulate emission damage", "China", "1990", 21.9998410938558);
        // One measure in three units: the later ones keep their header whole, so names differ.
        expectValue(r, "Adjusted net national income (current US$)", "China", "2014", 8757899074147.37);
        expectValue(r, "Adjusted net national income (constant 2005 US$)", "China", "1990", 452762244117.38733);
    }
    {
        const Imported r = test::importBytes(test::readFile(dir + u("/nbs-china/年度数据.xlsx")), "年度数据.xlsx");
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.import.imported, 5); // the table's one row × 5 years; notes and source below it
        expectValue(r, "社会消费品零售总额", "", "2025", 501202.0);
        expectValue(r, "社会消费品零售总额", "", "2021", 438351.9);
        EXPECT_EQ(r.import.workspace.indicators.first().unit, u("yi-yuan"));
    }
    {
        const Imported r = test::importBytes(test::readFile(dir + u("/us-census/nesd_estimates_2017_Table4.xlsx")), "nesd.xlsx");
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        // Five dimension columns say "All owners" for their total: the name says it once.
        const char *all = "Number of Owners of Nonemployer Firms, Total for all sectors, All owners";
        expectValue(r, all, "United States", "2017", 24760000);
        expectValue(r, all, "Alabama", "2017", 326000);
        expectValue(r, "Number of Owners of Nonemployer Firms, Total for all sectors, All owners, Owner is born outside the U.S.",
                    "United States", "2017", 5483000);
    }
}

// A header over two rows: years over quarters, the year once per span (delimited text) or
// repeated across it (a workbook's merged cells); 2023年 over 1月; groups over measures. Read
// alone, the lower row names no period, or names two columns alike.
TEST(TwoRowHeaders, YearsOverQuartersOrMonthsAndGroupsOverMeasuresAreJoined)
{
    for (const char *upper : {",2022,,,,2023,", ",2022,2022,2022,2022,2023,2023"}) {
        const QByteArray csv = QByteArray("Indicator: Gross state product (AUD m)\n") + upper + "\n"
                               "State,Q1,Q2,Q3,Q4,Q1,Q2\n"
                               "NSW,101,102,103,104,105,106\n"
                               "VIC,201,202,203,204,205,\n";
        const Imported r = test::importBytes(csv, "gsp.csv");
        ASSERT_TRUE(r.import.ok()) << upper << ": " << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_TRUE(r.file.twoRowHeader) << upper;
        EXPECT_EQ(r.import.imported, 11) << upper;
        expectValue(r, "Gross state product", "NSW", "2022-Q1", 101);
        expectValue(r, "Gross state product", "NSW", "2023-Q2", 106);
        expectValue(r, "Gross state product", "VIC", "2022-Q4", 204);
        EXPECT_FALSE(valueAt(r, u("Gross state product"), u("VIC"), u("2023-Q2")));
    }

    const QByteArray zh = "指标：社会消费品零售总额(亿元)\n"
                          ",2023年,,2024年,\n"
                          "地区,1月,2月,1月,2月\n"
                          "北京市,1200.5,1001.3,1250.1,1040.2\n";
    const Imported z = test::importBytes(zh, "月度.csv");
    ASSERT_TRUE(z.import.ok()) << z.file.error.toStdString() << z.import.error.toStdString();
    EXPECT_TRUE(z.file.twoRowHeader);
    expectValue(z, "社会消费品零售总额", "北京市", "2023-02", 1001.3);
    expectValue(z, "社会消费品零售总额", "北京市", "2024-01", 1250.1);

    const QByteArray groups = ",,Exports,,Imports,\n"
                              "Country,Year,Value (US$ m),Share (%),Value (US$ m),Share (%)\n"
                              "Chile,2022,98.5,0.4,104.4,0.4\n"
                              "Chile,2023,94.9,0.4,87.6,0.3\n";
    const Imported g = test::importBytes(groups, "trade.csv");
    ASSERT_TRUE(g.import.ok()) << g.file.error.toStdString() << g.import.error.toStdString();
    EXPECT_TRUE(g.file.twoRowHeader);
    EXPECT_EQ(g.import.workspace.indicators.size(), 4);
    expectValue(g, "Exports Value", "Chile", "2023", 94.9);
    expectValue(g, "Imports Value", "Chile", "2023", 87.6);
    expectValue(g, "Imports Share", "Chile", "2022", 0.4);
}

// Header cells with a line break ("Jan\n2020", as a workbook wraps them) are periods; a title
// line above a one-row header is not half of a header.
TEST(TwoRowHeaders, LineBreaksInHeaderCellsAndTitlesAboveAreRead)
{
    const QByteArray csv = "Retail turnover by state\n"
                           "State,\"Jan\n2020\",\"Feb\n2020\",\"Mar\n2020\"\n"
                           "NSW,1.5,2.5,3.5\n"
                           "VIC,4.5,5.5,6.5\n";
    const Imported r = test::importBytes(csv, "retail.csv");
    ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
    EXPECT_FALSE(r.file.twoRowHeader);
    EXPECT_EQ(r.import.imported, 6);
    ASSERT_EQ(r.import.workspace.indicators.size(), 1);
    const QString name = r.import.workspace.indicators.first().name.en;
    expectValue(r, name.toUtf8().constData(), "NSW", "2020-01", 1.5);
    expectValue(r, name.toUtf8().constData(), "VIC", "2020-03", 6.5);
}

// Two more two-row shapes: a row of units under the names ("GDP" over "亿元" is "GDP (亿元)"),
// and indicators over periods (GDP over 2022, 2023; Population over 2022, 2023), read as the
// long table they hold. A first data row with no numbers (every cell "..") is data, not half of
// a header.
TEST(TwoRowHeaders, UnitsUnderNamesAndIndicatorsOverPeriods)
{
    const QByteArray units = "地区,年份,地区生产总值,年末常住人口\n"
                             ",,亿元,万人\n"
                             "北京市,2023,43760.7,2185.8\n"
                             "天津市,2023,16737.3,1364.0\n";
    const Imported u1 = test::importBytes(units, "units.csv");
    ASSERT_TRUE(u1.import.ok()) << u1.file.error.toStdString() << u1.import.error.toStdString();
    EXPECT_TRUE(u1.file.twoRowHeader);
    ASSERT_EQ(u1.import.workspace.indicators.size(), 2);
    EXPECT_EQ(u1.import.workspace.indicators.first().unit, u("yi-yuan"));
    expectValue(u1, "年末常住人口", "天津市", "2023", 1364.0);

    const QByteArray groups = ",GDP (US$ bn),,Population (million),\n"
                              "Country,2022,2023,2022,2023\n"
                              "Chile,301.0,335.5,19.6,19.7\n"
                              "Peru,245.0,267.6,34.0,34.4\n"
                              "Note: estimates for 2023\n";
    const Imported g = test::importBytes(groups, "groups.csv");
    ASSERT_TRUE(g.import.ok()) << g.file.error.toStdString() << g.import.error.toStdString();
    EXPECT_TRUE(g.file.twoRowHeader);
    EXPECT_EQ(g.import.imported, 8);
    expectValue(g, "GDP", "Chile", "2023", 335.5);
    expectValue(g, "Population", "Peru", "2022", 34.0);

    const QByteArray wdi = "Country Name,Country Code,2019,2020,2021\n"
                           "Aruba,ABW,..,..,..\n"
                           "Chile,CHL,1.5,2.5,3.5\n";
    const Imported w = test::importBytes(wdi, "wdi.csv");
    ASSERT_TRUE(w.import.ok()) << w.file.error.toStdString() << w.import.error.toStdString();
    EXPECT_FALSE(w.file.twoRowHeader) << "a row of missing values is data";
    EXPECT_EQ(w.import.imported, 3);
    EXPECT_EQ(w.import.missing, 3);
}
