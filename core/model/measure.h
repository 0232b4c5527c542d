// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"
#include "model/unit.h"

#include <QString>
#include <optional>

namespace cs {

// What an indicator's numbers are.
enum class Measure {
    Level,      // an amount in its period: added value, revenue
    Growth,     // year-on-year growth, %
    Share,      // a part of a whole, % (0–100)
    Cumulative, // a running total up to a date: vehicles produced so far
    Count,      // how many: firms, patents
    Ratio,      // one quantity over another, %: R&D intensity, margin
    Duration,   // how long something took
    Target,     // a plan, not an outcome
};

QString measureId(Measure m); // "level", "growth", "share", "cumulative", "count", "ratio", "duration", "target"
std::optional<Measure> measureFromId(const QString &id);
LocalizedText measureName(Measure m);

// Whether values of measure `m` may be stated in `unit`. Empty when they may, otherwise why not.
QString unitMismatch(Measure m, const Unit &unit);

} // namespace cs
