// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/validation.h"

#include "chart/quantity_format.h"
#include "model/unit.h"
#include "persist/json_positions.h"
#include "query/workspace_queries.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <optional>

namespace cs {

namespace {

// One figure of one source: indicator, subject, source and period, as store keys.
struct FigureKey {
    int indicator, subject, source;
    quint64 period; // Period::code(): ordered by year, then step, as a series runs in time
};

// What a key (of the observation store's strings) maps to, computed once per key; values come in
// runs of one indicator, subject and source, so most lookups compare one number.
template <class V>
class KeyCache
{
public:
    template <class Compute>
    V get(int key, Compute compute)
    {
        if (key == m_lastKey)
            return m_last;
        if (key < 0)
            return compute();
        if (size_t(key) >= m_known.size()) {
            m_known.resize(size_t(key) + 1, 0);
            m_values.resize(size_t(key) + 1);
        }
        if (!m_known[size_t(key)]) {
            m_values[size_t(key)] = compute();
            m_known[size_t(key)] = 1;
        }
        m_lastKey = key;
        m_last = m_values[size_t(key)];
        return m_last;
    }

private:
    // By key: the store's keys are small numbers, below its count of strings.
    std::vector<V> m_values;
    std::vector<quint8> m_known;
    int m_lastKey = -1;
    V m_last{};
};

// The dated values, for finding the same figure (indicator, subject, source and period) given
// twice. Values come in runs of one series (indicator, subject, source), mostly in time order:
// the runs are sorted, not the values, and a series' values are gathered and sorted only when its
// runs are more than one or out of order. O(N) time and no per-value memory for an import's N
// values; O(N log N) at worst.
class Figures
{
public:
    explicit Figures(const ObservationStore &obs) : m_obs(obs) {}

    void add(const FigureKey &k, int row)
    {
        if (m_runs.empty() || m_runs.back().indicator != k.indicator || m_runs.back().subject != k.subject
            || m_runs.back().source != k.source) {
            m_runs.push_back({k.indicator, k.subject, k.source, row, row + 1, true});
        } else {
            m_runs.back().increasing = m_runs.back().increasing && k.period > m_lastPeriod;
            m_runs.back().end = row + 1;
        }
        m_lastPeriod = k.period;
    }

