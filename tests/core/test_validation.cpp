// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/validation.h"
#include "workspace_fixture.h"
#include "persist/workspace_json.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace cs;

namespace {

// The problems as "path: message" lines, for readable failures.
std::string describe(const Problems &problems)
{
    std::string out;
    for (const Problem &p : problems)
        out += (p.path + QStringLiteral(": ") + p.message).toStdString() + "\n";
    return out;
}

// Expects exactly one problem, at `path`, whose message contains `words`.
void expectOneProblem(const Workspace &ws, const char *path, const char *words)
{
    const Problems problems = validate(ws);
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems.first().path.toStdString(), path);
    EXPECT_NE(problems.first().message.indexOf(QString::fromUtf8(words)), -1) << describe(problems);
}

} // namespace

TEST(Validation, TheFixtureIsClean)
{
    EXPECT_TRUE(validate(test::smallWorkspace()).isEmpty()) << describe(validate(test::smallWorkspace()));
}

TEST(Validation, DuplicateIndicatorId)
{
    Workspace ws = test::smallWorkspace();
    ws.indicators[2].id = QStringLiteral("part-a");
    const Problems problems = validate(ws);
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems.first().path, QStringLiteral("indicators[2].id"));
    EXPECT_NE(problems.first().message.indexOf(QStringLiteral("duplicate indicator id 'part-a' (first used at indicators[1])")), -1);
}

TEST(Validation, DuplicateObservationSourceAndTaxonomyIds)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(1, [&](Observation &o) { o.id = QStringLiteral("t-2023"); });
    expectOneProblem(ws, "observations[1].id", "duplicate observation id");
    ws = test::smallWorkspace();
    ws.sources[1].id = QStringLiteral("bulletin");
    EXPECT_EQ(validate(ws).first().path, QStringLiteral("sources[1].id"));
    ws = test::smallWorkspace();
    ws.taxonomy.futureIndustries[0].id = QStringLiteral("cl-a1");
    ws.indicators[5].cluster = QStringLiteral("cl-a1");
    expectOneProblem(ws, "taxonomy.futureIndustries[0].id", "duplicate taxonomy id 'cl-a1'");
}

TEST(Validation, DanglingReferences)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(0, [&](Observation &o) { o.indicator = QStringLiteral("nope"); });
    expectOneProblem(ws, "observations[0].indicator", "unknown indicator 'nope'");
    ws = test::smallWorkspace();
    ws.observations.update(0, [&](Observation &o) { o.source = QStringLiteral("nowhere"); });
    expectOneProblem(ws, "observations[0].source", "unknown source 'nowhere'");
    ws = test::smallWorkspace();
    ws.indicators[0].subject = QStringLiteral("mars");
    expectOneProblem(ws, "indicators[0].subject", "unknown subject 'mars'");
    ws = test::smallWorkspace();
    ws.indicators[4].cluster = QStringLiteral("cl-zz");
    expectOneProblem(ws, "indicators[4].cluster", "not a cluster, category or future industry");
    ws = test::smallWorkspace();
    ws.charts[1].query.total = QStringLiteral("gone");
    expectOneProblem(ws, "charts[1].query.total", "unknown indicator 'gone'");
    ws = test::smallWorkspace();
    ws.charts[0].series[0].sources = {QStringLiteral("ghost")};
    expectOneProblem(ws, "charts[0].series[0].sources[0]", "unknown source 'ghost'");
    ws = test::smallWorkspace();
    ws.taxonomy.source = QStringLiteral("ghost");
    expectOneProblem(ws, "taxonomy.source", "unknown source 'ghost'");
}

TEST(Validation, ShareOutsideZeroToHundred)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(3, [&](Observation &o) { o.value = 140; });
    expectOneProblem(ws, "observations[3].value", "between 0 and 100");
    ws.observations.update(3, [&](Observation &o) { o.value = -0.5; });
    expectOneProblem(ws, "observations[3].value", "between 0 and 100");
    ws.observations.update(3, [&](Observation &o) { o.value = 100; });
    EXPECT_TRUE(validate(ws).isEmpty());
}

