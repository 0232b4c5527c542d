// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chart_model.h"
#include "render/chart_style.h"

#include <QHash>
#include <QVector>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPAxis;

namespace cs {

// Which model point a plotted data point is.
struct PointRef {
    int series = -1;
    int point = -1;
    bool isValid() const { return series >= 0; }
    friend bool operator==(PointRef a, PointRef b) { return a.series == b.series && a.point == b.point; }
};

// What the renderer drew, so the window can map mouse hits and selections back to the model.
struct RenderedChart {
    QHash<QCPAbstractPlottable *, QVector<PointRef>> points; // by data index
    QHash<QCPAbstractPlottable *, QString> seriesKeys;        // legend toggles, hidden series included
    QCPAxis *keyAxis = nullptr;
    QCPAxis *valueAxis = nullptr;
    double keyLower = 0, keyUpper = 0, valueLower = 0, valueUpper = 0;

    // The plottable and data index drawing `ref`; false when it is not drawn.
    bool locate(PointRef ref, QCPAbstractPlottable **plottable, int *dataIndex) const;
};

// The one renderer: the window, the clipboard and headless export all draw charts through it.
// Clears `plot` and draws `model` at the plot's current size.
RenderedChart renderChart(QCustomPlot *plot, const ChartModel &model, const ChartStyle &style);

// Breaks text into lines no wider than `width` pixels in `font`: at spaces for Latin words,
// between any two Chinese characters.
QString wrapText(const QString &text, const QFont &font, qreal width);

} // namespace cs
