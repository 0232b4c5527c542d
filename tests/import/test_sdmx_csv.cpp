// SPDX-License-Identifier: GPL-3.0-or-later
// SDMX-CSV 1.0 and 2.0 through readDataBytes and the table importer: small files written here in
// the forms of the Eurostat, OECD, ECB and IMF APIs, and the real Eurostat downloads in
// ../shared/data/real-workbooks/sdmx-csv/ checked at cells read from them with Python's csv module.
#include "import/sdmx_csv.h"
#include "import_lookup.h"
#include "testutils.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace cs;
using test::expectValue;
using test::Imported;
using test::valueAt;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

Imported importCsv(const QByteArray &bytes) { return test::importBytes(bytes, "data.csv"); }

} // namespace

// SDMX-CSV 1.0 with codes (an ECB/IMF-style series): REF_AREA is the subject, the varying
// dimension names the indicator, UNIT_MULT goes to the unit and not the value, OBS_STATUS is the
// flag, and semesters, quarters, months and weeks are periods.
TEST(SdmxCsv, Version1WithCodesUnitMultiplierAndEveryPeriodForm)
{
    const QByteArray csv = "DATAFLOW,FREQ,REF_AREA,INDICATOR,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT\n"
                           "IMF:IFS(1.0),S,DE,NGDP,EUR,2023-S1,1989.5,A,6\n"
                           "IMF:IFS(1.0),S,DE,NGDP,EUR,2023-S2,2050.25,E,6\n"
                           "IMF:IFS(1.0),Q,DE,NGDP,EUR,2023-Q3,1010,,6\n"
                           "IMF:IFS(1.0),M,FR,CPI,IX,2023-07,117.2,,0\n"
                           "IMF:IFS(1.0),W,FR,CPI,IX,2023-W31,117.9,P,0\n"
                           "IMF:IFS(1.0),A,FR,CPI,IX,2023,,,0\n";
    const Imported r = importCsv(csv);
    ASSERT_TRUE(r.file.ok()) << r.file.error.toStdString();
    EXPECT_EQ(r.file.format, u("sdmx-csv"));
    EXPECT_EQ(r.file.sheet, u("IMF:IFS(1.0)"));
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    EXPECT_EQ(r.import.imported, 5);
    EXPECT_EQ(r.import.missing, 1);
    // The unit varies, so it is part of the name.
    expectValue(r, "NGDP, EUR", "DE", "2023-Q1/2023-Q2", 1989.5);
    EXPECT_TRUE(valueAt(r, u("NGDP, EUR"), u("DE"), u("2023-Q1/2023-Q2"))->note.isEmpty()) << "status A is a normal value, no flag";
    expectValue(r, "NGDP, EUR", "DE", "2023-Q3/2023-Q4", 2050.25, "flag: e");
    EXPECT_EQ(valueAt(r, u("NGDP, EUR"), u("DE"), u("2023-Q3/2023-Q4"))->period.kind(), PeriodKind::Span)
        << "the second half year is not year-to-date";
    expectValue(r, "NGDP, EUR", "DE", "2023-Q3", 1010);
    expectValue(r, "CPI, IX", "FR", "2023-07", 117.2);
    expectValue(r, "CPI, IX", "FR", "2023-W31", 117.9, "flag: p");
    const Indicator *gdp = r.import.workspace.indicator(importedId(u("NGDP, EUR")));
    ASSERT_TRUE(gdp);
    EXPECT_TRUE(gdp->unit.endsWith(u("million EUR"))) << gdp->unit.toStdString() << ": UNIT_MULT scales the unit, not the value";
    // Every imported value keeps its line of the file.
    const Observation second = *valueAt(r, u("NGDP, EUR"), u("DE"), u("2023-Q3/2023-Q4"));
    ASSERT_GE(second.row, 0);
    EXPECT_EQ(r.import.workspace.observations.sourceRow(second.row).line, 3);
}

