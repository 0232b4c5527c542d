// SPDX-License-Identifier: GPL-3.0-or-later
// Editing one value of a large workspace through the Document: validate the edit against what it
// touches, push one undo step, and look the value up again (the id index), as the window does
// after each edit. Also undo, and a keystroke of the chart editor (a chart-only check).
#include "document/document.h"
#include "query/validation.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <benchmark/benchmark.h>

namespace {

// `indicators` indicators of one subject and source, each with `perIndicator` yearly values.
cs::Workspace panel(int indicators, int perIndicator)
{
    cs::Workspace ws;
    ws.sources << cs::Source{};
    ws.sources[0].id = QStringLiteral("src");
    ws.sources[0].title = QStringLiteral("A statistics office");
    cs::Subject s;
    s.id = QStringLiteral("region");
    s.name = {QStringLiteral("某地"), QStringLiteral("A region")};
    ws.subjects << s;
    ws.observations.reserve(qsizetype(indicators) * perIndicator);
    for (int i = 0; i < indicators; ++i) {
        cs::Indicator ind;
        ind.id = QStringLiteral("ind-%1").arg(i);
        ind.name = {ind.id, ind.id};
        ind.subject = s.id;
        ind.unit = QStringLiteral("yi-yuan");
        ws.indicators << ind;
        for (int y = 0; y < perIndicator; ++y) {
            cs::Observation o;
            o.id = QStringLiteral("o-%1-%2").arg(i).arg(y);
            o.indicator = ind.id;
            o.period = cs::Period::parse(QString::number(1000 + y));
            o.value = i + y;
            o.source = QStringLiteral("src");
            ws.observations << o;
        }
    }
    return ws;
}

void BM_EditOneValue(benchmark::State &state)
{
    cs::Document doc(panel(int(state.range(0) / 1000), 1000));
    const QString id = QStringLiteral("o-%1-500").arg(state.range(0) / 2000);
    double v = 1;
    { // the first edit writes the recovery file at once (its cost is not known yet): not timed
        cs::Observation o = *doc.observation(id);
        o.value = (v += 1);
        doc.replaceObservation(o);
    }
    for (auto _ : state) {
        cs::Observation o = *doc.observation(id);
        o.value = (v += 1);
        if (!doc.replaceObservation(o))
            state.SkipWithError("edit refused");
        benchmark::DoNotOptimize(doc.observation(id));
    }
    state.counters["values"] = double(state.range(0));
}
BENCHMARK(BM_EditOneValue)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_UndoRedoOneEdit(benchmark::State &state)
{
    cs::Document doc(panel(int(state.range(0) / 1000), 1000));
    const QString id = QStringLiteral("o-%1-500").arg(state.range(0) / 2000);
    cs::Observation o = *doc.observation(id);
    o.value += 1;
    doc.replaceObservation(o);
    for (auto _ : state) {
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        benchmark::DoNotOptimize(doc.observation(id));
    }
}
BENCHMARK(BM_UndoRedoOneEdit)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// What the chart editor checks on each keystroke: the one chart being edited.
void BM_ChartEditorKeystroke(benchmark::State &state)
{
    cs::Workspace ws = panel(int(state.range(0) / 1000), 1000);
    cs::ChartSpec c;
    c.id = QStringLiteral("chart");
    c.series << cs::SeriesSpec{};
    c.series[0].indicator = QStringLiteral("ind-0");
    ws.charts << c;
    cs::EditScope scope;
    scope.charts.insert(c.id);
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::validateEdit(ws, scope));
}
BENCHMARK(BM_ChartEditorKeystroke)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
