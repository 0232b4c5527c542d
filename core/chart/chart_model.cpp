// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/chart_model.h"

#include "chart/quantity_format.h"
#include "model/unit.h"
#include "query/workspace_queries.h"

#include <QMap>
#include <algorithm>
#include <functional>
#include <utility>

namespace cs {

namespace {

QString tr2(Lang lang, const char *zh, const char *en) { return QString::fromUtf8(lang == Lang::Zh ? zh : en); }

QString unitAxisLabel(const Unit *unit, Lang lang) { return unit ? unit->label.text(lang) : QString(); }

// A short key telling which periods may be joined by a line: the same kind, and for spans the
// same part of the year.
QString joinKey(const Period &p)
{
    if (!p.isValid())
        return QStringLiteral("undated");
    const PeriodKind k = p.kind();
    if (k == PeriodKind::YearToDate || k == PeriodKind::Span)
        return periodKindId(k) + p.startDate().toString(QStringLiteral("MMdd")) + p.endDate().toString(QStringLiteral("MMdd"));
    return periodKindId(k);
}

struct Marks {
    bool yearToDate = false, lowerBound = false, upperBound = false, about = false, derived = false;
    void add(const ChartPoint &p)
    {
        yearToDate = yearToDate || p.yearToDate;
        lowerBound = lowerBound || isLowerBound(p.qualifier);
        upperBound = upperBound || isUpperBound(p.qualifier);
        about = about || p.qualifier == Qualifier::About;
        derived = derived || p.derived;
    }
    QStringList notes(Lang lang) const
    {
        QStringList out;
        if (yearToDate)
            out << tr2(lang, "斜线浅色：年初至今累计值（如前三季度），与全年值不可比",
                       "Hatched, lighter: cumulative year-to-date values (e.g. Q1–Q3), not comparable with full years");
        if (lowerBound)
            out << tr2(lang, "“+”与虚线延伸：下限值（超过、不少于）", "\"+\" and a dashed open end: a lower bound (more than, at least)");
        if (upperBound)
            out << tr2(lang, "“<”：上限值", "\"<\": an upper bound");
        if (about)
            out << tr2(lang, "“≈”：约数", "\"≈\": an approximate value");
        if (derived)
            out << tr2(lang, "“*”：推算值", "\"*\": derived by Clusterscope");
        return out;
    }
};

ChartPoint makePoint(const Workspace &ws, const Observation &o, int category, Lang lang)
{
    ChartPoint p;
    p.category = category;
    p.value = o.value;
    p.qualifier = o.qualifier;
    p.yearToDate = o.period.isYearToDate();
    p.derived = o.derived;
    p.joinGroup = joinKey(o.period);
    p.observationId = o.id;
    p.sourceId = o.source;
    p.valueLabel = formatValueLabel(o.value, o.qualifier, lang) + (o.derived ? QStringLiteral("*") : QString());
    p.tooltip = observationTooltip(ws, o, lang);
    return p;
}

QString undatedLabel(Lang lang) { return tr2(lang, "时间未注明", "date not given"); }

// A series' legend text: the indicator's name, and a panel series' subject. When every series
// draws the same indicator (China and the United States), the subject alone says which is which.
QString seriesName(const Workspace &ws, const ChartSpec &spec, const SeriesSpec &s, const Indicator &ind, Lang lang)
{
    const Subject *subject = s.subject.isEmpty() ? nullptr : ws.subject(s.subject);
    if (!subject)
        return ind.name.text(lang);
    const bool oneIndicator = std::all_of(spec.series.cbegin(), spec.series.cend(),
                                          [&](const SeriesSpec &o) { return o.indicator == s.indicator; });
    if (oneIndicator)
        return subject->name.text(lang);
    return ind.name.text(lang) + (lang == Lang::Zh ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(subject->name.text(lang));
}

// ---- time series -----------------------------------------------------------------------------

void buildTimeSeries(const Workspace &ws, const ChartSpec &spec, const ChartOptions &options, ChartModel &m)
{
    const Lang lang = m.lang;
    struct Pending {
        ChartSeries series;
        QList<Observation> observations;
    };
    QList<Pending> pending;
    QList<Period> periods;
    bool anyUndated = false;
    const Unit *leftUnit = nullptr;
    const Unit *rightUnit = nullptr;
    for (qsizetype i = 0; i < spec.series.size(); ++i) {
        const SeriesSpec &s = spec.series[i];
        const Indicator *ind = ws.indicator(s.indicator);
        if (!ind)
            continue;
        Pending p;
        p.series.key = QStringLiteral("s%1").arg(i);
        p.series.name = s.label.isEmpty() ? seriesName(ws, spec, s, *ind, lang) : s.label.text(lang);
        p.series.style = options.style.value_or(s.style);
        p.series.axis = s.axis;
        p.series.visible = (s.visible || options.shownSeries.contains(p.series.key)) && !options.hiddenSeries.contains(p.series.key);
        const Unit *unit = units::find(ind->unit);
        const Unit *&axisUnit = s.axis == Axis::Left ? leftUnit : rightUnit;
        if (p.series.visible && axisUnit && unit && !axisUnit->convertibleTo(*unit)) {
            m.notes << tr2(lang, "未绘制“%1”：单位与同一坐标轴上的其他系列不同", "Not drawn: “%1”, whose unit differs from the axis")
                           .arg(p.series.name);
            continue;
        }
        if (!axisUnit)
            axisUnit = unit;
        p.observations = indicatorSeries(ws, ind->id, SeriesFilter{s.sources, s.periodKinds, s.subject});
        if (p.observations.isEmpty()) {
            // Figures the source gives without a date still belong on the chart, under "date not given".
            for (int row : ws.observationsOf(ind->id)) {
                const Observation o = ws.observations.at(row);
                if (!o.period.isValid() && SeriesFilter{s.sources, {}, s.subject}.accepts(o)) {
                    p.observations << o;
                    break;
                }
            }
        }
        if (p.series.visible) {
            for (const Observation &o : p.observations) {
                if (!o.period.isValid())
                    anyUndated = true;
                else if (!periods.contains(o.period))
                    periods << o.period;
            }
        }
        pending << p;
    }
    std::sort(periods.begin(), periods.end());
    for (const Period &p : periods) {
        m.categories << p.label(lang);
        m.categoryGroups << joinKey(p);
    }
    if (anyUndated) {
        m.categories << undatedLabel(lang);
        m.categoryGroups << joinKey(Period());
    }
    m.valueAxisLabel = unitAxisLabel(leftUnit, lang);
    m.rightAxisLabel = unitAxisLabel(rightUnit, lang);

    Marks marks;
    QStringList sources;
    for (Pending &p : pending) {
        for (const Observation &o : p.observations) {
            const int category = o.period.isValid() ? int(periods.indexOf(o.period)) : int(m.categories.size() - 1);
            if (category < 0)
                continue; // the series is hidden and this period is not on the axis
            p.series.points << makePoint(ws, o, category, lang);
            if (p.series.visible) {
                marks.add(p.series.points.last());
                if (!sources.contains(o.source))
                    sources << o.source;
            }
        }
        m.series << p.series;
    }
    m.notes = marks.notes(lang) + m.notes;
    m.sourceLine = sourceLine(ws, sources, lang);
    if (m.categories.isEmpty())
        m.emptyMessage = tr2(lang, "此图表没有可绘制的数据", "This chart has no data to draw");
}

// ---- breakdowns and growth comparisons -------------------------------------------------------

QString subjectName(const Workspace &ws, const QString &subjectId, Lang lang)
{
    const Subject *s = ws.subject(subjectId);
    return s ? s->name.text(lang) : subjectId;
}

QString itemLabel(const Workspace &ws, const BreakdownItem &item, const ChartSpec &spec, Lang lang)
{
    const Indicator &ind = *item.indicator;
    if (spec.query.scope == BreakdownScope::Subjects) { // a cross-section: the bar is a subject's
        if (spec.query.indicators.size() <= 1)
            return subjectName(ws, item.subject, lang);
        return ind.name.text(lang) + (lang == Lang::Zh ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(subjectName(ws, item.subject, lang));
    }
    if (spec.query.scope != BreakdownScope::All && spec.query.scope != BreakdownScope::Indicators) {
        const TaxonomyNode node = ws.taxonomy.find(ind.cluster);
        if (node)
            return node.name.text(lang);
    }
    QString name = ind.name.text(lang);
    if (spec.query.measure == Measure::Growth) { // the title already says these are growth rates
        for (const char *suffix : {"增速", " growth", "增长"}) {
            if (name.endsWith(QString::fromUtf8(suffix)) && name.size() > int(strlen(suffix)))
                name.chop(QString::fromUtf8(suffix).size());
        }
    }
    return name;
}

void addGapNote(const Workspace &ws, const ChartSpec &spec, const Unit *unit, ChartModel &m)
{
    const auto sum = sumOfParts(ws, spec.query.total, spec.query.period);
    if (!sum || !sum->published || !sum->gap || !unit)
        return;
    const Lang lang = m.lang;
    auto num = [&](double v) { return formatNumber(v, lang, 2) + (lang == Lang::Zh ? unit->label.zh : QString()); };
    const QString pct = formatNumber(std::abs(sum->gapPercent.value_or(0)), lang, 1);
    const int n = int(sum->parts.size());
    QString note;
    if (std::abs(*sum->gap) < 1e-9) {
        note = tr2(lang, "%1项合计等于公布总量%2", "The %1 parts add up to the published total, %2").arg(n).arg(num(sum->published->value));
    } else if (*sum->gap > 0) {
        note = tr2(lang, "%1项合计%2，比公布总量%3少%4（%5%），按公布值保留",
                   "The %1 parts add up to %2, %4 (%5%) short of the published total %3; both kept as published")
                   .arg(n).arg(num(sum->sum.value), num(sum->published->value), num(*sum->gap), pct);
    } else {
        note = tr2(lang, "%1项合计%2，比公布总量%3多%4（%5%）", "The %1 parts add up to %2, %4 (%5%) more than the published total %3")
                   .arg(n).arg(num(sum->sum.value), num(sum->published->value), num(-*sum->gap), pct);
    }
    if (lang == Lang::En)
        note += QStringLiteral(" (") + unit->label.en + QLatin1Char(')');
    if (!sum->missingParts.isEmpty())
        note += tr2(lang, "；缺%1项", "; %1 parts have no value").arg(sum->missingParts.size());
    m.notes << note;
}

void buildBreakdown(const Workspace &ws, const ChartSpec &spec, const ChartOptions &options, ChartModel &m)
{
    const Lang lang = m.lang;
    m.horizontal = true;
    const QList<BreakdownItem> items = breakdown(ws, spec.query, spec.sort == SortOrder::None ? SortOrder::Descending : spec.sort);
    QStringList subtitle;
    if (spec.query.period.isValid())
        subtitle << spec.query.period.label(lang);
    if (spec.query.measure)
        subtitle << measureName(*spec.query.measure).text(lang);
    m.subtitle = subtitle.join(QStringLiteral(" · "));
    if (items.isEmpty()) {
        m.emptyMessage = tr2(lang, "%1没有可比较的数值", "No values to compare for %1").arg(m.subtitle);
        return;
    }
    const Unit *unit = units::find(items.first().indicator->unit);
    m.valueAxisLabel = unitAxisLabel(unit, lang);

    const bool crossSection = spec.query.scope == BreakdownScope::Subjects;
    ChartSeries main;
    main.key = QStringLiteral("values");
    main.name = spec.query.measure ? measureName(*spec.query.measure).text(lang) : tr2(lang, "数值", "Value");
    if (crossSection && spec.query.indicators.size() == 1)
        main.name = items.first().indicator->name.text(lang); // every bar is this indicator's
    ChartSeries refs;
    refs.key = QStringLiteral("references");
    refs.name = tr2(lang, "参照", "Reference");
    refs.emphasised = true;
    Marks marks;
    QStringList sources;
    for (const BreakdownItem &item : items) {
        const int category = int(m.categories.size());
        m.categories << itemLabel(ws, item, spec, lang);
        const ChartPoint point = makePoint(ws, item.observation, category, lang);
        marks.add(point);
        if (!sources.contains(item.observation.source))
            sources << item.observation.source;
        if (!crossSection && spec.references.contains(item.indicator->id)) { // references are indicators
            refs.points << point;
            m.references << ReferenceLine{m.categories.last() + QLatin1Char(' ') + point.valueLabel, point.value};
        } else {
            main.points << point;
        }
    }

    const auto sum = spec.query.scope == BreakdownScope::Parts ? sumOfParts(ws, spec.query.total, spec.query.period)
                                                               : std::nullopt;
    if (options.shareView && sum && sum->published && sum->published->value > 0) {
        // Each part as a share of the published total, stacked to 100%, with what is left over.
        m.shareView = true;
        const QStringList labels = m.categories;
        m.categories = {spec.query.period.label(lang)};
        m.valueAxisLabel = tr2(lang, "占公布总量的比重（%）", "Share of the published total (%)");
        for (qsizetype i = 0; i < main.points.size(); ++i) {
            ChartSeries part;
            part.key = QStringLiteral("part%1").arg(i);
            part.name = labels[main.points[i].category];
            ChartPoint p = main.points[i];
            p.category = 0;
            p.value = p.value / sum->published->value * 100;
            p.valueLabel = formatNumber(p.value, lang, 1) + QLatin1Char('%');
            part.points << p;
            m.series << part;
        }
        if (sum->gap && *sum->gap > 0) {
            ChartSeries rest;
            rest.key = QStringLiteral("gap");
            rest.name = tr2(lang, "未分配（合计与总量之差）", "Not allocated (total minus parts)");
            rest.emphasised = true;
            ChartPoint p;
            p.value = *sum->gap / sum->published->value * 100;
            p.derived = true;
            p.valueLabel = formatNumber(p.value, lang, 1) + QStringLiteral("%*");
            p.tooltip = rest.name;
            rest.points << p;
            marks.derived = true;
            m.series << rest;
        }
    } else {
        m.series << main;
        if (!refs.points.isEmpty())
            m.series << refs;
    }
    if (spec.query.scope == BreakdownScope::Parts)
        addGapNote(ws, spec, unit, m);
    if (crossSection && !spec.query.subjects.isEmpty()) { // chosen subjects left out say so
        QSet<QString> drawn;
        for (const BreakdownItem &item : items)
            drawn.insert(item.subject);
        QStringList missing;
        for (const QString &id : spec.query.subjects) {
            if (!drawn.contains(id))
                missing << subjectName(ws, id, lang);
        }
        if (!missing.isEmpty())
            m.notes << tr2(lang, "%1没有数值：%2", "No value for %1: %2")
                           .arg(spec.query.period.label(lang), missing.join(lang == Lang::Zh ? QStringLiteral("、") : QStringLiteral(", ")));
    }
    m.notes = marks.notes(lang) + m.notes;
    m.sourceLine = sourceLine(ws, sources, lang);
}

// ---- taxonomy --------------------------------------------------------------------------------

void buildTaxonomy(const Workspace &ws, ChartModel &m)
{
    const Lang lang = m.lang;
    QMap<QString, int> counts;
    const WorkspaceIndex idx(ws);
    for (const Indicator &ind : ws.indicators) {
        if (!ind.cluster.isEmpty())
            counts[ind.cluster] += int(idx.observationsOf(ind.id).size());
    }
    auto cell = [&](const Cluster &c) {
        return TaxonomyCell{c.id, c.name.text(lang), counts.value(c.id) > 0, counts.value(c.id)};
    };
    int withData = 0;
    for (const ClusterCategory &cat : ws.taxonomy.categories) {
        TaxonomyGroup g{cat.name.text(lang), false, {}};
        for (const Cluster &c : cat.clusters) {
            g.cells << cell(c);
            withData += g.cells.last().hasData;
        }
        m.taxonomy << g;
    }
    TaxonomyGroup future{tr2(lang, "未来产业", "Future industries"), true, {}};
    for (const Cluster &f : ws.taxonomy.futureIndustries) {
        future.cells << cell(f);
        withData += future.cells.last().hasData;
    }
    m.taxonomy << future;
    const int clusters = ws.taxonomy.clusterCount();
    m.subtitle = tr2(lang, "%1个战略性新兴产业集群（%2大类）+ %3个未来产业 · %4年版",
                     "%1 strategic emerging industry clusters in %2 categories + %3 future industries · %4 edition")
                     .arg(clusters).arg(ws.taxonomy.categories.size()).arg(ws.taxonomy.futureIndustries.size())
                     .arg(ws.taxonomy.edition);
    m.notes << tr2(lang, "实心：工作区中有数据（%1个）；空心：暂无数据", "Filled: has data in the workspace (%1); outlined: no data yet")
                   .arg(withData);
    if (const Source *s = ws.source(ws.taxonomy.source))
        m.sourceLine = sourceLine(ws, {s->id}, lang);
    if (ws.taxonomy.isEmpty())
        m.emptyMessage = tr2(lang, "工作区没有产业集群分类", "The workspace has no cluster taxonomy");
}

} // namespace

QList<const ChartPoint *> ChartModel::visiblePoints() const
{
    QList<const ChartPoint *> out;
    for (const ChartSeries &s : series) {
        if (!s.visible)
            continue;
        for (const ChartPoint &p : s.points)
            out << &p;
    }
    return out;
}

ChartModel buildChartModel(const Workspace &ws, const ChartSpec &spec, Lang lang, const ChartOptions &options)
{
    ChartModel m;
    m.id = spec.id;
    m.kind = spec.kind;
    m.lang = lang;
    m.title = spec.title.text(lang);
    switch (spec.kind) {
    case ChartKind::TimeSeries: buildTimeSeries(ws, spec, options, m); break;
    case ChartKind::Breakdown:
    case ChartKind::GrowthComparison: buildBreakdown(ws, spec, options, m); break;
    case ChartKind::Taxonomy: buildTaxonomy(ws, m); break;
    }
    return m;
}


ChartSpec indicatorChartSpec(const Workspace &ws, const QString &indicatorId, const QStringList &subjects)
{
    ChartSpec spec;
    spec.id = QStringLiteral("indicator:") + indicatorId;
    spec.kind = ChartKind::TimeSeries;
    const Indicator *ind = ws.indicator(indicatorId);
    if (ind && ind->subject.isEmpty()) { // a panel: lines for some of its subjects
        const QStringList chosen = subjects.isEmpty() ? largestSubjects(ws, indicatorId, kPanelLines) : subjects;
        spec.title = ind->name;
        if (chosen.size() == 1) {
            if (const Subject *s = ws.subject(chosen.first())) {
                spec.title.zh = ind->name.text(Lang::Zh) + QStringLiteral("（%1）").arg(s->name.text(Lang::Zh));
                spec.title.en = ind->name.text(Lang::En) + QStringLiteral(" (%1)").arg(s->name.text(Lang::En));
            }
        }
        for (const QString &subject : chosen) {
            SeriesSpec s;
            s.indicator = indicatorId;
            s.subject = subject;
            s.style = SeriesStyle::Line;
            spec.series << s;
        }
        if (!chosen.isEmpty())
            spec.id += QLatin1Char('@') + chosen.join(QLatin1Char('+'));
        return spec;
    }
    if (ind) {
        spec.title = ind->name;
        // Name the subject too, unless the indicator's name already does ("比亚迪新能源汽车累计产量").
        if (const Subject *s = ws.subject(ind->subject)) {
            const bool namedZh = ind->name.text(Lang::Zh).contains(s->name.text(Lang::Zh));
            const bool namedEn = ind->name.text(Lang::En).contains(s->name.text(Lang::En), Qt::CaseInsensitive);
            if (!namedZh)
                spec.title.zh = ind->name.text(Lang::Zh) + QStringLiteral("（%1）").arg(s->name.text(Lang::Zh));
            if (!namedEn)
                spec.title.en = ind->name.text(Lang::En) + QStringLiteral(" (%1)").arg(s->name.text(Lang::En));
        }
    }
    SeriesSpec s;
    s.indicator = indicatorId;
    spec.series << s;
    return spec;
}

Period crossSectionPeriod(const Workspace &ws, const QList<int> &indicatorRows)
{
    const ObservationStore &obs = ws.observations;
    QHash<quint64, int> subjects;               // period code → subjects with a value then
    QHash<quint64, int> rowAt;                  // period code → a row at that period
    QSet<std::pair<quint64, int>> counted;      // (period code, subject key) pairs seen
    for (int row : indicatorRows) {
        const Period &p = obs.period(row);
        if (!p.isValid())
            continue;
        const quint64 code = periodCode(p);
        if (counted.contains({code, obs.subjectKey(row)}))
            continue;
        counted.insert({code, obs.subjectKey(row)});
        ++subjects[code];
        rowAt.insert(code, row);
    }
    Period best;
    int most = 0;
    for (auto it = rowAt.cbegin(); it != rowAt.cend(); ++it) {
        const Period &p = obs.period(it.value());
        const int n = subjects.value(it.key());
        if (n > most || (n == most && best < p)) {
            best = p;
            most = n;
        }
    }
    return best;
}

ChartSpec crossSectionChartSpec(const Workspace &ws, const QString &indicatorId, const Period &period,
                                const WorkspaceIndex *index)
{
    const Indicator *ind = index ? index->indicator(indicatorId) : ws.indicator(indicatorId);
    ChartSpec spec;
    spec.kind = ind && ind->measure == Measure::Growth ? ChartKind::GrowthComparison : ChartKind::Breakdown;
    spec.query.scope = BreakdownScope::Subjects;
    spec.query.indicators = {indicatorId};
    if (ind)
        spec.query.measure = ind->measure;
    spec.query.period = period.isValid() ? period
                                         : crossSectionPeriod(ws, index ? index->observationsOf(indicatorId) : ws.observationsOf(indicatorId));
    spec.sort = SortOrder::Descending;
    spec.id = QStringLiteral("cross-section:%1@%2").arg(indicatorId, spec.query.period.toString());
    if (ind && !spec.query.period.isValid()) {
        spec.title = ind->name;
    } else if (ind) {
        spec.title.zh = QStringLiteral("%1，%2").arg(ind->name.text(Lang::Zh), spec.query.period.label(Lang::Zh));
        spec.title.en = QStringLiteral("%1, %2").arg(ind->name.text(Lang::En), spec.query.period.label(Lang::En));
    }
    return spec;
}

QStringList largestSubjects(const Workspace &ws, const QString &indicatorId, int count)
{
    const ObservationStore &obs = ws.observations;
    QHash<int, int> latest; // subject key → the row of its latest value
    QList<int> order;       // subject keys in first-seen order
    for (int row : ws.observationsOf(indicatorId)) {
        if (obs.subject(row).isEmpty() || !obs.period(row).isValid())
            continue;
        const auto it = latest.find(obs.subjectKey(row));
        if (it == latest.end()) {
            order << obs.subjectKey(row);
            latest.insert(obs.subjectKey(row), row);
        } else if (obs.period(it.value()) < obs.period(row)) {
            it.value() = row;
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return obs.value(latest.value(a)) > obs.value(latest.value(b)); });
    QStringList out;
    for (int i = 0; i < order.size() && i < count; ++i)
        out << obs.subject(latest.value(order[i]));
    return out;
}

namespace {

// Indicators whose values can stand side by side: one measure, one unit, one period.
struct ComparableGroup {
    Measure measure;
    QString unit;
    Period period;
    QStringList indicators;
};

// The groups of comparable values among the indicators `take` accepts, in workspace order.
QList<ComparableGroup> comparableGroups(const Workspace &ws, const std::function<bool(const Indicator &)> &take)
{
    QList<ComparableGroup> groups;
    QHash<QString, qsizetype> byKey; // measure|unit|period → index in groups
    const WorkspaceIndex idx(ws);    // one pass over the values, not one per indicator
    for (const Indicator &ind : ws.indicators) {
        if (!take(ind))
            continue;
        for (int row : idx.observationsOf(ind.id)) {
            const Period &period = ws.observations.period(row);
            if (!period.isValid())
                continue;
            const QString key = QStringLiteral("%1|%2|%3").arg(measureId(ind.measure), ind.unit, period.toString());
            const auto it = byKey.constFind(key);
            if (it == byKey.constEnd()) {
                byKey.insert(key, groups.size());
                groups << ComparableGroup{ind.measure, ind.unit, period, {ind.id}};
            } else if (!groups[*it].indicators.contains(ind.id)) {
                groups[*it].indicators << ind.id;
            }
        }
    }
    return groups;
}

// The group with the most indicators; of equal ones, the latest period.
const ComparableGroup &largestGroup(const QList<ComparableGroup> &groups)
{
    return *std::max_element(groups.begin(), groups.end(), [](const ComparableGroup &a, const ComparableGroup &b) {
        return a.indicators.size() != b.indicators.size() ? a.indicators.size() < b.indicators.size() : a.period < b.period;
    });
}

ChartSpec comparisonSpec(const QString &id, const ComparableGroup &group)
{
    ChartSpec spec;
    spec.id = id;
    // Growth rates are compared, not added up: a growth comparison, not a breakdown into parts.
    spec.kind = group.measure == Measure::Growth ? ChartKind::GrowthComparison : ChartKind::Breakdown;
    spec.query.scope = BreakdownScope::Indicators;
    spec.query.indicators = group.indicators;
    spec.query.measure = group.measure;
    spec.query.period = group.period;
    spec.sort = SortOrder::Descending;
    return spec;
}

} // namespace

std::optional<ChartSpec> taxonomyNodeChartSpec(const Workspace &ws, const QString &nodeId)
{
    const TaxonomyNode node = ws.taxonomy.find(nodeId);
    if (!node)
        return std::nullopt;
    QSet<QString> ids{nodeId};
    for (const ClusterCategory &cat : ws.taxonomy.categories) {
        if (cat.id == nodeId) {
            for (const Cluster &c : cat.clusters)
                ids.insert(c.id);
        }
    }
    const QList<ComparableGroup> groups = comparableGroups(ws, [&](const Indicator &ind) { return ids.contains(ind.cluster); });
    if (groups.isEmpty())
        return std::nullopt;
    ChartSpec spec = comparisonSpec(QStringLiteral("node:") + nodeId, largestGroup(groups));
    spec.kind = ChartKind::Breakdown; // a cluster's figures are shown as its breakdown, whatever the measure
    spec.title = node.name;
    return spec;
}

std::optional<ChartSpec> subjectChartSpec(const Workspace &ws, const QString &subjectId, const QString &focusIndicator,
                                          const Period &focusPeriod)
{
    const Subject *subject = ws.subject(subjectId);
    if (!subject)
        return std::nullopt;
    const QList<ComparableGroup> groups = comparableGroups(ws, [&](const Indicator &ind) { return ind.subject == subjectId; });
    const ComparableGroup *chosen = nullptr;
    if (!focusIndicator.isEmpty()) {
        for (const ComparableGroup &g : groups) {
            if (g.indicators.contains(focusIndicator) && (!focusPeriod.isValid() || g.period == focusPeriod))
                chosen = &g;
        }
    } else if (!groups.isEmpty()) {
        chosen = &largestGroup(groups);
    }
    if (!chosen || chosen->indicators.size() < 2)
        return std::nullopt;
    ChartSpec spec = comparisonSpec(QStringLiteral("subject:") + subjectId, *chosen);
    spec.title.zh = subject->name.text(Lang::Zh) + chosen->period.label(Lang::Zh);
    spec.title.en = QStringLiteral("%1, %2").arg(subject->name.text(Lang::En), chosen->period.label(Lang::En));
    return spec;
}

QString observationTooltip(const Workspace &ws, const Observation &o, Lang lang)
{
    QStringList lines;
    const Indicator *ind = ws.indicator(o.indicator);
    const Unit *unit = ind ? units::find(ind->unit) : nullptr;
    if (ind)
        lines << ind->name.text(lang);
    if (const Subject *s = o.subject.isEmpty() ? nullptr : ws.subject(o.subject)) // a panel's value: which economy
        lines << s->name.text(lang);
    QString value = unit ? formatQuantity(o.value, *unit, o.qualifier, lang) : plainDecimal(o.value);
    if (o.qualifier != Qualifier::Exact)
        value += (lang == Lang::Zh ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(qualifierWords(o.qualifier, lang));
    if (o.derived)
        value += tr2(lang, "（推算值）", " (derived)");
    lines << value;
    if (o.period.isValid()) {
        QString period = o.period.label(lang);
        if (o.period.isYearToDate())
            period += tr2(lang, "（年初至今累计，非全年）", " (cumulative year to date, not a full year)");
        lines << period;
    } else {
        lines << undatedLabel(lang);
    }
    if (const Source *s = ws.source(o.source)) {
        QString src = tr2(lang, "来源：", "Source: ") + s->title;
        if (s->confidence != Confidence::Primary)
            src += (lang == Lang::Zh ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(confidenceName(s->confidence).text(lang));
        lines << src;
    }
    if (o.derived && !o.inputs.isEmpty())
        lines << tr2(lang, "由以下数值推算：", "Derived from: ") + o.inputs.join(QStringLiteral(", "));
    return lines.join(QLatin1Char('\n'));
}

QString sourceLine(const Workspace &ws, const QStringList &sourceIds, Lang lang)
{
    QStringList names;
    for (const QString &id : sourceIds) {
        const Source *s = ws.source(id);
        if (!s)
            continue;
        QString name = sourceShortName(*s, lang);
        if (s->confidence == Confidence::Secondary || s->confidence == Confidence::OfficialCopy
            || s->confidence == Confidence::Derived)
            name += (lang == Lang::Zh ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(confidenceName(s->confidence).text(lang));
        if (!names.contains(name))
            names << name;
    }
    if (names.isEmpty())
        return {};
    return lang == Lang::Zh ? QStringLiteral("来源：") + names.join(QStringLiteral("；"))
                            : (names.size() == 1 ? QStringLiteral("Source: ") : QStringLiteral("Sources: "))
            + names.join(QStringLiteral("; "));
}

} // namespace cs
