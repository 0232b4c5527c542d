// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/workspace_queries.h"

#include "chart/quantity_format.h"
#include "model/unit.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace cs {

bool SeriesFilter::accepts(const Observation &o) const
{
    if (!sources.isEmpty() && !sources.contains(o.source))
        return false;
    if (!periodKinds.isEmpty() && !periodKinds.contains(o.period.kind()))
        return false;
    return true;
}

int observationPreference(const Workspace &ws, const Observation &o)
{
    const Source *s = ws.source(o.source);
    const int confidence = o.derived ? confidenceRank(Confidence::Derived)
                                     : (s ? confidenceRank(s->confidence) : confidenceRank(Confidence::Derived) + 1);
    const int exactness = o.qualifier == Qualifier::Exact ? 0 : (o.qualifier == Qualifier::About ? 1 : 2);
    return confidence * 10 + exactness;
}

namespace {
bool better(const Workspace &ws, const Observation *a, const Observation *b)
{
    return !b || observationPreference(ws, *a) < observationPreference(ws, *b);
}
} // namespace

const Observation *bestObservation(const Workspace &ws, const QString &indicatorId, const Period &period,
                                   const SeriesFilter &filter)
{
    const Observation *best = nullptr;
    for (const Observation &o : ws.observations) {
        if (o.indicator == indicatorId && o.period == period && o.period.isValid() && filter.accepts(o)
            && better(ws, &o, best))
            best = &o;
    }
    return best;
}

namespace {
QString indicatorPeriodKey(const QString &indicatorId, const Period &period)
{
    return indicatorId + QLatin1Char('\n') + period.toString();
}
} // namespace

ObservationsAt::ObservationsAt(const Workspace &ws)
{
    for (const Observation &o : ws.observations)
        if (o.period.isValid())
            m_byKey[indicatorPeriodKey(o.indicator, o.period)].append(&o);
}

QList<const Observation *> ObservationsAt::at(const QString &indicatorId, const Period &period) const
{
    return m_byKey.value(indicatorPeriodKey(indicatorId, period));
}

const Observation *bestObservation(const Workspace &ws, const ObservationsAt &lookup, const QString &indicatorId,
                                   const Period &period)
{
    const Observation *best = nullptr;
    for (const Observation *o : lookup.at(indicatorId, period))
        if (better(ws, o, best))
            best = o;
    return best;
}

QList<const Observation *> seriesOf(const Workspace &ws, const QList<const Observation *> &observations,
                                    const SeriesFilter &filter)
{
    QHash<QString, const Observation *> chosen; // by canonical period text
    for (const Observation *o : observations) {
        if (!o->period.isValid() || !filter.accepts(*o))
            continue;
        const QString key = o->period.toString();
        const auto it = chosen.find(key);
        if (it == chosen.end())
            chosen.insert(key, o);
        else if (better(ws, o, it.value()))
            it.value() = o;
    }
    QList<const Observation *> out = chosen.values();
    std::sort(out.begin(), out.end(), [](const Observation *a, const Observation *b) { return a->period < b->period; });
    return out;
}

QList<const Observation *> indicatorSeries(const Workspace &ws, const QString &indicatorId, const SeriesFilter &filter)
{
    return seriesOf(ws, ws.observationsOf(indicatorId), filter);
}

QList<BreakdownItem> breakdown(const Workspace &ws, const BreakdownQuery &query, SortOrder sort)
{
    QList<const Indicator *> candidates;
    switch (query.scope) {
    case BreakdownScope::Parts:
        candidates = ws.partsOf(query.total);
        break;
    case BreakdownScope::Indicators:
        for (const QString &id : query.indicators) {
            if (const Indicator *i = ws.indicator(id))
                candidates.append(i);
        }
        break;
    case BreakdownScope::Clusters:
    case BreakdownScope::Categories:
    case BreakdownScope::All:
        for (const Indicator &i : ws.indicators) {
            const TaxonomyNode node = ws.taxonomy.find(i.cluster);
            const bool isCategory = node.kind == TaxonomyNode::Kind::Category;
            const bool isCluster = node.kind == TaxonomyNode::Kind::Cluster || node.kind == TaxonomyNode::Kind::FutureIndustry;
            if ((query.scope == BreakdownScope::Clusters && !isCluster)
                || (query.scope == BreakdownScope::Categories && !isCategory))
                continue;
            candidates.append(&i);
        }
        break;
    }
    QList<BreakdownItem> items;
    for (const Indicator *i : candidates) {
        if (query.measure && i->measure != *query.measure)
            continue;
        if (const Observation *o = bestObservation(ws, i->id, query.period))
            items.append({i, o});
    }
    if (sort != SortOrder::None) {
        std::stable_sort(items.begin(), items.end(), [sort](const BreakdownItem &a, const BreakdownItem &b) {
            return sort == SortOrder::Ascending ? a.observation->value < b.observation->value
                                                : a.observation->value > b.observation->value;
        });
    }
    return items;
}

