// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader on small workbooks built here with QuaZip, each copying a quirk of real files
// (NBS downloads, Excel's date systems, other writers' habits) or a hostile one (zip bombs, entity
// expansion, broken archives).
#include "testutils.h"
#include "xlsx_builder.h"
#include "import/xlsx_reader.h"

// tests/ does not get QuaZip's include directories from clusterscope-core (it links it

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace cs::test::xlsx;
using cs::XlsxOptions;
using cs::XlsxResult;
using Rows = std::vector<std::vector<std::string>>;

Rows rowsOf(const cs::TextTable &table)
{
    Rows rows;
    for (const QStringList &r : table.rows) {
        rows.emplace_back();
        for (const QString &f : r)
            rows.back().push_back(f.toStdString());
    }
    return rows;
}

// The first row's cells, for tests about single values.
std::vector<std::string> firstRow(const XlsxResult &r)
{
    const Rows rows = rowsOf(r.table);
    return rows.empty() ? std::vector<std::string>() : rows.front();
}

std::string err(const XlsxResult &r)
{
    return r.error.toStdString();
}

// ---------------------------------------------------------------------------------------------
// Layouts from real downloads

TEST(XlsxReaderLayout, NbsSheetKeepsTitleRowsMergedHeadersAndNotesWithSheetRowNumbers)
{
    // As the NBS data portal exports a provincial table: database, indicator and time lines
    // above, a two-level header with merged cells, notes below, a stale <dimension>.
    const QStringList strings = {
        QStringLiteral("数据库：分省年度数据"), QStringLiteral("指标：地区生产总值(亿元)"),
        QStringLiteral("时间：最近2年"),       QStringLiteral("地区"),
        QStringLiteral("地区生产总值(亿元)"),  QStringLiteral("2023年"),
        QStringLiteral("2022年"),              QStringLiteral("北京市"),
        QStringLiteral("广东省"),              QStringLiteral("注：2023年数据为初步核算数。"),
    };
    const QByteArray sheet = worksheet(R"(<dimension ref="A1:C3"/>
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="0"/><c r="C2" s="0"/></row>
<row r="3"><c r="A3" t="s"><v>2</v></c></row>
<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4" t="s"><v>4</v></c><c r="C4"/></row>
<row r="5"><c r="A5"/><c r="B5" t="s"><v>5</v></c><c r="C5" t="s"><v>6</v></c></row>
<row r="6"><c r="A6" t="s"><v>7</v></c><c r="B6"><v>43760.699999999997</v></c><c r="C6"><v>41610.9</v></c></row>
<row r="7"><c r="A7" t="s"><v>8</v></c><c r="B7"><v>135673.16</v></c><c r="C7"><v>129118.58</v></c></row>
<row r="9"><c r="A9" t="s"><v>9</v></c></row>
<row r="10"><c r="A10" t="inlineStr"><is><t>数据来源：国家统计局</t></is></c></row>
</sheetData>
<mergeCells count="3"><mergeCell ref="A2:C2"/><mergeCell ref="A4:A5"/><mergeCell ref="B4:C4"/></mergeCells>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet, sharedStrings(strings)));
    ASSERT_TRUE(r.ok()) << err(r);
    const Rows expected = {
        {"数据库：分省年度数据"},
        {"指标：地区生产总值(亿元)", "指标：地区生产总值(亿元)", "指标：地区生产总值(亿元)"},
        {"时间：最近2年"},
        {"地区", "地区生产总值(亿元)", "地区生产总值(亿元)"},
        {"地区", "2023年", "2022年"},
        {"北京市", "43760.7", "41610.9"},
        {"广东省", "135673.16", "129118.58"},
        {},
        {"注：2023年数据为初步核算数。"},
        {"数据来源：国家统计局"},
    };
    EXPECT_EQ(rowsOf(r.table), expected);
    EXPECT_EQ(r.table.lines, (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    EXPECT_EQ(r.sheet, QStringLiteral("Sheet1"));
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(u'\n').toStdString();
}

TEST(XlsxReaderLayout, IgnoresADimensionElementSmallerThanTheData)
{
    const QByteArray sheet = worksheet(R"(<dimension ref="A1:B2"/><sheetData>
<row r="1"><c r="A1"><v>1</v></c></row>
<row r="7"><c r="E7"><v>2</v></c></row>
</sheetData>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet));
    ASSERT_TRUE(r.ok()) << err(r);
    ASSERT_EQ(r.table.rows.size(), 7);
    EXPECT_EQ(r.table.cell(0, 0), QStringLiteral("1"));
    EXPECT_EQ(r.table.cell(6, 4), QStringLiteral("2"));
    EXPECT_EQ(r.table.lines.last(), 7);
}

TEST(XlsxReaderLayout, PlacesSparseCellsByTheirReferences)
{
    const QByteArray sheet = sheetData(R"(
<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row>
<row r="10"><c r="AA10"><v>27</v></c><c r="B10"><v>2</v></c></row>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet));
    ASSERT_TRUE(r.ok()) << err(r);
    ASSERT_EQ(r.table.rows.size(), 10);
    EXPECT_EQ(rowsOf(r.table)[0], (std::vector<std::string>{"a", "", "", "d"}));
    EXPECT_EQ(r.table.rows[9].size(), 27);
    EXPECT_EQ(r.table.cell(9, 26), QStringLiteral("27")); // AA is the 27th column
    EXPECT_EQ(r.table.cell(9, 1), QStringLiteral("2"));   // out of order within the row
    for (int row = 1; row < 9; ++row)
        EXPECT_TRUE(r.table.rows[row].isEmpty()) << "row " << row + 1;
    EXPECT_EQ(r.table.lines[9], 10);
}

