// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/observation_csv.h"

#include "chart/quantity_format.h"
#include "model/unit.h"

namespace cs {

QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : text)
        quote = quote || special.contains(c);
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray observationsCsv(const Workspace &ws)
{
    QByteArray out = "indicator,indicator_name,subject,cluster,period,value,unit,qualifier,source\n";
    const ObservationStore &obs = ws.observations;
    out.reserve(qsizetype(obs.size()) * 64);
    const WorkspaceIndex idx(ws);
    // The columns that depend only on the indicator, formatted once per indicator key.
    struct IndicatorFields {
        const Indicator *indicator = nullptr;
        QByteArray head; // indicator,indicator_name,
        QByteArray cluster;
        QByteArray unit;
    };
    QHash<int, IndicatorFields> byKey;
    auto field = [](const QString &f) { return csvField(f).toUtf8(); };
    for (int i = 0; i < obs.size(); ++i) {
        auto it = byKey.constFind(obs.indicatorKey(i));
        if (it == byKey.constEnd()) {
            IndicatorFields f;
            f.indicator = idx.indicator(obs.indicator(i));
            const Unit *unit = f.indicator ? units::find(f.indicator->unit) : nullptr;
            f.head = field(obs.indicator(i)) + ',' + field(f.indicator ? f.indicator->name.text(Lang::Zh) : QString()) + ',';
            f.cluster = field(f.indicator ? f.indicator->cluster : QString());
            f.unit = field(unit ? unit->label.zh : QString());
            it = byKey.insert(obs.indicatorKey(i), f);
        }
        const QString &subject = obs.subject(i).isEmpty() && it->indicator ? it->indicator->subject : obs.subject(i);
        out += it->head;
        out += field(subject) + ',' + it->cluster + ',' + field(obs.period(i).toString()) + ','
            + field(plainDecimal(obs.value(i))) + ',' + it->unit + ',' + field(qualifierCode(obs.qualifier(i))) + ','
            + field(obs.source(i)) + '\n';
    }
    return out;
}

} // namespace cs