TEST(Validation, UnitThatDoesNotFitTheMeasure)
{
    Workspace ws = test::smallWorkspace();
    ws.indicators[3].unit = QStringLiteral("yi-yuan"); // a share in 亿元
    expectOneProblem(ws, "indicators[3].unit", "stated in percent");
    ws = test::smallWorkspace();
    ws.indicators[5].unit = QStringLiteral("percent"); // a count in %
    expectOneProblem(ws, "indicators[5].unit", "measure word");
}

TEST(Validation, PartsThatExceedTheirTotal)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(2, [&](Observation &o) { o.value = 41; }); // 60.25 + 41 = 101.25 > 100.5
    expectOneProblem(ws, "observations[0].value", "add up to 101.25, more than the total 100.5");
}

TEST(Validation, PartsShortOfTheirTotalAreNotAnError)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(2, [&](Observation &o) { o.value = 30; });
    EXPECT_TRUE(validate(ws).isEmpty());
}

TEST(Validation, PartsWithinRoundingOfTheTotalAreAccepted)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(0, [&](Observation &o) { o.value = 100.3; });
    ws.observations.update(1, [&](Observation &o) { o.value = 60.3; }); // parts 60.3 + 40 equal the total
    EXPECT_TRUE(validate(ws).isEmpty());
    ws.observations.update(2, [&](Observation &o) { o.value = 40.04; }); // exceeds by 0.04, within half a unit of each last digit (0.05+0.05+0.005)
    EXPECT_TRUE(validate(ws).isEmpty()) << describe(validate(ws));
    ws.observations.update(2, [&](Observation &o) { o.value = 40.2; }); // exceeds by 0.2: not rounding
    EXPECT_EQ(validate(ws).size(), 1);
}

TEST(Validation, PartsAboveALowerBoundTotalAreConsistent)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(0, [&](Observation &o) { o.qualifier = Qualifier::MoreThan; });
    ws.observations.update(0, [&](Observation &o) { o.value = 90; }); // "more than 90": parts of 100.25 are fine
    EXPECT_TRUE(validate(ws).isEmpty()) << describe(validate(ws));
}

TEST(Validation, NegativeCountsAndImpossibleFalls)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(8, [&](Observation &o) { o.value = -3; });
    expectOneProblem(ws, "observations[8].value", "cannot be negative");
    ws = test::smallWorkspace();
    ws.observations.update(7, [&](Observation &o) { o.value = -120; });
    expectOneProblem(ws, "observations[7].value", "more than 100%");
}

TEST(Validation, SameSourceGivingTheSameFigureTwice)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(6, [&](Observation &o) { o.source = QStringLiteral("bulletin"); });
    ws.observations.update(6, [&](Observation &o) { o.qualifier = Qualifier::Exact; });
    expectOneProblem(ws, "observations[6]", "already gives share for 2023");
}

// The same figure is found however the values are ordered: again in a later run of its series
// (another series' values between), twice within one run out of time order, or not at all in a
// run in order. Each repeat names the figure's first row.
TEST(Validation, SameFigureFoundInAnyOrderOfRuns)
{
    Workspace ws = test::smallWorkspace();
    const int base = ws.observations.size();
    auto add = [&](int like, const char *period) {
        Observation o = ws.observations.at(like);
        o.id = QStringLiteral("extra-%1").arg(ws.observations.size());
        o.period = Period::parse(QString::fromLatin1(period));
        ws.observations.append(o);
    };
    for (const char *p : {"2010", "2011", "2012"})
        add(0, p); // base + 0, 1, 2
    add(1, "2030");          // base + 3: another series between
    add(0, "2013");          // base + 4
    add(0, "2011");          // base + 5: repeats base + 1, in a later run
    for (const char *p : {"2015", "2014", "2015"})
        add(0, p);           // base + 6, 7, 8: base + 8 repeats base + 6 within its run
    QStringList found;
    for (const Problem &p : validate(ws))
        if (p.code == ProblemCode::SameFigureTwice)
            found << p.path + QStringLiteral(" ") + p.args.value(3);
    EXPECT_EQ(found, (QStringList{QStringLiteral("observations[%1] observations[%2]").arg(base + 5).arg(base + 1),
                                  QStringLiteral("observations[%1] observations[%2]").arg(base + 8).arg(base + 6)}));
}

