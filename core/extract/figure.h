// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"
#include "model/period.h"
#include "model/qualifier.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace cs {
struct Workspace;
}

namespace cs::extract {

// What a figure measures: the model's measures, plus a change in level or in percentage points
// (提高 2 个百分点, 增加 30 亿元), which the model stores as a level of its own indicator.
enum class FigureMeasure { Level, Growth, Share, Cumulative, Count, Ratio, Duration, Target, Change };
QString figureMeasureId(FigureMeasure m); // the model's ids, and "change"
// The model measure a figure is stored under (Change → Level).
Measure modelMeasure(FigureMeasure m);

// One figure found in a text, with everything needed to review it and to store it.
struct Figure {
    double value = 0;      // in the unit as written: 10393.39 for 10393.39亿元; negative for 下降 8%
    QString unitText;      // as written: 亿元, %, 万名, 家, 个百分点, trillion yuan
    QString unitId;        // Clusterscope's unit id, or custom:LABEL
    Qualifier qualifier = Qualifier::Exact;
    Period period;         // invalid when the text gives none
    bool pointInTime = false; // 6月末, 三季度末, 目前: a stock at the end of `period`
    FigureMeasure measure = FigureMeasure::Level;
    QString subject;       // who or what, as named in the text: 深圳, 华为, 光明科学城
    QString indicatorName; // what, as named in the text: 战略性新兴产业增加值, 销售收入
    QString subjectId;     // matched in the workspace by name; empty when none fits
    QString indicatorId;   // likewise
    qsizetype start = 0;   // the figure (numeral and unit) in the text, UTF-16 offsets, [start, end)
    qsizetype end = 0;
    qsizetype sentenceStart = 0; // its sentence in the text, [sentenceStart, sentenceEnd)
    qsizetype sentenceEnd = 0;
    QString quote;         // the sentence, with the line breaks of the layout taken out
};

struct ExtractOptions {
    QDate articleDate;                      // resolves 今年, 去年, 目前, 前三季度; none: those stay without a period
    const Workspace *workspace = nullptr;   // to match subjects and indicators by name
};

// Every figure in `text` (Chinese, English or both), in order of the text.
QList<Figure> extractFigures(const QString &text, const ExtractOptions &options = {});

} // namespace cs::extract
