// SPDX-License-Identifier: GPL-3.0-or-later
// The chart model decides everything a chart shows: the default charts of the embedded
// workspace carry the right series, points, labels and honesty marks in both languages.
#include "chart/chart_model.h"
#include "default_workspace.h"
#include "testutils.h"
#include "persist/workspace_json.h"

#include <gtest/gtest.h>

using namespace cs;

namespace {

const Workspace &embedded()
{
    static const LoadResult r = readWorkspace(defaultWorkspaceJson());
    return r.workspace;
}

ChartModel model(const char *chartId, Lang lang, const ChartOptions &options = {})
{
    const ChartSpec *spec = embedded().chart(QString::fromUtf8(chartId));
    EXPECT_NE(spec, nullptr) << chartId;
    return spec ? buildChartModel(embedded(), *spec, lang, options) : ChartModel{};
}

QString u(const char *s) { return QString::fromUtf8(s); }

QStringList labels(const ChartSeries &s)
{
    QStringList out;
    for (const ChartPoint &p : s.points)
        out << p.valueLabel;
    return out;
}

const ChartSeries *visibleSeries(const ChartModel &m, SeriesStyle style)
{
    for (const ChartSeries &s : m.series) {
        if (s.visible && s.style == style)
            return &s;
    }
    return nullptr;
}

Observation observation(const char *id)
{
    const std::optional<Observation> o = embedded().observation(u(id));
    EXPECT_TRUE(o) << id;
    return o ? *o : Observation();
}

} // namespace

TEST(ChartModel, EmbeddedWorkspaceLoads)
{
    const LoadResult r = readWorkspace(defaultWorkspaceJson());
    ASSERT_TRUE(r.isUsable());
    EXPECT_EQ(r.workspace.charts.size(), 5);
}

// ---- sei-gdp-share ---------------------------------------------------------------------------

TEST(ChartModel, SeiGdpShareHasChineseAndEnglishTitles)
{
    EXPECT_EQ(model("sei-gdp-share", Lang::Zh).title, u("战略性新兴产业增加值占GDP比重"));
    EXPECT_EQ(model("sei-gdp-share", Lang::En).title, u("Strategic emerging industries: share of GDP"));
}

TEST(ChartModel, SeiGdpShareCategoriesAre2019And2022And2023Q1Q3)
{
    EXPECT_EQ(model("sei-gdp-share", Lang::Zh).categories, QStringList({u("2019年"), u("2022年"), u("2023年前三季度")}));
    EXPECT_EQ(model("sei-gdp-share", Lang::En).categories, QStringList({u("2019"), u("2022"), u("2023 Q1–Q3")}));
}

TEST(ChartModel, SeiGdpShareBarsAreLabelled377And411And425)
{
    const ChartModel m = model("sei-gdp-share", Lang::Zh);
    const ChartSeries *bars = visibleSeries(m, SeriesStyle::Bars);
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->points.size(), 3);
    EXPECT_EQ(labels(*bars), QStringList({u("37.7"), u("41.1"), u("42.5")}));
    EXPECT_EQ(m.visiblePoints().size(), 3);
}

TEST(ChartModel, SeiGdpShareMarksOnlyTheThirdBarAsYearToDate)
{
    const ChartModel m = model("sei-gdp-share", Lang::Zh);
    const ChartSeries *bars = visibleSeries(m, SeriesStyle::Bars);
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->points.size(), 3);
    EXPECT_FALSE(bars->points[0].yearToDate);
    EXPECT_FALSE(bars->points[1].yearToDate);
    EXPECT_TRUE(bars->points[2].yearToDate);
    EXPECT_EQ(bars->points[2].category, 2);
}

TEST(ChartModel, SeiGdpShareFullYearSeriesIsHiddenByDefault)
{
    const ChartModel m = model("sei-gdp-share", Lang::Zh);
    ASSERT_EQ(m.series.size(), 2);
    EXPECT_TRUE(m.series[0].visible);
    EXPECT_FALSE(m.series[1].visible);
}

