// SPDX-License-Identifier: GPL-3.0-or-later
// Redrawing a large series: a 10-million-point line in an 800×500 chart must redraw in at most
// 16 ms (one frame). QCustomPlot alone ("Plain") walks every visible point on each redraw;
// Clusterscope's LodLine draws a min/max envelope at four points per pixel column from a pyramid
// built once, so a redraw costs the same for ten thousand points as for ten million.
#include "render/lod_line.h"

#include <QApplication>
#include <benchmark/benchmark.h>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

QCustomPlot *plotWith(qsizetype points, bool lod)
{
    auto *plot = new QCustomPlot;
    plot->resize(800, 500);
    plot->setAttribute(Qt::WA_DontShowOnScreen);
    plot->show();
    QVector<double> keys(points), values(points);
    double level = 100;
    for (qsizetype i = 0; i < points; ++i) {
        keys[i] = double(i);
        level += std::sin(double(i) * 0.001) + (double((i * 7919) % 1000) - 500.0) * 0.002; // a wandering series
        values[i] = level;
    }
    QCPGraph *g = plot->addGraph();
    plot->xAxis->setRange(0, double(points - 1));
    plot->yAxis->setRange(*std::min_element(values.cbegin(), values.cend()), *std::max_element(values.cbegin(), values.cend()));
    if (lod) {
        new cs::LodLine(g, keys, values);
    } else {
        g->setData(keys, values, true);
        g->setAdaptiveSampling(true);
    }
    plot->replot(QCustomPlot::rpImmediateRefresh);
    return plot;
}

void BM_RedrawLargeSeries(benchmark::State &state)
{
    QCustomPlot *plot = plotWith(state.range(0), state.range(1));
    for (auto _ : state)
        plot->replot(QCustomPlot::rpImmediateRefresh);
    state.SetItemsProcessed(state.iterations() * state.range(0));
    delete plot;
}
BENCHMARK(BM_RedrawLargeSeries)
    ->ArgNames({"points", "lod"})
    ->Args({1'000'000, 0})->Args({10'000'000, 0})->Args({1'000'000, 1})->Args({10'000'000, 1})
    ->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Panning: the visible range moves, so the sampling runs on a different slice each time.
void BM_PanLargeSeries(benchmark::State &state)
{
    QCustomPlot *plot = plotWith(state.range(0), state.range(1));
    const double span = double(state.range(0)) / 4;
    double start = 0;
    for (auto _ : state) {
        plot->xAxis->setRange(start, start + span);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        start = std::fmod(start + span / 50, double(state.range(0)) - span);
    }
    delete plot;
}
BENCHMARK(BM_PanLargeSeries)->ArgNames({"points", "lod"})->Args({10'000'000, 0})->Args({10'000'000, 1})
    ->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