// Observation ids given twice are found when the others are in order, as an import numbers them.
TEST(Validation, DuplicateIdAmongOrderedIds)
{
    Workspace ws = test::smallWorkspace();
    const int base = ws.observations.size();
    for (int k = 0; k < 5; ++k) {
        Observation o = ws.observations.at(0);
        o.id = QStringLiteral("file-x-csv#%1").arg(k == 4 ? 2 : k + 1); // #1 #2 #3 #4 #2
        o.period = Period::year(2000 + k);
        ws.observations.append(o);
    }
    expectOneProblem(ws, QStringLiteral("observations[%1].id").arg(base + 4).toUtf8().constData(), "duplicate observation id");
}

TEST(Validation, PartOfAndGrowthOfMustMakeSense)
{
    Workspace ws = test::smallWorkspace();
    ws.indicators[4].partOf = QStringLiteral("total"); // a growth rate as a part of a level
    const Problems problems = validate(ws);
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems.first().path, QStringLiteral("indicators[4].partOf"));
    ws = test::smallWorkspace();
    ws.indicators[4].growthOf = QStringLiteral("share-of-nothing");
    expectOneProblem(ws, "indicators[4].growthOf", "unknown indicator");
    ws = test::smallWorkspace();
    ws.indicators[0].growthOf = QStringLiteral("part-a");
    expectOneProblem(ws, "indicators[0].growthOf", "only a growth indicator");
}

TEST(Validation, ChartsNeedWhatTheirKindDraws)
{
    Workspace ws = test::smallWorkspace();
    ws.charts[1].query.period = Period();
    expectOneProblem(ws, "charts[1].query", "needs a period");
    ws = test::smallWorkspace();
    ws.charts[0].series.clear();
    expectOneProblem(ws, "charts[0]", "at least one series");
}

TEST(Validation, SourceDatesMustBeDates)
{
    Workspace ws = test::smallWorkspace();
    ws.sources[0].date = QStringLiteral("March 2024");
    expectOneProblem(ws, "sources[0].date", "YYYY-MM-DD");
}

TEST(Validation, MalformedPeriodIsReportedWhenReadWithItsLocation)
{
    QByteArray json = writeWorkspace(test::smallWorkspace());
    json.replace("\"2023-Q1/2023-Q3\"", "\"2023-Q5\"");
    const LoadResult r = readWorkspace(json);
    ASSERT_EQ(r.status, LoadResult::Status::HasProblems);
    ASSERT_FALSE(r.problems.isEmpty());
    const Problem &p = r.problems.first();
    EXPECT_NE(p.message.indexOf(QStringLiteral("malformed period: '2023-Q5': quarter must be Q1–Q4")), -1);
    EXPECT_TRUE(p.path.endsWith(QStringLiteral(".period")));
    // The reported line is the line that holds the bad period.
    const QList<QByteArray> lines = json.split('\n');
    ASSERT_GE(p.location.line, 1);
    EXPECT_TRUE(lines[p.location.line - 1].contains("2023-Q5"));
    EXPECT_EQ(lines[p.location.line - 1].indexOf("\"2023-Q5\"") + 1, p.location.column);
}

