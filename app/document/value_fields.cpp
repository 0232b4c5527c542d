// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/value_fields.h"

#include "import/text_values.h"
#include "model/qualifier.h"
#include "model/unit.h"

namespace cs {

Period parsePeriodField(const QString &text, QString *error)
{
    return Period::parseInput(text.trimmed(), error);
}

bool parseValueField(const QString &text, const QString &unitId, double *value, Qualifier *qualifier, QString *error)
{
    const TypedValue typed = parseTypedValue(text);
    if (typed.number.status != NumberText::Status::Value) {
        if (error)
            *error = QCoreApplication::translate("cs::Document", "“%1” is not a number").arg(text.trimmed());
        return false;
    }
    if (!typed.unit.isEmpty()) {
        // A unit typed after the number must be the indicator's own: 10393.39亿元 in a 亿元
        // indicator, 42.5% in a percent one. A value in another unit is refused, not converted.
        const Unit *typedUnit = units::fromText(typed.unit);
        const Unit *own = units::find(unitId);
        const bool same = own && ((typedUnit && typedUnit->id == own->id) || typed.unit.trimmed() == own->label.zh
                                  || typed.unit.trimmed().compare(own->label.en, Qt::CaseInsensitive) == 0);
        if (!same) {
            if (error)
                *error = own ? QCoreApplication::translate("cs::Document", "“%1” is not in this indicator’s unit (%2)")
                                   .arg(text.trimmed(), own->label.zh == own->label.en ? own->label.zh : own->label.zh + QStringLiteral(" / ") + own->label.en)
                             : QCoreApplication::translate("cs::Document", "“%1” has a unit; type the number alone").arg(text.trimmed());
            return false;
        }
    }
    *value = typed.number.value;
    *qualifier = typed.qualifier;
    return true;
}

bool observationFromFields(const Workspace &ws, const NewValueFields &f, Observation *out, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Observation o;
    o.indicator = f.indicator.trimmed();
    if (!ws.indicator(o.indicator) && !(f.newIndicator && f.newIndicator->id == o.indicator))
        return fail(QCoreApplication::translate("cs::Document", "There is no indicator %1 in this workspace").arg(o.indicator));
    const QString period = f.period.trimmed();
    if (!period.isEmpty()) {
        QString why;
        o.period = parsePeriodField(period, &why);
        if (!o.period.isValid())
            return fail(QCoreApplication::translate("cs::Document", "“%1” is not a period (%2)").arg(period, why));
    }
    const Indicator *indicator = ws.indicator(o.indicator);
    const QString unitId = indicator ? indicator->unit : f.newIndicator ? f.newIndicator->unit : QString();
    if (QString why; !parseValueField(f.value, unitId, &o.value, &o.qualifier, &why))
        return fail(why);
    o.source = f.newSource ? f.newSource->id : f.source.trimmed();
    if (!f.newSource && !ws.source(o.source))
        return fail(o.source.isEmpty() ? QCoreApplication::translate("cs::Document", "Choose the source of the value")
                                       : QCoreApplication::translate("cs::Document", "There is no source %1 in this workspace").arg(o.source));
    o.quote = f.quote;
    const QString base = QStringLiteral("obs-%1-%2-%3")
                             .arg(o.indicator, o.period.isValid() ? o.period.toString() : QStringLiteral("undated"), o.source);
    o.id = base;
    for (int k = 2; ws.observation(o.id); ++k)
        o.id = base + QLatin1Char('-') + QString::number(k);
    *out = o;
    return true;
}

QString idSlug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar ch : text.toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += ch;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

QString uniqueId(const QString &wanted, const QString &fallback, const std::function<bool(const QString &)> &taken)
{
    QString base = idSlug(wanted);
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

} // namespace cs
