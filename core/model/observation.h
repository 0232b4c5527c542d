// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/period.h"
#include "model/qualifier.h"

#include <QString>
#include <QStringList>

namespace cs {

// One published figure: a value of an indicator for a period, with its qualifier, its source and
// the exact sentence it comes from. A derived observation is computed by Clusterscope; it names
// its inputs instead of a quote.
struct Observation {
    QString id;
    QString indicator;
    Period period;      // invalid when the source gives no time for the figure
    double value = 0;
    Qualifier qualifier = Qualifier::Exact;
    QString source;     // source id
    QString quote;      // the exact sentence
    QString note;
    bool derived = false;
    QStringList inputs; // for derived values: the observation ids they were computed from

    bool hasPeriod() const { return period.isValid(); }

    friend bool operator==(const Observation &a, const Observation &b)
    {
        return a.id == b.id && a.indicator == b.indicator && a.period == b.period && a.value == b.value
            && a.qualifier == b.qualifier && a.source == b.source && a.quote == b.quote && a.note == b.note
            && a.derived == b.derived && a.inputs == b.inputs;
    }
};

} // namespace cs
