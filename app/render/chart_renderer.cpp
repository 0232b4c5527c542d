// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/chart_renderer.h"

#include "render/lod_line.h"
#include "chart/quantity_format.h"

#include <QFontMetricsF>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cs {

namespace {

constexpr qreal kTitlePx = 17;
constexpr qreal kSubtitlePx = 12;
constexpr qreal kTickPx = 12;
constexpr qreal kLabelPx = 12;
constexpr qreal kValuePx = 12;
constexpr qreal kNotePx = 11;
constexpr int kLodThreshold = 20000; // points in one line beyond which it is drawn as an envelope

bool isCjk(QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0xFFEF && !c.isSpace(); }

QColor lighter(const QColor &c, const QColor &background, qreal amount)
{
    return QColor::fromRgbF(c.redF() * (1 - amount) + background.redF() * amount,
                            c.greenF() * (1 - amount) + background.greenF() * amount,
                            c.blueF() * (1 - amount) + background.blueF() * amount);
}

QCPTextElement *addText(QCustomPlot *plot, int row, const QString &text, const QFont &font, const QColor &color,
                        Qt::Alignment align)
{
    auto *t = new QCPTextElement(plot, text, font);
    t->setTextColor(color);
    t->setTextFlags(int(align) | Qt::AlignVCenter);
    t->setMargins(QMargins(10, 2, 10, 2));
    plot->plotLayout()->addElement(row, 0, t);
    plot->plotLayout()->setRowStretchFactor(row, 0.001);
    return t;
}

// Value-axis tick labels with as many decimals as the tick step needs (2.5, 7.5 — never "3",
// "8" under a gridline at 2.5 and 7.5), grouped in English, and large magnitudes shortened:
// 1.5T / 200B / 5M in English, 1.5亿 in Chinese.
class ValueTicker : public QCPAxisTicker
{
public:
    explicit ValueTicker(Lang lang) : m_lang(lang) {}

protected:
    double getTickStep(const QCPRange &range) override
    {
        m_step = QCPAxisTicker::getTickStep(range);
        return m_step;
    }

    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        const double a = std::abs(tick);
        struct Scale { double factor; const char *en; const char *zh; };
        static const Scale scales[] = {{1e12, "T", "万亿"}, {1e9, "B", nullptr}, {1e8, nullptr, "亿"}, {1e6, "M", nullptr}};
        for (const Scale &sc : scales) {
            const char *suffix = m_lang == Lang::Zh ? sc.zh : sc.en;
            if (suffix && a >= sc.factor)
                return formatNumber(tick / sc.factor, m_lang, decimalsFor(m_step / sc.factor)) + QString::fromUtf8(suffix);
        }
        return formatNumber(tick, m_lang, decimalsFor(m_step));
    }

private:
    static int decimalsFor(double step)
    {
        int d = 0;
        while (d < 6 && std::abs(step * std::pow(10.0, d) - std::round(step * std::pow(10.0, d))) > 1e-6 * std::pow(10.0, d))
            ++d;
        return d;
    }

    Lang m_lang;
    double m_step = 1;
};

class Renderer
{
public:
    Renderer(QCustomPlot *plot, const ChartModel &model, const ChartStyle &style) : plot(plot), m(model), style(style) {}

    RenderedChart run()
    {
        plot->setAutoAddPlottableToLegend(false); // the renderer decides what the legend lists
        // An unshown plot (headless export) keeps its first viewport until a resize event: set it.
        plot->setViewport(QRect(0, 0, plot->width(), plot->height()));
        plot->clearPlottables();
        plot->clearItems();
        plot->plotLayout()->clear();
        plot->setBackground(style.background);
        plot->setLocale(m.lang == Lang::En ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale::c());
        const qreal width = std::max(200, plot->width()) - 24;
        int row = 0;
        if (style.includeTitle) {
            addText(plot, row++, wrapText(m.title, chartFont(kTitlePx, true), width), chartFont(kTitlePx, true),
                    style.foreground, Qt::AlignHCenter);
            if (!m.subtitle.isEmpty())
                addText(plot, row++, m.subtitle, chartFont(kSubtitlePx), style.muted, Qt::AlignHCenter);
        }
        rect = new QCPAxisRect(plot);
        plot->plotLayout()->addElement(row, 0, rect);
        plot->plotLayout()->setRowStretchFactor(row++, 1);
        legend = new QCPLegend;
        legendRow = row++;
        plot->plotLayout()->addElement(legendRow, 0, legend);
        plot->plotLayout()->setRowStretchFactor(legendRow, 0.001);
        setUpLegend();
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis);