// Found by opening a workspace with 60,000 values of a total: each was checked against its parts
// by scanning every observation (minutes). Now one lookup table serves all of them.
TEST(Validation, ManyValuesOfATotalAreCheckedAgainstTheirPartsWithoutRescanning)
{
    Workspace ws = test::smallWorkspace();
    const Observation model = ws.observations.first();
    ASSERT_FALSE(ws.partsOf(model.indicator).isEmpty()) << "the fixture's first value is a total";
    ws.observations.clear();
    ws.charts.clear();
    for (int i = 0; i < 60000; ++i) {
        Observation o = model;
        o.id = QStringLiteral("v%1").arg(i);
        o.period = Period::month(1000 + i / 12, i % 12 + 1);
        ws.observations.append(o);
    }
    QElapsedTimer timer;
    timer.start();
    EXPECT_TRUE(validate(ws).isEmpty());
    EXPECT_LT(timer.elapsed(), 30000); // a bound that only quadratic work can break (it took minutes)
}

// ---- Validating one edit ------------------------------------------------------------------

namespace {

// The problems an edit adds, as checked by validateEdit before and after it.
Problems editProblems(const Workspace &before, const Workspace &after, const EditScope &scope)
{
    return newProblems(validateEdit(before, scope), validateEdit(after, scope));
}

} // namespace

TEST(ValidateEdit, FindsAShareOver100AtTheEditedValuesPath)
{
    const Workspace before = test::smallWorkspace();
    Workspace after = before;
    EditScope scope;
    scope.touch(after.observations[5]);
    after.observations.update(5, [&](Observation &o) { o.value = 140; });
    const Problems added = editProblems(before, after, scope);
    ASSERT_EQ(added.size(), 1) << describe(added);
    EXPECT_EQ(added.first().path, QStringLiteral("observations[5].value"));
    EXPECT_NE(added.first().message.indexOf(QStringLiteral("between 0 and 100")), -1);
}

TEST(ValidateEdit, FindsAPartThatTakesTheSumOverItsTotal)
{
    const Workspace before = test::smallWorkspace();
    Workspace after = before;
    EditScope scope;
    scope.touch(after.observations[1]);
    after.observations.update(1, [&](Observation &o) { o.value = 90; }); // part-a: 90 + 40 > 100.5
    const Problems added = editProblems(before, after, scope);
    ASSERT_EQ(added.size(), 1) << describe(added);
    EXPECT_EQ(added.first().path, QStringLiteral("observations[0].value")); // reported at the total
}

TEST(ValidateEdit, FindsADuplicateFigureAndTheFirstValuesRealPath)
{
    const Workspace before = test::smallWorkspace();
    Workspace after = before;
    Observation copy = after.observations[5];
    copy.id = QStringLiteral("s-2023-again");
    after.observations.append(copy);
    EditScope scope;
    scope.touch(copy);
    const Problems added = editProblems(before, after, scope);
    ASSERT_EQ(added.size(), 1) << describe(added);
    EXPECT_EQ(added.first().path, QStringLiteral("observations[9]"));
    EXPECT_NE(added.first().message.indexOf(QStringLiteral("at observations[5]")), -1) << describe(added);
}

TEST(ValidateEdit, FindsWhatStillRefersToARemovedSourceOrSubjectOrValue)
{
    const Workspace before = test::smallWorkspace();
    Workspace noSource = before;
    noSource.sources.removeAt(1); // "news": one value and no chart cite it
    EditScope sourceScope;
    sourceScope.sources.insert(QStringLiteral("news"));
    const Problems added = editProblems(before, noSource, sourceScope);
    ASSERT_EQ(added.size(), 1) << describe(added);
    EXPECT_EQ(added.first().path, QStringLiteral("observations[6].source"));

    Workspace noSubject = before;
    noSubject.subjects.clear();
    EditScope subjectScope;
    subjectScope.subjects.insert(QStringLiteral("city"));
    EXPECT_EQ(editProblems(before, noSubject, subjectScope).size(), before.indicators.size());

    Workspace derived = before;
    Observation d = derived.observations[0];
    d.id = QStringLiteral("d");
    d.indicator = QStringLiteral("firms");
    d.derived = true;
    d.inputs = {QStringLiteral("a-2023")};
    derived.observations.append(d);
    Workspace removed = derived;
    EditScope valueScope;
    valueScope.touch(removed.observations[1]);
    removed.observations.removeAt(1);
    const Problems dangling = editProblems(derived, removed, valueScope);
    ASSERT_EQ(dangling.size(), 1) << describe(dangling);
    EXPECT_EQ(dangling.first().path, QStringLiteral("observations[8].inputs[0]"));
}

