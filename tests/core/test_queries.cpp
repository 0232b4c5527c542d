// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace_fixture.h"
#include "query/workspace_queries.h"

#include <gtest/gtest.h>

using namespace cs;

TEST(Queries, SeriesIsInPeriodOrderWithOneValuePerPeriod)
{
    const Workspace ws = test::smallWorkspace();
    const QList<Observation> series = indicatorSeries(ws, QStringLiteral("share"));
    ASSERT_EQ(series.size(), 3);
    EXPECT_EQ(series[0].id, QStringLiteral("s-2022"));
    EXPECT_EQ(series[1].id, QStringLiteral("s-ytd")); // 2023 Q1–Q3 ends before 2023 does
    EXPECT_EQ(series[2].id, QStringLiteral("s-2023")); // the primary exact figure beats the secondary "> 40"
}

TEST(Queries, SeriesFiltersBySourceAndPeriodKind)
{
    const Workspace ws = test::smallWorkspace();
    SeriesFilter newsOnly;
    newsOnly.sources = {QStringLiteral("news")};
    const auto news = indicatorSeries(ws, QStringLiteral("share"), newsOnly);
    ASSERT_EQ(news.size(), 1);
    EXPECT_EQ(news[0].qualifier, Qualifier::MoreThan);
    SeriesFilter fullYears;
    fullYears.periodKinds = {PeriodKind::FullYear};
    const auto years = indicatorSeries(ws, QStringLiteral("share"), fullYears);
    ASSERT_EQ(years.size(), 2);
    for (const Observation &o : years)
        EXPECT_FALSE(o.period.isYearToDate());
}

TEST(Queries, BreakdownOfPartsIsSortedAndUsesOnlyTheExactPeriod)
{
    const Workspace ws = test::smallWorkspace();
    BreakdownQuery q;
    q.scope = BreakdownScope::Parts;
    q.total = QStringLiteral("total");
    q.period = Period::year(2023);
    const auto items = breakdown(ws, q, SortOrder::Ascending);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].indicator->id, QStringLiteral("part-b"));
    EXPECT_EQ(items[1].indicator->id, QStringLiteral("part-a"));
    q.period = Period::parse(QStringLiteral("2023-Q1/2023-Q3"));
    EXPECT_TRUE(breakdown(ws, q).isEmpty()); // no year-to-date parts: a full year never stands in
}

TEST(Queries, BreakdownAcrossClustersCategoriesAndAll)
{
    const Workspace ws = test::smallWorkspace();
    BreakdownQuery q;
    q.period = Period::year(2023);
    q.scope = BreakdownScope::Categories;
    EXPECT_EQ(breakdown(ws, q).size(), 2);
    q.scope = BreakdownScope::Clusters;
    q.period = Period::parse(QStringLiteral("2023-Q1/2023-Q3"));
    const auto clusters = breakdown(ws, q);
    ASSERT_EQ(clusters.size(), 1);
    EXPECT_EQ(clusters[0].indicator->id, QStringLiteral("growth-a"));
    q.scope = BreakdownScope::All;
    q.measure = Measure::Growth;
    EXPECT_EQ(breakdown(ws, q).size(), 1);
    q.measure = Measure::Share;
    ASSERT_EQ(breakdown(ws, q).size(), 1);
    EXPECT_EQ(breakdown(ws, q)[0].observation.value, 42.5);
}

TEST(Queries, SumOfPartsIsDerivedNamesItsInputsAndStatesTheGap)
{
    const Workspace ws = test::smallWorkspace();
    const auto sum = sumOfParts(ws, QStringLiteral("total"), Period::year(2023));
    ASSERT_TRUE(sum.has_value());
    EXPECT_TRUE(sum->sum.derived);
    EXPECT_DOUBLE_EQ(sum->sum.value, 100.25);
    EXPECT_EQ(sum->sum.inputs, QStringList({QStringLiteral("a-2023"), QStringLiteral("b-2023")}));
    ASSERT_TRUE(sum->gap.has_value());
    EXPECT_NEAR(*sum->gap, 0.25, 1e-9);
    EXPECT_NEAR(*sum->gapPercent, 0.25 / 100.5 * 100, 1e-9);
    EXPECT_TRUE(sum->missingParts.isEmpty());
}

TEST(Queries, SumOfPartsListsMissingPartsAndCarriesBounds)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(2, [&](Observation &o) { o.qualifier = Qualifier::MoreThan; });
    auto sum = sumOfParts(ws, QStringLiteral("total"), Period::year(2023));
    ASSERT_TRUE(sum.has_value());
    EXPECT_EQ(sum->sum.qualifier, Qualifier::MoreThan);
    ws.observations.removeAt(2);
    sum = sumOfParts(ws, QStringLiteral("total"), Period::year(2023));
    ASSERT_TRUE(sum.has_value());
    EXPECT_EQ(sum->missingParts, QStringList{QStringLiteral("part-b")});
    EXPECT_FALSE(sumOfParts(ws, QStringLiteral("share"), Period::year(2023)).has_value()); // no parts
}

TEST(Queries, ValueFromShareIsDerivedAndApproximate)
{
    const Workspace ws = test::smallWorkspace();
    Observation level = ws.observations[0]; // 100.5 in 2023
    const Observation &share = ws.observations[5]; // 41.9% in 2023
    const auto whole = valueFromShare(ws, level, share, QStringLiteral("gdp"));
    ASSERT_TRUE(whole.has_value());
    EXPECT_NEAR(whole->value, 100.5 / 0.419, 1e-9);
    EXPECT_TRUE(whole->derived);
    EXPECT_EQ(whole->qualifier, Qualifier::About);
    EXPECT_EQ(whole->indicator, QStringLiteral("gdp"));
    EXPECT_EQ(whole->inputs, QStringList({QStringLiteral("t-2023"), QStringLiteral("s-2023")}));
    // A lower-bound share gives an upper bound on the whole.
    EXPECT_EQ(valueFromShare(ws, level, ws.observations[6])->qualifier, Qualifier::LessThan);
    // Different periods are refused: a full-year level over a year-to-date share is meaningless.
    EXPECT_FALSE(valueFromShare(ws, level, ws.observations[4]).has_value());
}