        if (m.isEmpty()) {
            drawEmpty();
        } else if (m.kind == ChartKind::Taxonomy) {
            drawTaxonomy();
        } else if (m.shareView) {
            drawShareView();
        } else {
            drawCategories();
        }
        fitLegend(width);
        if (legend->itemCount() <= 1) { // one entry says nothing the title does not
            plot->plotLayout()->remove(legend);
            plot->plotLayout()->simplify();
            --row;
        }
        const QString notes = m.notes.join(QLatin1Char('\n'));
        QStringList wrapped;
        for (const QString &n : m.notes)
            wrapped << wrapText(n, chartFont(kNotePx), width);
        if (!notes.isEmpty())
            addText(plot, row++, wrapped.join(QLatin1Char('\n')), chartFont(kNotePx), style.muted, Qt::AlignLeft);
        if (style.includeSource && !m.sourceLine.isEmpty())
            addText(plot, row++, wrapText(m.sourceLine, chartFont(kNotePx), width), chartFont(kNotePx), style.muted,
                    Qt::AlignLeft);
        placeReferenceRows();
        out.keyLower = out.keyAxis ? out.keyAxis->range().lower : 0;
        out.keyUpper = out.keyAxis ? out.keyAxis->range().upper : 0;
        out.valueLower = out.valueAxis ? out.valueAxis->range().lower : 0;
        out.valueUpper = out.valueAxis ? out.valueAxis->range().upper : 0;
        return out;
    }