TEST(ChartModel, SeiGdpShareFullYearSeriesCanBeSwitchedOnAndAdds2018And2023)
{
    const QString key = model("sei-gdp-share", Lang::En).series.value(1).key;
    ASSERT_FALSE(key.isEmpty());
    ChartOptions options;
    options.shownSeries.insert(key);
    const ChartModel en = model("sei-gdp-share", Lang::En, options);
    ASSERT_EQ(en.series.size(), 2);
    EXPECT_TRUE(en.series[1].visible);
    EXPECT_FALSE(en.series[1].points.isEmpty());
    EXPECT_EQ(en.categories, QStringList({u("2018"), u("2019"), u("2022"), u("2023 Q1–Q3"), u("2023")}));
    const ChartModel zh = model("sei-gdp-share", Lang::Zh, options);
    EXPECT_EQ(zh.categories.size(), 5);
    EXPECT_TRUE(zh.categories.contains(u("2018年")));
    EXPECT_TRUE(zh.categories.contains(u("2023年")));
}

TEST(ChartModel, SeiGdpShareSourceLineNamesXinhua)
{
    EXPECT_TRUE(model("sei-gdp-share", Lang::Zh).sourceLine.startsWith(u("来源：新华社")))
        << model("sei-gdp-share", Lang::Zh).sourceLine.toStdString();
    EXPECT_TRUE(model("sei-gdp-share", Lang::En).sourceLine.startsWith(u("Source: Xinhua")))
        << model("sei-gdp-share", Lang::En).sourceLine.toStdString();
}

TEST(ChartModel, NoSeriesJoinsAFullYearPointToAYearToDatePoint)
{
    for (const ChartSpec &spec : embedded().charts) {
        for (Lang lang : {Lang::Zh, Lang::En}) {
            // With every series switched on, so the hidden full-year series is checked too.
            ChartOptions options;
            for (const ChartSeries &s : buildChartModel(embedded(), spec, lang).series)
                options.shownSeries.insert(s.key);
            const ChartModel m = buildChartModel(embedded(), spec, lang, options);
            for (const ChartSeries &s : m.series) {
                for (const ChartPoint &a : s.points) {
                    for (const ChartPoint &b : s.points) {
                        if (a.yearToDate != b.yearToDate) {
                            EXPECT_NE(a.joinGroup, b.joinGroup)
                                << spec.id.toStdString() << " series " << s.key.toStdString() << ": "
                                << a.observationId.toStdString() << " and " << b.observationId.toStdString();
                        }
                    }
                }
            }
        }
    }
}

// ---- sei-added-value -------------------------------------------------------------------------

TEST(ChartModel, SeiAddedValueDrawsBarsOnTheLeftAndGrowthLineOnTheRight)
{
    const ChartModel m = model("sei-added-value", Lang::Zh);
    ASSERT_EQ(m.series.size(), 2);
    EXPECT_EQ(m.series[0].style, SeriesStyle::Bars);
    EXPECT_EQ(m.series[0].axis, Axis::Left);
    EXPECT_EQ(m.series[1].style, SeriesStyle::Line);
    EXPECT_EQ(m.series[1].axis, Axis::Right);
    EXPECT_TRUE(m.series[0].visible);
    EXPECT_TRUE(m.series[1].visible);
    EXPECT_EQ(m.rightAxisLabel, u("%"));
    EXPECT_FALSE(m.valueAxisLabel.isEmpty());
}

TEST(ChartModel, SeiAddedValueMarksApproximateAndLowerBoundValues)
{
    const ChartModel m = model("sei-added-value", Lang::Zh);
    ASSERT_FALSE(m.series.isEmpty());
    const QStringList bars = labels(m.series[0]);
    EXPECT_TRUE(bars.contains(u("≈9150"))) << bars.join(u(" | ")).toStdString();
    EXPECT_TRUE(bars.contains(u("13000+"))) << bars.join(u(" | ")).toStdString();
    bool lowerBound2022 = false;
    for (const ChartPoint &p : m.series[0].points) {
        if (p.valueLabel == u("13000+")) {
            EXPECT_EQ(m.categories.value(p.category), u("2022年"));
            EXPECT_EQ(p.sourceId, u("shenzhen-daily-2023-01-30"));
            EXPECT_TRUE(isLowerBound(p.qualifier));
            lowerBound2022 = true;
        }
    }
    EXPECT_TRUE(lowerBound2022);
}

