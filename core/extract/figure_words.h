// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/figure.h"

#include <QStringView>

namespace cs::extract {

// The words around a number that say how a figure relates to the true value and what it
// measures. The word lists are data (figure_words.cpp); this interface is the same for Chinese
// and English.

// The qualifier written just before a number ("超 6000", "不少于 2000", "约 9150", "more than 500"):
// `before` ends where the number starts. *length gets the characters the words take.
Qualifier qualifierBefore(QStringView before, qsizetype *length = nullptr);
// The qualifier written just after a figure's unit ("500家以上", "5%左右", "100 or more").
Qualifier qualifierAfter(QStringView after, qsizetype *length = nullptr);

// What the words before a figure in its sentence say it measures.
struct MeasureCue {
    enum Kind { None, Growth, Share, Ratio, Change, Level } kind = None;
    bool negative = false; // 下降, 减少, 回落, fell: the figure is a fall
    qsizetype at = -1;     // where the cue word starts in the text searched
};
// The cue nearest before the figure: `before` is the sentence up to the figure.
MeasureCue measureCueBefore(QStringView before);
// A plan, not an outcome: 计划, 目标, 力争, 预计, plans to, target.
bool hasTargetWord(QStringView text);
// A running total: 累计, 总计, in total, so far.
bool hasCumulativeWord(QStringView text);
// A stock as of now: 已, 已经, 已有, 现有 (a count with no period then holds for the article's month).
bool hasPerfectWord(QStringView text);

// Words that open a clause or close a name but are not part of an indicator's name: 其中, 同比,
// 实现, 达, 为, 共, 已有, …; `trimIndicatorName` takes them off both ends.
QString trimIndicatorName(QStringView name);

} // namespace cs::extract
