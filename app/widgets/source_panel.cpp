// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/source_panel.h"

#include "chart/quantity_format.h"
#include "model/unit.h"

namespace cs {

namespace {
QString html(const QString &s) { return s.toHtmlEscaped(); }

// The row of the file an imported value was read from, its cell in bold, and where it is: file,
// line, and the column's header.
QString sourceRowText(const ObservationStore &store, int rowKey, int column)
{
    const SourceRow row = store.sourceRow(rowKey);
    QStringList cells;
    for (qsizetype c = 0; c < row.cells.size(); ++c)
        cells << (c == column ? QStringLiteral("<b>%1</b>").arg(html(row.cells[c])) : html(row.cells[c]));
    const QString header = store.sourceRow(row.header).cells.value(column);
    QString where = header.isEmpty() ? SourcePanelText::tr("%1, line %2, column %3").arg(row.file).arg(row.line).arg(column + 1)
                                     : SourcePanelText::tr("%1, line %2, column %3 (“%4”)").arg(row.file).arg(row.line).arg(column + 1).arg(header);
    return QStringLiteral("<blockquote>%1</blockquote><p style='color:gray'>%2</p>").arg(cells.join(QStringLiteral(", ")), html(where));
}
} // namespace

QString SourcePanelText::forPoint(const Workspace &ws, const Observation *o, const ChartModel &chart, PointRef ref, Lang lang)
{
    if (!ref.isValid() || ref.series >= chart.series.size() || ref.point >= chart.series[ref.series].points.size())
        return QStringLiteral("<p style='color:gray'>%1</p>")
            .arg(html(tr("Select a bar, a point or a row to see where its number comes from.")));
    const ChartPoint &point = chart.series[ref.series].points[ref.point];
    if (!o)
        return QStringLiteral("<p>%1</p>").arg(html(point.tooltip).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    const Indicator *ind = ws.indicator(o->indicator);
    const Unit *unit = ind ? units::find(ind->unit) : nullptr;
    const Source *src = ws.source(o->source);
    QString text = QStringLiteral("<h3>%1</h3>").arg(html(ind ? ind->name.text(lang) : o->indicator));
    QString value = unit ? formatQuantity(o->value, *unit, o->qualifier, lang) : plainDecimal(o->value);
    if (o->qualifier != Qualifier::Exact)
        value += QStringLiteral(" (%1)").arg(qualifierWords(o->qualifier, lang));
    text += QStringLiteral("<p><b>%1</b> · %2</p>")
                .arg(html(value), html(o->period.isValid() ? o->period.label(lang) : tr("date not given")));
    if (o->period.isYearToDate())
        text += QStringLiteral("<p><i>%1</i></p>").arg(html(tr("Cumulative from the start of the year: not a full-year figure.")));
    if (!o->subject.isEmpty()) { // a panel's value: which economy, which province
        const Subject *subject = ws.subject(o->subject);
        text += QStringLiteral("<p>%1</p>").arg(html(subject ? subject->name.text(lang) : o->subject));
    }
    if (!o->quote.isEmpty())
        text += QStringLiteral("<blockquote>“%1”</blockquote>").arg(html(o->quote));
    if (o->hasSourceRow())
        text += sourceRowText(ws.observations, o->row, o->column);
    if (src) {
        text += QStringLiteral("<table>");
        auto row = [&](const QString &label, const QString &v) {
            if (!v.isEmpty())
                text += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(html(label), html(v));
        };
        row(tr("Source"), src->title);
        row(tr("Publisher"), src->publisher);
        row(tr("Date"), src->date.isEmpty() ? tr("not given") : src->date);
        row(tr("Confidence"), confidenceName(src->confidence).text(lang));
        row(tr("Reference"), src->reference);
        row(tr("Note"), src->note);
        text += QStringLiteral("</table>");
    }
    if (!o->note.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(html(o->note));
    return text;
}

QString SourcePanelText::forSubject(const Workspace &ws, const Subject &subject, Lang lang)
{
    QString text = QStringLiteral("<h3>%1</h3><ul>").arg(html(subject.name.text(lang)));
    for (const Indicator &ind : ws.indicators) {
        if (ind.subject == subject.id)
            text += QStringLiteral("<li>%1</li>").arg(html(ind.name.text(lang)));
    }
    return text + QStringLiteral("</ul><p style='color:gray'>%1</p>").arg(html(tr("Choose an indicator to chart it.")));
}

} // namespace cs