private:
    QCustomPlot *plot;
    const ChartModel &m;
    const ChartStyle &style;
    QCPAxisRect *rect = nullptr;
    QCPLegend *legend = nullptr;
    int legendRow = 0;
    RenderedChart out;
    QList<std::pair<QCPItemText *, qreal>> referenceRows;

    void setUpLegend()
    {
        legend->setVisible(true);
        legend->setFont(chartFont(kTickPx));
        legend->setTextColor(style.foreground);
        legend->setBrush(Qt::NoBrush);
        legend->setBorderPen(Qt::NoPen);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setWrap(m.shareView ? 4 : 3);
        legend->setSelectableParts(QCPLegend::spItems);
        legend->setIconSize(QSize(18, 12));
        legend->setMargins(QMargins(8, 0, 8, 0));
    }

    // As many legend columns as the widest entry allows; names too long for one line wrap.
    void fitLegend(qreal width)
    {
        const QFontMetricsF fm(legend->font());
        const qreal extra = legend->iconSize().width() + legend->iconTextPadding() + 24;
        qreal widest = 0;
        for (int i = 0; i < legend->itemCount(); ++i) {
            auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
            if (!item)
                continue;
            QCPAbstractPlottable *p = item->plottable();
            if (fm.horizontalAdvance(p->name()) + extra > width)
                p->setName(wrapText(p->name(), legend->font(), width - extra));
            for (const QString &line : p->name().split(QLatin1Char('\n')))
                widest = std::max(widest, fm.horizontalAdvance(line));
        }
        legend->setWrap(std::clamp(int(width / (widest + extra)), 1, 4));
        legend->setFillOrder(legend->fillOrder(), true); // setWrap alone does not move existing items
    }

    void styleAxis(QCPAxis *axis)
    {
        const QPen axisPen(style.muted, 1);
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(axisPen);
        axis->setTickLabelColor(style.foreground);
        axis->setLabelColor(style.foreground);
        axis->setTickLabelFont(chartFont(kTickPx));
        axis->setLabelFont(chartFont(kLabelPx));
        axis->grid()->setPen(QPen(style.grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(style.muted, 1));
        axis->setNumberFormat(QStringLiteral("f"));
        axis->setNumberPrecision(0);
    }

    void drawEmpty()
    {
        for (QCPAxis *axis : rect->axes())
            axis->setVisible(false);
        auto *text = new QCPItemText(plot);
        text->setClipToAxisRect(false);
        text->position->setAxisRect(rect);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(m.emptyMessage);
        text->setFont(chartFont(kTitlePx - 2));
        text->setColor(style.muted);
    }

    // Time series (vertical bars and lines over periods) and breakdowns (horizontal bars).
    void drawCategories()
    {
        QCPAxis *keyAxis = m.horizontal ? rect->axis(QCPAxis::atLeft) : rect->axis(QCPAxis::atBottom);
        QCPAxis *valueAxis = m.horizontal ? rect->axis(QCPAxis::atBottom) : rect->axis(QCPAxis::atLeft);
        QCPAxis *rightAxis = rect->axis(QCPAxis::atRight);
        out.keyAxis = keyAxis;
        out.valueAxis = valueAxis;
        const int n = int(m.categories.size());

        // Category ticks; horizontal charts list the first category at the top.
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        const qreal labelWidth = m.horizontal ? std::max(90.0, plot->width() * 0.30)
                                              : std::max(40.0, (plot->width() - 120.0) / std::max(1, n) - 6);
        // Every category labelled when the labels fit; otherwise every k-th, so none overprint.
        int step = 1;
        if (!m.horizontal && n > 1) {
            qreal widest = 0;
            const QFontMetricsF fm(chartFont(kTickPx));
            for (const QString &c : m.categories)
                widest = std::max(widest, fm.horizontalAdvance(c));
            const qreal slot = std::max(100.0, plot->width() - 140.0) / n; // the width each category gets
            if (widest + 12 > slot)
                step = std::max(1, int(std::ceil((widest + 12) / slot)));
        }
        for (int i = 0; i < n; i += step)
            ticker->addTick(keyOf(i), step > 1 ? m.categories[i] : wrapText(m.categories[i], chartFont(kTickPx), labelWidth));
        keyAxis->setTicker(ticker);
        keyAxis->setSubTicks(false);
        keyAxis->setTickLength(0, 4);
        keyAxis->grid()->setVisible(false);
        keyAxis->setRange(-0.6, n - 0.4);
        valueAxis->setLabel(m.valueAxisLabel);
        if (!m.rightAxisLabel.isEmpty()) {
            rightAxis->setVisible(true);
            rightAxis->setLabel(m.rightAxisLabel);
            rightAxis->grid()->setVisible(false);
        }

        // Bar series of one orientation sit side by side within a category.
        QList<int> barSeries;
        for (int s = 0; s < m.series.size(); ++s) {
            if (m.series[s].visible && m.series[s].style == SeriesStyle::Bars)
                barSeries << s;
        }
        const double groupWidth = m.horizontal ? 0.62 : 0.7;
        const double barWidth = groupWidth / std::max<qsizetype>(1, barSeries.size());
        double maxLeft = 0, minLeft = 0, maxRight = 0, minRight = 0;
        for (int s = 0; s < m.series.size(); ++s) {
            const ChartSeries &series = m.series[s];
            const bool right = series.axis == Axis::Right && !m.horizontal;
            QCPAxis *axis = right ? rightAxis : valueAxis;
            const QColor colour = series.emphasised ? emphasisColor() : seriesColor(s);
            if (!series.visible) {
                if (style.interactive)
                    addHiddenLegendEntry(s, keyAxis, valueAxis);
                continue;
            }
            for (const ChartPoint &p : series.points) {
                const double top = p.value * (isLowerBound(p.qualifier) ? 1.08 : 1.0);
                (right ? maxRight : maxLeft) = std::max(right ? maxRight : maxLeft, top);
                (right ? minRight : minLeft) = std::min(right ? minRight : minLeft, p.value);
            }
            if (series.style == SeriesStyle::Bars) {
                const int slot = int(barSeries.indexOf(s));
                const double offset = (slot - (barSeries.size() - 1) / 2.0) * barWidth;
                drawBars(s, keyAxis, axis, colour, offset, barWidth * 0.92);
            } else {
                drawLine(s, keyAxis, axis, colour);
            }
        }
        // Bars on the left and a line on the right get separate bands, so their labels never meet:
        // the bars keep the lower part, the line (from zero, not exaggerated) the upper part.
        const bool twoBands = rightAxis->visible() && !barSeries.isEmpty();
        setValueRange(valueAxis, minLeft, maxLeft, m.horizontal ? 1.22 : (twoBands ? 1.65 : 1.16));
        if (rightAxis->visible())
            setValueRange(rightAxis, minRight, maxRight, 1.12);
        if (!m.references.isEmpty()) // a row per reference label, in the margin above the plot
            rect->setMinimumMargins(QMargins(0, int(m.references.size() * (QFontMetricsF(chartFont(kNotePx)).height() + 4) + 4), 0, 0));
        for (int i = 0; i < m.references.size(); ++i)
            drawReference(m.references[i], i, valueAxis);
    }

    double keyOf(int category) const
    {
        return m.horizontal ? double(m.categories.size() - 1 - category) : double(category);
    }

    void setValueRange(QCPAxis *axis, double lo, double hi, double headroom)
    {
        if (hi <= lo)
            hi = lo + 1;
        const double span = hi - lo;
        axis->setRange(lo < 0 ? lo - span * 0.08 : 0, hi + span * (headroom - 1));
        axis->setTicker(QSharedPointer<ValueTicker>::create(m.lang));
    }

    void addToLegend(QCPAbstractPlottable *p, int series)
    {
        p->addToLegend(legend);
        out.seriesKeys.insert(p, m.series[series].key);
    }

    // A hidden series keeps a greyed legend entry, so a click can show it again.
    void addHiddenLegendEntry(int s, QCPAxis *key, QCPAxis *value)
    {
        auto *placeholder = new QCPGraph(key, value);
        placeholder->setPen(QPen(style.grid, 2, Qt::DashLine));
        placeholder->setName(m.series[s].name + (m.lang == Lang::Zh ? QStringLiteral("（已隐藏，点击显示）")
                                                                   : QStringLiteral(" (hidden; click to show)")));
        placeholder->setSelectable(QCP::stNone);
        addToLegend(placeholder, s);
        if (auto *item = legend->itemWithPlottable(placeholder))
            item->setTextColor(style.muted);
    }

    void drawBars(int s, QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &colour, double offset, double width)
    {
        const ChartSeries &series = m.series[s];
        // Full periods and year-to-date spans are separate plottables: the latter are lighter and
        // hatched. Both map their data back to model points.
        auto *full = new QCPBars(keyAxis, valueAxis);
        auto *ytdFill = new QCPBars(keyAxis, valueAxis);
        auto *ytd = new QCPBars(keyAxis, valueAxis);
        for (QCPBars *b : {full, ytdFill, ytd}) {
            b->setWidth(width);
            b->setPen(QPen(colour.darker(115), 1));
            b->setSelectable(QCP::stSingleData);
            b->selectionDecorator()->setPen(QPen(style.foreground, 2.5));
            b->selectionDecorator()->setBrush(colour.lighter(125));
        }
        full->setBrush(colour);
        full->setName(series.name);
        ytdFill->setBrush(lighter(colour, style.background, 0.62));
        ytdFill->setPen(Qt::NoPen);
        ytdFill->setSelectable(QCP::stNone);
        ytd->setBrush(QBrush(colour, Qt::BDiagPattern));
        ytd->setName(series.name + (m.lang == Lang::Zh ? QStringLiteral("（年初至今累计）") : QStringLiteral(" (year to date)")));

        QVector<std::pair<double, PointRef>> fullKeys, ytdKeys;
        for (int i = 0; i < series.points.size(); ++i) {
            const ChartPoint &p = series.points[i];
            const double key = keyOf(p.category) + offset;
            (p.yearToDate ? ytdKeys : fullKeys).append({key, PointRef{s, i}});
            if (p.yearToDate)
                ytdFill->addData(key, p.value);
            (p.yearToDate ? ytd : full)->addData(key, p.value);
            drawValueLabel(p, key, keyAxis, valueAxis, colour);
        }
        registerPoints(full, fullKeys);
        registerPoints(ytd, ytdKeys);
        if (!fullKeys.isEmpty() || ytdKeys.isEmpty())
            addToLegend(full, s);
        if (!ytdKeys.isEmpty())
            addToLegend(ytd, s);
        if (fullKeys.isEmpty())
            removePlottable(full);
        if (ytdKeys.isEmpty()) {
            removePlottable(ytd);
            removePlottable(ytdFill);
        }
    }

    // Deletes a plottable and forgets it: `out` must not keep a pointer to it (the view selects
    // points through out.points).
    void removePlottable(QCPAbstractPlottable *p)
    {
        out.points.remove(p);
        out.seriesKeys.remove(p);
        plot->removePlottable(p);
    }

    void drawLine(int s, QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &colour)
    {
        const ChartSeries &series = m.series[s];
        // One graph per join group: a line never joins a full year to a year-to-date value.
        QMap<QString, QCPGraph *> graphs;
        QMap<QString, QVector<std::pair<double, PointRef>>> keys;
        for (int i = 0; i < series.points.size(); ++i) {
            const ChartPoint &p = series.points[i];
            QCPGraph *&g = graphs[p.joinGroup];
            if (!g) {
                g = new QCPGraph(keyAxis, valueAxis);
                g->setPen(QPen(colour, 2.2, p.yearToDate ? Qt::DashLine : Qt::SolidLine));
                // Markers while the points can be told apart; a long line is only a line.
                const bool marked = series.points.size() <= 40;
                g->setScatterStyle(!marked ? QCPScatterStyle(QCPScatterStyle::ssNone)
                                           : QCPScatterStyle(p.yearToDate ? QCPScatterStyle::ssDiamond : QCPScatterStyle::ssCircle,
                                                             QPen(colour, 2), p.yearToDate ? QBrush(style.background) : QBrush(colour),
                                                             p.yearToDate ? 10 : 7));
                g->setSelectable(QCP::stSingleData);
                g->selectionDecorator()->setPen(QPen(style.foreground, 3));
                g->setName(series.name + (p.yearToDate ? (m.lang == Lang::Zh ? QStringLiteral("（年初至今累计）")
                                                                             : QStringLiteral(" (year to date)"))
                                                       : QString()));
            }
            const double key = keyOf(p.category);
            g->addData(key, p.value);
            keys[p.joinGroup].append({key, PointRef{s, i}});
            if (!barLabelsCategory(series.axis, p.category))
                drawValueLabel(p, key, keyAxis, valueAxis, colour);
        }
        for (auto it = graphs.begin(); it != graphs.end(); ++it) {
            addToLegend(it.value(), s);
            if (it.value()->dataCount() > kLodThreshold) {
                // Too many points to draw one by one: a min/max envelope at pixel resolution,
                // which breaks at the same gaps. Points are then picked from the table, not the line.
                addGaps(it.value(), it.key());
                QVector<double> k, v;
                for (auto d = it.value()->data()->constBegin(); d != it.value()->data()->constEnd(); ++d) {
                    k << d->key;
                    v << d->value;
                }
                it.value()->setScatterStyle(QCPScatterStyle::ssNone);
                new LodLine(it.value(), k, v);
                continue;
            }
            registerPoints(it.value(), keys[it.key()]);
            breakAtMissingValues(it.value(), it.key());
        }
    }

    // A line breaks where a category of its own kind has no value: 2019 and 2023 are not joined
    // across a 2022 that has none. Adds a NaN value at each such category; returns whether any.
    bool addGaps(QCPGraph *graph, const QString &group)
    {
        QList<double> gaps;
        const auto data = graph->data();
        for (auto it = data->constBegin(); it != data->constEnd() && std::next(it) != data->constEnd(); ++it) {
            const int from = int(std::lround(std::next(it)->key)), to = int(std::lround(it->key));
            for (int c = std::min(from, to) + 1; c < std::max(from, to); ++c) {
                if (m.categoryGroups.value(c) == group) {
                    gaps << c;
                    break;
                }
            }
        }
        for (double key : gaps)
            graph->addData(key, std::numeric_limits<double>::quiet_NaN());
        return !gaps.isEmpty();
    }

    // The gaps of a line whose points are registered: their data indexes move.
    void breakAtMissingValues(QCPGraph *graph, const QString &group)
    {
        if (!addGaps(graph, group))
            return;
        // Data indexes moved: map them to model points again, gaps to nothing.
        const QVector<PointRef> before = out.points.value(graph);
        QVector<PointRef> after;
        int next = 0;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            after << (std::isnan(it->value) ? PointRef{} : before.value(next++));
        out.points.insert(graph, after);
    }

    // Whether a visible bar series on `axis` already labels `category` (a line point there stays
    // unlabelled; its value is in the tooltip and the table).
    bool barLabelsCategory(Axis axis, int category) const
    {
        for (const ChartSeries &s : m.series) {
            if (!s.visible || s.style != SeriesStyle::Bars || s.axis != axis)
                continue;
            for (const ChartPoint &p : s.points) {
                if (p.category == category)
                    return true;
            }
        }
        return false;
    }

    void registerPoints(QCPAbstractPlottable *p, QVector<std::pair<double, PointRef>> keys)
    {
        std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QVector<PointRef> refs;
        for (const auto &k : keys)
            refs << k.second;
        out.points.insert(p, refs);
    }

    // Value labels and open-end arrows are for charts a reader can count; a long series gets none
    // (its values are in the tooltips and the table).
    bool labelsPoints() const
    {
        qsizetype n = 0;
        for (const ChartSeries &s : m.series)
            n += s.visible ? s.points.size() : 0;
        return n <= 24;
    }

    void drawValueLabel(const ChartPoint &p, double key, QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &colour)
    {
        if (!labelsPoints())
            return;
        double value = p.value;
        if (isLowerBound(p.qualifier)) {
            // An open end: the bar continues upward, dashed, with an arrow.
            const double extension = std::abs(p.value) * 0.07 + 1e-9;
            auto *arrow = new QCPItemLine(plot);
            arrow->setClipToAxisRect(false);
            for (QCPItemPosition *pos : {arrow->start, arrow->end})
                pos->setAxes(m.horizontal ? valueAxis : keyAxis, m.horizontal ? keyAxis : valueAxis);
            arrow->start->setCoords(coords(key, p.value));
            arrow->end->setCoords(coords(key, p.value + extension));
            arrow->setPen(QPen(colour.darker(120), 1.5, Qt::DashLine));
            arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 7, 9));
            value += extension;
        }
        auto *label = new QCPItemText(plot);
        label->setClipToAxisRect(false);
        label->position->setAxes(m.horizontal ? valueAxis : keyAxis, m.horizontal ? keyAxis : valueAxis);
        label->position->setCoords(coords(key, value));
        label->setPositionAlignment(m.horizontal ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignHCenter | Qt::AlignBottom));
        label->setPadding(m.horizontal ? QMargins(4, 0, 0, 0) : QMargins(0, 0, 0, 3));
        label->setText(p.valueLabel + (p.yearToDate && m.kind == ChartKind::TimeSeries
                                           ? (m.lang == Lang::Zh ? QStringLiteral("\n累计") : QStringLiteral("\nYTD"))
                                           : QString()));
        label->setTextAlignment(Qt::AlignHCenter);
        label->setFont(chartFont(kValuePx, true));
        label->setColor(style.foreground);
        if (m.horizontal)
            label->setBrush(QBrush(style.background)); // reference lines pass behind, not through
    }

    QPointF coords(double key, double value) const { return m.horizontal ? QPointF(value, key) : QPointF(key, value); }

    void drawReference(const ReferenceLine &ref, int index, QCPAxis *valueAxis)
    {
        auto *line = new QCPItemStraightLine(plot);
        line->point1->setAxes(valueAxis, out.keyAxis);
        line->point2->setAxes(valueAxis, out.keyAxis);
        line->point1->setCoords(ref.value, 0);
        line->point2->setCoords(ref.value, 1);
        line->setPen(QPen(emphasisColor(), 1.3, Qt::DashLine));
        // Each label has its own row in the margin above the plot: never over a bar or another label.
        auto *label = new QCPItemText(plot);
        label->setClipToAxisRect(false);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setAxes(valueAxis, out.keyAxis);
        label->position->setAxisRect(rect);
        label->position->setCoords(ref.value, 0);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setText(ref.label);
        label->setFont(chartFont(kNotePx));
        label->setColor(emphasisColor().darker(110));
        label->setBrush(QBrush(style.background));
        const qreal row = QFontMetricsF(chartFont(kNotePx)).height() + 4;
        referenceRows << std::make_pair(label, (m.references.size() - 1 - index) * row);
    }

    // Stacks the reference labels upward from the top of the plot, once its height is known.
    void placeReferenceRows()
    {
        if (referenceRows.isEmpty())
            return;
        layOut();
        const qreal height = std::max(1, rect->height());
        for (const auto &[label, offset] : referenceRows)
            label->position->setCoords(label->position->coords().x(), -offset / height);
    }

    void layOut()
    {
        plot->plotLayout()->update(QCPLayoutElement::upPreparation);
        plot->plotLayout()->update(QCPLayoutElement::upMargins);
        plot->plotLayout()->update(QCPLayoutElement::upLayout);
    }

    // A breakdown as shares of the published total: one 100% bar, stacked.
    void drawShareView()
    {
        QCPAxis *keyAxis = rect->axis(QCPAxis::atLeft);
        QCPAxis *valueAxis = rect->axis(QCPAxis::atBottom);
        out.keyAxis = keyAxis;
        out.valueAxis = valueAxis;
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        ticker->addTick(0, m.categories.value(0));
        keyAxis->setTicker(ticker);
        keyAxis->grid()->setVisible(false);
        keyAxis->setRange(-0.7, 0.7);
        valueAxis->setRange(0, 100);
        valueAxis->setLabel(m.valueAxisLabel);
        legend->setWrap(3);
        QCPBars *below = nullptr;
        double start = 0;
        for (int s = 0; s < m.series.size(); ++s) {
            const ChartSeries &series = m.series[s];
            if (series.points.isEmpty())
                continue;
            const ChartPoint &p = series.points.first();
            auto *bar = new QCPBars(keyAxis, valueAxis);
            const QColor colour = series.emphasised ? style.muted : seriesColor(s);
            bar->setBrush(series.emphasised ? QBrush(colour, Qt::Dense5Pattern) : QBrush(colour));
            bar->setPen(QPen(style.background, 1));
            bar->setWidth(0.6);
            bar->setName(series.name + QStringLiteral(" ") + p.valueLabel);
            bar->setSelectable(QCP::stSingleData);
            bar->selectionDecorator()->setPen(QPen(style.foreground, 2.5));
            bar->addData(0, p.value);
            if (below)
                bar->moveAbove(below);
            below = bar;
            out.points.insert(bar, {PointRef{s, 0}});
            addToLegend(bar, s);
            if (p.value >= 6) { // label inside segments wide enough to hold it
                auto *label = new QCPItemText(plot);
                label->position->setAxes(valueAxis, keyAxis);
                label->position->setCoords(start + p.value / 2, 0);
                label->setText(p.valueLabel);
                label->setFont(chartFont(kValuePx, true));
                label->setColor(colour.lightness() < 140 ? Qt::white : Qt::black);
            }
            start += p.value;
        }
    }

    // The "20+8" overview: a row per category with its clusters as boxes, and the future
    // industries; clusters with data are filled.
    void drawTaxonomy()
    {
        for (QCPAxis *axis : rect->axes())
            axis->setVisible(false);
        rect->setAutoMargins(QCP::msNone);
        rect->setMargins(QMargins(8, 4, 8, 4));
        layOut();
        const qreal W = std::max(300, rect->width());
        const qreal H = std::max(200, rect->height());
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        QCPAxis *y = rect->axis(QCPAxis::atLeft);
        x->setRange(0, W);
        y->setRange(0, H);
        y->setRangeReversed(true);
        out.keyAxis = x;
        out.valueAxis = y;

        // The largest font at which the overview fits the height available.
        qreal px = 13;
        while (px > 8 && layoutTaxonomy(W, H, px, false) > H)
            px -= 0.5;
        layoutTaxonomy(W, H, px, true);
    }

    // Lays the overview out at font size `px`; draws it when `draw`. Returns the height used.
    qreal layoutTaxonomy(qreal W, qreal H, qreal px, bool draw)
    {
        const QFont font = chartFont(px);
        const QFont bold = chartFont(px, true);
        const QFontMetricsF fm(font), fmb(bold);
        const qreal headWidth = std::min(W * 0.24, 150.0 + px * 2);
        const qreal gap = px * 0.45, padX = px * 0.55, boxH = fm.height() + px * 0.5;
        qreal y = 0;
        for (int g = 0; g < m.taxonomy.size(); ++g) {
            const TaxonomyGroup &group = m.taxonomy[g];
            const QString head = wrapText(group.title, bold, headWidth - gap);
            qreal x = headWidth;
            qreal rowTop = y;
            qreal lineY = y;
            for (const TaxonomyCell &cell : group.cells) {
                const QString text = wrapText(cell.name, font, W - headWidth - 2 * padX);
                const QRectF textBox = fm.boundingRect(QRectF(0, 0, W, H), Qt::AlignLeft, text);
                const qreal w = textBox.width() + 2 * padX;
                const qreal h = std::max(boxH, textBox.height() + px * 0.5);
                if (x + w > W && x > headWidth) {
                    x = headWidth;
                    lineY += boxH + gap;
                }
                if (draw)
                    drawCell(QRectF(x, lineY, w, h), text, cell, group.future, font);
                x += w + gap;
            }
            const qreal headHeight = fmb.boundingRect(QRectF(0, 0, headWidth, H), Qt::AlignLeft, head).height();
            const qreal rowBottom = std::max(lineY + boxH, rowTop + headHeight);
            if (draw) {
                auto *t = new QCPItemText(plot);
                t->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                t->position->setCoords(0, rowTop + 2);
                t->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
                t->setTextAlignment(Qt::AlignLeft);
                t->setText(head);
                t->setFont(bold);
                t->setColor(group.future ? seriesColor(3).darker(120) : style.foreground);
            }
            y = rowBottom + gap * 1.6;
        }
        return y;
    }

    void drawCell(const QRectF &box, const QString &text, const TaxonomyCell &cell, bool future, const QFont &font)
    {
        const QColor colour = future ? seriesColor(3) : seriesColor(0);
        auto *r = new QCPItemRect(plot);
        r->topLeft->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        r->bottomRight->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        r->topLeft->setCoords(box.topLeft());
        r->bottomRight->setCoords(box.bottomRight());
        r->setPen(QPen(colour, cell.hasData ? 1.5 : 1));
        r->setBrush(cell.hasData ? QBrush(colour) : QBrush(style.background));
        auto *t = new QCPItemText(plot);
        t->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        t->position->setCoords(box.center());
        t->setText(text);
        t->setFont(font);
        t->setColor(cell.hasData ? Qt::white : style.foreground);
    }
};

} // namespace

