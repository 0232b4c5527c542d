// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/chart_spec.h"

#include "model/enum_ids.h"

namespace cs {

QString chartKindId(ChartKind k)
{
    switch (k) {
    case ChartKind::TimeSeries: return QStringLiteral("time-series");
    case ChartKind::Breakdown: return QStringLiteral("breakdown");
    case ChartKind::GrowthComparison: return QStringLiteral("growth-comparison");
    case ChartKind::Taxonomy: return QStringLiteral("taxonomy");
    }
    return {};
}

QString seriesStyleId(SeriesStyle s) { return s == SeriesStyle::Bars ? QStringLiteral("bars") : QStringLiteral("line"); }
QString axisId(Axis a) { return a == Axis::Left ? QStringLiteral("left") : QStringLiteral("right"); }

QString sortOrderId(SortOrder s)
{
    switch (s) {
    case SortOrder::None: return QStringLiteral("none");
    case SortOrder::Ascending: return QStringLiteral("ascending");
    case SortOrder::Descending: return QStringLiteral("descending");
    }
    return {};
}

QString breakdownViewId(BreakdownView v)
{
    switch (v) {
    case BreakdownView::Bars: return QStringLiteral("bars");
    case BreakdownView::ShareStacked: return QStringLiteral("share-stacked");
    case BreakdownView::Donut: return QStringLiteral("donut");
    }
    return {};
}

QString breakdownScopeId(BreakdownScope s)
{
    switch (s) {
    case BreakdownScope::Parts: return QStringLiteral("parts");
    case BreakdownScope::Indicators: return QStringLiteral("indicators");
    case BreakdownScope::Clusters: return QStringLiteral("clusters");
    case BreakdownScope::Categories: return QStringLiteral("categories");
    case BreakdownScope::All: return QStringLiteral("all");
    case BreakdownScope::Subjects: return QStringLiteral("subjects");
    }
    return {};
}

std::optional<ChartKind> chartKindFromId(const QString &id)
{
    return enumFromId(id, {ChartKind::TimeSeries, ChartKind::Breakdown, ChartKind::GrowthComparison, ChartKind::Taxonomy},
                  chartKindId);
}
std::optional<SeriesStyle> seriesStyleFromId(const QString &id)
{
    return enumFromId(id, {SeriesStyle::Bars, SeriesStyle::Line}, seriesStyleId);
}
std::optional<Axis> axisFromId(const QString &id) { return enumFromId(id, {Axis::Left, Axis::Right}, axisId); }
std::optional<SortOrder> sortOrderFromId(const QString &id)
{
    return enumFromId(id, {SortOrder::None, SortOrder::Ascending, SortOrder::Descending}, sortOrderId);
}
std::optional<BreakdownView> breakdownViewFromId(const QString &id)
{
    return enumFromId(id, {BreakdownView::Bars, BreakdownView::ShareStacked, BreakdownView::Donut}, breakdownViewId);
}
std::optional<BreakdownScope> breakdownScopeFromId(const QString &id)
{
    return enumFromId(id, {BreakdownScope::Parts, BreakdownScope::Indicators, BreakdownScope::Clusters,
                       BreakdownScope::Categories, BreakdownScope::All, BreakdownScope::Subjects},
                  breakdownScopeId);
}

} // namespace cs
