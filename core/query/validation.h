// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/workspace.h"

#include <QHash>
#include <QSet>

namespace cs {

// Checks a workspace's rules. Each problem names the JSON path of the offending value:
// duplicate ids, dangling references, shares outside 0–100, units that do not fit the measure,
// negative counts and durations, parts that add up to more than their total, and more.
// (Malformed periods are reported when the file is read, since a Period cannot hold one.)
Problems validate(const Workspace &ws);
// The same for a workspace holding only some of its file's values (one series, read to draw it):
// the values it holds may name inputs that were not read, which is no problem of the file.
Problems validateSubset(const Workspace &ws);

// What one edit touches, by id: the values added, changed or removed, the catalogue entries and
// the charts. touch() records a value's id, the values it is computed from, and its indicator and
// period (whose total and parts are summed against each other); call it for the value before and
// after the edit.
struct EditScope {
    QSet<QString> observations;
    QSet<QString> indicators;
    QSet<QString> sources;
    QSet<QString> subjects;
    QSet<QString> charts;
    bool taxonomy = false;
    QSet<QString> inputs;                      // ids the touched values are computed from
    QHash<QString, QList<Period>> figures;     // indicator → periods of the touched values

    void touch(const Observation &o)
    {
        observations.insert(o.id);
        for (const QString &id : o.inputs)
            inputs.insert(id);
        if (!o.indicator.isEmpty() && o.period.isValid()) // undated values are neither summed nor compared
            figures[o.indicator].append(o.period);
    }
    bool touchesValues() const { return !observations.isEmpty() || !indicators.isEmpty() || !sources.isEmpty(); }
};

// How much an edit's check looked at: the values and charts it ran the rules on.
struct EditCheckStats {
    qsizetype observationsChecked = 0;
    qsizetype chartsChecked = 0;
};

// The problems of what an edit touches and of what refers to it (or what it refers to), with
// paths into `ws`: the same rules as validate(), run on that neighbourhood only. Catalogue lists
// (sources, subjects, indicators) are small and taken whole; of the values, one pass over their
// ids and indicators picks out the touched ones, the values computed from them, the values of the
// same figure and the totals and parts summed with them (and none when the edit touches only
// charts, subjects or the taxonomy). Run it before and after an edit: what is new is the edit's.
Problems validateEdit(const Workspace &ws, const EditScope &scope, EditCheckStats *stats = nullptr);

// The problems in `after` that `before` does not have (compared by message, so that inserting or
// removing a value, which shifts paths, compares fairly).
Problems newProblems(const Problems &before, const Problems &after);

} // namespace cs