    // (row, first row of its figure) for every value repeating an earlier one's figure, in
    // workspace order.
    QList<std::pair<int, int>> repeats()
    {
        std::sort(m_runs.begin(), m_runs.end(), [](const Run &a, const Run &b) {
            return std::tie(a.indicator, a.subject, a.source, a.begin) < std::tie(b.indicator, b.subject, b.source, b.begin);
        });
        QList<std::pair<int, int>> out;
        std::vector<std::pair<quint64, int>> series; // (period code, row)
        for (size_t r = 0; r < m_runs.size();) {
            size_t last = r + 1;
            while (last < m_runs.size() && same(m_runs[last], m_runs[r]))
                ++last;
            if (last > r + 1 || !m_runs[r].increasing) { // sorted by period, then row: the first of a figure first
                series.clear();
                for (size_t k = r; k < last; ++k)
                    for (int row = m_runs[k].begin; row < m_runs[k].end; ++row)
                        if (m_obs.period(row).isValid() && m_obs.indicatorKey(row) == m_runs[r].indicator
                            && m_obs.subjectKey(row) == m_runs[r].subject && m_obs.sourceKey(row) == m_runs[r].source)
                            series.emplace_back(m_obs.period(row).code(), row);
                std::sort(series.begin(), series.end());
                for (size_t k = 1; k < series.size(); ++k) {
                    const size_t first = k - 1;
                    while (k < series.size() && series[k].first == series[first].first)
                        out.append({series[k++].second, series[first].second});
                }
            }
            r = last;
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    struct Run {
        int indicator, subject, source;
        int begin, end; // rows; undated rows and other series' undated rows may lie between
        bool increasing; // each dated value's period after the one before
    };
    static bool same(const Run &a, const Run &b)
    {
        return a.indicator == b.indicator && a.subject == b.subject && a.source == b.source;
    }
    const ObservationStore &m_obs;
    std::vector<Run> m_runs;
    quint64 m_lastPeriod = 0;
};

class Checker
{
public:
    explicit Checker(const Workspace &ws, bool subset = false) : ws(ws), idx(ws), subset(subset) {}

    Problems run()
    {
        checkIds();
        checkSources();
        checkSubjects();
        checkTaxonomy();
        checkIndicators();
        checkObservations();
        checkCharts();
        checkPartsAgainstTotals();
        return problems;
    }

private:
    const Workspace &ws;
    const WorkspaceIndex idx; // constant-time lookups: a workspace may hold a million values
    const bool subset; // the workspace holds some of its file's values: inputs may be elsewhere
    Problems problems;

    void report(const QString &path, ProblemCode code, const QStringList &args, const QString &message)
    {
        problems.append({path, message, {}, code, args});
    }

    // A reference to a `kind` ("source", "indicator", …) that the workspace does not have.
    void unknown(const QString &path, const char *kind, const QString &id)
    {
        report(path, ProblemCode::UnknownReference, {QLatin1String(kind), id},
               QStringLiteral("unknown %1 '%2'").arg(QLatin1String(kind), id));
    }

    static QString at(const char *list, qsizetype i, const char *key = nullptr)
    {
        QString p = JsonPositions::indexPath(QLatin1String(list), i);
        return key ? JsonPositions::childPath(p, QLatin1String(key)) : p;
    }

    template<typename T>
    void uniqueIds(const QList<T> &list, const char *name, const char *what)
    {
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString &id = list[i].id;
            if (id.isEmpty())
                continue;
            const auto it = seen.constFind(id);
            if (it != seen.constEnd())
                report(at(name, i, "id"), ProblemCode::DuplicateId, {QLatin1String(what), id, at(name, it.value())},
                       QStringLiteral("duplicate %1 id '%2' (first used at %3)").arg(QLatin1String(what), id, at(name, it.value())));
            else
                seen.insert(id, i);
        }
    }

    // Ids as numbers (ObservationStore::idKey): a million values, no million strings.
    void uniqueObservationIds()
    {
        // Sorted (id key, row) pairs: equal ids sit together, the first row first. Less memory and
        // time than a hash of a million entries.
        const ObservationStore &obs = ws.observations;
        const std::optional<quint64> empty = obs.idKeyOf(QString());
        // Ids numbered in order, as an import gives them, are all different: no sorting.
        bool increasing = true;
        for (int i = 1; i < obs.size() && increasing; ++i)
            increasing = obs.idKey(i) > obs.idKey(i - 1) && (!empty || obs.idKey(i - 1) != *empty);
        if (increasing && (obs.isEmpty() || !empty || obs.idKey(obs.size() - 1) != *empty))
            return;
        std::vector<std::pair<quint64, int>> keys;
        keys.reserve(size_t(obs.size()));
        for (int i = 0; i < obs.size(); ++i)
            if (!empty || obs.idKey(i) != *empty)
                keys.emplace_back(obs.idKey(i), i);
        std::sort(keys.begin(), keys.end());
        QList<std::pair<int, int>> duplicates; // (row, first row with the id)
        for (size_t k = 1; k < keys.size(); ++k) {
            size_t first = k - 1;
            while (k < keys.size() && keys[k].first == keys[first].first)
                duplicates.append({keys[k++].second, keys[first].second});
        }
        std::sort(duplicates.begin(), duplicates.end()); // reported in workspace order
        for (const auto &[i, first] : duplicates) {
            const QString id = obs.id(i);
            report(at("observations", i, "id"), ProblemCode::DuplicateId, {QStringLiteral("observation"), id, at("observations", first)},
                   QStringLiteral("duplicate observation id '%1' (first used at %2)").arg(id, at("observations", first)));
        }
    }

    void checkIds()
    {
        uniqueIds(ws.sources, "sources", "source");
        uniqueIds(ws.subjects, "subjects", "subject");
        uniqueIds(ws.indicators, "indicators", "indicator");
        uniqueObservationIds();
        uniqueIds(ws.charts, "charts", "chart");
        // One namespace for every node of the taxonomy.
        QSet<QString> nodes;
        auto node = [&](const QString &path, const QString &id) {
            if (id.isEmpty())
                return;
            if (nodes.contains(id))
                report(path, ProblemCode::DuplicateTaxonomyId, {id}, QStringLiteral("duplicate taxonomy id '%1'").arg(id));
            nodes.insert(id);
        };
        for (qsizetype c = 0; c < ws.taxonomy.categories.size(); ++c) {
            const QString cp = JsonPositions::indexPath(QStringLiteral("taxonomy.categories"), c);
            node(cp + QStringLiteral(".id"), ws.taxonomy.categories[c].id);
            const auto &clusters = ws.taxonomy.categories[c].clusters;
            for (qsizetype k = 0; k < clusters.size(); ++k)
                node(JsonPositions::indexPath(cp + QStringLiteral(".clusters"), k) + QStringLiteral(".id"), clusters[k].id);
        }
        for (qsizetype f = 0; f < ws.taxonomy.futureIndustries.size(); ++f)
            node(JsonPositions::indexPath(QStringLiteral("taxonomy.futureIndustries"), f) + QStringLiteral(".id"),
                 ws.taxonomy.futureIndustries[f].id);
    }

    void checkSources()
    {
        for (qsizetype i = 0; i < ws.sources.size(); ++i) {
            const QString &date = ws.sources[i].date;
            if (date.isEmpty())
                continue;
            QString error;
            const Period p = Period::parse(date, &error);
            if (!p.isValid() || p.isSpan() || p.granularity() == Granularity::Quarter || p.granularity() == Granularity::Week)
                report(at("sources", i, "date"), ProblemCode::BadSourceDate, {date},
                       QStringLiteral("a source's date is YYYY-MM-DD, YYYY-MM or YYYY, not '%1'").arg(date));
        }
    }

    void checkSubjects()
    {
        for (qsizetype i = 0; i < ws.subjects.size(); ++i) {
            const Subject &s = ws.subjects[i];
            if (!s.parent.isEmpty() && !idx.subject(s.parent))
                unknown(at("subjects", i, "parent"), "subject", s.parent);
            if (s.parent == s.id && !s.id.isEmpty())
                report(at("subjects", i, "parent"), ProblemCode::SubjectContainsItself, {}, QStringLiteral("a subject cannot contain itself"));
        }
    }

    void checkTaxonomy()
    {
        if (!ws.taxonomy.source.isEmpty() && !idx.source(ws.taxonomy.source))
            unknown(QStringLiteral("taxonomy.source"), "source", ws.taxonomy.source);
    }

    void checkIndicators()
    {
        for (qsizetype i = 0; i < ws.indicators.size(); ++i) {
            const Indicator &ind = ws.indicators[i];
            if (!ind.subject.isEmpty() && !idx.subject(ind.subject))
                unknown(at("indicators", i, "subject"), "subject", ind.subject);
            if (!ind.cluster.isEmpty() && !ws.taxonomy.find(ind.cluster))
                report(at("indicators", i, "cluster"), ProblemCode::NotATaxonomyNode, {ind.cluster},
                       QStringLiteral("'%1' is not a cluster, category or future industry of the taxonomy").arg(ind.cluster));
            const Unit *unit = units::find(ind.unit);
            if (unit) {
                const QString mismatch = unitMismatch(ind.measure, *unit);
                if (!mismatch.isEmpty())
                    report(at("indicators", i, "unit"), ProblemCode::UnitDoesNotFit, {measureId(ind.measure), unit->id},
                           QStringLiteral("unit does not fit the measure: %1").arg(mismatch));
            }
            checkPartOf(i, ind, unit);
            checkGrowthOf(i, ind);
        }
    }

    void checkPartOf(qsizetype i, const Indicator &ind, const Unit *unit)
    {
        if (ind.partOf.isEmpty())
            return;
        const QString path = at("indicators", i, "partOf");
        const Indicator *total = idx.indicator(ind.partOf);
        if (!total) {
            unknown(path, "indicator", ind.partOf);
            return;
        }
        if (total->id == ind.id) {
            report(path, ProblemCode::PartOfItself, {}, QStringLiteral("an indicator cannot be a part of itself"));
            return;
        }
        const Unit *totalUnit = units::find(total->unit);
        if (unit && totalUnit && !unit->convertibleTo(*totalUnit))
            report(path, ProblemCode::PartUnitDiffers, {unit->id, totalUnit->id},
                   QStringLiteral("a part in '%1' cannot be added to a total in '%2'").arg(unit->id, totalUnit->id));
        if (total->measure != ind.measure)
            report(path, ProblemCode::PartMeasureDiffers, {measureId(ind.measure), measureId(total->measure)},
                   QStringLiteral("a part measures %1 but its total measures %2")
                             .arg(measureId(ind.measure), measureId(total->measure)));
        if (ind.measure == Measure::Growth || ind.measure == Measure::Ratio)
            report(path, ProblemCode::RatesAreNotParts, {measureId(ind.measure)},
                   QStringLiteral("%1 rates do not add up, so they cannot be parts of a total").arg(measureId(ind.measure)));
    }

    void checkGrowthOf(qsizetype i, const Indicator &ind)
    {
        if (ind.growthOf.isEmpty())
            return;
        const QString path = at("indicators", i, "growthOf");
        const Indicator *level = idx.indicator(ind.growthOf);
        if (!level)
            unknown(path, "indicator", ind.growthOf);
        else if (ind.measure != Measure::Growth)
            report(path, ProblemCode::GrowthOfNonGrowth, {measureId(ind.measure)},
                   QStringLiteral("only a growth indicator can be the growth of another, and this one measures %1")
                             .arg(measureId(ind.measure)));
        else if (level->measure == Measure::Growth)
            report(path, ProblemCode::GrowthOfGrowth, {level->id}, QStringLiteral("'%1' is itself a growth rate").arg(level->id));
    }

    // One pass over the columns. References are checked once per distinct key, and the same
    // figure given twice is found by numbers (indicator, subject, period, source keys).
    void checkObservations()
    {
        const ObservationStore &obs = ws.observations;
        Figures figures(obs); // dated values, for finding the same figure twice
        KeyCache<const Indicator *> indicators; // indicator key → indicator (nullptr: unknown)
        KeyCache<bool> knownSource, knownSubject;
        for (int i = 0; i < obs.size(); ++i) {
            const Indicator *ind = indicators.get(obs.indicatorKey(i), [&] { return idx.indicator(obs.indicator(i)); });
            if (!obs.indicator(i).isEmpty() && !ind)
                unknown(at("observations", i, "indicator"), "indicator", obs.indicator(i));
            if (!knownSource.get(obs.sourceKey(i), [&] { return obs.source(i).isEmpty() || idx.source(obs.source(i)); }))
                unknown(at("observations", i, "source"), "source", obs.source(i));
            const bool knownSubjectHere =
                knownSubject.get(obs.subjectKey(i), [&] { return obs.subject(i).isEmpty() || idx.subject(obs.subject(i)); });
            if (!knownSubjectHere)
                unknown(at("observations", i, "subject"), "subject", obs.subject(i));
            if (obs.derived(i) || obs.sourceRowOf(i) < 0) { // rare: quotes, notes, derived values
                const Observation o = obs.at(i);
                for (qsizetype k = 0; k < o.inputs.size() && !subset; ++k) {
                    if (!idx.observationRow(o.inputs[k]))
                        unknown(JsonPositions::indexPath(at("observations", i, "inputs"), k), "observation", o.inputs[k]);
                }
                if (o.derived && o.inputs.isEmpty())
                    report(at("observations", i, "inputs"), ProblemCode::DerivedWithoutInputs, {},
                           QStringLiteral("a derived value must name the values it comes from"));
            }
            if (const Indicator *indicator = ind) {
                checkValue(i, obs.value(i), *indicator);
                if (knownSubjectHere) // an unknown subject is reported as that
                    checkSubject(i, *indicator);
            }
            const Period &period = obs.period(i);
            if (!period.isValid())
                continue;
            figures.add(FigureKey{obs.indicatorKey(i), obs.subjectKey(i), obs.sourceKey(i), period.code()}, i);
        }
        const QList<std::pair<int, int>> repeats = figures.repeats(); // (row, first row of the figure)
        for (const auto &[i, first] : repeats) {
            const QString &source = obs.source(i), &indicator = obs.indicator(i);
            const QString period = obs.period(i).toString();
            report(at("observations", i), ProblemCode::SameFigureTwice, {source, indicator, period, at("observations", first)},
                   QStringLiteral("the source '%1' already gives %2 for %3 at %4").arg(source, indicator, period, at("observations", first)));
        }
    }

    // A panel's values name their subjects; the values of an indicator of one subject name none,
    // or that one.
    void checkSubject(int i, const Indicator &ind)
    {
        const ObservationStore &obs = ws.observations;
        const QString &subject = obs.subject(i);
        if (ind.subject.isEmpty() && subject.isEmpty())
            report(at("observations", i, "subject"), ProblemCode::PanelValueWithoutSubject, {ind.id},
                   QStringLiteral("'%1' is an indicator of many subjects: each of its values must name its subject").arg(ind.id));
        else if (!ind.subject.isEmpty() && !subject.isEmpty() && subject != ind.subject)
            report(at("observations", i, "subject"), ProblemCode::SubjectNotTheIndicators, {subject, ind.subject},
                   QStringLiteral("the value names the subject '%1', but its indicator is of '%2'").arg(subject, ind.subject));
    }

    void checkValue(qsizetype i, double value, const Indicator &ind)
    {
        const bool bad = (ind.measure == Measure::Share && (value < 0 || value > 100))
            || ((ind.measure == Measure::Count || ind.measure == Measure::Duration || ind.measure == Measure::Cumulative) && value < 0)
            || (ind.measure == Measure::Growth && value < -100);
        if (!bad)
            return; // the common case, decided without formatting the value
        const QString path = at("observations", i, "value");
        const QString v = plainDecimal(value);
        switch (ind.measure) {
        case Measure::Share:
            if (value < 0 || value > 100)
                report(path, ProblemCode::ShareOutOfRange, {v}, QStringLiteral("a share must lie between 0 and 100%, not %1%").arg(v));
            break;
        case Measure::Count:
        case Measure::Duration:
        case Measure::Cumulative:
            if (value < 0)
                report(path, ProblemCode::NegativeValue, {measureId(ind.measure), v},
                       QStringLiteral("a %1 cannot be negative (%2)").arg(measureId(ind.measure), v));
            break;
        case Measure::Growth:
            if (value < -100)
                report(path, ProblemCode::FallBeyondAll, {v}, QStringLiteral("a fall of more than 100% (%1%) is impossible").arg(v));
            break;
        default:
            break;
        }
    }

    void checkCharts()
    {
        for (qsizetype i = 0; i < ws.charts.size(); ++i) {
            const ChartSpec &c = ws.charts[i];
            auto indicatorRef = [&](const QString &path, const QString &id) {
                if (!idx.indicator(id))
                    unknown(path, "indicator", id);
            };
            auto subjectRef = [&](const QString &path, const QString &id) {
                if (!idx.subject(id))
                    unknown(path, "subject", id);
            };
            const QString cp = at("charts", i);
            if (c.kind == ChartKind::TimeSeries && c.series.isEmpty())
                report(cp, ProblemCode::ChartNeedsSeries, {}, QStringLiteral("a time-series chart needs at least one series"));
            for (qsizetype s = 0; s < c.series.size(); ++s) {
                const QString sp = JsonPositions::indexPath(cp + QStringLiteral(".series"), s);
                indicatorRef(sp + QStringLiteral(".indicator"), c.series[s].indicator);
                if (!c.series[s].subject.isEmpty())
                    subjectRef(sp + QStringLiteral(".subject"), c.series[s].subject);
                for (qsizetype k = 0; k < c.series[s].sources.size(); ++k) {
                    if (!idx.source(c.series[s].sources[k]))
                        unknown(JsonPositions::indexPath(sp + QStringLiteral(".sources"), k), "source", c.series[s].sources[k]);
                }
            }
            if (c.kind == ChartKind::Breakdown || c.kind == ChartKind::GrowthComparison) {
                const QString qp = cp + QStringLiteral(".query");
                if (!c.query.period.isValid())
                    report(qp, ProblemCode::ChartNeedsPeriod, {chartKindId(c.kind)},
                           QStringLiteral("a %1 chart needs a period").arg(chartKindId(c.kind)));
                if (c.query.scope == BreakdownScope::Parts) {
                    if (c.query.total.isEmpty())
                        report(qp, ProblemCode::BreakdownNeedsTotal, {}, QStringLiteral("a breakdown into parts needs a \"total\""));
                    else
                        indicatorRef(qp + QStringLiteral(".total"), c.query.total);
                }
                if (c.query.scope == BreakdownScope::Indicators && c.query.indicators.isEmpty())
                    report(qp, ProblemCode::BreakdownNeedsIndicators, {}, QStringLiteral("a breakdown across indicators needs \"indicators\""));
                if (c.query.scope == BreakdownScope::Subjects && c.query.indicators.isEmpty())
                    report(qp, ProblemCode::BreakdownNeedsIndicators, {},
                           QStringLiteral("a breakdown across subjects needs its panel indicator in \"indicators\""));
                for (qsizetype k = 0; k < c.query.indicators.size(); ++k)
                    indicatorRef(JsonPositions::indexPath(qp + QStringLiteral(".indicators"), k), c.query.indicators[k]);
                for (qsizetype k = 0; k < c.query.subjects.size(); ++k)
                    subjectRef(JsonPositions::indexPath(qp + QStringLiteral(".subjects"), k), c.query.subjects[k]);
            }
            for (qsizetype k = 0; k < c.references.size(); ++k)
                indicatorRef(JsonPositions::indexPath(cp + QStringLiteral(".references"), k), c.references[k]);
        }
    }

    // Parts may fall short of their total (some parts may be unpublished), but never exceed it
    // by more than the rounding of the published figures allows.
    void checkPartsAgainstTotals()
    {
        if (!idx.hasAnyParts())
            return; // no indicator is a part of another: nothing to add up
        std::optional<ObservationsAt> lookup; // built when the first total with parts turns up
        const ObservationStore &obs = ws.observations;
        KeyCache<const Indicator *> totals; // indicator key → the indicator, when it has parts
        for (int i = 0; i < obs.size(); ++i) {
            const Indicator *ind = totals.get(obs.indicatorKey(i), [&] {
                const Indicator *found = idx.indicator(obs.indicator(i));
                return found && idx.hasParts(found->id) ? found : nullptr;
            });
            if (!ind || !obs.period(i).isValid())
                continue;
            const Observation total = obs.at(i);
            if (isLowerBound(total.qualifier))
                continue; // parts above a lower bound are consistent with it
            if (!lookup)
                lookup.emplace(ws);
            const std::optional<Observation> best = bestObservation(ws, *lookup, ind->id, total.period, total.subject);
            if (!best || best->id != total.id || !(*best == total))
                continue; // check each total once, against its preferred figure
            const std::optional<PartsSum> sum = sumOfParts(ws, ind->id, total.period, &*lookup);
            if (!sum || isUpperBound(sum->sum.qualifier))
                continue;
            const double slack = roundingSlack(*sum, total);
            const double over = sum->sum.value - total.value;
            if (over > slack)
                report(at("observations", i, "value"), ProblemCode::PartsExceedTotal,
                       {ind->id, total.period.toString(), plainDecimal(sum->sum.value), plainDecimal(total.value), plainDecimal(over)},
                       QStringLiteral("the parts of %1 at %2 add up to %3, more than the total %4 (by %5)")
                           .arg(ind->id, total.period.toString(), plainDecimal(sum->sum.value), plainDecimal(total.value),
                                plainDecimal(over)));
        }
    }

    // Half a unit in the last published digit of each figure, summed: what rounding can explain.
    static double halfLastDigit(double v)
    {
        const QString s = plainDecimal(v);
        const qsizetype dot = s.indexOf(QLatin1Char('.'));
        const int decimals = dot < 0 ? 0 : int(s.size() - dot - 1);
        return 0.5 * std::pow(10.0, -decimals);
    }

    double roundingSlack(const PartsSum &sum, const Observation &total) const
    {
        double slack = halfLastDigit(total.value);
        for (const Observation &p : sum.parts)
            slack += halfLastDigit(p.value); // parts in another unit are rare; this errs on the strict side
        if (total.qualifier == Qualifier::About)
            slack += std::abs(total.value) * 0.05;
        return slack + 1e-9 * std::abs(total.value);
    }
};

} // namespace

Problems validate(const Workspace &ws) { return Checker(ws).run(); }
Problems validateSubset(const Workspace &ws) { return Checker(ws, true).run(); }

// ---- One edit -----------------------------------------------------------------------------

namespace {

bool chartRefersTo(const ChartSpec &c, const EditScope &scope)
{
    if (scope.charts.contains(c.id))
        return true;
    auto indicator = [&](const QString &id) { return scope.indicators.contains(id); };
    for (const SeriesSpec &s : c.series) {
        if (indicator(s.indicator))
            return true;
        for (const QString &src : s.sources) {
            if (scope.sources.contains(src))
                return true;
        }
    }
    return indicator(c.query.total) || std::any_of(c.query.indicators.cbegin(), c.query.indicators.cend(), indicator)
        || std::any_of(c.references.cbegin(), c.references.cend(), indicator);
}

// The indicators summed with an indicator: itself, its total, its parts and its total's parts.
QSet<QString> familyOf(const Workspace &ws, const QString &indicatorId)
{
    QSet<QString> family{indicatorId};
    const Indicator *ind = ws.indicator(indicatorId);
    QStringList totals{indicatorId};
    if (ind && !ind->partOf.isEmpty()) {
        family.insert(ind->partOf);
        totals << ind->partOf;
    }
    for (const Indicator &other : ws.indicators) {
        if (totals.contains(other.partOf))
            family.insert(other.id);
    }
    return family;
}

// Rewrites "observations[k]" and "charts[k]" of the neighbourhood into the workspace's indices.
QString mapPaths(QString text, const QList<qsizetype> &observations, const QList<qsizetype> &charts)
{
    static const QRegularExpression re(QStringLiteral("\\b(observations|charts)\\[(\\d+)\\]"));
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool isObservation = m.captured(1) == QLatin1String("observations");
        const QList<qsizetype> &map = isObservation ? observations : charts;
        const qsizetype k = m.captured(2).toLongLong();
        out += text.mid(last, m.capturedStart() - last);
        out += QStringLiteral("%1[%2]").arg(m.captured(1)).arg(k < map.size() ? map[k] : k);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

// Whether a problem lies at something the edit touches or something that refers to it.
bool concernsEdit(const Workspace &ws, const Problem &p, const EditScope &scope)
{
    static const QRegularExpression re(QStringLiteral("^(sources|subjects|indicators)\\[(\\d+)\\]"));
    if (p.path.startsWith(QLatin1String("observations")) || p.path.startsWith(QLatin1String("charts")))
        return true; // only the neighbourhood's values and charts were checked
    if (p.path.startsWith(QLatin1String("taxonomy")))
        return scope.taxonomy || scope.sources.contains(ws.taxonomy.source);
    const QRegularExpressionMatch m = re.match(p.path);
    if (!m.hasMatch())
        return true;
    const qsizetype i = m.captured(2).toLongLong();
    const QString list = m.captured(1);
    if (list == QLatin1String("sources"))
        return i < ws.sources.size() && scope.sources.contains(ws.sources[i].id);
    if (list == QLatin1String("subjects")) {
        if (i >= ws.subjects.size())
            return false;
        const Subject &s = ws.subjects[i];
        return scope.subjects.contains(s.id) || scope.subjects.contains(s.parent);
    }
    if (i >= ws.indicators.size())
        return false;
    const Indicator &ind = ws.indicators[i];
    return scope.indicators.contains(ind.id) || scope.subjects.contains(ind.subject) || scope.indicators.contains(ind.partOf)
        || scope.indicators.contains(ind.growthOf);
}

} // namespace

Problems validateEdit(const Workspace &ws, const EditScope &scope, EditCheckStats *stats)
{
    Workspace near;
    near.sources = ws.sources;
    near.subjects = ws.subjects;
    near.taxonomy = ws.taxonomy;
    near.indicators = ws.indicators;
    QList<qsizetype> chartIndex;
    for (qsizetype i = 0; i < ws.charts.size(); ++i) {
        if (chartRefersTo(ws.charts[i], scope)) {
            chartIndex << i;
            near.charts << ws.charts[i];
        }
    }

    QList<qsizetype> obsIndex;
    if (scope.touchesValues() || !scope.inputs.isEmpty()) {
        // Indicator → the periods at which its values are summed with a touched value.
        QHash<QString, QList<Period>> family;
        for (auto it = scope.figures.cbegin(); it != scope.figures.cend(); ++it) {
            for (const QString &id : familyOf(ws, it.key()))
                family[id] += it.value();
        }
        QSet<QString> anyPeriod; // an indicator's definition changed: its family at every period
        for (const QString &id : scope.indicators)
            anyPeriod += familyOf(ws, id);
        const ObservationStore &obs = ws.observations;
        // One pass over the columns, so each test is cheap: an indicator's choice is worked out
        // once per indicator key, and ids, sources and inputs are compared as numbers.
        QSet<QString> byIndicator = scope.indicators;
        byIndicator += anyPeriod;
        struct Choice {
            bool whole = false;                   // every value of the indicator is selected
            const QList<Period> *periods = nullptr; // or those at these periods
        };
        auto idKeys = [&](const QSet<QString> &ids) {
            QSet<quint64> keys;
            for (const QString &id : ids)
                if (const std::optional<quint64> k = obs.idKeyOf(id))
                    keys.insert(*k);
            return keys;
        };
        const QSet<quint64> touchedSet = idKeys(scope.observations);
        const std::vector<quint64> touched(touchedSet.cbegin(), touchedSet.cend()); // a few: searched in a line
        QSet<quint64> wanted = idKeys(scope.inputs); // values a selected derived value is computed from
        QSet<int> sourceKeys;
        for (const QString &id : scope.sources)
            if (const int k = obs.keyOf(id); k >= 0)
                sourceKeys.insert(k);
        KeyCache<Choice> choices; // by indicator key: values come in runs of an indicator
        auto select = [&](int i) {
            const Choice c = choices.get(obs.indicatorKey(i), [&] {
                const QString &indicator = obs.indicator(i);
                const auto f = family.constFind(indicator);
                return Choice{byIndicator.contains(indicator), f == family.constEnd() ? nullptr : &f.value()};
            });
            if (c.whole || (c.periods && c.periods->contains(obs.period(i))))
                return true;
            if ((!touched.empty() && std::find(touched.cbegin(), touched.cend(), obs.idKey(i)) != touched.cend())
                || (!sourceKeys.isEmpty() && sourceKeys.contains(obs.sourceKey(i))))
                return true;
            if (obs.derived(i)) {
                for (const QString &input : obs.at(i).inputs) {
                    if (scope.observations.contains(input))
                        return true;
                }
            }
            return false;
        };
        QSet<qsizetype> picked;
        for (int i = 0; i < obs.size(); ++i) {
            if ((!wanted.isEmpty() && wanted.contains(obs.idKey(i))) || select(i)) {
                picked.insert(i);
                if (obs.derived(i))
                    wanted += idKeys(QSet<QString>(obs.at(i).inputs.cbegin(), obs.at(i).inputs.cend()));
            }
        }
        // A value computed from a touched one may name inputs found earlier in the list.
        QSet<quint64> have;
        for (qsizetype i : picked)
            have.insert(obs.idKey(int(i)));
        if (!(wanted - have).isEmpty()) {
            for (int i = 0; i < obs.size(); ++i) {
                if (wanted.contains(obs.idKey(i)))
                    picked.insert(i);
            }
        }
        obsIndex = QList<qsizetype>(picked.cbegin(), picked.cend());
        std::sort(obsIndex.begin(), obsIndex.end());
        near.observations.reserve(obsIndex.size());
        for (qsizetype i : obsIndex)
            near.observations << obs.at(int(i));
    }
    if (stats) {
        stats->observationsChecked = near.observations.size();
        stats->chartsChecked = near.charts.size();
    }

    Problems out;
    for (Problem p : Checker(near).run()) {
        p.path = mapPaths(p.path, obsIndex, chartIndex);
        p.message = mapPaths(p.message, obsIndex, chartIndex);
        if (concernsEdit(ws, p, scope))
            out << p;
    }
    return out;
}

Problems newProblems(const Problems &before, const Problems &after)
{
    QHash<QString, int> known;
    for (const Problem &p : before)
        ++known[p.message];
    Problems out;
    for (const Problem &p : after) {
        int &n = known[p.message];
        if (n == 0)
            out << p;
        else
            --n;
    }
    return out;
}

} // namespace cs