TEST(ValidateEdit, AChartEditChecksThatChartAndNoValue)
{
    Workspace ws = test::smallWorkspace();
    ws.charts[1].query.period = Period();
    EditScope scope;
    scope.charts.insert(ws.charts[1].id);
    EditCheckStats stats;
    const Problems problems = validateEdit(ws, scope, &stats);
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems.first().path, QStringLiteral("charts[1].query"));
    EXPECT_EQ(stats.observationsChecked, 0);
    EXPECT_EQ(stats.chartsChecked, 1);
}

// A million values: one edited value is checked with the handful of values it is summed or
// compared with, not the million (validate() checks them all). The same problem is found.
TEST(ValidateEdit, OneEditInAMillionValuesChecksOnlyItsNeighbourhood)
{
    Workspace ws = test::smallWorkspace();
    Observation o = ws.observations[7]; // growth-a: no total, no parts
    ws.observations.reserve(1'000'000);
    for (int i = 0; ws.observations.size() < 1'000'000; ++i) {
        o.id = QStringLiteral("g-%1").arg(i);
        o.period = Period::day(QDate(1000, 1, 1).addDays(i)); // one value a day
        ws.observations.append(o);
    }
    const qsizetype edited = 500'000;
    const Workspace before = ws;
    EditScope scope;
    scope.touch(ws.observations[edited]);
    ws.observations.update(edited, [&](Observation &o) { o.value = -140; });
    EditCheckStats stats;
    const Problems added = newProblems(validateEdit(before, scope), validateEdit(ws, scope, &stats));
    ASSERT_EQ(added.size(), 1) << describe(added);
    EXPECT_EQ(added.first().path, QStringLiteral("observations[500000].value"));
    EXPECT_LE(stats.observationsChecked, 2);
    EXPECT_EQ(stats.chartsChecked, 0);
}

TEST(Validation, APanelsValuesNameTheirSubjectsAndOtherValuesNoOtherSubject)
{
    Workspace ws = test::smallWorkspace();
    ws.subjects.append({QStringLiteral("town"), SubjectKind::Region, {QStringLiteral("镇"), QStringLiteral("Town")}, QString()});
    // firms (observations[8]) becomes a panel: its value must say whose it is.
    for (Indicator &ind : ws.indicators)
        if (ind.id == QLatin1String("firms"))
            ind.subject.clear();
    expectOneProblem(ws, "observations[8].subject", "must name its subject");
    ws.observations.update(8, [](Observation &o) { o.subject = QStringLiteral("town"); });
    EXPECT_TRUE(validate(ws).isEmpty()) << describe(validate(ws));
    // A value of an indicator of one subject names no other subject.
    ws.observations.update(0, [](Observation &o) { o.subject = QStringLiteral("town"); });
    expectOneProblem(ws, "observations[0].subject", "but its indicator is of 'city'");
    ws.observations.update(0, [](Observation &o) { o.subject = QStringLiteral("city"); });
    EXPECT_TRUE(validate(ws).isEmpty()) << describe(validate(ws));
    ws.observations.update(0, [](Observation &o) { o.subject = QStringLiteral("nowhere"); });
    expectOneProblem(ws, "observations[0].subject", "unknown subject 'nowhere'");
}
