// SPDX-License-Identifier: GPL-3.0-or-later
// JSON-stat: 2.0 datasets and collections and 1.x bundles, read through readDataBytes and the
// table importer (the one read path of --import and the import dialog). Small files written here
// copy the genre's forms; the real downloads in ../shared/data/real-workbooks/jsonstat/ are checked
// cell by cell against values read from them with another JSON reader (Python's json module).
#include "import/data_file.h"
#include "import/jsonstat_reader.h"
#include "import/table_import.h"
#include "import_lookup.h"
#include "testutils.h"

#include <QDir>
#include <gtest/gtest.h>
#include <optional>

using namespace cs;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

using test::expectValue;
using test::Imported;
using test::valueAt;

Imported importJson(const QByteArray &bytes) { return test::importBytes(bytes, "data.json"); }

// A 2.0 dataset as Eurostat's API returns it: no roles, the index an object not in key order,
// values and status as sparse objects keyed by the flat index.
const char kEurostatLike[] = R"({"version": "2.0", "class": "dataset", "label": "GDP", "source": "ESTAT",
  "id": ["freq", "unit", "na_item", "geo", "time"], "size": [1, 2, 1, 2, 3],
  "dimension": {
    "freq": {"label": "Time frequency", "category": {"index": {"A": 0}, "label": {"A": "Annual"}}},
    "unit": {"label": "Unit of measure", "category": {"index": {"PC_GDP": 1, "CP_MEUR": 0},
             "label": {"CP_MEUR": "Current prices, million euro", "PC_GDP": "Percentage of GDP"}}},
    "na_item": {"label": "National accounts indicator", "category": {"index": {"B1GQ": 0}, "label": {"B1GQ": "GDP"}}},
    "geo": {"label": "Geopolitical entity", "category": {"index": {"DK": 0, "SE": 1}, "label": {"DK": "Denmark", "SE": "Sweden"}}},
    "time": {"label": "Time", "category": {"index": {"2021": 0, "2022": 1, "2023": 2}, "label": {"2021": "2021", "2022": "2022", "2023": "2023"}}}},
  "value": {"0": 342.5, "1": 376.8, "2": 386.0, "4": 550.1, "5": 541.2, "8": 100},
  "status": {"2": "p", "4": "b"}})";

} // namespace

TEST(JsonStat, ADatasetWithSparseValuesImportsWhatIsThereAndNoZeros)
{
    const Imported r = importJson(kEurostatLike);
    ASSERT_TRUE(r.file.ok()) << r.file.error.toStdString();
    EXPECT_EQ(r.file.format, u("json-stat"));
    EXPECT_EQ(r.file.sheet, u("GDP"));
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    EXPECT_EQ(r.import.imported, 6) << "absent keys are missing values, not rows of zeros";
    expectValue(r, "GDP, Current prices, million euro", "Denmark", "2021", 342.5);
    expectValue(r, "GDP, Current prices, million euro", "Denmark", "2023", 386.0, "flag: p");
    expectValue(r, "GDP, Current prices, million euro", "Sweden", "2022", 550.1, "flag: b");
    expectValue(r, "GDP, Current prices, million euro", "Sweden", "2023", 541.2);
    expectValue(r, "GDP, Percentage of GDP", "Denmark", "2023", 100);
    EXPECT_FALSE(valueAt(r, u("GDP, Current prices, million euro"), u("Sweden"), u("2021")));
    EXPECT_FALSE(valueAt(r, u("GDP, Percentage of GDP"), u("Denmark"), u("2021")));
    // A status is the value's flag, kept as a note.
    EXPECT_EQ(valueAt(r, u("GDP, Current prices, million euro"), u("Denmark"), u("2023"))->note.toStdString(), "flag: p");
    EXPECT_EQ(valueAt(r, u("GDP, Current prices, million euro"), u("Sweden"), u("2022"))->note.toStdString(), "flag: b");
    EXPECT_TRUE(valueAt(r, u("GDP, Current prices, million euro"), u("Denmark"), u("2022"))->note.isEmpty());
    // One indicator per measure and unit, across the subjects (a panel).
    EXPECT_EQ(r.import.workspace.indicators.size(), 2);
    EXPECT_EQ(r.import.workspace.subjects.size(), 2);
}

