// SPDX-License-Identifier: GPL-3.0-or-later
// LodLine, the level-of-detail line for long series: the envelope it hands QCustomPlot is exact
// in every pixel column, it breaks at gaps as every line does, and its pyramid is built once per
// data, not once per view. And the renderer hands it the gaps of a long line.
#include "render/chart_renderer.h"
#include "render/chart_style.h"
#include "render/lod_line.h"

#include <gtest/gtest.h>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <qcustomplot.h>

using namespace cs;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Plot {
    std::unique_ptr<QCustomPlot> plot = std::make_unique<QCustomPlot>();
    QCPGraph *graph = nullptr;
    Plot()
    {
        plot->setAttribute(Qt::WA_DontShowOnScreen);
        plot->resize(800, 500);
        plot->show();
        graph = plot->addGraph();
        plot->replot(); // lays the axis rect out: LodLine reads its pixel width
    }
    int width() const { return plot->xAxis->axisRect()->width(); }
};

// A wandering series with sharp single-point peaks and dips, and gaps where `gap(i)`.
void makeSeries(qsizetype n, QVector<double> &keys, QVector<double> &values, const std::function<bool(qsizetype)> &gap)
{
    keys.resize(n);
    values.resize(n);
    double level = 100;
    for (qsizetype i = 0; i < n; ++i) {
        keys[i] = double(i) * 0.5 + 3;
        level += std::sin(double(i) * 0.001) + (double((i * 7919) % 1000) - 500.0) * 0.002;
        values[i] = level + (i % 9973 == 0 ? 40 : 0) - (i % 7717 == 0 ? 35 : 0);
        if (gap(i))
            values[i] = kNaN;
    }
}

struct MinMax {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    void add(double v)
    {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
};

// Per pixel column, the lowest and highest of the non-gap points in the key range.
std::map<int, MinMax> envelope(const QVector<double> &keys, const QVector<double> &values, const QCPRange &range, int width)
{
    std::map<int, MinMax> columns;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i] < range.lower || keys[i] > range.upper || std::isnan(values[i]))
            continue;
        columns[LodLine::columnOf(keys[i], range.lower, range.upper, width)].add(values[i]);
    }
    return columns;
}

void drawn(const QCPGraph *graph, QVector<double> &keys, QVector<double> &values)
{
    keys.clear();
    values.clear();
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        keys << it->key;
        values << it->value;
    }
}

void expectExactEnvelope(Plot &p, const QVector<double> &keys, const QVector<double> &values, const QCPRange &range)
{
    p.plot->xAxis->setRange(range);
    const QCPRange r = p.plot->xAxis->range();
    QVector<double> dk, dv;
    drawn(p.graph, dk, dv);
    ASSERT_LE(dk.size(), 4 * p.width() + 8) << "the envelope is at pixel resolution";
    const std::map<int, MinMax> want = envelope(keys, values, r, p.width());
    const std::map<int, MinMax> got = envelope(dk, dv, r, p.width());
    ASSERT_EQ(got.size(), want.size()) << "columns with points";
    for (const auto &[column, mm] : want) {
        ASSERT_TRUE(got.count(column)) << "column " << column;
        EXPECT_EQ(got.at(column).lo, mm.lo) << "column " << column;
        EXPECT_EQ(got.at(column).hi, mm.hi) << "column " << column;
    }
}

// Index of `key` in the sorted `keys` (drawn points are data points).
qsizetype indexOf(const QVector<double> &keys, double key)
{
    const auto it = std::lower_bound(keys.cbegin(), keys.cend(), key);
    return it != keys.cend() && *it == key ? it - keys.cbegin() : -1;
}

// Every drawn segment joins two points with no gap between them in the data; returns the
// number of breaks drawn.
int expectNoSegmentAcrossAGap(const QCPGraph *graph, const QVector<double> &keys, const QVector<double> &values)
{
    QVector<double> dk, dv;
    drawn(graph, dk, dv);
    int breaks = 0;
    for (qsizetype i = 0; i + 1 < dk.size(); ++i) {
        if (std::isnan(dv[i]) && (i == 0 || !std::isnan(dv[i - 1])))
            ++breaks; // a run of NaN values is one break
        if (std::isnan(dv[i]) || std::isnan(dv[i + 1]))
            continue;
        const qsizetype a = indexOf(keys, dk[i]), b = indexOf(keys, dk[i + 1]);
        EXPECT_GE(a, 0);
        EXPECT_LT(a, b) << "drawn points are in key order";
        for (qsizetype k = a + 1; k < b; ++k) {
            if (std::isnan(values[k])) {
                ADD_FAILURE() << "the segment from " << dk[i] << " to " << dk[i + 1] << " crosses the gap at " << keys[k];
                return breaks;
            }
        }
    }
    return breaks;
}

} // namespace