TEST(XlsxReaderLayout, RowsAndCellsWithoutReferencesFollowThePreviousOnes)
{
    // Some writers (and streaming libraries) omit r on rows and cells.
    const QByteArray sheet = sheetData(R"(
<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row>
<row><c><v>3</v></c><c><v>4</v></c></row>
<row><c r="C5"><v>5</v></c></row>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet));
    ASSERT_TRUE(r.ok()) << err(r);
    const Rows expected = {{}, {}, {"", "1", "2"}, {"3", "4"}, {"", "", "5"}};
    EXPECT_EQ(rowsOf(r.table), expected);
    EXPECT_EQ(r.table.lines, (QList<qint64>{1, 2, 3, 4, 5}));
}

// Rows are read straight into the table while they come in order; a row that comes back, a row
// written twice or a cell of another row inside a row are still placed by their references.
TEST(XlsxReaderLayout, RowsOutOfOrderOrRepeatedArePlacedByTheirReferences)
{
    const QByteArray sheet = sheetData(R"(
<row r="2"><c r="A2"><v>21</v></c><c r="B2"><v>22</v></c></row>
<row r="4"><c r="A4"><v>41</v></c><c r="B5"><v>52</v></c></row>
<row r="1"><c r="B1"><v>12</v></c></row>
<row r="2"><c r="C2"><v>23</v></c><c r="A2"/></row>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet));
    ASSERT_TRUE(r.ok()) << err(r);
    const Rows expected = {{"", "12"}, {"21", "22", "23"}, {}, {"41"}, {"", "52"}}; // a cell without a value changes nothing
    EXPECT_EQ(rowsOf(r.table), expected);
    EXPECT_EQ(r.table.lines, (QList<qint64>{1, 2, 3, 4, 5}));

    // In order, with a cell of the next row inside a row and a merged title: the same table a
    // grid gives.
    const QByteArray ordered = worksheet(R"(<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>
<row r="3"><c r="A3"><v>31</v></c><c r="A4"><v>41</v></c></row>
<row r="6"><c r="B6"><v>62</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>)");
    const XlsxResult o = cs::readXlsx(oneSheet(ordered));
    ASSERT_TRUE(o.ok()) << err(o);
    EXPECT_EQ(rowsOf(o.table), (Rows{{"Title", "Title", "Title"}, {}, {"31"}, {"41"}, {}, {"", "62"}}));
    EXPECT_EQ(o.table.lines, (QList<qint64>{1, 2, 3, 4, 5, 6}));
}

TEST(XlsxReaderLayout, DropsTrailingEmptyCellsAndRows)
{
    const QByteArray sheet = sheetData(R"(
<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="0"/><c r="C1" t="inlineStr"><is><t></t></is></c></row>
<row r="2"><c r="A2" s="0"/></row>
<row r="3" spans="1:5"/>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(rowsOf(r.table), (Rows{{"1"}}));
}

TEST(XlsxReaderLayout, EmptySheetGivesAnEmptyTable)
{
    const XlsxResult r = cs::readXlsx(oneSheet(worksheet("<sheetData/>")));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_TRUE(r.table.rows.isEmpty());
    EXPECT_TRUE(r.table.lines.isEmpty());
}

TEST(XlsxReaderMerged, RepeatsTheTopLeftValueAcrossColumnsAndRows)
{
    const QByteArray sheet = worksheet(R"(<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Region</t></is></c><c r="B1" t="inlineStr"><is><t>GDP</t></is></c></row>
<row r="2"><c r="B2"><v>2022</v></c><c r="C2"><v>2023</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>ignored</t></is></c></row>
</sheetData>
<mergeCells count="3"><mergeCell ref="B1:C1"/><mergeCell ref="A1:A3"/><mergeCell ref="E5:D4"/></mergeCells>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet));
    ASSERT_TRUE(r.ok()) << err(r);
    // A cell inside a merged range shows the range's value, as Excel does; an empty range stays empty.
    const Rows expected = {{"Region", "GDP", "GDP"}, {"Region", "2022", "2023"}, {"Region"}};
    EXPECT_EQ(rowsOf(r.table), expected);
}

// ---------------------------------------------------------------------------------------------
// Strings

TEST(XlsxReaderStrings, ConcatenatesRichTextRunsAndSkipsPhoneticRuns)
{
    const QByteArray sst = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><r><rPr><b/><sz val="11"/></rPr><t>地区生产</t></r><r><t>总值</t></r><r><rPr><i/></rPr><t xml:space="preserve"> (亿元)</t></r></si>
<si><t xml:space="preserve">  two leading spaces and a trailing one </t></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>line_x000D_
break and _x005F_x0041_ literal</t></si>
</sst>)";
    const QByteArray sheet = sheetData(R"(<row r="1">
<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet, sst));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"地区生产总值 (亿元)", "  two leading spaces and a trailing one ",
                                                     "東京", "line\r\nbreak and _x0041_ literal"}));
}