// The 1.x bundle form, with roles inside "dimension", the index as an array, values as an array
// with nulls, one status for every value, half years and quarters of a year listed as its
// children; and the geography found by its name ("country") without a role.
TEST(JsonStat, ABundleOfVersion1WithHalfYearsAndChildren)
{
    const char bundle[] = R"({"labour": {"label": "Labour force",
      "dimension": {"id": ["country", "period", "concept"], "size": [1, 4, 1],
        "role": {"time": ["period"], "metric": ["concept"]},
        "country": {"category": {"index": ["IE"], "label": {"IE": "Ireland"}}},
        "period": {"category": {"index": ["2023S1", "2023S2", "2024H1", "2024H2"]}},
        "concept": {"category": {"index": ["EMP"], "label": {"EMP": "Employed persons"},
                    "unit": {"EMP": {"label": "thousand persons", "decimals": 1}}}}},
      "value": [2650.5, 2671.2, null, 2702.9], "status": "e"},
     "quarters": {"label": "Quarterly",
      "dimension": {"id": ["time", "measure"], "size": [5, 1], "role": {"time": ["time"]},
        "time": {"category": {"index": ["2005", "2005 - 1", "2005 - 2", "2005 - 3", "2005 - 4"],
                 "child": {"2005": ["2005 - 1", "2005 - 2", "2005 - 3", "2005 - 4"]}}},
        "measure": {"category": {"index": ["Active"]}}},
      "value": [null, 10, 11, 12, 13]}})";
    const Imported r = importJson(bundle);
    ASSERT_TRUE(r.file.ok()) << r.file.error.toStdString();
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    EXPECT_EQ(r.import.imported, 7);
    EXPECT_EQ(r.import.missing, 2) << "nulls are missing values";
    expectValue(r, "Employed persons", "Ireland", "2023-Q1/2023-Q2", 2650.5, "flag: e");
    expectValue(r, "Employed persons", "Ireland", "2024-Q3/2024-Q4", 2702.9, "flag: e");
    const std::optional<Observation> h2 = valueAt(r, u("Employed persons"), u("Ireland"), u("2023-Q3/2023-Q4"));
    ASSERT_TRUE(h2);
    EXPECT_DOUBLE_EQ(h2->value, 2671.2);
    EXPECT_EQ(h2->period.kind(), PeriodKind::Span) << "the second half year is not year-to-date";
    EXPECT_EQ(h2->note.toStdString(), "flag: e");
    EXPECT_FALSE(valueAt(r, u("Employed persons"), u("Ireland"), u("2024-Q1/2024-Q2")));
    expectValue(r, "Active", "", "2005-Q1", 10); // its one dimension of one category names it
    expectValue(r, "Active", "", "2005-Q4", 13);
    const Indicator *employed = r.import.workspace.indicator(importedId(u("Employed persons")));
    ASSERT_TRUE(employed);
}

// A 2.0 collection embedding its datasets reads them all; periods are found by content when no
// dimension has the role (SCB-style 2026M01 months; 2023-W31 weeks).
TEST(JsonStat, ACollectionAndTimeFoundByItsCategories)
{
    const char collection[] = R"({"version": "2.0", "class": "collection", "label": "Two",
      "link": {"item": [
        {"class": "dataset", "label": "Monthly", "id": ["Tid", "Region"], "size": [2, 1],
         "dimension": {"Tid": {"label": "månad", "category": {"index": ["2026M01", "2026M02"]}},
                       "Region": {"label": "region", "category": {"index": ["01"], "label": {"01": "Stockholms län"}}}},
         "value": [245284, 247245]},
        {"class": "dataset", "label": "Weekly", "id": ["week"], "size": [1],
         "dimension": {"week": {"category": {"index": ["2023-W31"]}}}, "value": [7]}]}})";
    const Imported r = importJson(collection);
    ASSERT_TRUE(r.file.ok()) << r.file.error.toStdString();
    ASSERT_TRUE(r.import.ok()) << r.import.error.toStdString();
    EXPECT_EQ(r.import.imported, 3);
    expectValue(r, "Monthly", "Stockholms län", "2026-02", 247245);
    expectValue(r, "Weekly", "", "2023-W31", 7);
}