// SDMX-CSV 2.0 with a label column after every column (labels=name), and "CODE: Label" cells
// (labels=both): names and subjects come from the labels; a counterpart area is part of the
// name, not the subject; a confidential cell without a value is missing.
TEST(SdmxCsv, Version2WithLabelColumnsAndCodeLabelCells)
{
    const QByteArray paired =
        "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,freq,Time frequency,geo,Geopolitical entity (reporting),partner,Partner,"
        "TIME_PERIOD,Time,OBS_VALUE,Observation value,OBS_FLAG,Observation status,CONF_STATUS,Confidentiality status\r\n"
        "dataflow,ESTAT:EXP(1.0),Exports by partner,I,A,Annual,AT,Austria,CN,China,2022,,12.5,,b,break in time series,,\r\n"
        "dataflow,ESTAT:EXP(1.0),Exports by partner,I,A,Annual,AT,Austria,US,United States,2022,,30.1,,,,,\r\n"
        "dataflow,ESTAT:EXP(1.0),Exports by partner,I,A,Annual,BE,Belgium,CN,China,2022,,,,,,C,Confidential\r\n";
    const Imported r = importCsv(paired);
    ASSERT_TRUE(r.file.ok()) << r.file.error.toStdString();
    EXPECT_EQ(r.file.sheet, u("Exports by partner"));
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    EXPECT_EQ(r.import.imported, 2);
    EXPECT_EQ(r.import.missing, 1);
    expectValue(r, "China", "Austria", "2022", 12.5, "flag: b");
    expectValue(r, "United States", "Austria", "2022", 30.1);

    const QByteArray both = "DATAFLOW,FREQ: Frequency,REF_AREA: Reference area,MEASURE: Measure,TIME_PERIOD: Time,OBS_VALUE\n"
                            "OECD:DF(1.0),A: Annual,JPN: Japan,GDP: Gross domestic product,2021,4.9\n"
                            "OECD:DF(1.0),A: Annual,JPN: Japan,EMP: Employment,2021,67.1\n";
    // Headers "CODE: Label" are not SDMX-CSV's (TIME_PERIOD must be a column name): this one is
    // read as a plain table, and the cells' labels are still what the indicator is named by.
    const Imported plain = importCsv(both);
    EXPECT_NE(plain.file.format, u("sdmx-csv"));
    const QByteArray cells = "DATAFLOW,FREQ,REF_AREA,MEASURE,TIME_PERIOD,OBS_VALUE\n"
                             "OECD:DF(1.0),A: Annual,JPN: Japan,GDP: Gross domestic product,2021,4.9\n"
                             "OECD:DF(1.0),A: Annual,JPN: Japan,EMP: Employment,2021,67.1\n";
    const Imported labelled = importCsv(cells);
    ASSERT_TRUE(labelled.import.ok()) << labelled.file.error.toStdString() << labelled.import.error.toStdString();
    expectValue(labelled, "Gross domestic product", "Japan", "2021", 4.9);
    expectValue(labelled, "Employment", "Japan", "2021", 67.1);
}

// Eurostat's three downloads (SDMX-CSV 1.0 with labels, 2.0 with label columns): every row, and
// values at cells read with Python's csv module.
TEST(SdmxCsv, RealEurostatDownloadsImportCellByCell)
{
    const QString dir = test::sharedDir() + u("/data/real-workbooks/sdmx-csv/eurostat");
    if (!QDir(dir).exists())
        GTEST_SKIP() << "../shared is absent";
    {
        const Imported r = importCsv(test::readFile(dir + u("/une_rt_a$defaultview_linear_2_0.csv")));
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.import.imported, 1068);
        EXPECT_EQ(r.import.workspace.indicators.size(), 3);
        const char *rate = "Unemployment by sex and age - annual data, From 15 to 74 years, Percentage of population in the labour force";
        expectValue(r, rate, "Austria", "2015", 6.1);
        expectValue(r, rate, "Belgium", "2017", 7.2, "flag: b");
        expectValue(r, "Unemployment by sex and age - annual data, From 15 to 74 years, Thousand persons", "Germany", "2020", 1512,
                    "flag: b");
    }
    {
        const Imported r = importCsv(test::readFile(dir + u("/prc_hpi_a$defaultview_linear.csv")));
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.import.imported, 3180);
        EXPECT_EQ(r.import.workspace.indicators.size(), 9);
        expectValue(r, "Purchases of existing dwellings, Annual average index, 2010=100", "Austria", "2016", 136.27);
        expectValue(r, "Purchases of existing dwellings, Annual average index, 2010=100", "Austria", "2025", 214.16, "flag: p");
        expectValue(r, "Total, Annual average rate of change", "Germany", "2025", 3.2, "flag: p");
    }
    {
        const Imported r = importCsv(test::readFile(dir + u("/estat_tec00107_filtered_en.csv")));
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.import.imported + r.import.missing, 350);
        EXPECT_EQ(r.import.missing, 15) << "confidential cells are missing, never zero";
        EXPECT_EQ(r.import.workspace.indicators.size(), 1);
        const QString name = r.import.workspace.indicators.first().name.en;
        EXPECT_TRUE(name.startsWith(u("Market integration - foreign direct investment intensity"))) << name.toStdString();
        expectValue(r, name.toUtf8().constData(), "Germany", "2019", 2.6);
        EXPECT_FALSE(valueAt(r, name, u("Albania"), u("2022")));
        EXPECT_EQ(r.import.workspace.subjects.size(), 38);
    }
}
