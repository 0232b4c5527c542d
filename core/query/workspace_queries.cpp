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
    if (!subject.isEmpty() && !o.subject.isEmpty() && o.subject != subject)
        return false;
    return true;
}

namespace {
int preference(const Source *s, bool derived, Qualifier q)
{
    const int confidence = derived ? confidenceRank(Confidence::Derived)
                                   : (s ? confidenceRank(s->confidence) : confidenceRank(Confidence::Derived) + 1);
    const int exactness = q == Qualifier::Exact ? 0 : (q == Qualifier::About ? 1 : 2);
    return confidence * 10 + exactness;
}

int rowPreference(const Workspace &ws, int row)
{
    const ObservationStore &s = ws.observations;
    return preference(ws.source(s.source(row)), s.derived(row), s.qualifier(row));
}

// The filter on columns, without building the observation. A value without a subject belongs to
// its indicator's subject, so a subject filter keeps it only when that is the subject asked for.
class RowFilter
{
public:
    RowFilter(const Workspace &ws, const SeriesFilter &f, const QString &indicatorId) : m_ws(ws), m_f(f)
    {
        if (!f.subject.isEmpty()) {
            m_subject = ws.observations.keyOf(f.subject);
            const Indicator *ind = ws.indicator(indicatorId);
            m_ownSubject = ind && ind->subject == f.subject;
        }
    }
    bool accepts(int row) const
    {
        const ObservationStore &s = m_ws.observations;
        if (!s.period(row).isValid())
            return false;
        if (!m_f.sources.isEmpty() && !m_f.sources.contains(s.source(row)))
            return false;
        if (!m_f.periodKinds.isEmpty() && !m_f.periodKinds.contains(s.period(row).kind()))
            return false;
        if (!m_f.subject.isEmpty()) {
            const int subject = s.subjectKey(row);
            if (subject == 0 ? !m_ownSubject : subject != m_subject)
                return false;
        }
        return true;
    }

private:
    const Workspace &m_ws;
    const SeriesFilter &m_f;
    int m_subject = -1;
    bool m_ownSubject = false;
};

// The chosen row per period of `rows`, in period order.
QList<int> seriesRows(const Workspace &ws, const QList<int> &rows, const SeriesFilter &filter)
{
    if (rows.isEmpty())
        return {};
    const ObservationStore &s = ws.observations;
    const RowFilter accept(ws, filter, s.indicator(rows.first()));
    QHash<quint64, int> chosen; // period code → row
    QHash<int, int> rank;       // source key → confidence part of the preference, looked up once
    auto pref = [&](int row) {
        if (s.derived(row))
            return rowPreference(ws, row);
        auto it = rank.constFind(s.sourceKey(row));
        if (it == rank.constEnd())
            it = rank.insert(s.sourceKey(row), preference(ws.source(s.source(row)), false, Qualifier::Exact));
        const Qualifier q = s.qualifier(row);
        return it.value() + (q == Qualifier::Exact ? 0 : (q == Qualifier::About ? 1 : 2));
    };
    for (int row : rows) {
        if (!accept.accepts(row))
            continue;
        const auto it = chosen.find(periodCode(s.period(row)));
        if (it == chosen.end())
            chosen.insert(periodCode(s.period(row)), row);
        else if (pref(row) < pref(it.value()))
            it.value() = row;
    }
    QList<int> out = chosen.values();
    std::sort(out.begin(), out.end(), [&](int a, int b) { return s.period(a) < s.period(b); });
    return out;
}

// A cross-section: for each of the query's indicators, the preferred value of each subject at
// the query's period, from that indicator's rows only. A value without a subject is its
// indicator's own subject's (none for a panel: such a value has no place among subjects).
QList<BreakdownItem> subjectItems(const Workspace &ws, const BreakdownQuery &query, const WorkspaceIndex *index)
{
    const ObservationStore &s = ws.observations;
    QList<BreakdownItem> items;
    if (!query.period.isValid())
        return items;
    const int none = s.keyOf(QString());
    QHash<QString, int> wanted; // subject id → position in query.subjects
    for (qsizetype i = 0; i < query.subjects.size(); ++i)
        wanted.insert(query.subjects[i], int(i));
    constexpr int kOwn = -2; // the subject key of the indicator's own subject
    for (const QString &id : query.indicators) {
        const Indicator *ind = index ? index->indicator(id) : ws.indicator(id);
        if (!ind || (query.measure && ind->measure != *query.measure))
            continue;
        const bool ownWanted = !ind->subject.isEmpty() && (wanted.isEmpty() || wanted.contains(ind->subject));
        QHash<int, int> best; // subject key → the preferred row
        QList<int> order;     // subject keys in first-seen order
        QHash<int, bool> accepted; // subject key → whether the query wants it, looked up once
        for (int row : index ? index->observationsOf(id) : ws.observationsOf(id)) {
            if (s.period(row) != query.period)
                continue;
            int subject = s.subjectKey(row);
            if (subject == none)
                subject = kOwn;
            auto take = accepted.constFind(subject);
            if (take == accepted.constEnd())
                take = accepted.insert(subject, subject == kOwn ? ownWanted : (wanted.isEmpty() || wanted.contains(s.subject(row))));
            if (!take.value())
                continue;
            const auto it = best.find(subject);
            if (it == best.end()) {
                best.insert(subject, row);
                order << subject;
            } else if (rowPreference(ws, row) < rowPreference(ws, it.value())) {
                it.value() = row;
            }
        }
        QList<BreakdownItem> found;
        found.reserve(order.size());
        for (int subject : order) {
            const int row = best.value(subject);
            found.append({ind, s.at(row), subject == kOwn ? ind->subject : s.subject(row)});
        }
        if (!wanted.isEmpty()) {
            std::stable_sort(found.begin(), found.end(), [&](const BreakdownItem &a, const BreakdownItem &b) {
                return wanted.value(a.subject) < wanted.value(b.subject);
            });
        }
        items += found;
    }
    return items;
}
} // namespace

