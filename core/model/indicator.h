// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"
#include "model/measure.h"

#include <QString>

namespace cs {

// A quantity tracked over time for one subject: "Shenzhen SEI added value", "BYD NEVs produced".
struct Indicator {
    QString id;
    LocalizedText name;
    QString subject;  // subject id
    QString cluster;  // taxonomy node id (cluster, category or future industry); may be empty
    QString unit;     // unit id
    Measure measure = Measure::Level;
    QString partOf;   // the total this indicator is an additive part of; may be empty
    QString growthOf; // the level whose year-on-year growth this is; may be empty
    QString note;

    friend bool operator==(const Indicator &a, const Indicator &b)
    {
        return a.id == b.id && a.name == b.name && a.subject == b.subject && a.cluster == b.cluster
            && a.unit == b.unit && a.measure == b.measure && a.partOf == b.partOf && a.growthOf == b.growthOf
            && a.note == b.note;
    }
};

} // namespace cs
