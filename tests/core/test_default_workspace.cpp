// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded Shenzhen workspace holds every figure of the Xinhua article and of the
// supplementary facts, each with the right period, value, qualifier and source.
#include "default_workspace.h"
#include "testutils.h"
#include "query/validation.h"
#include "persist/workspace_json.h"
#include "query/workspace_queries.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace cs;

namespace {

const Workspace &embedded()
{
    static const LoadResult r = readWorkspace(defaultWorkspaceJson());
    return r.workspace;
}

const char *const kArticle = "xinhua-2023-11-shenzhen-sei";

struct Figure {
    const char *indicator;
    const char *subject;
    const char *period; // "" when the source gives none
    double value;
    const char *qualifier;
    const char *unit;
    const char *source;
};

// The table of issue #2: every figure in the article.
const Figure kArticleFigures[] = {
    {"byd-nev-cumulative-production", "byd", "2023-11-24", 6000000, "", "liang", kArticle},
    {"byd-first-million-duration", "byd", "", 13, "", "year", kArticle},
    {"byd-sixth-million-duration", "byd", "", 3, ">", "month", kArticle},
    {"nev-production-growth", "shenzhen", "2023-Q1/2023-Q3", 125.8, "", "percent", kArticle},
    {"sei-cluster-count", "shenzhen", "2022", 20, "", "ge", kArticle},
    {"future-industry-count", "shenzhen", "2022", 8, "", "ge", kArticle},
    {"sei-added-value", "shenzhen", "2023-Q1/2023-Q3", 10393.39, "", "yi-yuan", kArticle},
    {"sei-added-value-growth", "shenzhen", "2023-Q1/2023-Q3", 8.3, "", "percent", kArticle},
    {"sei-gdp-share", "shenzhen", "2019", 37.7, "", "percent", kArticle},
    {"sei-gdp-share", "shenzhen", "2022", 41.1, "", "percent", kArticle},
    {"sei-gdp-share", "shenzhen", "2023-Q1/2023-Q3", 42.5, "", "percent", kArticle},
    {"hanno-ecmo-patents", "hanno-medical", "", 85, "", "xiang", kArticle},
    {"hanno-ecmo-national-standards", "hanno-medical", "", 3, "", "xiang", kArticle},
    {"hanno-ecmo-enterprise-standards", "hanno-medical", "", 5, "", "xiang", kArticle},
    {"high-end-medical-devices-added-value-growth", "shenzhen", "2023-Q1/2023-Q3", 9.4, "", "percent", kArticle},
    {"high-tech-manufacturing-investment-growth", "shenzhen", "2023-Q1/2023-Q3", 73.7, "", "percent", kArticle},
    {"electronics-communications-investment-growth", "shenzhen", "2023-Q1/2023-Q3", 75.9, "", "percent", kArticle},
    {"huawei-revenue", "huawei", "2023-Q1/2023-Q3", 4566, "", "yi-yuan", kArticle},
    {"huawei-revenue-growth", "huawei", "2023-Q1/2023-Q3", 2.4, "", "percent", kArticle},
    {"huawei-net-profit-margin", "huawei", "2023-Q1/2023-Q3", 16, "", "percent", kArticle},
    {"factory-space-target", "shenzhen", "", 2000, ">=", "wan-sqm", kArticle},
    {"standard-robots-robots-delivered", "standard-robots", "2023-11", 6000, ">", "ge", kArticle},
    {"rd-intensity", "shenzhen", "2022", 5.81, "", "percent", kArticle},
    {"enterprise-rd-share", "shenzhen", "2022", 94.9, "", "percent", kArticle},
    {"listed-companies", "shenzhen", "2023-11", 500, ">", "jia", kArticle},
    {"little-giant-firms", "shenzhen", "2023-11", 742, "", "jia", kArticle},
    {"guangming-synbio-firms", "guangming-science-city", "2023-11", 80, ">", "jia", kArticle},
    {"guangming-synbio-valuation", "guangming-science-city", "2023-11", 270, ">", "yi-yuan", kArticle},
    {"synbio-facility-construction-time", "synbio-facility", "", 3, ">", "year", kArticle},
    {"xili-students", "xili-lake-science-city", "2023-11", 6.2, "", "wan-ming", kArticle},
    {"xili-staff", "xili-lake-science-city", "2023-11", 2.4, "", "wan-ming", kArticle},
    {"xili-postdocs", "xili-lake-science-city", "2023-11", 2000, ">", "ming", kArticle},
    {"xili-high-tech-enterprises", "xili-lake-science-city", "2023-11", 1100, ">", "jia", kArticle},
    {"gdp-growth", "shenzhen", "2023-Q1/2023-Q3", 5.4, "", "percent", kArticle},
};

// Every figure of shared/data/supplementary-facts.md, with its own source.
const Figure kSupplementaryFigures[] = {
    {"sei-added-value", "shenzhen", "2018", 9150, "~", "yi-yuan", "apppk-2019-01-19"},
    {"sei-added-value-growth", "shenzhen", "2018", 8.5, "", "percent", "apppk-2019-01-19"},
    {"sei-gdp-share", "shenzhen", "2018", 37, "~", "percent", "apppk-2019-01-19"},
    {"sei-added-value", "shenzhen", "2019", 10155.51, "", "yi-yuan", "szgov-sei-page-2020"},
    {"sei-added-value-growth", "shenzhen", "2019", 8.8, "", "percent", "szgov-sei-page-2020"},
    {"sei-gdp-share", "shenzhen", "2019", 37.7, "", "percent", "szgov-sei-page-2020"},
    {"sei-added-value", "shenzhen", "2022", 13000, ">", "yi-yuan", "shenzhen-daily-2023-01-30"},
    {"sei-gdp-share", "shenzhen", "2022", 40, ">", "percent", "shenzhen-daily-2023-01-30"},
    {"sei-added-value", "shenzhen", "2023", 14520.43, "", "yi-yuan", "szgov-sei-2023-results"},
    {"sei-added-value-growth", "shenzhen", "2023", 8.8, "", "percent", "szgov-sei-2023-results"},
    {"sei-gdp-share", "shenzhen", "2023", 41.9, "", "percent", "szgov-sei-2023-results"},
    {"electronic-information-added-value", "shenzhen", "2023", 5717.12, "", "yi-yuan", "szgov-sei-2023-results"},
    {"digital-fashion-added-value", "shenzhen", "2023", 4099.01, "", "yi-yuan", "szgov-sei-2023-results"},
    {"green-low-carbon-added-value", "shenzhen", "2023", 2213.58, "", "yi-yuan", "szgov-sei-2023-results"},
    {"marine-economy-added-value", "shenzhen", "2023", 783.20, "", "yi-yuan", "szgov-sei-2023-results"},
    {"biomedicine-health-added-value", "shenzhen", "2023", 752.99, "", "yi-yuan", "szgov-sei-2023-results"},
    {"high-end-equipment-added-value", "shenzhen", "2023", 571.20, "", "yi-yuan", "szgov-sei-2023-results"},
    {"new-materials-added-value", "shenzhen", "2023", 352.57, "", "yi-yuan", "szgov-sei-2023-results"},
    {"electronic-information-added-value-growth", "shenzhen", "2023", 3.1, "", "percent", "szgov-sei-2023-results"},
    {"digital-fashion-added-value-growth", "shenzhen", "2023", 18.3, "", "percent", "szgov-sei-2023-results"},
    {"green-low-carbon-added-value-growth", "shenzhen", "2023", 16.9, "", "percent", "szgov-sei-2023-results"},
    {"high-end-equipment-added-value-growth", "shenzhen", "2023", 6.2, "", "percent", "szgov-sei-2023-results"},
    {"new-materials-added-value-growth", "shenzhen", "2023", 15.2, "", "percent", "szgov-sei-2023-results"},
    {"sei-added-value-target", "shenzhen", "2025", 15000, ">", "yi-yuan", "szgov-20-8-opinions-2022"},
};

// The observations of `f.indicator` at `f.period` from `f.source`.
QList<Observation> find(const Figure &f)
{
    QList<Observation> out;
    for (const Observation &o : embedded().observations) {
        if (o.indicator == QLatin1String(f.indicator) && o.period.toString() == QLatin1String(f.period)
            && o.source == QLatin1String(f.source))
            out << o;
    }
    return out;
}

void expectFigure(const Figure &f)
{
    SCOPED_TRACE(std::string(f.indicator) + " " + f.period);
    const auto found = find(f);
    ASSERT_EQ(found.size(), 1);
    const Observation o = found.first();
    EXPECT_DOUBLE_EQ(o.value, f.value);
    EXPECT_EQ(qualifierCode(o.qualifier).toStdString(), f.qualifier);
    const Indicator *ind = embedded().indicator(o.indicator);
    ASSERT_NE(ind, nullptr);
    EXPECT_EQ(ind->subject.toStdString(), f.subject);
    EXPECT_EQ(ind->unit.toStdString(), f.unit);
    EXPECT_FALSE(o.quote.isEmpty());
}

QString article()
{
    const QString dir = test::sharedDir();
    if (dir.isEmpty())
        return {};
    return QString::fromUtf8(test::readFile(dir + QStringLiteral("/seeds/000_fdcd07c0151c0e94.txt")))
        .remove(QLatin1Char('\r'))
        .remove(QLatin1Char('\n'));
}

} // namespace