TEST(XlsxReaderStrings, ReadsInlineStringsFormulaStringsBooleansAndErrors)
{
    const QByteArray sheet = sheetData(R"(<row r="1">
<c r="A1" t="inlineStr"><is><t>inline</t></is></c>
<c r="B1" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>inline</t></r></is></c>
<c r="C1" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>
<c r="D1" t="b"><v>1</v></c>
<c r="E1" t="b"><v>0</v></c>
<c r="F1" t="e"><f>VLOOKUP(1,A:A,2,0)</f><v>#N/A</v></c>
<c r="G1" t="e"><v>#DIV/0!</v></c>
<c r="H1"><f>1+1</f><v>2</v></c>
<c r="I1" t="s"><v>0</v></c>
</row>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet, sharedStrings({QStringLiteral("shared & <escaped>")})));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"inline", "rich inline", "ab", "TRUE", "FALSE", "#N/A", "#DIV/0!",
                                                     "2", "shared & <escaped>"}));
}

TEST(XlsxReaderStrings, ReadsAWorkbookWithoutSharedStringsOrStyles)
{
    const XlsxResult r =
        cs::readXlsx(oneSheet(sheetData(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>only</t></is></c></row>)")));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"only"}));
}

TEST(XlsxReaderStrings, RejectsASharedStringIndexOutOfRangeWithItsPosition)
{
    const QByteArray sheet = sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>\n<c r=\"B1\" t=\"s\"><v>5</v></c></row>");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet, sharedStrings({QStringLiteral("x")})));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: "))) << err(r);
    EXPECT_TRUE(r.error.contains(QStringLiteral("B1"))) << err(r);
    EXPECT_EQ(r.errorLine, 4);
    EXPECT_GT(r.errorColumn, 0);
    EXPECT_TRUE(r.table.rows.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates

TEST(XlsxReaderNumbers, WritesTheShortestDecimalThatRoundTrips)
{
    const QByteArray sheet = sheetData(R"(<row r="1">
<c r="A1"><v>10393.39</v></c>
<c r="B1"><v>0.10000000000000001</v></c>
<c r="C1"><v>0.1</v></c>
<c r="D1" t="n"><v>2019</v></c>
<c r="E1"><v>-5.5</v></c>
<c r="F1"><v>1E-3</v></c>
<c r="G1"><v>123456789012</v></c>
<c r="H1"><v>1.4520430000000001E+4</v></c>
<c r="I1"><v>0.30000000000000004</v></c>
<c r="J1"><v>-0</v></c>
<c r="K1"><v>1e25</v></c>
<c r="L1"><v>3.0</v></c>
<c r="M1"><v>0.10</v></c>
<c r="N1"><v>007</v></c>
<c r="O1"><v>-0.5</v></c>
<c r="P1"><v>0.000001</v></c>
<c r="Q1"><v>1.5E-8</v></c>
<c r="R1"><v>123456789012345678</v></c>
<c r="S1"><v> 42 </v></c>
</row>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"10393.39", "0.1", "0.1", "2019", "-5.5", "0.001", "123456789012",
                                                     "14520.43", "0.30000000000000004", "0", "1e+25", "3", "0.1", "7",
                                                     "-0.5", "0.000001", "1.5e-08", "123456789012345680", "42"}));
}

TEST(XlsxReaderNumbers, KeepsANonNumericValueAsTextWithAWarning)
{
    const XlsxResult r = cs::readXlsx(oneSheet(sheetData(R"(<row r="1"><c r="A1"><v>n/a</v></c></row>)")));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"n/a"}));
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains(QStringLiteral("A1"))) << r.warnings[0].toStdString();
}

TEST(XlsxReaderDates, BuiltInDateFormatsBecomeIsoDatesWithExcels1900LeapYearBug)
{
    // Styles: 0 General, 1 = 14 (m/d/yyyy), 2 = 22 (m/d/yy h:mm), 3 = 31 (zh-CN yyyy"年"m"月"d"日"),
    // 4 = 20 (h:mm), 5 = 4 (#,##0.00).
    const QByteArray styleXml = styles({0, 14, 22, 31, 20, 4});
    const QByteArray sheet = sheetData(R"(
<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>45000.5</v></c><c r="C1" s="3"><v>45170</v></c><c r="D1" s="2"><v>45000</v></c></row>
<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>59</v></c><c r="C2" s="1"><v>60</v></c><c r="D2" s="1"><v>61</v></c></row>
<row r="3"><c r="A3" s="4"><v>0.75</v></c><c r="B3" s="2"><v>45000.999999</v></c><c r="C3" s="1"><v>45000.99</v></c></row>
<row r="4"><c r="A4" s="0"><v>45000</v></c><c r="B4" s="5"><v>45000</v></c><c r="C4"><v>45000</v></c><c r="D4" s="99"><v>45000</v></c></row>
<row r="5"><c r="A5" s="1"><v>-1</v></c></row>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet, {}, styleXml));
    ASSERT_TRUE(r.ok()) << err(r);
    const Rows expected = {
        {"2023-03-15", "2023-03-15 12:00:00", "2023-09-01", "2023-03-15"},
        {"1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01"},
        {"18:00:00", "2023-03-16", "2023-03-15"},
        {"45000", "45000", "45000", "45000"}, // General, a number format, no style, an unknown style
        {"-1"},                               // not a date Excel can show: kept as a number
    };
    EXPECT_EQ(rowsOf(r.table), expected);
    EXPECT_EQ(r.warnings.size(), 1) << r.warnings.join(u'\n').toStdString();
}

