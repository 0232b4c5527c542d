// SPDX-License-Identifier: GPL-3.0-or-later
// Accepted figures become a source, subjects, indicators and values of a workspace: ids unique
// against what is there, matches reused, repeats flagged, and nothing the workspace's rules refuse.
#include "default_workspace.h"
#include "extract/figures_workspace.h"
#include "persist/workspace_json.h"
#include "query/validation.h"
#include "testutils.h"
#include "workspace_fixture.h"

#include <gtest/gtest.h>

using namespace cs;
using namespace cs::extract;

namespace {

const Workspace &embedded()
{
    static const LoadResult r = readWorkspace(defaultWorkspaceJson());
    return r.workspace;
}

Figure figure(const QString &subject, const QString &name, double value, const QString &unitId, FigureMeasure m,
              const QString &period, const QString &quote = QStringLiteral("一句话。"))
{
    Figure f;
    f.subject = subject;
    f.indicatorName = name;
    f.value = value;
    f.unitId = unitId;
    f.measure = m;
    f.period = period.isEmpty() ? Period() : Period::parse(period);
    f.quote = quote;
    return f;
}

Source article()
{
    Source s;
    s.title = QStringLiteral("光明区统计公报");
    s.publisher = QStringLiteral("光明区统计局");
    s.date = QStringLiteral("2024-03-01");
    s.reference = QStringLiteral("https://example.org/bulletin");
    return s;
}

const Indicator *findIndicator(const FigureAdditions &a, const QString &id)
{
    for (const Indicator &i : a.indicators)
        if (i.id == id)
            return &i;
    return nullptr;
}

const Subject *findSubject(const FigureAdditions &a, const QString &id)
{
    for (const Subject &s : a.subjects)
        if (s.id == id)
            return &s;
    return nullptr;
}

// The workspace with the additions, and no rule broken that it did not break before.
void expectValidAfter(const Workspace &ws, const FigureAdditions &a)
{
    Workspace after = ws;
    applyAdditions(after, a);
    const Problems added = newProblems(validate(ws), validate(after));
    for (const Problem &p : added)
        ADD_FAILURE() << p.path.toStdString() << ": " << p.message.toStdString();
}

} // namespace

TEST(FiguresWorkspace, EmbeddedWorkspaceLoads)
{
    ASSERT_FALSE(embedded().indicators.isEmpty());
    ASSERT_TRUE(embedded().indicator(QStringLiteral("sei-added-value")));
}