TEST(DefaultWorkspace, LoadsWithNoProblems)
{
    const LoadResult r = readWorkspace(defaultWorkspaceJson());
    ASSERT_EQ(r.status, LoadResult::Status::Ok)
        << (r.problems.isEmpty() ? std::string() : r.problems.first().format(QStringLiteral("embedded")).toStdString());
}

TEST(DefaultWorkspace, IsStoredInCanonicalForm)
{
    // Loading and saving the embedded file gives back its bytes exactly.
    EXPECT_EQ(writeWorkspace(embedded()), defaultWorkspaceJson());
}

TEST(DefaultWorkspace, HasEveryArticleFigureWithPeriodValueAndQualifier)
{
    for (const Figure &f : kArticleFigures)
        expectFigure(f);
}

TEST(DefaultWorkspace, HasEverySupplementaryFigureWithItsOwnSource)
{
    for (const Figure &f : kSupplementaryFigures)
        expectFigure(f);
}

TEST(DefaultWorkspace, ArticleIsTheOnlyPrimarySourceAndItsFiguresAreExactlyTheTable)
{
    const Source *src = embedded().source(QLatin1String(kArticle));
    ASSERT_NE(src, nullptr);
    EXPECT_EQ(src->confidence, Confidence::Primary);
    int fromArticle = 0;
    for (const Observation &o : embedded().observations)
        fromArticle += o.source == QLatin1String(kArticle);
    EXPECT_EQ(fromArticle, int(std::size(kArticleFigures)));
    EXPECT_EQ(embedded().observations.size(), int(std::size(kArticleFigures) + std::size(kSupplementaryFigures)));
    EXPECT_EQ(embedded().source(QStringLiteral("szgov-sei-2023-results"))->confidence, Confidence::OfficialCopy);
    EXPECT_EQ(embedded().source(QStringLiteral("shenzhen-daily-2023-01-30"))->confidence, Confidence::Secondary);
    EXPECT_EQ(embedded().source(QStringLiteral("apppk-2019-01-19"))->confidence, Confidence::Secondary);
}

