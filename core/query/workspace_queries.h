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
    bool accepts(const Observation &o) const;
};

// Ranks competing observations of one indicator and period: the more primary source first,
// then an exact value before a bounded or approximate one. Lower is better.
int observationPreference(const Workspace &ws, const Observation &o);

// The best observation of an indicator at a period, or nullptr.
const Observation *bestObservation(const Workspace &ws, const QString &indicatorId, const Period &period,
                                   const SeriesFilter &filter = {});

// Observations by indicator and period, built once for many lookups in a large workspace (checking
// every total against its parts would otherwise scan every observation for each total).
class ObservationsAt
{
public:
    explicit ObservationsAt(const Workspace &ws);
    QList<const Observation *> at(const QString &indicatorId, const Period &period) const;

private:
    QHash<QString, QList<const Observation *>> m_byKey; // indicator, line break, period text
};
const Observation *bestObservation(const Workspace &ws, const ObservationsAt &lookup, const QString &indicatorId,
                                   const Period &period);

// An indicator's series: one observation per dated period (the preferred one), in period order.
// Undated observations are not part of a series.
QList<const Observation *> indicatorSeries(const Workspace &ws, const QString &indicatorId,
                                           const SeriesFilter &filter = {});
// The same, from an indicator's observations already at hand (WorkspaceIndex::observationsOf).
QList<const Observation *> seriesOf(const Workspace &ws, const QList<const Observation *> &observations,
                                    const SeriesFilter &filter = {});

// One bar of a breakdown.
struct BreakdownItem {
    const Indicator *indicator = nullptr;
    const Observation *observation = nullptr;
};

// One measure at one period across clusters, categories, the parts of a total, or a list of
// indicators. Only observations whose period equals the query's are used: a year-to-date value
// never stands in for a full year.
QList<BreakdownItem> breakdown(const Workspace &ws, const BreakdownQuery &query, SortOrder sort = SortOrder::None);

// The parts of a total at one period, summed and set against the published total.
struct PartsSum {
    const Observation *published = nullptr;   // the published total, if any
    QList<const Observation *> parts;         // the parts found at the period
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
