// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"
#include "model/measure.h"
#include "model/period.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cs {

enum class ChartKind { TimeSeries, Breakdown, GrowthComparison, Taxonomy };
QString chartKindId(ChartKind k); // "time-series", "breakdown", "growth-comparison", "taxonomy"
std::optional<ChartKind> chartKindFromId(const QString &id);

enum class SeriesStyle { Bars, Line };
enum class Axis { Left, Right };
enum class SortOrder { None, Ascending, Descending };
enum class BreakdownView { Bars, ShareStacked, Donut };
// What a breakdown runs across.
enum class BreakdownScope {
    Parts,      // the indicators that are parts of `total`
    Indicators, // an explicit list
    Clusters,   // indicators attached to a cluster or future industry
    Categories, // indicators attached to a category
    All,        // every indicator with the measure
    Subjects,   // a panel indicator (`indicators`) across its subjects: a cross-section
};

QString seriesStyleId(SeriesStyle s);
QString axisId(Axis a);
QString sortOrderId(SortOrder s);
QString breakdownViewId(BreakdownView v);
QString breakdownScopeId(BreakdownScope s);
std::optional<SeriesStyle> seriesStyleFromId(const QString &id);
std::optional<Axis> axisFromId(const QString &id);
std::optional<SortOrder> sortOrderFromId(const QString &id);
std::optional<BreakdownView> breakdownViewFromId(const QString &id);
std::optional<BreakdownScope> breakdownScopeFromId(const QString &id);

// One line or set of bars of a time-series chart.
struct SeriesSpec {
    QString indicator;
    SeriesStyle style = SeriesStyle::Bars;
    Axis axis = Axis::Left;
    QStringList sources;          // only these sources; empty: the best source for each period
    QList<PeriodKind> periodKinds; // only these kinds of period; empty: all
    bool visible = true;          // hidden series can be switched on
    LocalizedText label;          // legend text; empty: the indicator's name (and a panel's subject)
    QString subject;              // a panel indicator's subject; empty: the indicator's own

    friend bool operator==(const SeriesSpec &a, const SeriesSpec &b)
    {
        return a.indicator == b.indicator && a.subject == b.subject && a.style == b.style && a.axis == b.axis && a.sources == b.sources
            && a.periodKinds == b.periodKinds && a.visible == b.visible && a.label == b.label;
    }
};

// Which values a breakdown or growth comparison shows: one measure at one period.
struct BreakdownQuery {
    BreakdownScope scope = BreakdownScope::All;
    QString total;          // for Parts
    QStringList indicators; // for Indicators; for Subjects, the panel indicator
    QStringList subjects;   // for Subjects: only these, in this order unless sorted; empty: all with a value
    std::optional<Measure> measure;
    Period period;

    friend bool operator==(const BreakdownQuery &a, const BreakdownQuery &b)
    {
        return a.scope == b.scope && a.total == b.total && a.indicators == b.indicators && a.subjects == b.subjects
            && a.measure == b.measure && a.period == b.period;
    }
};

// A chart definition: data in the workspace, drawn by the app's one renderer.
struct ChartSpec {
    QString id;
    ChartKind kind = ChartKind::TimeSeries;
    LocalizedText title;
    QList<SeriesSpec> series;  // time-series
    BreakdownQuery query;      // breakdown and growth-comparison
    QStringList references;    // growth-comparison: drawn as reference lines
    SortOrder sort = SortOrder::None;
    BreakdownView view = BreakdownView::Bars;

    friend bool operator==(const ChartSpec &a, const ChartSpec &b)
    {
        return a.id == b.id && a.kind == b.kind && a.title == b.title && a.series == b.series && a.query == b.query
            && a.references == b.references && a.sort == b.sort && a.view == b.view;
    }
};

} // namespace cs