TEST(DefaultWorkspace, ArticleQuotesAreExactSentencesOfTheArticle)
{
    const QString text = article();
    if (text.isEmpty())
        GTEST_SKIP() << "../shared is not present";
    for (const Observation &o : embedded().observations) {
        if (o.source != QLatin1String(kArticle))
            continue;
        EXPECT_TRUE(text.contains(o.quote)) << o.id.toStdString() << ": " << o.quote.toStdString();
        EXPECT_TRUE(o.quote.endsWith(QStringLiteral("。"))) << o.id.toStdString();
    }
}

TEST(DefaultWorkspace, SupplementaryQuotesComeFromTheFactsFile)
{
    CS_REQUIRE_SHARED(shared);
    const QString facts = QString::fromUtf8(test::readFile(shared + QStringLiteral("/data/supplementary-facts.md")))
                              .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const Observation &o : embedded().observations) {
        if (o.source == QLatin1String(kArticle))
            continue;
        EXPECT_TRUE(facts.contains(QString(o.quote).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "))))
            << o.id.toStdString();
    }
}

TEST(DefaultWorkspace, TaxonomyIsTwentyPlusEightOf2022)
{
    const Taxonomy &t = embedded().taxonomy;
    EXPECT_EQ(t.edition, QStringLiteral("2022"));
    EXPECT_EQ(t.categories.size(), 7);
    EXPECT_EQ(t.clusterCount(), 20);
    EXPECT_EQ(t.futureIndustries.size(), 8);
    EXPECT_EQ(t.find(QStringLiteral("intelligent-connected-vehicles")).categoryId, QStringLiteral("green-low-carbon"));
    EXPECT_EQ(t.find(QStringLiteral("high-end-medical-devices")).name.zh, QStringLiteral("高端医疗器械"));
    EXPECT_EQ(t.find(QStringLiteral("synthetic-biology")).kind, TaxonomyNode::Kind::FutureIndustry);
    EXPECT_EQ(t.find(QStringLiteral("quantum-information")).name.zh, QStringLiteral("量子信息"));
    for (const ClusterCategory &c : t.categories) {
        EXPECT_FALSE(c.name.zh.isEmpty());
        EXPECT_FALSE(c.name.en.isEmpty());
    }
}

TEST(DefaultWorkspace, ChartDefinitionsArePresent)
{
    for (const char *id : {"sei-gdp-share", "sei-added-value", "growth-2023q1q3", "sei-categories-2023", "clusters-20-8"})
        EXPECT_NE(embedded().chart(QString::fromUtf8(id)), nullptr) << id;
    const ChartSpec *c = embedded().chart(QStringLiteral("sei-gdp-share"));
    EXPECT_EQ(c->title.zh, QStringLiteral("战略性新兴产业增加值占GDP比重"));
    EXPECT_EQ(c->title.en, QStringLiteral("Strategic emerging industries: share of GDP"));
}

TEST(DefaultWorkspace, GdpShareChartDrawsTheArticlesThreeBars)
{
    const ChartSpec *c = embedded().chart(QStringLiteral("sei-gdp-share"));
    ASSERT_NE(c, nullptr);
    ASSERT_FALSE(c->series.isEmpty());
    SeriesFilter filter{c->series[0].sources, c->series[0].periodKinds, c->series[0].subject};
    const auto series = indicatorSeries(embedded(), c->series[0].indicator, filter);
    ASSERT_EQ(series.size(), 3);
    EXPECT_EQ(series[0].value, 37.7);
    EXPECT_EQ(series[1].value, 41.1);
    EXPECT_EQ(series[2].value, 42.5);
    EXPECT_TRUE(series[2].period.isYearToDate());
}

TEST(DefaultWorkspace, GrowthComparisonFindsEveryQ1ToQ3GrowthRate)
{
    const ChartSpec *c = embedded().chart(QStringLiteral("growth-2023q1q3"));
    ASSERT_NE(c, nullptr);
    const auto items = breakdown(embedded(), c->query, c->sort);
    QStringList got;
    for (const BreakdownItem &i : items)
        got << i.indicator->id + QLatin1Char('=') + QString::number(i.observation.value);
    EXPECT_EQ(got.join(QLatin1Char(' ')).toStdString(),
              "nev-production-growth=125.8 electronics-communications-investment-growth=75.9 "
              "high-tech-manufacturing-investment-growth=73.7 high-end-medical-devices-added-value-growth=9.4 "
              "sei-added-value-growth=8.3 gdp-growth=5.4 huawei-revenue-growth=2.4");
}

TEST(DefaultWorkspace, CategoriesFallShortOfThePublishedTotalBy3076)
{
    const auto sum = sumOfParts(embedded(), QStringLiteral("sei-added-value"), Period::year(2023));
    ASSERT_TRUE(sum.has_value());
    EXPECT_EQ(sum->parts.size(), 7);
    EXPECT_NEAR(sum->sum.value, 14489.67, 1e-6);
    ASSERT_TRUE(sum->gap.has_value());
    EXPECT_NEAR(*sum->gap, 30.76, 1e-6);
    EXPECT_NEAR(*sum->gapPercent, 0.2118, 1e-3);
}

TEST(DefaultWorkspace, YearToDateShareIsNotTheFullYearShare)
{
    // 42.5% (2023 Q1–Q3) and 41.9% (2023) are different periods, never the same point.
    const auto series = indicatorSeries(embedded(), QStringLiteral("sei-gdp-share"));
    std::optional<Observation> ytd, full;
    for (const Observation &o : series) {
        if (o.period.toString() == QLatin1String("2023-Q1/2023-Q3"))
            ytd = o;
        if (o.period.toString() == QLatin1String("2023"))
            full = o;
    }
    ASSERT_TRUE(ytd && full);
    EXPECT_EQ(ytd->value, 42.5);
    EXPECT_EQ(full->value, 41.9);
    EXPECT_FALSE(ytd->period.isComparableWith(full->period));
}
