// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/chart_view.h"

#include <QHelpEvent>
#include <QToolTip>

namespace cs {

ChartView::ChartView(QWidget *parent) : QCustomPlot(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setMouseTracking(true);
    setAntialiasedElements(QCP::aeAll);
    connect(this, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable *p, int index, QMouseEvent *) { onPlottableClick(p, index); });
    connect(this, &QCustomPlot::legendClick, this,
            [this](QCPLegend *legend, QCPAbstractLegendItem *item, QMouseEvent *) { onLegendClick(legend, item); });
    connect(this, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { resetView(); });
}

void ChartView::setChart(const ChartModel &model)
{
    m_model = model;
    m_selected = {};
    redraw();
}

void ChartView::redraw()
{
    m_rendered = renderChart(this, m_model, ChartStyle::fromPalette(palette()));
    const bool interactive = m_model.kind != ChartKind::Taxonomy && !m_model.isEmpty();
    setInteractions(interactive ? QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables : QCP::Interactions());
    if (QCPAxisRect *rect = axisRect(); rect && m_rendered.valueAxis) {
        rect->setRangeDragAxes(m_rendered.keyAxis, m_rendered.valueAxis);
        rect->setRangeZoomAxes(m_rendered.keyAxis, m_rendered.valueAxis);
    }
    selectPoint(m_selected);
    replot(QCustomPlot::rpQueuedRefresh);
}

void ChartView::resetView()
{
    if (!m_rendered.keyAxis || !m_rendered.valueAxis)
        return;
    m_rendered.keyAxis->setRange(m_rendered.keyLower, m_rendered.keyUpper);
    m_rendered.valueAxis->setRange(m_rendered.valueLower, m_rendered.valueUpper);
    redraw(); // items and the right axis return to their places too
}

void ChartView::selectPoint(PointRef ref)
{
    for (auto it = m_rendered.points.begin(); it != m_rendered.points.end(); ++it)
        it.key()->setSelection(QCPDataSelection());
    m_selected = ref;
    QCPAbstractPlottable *plottable = nullptr;
    int index = -1;
    if (ref.isValid() && m_rendered.locate(ref, &plottable, &index))
        plottable->setSelection(QCPDataSelection(QCPDataRange(index, index + 1)));
    replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::moveSelection(int step)
{
    const QList<const ChartPoint *> points = m_model.visiblePoints();
    if (points.isEmpty())
        return;
    // Walk in the order the points appear on the category axis.
    QList<PointRef> order;
    for (int s = 0; s < m_model.series.size(); ++s) {
        if (!m_model.series[s].visible)
            continue;
        for (int p = 0; p < m_model.series[s].points.size(); ++p)
            order << PointRef{s, p};
    }
    std::stable_sort(order.begin(), order.end(), [this](PointRef a, PointRef b) {
        return m_model.series[a.series].points[a.point].category < m_model.series[b.series].points[b.point].category;
    });
    qsizetype at = order.indexOf(m_selected);
    at = at < 0 ? (step > 0 ? 0 : order.size() - 1) : std::clamp<qsizetype>(at + step, 0, order.size() - 1);
    selectPoint(order[at]);
    emit pointActivated(order[at]);
}

PointRef ChartView::pointAt(const QPointF &pos) const
{
    int index = -1;
    QCPAbstractPlottable *p = plottableAt(pos, true, &index);
    if (!p || index < 0)
        return {};
    const QVector<PointRef> refs = m_rendered.points.value(p);
    return index < refs.size() ? refs[index] : PointRef{};
}

QString ChartView::tooltipAt(const QPointF &pos) const
{
    const PointRef ref = pointAt(pos);
    return ref.isValid() ? m_model.series[ref.series].points[ref.point].tooltip : QString();
}

std::optional<QPointF> ChartView::pointPosition(PointRef ref) const
{
    QCPAbstractPlottable *p = nullptr;
    int index = -1;
    if (!m_rendered.locate(ref, &p, &index))
        return std::nullopt;
    const auto *plottable1D = dynamic_cast<QCPPlottableInterface1D *>(p);
    if (!plottable1D)
        return std::nullopt;
    const double key = plottable1D->dataMainKey(index);
    const double value = plottable1D->dataMainValue(index);
    double x = 0, y = 0;
    p->coordsToPixels(key, value / 2, x, y); // the middle of a bar, or just under a line's point
    if (dynamic_cast<QCPGraph *>(p))
        p->coordsToPixels(key, value, x, y);
    return QPointF(x, y);
}

QString ChartView::legendSeriesKey(int legendItemIndex) const
{
    const QCPLegend *legend = nullptr;
    for (int i = 0; i < plotLayout()->elementCount(); ++i) {
        if (auto *l = qobject_cast<QCPLegend *>(plotLayout()->elementAt(i)))
            legend = l;
    }
    if (!legend || legendItemIndex >= legend->itemCount())
        return {};
    if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(legendItemIndex)))
        return m_rendered.seriesKeys.value(item->plottable());
    return {};
}

void ChartView::onPlottableClick(QCPAbstractPlottable *plottable, int dataIndex)
{
    const QVector<PointRef> refs = m_rendered.points.value(plottable);
    if (dataIndex < 0 || dataIndex >= refs.size())
        return;
    selectPoint(refs[dataIndex]);
    emit pointActivated(refs[dataIndex]);
}

void ChartView::onLegendClick(QCPLegend *, QCPAbstractLegendItem *item)
{
    if (auto *pi = qobject_cast<QCPPlottableLegendItem *>(item)) {
        const QString key = m_rendered.seriesKeys.value(pi->plottable());
        if (!key.isEmpty())
            emit seriesToggled(key);
    }
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    redraw(); // labels are wrapped and the overview laid out for the new size
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up: moveSelection(-1); return;
    case Qt::Key_Right:
    case Qt::Key_Down: moveSelection(1); return;
    case Qt::Key_Home: resetView(); return;
    default: QCustomPlot::keyPressEvent(event);
    }
}

void ChartView::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        redraw(); // follow light and dark system palettes
}

bool ChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QCustomPlot::event(event);
}

} // namespace cs