bool RenderedChart::locate(PointRef ref, QCPAbstractPlottable **plottable, int *dataIndex) const
{
    for (auto it = points.begin(); it != points.end(); ++it) {
        const int index = int(it.value().indexOf(ref));
        if (index >= 0) {
            *plottable = it.key();
            *dataIndex = index;
            return true;
        }
    }
    return false;
}

RenderedChart renderChart(QCustomPlot *plot, const ChartModel &model, const ChartStyle &style)
{
    return Renderer(plot, model, style).run();
}

QString wrapText(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        // Tokens: a Latin word with its trailing space, or one Chinese character.
        QStringList tokens;
        QString word;
        for (QChar c : paragraph) {
            if (isCjk(c)) {
                if (!word.isEmpty())
                    tokens << word;
                word.clear();
                tokens << QString(c);
            } else {
                word += c;
                if (c == QLatin1Char(' ')) {
                    tokens << word;
                    word.clear();
                }
            }
        }
        if (!word.isEmpty())
            tokens << word;
        QString line;
        for (const QString &t : tokens) {
            // Chinese closing punctuation stays with the character before it.
            const bool closing = t.size() == 1 && QStringLiteral("，。；：、）》”％").contains(t);
            if (!line.isEmpty() && !closing && fm.horizontalAdvance(line + t.trimmed()) > width) {
                lines << line.trimmed();
                line.clear();
            }
            line += t;
        }
        lines << line.trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cs
