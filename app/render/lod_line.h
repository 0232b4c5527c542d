// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVector>

class QCPGraph;

namespace cs {

// A line with millions of points that redraws in a frame. A min/max pyramid, built once per data
// (buckets of 2, 4, 8, … points), answers "lowest and highest point between two indexes" in a few
// steps; for the visible key range, each pixel column hands QCustomPlot only its lowest and highest
// point. Peaks are never dropped, and the envelope of every column is exactly that of its points.
// A NaN value is a gap: the line breaks there, as every line does, and never joins across it.
// When few points are visible they are drawn as they are.
class LodLine : public QObject
{
    Q_OBJECT
public:
    // `keys` must be sorted ascending. The graph's data is replaced by what is visible.
    LodLine(QCPGraph *graph, QVector<double> keys, QVector<double> values);

    // New data: builds the pyramid again and redraws. Changing the view never rebuilds it.
    void setData(QVector<double> keys, QVector<double> values);

    qsizetype size() const { return m_keys.size(); }
    // Recomputes the drawn points for the key axis's current range and pixel width.
    void update();
    qsizetype drawnPoints() const { return m_drawn; }
    int pyramidBuilds() const { return m_builds; } // how often the pyramid was built

    // The pixel column of `key` in a key range drawn `width` pixels wide: floor of the key's
    // share of the range times the width, within 0 … width − 1.
    static int columnOf(double key, double lower, double upper, int width);

private:
    void build();
    // The indexes of the lowest and the highest value in [from, to); -1 when all are gaps.
    void extremes(qsizetype from, qsizetype to, qsizetype &lo, qsizetype &hi) const;
    void widthMayHaveChanged();

    QCPGraph *m_graph;
    QVector<double> m_keys, m_values;
    QVector<qsizetype> m_gaps; // indexes of NaN values, ascending
    struct Level {
        QVector<qsizetype> minIndex, maxIndex; // -1 for a bucket that holds only gaps
    };
    QVector<Level> m_levels; // m_levels[L] has buckets of 2^(L+1) points
    qsizetype m_drawn = 0;
    int m_builds = 0;
    int m_width = 0; // pixel width of the last update
};

} // namespace cs
