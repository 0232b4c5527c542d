// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/period.h"
#include "model/qualifier.h"

#include <QString>
#include <QStringList>

namespace cs {

// One published figure: a value of an indicator for a subject and a period, with its qualifier,
// its source and where it was read. A typed or extracted value keeps the exact sentence it comes
// from (`quote`); an imported value keeps the row and column of the file it was read from (the
// row's text is stored once, in the workspace's observation store, for all the row's values). A
// derived observation is computed by Clusterscope; it names its inputs instead.
//
// This is the value type at the model's edges (editing, files, tests): the workspace keeps its
// observations in columns (ObservationStore) and builds an Observation only when one is asked for.
struct Observation {
    QString id;
    QString indicator;
    QString subject;    // empty: the indicator's own subject; a panel indicator's values each name one
    Period period;      // invalid when the source gives no time for the figure
    double value = 0;
    Qualifier qualifier = Qualifier::Exact;
    QString source;     // source id
    QString quote;      // the exact sentence (typed or extracted values)
    int row = -1;       // imported values: the store's source row (ObservationStore::sourceRow)
    int column = -1;    // and the 0-based column of the value in it
    QString note;
    bool derived = false;
    QStringList inputs; // for derived values: the observation ids they were computed from

    bool hasPeriod() const { return period.isValid(); }
    bool hasSourceRow() const { return row >= 0; }

    friend bool operator==(const Observation &a, const Observation &b)
    {
        return a.id == b.id && a.indicator == b.indicator && a.subject == b.subject && a.period == b.period
            && a.value == b.value && a.qualifier == b.qualifier && a.source == b.source && a.quote == b.quote
            && a.row == b.row && a.column == b.column && a.note == b.note && a.derived == b.derived
            && a.inputs == b.inputs;
    }
};

} // namespace cs