TEST(ChartModel, SeiAddedValueSourceLineShowsSecondarySourcesAsSuch)
{
    const QString zh = model("sei-added-value", Lang::Zh).sourceLine;
    const QString en = model("sei-added-value", Lang::En).sourceLine;
    EXPECT_TRUE(zh.contains(u("二手来源"))) << zh.toStdString();
    EXPECT_TRUE(en.contains(u("secondary"), Qt::CaseInsensitive)) << en.toStdString();
}

TEST(ChartModel, SeiAddedValueNotesExplainYearToDateAndLowerBoundMarks)
{
    const QString zh = model("sei-added-value", Lang::Zh).notes.join(u("\n"));
    const QString en = model("sei-added-value", Lang::En).notes.join(u("\n"));
    EXPECT_TRUE(zh.contains(u("年初至今"))) << zh.toStdString();
    EXPECT_TRUE(zh.contains(u("下限"))) << zh.toStdString();
    EXPECT_TRUE(en.contains(u("year-to-date"), Qt::CaseInsensitive)) << en.toStdString();
    EXPECT_TRUE(en.contains(u("lower bound"), Qt::CaseInsensitive)) << en.toStdString();
}

// ---- growth-2023q1q3 -------------------------------------------------------------------------

TEST(ChartModel, GrowthComparisonIsHorizontalAndSortedDescending)
{
    const ChartModel m = model("growth-2023q1q3", Lang::En);
    EXPECT_TRUE(m.horizontal);
    ASSERT_EQ(m.categories.size(), 7);
    QList<double> byCategory(7, -1);
    for (const ChartSeries &s : m.series) {
        for (const ChartPoint &p : s.points) {
            ASSERT_GE(p.category, 0);
            ASSERT_LT(p.category, 7);
            byCategory[p.category] = p.value;
        }
    }
    EXPECT_EQ(byCategory, QList<double>({125.8, 75.9, 73.7, 9.4, 8.3, 5.4, 2.4}));
}

TEST(ChartModel, GrowthComparisonDrawsGdpAndSeiAsReferenceLines)
{
    const ChartModel m = model("growth-2023q1q3", Lang::En);
    ASSERT_EQ(m.references.size(), 2);
    QList<double> values;
    for (const ReferenceLine &r : m.references)
        values << r.value;
    std::sort(values.begin(), values.end());
    EXPECT_EQ(values, QList<double>({5.4, 8.3}));
    QString text;
    for (const ReferenceLine &r : m.references)
        text += r.label + u("\n");
    EXPECT_TRUE(text.contains(u("GDP"))) << text.toStdString();
}

TEST(ChartModel, GrowthComparisonReferencePointsAreInAnEmphasisedSeries)
{
    const ChartModel m = model("growth-2023q1q3", Lang::Zh);
    QList<double> emphasised, plain;
    for (const ChartSeries &s : m.series) {
        for (const ChartPoint &p : s.points)
            (s.emphasised ? emphasised : plain) << p.value;
    }
    std::sort(emphasised.begin(), emphasised.end());
    EXPECT_EQ(emphasised, QList<double>({5.4, 8.3}));
    EXPECT_EQ(plain.size(), 5);
}

// ---- sei-categories-2023 ---------------------------------------------------------------------

TEST(ChartModel, SeiCategoriesShowsSevenCategoriesLargestFirst)
{
    const ChartModel m = model("sei-categories-2023", Lang::Zh);
    EXPECT_TRUE(m.horizontal);
    ASSERT_EQ(m.categories.size(), 7);
    EXPECT_EQ(m.categories.first(), u("新一代电子信息"));
}

TEST(ChartModel, SeiCategoriesStatesTheGapToThePublishedTotal)
{
    for (Lang lang : {Lang::Zh, Lang::En}) {
        const QString notes = model("sei-categories-2023", lang).notes.join(u("\n"));
        EXPECT_TRUE(notes.contains(u("30.76"))) << notes.toStdString();
    }
}

