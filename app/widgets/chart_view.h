// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/chart_renderer.h"

#include <qcustomplot.h>

namespace cs {

// The interactive chart: wheel zoom, drag pan, double-click reset, tooltips, legend toggles,
// click and arrow-key selection. Draws through renderChart(), like every export.
class ChartView : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setChart(const ChartModel &model);
    const ChartModel &chart() const { return m_model; }

    // Selects (highlights) one point; an invalid ref clears the selection. Emits nothing.
    void selectPoint(PointRef ref);
    PointRef selectedPoint() const { return m_selected; }
    void moveSelection(int step); // to the previous or next point, and emits pointActivated
    void resetView();

    // The tooltip for the point under `pos` (widget coordinates), empty when there is none.
    QString tooltipAt(const QPointF &pos) const;
    PointRef pointAt(const QPointF &pos) const;
    // The centre of a drawn point in widget coordinates, for tests and keyboard focus.
    std::optional<QPointF> pointPosition(PointRef ref) const;
    // The series key a legend item toggles, for tests.
    QString legendSeriesKey(int legendItemIndex) const;

signals:
    void pointActivated(cs::PointRef ref);
    void seriesToggled(const QString &seriesKey);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void redraw();
    void onPlottableClick(QCPAbstractPlottable *plottable, int dataIndex);
    void onLegendClick(QCPLegend *legend, QCPAbstractLegendItem *item);

    ChartModel m_model;
    RenderedChart m_rendered;
    PointRef m_selected;
};

} // namespace cs