TEST(XlsxReaderDates, CustomFormatsWithDateTokensOutsideQuotesAndBracketsAreDates)
{
    const QStringList codes = {
        QStringLiteral("yyyy\"年\"m\"月\"d\"日\""), // 164 date
        QStringLiteral("yyyy-mm-dd hh:mm:ss"),       // 165 date and time
        QStringLiteral("[$-804]yyyy/m/d;@"),         // 166 date after a locale bracket
        QStringLiteral("0.0\"d\""),                  // 167 quoted d: a number
        QStringLiteral("[Red]#,##0.00;[Blue]-0.00"), // 168 colours: a number
        QStringLiteral("[h]:mm:ss"),                 // 169 elapsed time
        QStringLiteral("0.00\\h"),                   // 170 escaped h: a number
        QStringLiteral("#,##0_);(#,##0)"),           // 171 accounting: a number
        QStringLiteral("mmm-yy"),                    // 172 month and year
        QStringLiteral("General"),                   // 173
    };
    const QByteArray styleXml = styles({0, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173}, codes);
    QByteArray row = "<row r=\"1\">";
    for (int s = 1; s <= 10; ++s)
        row += "<c s=\"" + QByteArray::number(s) + "\"><v>45000.25</v></c>";
    row += "</row>";
    const XlsxResult r = cs::readXlsx(oneSheet(sheetData(row), {}, styleXml));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"2023-03-15", "2023-03-15 06:00:00", "2023-03-15", "45000.25",
                                                     "45000.25", "2023-03-15 06:00:00", "45000.25", "45000.25",
                                                     "2023-03-15", "45000.25"}));
}

TEST(XlsxReaderDates, A1904WorkbookCountsDaysFrom1904)
{
    const QByteArray sheet =
        sheetData(R"(<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43538</v></c><c r="C1" s="1"><v>60</v></c></row>)");
    const XlsxResult r = cs::readXlsx(oneSheet(sheet, {}, styles({0, 14}), true));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"1904-01-01", "2023-03-15", "1904-03-01"}));
}

// ---------------------------------------------------------------------------------------------
// Sheets

Book threeSheets()
{
    Book book;
    book.sheets.append({QStringLiteral("说明"), sheetData(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>readme</t></is></c></row>)"),
                        QStringLiteral("worksheets/sheet7.xml")});
    book.sheets.append({QStringLiteral("Data 2023"), sheetData(R"(<row r="1"><c r="A1"><v>2023</v></c></row>)"),
                        QStringLiteral("/xl/worksheets/data.xml")}); // an absolute target
    book.sheets.append({QStringLiteral("Notes"), sheetData(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>notes</t></is></c></row>)"),
                        QStringLiteral("./worksheets/../worksheets/notes.xml")});
    return book;
}

TEST(XlsxReaderSheets, ListsEverySheetAndReadsTheFirstByDefault)
{
    const XlsxResult r = cs::readXlsx(threeSheets().build());
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(r.sheetNames, (QStringList{QStringLiteral("说明"), QStringLiteral("Data 2023"), QStringLiteral("Notes")}));
    EXPECT_EQ(r.sheet, QStringLiteral("说明"));
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"readme"}));
}

TEST(XlsxReaderSheets, ChoosesASheetByName)
{
    XlsxOptions options;
    options.sheetName = QStringLiteral("Data 2023");
    const XlsxResult r = cs::readXlsx(threeSheets().build(), options);
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(r.sheet, QStringLiteral("Data 2023"));
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"2023"}));

    options.sheetName = QStringLiteral("notes"); // Excel's sheet names ignore case
    const XlsxResult r2 = cs::readXlsx(threeSheets().build(), options);
    ASSERT_TRUE(r2.ok()) << err(r2);
    EXPECT_EQ(r2.sheet, QStringLiteral("Notes"));
    EXPECT_EQ(firstRow(r2), (std::vector<std::string>{"notes"}));
}

TEST(XlsxReaderSheets, ChoosesASheetByIndex)
{
    XlsxOptions options;
    options.sheetIndex = 2;
    const XlsxResult r = cs::readXlsx(threeSheets().build(), options);
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(r.sheet, QStringLiteral("Notes"));
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"notes"}));
}

TEST(XlsxReaderSheets, AnUnknownNameOrIndexIsAnErrorThatListsTheSheets)
{
    XlsxOptions byName;
    byName.sheetName = QStringLiteral("Missing");
    const XlsxResult r = cs::readXlsx(threeSheets().build(), byName);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("Missing"))) << err(r);
    EXPECT_TRUE(r.error.contains(QStringLiteral("Data 2023"))) << err(r);
    EXPECT_EQ(r.sheetNames.size(), 3); // still listed, so a caller can offer them

    for (int index : {3, -1}) {
        XlsxOptions byIndex;
        byIndex.sheetIndex = index;
        const XlsxResult ri = cs::readXlsx(threeSheets().build(), byIndex);
        ASSERT_FALSE(ri.ok()) << index;
        EXPECT_TRUE(ri.error.contains(QStringLiteral("3 sheet"))) << err(ri);
    }
}

// ---------------------------------------------------------------------------------------------
// Files

