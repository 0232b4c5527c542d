// SPDX-License-Identifier: GPL-3.0-or-later
// Import of the layouts statistics offices and databases publish, on small files that copy
// their quirks.
#include "import/data_file.h"
#include "chart/quantity_format.h"
#include "import/repeated_values.h"
#include "import/table_import.h"
#include "model/unit.h"
#include "query/observation_csv.h"
#include "query/workspace_queries.h"
#include "xlsx_builder.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace cs;

namespace {

TableImportResult import(const QByteArray &bytes, const char *fileName, TableLayout layout = TableLayout::Auto)
{
    const DataFileResult file = readDataBytes(bytes);
    EXPECT_TRUE(file.ok()) << file.error.toStdString();
    TableImportOptions options;
    options.fileName = QString::fromUtf8(fileName);
    options.layout = layout;
    return importTable(file.table, options);
}

// "indicator@subject period=value" for every observation, in file order.
std::string describe(const TableImportResult &r)
{
    std::string out;
    for (const Observation &o : r.workspace.observations)
        out += (o.indicator + (o.subject.isEmpty() ? QString() : QLatin1Char('@') + o.subject) + QLatin1Char(' ') + o.period.toString() + QLatin1Char('=') + plainDecimal(o.value)).toStdString() + "\n";
    return out;
}

// The indicator `id`; "indicator@subject" names a panel indicator (one for all subjects, with
// no subject of its own) that has values of that subject.
const Indicator *onlyIndicatorNamed(const TableImportResult &r, const QString &id)
{
    const QString indicator = id.section(QLatin1Char('@'), 0, 0);
    const QString subject = id.section(QLatin1Char('@'), 1);
    for (const Indicator &i : r.workspace.indicators) {
        if (i.id != indicator)
            continue;
        if (subject.isEmpty())
            return &i;
        if (!i.subject.isEmpty() || !r.workspace.subject(subject))
            return nullptr;
        for (const Observation &o : r.workspace.observations)
            if (o.indicator == indicator && o.subject == subject)
                return &i;
    }
    return nullptr;
}

QByteArray gbk(const char *utf8)
{
    QStringEncoder enc("GB18030");
    return enc.encode(QString::fromUtf8(utf8));
}

// An NBS monthly export with the time in rows (reported: "cannot find the periods: no column is
// named like 时间…"): GBK, two metadata lines, the header 时间 then indicators with their units,
// months written 2021年5月, newest first, and no final newline. Monthly periods, one indicator per
// column with its unit, and --dump-data's indicator_name filled from the file's names.
TEST(TableImport, NbsMonthlyExportWithTheTimeInRows)
{
    const QByteArray file = gbk("数据库：月度数据\r\n时间：1990-2021\r\n"
                                "时间,货币和准货币(M2)供应量期末值(亿元),货币和准货币(M2)供应量同比增长(%)\r\n"
                                "2021年5月,2275538.07,8.3\r\n2021年4月,2262107.17,8.1\r\n2021年3月,2276488.45,9.4");
    const TableImportResult r = import(file, "月度数据.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.imported, 6);
    const Workspace &ws = r.workspace;
    const Indicator *m2 = ws.indicator(importedId(QStringLiteral("货币和准货币(M2)供应量期末值")));
    ASSERT_TRUE(m2);
    EXPECT_EQ(m2->unit, QStringLiteral("yi-yuan"));
    EXPECT_EQ(m2->name.text(Lang::Zh), QStringLiteral("货币和准货币(M2)供应量期末值"));
    const Indicator *growth = ws.indicator(importedId(QStringLiteral("货币和准货币(M2)供应量同比增长")));
    ASSERT_TRUE(growth);
    EXPECT_EQ(growth->unit, QStringLiteral("percent"));
    EXPECT_EQ(describe(r), "货币和准货币-m2-供应量期末值 2021-05=2275538.07\n货币和准货币-m2-供应量同比增长 2021-05=8.3\n"
                           "货币和准货币-m2-供应量期末值 2021-04=2262107.17\n货币和准货币-m2-供应量同比增长 2021-04=8.1\n"
                           "货币和准货币-m2-供应量期末值 2021-03=2276488.45\n货币和准货币-m2-供应量同比增长 2021-03=9.4\n");
    const QByteArray csv = observationsCsv(ws);
    EXPECT_TRUE(csv.contains(",货币和准货币(M2)供应量期末值,")) << csv.constData();
}

// Imported indicators have a name in the file's language only: --dump-data's indicator_name
// falls back to it rather than stay empty.
TEST(TableImport, DumpDataNamesImportedIndicatorsInTheFilesLanguage)
{
    const TableImportResult r = import("Entity,Code,Year,Life expectancy at birth (historical)\nChina,CHN,2021,78.2\n", "owid.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const QByteArray csv = observationsCsv(r.workspace);
    EXPECT_TRUE(csv.contains("life-expectancy-at-birth-historical,Life expectancy at birth (historical),china,,2021,78.2,,"))
        << csv.constData();
}

} // namespace

TEST(TableImport, NbsProvincialAnnualInGbkSkipsMetadataAndNotes)
{
    const QByteArray file = gbk("数据库：分省年度数据\n指标：地区生产总值(亿元)\n时间：最近3年\n"
                                "地区,2022年,2021年,2020年\n北京市,41610.9,41045.6,36102.6\n河北省,42370.4,40397.1,..\n"
                                "注：2020年数据为初步核算数。\n数据来源：国家统计局\n");
    const TableImportResult r = import(file, "分省年度数据.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.layout, TableLayout::Wide);
    EXPECT_EQ(r.headerRow, 3);
    EXPECT_EQ(r.imported, 5);
    EXPECT_EQ(r.missing, 1); // ".." is missing, not zero
    EXPECT_EQ(describe(r), "地区生产总值@北京市 2022=41610.9\n地区生产总值@北京市 2021=41045.6\n地区生产总值@北京市 2020=36102.6\n"
                           "地区生产总值@河北省 2022=42370.4\n地区生产总值@河北省 2021=40397.1\n");
    const Indicator *bj = onlyIndicatorNamed(r, QStringLiteral("地区生产总值@北京市"));
    ASSERT_NE(bj, nullptr);
    EXPECT_EQ(bj->unit, QStringLiteral("yi-yuan")); // from "指标：地区生产总值(亿元)" above the table
    EXPECT_EQ(r.workspace.subject(QStringLiteral("北京市"))->name.zh, QStringLiteral("北京市"));
    EXPECT_EQ(r.workspace.indicators.size(), 1) << "a panel of provinces is one indicator";
    int notes = 0;
    for (const SkippedRow &s : r.skipped)
        notes += s.reason == QLatin1String("note below the table");
    EXPECT_EQ(notes, 2);
    EXPECT_TRUE(r.workspace.sources.first().note.contains(QStringLiteral("数据来源：国家统计局")));
}

TEST(TableImport, NbsQuarterlyIndicatorsAsRowsWithUnitsInNames)
{
    const QByteArray file = gbk("数据库：季度数据\n时间：最近3季\n指标,2023年第三季度,2023年第二季度,2023年第一季度\n"
                                "国内生产总值_当季值(亿元),319992.3,308037.6,284996.6\n"
                                "国内生产总值_累计值(亿元),913026.5,593034.3,284996.6\n");
    const TableImportResult r = import(file, "季度数据.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.layout, TableLayout::Wide);
    EXPECT_EQ(r.imported, 6);
    ASSERT_EQ(r.workspace.indicators.size(), 2);
    EXPECT_EQ(r.workspace.indicators[0].unit, QStringLiteral("yi-yuan"));
    EXPECT_EQ(r.workspace.indicators[0].name.zh, QStringLiteral("国内生产总值_当季值"));
    EXPECT_EQ(r.workspace.observations.first().period.toString(), QStringLiteral("2023-Q3"));
}

TEST(TableImport, NbsMonthlyYearToDateColumnsStayYearToDate)
{
    const QByteArray file = gbk("指标,2023年1-9月,2023年1-8月\n规模以上工业增加值_累计增长(%),4.0,3.9\n");
    const TableImportResult r = import(file, "月度数据.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.imported, 2);
    EXPECT_TRUE(r.workspace.observations[0].period.isYearToDate());
    EXPECT_EQ(r.workspace.observations[0].period.toString(), QStringLiteral("2023-01/2023-09"));
    EXPECT_EQ(r.workspace.indicators[0].unit, QStringLiteral("percent"));
    EXPECT_EQ(r.workspace.indicators[0].measure, Measure::Growth);
}

TEST(TableImport, WorldBankWdiFourLinesAboveAndTrailingComma)
{
    const QByteArray file = "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2024-06-28\",\n\n"
                            "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2021\",\"2022\",\"2023\",\n"
                            "\"China\",\"CHN\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"17820457729761.7\",\"17881782683707.3\",\"\",\n"
                            "\"Chile\",\"CHL\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"317058508651.1\",\"301024985186.5\",\"335533331505.8\",\n";
    const TableImportResult r = import(file, "API_NY.GDP.MKTP.CD.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.layout, TableLayout::Wide);
    EXPECT_EQ(r.imported, 5);
    EXPECT_EQ(r.missing, 1);
    const Indicator *cn = onlyIndicatorNamed(r, QStringLiteral("gdp@china"));
    ASSERT_NE(cn, nullptr);
    EXPECT_EQ(cn->unit, QStringLiteral("custom:current US$"));
    EXPECT_EQ(units::find(cn->unit)->label.en, QStringLiteral("current US$"));
}

TEST(TableImport, WorldBankDataBankDotsYrHeadersAndFooter)
{
    const QByteArray file = "Country Name,Country Code,Series Name,Series Code,2021 [YR2021],2022 [YR2022]\n"
                            "China,CHN,\"Population, total\",SP.POP.TOTL,1412360000,1412175000\n"
                            "India,IND,\"Population, total\",SP.POP.TOTL,..,1417173173\n"
                            "\n\nData from database: World Development Indicators\nLast Updated: 06/28/2024\n";
    const TableImportResult r = import(file, "databank.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.imported, 3);
    EXPECT_EQ(r.missing, 1);
    EXPECT_EQ(r.workspace.observations[0].period.toString(), QStringLiteral("2021"));
    EXPECT_NE(onlyIndicatorNamed(r, QStringLiteral("population-total@india")), nullptr);
}

TEST(TableImport, EurostatTsvKeysTrailingSpacesColonsAndFlags)
{
    const QByteArray file = "freq,unit,na_item,geo\\TIME_PERIOD\t2021 \t2022 \t2023 \n"
                            "A,CP_MEUR,B1GQ,DE\t3617450.0 \t3876810.0 \t4121160.0 p\n"
                            "A,CP_MEUR,B1GQ,EL\t181675.0 \t: \t220299.9 p\n";
    const TableImportResult r = import(file, "nama_10_gdp.tsv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_TRUE(r.roles.eurostatKey);
    EXPECT_EQ(r.imported, 5);
    EXPECT_EQ(r.missing, 1);
    const Indicator *de = onlyIndicatorNamed(r, QStringLiteral("b1gq@de"));
    ASSERT_NE(de, nullptr);
    EXPECT_EQ(units::find(de->unit)->label.en, QStringLiteral("CP_MEUR"));
    const Observation &last = r.workspace.observations[2];
    EXPECT_DOUBLE_EQ(last.value, 4121160.0);
    EXPECT_EQ(last.period.toString(), QStringLiteral("2023"));
    EXPECT_EQ(last.note, QStringLiteral("flag: p")); // the flag is kept as a note
}

TEST(TableImport, FredDotsAreMissingAndFirstOfQuarterDatesBecomeQuarters)
{
    const QByteArray file = "observation_date,GDPC1\n2023-01-01,22112.329\n2023-04-01,22225.35\n2023-07-01,.\n2023-10-01,22679.255\n";
    const TableImportResult r = import(file, "GDPC1.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.layout, TableLayout::IndicatorColumns);
    EXPECT_EQ(r.imported, 3);
    EXPECT_EQ(r.missing, 1);
    EXPECT_EQ(describe(r), "gdpc1 2023-Q1=22112.329\ngdpc1 2023-Q2=22225.35\ngdpc1 2023-Q4=22679.255\n");
}

TEST(TableImport, OurWorldInDataEntitiesIncludingRegionsWithEmptyCode)
{
    const QByteArray file = "Entity,Code,Year,GDP per capita\nChina,CHN,2021,17602\nEast Asia,,2021,15000\nChina,CHN,2022,18188\n";
    const TableImportResult r = import(file, "gdp-per-capita.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.layout, TableLayout::IndicatorColumns);
    EXPECT_EQ(r.imported, 3);
    EXPECT_NE(onlyIndicatorNamed(r, QStringLiteral("gdp-per-capita@east-asia")), nullptr);
    EXPECT_EQ(indicatorSeries(r.workspace, QStringLiteral("gdp-per-capita"), SeriesFilter{{}, {}, QStringLiteral("china")}).size(), 2);
    EXPECT_EQ(r.workspace.indicators.size(), 1);
    EXPECT_EQ(r.workspace.subjects.size(), 2);
}

TEST(TableImport, LongTidyRowsWithUnitColumn)
{
    const QByteArray file = "region,indicator,period,value,unit\ncity007,ind03,2021Q3,1234.56,亿元\ncity007,ind03,2021Q4,1300,亿元\n"
                            "city008,ind03,2021Q3,99.5,亿元\n";
    const TableImportResult r = import(file, "panel.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.layout, TableLayout::Long);
    EXPECT_EQ(r.imported, 3);
    const Indicator *i = onlyIndicatorNamed(r, QStringLiteral("ind03@city007"));
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->unit, QStringLiteral("yi-yuan"));
    EXPECT_EQ(indicatorSeries(r.workspace, i->id, SeriesFilter{{}, {}, QStringLiteral("city007")}).size(), 2);
    EXPECT_EQ(indicatorSeries(r.workspace, i->id, SeriesFilter{{}, {}, QStringLiteral("city008")}).size(), 1);
    EXPECT_EQ(r.workspace.indicators.size(), 1) << "one measure for many regions is one indicator";
}

TEST(TableImport, EveryObservationKeepsItsRowOfTheFileAndItsColumn)
{
    const TableImportResult r = import("year,value\n2022,5\n2023,6\n", "tiny.csv", TableLayout::Long);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Observation o = r.workspace.observations[1];
    EXPECT_TRUE(o.quote.isEmpty()) << "the row is stored once, not copied into a quote";
    const SourceRow row = r.workspace.observations.sourceRow(o.row);
    EXPECT_EQ(row.file, QStringLiteral("tiny.csv"));
    EXPECT_EQ(row.line, 3);
    EXPECT_EQ(row.text(), QStringLiteral("2023, 6"));
    EXPECT_EQ(o.column, 1);
    EXPECT_EQ(r.workspace.observations.sourceRow(row.header).cells, (QStringList{QStringLiteral("year"), QStringLiteral("value")}));
    EXPECT_EQ(o.source, r.workspace.sources.first().id);
}

TEST(TableImport, AWideRowIsStoredOnceForAllItsValues)
{
    const TableImportResult r = import("Country Name,2021,2022,2023\nChina,1,2,3\nChile,4,5,6\n", "wide.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.imported, 6);
    EXPECT_EQ(r.workspace.observations.sourceRowCount(), 3) << "a header and two rows, not six quotes";
    const Observation chile2022 = r.workspace.observations[4];
    EXPECT_EQ(chile2022.subject, QStringLiteral("chile"));
    EXPECT_EQ(r.workspace.observations.sourceRowCell(chile2022.row, chile2022.column), QStringLiteral("5"));
    const SourceRow row = r.workspace.observations.sourceRow(chile2022.row);
    EXPECT_EQ(r.workspace.observations.sourceRow(row.header).cells.value(chile2022.column), QStringLiteral("2022"));
}

TEST(TableImport, TextInAValueCellFailsWithItsPositionAndImportsNothing)
{
    const TableImportResult r = import("地区,2022年,2021年\n北京市,41610.9,abc\n", "bad.csv");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 2);
    EXPECT_EQ(r.errorColumn, 3);
    EXPECT_NE(r.error.indexOf(QStringLiteral("'abc' is not a number")), -1);
}

TEST(TableImport, BadPeriodInAPeriodColumnFailsWithItsPosition)
{
    const TableImportResult r = import("date,value\n2023-01-01,1\n2023-13-01,2\n", "bad.csv");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_EQ(r.errorColumn, 1);
}

TEST(TableImport, NoPeriodsAnywhereIsAnError)
{
    const TableImportResult r = import("name,colour\napple,red\npear,green\n", "fruit.csv");
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.error.indexOf(QStringLiteral("cannot find the periods")), -1);
}

TEST(TableImport, MergeIsAllOrNothing)
{
    const TableImportResult r = import("year,value\n2022,5\n", "tiny.csv", TableLayout::Long);
    ASSERT_TRUE(r.ok());
    Workspace ws;
    QString error;
    ASSERT_TRUE(mergeWorkspace(ws, r.workspace, &error));
    const Workspace before = ws;
    EXPECT_FALSE(mergeWorkspace(ws, r.workspace, &error)); // the same file again: its source id clashes
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(ws == before);
}

TEST(TableImport, HeaderRoleNamesInChineseAndEnglish)
{
    EXPECT_EQ(headerRole(QStringLiteral("地区")), HeaderRole::Subject);
    EXPECT_EQ(headerRole(QStringLiteral("Country Name")), HeaderRole::Subject);
    EXPECT_EQ(headerRole(QStringLiteral("Entity")), HeaderRole::Subject);
    EXPECT_EQ(headerRole(QStringLiteral("指标")), HeaderRole::Indicator);
    EXPECT_EQ(headerRole(QStringLiteral("Series Name")), HeaderRole::Indicator);
    for (const char *p : {"时间", "年份", "period", "year", "date", "DATE", "observation_date"})
        EXPECT_EQ(headerRole(QString::fromUtf8(p)), HeaderRole::Period) << p;
    EXPECT_EQ(headerRole(QStringLiteral("数值")), HeaderRole::Value);
    EXPECT_EQ(headerRole(QStringLiteral("单位")), HeaderRole::Unit);
}

TEST(TableImport, TwoValuesForOneIndicatorAndPeriodAreAnErrorNamingBothLines)
{
    const TableImportResult r = import("region,year,value\nA,2022,1\nA,2022,2\n", "dup.csv");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_NE(r.error.indexOf(QStringLiteral("the first is on line 2")), -1) << r.error.toStdString();
}

TEST(TableImport, RolesGivenWithoutLayoutStillReadIndicatorColumns)
{
    const DataFileResult file = readDataBytes("DATE,A,B\n2023-01-01,1,2\n2023-02-01,3,4\n");
    TableImportOptions options;
    ColumnRoles roles;
    roles.period = 0;
    roles.data = {1, 2};
    options.roles = roles;
    const TableImportResult r = importTable(file.table, options);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.layout, TableLayout::IndicatorColumns);
    EXPECT_EQ(r.imported, 4);
}

TEST(TableImport, SubjectsWhoseValuesAreAllMissingAreNotKept)
{
    const TableImportResult r = import("Country Name,2021,2022\nChina,1,2\nNowhere,..,..\n", "wb.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.workspace.subjects.size(), 1);
    EXPECT_EQ(r.workspace.subjects.first().name.en, QStringLiteral("China"));
}

TEST(TableImport, OwidTextColumnBesideTheIndicatorIsIgnoredNotReadAsNumbers)
{
    // Real grapher downloads add "World region according to OWID" after the indicator.
    const QByteArray file = "Entity,Code,Year,GDP per capita,World region according to OWID\n"
                            "Afghanistan,AFG,2022,1981.7102,Asia\nAlbania,ALB,2022,19388.873,Europe\n";
    const TableImportResult r = import(file, "gdp-per-capita-worldbank.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.imported, 2);
    EXPECT_TRUE(r.roles.ignored.contains(4));
}

TEST(TableImport, EurostatTsvWithManyKeyDimensionsAndFewPeriodsIsSplitOnTabs)
{
    // Six comma-joined dimensions and three periods: more commas than tabs in every line.
    const QByteArray file = "freq,s_adj,age,unit,sex,geo\\TIME_PERIOD\t2023M01 \t2023M02 \t2023M03 \n"
                            "M,SA,TOTAL,PC_ACT,T,AT\t5.1 \t5.0 \t: \n";
    const TableImportResult r = import(file, "une_rt_m.tsv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.imported, 2);
    EXPECT_EQ(r.missing, 1);
    EXPECT_EQ(r.workspace.observations.first().period.toString(), QStringLiteral("2023-01"));
}

TEST(TableImport, UnitsNamingPercentAreThePercentUnit)
{
    EXPECT_EQ(units::fromText(QStringLiteral("annual %"))->id, QStringLiteral("percent"));
    EXPECT_EQ(units::fromText(QStringLiteral("% of GDP"))->id, QStringLiteral("percent"));
}

// Seen in a real NBS quarterly export: "累计值" rows hold year-to-date totals under quarter headers.
TEST(TableImport, NbsCumulativeValuesTakeTheYearToDateSpanTheyCover)
{
    const QByteArray file = gbk("数据库：季度数据\n时间：最近3季度\n指标,2021年第四季度,2021年第三季度,2021年第一季度\n"
                                "国内生产总值当季值(亿元),324237.4,289919.3,247985.0\n"
                                "国内生产总值累计值(亿元),1143669.7,819432.3,247985.0\n数据来源：国家统计局\n");
    const TableImportResult r = import(file, "季度数据.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(describe(r), "国内生产总值当季值 2021-Q4=324237.4\n国内生产总值当季值 2021-Q3=289919.3\n国内生产总值当季值 2021-Q1=247985\n"
                           "国内生产总值累计值 2021=1143669.7\n国内生产总值累计值 2021-Q1/2021-Q3=819432.3\n国内生产总值累计值 2021-Q1=247985\n");
}

// ---------------------------------------------------------------------------------------------
// readDataBytes: what the import dialog and the command line both read through

TEST(DataFile, TextWarningsAreTypedWithLineAndField)
{
    const DataFileResult r = readDataBytes("a,b,c\n1,2,3\n4,5\n6,x\"y,7\n8,9,10\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const auto of = [&](DataFileWarning::Kind kind) {
        QList<DataFileWarning> out;
        for (const DataFileWarning &w : r.warnings)
            if (w.kind == kind)
                out << w;
        return out;
    };
    const QList<DataFileWarning> ragged = of(DataFileWarning::Kind::RaggedRow);
    ASSERT_EQ(ragged.size(), 1);
    EXPECT_EQ(ragged[0].line, 3);
    EXPECT_TRUE(ragged[0].text().startsWith(QStringLiteral("3:"))) << ragged[0].text().toStdString();
    const QList<DataFileWarning> stray = of(DataFileWarning::Kind::StrayQuote);
    ASSERT_EQ(stray.size(), 1);
    EXPECT_EQ(stray[0].line, 4);
    EXPECT_EQ(stray[0].column, 2);
    EXPECT_EQ(stray[0].text(), QStringLiteral("4:2: ") + stray[0].message);
}

TEST(DataFile, TheFileNameOrAEurostatHeaderSaysTabSeparated)
{
    // Two commas and one tab per line: the content alone says commas.
    const QByteArray bytes = "a,b,c\td\n1,2,3\t4\n5,6,7\t8\n";
    EXPECT_EQ(readDataBytes(bytes).delimiter, ',');
    DataFileOptions named;
    named.fileName = QStringLiteral("/data/extract.TSV");
    EXPECT_EQ(readDataBytes(bytes, named).delimiter, '\t');
    named.fileName = QStringLiteral("extract.tab");
    EXPECT_EQ(readDataBytes(bytes, named).delimiter, '\t');
    named.csv.delimiter = ','; // a delimiter given wins over the name
    EXPECT_EQ(readDataBytes(bytes, named).delimiter, ',');
    EXPECT_EQ(readDataBytes("geo,unit\\time\t2023\nDE,PC\t1\n").delimiter, '\t');
}

TEST(DataFile, AWorkbookGivesItsSheetNamesAndTheSheetRead)
{
    using namespace cs::test::xlsx;
    Book book;
    book.sheets.append({QStringLiteral("说明"), sheetData(R"(<row r="1"><c r="A1"><v>n/a</v></c></row>)"), {}});
    book.sheets.append({QStringLiteral("Data"), sheetData(R"(<row r="1"><c r="A1"><v>1</v></c></row>)"), {}});
    const DataFileResult r = readDataBytes(book.build());
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.format, QStringLiteral("xlsx"));
    EXPECT_EQ(r.sheetNames, (QStringList{QStringLiteral("说明"), QStringLiteral("Data")}));
    EXPECT_EQ(r.sheet, QStringLiteral("说明"));
    ASSERT_EQ(r.warnings.size(), 1); // "n/a" is not a number
    EXPECT_EQ(r.warnings[0].kind, DataFileWarning::Kind::Workbook);
    EXPECT_TRUE(r.warnings[0].text().startsWith(QStringLiteral("xl/worksheets/"))) << r.warnings[0].text().toStdString();

    DataFileOptions second;
    second.xlsx.sheetName = QStringLiteral("nope");
    const DataFileResult missing = readDataBytes(book.build(), second);
    EXPECT_FALSE(missing.ok());
    EXPECT_EQ(missing.sheetNames.size(), 2); // still listed, so the dialog can offer them
}

// A value given twice for the same indicator, subject and period stops the import at the second
// one, naming the first, wherever the two are: in a later run of the series (another series
// between), or within one run out of time order; and it stops there, before a fault further on.
TEST(TableImport, ValueGivenTwiceIsFoundInAnyOrder)
{
    const char *head = "region,indicator,year,value\n";
    const TableImportResult laterRun = import(QByteArray(head) + "A,gdp,2020,1\nA,gdp,2021,2\nB,gdp,2020,3\nA,gdp,2021,4\n", "p.csv");
    EXPECT_EQ(laterRun.errorLine, 5) << describe(laterRun);
    EXPECT_TRUE(laterRun.error.contains(QLatin1String("a second value for gdp of a at 2021 (the first is on line 3)")))
        << describe(laterRun);
    const TableImportResult outOfOrder = import(QByteArray(head) + "A,gdp,2022,1\nA,gdp,2020,2\nA,gdp,2021,3\nA,gdp,2020,4\n", "p.csv");
    EXPECT_EQ(outOfOrder.errorLine, 5) << describe(outOfOrder);
    EXPECT_TRUE(outOfOrder.error.contains(QLatin1String("(the first is on line 3)"))) << describe(outOfOrder);
    const TableImportResult thenBad = import(QByteArray(head) + "A,gdp,2020,1\nA,gdp,2020,2\nA,gdp,2021,x\n", "p.csv");
    EXPECT_EQ(thenBad.errorLine, 3) << describe(thenBad);
    EXPECT_TRUE(thenBad.error.contains(QLatin1String("a second value"))) << describe(thenBad);
    const TableImportResult badFirst = import(QByteArray(head) + "A,gdp,2020,x\nA,gdp,2020,2\n", "p.csv");
    EXPECT_EQ(badFirst.errorLine, 2) << describe(badFirst);
    EXPECT_TRUE(badFirst.error.contains(QLatin1String("not a number"))) << describe(badFirst);
    QByteArray ordered = head;
    for (int r = 0; r < 30; ++r)
        for (int y = 1990; y < 2020; ++y)
            ordered += QStringLiteral("R%1,gdp,%2,%3\n").arg(r).arg(y).arg(r * y).toUtf8();
    const TableImportResult fine = import(ordered, "p.csv");
    EXPECT_TRUE(fine.ok()) << describe(fine);
    EXPECT_EQ(fine.imported, 900);
}

// The same days are the same period, however written: a quarter and its three months as a span.
TEST(TableImport, RepeatedValuesCompareDaysNotSpellings)
{
    ObservationStore obs;
    auto add = [&](const QString &period) {
        Observation o;
        o.id = QStringLiteral("v%1").arg(obs.size());
        o.indicator = QStringLiteral("gdp");
        o.period = Period::parse(period);
        obs.append(o);
    };
    RepeatedValues repeated;
    QList<std::optional<int>> found;
    for (const QString &p : {QStringLiteral("2022-Q4"), QStringLiteral("2023-Q1"), QStringLiteral("2023-01/2023-03")}) {
        add(p);
        found << repeated.add(obs, obs.size() - 1);
    }
    EXPECT_EQ(found, (QList<std::optional<int>>{std::nullopt, std::nullopt, 1}));
}

// Importing a table whose rows are given back as they are imported (a large file's text goes as
// its values come) builds the same workspace as importing a table kept whole: the header, the
// source rows of every value, the notes below the table and the skipped rows all read right,
// across several releases (200,000 rows).
TEST(TableImport, ATableGivenBackAsItIsImportedGivesTheSameWorkspace)
{
    QByteArray csv = "Panel of cities\nregion,indicator,period,value,unit\n";
    for (int r = 0; r < 200000; ++r) {
        csv += QStringLiteral("城市%1,indicator %2,%3Q%4,%5,亿元\n").arg(r / 4000).arg(r / 100 % 40).arg(1999 + r % 100 / 4).arg(r % 4 + 1)
                   .arg(r % 7777 == 0 ? QStringLiteral("..") : QString::number(r * 1.25, 'f', 2)).toUtf8();
        if (r == 150000)
            csv += ",,,,\n"; // an empty row, skipped
    }
    csv += "注：数据来源于测试。\n";
    const DataFileResult file = readDataBytes(csv);
    ASSERT_TRUE(file.ok()) << file.error.toStdString();
    TableImportOptions options;
    options.fileName = QStringLiteral("panel.csv");
    const TableImportResult kept = importTable(file.table, options);
    ASSERT_TRUE(kept.ok()) << kept.error.toStdString();
    TextTable table = file.table;
    const TableImportResult consumed = importTable(std::move(table), options);
    ASSERT_TRUE(consumed.ok()) << consumed.error.toStdString();
    EXPECT_EQ(consumed.imported, 200000 - 26);
    EXPECT_EQ(consumed.missing, 26);
    EXPECT_TRUE(consumed.workspace == kept.workspace);
    ASSERT_EQ(consumed.skipped.size(), kept.skipped.size());
    bool emptyRow = false;
    for (qsizetype i = 0; i < kept.skipped.size(); ++i) {
        EXPECT_EQ(consumed.skipped[i].line, kept.skipped[i].line);
        EXPECT_EQ(consumed.skipped[i].reason, kept.skipped[i].reason);
        emptyRow = emptyRow || (kept.skipped[i].reason == QStringLiteral("empty row") && kept.skipped[i].line == 150004);
    }
    EXPECT_TRUE(emptyRow);
    const ObservationStore &obs = consumed.workspace.observations;
    const SourceRow last = obs.sourceRow(obs.sourceRowOf(obs.size() - 1));
    EXPECT_EQ(last.cells, (QStringList{QStringLiteral("城市49"), QStringLiteral("indicator 39"), QStringLiteral("2023Q4"), QStringLiteral("249998.75"), QStringLiteral("亿元")}));
    EXPECT_EQ(obs.sourceRow(last.header).cells.first(), QStringLiteral("region"));
    EXPECT_TRUE(consumed.workspace.sources.first().note.contains(QStringLiteral("注：数据来源于测试。")));
    EXPECT_TRUE(table.rows.at(100000).isEmpty()); // given back
}