TEST(FiguresWorkspace, NewFiguresMakeSourceSubjectsIndicatorsAndValues)
{
    const Workspace &ws = embedded();
    const QList<Figure> figures = {
        figure(QStringLiteral("光明区"), QStringLiteral("工业增加值"), 1200.5, QStringLiteral("yi-yuan"), FigureMeasure::Level,
               QStringLiteral("2023"), QStringLiteral("2023年，光明区工业增加值1200.5亿元，增长8.3%。")),
        figure(QStringLiteral("光明区"), QStringLiteral("工业增加值"), 8.3, QStringLiteral("percent"), FigureMeasure::Growth,
               QStringLiteral("2023"), QStringLiteral("2023年，光明区工业增加值1200.5亿元，增长8.3%。")),
        figure(QStringLiteral("光明区"), QStringLiteral("工业增加值"), 1100, QStringLiteral("yi-yuan"), FigureMeasure::Level,
               QStringLiteral("2022")),
        figure(QStringLiteral("某某科技有限公司"), QStringLiteral("营业收入"), 35, QStringLiteral("yi-yuan"), FigureMeasure::Level,
               QStringLiteral("2023")),
        figure(QStringLiteral("盐田港"), QStringLiteral("集装箱吞吐量"), 1400, QStringLiteral("custom:万标箱"), FigureMeasure::Level,
               QStringLiteral("2023")),
        figure(QStringLiteral("光明科学城"), QStringLiteral("企业数量"), 120, QStringLiteral("jia"), FigureMeasure::Count,
               QStringLiteral("2023-11")),
    };
    const FigureAdditions a = additionsForFigures(ws, figures, article());

    EXPECT_EQ(a.source.title, QStringLiteral("光明区统计公报"));
    EXPECT_EQ(a.source.publisher, QStringLiteral("光明区统计局"));
    EXPECT_EQ(a.source.date, QStringLiteral("2024-03-01"));
    EXPECT_EQ(a.source.confidence, Confidence::Primary);
    EXPECT_FALSE(a.source.id.isEmpty());
    EXPECT_FALSE(ws.source(a.source.id));

    // 光明区 new (a region), the company and the port new; 光明科学城 is the workspace's.
    ASSERT_EQ(a.subjects.size(), 3);
    EXPECT_EQ(a.subjects[0].name.zh, QStringLiteral("光明区"));
    EXPECT_EQ(a.subjects[0].kind, SubjectKind::Region);
    EXPECT_EQ(a.subjects[1].kind, SubjectKind::Company);
    EXPECT_EQ(a.subjects[2].kind, SubjectKind::Place);
    for (const Subject &s : a.subjects)
        EXPECT_FALSE(ws.subject(s.id)) << s.id.toStdString();

    // The two levels of 工业增加值 share one indicator; its growth is another, told apart by name.
    ASSERT_EQ(a.indicators.size(), 5);
    ASSERT_EQ(a.observations.size(), 6);
    EXPECT_EQ(a.observations[0].indicator, a.observations[2].indicator);
    EXPECT_NE(a.observations[0].indicator, a.observations[1].indicator);
    const Indicator *level = findIndicator(a, a.observations[0].indicator);
    const Indicator *growth = findIndicator(a, a.observations[1].indicator);
    ASSERT_TRUE(level && growth);
    EXPECT_EQ(level->name.zh, QStringLiteral("工业增加值"));
    EXPECT_EQ(level->unit, QStringLiteral("yi-yuan"));
    EXPECT_EQ(level->measure, Measure::Level);
    EXPECT_EQ(level->subject, a.subjects[0].id);
    EXPECT_EQ(growth->measure, Measure::Growth);
    EXPECT_EQ(growth->unit, QStringLiteral("percent"));
    EXPECT_NE(growth->name.zh, level->name.zh);
    EXPECT_EQ(findIndicator(a, a.observations[4].indicator)->unit, QStringLiteral("custom:万标箱"));
    EXPECT_EQ(findIndicator(a, a.observations[5].indicator)->subject, QStringLiteral("guangming-science-city"));

    // Every value keeps its sentence and names the new source; ids are all new and different.
    QSet<QString> ids;
    for (int i = 0; i < a.observations.size(); ++i) {
        const Observation &o = a.observations[i];
        EXPECT_EQ(o.source, a.source.id);
        EXPECT_EQ(o.quote, figures[a.figureOf[i]].quote);
        EXPECT_EQ(o.value, figures[a.figureOf[i]].value);
        EXPECT_EQ(o.period, figures[a.figureOf[i]].period);
        EXPECT_TRUE(o.subject.isEmpty()); // each indicator is of one subject
        EXPECT_FALSE(ws.observation(o.id)) << o.id.toStdString();
        ids.insert(o.id);
    }
    EXPECT_EQ(ids.size(), a.observations.size());
    EXPECT_TRUE(a.duplicates.isEmpty());
    expectValidAfter(ws, a);

    Workspace after = ws;
    applyAdditions(after, a);
    EXPECT_EQ(after.sources.size(), ws.sources.size() + 1);
    EXPECT_EQ(after.subjects.size(), ws.subjects.size() + 3);
    EXPECT_EQ(after.indicators.size(), ws.indicators.size() + 5);
    EXPECT_EQ(after.observations.size(), ws.observations.size() + 6);
    EXPECT_EQ(after.observations.last(), a.observations.last());
}