TEST(XlsxReaderFile, ReadsFromAFileAndReportsAMissingOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    ASSERT_TRUE(cs::test::writeFile(path, threeSheets().build()));
    XlsxOptions options;
    options.sheetIndex = 1;
    const XlsxResult r = cs::readXlsxFile(path, options);
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(firstRow(r), (std::vector<std::string>{"2023"}));

    const XlsxResult missing = cs::readXlsxFile(dir.filePath(QStringLiteral("absent.xlsx")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error.contains(QStringLiteral("absent.xlsx"))) << err(missing);
}

TEST(XlsxReaderFile, LooksLikeZipRecognisesZipSignaturesOnly)
{
    EXPECT_TRUE(cs::looksLikeZip(threeSheets().build()));
    EXPECT_FALSE(cs::looksLikeZip(QByteArrayLiteral("region,value\n")));
    EXPECT_FALSE(cs::looksLikeZip(QByteArrayLiteral("PK")));
    EXPECT_FALSE(cs::looksLikeZip(QByteArray()));
}

// ---------------------------------------------------------------------------------------------
// Limits

TEST(XlsxReaderLimits, ZipBombDeclaringMoreThanTheLimitFailsBeforeInflating)
{
    const QByteArray bomb = bombWorkbook(64); // 64 MB of XML in about 64 KB
    ASSERT_LT(bomb.size(), 200 * 1024);
    XlsxOptions options;
    options.maxUncompressedBytes = 8 << 20;
    QElapsedTimer timer;
    timer.start();
    const XlsxResult r = cs::readXlsx(bomb, options);
    EXPECT_LT(timer.elapsed(), 2000);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: "))) << err(r);
    // Refused on the size the archive declares, before inflating anything.
    EXPECT_TRUE(r.error.contains(QStringLiteral("bytes uncompressed"))) << err(r);
    EXPECT_TRUE(r.error.contains(QStringLiteral("limit of 8388608 bytes"))) << err(r);
    EXPECT_TRUE(r.table.rows.isEmpty());

    options.maxUncompressedBytes = 0; // no limit: the same file reads
    const XlsxResult unlimited = cs::readXlsx(bomb, options);
    ASSERT_TRUE(unlimited.ok()) << err(unlimited);
    EXPECT_EQ(firstRow(unlimited), (std::vector<std::string>{"1"}));
}

TEST(XlsxReaderLimits, ZipBombLyingAboutItsSizeStopsAtTheDeclaredSizeAndFails)
{
    // The directory claims 1000 bytes for a part that inflates to 64 MB: it is read no further
    // than claimed, so the truncated XML is an error, found at once.
    QByteArray bomb = bombWorkbook(64);
    falsifyDeclaredSize(bomb, "xl/worksheets/sheet1.xml", 1000);
    XlsxOptions options;
    options.maxUncompressedBytes = 8 << 20;
    QElapsedTimer timer;
    timer.start();
    const XlsxResult r = cs::readXlsx(bomb, options);
    EXPECT_LT(timer.elapsed(), 2000);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: "))) << err(r);

    // The same claiming 5 MB, under the limit but large enough to be read ahead on a second thread.
    QByteArray ahead = bombWorkbook(64);
    falsifyDeclaredSize(ahead, "xl/worksheets/sheet1.xml", 5 << 20);
    timer.restart();
    const XlsxResult r2 = cs::readXlsx(ahead, options);
    EXPECT_LT(timer.elapsed(), 2000);
    ASSERT_FALSE(r2.ok());
    EXPECT_TRUE(r2.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: "))) << err(r2);
}

TEST(XlsxReaderLimits, TheLimitCountsEveryPartRead)
{
    // Each part is under the limit; together they are not.
    Book book;
    book.sheets.append({QStringLiteral("S"), sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), {}});
    book.sharedStrings = sharedStrings({QString(6000, u'x')});
    const QByteArray xlsx = book.build();
    XlsxOptions options;
    options.maxUncompressedBytes = 6500;
    const XlsxResult r = cs::readXlsx(xlsx, options);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("limit of 6500 bytes"))) << err(r);

    options.maxUncompressedBytes = 16000;
    const XlsxResult ok = cs::readXlsx(xlsx, options);
    EXPECT_TRUE(ok.ok()) << err(ok);
}

TEST(XlsxReaderLimits, MoreCellsThanTheLimitIsAnError)
{
    QByteArray rows;
    for (int i = 1; i <= 20; ++i)
        rows += "<row r=\"" + QByteArray::number(i) + "\"><c><v>1</v></c><c><v>2</v></c></row>";
    XlsxOptions options;
    options.maxCells = 30;
    const XlsxResult r = cs::readXlsx(oneSheet(sheetData(rows)), options);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("30 cells"))) << err(r);
    EXPECT_GT(r.errorLine, 0);

    options.maxCells = 100;
    EXPECT_TRUE(cs::readXlsx(oneSheet(sheetData(rows)), options).ok());
}

TEST(XlsxReaderLimits, SparseCellsAndMergedRangesCountTheGridTheyCreate)
{
    XlsxOptions options;
    options.maxCells = 1000;
    // One cell far away would need a 16384-column row.
    const XlsxResult far = cs::readXlsx(oneSheet(sheetData(R"(<row r="1"><c r="XFD1"><v>1</v></c></row>)")), options);
    ASSERT_FALSE(far.ok());
    EXPECT_TRUE(far.error.contains(QStringLiteral("1000 cells"))) << err(far);

    // A merged range over the whole sheet would fill 17 billion cells.
    const QByteArray merged = worksheet(R"(<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>
<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>)");
    QElapsedTimer timer;
    timer.start();
    const XlsxResult huge = cs::readXlsx(oneSheet(merged), options);
    EXPECT_LT(timer.elapsed(), 2000);
    ASSERT_FALSE(huge.ok());
    EXPECT_TRUE(huge.error.contains(QStringLiteral("A1:XFD1048576"))) << err(huge);
}