int observationPreference(const Workspace &ws, const Observation &o)
{
    return preference(ws.source(o.source), o.derived, o.qualifier);
}

quint64 periodCode(const Period &p)
{
    return quint64(p.granularity()) | quint64(quint16(p.year())) << 8 | quint64(quint16(p.firstIndex())) << 24
        | quint64(quint16(p.lastIndex())) << 40;
}

std::optional<Observation> bestObservation(const Workspace &ws, const QString &indicatorId, const Period &period,
                                           const SeriesFilter &filter)
{
    const ObservationStore &s = ws.observations;
    const int key = s.keyOf(indicatorId);
    const RowFilter accept(ws, filter, indicatorId);
    int best = -1;
    for (int i = 0; key >= 0 && period.isValid() && i < s.size(); ++i) {
        if (s.indicatorKey(i) == key && s.period(i) == period && accept.accepts(i)
            && (best < 0 || rowPreference(ws, i) < rowPreference(ws, best)))
            best = i;
    }
    return best < 0 ? std::nullopt : std::optional<Observation>(s.at(best));
}

ObservationsAt::ObservationsAt(const Workspace &ws) : m_ws(&ws)
{
    const ObservationStore &s = ws.observations;
    for (int i = 0; i < s.size(); ++i)
        if (s.period(i).isValid())
            m_rows[Key{s.indicatorKey(i), s.subjectKey(i), periodCode(s.period(i))}].append(i);
}

QList<int> ObservationsAt::at(const QString &indicatorId, const Period &period, const QString &subject) const
{
    const int indicator = m_ws->observations.keyOf(indicatorId);
    const int subjectKey = m_ws->observations.keyOf(subject);
    if (indicator < 0 || subjectKey < 0)
        return {};
    return m_rows.value(Key{indicator, subjectKey, periodCode(period)});
}

std::optional<Observation> bestObservation(const Workspace &ws, const ObservationsAt &lookup, const QString &indicatorId,
                                           const Period &period, const QString &subject)
{
    int best = -1;
    for (int row : lookup.at(indicatorId, period, subject))
        if (best < 0 || rowPreference(ws, row) < rowPreference(ws, best))
            best = row;
    return best < 0 ? std::nullopt : std::optional<Observation>(ws.observations.at(best));
}

QList<Observation> seriesOf(const Workspace &ws, const QList<int> &rows, const SeriesFilter &filter)
{
    QList<Observation> out;
    const QList<int> chosen = seriesRows(ws, rows, filter);
    out.reserve(chosen.size());
    for (int row : chosen)
        out.append(ws.observations.at(row));
    return out;
}

std::optional<Observation> latestOf(const Workspace &ws, const QList<int> &rows, const SeriesFilter &filter)
{
    const QList<int> chosen = seriesRows(ws, rows, filter);
    if (!chosen.isEmpty())
        return ws.observations.at(chosen.last());
    return rows.isEmpty() ? std::nullopt : std::optional<Observation>(ws.observations.at(rows.first()));
}

QList<Observation> indicatorSeries(const Workspace &ws, const QString &indicatorId, const SeriesFilter &filter)
{
    return seriesOf(ws, ws.observationsOf(indicatorId), filter);
}

QList<BreakdownItem> breakdown(const Workspace &ws, const BreakdownQuery &query, SortOrder sort, const WorkspaceIndex *index)
{
    QList<const Indicator *> candidates;
    QList<BreakdownItem> items;
    switch (query.scope) {
    case BreakdownScope::Subjects:
        items = subjectItems(ws, query, index);
        break;
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
    for (const Indicator *i : candidates) {
        if (query.measure && i->measure != *query.measure)
            continue;
        if (const std::optional<Observation> o = bestObservation(ws, i->id, query.period))
            items.append({i, *o, o->subject.isEmpty() ? i->subject : o->subject});
    }
    if (sort != SortOrder::None) {
        std::stable_sort(items.begin(), items.end(), [sort](const BreakdownItem &a, const BreakdownItem &b) {
            return sort == SortOrder::Ascending ? a.observation.value < b.observation.value
                                                : a.observation.value > b.observation.value;
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
        const std::optional<Observation> o = best(part->id);
        const Unit *u = units::find(part->unit);
        const std::optional<double> v = (o && u) ? units::convert(o->value, *u, *totalUnit) : std::nullopt;
        if (!v) {
            r.missingParts << part->id;
            continue;
        }
        r.parts.append(*o);
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
