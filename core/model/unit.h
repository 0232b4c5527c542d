// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace cs {

// What a unit measures. Conversion only works within one dimension; counts are further split by
// their measure word (家 and 辆 do not convert into each other).
enum class Dimension { Percent, PercentagePoint, Currency, Persons, Count, Area, Duration, Other };

struct Unit {
    QString id;          // "yi-yuan", "wan-person", "jia", "wan-sqm", ...
    Dimension dimension = Dimension::Count;
    double scale = 1;    // how many base units one of this unit is (亿元 → 1e8 yuan)
    QString counter;     // measure word for counts: 家 项 个 辆 台 名
    LocalizedText label; // as written after a number: "亿元" / "100 million yuan"
    LocalizedText baseNoun; // the base unit's noun in English for scaled display: "yuan", "people", "firms"

    bool isValid() const { return !id.isEmpty(); }
    bool isPercent() const { return dimension == Dimension::Percent; }
    bool convertibleTo(const Unit &other) const
    {
        return isValid() && other.isValid() && dimension == other.dimension && counter == other.counter;
    }
};

// The units Clusterscope knows. Ids are stable: they are what the workspace file stores.
namespace units {
// nullptr when unknown. Ids "custom:LABEL" name a unit Clusterscope does not know (an imported
// "current US$", "kg"): dimension Other, convertible only to itself, shown as LABEL.
const Unit *find(const QString &id);
// The unit a label or id stands for: "亿元", "万人", "%", "％", "个", "yi-yuan", "percent"...;
// nullptr when none. (Callers wanting to keep an unknown label use customUnitId().)
const Unit *fromText(const QString &text);
QString customUnitId(const QString &label);
const QList<Unit> &all();
QStringList ids();
// The unit of `u`'s dimension (and measure word) with scale 1.
const Unit *baseOf(const Unit &u);
// Converts `value` from `from` to `to`; nullopt when the dimensions differ.
std::optional<double> convert(double value, const Unit &from, const Unit &to);
} // namespace units

QString dimensionId(Dimension d);

} // namespace cs
