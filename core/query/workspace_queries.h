// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QHash>

#include <optional>

namespace cs {

// Which observations a series draws on.
struct SeriesFilter {
    QStringList sources;           // only these sources; empty: any
    QList<PeriodKind> periodKinds; // only these kinds of period; empty: any
    QString subject;               // only this subject's values (a panel's); empty: any
    bool accepts(const Observation &o) const;
};

// Ranks competing observations of one indicator and period: the more primary source first,
// then an exact value before a bounded or approximate one. Lower is better.
int observationPreference(const Workspace &ws, const Observation &o);

// The best observation of an indicator (and, for a panel, a subject) at a period.
std::optional<Observation> bestObservation(const Workspace &ws, const QString &indicatorId, const Period &period,
                                           const SeriesFilter &filter = {});

// A period as one number, for hashing: equal periods, equal codes.
quint64 periodCode(const Period &p);

// Observations by indicator, subject and period, built once for many lookups in a large workspace
// (checking every total against its parts would otherwise scan every observation for each total).
class ObservationsAt
{
public:
    explicit ObservationsAt(const Workspace &ws);
    QList<int> at(const QString &indicatorId, const Period &period, const QString &subject = QString()) const;

private:
    struct Key {
        int indicator;
        int subject;
        quint64 period;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.indicator == b.indicator && a.subject == b.subject && a.period == b.period;
        }
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.indicator, k.subject, k.period); }
    };
    const Workspace *m_ws;
    QHash<Key, QList<int>> m_rows;
};
std::optional<Observation> bestObservation(const Workspace &ws, const ObservationsAt &lookup, const QString &indicatorId,
                                           const Period &period, const QString &subject = QString());

// An indicator's series: one observation per dated period (the preferred one), in period order.
// Undated observations are not part of a series. A panel indicator's series is one subject's
// (SeriesFilter::subject); without one, all subjects' values compete.
QList<Observation> indicatorSeries(const Workspace &ws, const QString &indicatorId, const SeriesFilter &filter = {});
// The same, from an indicator's observation rows already at hand (WorkspaceIndex::observationsOf):
// costs O(rows) to choose, then builds only the chosen observations.
QList<Observation> seriesOf(const Workspace &ws, const QList<int> &rows, const SeriesFilter &filter = {});
// The latest observation of those rows' series (else the first undated one), without building
// the series: what a list of indicators shows beside each name.
std::optional<Observation> latestOf(const Workspace &ws, const QList<int> &rows, const SeriesFilter &filter = {});

// One bar of a breakdown.
struct BreakdownItem {
    const Indicator *indicator = nullptr;
    Observation observation;
    QString subject; // whose value it is: the observation's subject, else the indicator's
};

// One measure at one period across clusters, categories, the parts of a total, a list of
// indicators, or a panel indicator's subjects (a cross-section: one bar per subject, the
// preferred value of each). Only observations whose period equals the query's are used: a
// year-to-date value never stands in for a full year. Without a sort, a cross-section keeps the
// order of `query.subjects`, else the order the subjects' values come in. A cross-section reads
// the indicator's rows from `index` when given, else finds them in one pass over the values.
QList<BreakdownItem> breakdown(const Workspace &ws, const BreakdownQuery &query, SortOrder sort = SortOrder::None,
                               const WorkspaceIndex *index = nullptr);

// The parts of a total at one period, summed and set against the published total.
struct PartsSum {
    std::optional<Observation> published;     // the published total, if any
    QList<Observation> parts;                 // the parts found at the period
    QStringList missingParts;                 // part indicators with no value at the period
    Observation sum;                          // derived: the parts added up, in the total's unit
    std::optional<double> gap;                // published − sum, in the total's unit
    std::optional<double> gapPercent;         // gap as % of the published total
};
std::optional<PartsSum> sumOfParts(const Workspace &ws, const QString &totalId, const Period &period,
                                   const ObservationsAt *lookup = nullptr);

// A whole computed from a part and its share: level ÷ (share / 100), e.g. GDP from SEI added
// value and SEI's share of GDP. Both must have the same period. The result is in the level's unit,
// belongs to `wholeIndicator` (may be empty when the workspace has no indicator for the whole),
// and is marked derived, naming its inputs.
std::optional<Observation> valueFromShare(const Workspace &ws, const Observation &level, const Observation &share,
                                          const QString &wholeIndicator = QString());

// The combined qualifier of values that were added or divided: exact only if all inputs are.
Qualifier combineQualifiers(const QList<Qualifier> &inputs);

} // namespace cs