TEST(FiguresWorkspace, MatchedIdsAreReusedAndRepeatedValuesFlagged)
{
    const Workspace &ws = embedded();
    // The article's 10393.39亿元, matched by the extractor: a repeat of the Xinhua value.
    Figure sei = figure(QStringLiteral("深圳"), QStringLiteral("战略性新兴产业增加值"), 10393.39, QStringLiteral("yi-yuan"),
                        FigureMeasure::Level, QStringLiteral("2023-Q1/2023-Q3"));
    sei.subjectId = QStringLiteral("shenzhen");
    sei.indicatorId = QStringLiteral("sei-added-value");
    // The same indicator found by name, not matched: the workspace's indicator is reused, with a
    // value it does not hold yet.
    Figure byName = figure(QStringLiteral("深圳"), QStringLiteral("战略性新兴产业增加值"), 9000, QStringLiteral("yi-yuan"),
                           FigureMeasure::Level, QStringLiteral("2021"));
    // A matched subject with a new indicator.
    Figure matchedSubject = figure(QStringLiteral("深圳市"), QStringLiteral("常住人口"), 1779.01, QStringLiteral("wan-person"),
                                   FigureMeasure::Level, QStringLiteral("2023"));
    matchedSubject.subjectId = QStringLiteral("shenzhen");

    const FigureAdditions a = additionsForFigures(ws, {sei, byName, matchedSubject}, article());
    EXPECT_TRUE(a.subjects.isEmpty());
    ASSERT_EQ(a.indicators.size(), 1);
    EXPECT_EQ(a.indicators[0].subject, QStringLiteral("shenzhen"));
    EXPECT_EQ(a.indicators[0].unit, QStringLiteral("wan-person"));
    ASSERT_EQ(a.observations.size(), 3);
    EXPECT_EQ(a.observations[0].indicator, QStringLiteral("sei-added-value"));
    EXPECT_EQ(a.observations[1].indicator, QStringLiteral("sei-added-value"));
    EXPECT_TRUE(a.observations[0].subject.isEmpty());
    ASSERT_EQ(a.duplicates.size(), 1);
    EXPECT_EQ(a.duplicateFigures, QList<int>{0});
    EXPECT_TRUE(a.duplicates[0].contains(QStringLiteral("sei-added-value"))) << a.duplicates[0].toStdString();
    EXPECT_TRUE(a.repeatedFigures.isEmpty());
    expectValidAfter(ws, a); // another source may give the same figure
}

TEST(FiguresWorkspace, IdsAreUniqueAgainstTheWorkspace)
{
    Workspace ws = embedded();
    Indicator taken;
    taken.id = QStringLiteral("shenzhen-工业增加值");
    taken.name = {QStringLiteral("别的指标"), QString()};
    taken.subject = QStringLiteral("shenzhen");
    taken.unit = QStringLiteral("yi-yuan");
    ws.indicators.append(taken);
    Subject gm;
    gm.id = QStringLiteral("光明区");
    gm.name = {QStringLiteral("光明新区"), QString()};
    ws.subjects.append(gm);
    Source given = article();
    given.id = QStringLiteral("xinhua-2023-11-shenzhen-sei"); // the embedded article's id

    Figure shenzhen = figure(QStringLiteral("深圳"), QStringLiteral("工业增加值"), 12000, QStringLiteral("yi-yuan"),
                             FigureMeasure::Level, QStringLiteral("2023"));
    shenzhen.subjectId = QStringLiteral("shenzhen");
    const FigureAdditions a = additionsForFigures(
        ws, {figure(QStringLiteral("光明区"), QStringLiteral("工业增加值"), 1200.5, QStringLiteral("yi-yuan"), FigureMeasure::Level, QStringLiteral("2023")),
             shenzhen},
        given);
    EXPECT_NE(a.source.id, given.id);
    EXPECT_FALSE(ws.source(a.source.id));
    ASSERT_EQ(a.subjects.size(), 1); // 光明区 is not 光明新区, whose id it would have had
    EXPECT_FALSE(ws.subject(a.subjects[0].id));
    ASSERT_EQ(a.indicators.size(), 2);
    for (const Indicator &i : a.indicators)
        EXPECT_FALSE(ws.indicator(i.id)) << i.id.toStdString();
    EXPECT_NE(a.indicators[0].id, a.indicators[1].id);
    EXPECT_EQ(a.indicators[0].subject, a.subjects[0].id);
    EXPECT_EQ(a.indicators[1].subject, QStringLiteral("shenzhen"));
    expectValidAfter(ws, a);
}

TEST(FiguresWorkspace, SourceIdFromTitleOrDate)
{
    const Workspace &ws = embedded();
    Source s;
    s.date = QStringLiteral("2023-11-24");
    EXPECT_EQ(additionsForFigures(ws, {}, s).source.id, QStringLiteral("article-2023-11-24"));
    s.title = QStringLiteral("Shenzhen Bulletin");
    EXPECT_EQ(additionsForFigures(ws, {}, s).source.id, QStringLiteral("shenzhen-bulletin"));
}

