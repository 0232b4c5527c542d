// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/workspace_summary.h"

#include "chart/quantity_format.h"
#include "model/unit.h"
#include "query/workspace_queries.h"

namespace cs {

QString workspaceSummary(const Workspace &ws, Lang lang)
{
    QString out;
    const Lang other = lang == Lang::Zh ? Lang::En : Lang::Zh;
    out += ws.title.text(lang) + QStringLiteral(" / ") + ws.title.text(other) + QLatin1Char('\n');
    out += QStringLiteral("%1 sources, %2 subjects, %3 indicators, %4 observations, %5 charts\n")
               .arg(ws.sources.size()).arg(ws.subjects.size()).arg(ws.indicators.size())
               .arg(ws.observations.size()).arg(ws.charts.size());
    if (!ws.taxonomy.isEmpty())
        out += QStringLiteral("Taxonomy: %1 (edition %2): %3 categories, %4 clusters, %5 future industries\n")
                   .arg(ws.taxonomy.title.text(lang), ws.taxonomy.edition)
                   .arg(ws.taxonomy.categories.size()).arg(ws.taxonomy.clusterCount())
                   .arg(ws.taxonomy.futureIndustries.size());
    out += QStringLiteral("\nCharts:\n");
    for (const ChartSpec &c : ws.charts)
        out += QStringLiteral("  %1  %2\n").arg(c.id, -22).arg(c.title.text(lang));
    out += QStringLiteral("\nIndicators (latest value):\n");
    const WorkspaceIndex idx(ws); // one pass over the values, not one per indicator
    for (const Indicator &ind : ws.indicators) {
        const Unit *unit = units::find(ind.unit);
        const std::optional<Observation> latest = latestOf(ws, idx.observationsOf(ind.id));
        QString value = QStringLiteral("(no data)");
        if (latest && unit) {
            const QString period = latest->period.isValid() ? latest->period.label(lang) : QStringLiteral("(undated)");
            const Source *src = idx.source(latest->source);
            value = QStringLiteral("%1  %2  [%3]").arg(period, formatQuantity(latest->value, *unit, latest->qualifier, lang),
                                                        src ? confidenceId(src->confidence) : latest->source);
        }
        out += QStringLiteral("  %1  %2  %3\n").arg(ind.id, -46).arg(ind.name.text(lang), value);
    }
    return out;
}

} // namespace cs
