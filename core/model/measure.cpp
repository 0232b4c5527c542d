// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/measure.h"
#include "model/enum_ids.h"

namespace cs {

QString measureId(Measure m)
{
    switch (m) {
    case Measure::Level: return QStringLiteral("level");
    case Measure::Growth: return QStringLiteral("growth");
    case Measure::Share: return QStringLiteral("share");
    case Measure::Cumulative: return QStringLiteral("cumulative");
    case Measure::Count: return QStringLiteral("count");
    case Measure::Ratio: return QStringLiteral("ratio");
    case Measure::Duration: return QStringLiteral("duration");
    case Measure::Target: return QStringLiteral("target");
    }
    return {};
}

std::optional<Measure> measureFromId(const QString &id)
{
    return enumFromId(id, {Measure::Level, Measure::Growth, Measure::Share, Measure::Cumulative, Measure::Count,
                           Measure::Ratio, Measure::Duration, Measure::Target},
                      measureId);
}

LocalizedText measureName(Measure m)
{
    switch (m) {
    case Measure::Level: return {QStringLiteral("总量"), QStringLiteral("level")};
    case Measure::Growth: return {QStringLiteral("同比增长"), QStringLiteral("year-on-year growth")};
    case Measure::Share: return {QStringLiteral("占比"), QStringLiteral("share")};
    case Measure::Cumulative: return {QStringLiteral("累计"), QStringLiteral("cumulative total")};
    case Measure::Count: return {QStringLiteral("数量"), QStringLiteral("count")};
    case Measure::Ratio: return {QStringLiteral("比率"), QStringLiteral("ratio")};
    case Measure::Duration: return {QStringLiteral("用时"), QStringLiteral("duration")};
    case Measure::Target: return {QStringLiteral("目标"), QStringLiteral("target")};
    }
    return {};
}

QString unitMismatch(Measure m, const Unit &unit)
{
    const Dimension d = unit.dimension;
    const QString name = measureId(m);
    switch (m) {
    case Measure::Growth:
    case Measure::Share:
    case Measure::Ratio:
        if (d != Dimension::Percent)
            return QStringLiteral("a %1 is stated in percent, not in '%2'").arg(name, unit.id);
        return {};
    case Measure::Duration:
        if (d != Dimension::Duration)
            return QStringLiteral("a duration is stated in years or months, not in '%1'").arg(unit.id);
        return {};
    case Measure::Count:
        if (d != Dimension::Count && d != Dimension::Persons && d != Dimension::Other)
            return QStringLiteral("a count is stated with a measure word (家, 项, 个, ...) or in persons, not in '%1'")
                .arg(unit.id);
        return {};
    case Measure::Level:
    case Measure::Cumulative:
        if (d == Dimension::Percent || d == Dimension::PercentagePoint || d == Dimension::Duration)
            return QStringLiteral("a %1 is an amount, not '%2'").arg(name, unit.id);
        return {};
    case Measure::Target:
        return {}; // a plan may be set in any unit
    }
    return {};
}

} // namespace cs