TEST(FiguresWorkspace, RepeatsWithinTheArticleAreKeptOnce)
{
    const Workspace &ws = embedded();
    const Figure first = figure(QStringLiteral("光明区"), QStringLiteral("工业增加值"), 1200.5, QStringLiteral("yi-yuan"),
                                FigureMeasure::Level, QStringLiteral("2023"));
    Figure again = first;
    again.quote = QStringLiteral("光明区工业增加值1200.5亿元。");
    const FigureAdditions a = additionsForFigures(ws, {first, again}, article());
    ASSERT_EQ(a.observations.size(), 1);
    EXPECT_EQ(a.figureOf, QList<int>{0});
    EXPECT_EQ(a.repeatedFigures, QList<int>{1});
    EXPECT_EQ(a.duplicates.size(), 1);
    expectValidAfter(ws, a);
}

TEST(FiguresWorkspace, FiguresTheRulesWouldRefuseAreStoredSoTheyFit)
{
    const Workspace &ws = embedded();
    // A change in percentage points (a level that the rules refuse in pp), a rate in % called a
    // level, a bare number, and a figure with no subject.
    const QList<Figure> figures = {
        figure(QStringLiteral("深圳"), QStringLiteral("研发投入强度"), 0.4, QStringLiteral("pp"), FigureMeasure::Change, QStringLiteral("2023")),
        figure(QStringLiteral("深圳"), QStringLiteral("城镇化率"), 99.8, QStringLiteral("percent"), FigureMeasure::Level, QStringLiteral("2023")),
        figure(QStringLiteral("深圳"), QStringLiteral("专利授权量"), 62000, QString(), FigureMeasure::Level, QStringLiteral("2023")),
        figure(QString(), QStringLiteral("新增企业"), 5, QStringLiteral("wan-jia"), FigureMeasure::Count, QString()),
    };
    const FigureAdditions a = additionsForFigures(ws, figures, article());
    ASSERT_EQ(a.observations.size(), 4);
    const Indicator *change = findIndicator(a, a.observations[0].indicator);
    ASSERT_TRUE(change);
    EXPECT_EQ(change->measure, Measure::Level);
    EXPECT_EQ(change->unit, QStringLiteral("custom:个百分点"));
    EXPECT_EQ(findIndicator(a, a.observations[1].indicator)->measure, Measure::Ratio);
    EXPECT_EQ(findIndicator(a, a.observations[2].indicator)->unit, QStringLiteral("number"));
    const Indicator *unnamed = findIndicator(a, a.observations[3].indicator);
    ASSERT_TRUE(unnamed);
    const Subject *unspecified = findSubject(a, unnamed->subject);
    ASSERT_TRUE(unspecified);
    EXPECT_EQ(unspecified->name.zh, QStringLiteral("未指明"));
    EXPECT_FALSE(a.observations[3].period.isValid());
    expectValidAfter(ws, a);
}

TEST(FiguresWorkspace, PanelIndicatorValuesNameTheirSubject)
{
    Workspace ws = test::smallWorkspace();
    Indicator panel;
    panel.id = QStringLiteral("gdp");
    panel.name = {QStringLiteral("地区生产总值"), QStringLiteral("GDP")};
    panel.unit = QStringLiteral("yi-yuan");
    ws.indicators.append(panel);
    Figure f = figure(QStringLiteral("城"), QStringLiteral("GDP"), 34606.4, QStringLiteral("yi-yuan"), FigureMeasure::Level, QStringLiteral("2023"));
    f.indicatorId = QStringLiteral("gdp");
    Figure byName = figure(QStringLiteral("广州市"), QStringLiteral("地区生产总值"), 30355.73, QStringLiteral("yi-yuan"),
                           FigureMeasure::Level, QStringLiteral("2023"));
    const FigureAdditions a = additionsForFigures(ws, {f, byName}, article());
    ASSERT_EQ(a.observations.size(), 2);
    EXPECT_EQ(a.observations[0].indicator, QStringLiteral("gdp"));
    EXPECT_EQ(a.observations[0].subject, QStringLiteral("city")); // 城 is the workspace's subject
    EXPECT_EQ(a.observations[1].indicator, QStringLiteral("gdp"));
    ASSERT_EQ(a.subjects.size(), 1);
    EXPECT_EQ(a.observations[1].subject, a.subjects[0].id);
    EXPECT_TRUE(a.indicators.isEmpty());
    expectValidAfter(ws, a);
}

