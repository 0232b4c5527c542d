// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/lod_line.h"

#include <qcustomplot.h>

#include <algorithm>

namespace cs {

LodLine::LodLine(QCPGraph *graph, QVector<double> keys, QVector<double> values)
    : QObject(graph), m_graph(graph), m_keys(std::move(keys)), m_values(std::move(values))
{
    // Level 0 pairs adjacent points; each further level pairs the buckets of the one below.
    qsizetype n = m_keys.size();
    for (qsizetype size = 2; n / size >= 1 && size <= m_keys.size(); size *= 2) {
        Level level;
        const qsizetype buckets = (m_keys.size() + size - 1) / size;
        level.minValue.resize(buckets);
        level.maxValue.resize(buckets);
        level.minIndex.resize(buckets);
        level.maxIndex.resize(buckets);
        for (qsizetype b = 0; b < buckets; ++b) {
            qsizetype lo = -1, hi = -1;
            if (m_levels.isEmpty()) {
                for (qsizetype i = b * 2; i < std::min(b * 2 + 2, m_keys.size()); ++i) {
                    if (lo < 0 || m_values[i] < m_values[lo])
                        lo = i;
                    if (hi < 0 || m_values[i] > m_values[hi])
                        hi = i;
                }
            } else {
                const Level &below = m_levels.last();
                for (qsizetype c = b * 2; c < std::min(b * 2 + 2, below.minIndex.size()); ++c) {
                    if (lo < 0 || below.minValue[c] < m_values[lo])
                        lo = below.minIndex[c];
                    if (hi < 0 || below.maxValue[c] > m_values[hi])
                        hi = below.maxIndex[c];
                }
            }
            level.minIndex[b] = lo;
            level.maxIndex[b] = hi;
            level.minValue[b] = m_values[lo];
            level.maxValue[b] = m_values[hi];
        }
        m_levels.append(level);
        n = buckets;
        if (buckets <= 1)
            break;
    }
    connect(m_graph->keyAxis(), qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &LodLine::update);
    update();
}

void LodLine::update()
{
    const QCPRange range = m_graph->keyAxis()->range();
    const qsizetype first = std::max<qsizetype>(0, std::lower_bound(m_keys.cbegin(), m_keys.cend(), range.lower) - m_keys.cbegin() - 1);
    const qsizetype last = std::min<qsizetype>(m_keys.size(), std::upper_bound(m_keys.cbegin(), m_keys.cend(), range.upper) - m_keys.cbegin() + 1);
    const qsizetype visible = last - first;
    const qsizetype budget = std::max(64, 4 * m_graph->keyAxis()->axisRect()->width());
    QVector<double> keys, values;
    if (visible <= budget || m_levels.isEmpty()) {
        keys = m_keys.mid(first, visible);
        values = m_values.mid(first, visible);
    } else {
        // The coarsest level that still gives at least `budget / 2` buckets over the visible points.
        int level = 0;
        while (level + 1 < m_levels.size() && (visible >> (level + 2)) * 2 >= budget)
            ++level;
        const Level &l = m_levels[level];
        const qsizetype size = qsizetype(2) << level;
        keys.reserve(2 * (visible / size + 2));
        values.reserve(keys.capacity());
        for (qsizetype b = first / size; b <= (last - 1) / size && b < l.minIndex.size(); ++b) {
            // Both extremes of the bucket, in key order, so the line passes through each.
            qsizetype a = l.minIndex[b], c = l.maxIndex[b];
            if (a > c)
                std::swap(a, c);
            keys << m_keys[a];
            values << m_values[a];
            if (c != a) {
                keys << m_keys[c];
                values << m_values[c];
            }
        }
    }
    m_drawn = keys.size();
    m_graph->setAdaptiveSampling(false); // the envelope is already at pixel resolution
    m_graph->setData(keys, values, true);
}

} // namespace cs