TEST(ChartModel, SeiCategoriesShareViewStacksPartsAndGapTo100Percent)
{
    ChartOptions options;
    options.shareView = true;
    const ChartModel m = model("sei-categories-2023", Lang::Zh, options);
    EXPECT_TRUE(m.shareView);
    ASSERT_EQ(m.series.size(), 8);
    double sum = 0;
    for (const ChartSeries &s : m.series) {
        ASSERT_EQ(s.points.size(), 1) << s.key.toStdString();
        sum += s.points.first().value;
    }
    EXPECT_NEAR(sum, 100.0, 1e-6);
}

// ---- clusters-20-8 ---------------------------------------------------------------------------

TEST(ChartModel, TaxonomyOverviewHasSevenCategoriesAndTheFutureIndustries)
{
    const ChartModel m = model("clusters-20-8", Lang::Zh);
    ASSERT_EQ(m.taxonomy.size(), 8);
    int clusters = 0;
    for (int g = 0; g < 7; ++g) {
        EXPECT_FALSE(m.taxonomy[g].future);
        clusters += int(m.taxonomy[g].cells.size());
    }
    EXPECT_EQ(clusters, 20);
    EXPECT_TRUE(m.taxonomy[7].future);
    EXPECT_EQ(m.taxonomy[7].cells.size(), 8);
}

TEST(ChartModel, TaxonomyOverviewMarksExactlyTheClustersWithData)
{
    QStringList withData;
    for (const TaxonomyGroup &g : model("clusters-20-8", Lang::En).taxonomy) {
        for (const TaxonomyCell &c : g.cells) {
            if (c.hasData)
                withData << c.nodeId;
        }
    }
    withData.sort();
    EXPECT_EQ(withData, QStringList({u("high-end-medical-devices"), u("intelligent-connected-vehicles"),
                                     u("intelligent-robots"), u("synthetic-biology")}));
}

// ---- tooltips --------------------------------------------------------------------------------

TEST(ChartModel, TooltipOfALowerBoundSaysMoreThan)
{
    const Observation &o = observation("obs-listed-companies-2023-11-xinhua");
    ASSERT_TRUE(isLowerBound(o.qualifier));
    const QString zh = observationTooltip(embedded(), o, Lang::Zh);
    const QString en = observationTooltip(embedded(), o, Lang::En);
    EXPECT_TRUE(zh.contains(u("超过"))) << zh.toStdString();
    EXPECT_TRUE(zh.contains(u("500"))) << zh.toStdString();
    EXPECT_TRUE(en.contains(u("more than"))) << en.toStdString();
    EXPECT_TRUE(en.contains(u("500"))) << en.toStdString();
}

TEST(ChartModel, TooltipOfAYearToDateValueSaysSo)
{
    const Observation &o = observation("obs-sei-gdp-share-2023-q1-2023-q3-xinhua");
    ASSERT_TRUE(o.period.isYearToDate());
    const QString zh = observationTooltip(embedded(), o, Lang::Zh);
    const QString en = observationTooltip(embedded(), o, Lang::En);
    EXPECT_TRUE(zh.contains(u("年初至今"))) << zh.toStdString();
    EXPECT_TRUE(zh.contains(u("前三季度"))) << zh.toStdString();
    EXPECT_TRUE(en.contains(u("year to date"))) << en.toStdString();
    EXPECT_TRUE(en.contains(u("Q1–Q3"))) << en.toStdString();
}

TEST(ChartModel, ChartPointsCarryTheObservationTooltip)
{
    const ChartModel m = model("sei-gdp-share", Lang::Zh);
    ASSERT_FALSE(m.series.isEmpty());
    ASSERT_EQ(m.series[0].points.size(), 3);
    EXPECT_TRUE(m.series[0].points[2].tooltip.contains(u("年初至今"))) << m.series[0].points[2].tooltip.toStdString();
}

// ---- browser charts --------------------------------------------------------------------------