TEST(LodLine, EnvelopeOfEveryPixelColumnIsExact)
{
    Plot p;
    QVector<double> keys, values;
    makeSeries(300'000, keys, values, [](qsizetype i) { return i % 50'000 == 1234 || (i >= 90'000 && i < 90'040); });
    auto *lod = new LodLine(p.graph, keys, values);
    ASSERT_GT(lod->size(), 4 * p.width()) << "the envelope is drawn, not the points";
    expectExactEnvelope(p, keys, values, QCPRange(keys.first(), keys.last()));
    expectExactEnvelope(p, keys, values, QCPRange(10'000.3, 97'777.7));   // columns not aligned to buckets
    expectExactEnvelope(p, keys, values, QCPRange(-500, 200'000));        // beyond the data's ends
    expectExactEnvelope(p, keys, values, QCPRange(44'990.25, 45'600.75)); // few points: drawn as they are
}

TEST(LodLine, EnvelopeAtTheEdgesOfAllGapBuckets)
{
    // Long runs of gaps and single points between them: buckets that hold only gaps, or one point.
    Plot p;
    QVector<double> keys, values;
    makeSeries(100'000, keys, values, [](qsizetype i) { return (i / 1000) % 3 == 1 || (i % 997 == 0); });
    new LodLine(p.graph, keys, values);
    expectExactEnvelope(p, keys, values, QCPRange(keys.first(), keys.last()));
    expectExactEnvelope(p, keys, values, QCPRange(3000.1, 41'000.9));
}

TEST(LodLine, GapsBreakTheLine)
{
    Plot p;
    QVector<double> keys, values;
    // Gaps of one point, of a few, and of many, wherever they fall in a pixel column.
    makeSeries(200'000, keys, values, [](qsizetype i) {
        return i == 25'000 || (i >= 60'000 && i < 60'003) || (i >= 120'000 && i < 130'000) || i == 170'001;
    });
    new LodLine(p.graph, keys, values);
    p.plot->xAxis->setRange(keys.first(), keys.last());
    EXPECT_EQ(expectNoSegmentAcrossAGap(p.graph, keys, values), 4) << "a break at each of the four gaps";
    p.plot->xAxis->setRange(keys[20'000], keys[65'000]);
    EXPECT_EQ(expectNoSegmentAcrossAGap(p.graph, keys, values), 2);
    p.plot->xAxis->setRange(keys[59'990], keys[60'010]); // few points: QCustomPlot breaks at the NaN itself
    EXPECT_EQ(expectNoSegmentAcrossAGap(p.graph, keys, values), 1);
}

TEST(LodLine, PyramidIsBuiltOncePerDataNotPerView)
{
    Plot p;
    QVector<double> keys, values;
    makeSeries(100'000, keys, values, [](qsizetype) { return false; });
    auto *lod = new LodLine(p.graph, keys, values);
    EXPECT_EQ(lod->pyramidBuilds(), 1);
    const qsizetype whole = lod->drawnPoints();
    p.plot->xAxis->setRange(1000, 2000);
    EXPECT_NE(lod->drawnPoints(), whole) << "the view changed what is drawn";
    p.plot->xAxis->setRange(keys.first(), keys.last()); // the view reset
    p.plot->xAxis->scaleRange(0.5);
    p.plot->resize(400, 300);
    p.plot->replot();
    EXPECT_EQ(lod->pyramidBuilds(), 1);
    makeSeries(50'000, keys, values, [](qsizetype i) { return i == 7; });
    lod->setData(keys, values);
    EXPECT_EQ(lod->pyramidBuilds(), 2);
    p.plot->xAxis->setRange(keys.first(), keys.last());
    EXPECT_EQ(lod->pyramidBuilds(), 2);
}

TEST(LodLine, ResizedPlotGetsTheEnvelopeOfItsNewColumns)
{
    Plot p;
    QVector<double> keys, values;
    makeSeries(100'000, keys, values, [](qsizetype i) { return i == 5000; });
    new LodLine(p.graph, keys, values);
    p.plot->xAxis->setRange(keys.first(), keys.last());
    p.plot->resize(500, 300);
    p.plot->replot();
    const QCPRange r = p.plot->xAxis->range();
    QVector<double> dk, dv;
    drawn(p.graph, dk, dv);
    const std::map<int, MinMax> want = envelope(keys, values, r, p.width());
    const std::map<int, MinMax> got = envelope(dk, dv, r, p.width());
    ASSERT_EQ(got.size(), want.size());
    for (const auto &[column, mm] : want) {
        EXPECT_EQ(got.at(column).lo, mm.lo) << "column " << column;
        EXPECT_EQ(got.at(column).hi, mm.hi) << "column " << column;
    }
}

// Through the renderer: a line of more than 20,000 points with a category it has no value for.
TEST(LodLine, RendererBreaksALongLineAtAMissingCategory)
{
    ChartModel m;
    m.kind = ChartKind::TimeSeries;
    m.lang = Lang::En;
    m.title = QStringLiteral("Long");
    ChartSeries s;
    s.key = QStringLiteral("s");
    s.name = QStringLiteral("Series");
    s.style = SeriesStyle::Line;
    const int n = 30'000, missing = 12'345;
    for (int c = 0; c < n; ++c) {
        m.categories << QString::number(c);
        m.categoryGroups << QStringLiteral("day");
        if (c == missing)
            continue;
        ChartPoint pt;
        pt.category = c;
        pt.value = std::sin(c * 0.01) * 10 + 50;
        pt.joinGroup = QStringLiteral("day");
        pt.valueLabel = QString::number(pt.value);
        s.points << pt;
    }
    m.series << s;
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.resize(800, 500);
    plot.show();
    const RenderedChart chart = renderChart(&plot, m, ChartStyle::light());
    plot.replot();
    QCPGraph *line = nullptr;
    for (int i = 0; i < plot.graphCount(); ++i) {
        if (plot.graph(i)->findChild<LodLine *>())
            line = plot.graph(i);
    }
    ASSERT_NE(line, nullptr) << "a line this long is drawn as an envelope";
    QVector<double> dk, dv;
    drawn(line, dk, dv);
    bool broken = false;
    for (qsizetype i = 0; i < dk.size(); ++i)
        broken = broken || std::isnan(dv[i]);
    EXPECT_TRUE(broken) << "the line breaks at category " << missing;
    for (qsizetype i = 0; i + 1 < dk.size(); ++i) {
        if (!std::isnan(dv[i]) && !std::isnan(dv[i + 1])) {
            EXPECT_FALSE(dk[i] < missing && dk[i + 1] > missing) << "a segment from " << dk[i] << " to " << dk[i + 1];
        }
    }
}
