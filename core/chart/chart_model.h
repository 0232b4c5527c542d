// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chart_spec.h"
#include "model/workspace.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace cs {

// What a chart shows, worked out from a chart definition and the workspace, in one language,
// with every honesty mark decided: the renderer only draws it. QtCore only, so it is tested
// without a display.
//
// Its texts (notes, axis labels, "date not given", …) are zh/en pairs chosen by `lang`, not tr():
// they are content of the chart, like the zh/en names of indicators and units beside them, and
// the chart's language is a parameter, not the UI's. The export dialog draws a Chinese chart from
// the English window and the reverse; --export/--export-all draw in --lang with no translator
// loaded; the tests draw both languages in one process. A translator installed for the process
// (QCoreApplication::translate) follows the UI language and would make all of these depend on it.

struct ChartPoint {
    int category = 0;         // index into ChartModel::categories
    double value = 0;
    Qualifier qualifier = Qualifier::Exact;
    bool yearToDate = false;  // a cumulative span within a year: drawn lighter and hatched
    bool derived = false;     // computed by Clusterscope: marked "*"
    QString joinGroup;        // a line joins only points of one series with the same group: a full
                              // year is never joined to a year-to-date value
    QString observationId;
    QString sourceId;
    QString valueLabel;       // "42.5", "13000+", "≈9150", "5717.12*"
    QString tooltip;          // several lines: name, value, period, source
};

struct ChartSeries {
    QString key;              // stable within the chart, for visibility toggles
    QString name;             // legend text
    SeriesStyle style = SeriesStyle::Bars;
    Axis axis = Axis::Left;
    bool visible = true;
    bool emphasised = false;  // a reference (GDP, SEI) among the bars of a growth comparison
    QList<ChartPoint> points;
};

struct ReferenceLine {
    QString label;            // "GDP 5.4"
    double value = 0;
};

struct TaxonomyCell {
    QString nodeId;
    QString name;
    bool hasData = false;
    int observationCount = 0;
};

struct TaxonomyGroup {
    QString title;            // a category, or the future industries
    bool future = false;
    QList<TaxonomyCell> cells;
};

struct ChartModel {
    QString id;
    ChartKind kind = ChartKind::TimeSeries;
    Lang lang = Lang::Zh;
    QString title;
    QString subtitle;         // the period of a breakdown, the measure, ...
    bool horizontal = false;  // category axis vertical (breakdowns, growth comparisons)
    bool shareView = false;   // a breakdown drawn as shares of the published total (100% bar)
    QStringList categories;   // category-axis labels, in drawing order
    QStringList categoryGroups; // time series: each category's join group (see ChartPoint::joinGroup)
    QString valueAxisLabel;   // the unit, on the (left) value axis
    QString rightAxisLabel;   // the unit of the right axis, when a series uses it
    QList<ChartSeries> series;
    QList<ReferenceLine> references;
    QList<TaxonomyGroup> taxonomy;
    QString sourceLine;       // "来源：新华社；深圳日报（二手来源）" — every source drawn
    QStringList notes;        // legend of marks, sums against totals, what is missing
    QString emptyMessage;     // set when there is nothing to draw, saying why

    bool isEmpty() const { return !emptyMessage.isEmpty(); }
    // The points in the order the arrow keys walk through them: series by series.
    QList<const ChartPoint *> visiblePoints() const;
};

// Choices the user makes on top of the definition.
struct ChartOptions {
    QSet<QString> shownSeries;  // series keys switched on against the definition
    QSet<QString> hiddenSeries; // series keys switched off
    std::optional<SeriesStyle> style; // time series: draw every series as bars, or as lines
    bool shareView = false;     // breakdown: shares of the total instead of values
};

ChartModel buildChartModel(const Workspace &ws, const ChartSpec &spec, Lang lang, const ChartOptions &options = {});

// Ad-hoc charts for the workspace browser.
// An indicator over time. A panel indicator (one measure for many subjects) draws one line per
// subject in `subjects`; with none given, its largest subjects (by latest value, at most
// kPanelLines). An indicator of one subject draws its own series.
inline constexpr int kPanelLines = 5;
// A panel indicator's subjects with the largest latest values, largest first.
QStringList largestSubjects(const Workspace &ws, const QString &indicatorId, int count);
ChartSpec indicatorChartSpec(const Workspace &ws, const QString &indicatorId, const QStringList &subjects = {});
// A panel indicator across its subjects at one period, as bars sorted largest first ("GDP,
// 2014"). Without a valid `period`, the period at which the most subjects have a value (of
// equal ones, the latest): the last year is often still missing for many economies. Reads the
// indicator's rows from `index` when given, else finds them in one pass over the values.
ChartSpec crossSectionChartSpec(const Workspace &ws, const QString &indicatorId, const Period &period = {},
                                const WorkspaceIndex *index = nullptr);
// That default: the period at which the most subjects have a value; invalid when none has.
Period crossSectionPeriod(const Workspace &ws, const QList<int> &indicatorRows);
// The breakdown for a cluster, category or future industry: the measure and period with the
// most values among the indicators attached to the node (and to its clusters). nullopt: no data.
std::optional<ChartSpec> taxonomyNodeChartSpec(const Workspace &ws, const QString &nodeId);
// A subject's figures side by side: its indicators with values of one measure and unit at one
// period (growth rates as a growth comparison, other measures as a breakdown), sorted. With a
// focus, the group holding that indicator's value at `focusPeriod` (any period when invalid);
// without, the largest group. nullopt when fewer than two indicators would be drawn.
std::optional<ChartSpec> subjectChartSpec(const Workspace &ws, const QString &subjectId, const QString &focusIndicator = {},
                                          const Period &focusPeriod = {});

// The tooltip of one observation: indicator, value with unit and qualifier in words, period
// (saying "year to date" when it is), and source with its confidence.
QString observationTooltip(const Workspace &ws, const Observation &o, Lang lang);

// The source line under a chart naming each source once, secondary ones marked as such.
QString sourceLine(const Workspace &ws, const QStringList &sourceIds, Lang lang);

} // namespace cs