// A few KB of workbook can repeat one long shared string, or one long merged cell, over a
// million cells: each copy counts against the limit on the text, and the read stops there.
TEST(XlsxReaderLimits, ALongStringRepeatedOverManyCellsStopsAtTheTextLimit)
{
    QByteArray rows;
    for (int r = 1; r <= 200; ++r) {
        rows += "<row r=\"" + QByteArray::number(r) + "\">";
        for (const char *c : {"A", "B", "C", "D", "E"})
            rows += QByteArray("<c r=\"") + c + QByteArray::number(r) + "\" t=\"s\"><v>0</v></c>";
        rows += "</row>";
    }
    const QByteArray book = oneSheet(sheetData(rows), sharedStrings({QString(1000, u'x')}));
    XlsxOptions options;
    options.maxTextChars = 500'000; // the 1,000 cells hold 1,000,000 characters
    const XlsxResult r = cs::readXlsx(book, options);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("more than 500000 characters of text (the limit)"))) << err(r);
    EXPECT_TRUE(r.table.rows.isEmpty());
    options.maxTextChars = 1'000'000; // exactly what they hold: read
    const XlsxResult whole = cs::readXlsx(book, options);
    ASSERT_TRUE(whole.ok()) << err(whole);
    EXPECT_EQ(whole.table.rows.size(), 200);
    EXPECT_EQ(whole.table.rows.cell(199, 4).size(), 1000);

    // One 1,000-character cell merged over 20 × 10 cells.
    const QByteArray merged = oneSheet(worksheet(R"(<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>
<mergeCells count="1"><mergeCell ref="A1:J20"/></mergeCells>)"),
                                       sharedStrings({QString(1000, u'y')}));
    options.maxTextChars = 100'000;
    const XlsxResult spread = cs::readXlsx(merged, options);
    ASSERT_FALSE(spread.ok());
    EXPECT_TRUE(spread.error.contains(QStringLiteral("characters of text (the limit)"))) << err(spread);
    options.maxTextChars = 200'000;
    const XlsxResult fits = cs::readXlsx(merged, options);
    ASSERT_TRUE(fits.ok()) << err(fits);
    EXPECT_EQ(fits.table.rows.cell(19, 9).size(), 1000);
}

// A cell out of order turns the rows read so far into a grid: the open row's text is moved, not
// counted a second time, so a sheet holding exactly the limit still reads.
TEST(XlsxReaderLimits, TheTextLimitCountsARowMovedToTheGridOnce)
{
    const QByteArray sheet = worksheet(R"(<sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>bbbb</t></is></c><c r="B2" t="inlineStr"><is><t>cccc</t></is></c><c r="A1" t="inlineStr"><is><t>aaaa</t></is></c></row></sheetData>)");
    XlsxOptions options;
    options.maxTextChars = 12; // what the three cells hold
    const XlsxResult r = cs::readXlsx(oneSheet(sheet), options);
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(r.table.rows.at(0), (QStringList{QStringLiteral("aaaa")}));
    EXPECT_EQ(r.table.rows.at(1), (QStringList{QStringLiteral("bbbb"), QStringLiteral("cccc")}));
    options.maxTextChars = 11;
    EXPECT_FALSE(cs::readXlsx(oneSheet(sheet), options).ok());
}

