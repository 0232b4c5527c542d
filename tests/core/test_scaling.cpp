// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-workspace operations cost in proportion to the number of values, not values × indicators
// (--summary once took 540 s on a million values: every indicator scanned every value). Each test
// runs an operation on a workspace and on one ten times larger, with ten times the indicators, and
// compares the best of a few timings: linear work grows about 10×, work per value per indicator
// 100×. The bound (50×) sits between them with room for a noisy machine and for caches (the
// larger workspace no longer fits in them).
#include "model/workspace.h"
#include "query/observation_csv.h"
#include "query/validation.h"
#include "query/workspace_summary.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <functional>

using namespace cs;

namespace {

// `indicators` indicators of one region with 100 quarterly values each.
Workspace workspaceOf(int indicators)
{
    Workspace ws;
    ws.sources.append(Source{QStringLiteral("src"), QStringLiteral("Bulletin"), {}, {}, {}, {}, Confidence::Primary, {}});
    ws.subjects.append(Subject{QStringLiteral("region"), SubjectKind::Region, {QStringLiteral("地区"), QStringLiteral("Region")}, {}});
    ws.observations.reserve(indicators * 100);
    for (int i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.id = QStringLiteral("ind-%1").arg(i);
        ind.name = {QStringLiteral("指标%1").arg(i), QStringLiteral("Indicator %1").arg(i)};
        ind.subject = QStringLiteral("region");
        ind.unit = QStringLiteral("yi-yuan");
        ws.indicators.append(ind);
        for (int q = 0; q < 100; ++q) {
            Observation o;
            o.id = QStringLiteral("src#%1").arg(i * 100 + q + 1);
            o.indicator = ind.id;
            o.period = Period::quarter(2000 + q / 4, q % 4 + 1);
            o.value = 100 + i + q;
            o.source = QStringLiteral("src");
            o.quote = QStringLiteral("q");
            ws.observations.append(o);
        }
    }
    return ws;
}

// The best of three timings of `op`, in nanoseconds.
qint64 bestOf3(const std::function<void()> &op)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int k = 0; k < 3; ++k) {
        QElapsedTimer t;
        t.start();
        op();
        best = std::min(best, t.nsecsElapsed());
    }
    return best;
}

void expectLinear(const std::function<void(const Workspace &)> &op)
{
    const Workspace small = workspaceOf(200);  // 20,000 values
    const Workspace large = workspaceOf(2000); // 200,000 values
    const qint64 a = bestOf3([&] { op(small); });
    const qint64 b = bestOf3([&] { op(large); });
    const double ratio = double(b) / double(std::max<qint64>(a, 1));
    EXPECT_LT(ratio, 50.0) << "10x the values and indicators took " << ratio << "x the time (" << a / 1000 << " us, "
                           << b / 1000 << " us)";
}

} // namespace

TEST(Scaling, SummaryGrowsWithTheValuesNotValuesTimesIndicators)
{
    expectLinear([](const Workspace &ws) { ASSERT_FALSE(workspaceSummary(ws).isEmpty()); });
}

TEST(Scaling, DumpDataGrowsWithTheValues)
{
    expectLinear([](const Workspace &ws) { ASSERT_FALSE(observationsCsv(ws).isEmpty()); });
}

TEST(Scaling, ValidateGrowsWithTheValues)
{
    expectLinear([](const Workspace &ws) { ASSERT_TRUE(validate(ws).isEmpty()); });
}

TEST(Scaling, IndexOfIndicatorsGrowsWithTheValues)
{
    expectLinear([](const Workspace &ws) {
        const WorkspaceIndex idx(ws);
        ASSERT_EQ(idx.observationsOf(ws.indicators.last().id).size(), 100);
    });
}

TEST(Scaling, TheBoundCatchesAScanPerIndicator)
{
    // The harness itself: one scan of every value per indicator (what --summary once did) fails it.
    const Workspace small = workspaceOf(200), large = workspaceOf(2000);
    auto scanPerIndicator = [](const Workspace &ws) {
        qsizetype n = 0;
        for (const Indicator &ind : ws.indicators)
            n += ws.observationsOf(ind.id).size();
        ASSERT_EQ(n, ws.observations.size());
    };
    const qint64 a = bestOf3([&] { scanPerIndicator(small); });
    const qint64 b = bestOf3([&] { scanPerIndicator(large); });
    EXPECT_GT(double(b) / double(std::max<qint64>(a, 1)), 50.0);
}