Qualifier combineQualifiers(const QList<Qualifier> &inputs)
{
    bool lower = false, upper = false, about = false;
    for (Qualifier q : inputs) {
        lower = lower || isLowerBound(q);
        upper = upper || isUpperBound(q);
        about = about || q == Qualifier::About;
    }
    if (about || (lower && upper))
        return Qualifier::About;
    if (lower)
        return Qualifier::MoreThan;
    if (upper)
        return Qualifier::LessThan;
    return Qualifier::Exact;
}

std::optional<PartsSum> sumOfParts(const Workspace &ws, const QString &totalId, const Period &period,
                                   const ObservationsAt *lookup)
{
    auto best = [&](const QString &indicatorId) {
        return lookup ? bestObservation(ws, *lookup, indicatorId, period) : bestObservation(ws, indicatorId, period);
    };
    const Indicator *total = ws.indicator(totalId);
    const QList<const Indicator *> partIndicators = ws.partsOf(totalId);
    if (!total || partIndicators.isEmpty() || !period.isValid())
        return std::nullopt;
    const Unit *totalUnit = units::find(total->unit);
    if (!totalUnit)
        return std::nullopt;

    PartsSum r;
    r.published = best(totalId);
    double sum = 0;
    QList<Qualifier> qualifiers;
    for (const Indicator *part : partIndicators) {
        const Observation *o = best(part->id);
        const Unit *u = units::find(part->unit);
        const std::optional<double> v = (o && u) ? units::convert(o->value, *u, *totalUnit) : std::nullopt;
        if (!v) {
            r.missingParts << part->id;
            continue;
        }
        r.parts.append(o);
        sum += *v;
        qualifiers << o->qualifier;
        r.sum.inputs << o->id;
    }
    if (r.parts.isEmpty())
        return std::nullopt;
    r.sum.id = QStringLiteral("derived/sum-of-parts/%1/%2").arg(totalId, period.toString());
    r.sum.indicator = totalId;
    r.sum.period = period;
    r.sum.value = sum;
    r.sum.qualifier = combineQualifiers(qualifiers);
    r.sum.derived = true;
    r.sum.note = QStringLiteral("Sum of %1 of %2 parts").arg(r.parts.size()).arg(partIndicators.size());
    if (r.published) {
        r.gap = r.published->value - sum;
        if (r.published->value != 0)
            r.gapPercent = *r.gap / r.published->value * 100;
    }
    return r;
}

std::optional<Observation> valueFromShare(const Workspace &ws, const Observation &level, const Observation &share,
                                          const QString &wholeIndicator)
{
    const Indicator *shareInd = ws.indicator(share.indicator);
    if (!shareInd || shareInd->measure != Measure::Share || share.value <= 0 || level.period != share.period)
        return std::nullopt;
    Observation o;
    o.id = QStringLiteral("derived/from-share/%1/%2/%3").arg(level.indicator, share.indicator, level.period.toString());
    o.indicator = wholeIndicator;
    o.period = level.period;
    o.value = level.value / (share.value / 100.0);
    // Dividing by a lower bound gives an upper bound, and the reverse.
    Qualifier denominator = share.qualifier;
    if (isLowerBound(denominator))
        denominator = Qualifier::LessThan;
    else if (isUpperBound(denominator))
        denominator = Qualifier::MoreThan;
    o.qualifier = combineQualifiers({level.qualifier, denominator});
    if (o.qualifier == Qualifier::Exact)
        o.qualifier = Qualifier::About; // both inputs are rounded: the quotient is approximate
    o.derived = true;
    o.inputs = {level.id, share.id};
    o.note = QStringLiteral("%1 ÷ %2%").arg(plainDecimal(level.value), plainDecimal(share.value));
    return o;
}

} // namespace cs
