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
    QString out = QStringLiteral("indicator,indicator_name,subject,cluster,period,value,unit,qualifier,source\n");
    for (const Observation &o : ws.observations) {
        const Indicator *ind = ws.indicator(o.indicator);
        const Unit *unit = ind ? units::find(ind->unit) : nullptr;
        const QStringList row = {
            o.indicator,
            ind ? ind->name.zh : QString(),
            ind ? ind->subject : QString(),
            ind ? ind->cluster : QString(),
            o.period.toString(),
            plainDecimal(o.value),
            unit ? unit->label.zh : QString(),
            qualifierCode(o.qualifier),
            o.source,
        };
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace cs