// A value is stored in its indicator's unit: a match in another unit of the same dimension
// converts the figure's value; a match in a unit it does not convert into is not used.
TEST(FiguresWorkspace, MatchedIndicatorsInAnotherUnitConvertOrAreNotUsed)
{
    Workspace ws = test::smallWorkspace();
    Indicator wan;
    wan.id = QStringLiteral("sei-wan");
    wan.name = {QStringLiteral("战略性新兴产业增加值"), QStringLiteral("SEI added value")};
    wan.subject = QStringLiteral("city");
    wan.unit = QStringLiteral("wan-yuan");
    ws.indicators.append(wan);
    Indicator yi = wan;
    yi.id = QStringLiteral("sei-yi");
    yi.name = {QStringLiteral("工业增加值"), QStringLiteral("Industrial added value")};
    yi.unit = QStringLiteral("yi-yuan");
    ws.indicators.append(yi);

    Figure amount = figure(QStringLiteral("城"), QStringLiteral("战略性新兴产业增加值"), 10393.39, QStringLiteral("yi-yuan"),
                           FigureMeasure::Level, QStringLiteral("2023"));
    amount.indicatorId = QStringLiteral("sei-wan");
    Figure rate = figure(QStringLiteral("城"), QStringLiteral("工业增加值"), 8.3, QStringLiteral("percent"), FigureMeasure::Growth,
                         QStringLiteral("2023"));
    rate.indicatorId = QStringLiteral("sei-yi");
    const FigureAdditions a = additionsForFigures(ws, {amount, rate}, article());
    ASSERT_EQ(a.observations.size(), 2);
    EXPECT_EQ(a.observations[0].indicator, QStringLiteral("sei-wan"));
    EXPECT_DOUBLE_EQ(a.observations[0].value, 103933900);
    EXPECT_NE(a.observations[1].indicator, QStringLiteral("sei-yi"));
    ASSERT_EQ(a.indicators.size(), 1);
    EXPECT_EQ(a.observations[1].indicator, a.indicators[0].id);
    EXPECT_EQ(a.indicators[0].unit, QStringLiteral("percent"));
    EXPECT_EQ(a.indicators[0].measure, Measure::Growth);
    EXPECT_EQ(a.observations[1].value, 8.3);
    expectValidAfter(ws, a);

    EXPECT_DOUBLE_EQ(*valueInUnit(10393.39, QStringLiteral("yi-yuan"), QStringLiteral("wan-yuan")), 103933900);
    EXPECT_EQ(valueInUnit(5, QStringLiteral("percent"), QStringLiteral("percent")), 5.0);
    EXPECT_EQ(valueInUnit(5, QString(), QStringLiteral("number")), 5.0);
    EXPECT_FALSE(valueInUnit(5, QStringLiteral("percent"), QStringLiteral("yi-yuan")));
    EXPECT_FALSE(valueInUnit(5, QStringLiteral("custom:万标箱"), QStringLiteral("jia")));
}

// Every figure of the seed, accepted as found, into an empty workspace and into the embedded
// one: the Document would refuse an edit that breaks a rule, so none may.
TEST(FiguresWorkspace, TheSeedsFiguresBreakNoRule)
{
    CS_REQUIRE_SHARED(shared);
    const QString text = QString::fromUtf8(test::readFile(shared + QStringLiteral("/seeds/000_fdcd07c0151c0e94.txt")));
    ASSERT_FALSE(text.isEmpty());
    Source s;
    s.title = QStringLiteral("seed");
    s.date = QStringLiteral("2023-11-24");
    for (const Workspace &ws : {Workspace(), embedded()}) {
        ExtractOptions options;
        options.articleDate = QDate(2023, 11, 24);
        options.workspace = &ws;
        const QList<Figure> figures = extractFigures(text, options);
        ASSERT_FALSE(figures.isEmpty());
        const FigureAdditions a = additionsForFigures(ws, figures, s);
        EXPECT_EQ(a.observations.size() + a.repeatedFigures.size(), figures.size());
        expectValidAfter(ws, a);
    }
}
