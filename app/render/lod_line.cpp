// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/lod_line.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cs {

LodLine::LodLine(QCPGraph *graph, QVector<double> keys, QVector<double> values) : QObject(graph), m_graph(graph)
{
    connect(m_graph->keyAxis(), qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &LodLine::update);
    // A resized plot has other pixel columns for the same range (afterLayout comes before drawing).
    connect(m_graph->parentPlot(), &QCustomPlot::afterLayout, this, &LodLine::widthMayHaveChanged);
    setData(std::move(keys), std::move(values));
}

void LodLine::setData(QVector<double> keys, QVector<double> values)
{
    m_keys = std::move(keys);
    m_values = std::move(values);
    m_values.resize(m_keys.size(), std::numeric_limits<double>::quiet_NaN());
    build();
    update();
}

void LodLine::build()
{
    ++m_builds;
    m_levels.clear();
    m_gaps.clear();
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        if (std::isnan(m_values[i]))
            m_gaps << i;
    }
    // Level 0 pairs adjacent points; each further level pairs the buckets of the one below.
    auto lower = [this](qsizetype a, qsizetype b) { return a < 0 ? b : b < 0 ? a : m_values[b] < m_values[a] ? b : a; };
    auto higher = [this](qsizetype a, qsizetype b) { return a < 0 ? b : b < 0 ? a : m_values[b] > m_values[a] ? b : a; };
    auto point = [this](qsizetype i) { return i < m_values.size() && !std::isnan(m_values[i]) ? i : qsizetype(-1); };
    qsizetype below = m_keys.size(); // buckets in the level below (points for level 0)
    while (below > 1) {
        const qsizetype buckets = (below + 1) / 2;
        Level level;
        level.minIndex.resize(buckets);
        level.maxIndex.resize(buckets);
        for (qsizetype b = 0; b < buckets; ++b) {
            if (m_levels.isEmpty()) {
                level.minIndex[b] = lower(point(2 * b), point(2 * b + 1));
                level.maxIndex[b] = higher(point(2 * b), point(2 * b + 1));
            } else {
                const Level &l = m_levels.last();
                const bool pair = 2 * b + 1 < below;
                level.minIndex[b] = lower(l.minIndex[2 * b], pair ? l.minIndex[2 * b + 1] : -1);
                level.maxIndex[b] = higher(l.maxIndex[2 * b], pair ? l.maxIndex[2 * b + 1] : -1);
            }
        }
        m_levels.append(std::move(level));
        below = buckets;
    }
}

void LodLine::extremes(qsizetype from, qsizetype to, qsizetype &lo, qsizetype &hi) const
{
    lo = hi = -1;
    auto take = [&](qsizetype a, qsizetype b) {
        if (a >= 0 && (lo < 0 || m_values[a] < m_values[lo]))
            lo = a;
        if (b >= 0 && (hi < 0 || m_values[b] > m_values[hi]))
            hi = b;
    };
    auto takeNode = [&](int level, qsizetype node) {
        if (level == 0) {
            const qsizetype i = std::isnan(m_values[node]) ? -1 : node;
            take(i, i);
        } else {
            take(m_levels[level - 1].minIndex[node], m_levels[level - 1].maxIndex[node]);
        }
    };
    // Bottom up, as in a segment tree: the odd ends of each level are taken whole, the rest
    // is covered by the level above.
    for (int level = 0; from < to; ++level, from /= 2, to /= 2) {
        if (from % 2 == 1)
            takeNode(level, from++);
        if (to % 2 == 1)
            takeNode(level, --to);
    }
}

int LodLine::columnOf(double key, double lower, double upper, int width)
{
    const double c = std::floor((key - lower) / (upper - lower) * width);
    return int(std::clamp(c, 0.0, double(width - 1)));
}

void LodLine::widthMayHaveChanged()
{
    if (m_graph->keyAxis()->axisRect()->width() != m_width)
        update();
}

void LodLine::update()
{
    const QCPRange range = m_graph->keyAxis()->range();
    const int width = std::max(1, m_graph->keyAxis()->axisRect()->width());
    m_width = m_graph->keyAxis()->axisRect()->width();
    // The visible points, and one on each side so that the line runs out of the plot.
    const qsizetype from = std::lower_bound(m_keys.cbegin(), m_keys.cend(), range.lower) - m_keys.cbegin();
    const qsizetype to = std::upper_bound(m_keys.cbegin(), m_keys.cend(), range.upper) - m_keys.cbegin();
    const qsizetype first = std::max<qsizetype>(0, from - 1), last = std::min(m_keys.size(), to + 1);
    const qsizetype budget = std::max(64, 4 * width);
    QVector<double> keys, values;
    if (last - first <= budget) {
        keys = m_keys.mid(first, last - first);
        values = m_values.mid(first, last - first);
    } else {
        keys.reserve(2 * width + 4);
        values.reserve(keys.capacity());
        auto point = [&](qsizetype i) {
            if (std::isnan(m_values[i]) && !values.isEmpty() && std::isnan(values.last()))
                return; // one break is enough
            keys << m_keys[i];
            values << m_values[i];
        };
        // The lowest and highest point of [s, e), in key order, with a break at every gap.
        auto envelope = [&](qsizetype s, qsizetype e) {
            auto gap = std::lower_bound(m_gaps.cbegin(), m_gaps.cend(), s);
            while (s < e) {
                const qsizetype stop = gap != m_gaps.cend() && *gap < e ? *gap : e;
                qsizetype lo = -1, hi = -1;
                if (stop > s)
                    extremes(s, stop, lo, hi);
                if (lo >= 0) {
                    point(std::min(lo, hi));
                    if (hi != lo)
                        point(std::max(lo, hi));
                }
                if (stop < e) {
                    point(stop);
                    ++gap;
                }
                s = stop + 1;
            }
        };
        if (first < from)
            point(first);
        qsizetype s = from;
        for (int column = 0; column < width && s < to; ++column) {
            const qsizetype e = std::partition_point(m_keys.cbegin() + s, m_keys.cbegin() + to, [&](double k) {
                                    return columnOf(k, range.lower, range.upper, width) <= column;
                                }) - m_keys.cbegin();
            envelope(s, e);
            s = e;
        }
        if (to < last)
            point(to);
    }
    m_drawn = keys.size();
    m_graph->setAdaptiveSampling(false); // the envelope is already at pixel resolution
    m_graph->setData(keys, values, true);
}

} // namespace cs
