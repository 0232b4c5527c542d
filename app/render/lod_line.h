// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVector>

class QCPGraph;
class QCPRange;

namespace cs {

// A line with millions of points that redraws in a frame: a min/max pyramid built once (buckets
// of 2, 4, 8, … points) gives, for the visible key range, the envelope at about four points per
// pixel column, and only that is handed to QCustomPlot. Peaks are never dropped: every bucket
// keeps its minimum and its maximum. When few points are visible they are drawn as they are.
class LodLine : public QObject
{
    Q_OBJECT
public:
    // `keys` must be sorted ascending. The graph's data is replaced by what is visible.
    LodLine(QCPGraph *graph, QVector<double> keys, QVector<double> values);

    qsizetype size() const { return m_keys.size(); }
    // Recomputes the drawn points for the key axis's current range and pixel width.
    void update();
    qsizetype drawnPoints() const { return m_drawn; }

private:
    struct Level {
        QVector<double> minValue, maxValue;
        QVector<qsizetype> minIndex, maxIndex;
    };
    QCPGraph *m_graph;
    QVector<double> m_keys, m_values;
    QVector<Level> m_levels; // level L has buckets of 2^(L+1) points
    qsizetype m_drawn = 0;
};

} // namespace cs