// A sheet of 6 MB is inflated on a second thread ahead of its parser: the limits hold there as
// they do when the part is read inline, and a read that stops early (the sheet probe) stops it.
TEST(XlsxReaderLimits, ALargeSheetReadAheadKeepsTheLimits)
{
    QByteArray rows;
    int n = 0;
    while (rows.size() < (6 << 20)) {
        ++n;
        rows += "<row r=\"" + QByteArray::number(n) + "\"><c r=\"A" + QByteArray::number(n) + "\"><v>" + QByteArray::number(n) + "</v></c></row>";
    }
    const QByteArray book = oneSheet(sheetData(rows), sharedStrings({QString(3 << 20, u'x')}));

    XlsxOptions all;
    const XlsxResult whole = cs::readXlsx(book, all);
    ASSERT_TRUE(whole.ok()) << err(whole);
    ASSERT_EQ(whole.table.rows.size(), n);
    EXPECT_EQ(whole.table.rows.cell(n - 1, 0), QString::number(n));

    XlsxOptions probe; // the first rows only
    probe.maxRows = 10;
    const XlsxResult head = cs::readXlsx(book, probe);
    ASSERT_TRUE(head.ok()) << err(head);
    EXPECT_EQ(head.table.rows.size(), 10);

    XlsxOptions limited; // the shared strings and the sheet each fit; together they do not
    limited.maxUncompressedBytes = 8 << 20;
    const XlsxResult over = cs::readXlsx(book, limited);
    ASSERT_FALSE(over.ok());
    EXPECT_TRUE(over.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: "))) << err(over);
    EXPECT_TRUE(over.error.contains(QStringLiteral("limit of 8388608 bytes"))) << err(over);
    EXPECT_TRUE(over.table.rows.isEmpty());
}

TEST(XlsxReaderLimits, SharedStringsCountAgainstTheCellLimit)
{
    QStringList many;
    for (int i = 0; i < 50; ++i)
        many.append(QString::number(i));
    XlsxOptions options;
    options.maxCells = 40;
    const XlsxResult r = cs::readXlsx(oneSheet(sheetData(""), sharedStrings(many)), options);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/sharedStrings.xml: more than 40 shared strings"))) << err(r);
}

TEST(XlsxReaderLimits, AGiantTextWithoutMarkupFailsWithoutBufferingIt)
{
    // 64 MB in one <t>: within the byte limit, but QXmlStreamReader would hold it whole, twice.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QuaZip zip(&buffer);
        ASSERT_TRUE(zip.open(QuaZip::mdCreate));
        Book book;
        book.sheets.append({QStringLiteral("S"), sheetData(""), {}});
        QuaZipFile file(&zip);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/sharedStrings.xml"))));
        file.write(R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>)");
        const QByteArray chunk(1 << 20, 'a');
        for (int i = 0; i < 64; ++i)
            file.write(chunk);
        file.write("</t></si></sst>");
        file.close();
        zip.close();
    }
    // Put the other parts of a one-sheet workbook next to it.
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    ASSERT_TRUE(zip.open(QuaZip::mdAdd));
    const auto add = [&](const QString &name, const QByteArray &data) {
        QuaZipFile file(&zip);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(data);
        file.close();
    };
    add(QStringLiteral("xl/workbook.xml"),
        R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    add(QStringLiteral("xl/_rels/workbook.xml.rels"),
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)");
    add(QStringLiteral("xl/worksheets/sheet1.xml"), sheetData(""));
    zip.close();

    QElapsedTimer timer;
    timer.start();
    const XlsxResult r = cs::readXlsx(bytes);
    EXPECT_LT(timer.elapsed(), 2000);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/sharedStrings.xml: more than 8388608 bytes without markup")))
        << err(r);
}

// ---------------------------------------------------------------------------------------------
// Hostile and broken input

TEST(XlsxReaderHostile, RejectsEntityDeclarationsInsteadOfExpandingThem)
{
    // "Billion laughs": QXmlStreamReader would expand internal entities, nested ones included.
    const QByteArray laughs = R"(<?xml version="1.0"?>
<!DOCTYPE worksheet [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>)";
    const XlsxResult r = cs::readXlsx(oneSheet(laughs));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: "))) << err(r);
    EXPECT_TRUE(r.error.contains(QStringLiteral("DOCTYPE"))) << err(r);
    EXPECT_EQ(r.errorLine, 2); // where the declaration starts: nothing in it is read
    EXPECT_GT(r.errorColumn, 0);
    EXPECT_TRUE(r.table.rows.isEmpty());

    // The same in the shared strings, and an external entity in the workbook.
    const QByteArray sst = R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&a;</t></si></sst>)";
    const XlsxResult rs = cs::readXlsx(oneSheet(sheetData(""), sst));
    ASSERT_FALSE(rs.ok());
    EXPECT_TRUE(rs.error.startsWith(QStringLiteral("xl/sharedStrings.xml: "))) << err(rs);
    EXPECT_EQ(rs.errorLine, 1);

    const XlsxResult rx = cs::readXlsx(zipOf({{QStringLiteral("xl/workbook.xml"),
                                               R"(<!DOCTYPE workbook SYSTEM "file:///etc/passwd"><workbook>&xxe;</workbook>)"}}));
    ASSERT_FALSE(rx.ok());
    EXPECT_TRUE(rx.error.startsWith(QStringLiteral("xl/workbook.xml: "))) << err(rx);
    EXPECT_TRUE(rx.error.contains(QStringLiteral("DOCTYPE"))) << err(rx);
}

TEST(XlsxReaderHostile, AnUndeclaredEntityReferenceIsAnErrorNotSkipped)
{
    // Without a DTD no entity is declared: a reference is an XML error, in a cell's text as in a
    // shared string, however deep the reader is in the part.
    const XlsxResult r = cs::readXlsx(
        oneSheet(sheetData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a&undeclared;b</t></is></c></row>")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: "))) << err(r);
    EXPECT_TRUE(r.error.contains(QStringLiteral("undeclared"))) << err(r);
    EXPECT_GT(r.errorLine, 0);

    const QByteArray sst = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>&x;</t></r></si></sst>)";
    const XlsxResult rs = cs::readXlsx(oneSheet(sheetData(""), sst));
    ASSERT_FALSE(rs.ok());
    EXPECT_TRUE(rs.error.startsWith(QStringLiteral("xl/sharedStrings.xml: "))) << err(rs);
}

TEST(XlsxReaderHostile, DeeplyNestedUnknownElementsAreSkipped)
{
    // 200,000 nested elements the reader does not know, between two rows: skipped in one pass,
    // without recursion (a stack that grew with the nesting would overflow).
    QByteArray deep = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
    constexpr int kDepth = 200000;
    deep += QByteArray("<x>").repeated(kDepth) + QByteArray("</x>").repeated(kDepth);
    deep += "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>";
    QElapsedTimer timer;
    timer.start();
    const XlsxResult r = cs::readXlsx(oneSheet(sheetData(deep)));
    EXPECT_LT(timer.elapsed(), cs::test::waitMs(5000));
    ASSERT_TRUE(r.ok()) << err(r);
    EXPECT_EQ(rowsOf(r.table), (Rows{{"1"}, {"2"}}));
}

TEST(XlsxReaderHostile, RejectsBytesThatAreNotAZipArchive)
{
    for (const QByteArray &bytes : {QByteArray(), QByteArrayLiteral("region,value\nA,1\n"),
                                    QByteArrayLiteral("PK\x03\x04 truncated"), QByteArray(4096, '\0')}) {
        const XlsxResult r = cs::readXlsx(bytes);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error.contains(QStringLiteral("ZIP"))) << err(r);
        EXPECT_TRUE(r.table.rows.isEmpty());
    }
}

TEST(XlsxReaderHostile, AZipWithoutAWorkbookIsNotAnXlsxWorkbook)
{
    const XlsxResult r = cs::readXlsx(zipOf({{QStringLiteral("word/document.xml"), "<document/>"}}));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/workbook.xml: missing"))) << err(r);

    Book noWorkbook;
    noWorkbook.sheets.append({QStringLiteral("S"), sheetData(""), {}});
    noWorkbook.withWorkbook = false;
    const XlsxResult r2 = cs::readXlsx(noWorkbook.build());
    ASSERT_FALSE(r2.ok());
    EXPECT_TRUE(r2.error.contains(QStringLiteral("xl/workbook.xml"))) << err(r2);
}

TEST(XlsxReaderHostile, ASheetWhosePartIsMissingIsAnError)
{
    Book book;
    book.sheets.append({QStringLiteral("Ghost"), sheetData(""), QStringLiteral("worksheets/sheet1.xml")});
    QByteArray bytes = book.build();
    // Rename the sheet part inside the archive (same length, so the archive stays valid).
    bytes.replace("xl/worksheets/sheet1.xml", "xl/worksheets/sheetX.xml");
    const XlsxResult r = cs::readXlsx(bytes);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: missing"))) << err(r);
    EXPECT_TRUE(r.error.contains(QStringLiteral("Ghost"))) << err(r);
    EXPECT_EQ(r.sheetNames, QStringList{QStringLiteral("Ghost")});
}

TEST(XlsxReaderHostile, AWorkbookWithoutSheetsIsAnError)
{
    const XlsxResult r = cs::readXlsx(Book().build());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("no sheets"))) << err(r);
}