TEST(JsonStat, WhatIsNotADatasetIsRefusedWithOneLine)
{
    const std::pair<const char *, const char *> cases[] = {
        {R"({"version": "2.0", "class": "collection", "link": {"item": [{"class": "dataset", "href": "https://x/y"}]}})",
         "only links"},
        {R"({"version": "2.0", "class": "dimension", "category": {"index": ["a"]}})", "not a dataset"},
        {R"({"class": "dataset", "id": ["time"], "size": [3], "dimension": {"time": {"category": {"index": ["2021", "2022", "2023"]}}},
            "value": [1, 2]})", "has 2 values, but its dimensions make 3"},
        {R"({"class": "dataset", "id": ["a"], "size": [2], "dimension": {"a": {"category": {"index": ["x", "y"]}}}, "value": [1, 2]})",
         "no dimension holds periods"},
        {R"({"class": "dataset", "id": ["time"], "size": [2], "dimension": {"time": {"category": {"index": ["2021"]}}}, "value": [1, 2]})",
         "has 1 categories, but its size is 2"},
        {R"({"class": "dataset", "id": ["time"], "size": [1], "dimension": {"time": {"category": {"index": ["2021"]}}}, "value": {"5": 1}})",
         "not a position"},
        {R"({"format": "clusterscope-workspace", "version": 2})", "open it instead"},
        {R"({"name": "something else"})", "not JSON-stat"},
        {R"({"class": "dataset", )", "not valid JSON"},
    };
    for (const auto &[json, expected] : cases) {
        SCOPED_TRACE(json);
        const DataFileResult r = readDataBytes(QByteArray(json));
        EXPECT_FALSE(r.ok());
        EXPECT_TRUE(r.error.contains(u(expected))) << r.error.toStdString();
        EXPECT_FALSE(r.error.contains(QLatin1Char('\n')));
    }
}

// The real downloads: every value count, and values at cells read from the files with Python.
TEST(JsonStat, RealDownloadsImportCellByCell)
{
    const QString dir = test::sharedDir() + u("/data/real-workbooks/jsonstat");
    if (!QDir(dir).exists())
        GTEST_SKIP() << "../shared is absent";
    {
        const Imported r = importJson(test::readFile(dir + u("/eurostat/nama_10_gdp.json")));
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.import.imported, 64);
        expectValue(r, "Gross domestic product at market prices, Chain linked volumes, index 2020=100", "Denmark", "2023", 111.757);
        expectValue(r, "Value added, gross, Chain linked volumes, index 2020=100", "Denmark", "2023", 113.094);
        expectValue(r, "Value added, gross, Price index (implicit deflator), percentage change on previous period, national currency",
                    "Denmark", "2023", -3.7);
        const auto flagged = valueAt(r, u("Gross domestic product at market prices, Contribution to GDP growth, percentage point "
                                          "change on previous period"), u("Denmark"), u("2023"));
        ASSERT_TRUE(flagged);
        EXPECT_DOUBLE_EQ(flagged->value, 2.5);
        EXPECT_EQ(flagged->note.toStdString(), "flag: d");
    }
    {
        const Imported r = importJson(test::readFile(dir + u("/icane-cantabria/cantabria.json")));
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.import.imported + r.import.missing, 5400);
        EXPECT_EQ(r.import.imported, 4205);
        expectValue(r, "Población, Ambos sexos, Total", "", "2005-Q1", 477.8);
        expectValue(r, "Activos, Ambos sexos, Total", "", "2005-Q1", 258.2);
        expectValue(r, "Inactivos, Mujeres, De 55 y más años", "", "2016-Q4", 87.0);
        expectValue(r, "Ocupados, Ambos sexos, De 25 a 54 años", "", "2009-Q2", 205.7);
    }
    {
        const Imported r = importJson(test::readFile(dir + u("/scb-sweden/TAB6471_data.json")));
        ASSERT_TRUE(r.import.ok()) << r.file.error.toStdString() << r.import.error.toStdString();
        EXPECT_EQ(r.import.imported, 2772);
        EXPECT_EQ(r.import.workspace.subjects.size(), 21);
        expectValue(r, "Folkmängden per månad, 0-9 år, totalt, samtliga män och kvinnor", "Stockholms län", "2026-01", 245284);
        expectValue(r, "Folkmängden per månad, 0-9 år, totalt, samtliga män och kvinnor", "Stockholms län", "2026-02", 247245);
        expectValue(r, "Folkmängden per månad, 100+ år, kvinnor", "Norrbottens län", "2026-04", 54);
        expectValue(r, "Folkmängden per månad, 60-69 år, män", "Gotlands län", "2026-01", 4055);
    }
}