TEST(ChartModel, ClusterWithDataGetsABreakdownSpec)
{
    const std::optional<ChartSpec> spec = taxonomyNodeChartSpec(embedded(), u("high-end-medical-devices"));
    ASSERT_TRUE(spec.has_value());
    const ChartModel m = buildChartModel(embedded(), *spec, Lang::Zh);
    EXPECT_FALSE(m.isEmpty()) << m.emptyMessage.toStdString();
    EXPECT_FALSE(m.visiblePoints().isEmpty());
}

TEST(ChartModel, ClusterWithoutDataGetsNoSpec)
{
    EXPECT_FALSE(taxonomyNodeChartSpec(embedded(), u("blockchain")).has_value());
}

// ---- A subject's figures side by side -------------------------------------------------------

TEST(SubjectChart, ASubjectsLargestComparableGroupSharesMeasureUnitAndPeriod)
{
    const std::optional<ChartSpec> spec = subjectChartSpec(embedded(), u("shenzhen"));
    ASSERT_TRUE(spec);
    ASSERT_GE(spec->query.indicators.size(), 2);
    const Indicator *first = embedded().indicator(spec->query.indicators.first());
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(spec->kind, first->measure == Measure::Growth ? ChartKind::GrowthComparison : ChartKind::Breakdown);
    for (const QString &id : spec->query.indicators) {
        const Indicator *ind = embedded().indicator(id);
        ASSERT_NE(ind, nullptr);
        EXPECT_EQ(ind->subject, u("shenzhen"));
        EXPECT_EQ(ind->measure, first->measure);
        EXPECT_EQ(ind->unit, first->unit);
        bool hasValue = false;
        for (int row : embedded().observationsOf(id))
            hasValue = hasValue || embedded().observations.period(row) == spec->query.period;
        EXPECT_TRUE(hasValue) << id.toStdString();
    }
    // No other measure, unit and period of Shenzhen has more indicators with a value.
    QHash<QString, QSet<QString>> groups;
    for (const Indicator &ind : embedded().indicators) {
        if (ind.subject != u("shenzhen"))
            continue;
        for (int row : embedded().observationsOf(ind.id))
            if (const Period &p = embedded().observations.period(row); p.isValid())
                groups[measureId(ind.measure) + ind.unit + p.toString()].insert(ind.id);
    }
    for (const QSet<QString> &g : std::as_const(groups))
        EXPECT_LE(g.size(), spec->query.indicators.size());
    const ChartModel m = buildChartModel(embedded(), *spec, Lang::Zh);
    EXPECT_FALSE(m.isEmpty());
    EXPECT_EQ(m.title, u("深圳") + spec->query.period.label(Lang::Zh));
}

TEST(SubjectChart, ASubjectWithOneIndicatorOrAnUnknownOneHasNone)
{
    EXPECT_FALSE(subjectChartSpec(embedded(), u("standard-robots")));
    EXPECT_FALSE(subjectChartSpec(embedded(), u("no-such-subject")));
}

TEST(SubjectChart, AFocusPicksTheGroupOfThatValue)
{
    // A growth rate of Shenzhen in 2023 Q1–Q3: its group is the growth comparison of that period.
    const Period q1q3 = Period::parse(u("2023-Q1/2023-Q3"));
    QString focus;
    for (const Indicator &ind : embedded().indicators) {
        if (ind.subject != u("shenzhen") || ind.measure != Measure::Growth)
            continue;
        for (int row : embedded().observationsOf(ind.id))
            if (embedded().observations.period(row) == q1q3)
                focus = ind.id;
    }
    ASSERT_FALSE(focus.isEmpty());
    const std::optional<ChartSpec> spec = subjectChartSpec(embedded(), u("shenzhen"), focus, q1q3);
    ASSERT_TRUE(spec);
    EXPECT_TRUE(spec->query.indicators.contains(focus));
    EXPECT_EQ(spec->query.period, q1q3);
    // A period at which the indicator has no value: no group.
    EXPECT_FALSE(subjectChartSpec(embedded(), u("shenzhen"), focus, Period::parse(u("1999"))));
}