TEST(XlsxReaderHostile, RejectsInvalidCellReferencesWithTheirPosition)
{
    for (const char *ref : {"A0", "ZZZZZZ1", "XFE1", "A1048577", "1A", "", "A-1", "A1B", "$"}) {
        const QByteArray sheet =
            sheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></c>\n  <c r=\"" + QByteArray(ref) + "\"><v>2</v></c></row>");
        const XlsxResult r = cs::readXlsx(oneSheet(sheet));
        ASSERT_FALSE(r.ok()) << ref;
        EXPECT_EQ(r.error.toStdString(),
                  "xl/worksheets/sheet1.xml: invalid cell reference \"" + std::string(ref) + "\"");
        EXPECT_EQ(r.errorLine, 4) << ref;
        EXPECT_GT(r.errorColumn, 0) << ref;
    }
    for (const char *row : {"0", "-3", "1048577", "x"}) {
        const XlsxResult r = cs::readXlsx(oneSheet(sheetData("<row r=\"" + QByteArray(row) + "\"/>")));
        ASSERT_FALSE(r.ok()) << row;
        EXPECT_TRUE(r.error.contains(QStringLiteral("invalid row number"))) << err(r);
    }
}

TEST(XlsxReaderHostile, ReportsMalformedXmlWithPartLineAndColumn)
{
    const QByteArray broken = worksheet("<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n<row r=\"2\"><c r=\"A2\"><v>2</v></x></row>\n</sheetData>");
    const XlsxResult r = cs::readXlsx(oneSheet(broken));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: "))) << err(r);
    EXPECT_EQ(r.errorLine, 5);
    EXPECT_GT(r.errorColumn, 20);

    const XlsxResult truncated = cs::readXlsx(oneSheet(worksheet("<sheetData><row r=\"1\">").chopped(12)));
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml: "))) << err(truncated);

    const XlsxResult notXml = cs::readXlsx(oneSheet("\x01\x02 not xml"));
    ASSERT_FALSE(notXml.ok());
}

TEST(XlsxReaderHostile, SurvivesTruncatedAndCorruptedArchives)
{
    // Every result must be either a table or an error: no crash, no hang.
    Book book = threeSheets();
    book.sharedStrings = sharedStrings({QStringLiteral("a"), QStringLiteral("b")});
    book.styles = styles({0, 14});
    const QByteArray good = book.build();
    ASSERT_TRUE(cs::readXlsx(good).ok());
    int errors = 0;
    for (qsizetype length = 0; length < good.size(); length += 7) {
        const XlsxResult r = cs::readXlsx(good.left(length));
        errors += r.ok() ? 0 : 1;
        EXPECT_TRUE(r.ok() || r.table.rows.isEmpty());
    }
    EXPECT_GT(errors, 0);
    std::mt19937 random(20240607);
    for (int i = 0; i < 600; ++i) {
        QByteArray damaged = good;
        for (int flips = 0; flips < 1 + i % 4; ++flips)
            damaged[random() % damaged.size()] = char(random() & 0xff);
        const XlsxResult r = cs::readXlsx(damaged);
        EXPECT_TRUE(r.ok() || (r.table.rows.isEmpty() && !r.error.isEmpty()));
    }
}

} // namespace
