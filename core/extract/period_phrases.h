// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/period.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace cs::extract {

// Periods as written in statistical Chinese and English, resolved to Clusterscope's periods
// (model/period.h) against the article's date. The parser never reads the clock.

enum class PeriodPhraseKind {
    Period,     // 2019年, 2023年前三季度, 1-9月, 1—9月, 上半年, 第三季度, 2023年9月, Q1-Q3 2023, in 2022
    PointInTime,// 三季度末, 6月末, 年末, 年底, 截至9月底: the value is a stock at the end of the period
    Current,    // 目前, 截至目前, 如今, 当前, 现在, 截至发稿: the article's month
    Date,       // 11月24日, 2023年1月6日, 2023-01-06, Nov 24, 2023: a day (a date is never a figure)
    SamePeriod, // 同期, 上年同期, 去年同期: the comparison base of a growth, not a period of its own
};

struct PeriodPhrase {
    qsizetype start = 0; // [start, end) in the text passed in
    qsizetype end = 0;
    PeriodPhraseKind kind = PeriodPhraseKind::Period;
    // The resolved period: 2023-Q1/2023-Q3 for 今年前三季度 (article 2023-11-24), 2023-01/2023-09
    // for 1-9月, 2023-Q3 for 三季度末 (with kind PointInTime), 2023-11 for 目前, 2023-11-24 for
    // 11月24日. Invalid when the phrase names no resolvable period (同期, 近年来).
    Period period;
    bool yearImplied = false; // the year was not written (前三季度, 1-9月, 上半年): taken from the
                              // year in force (`findPeriods`' defaultYear) or the article's date
    bool relative = false;    // 今年, 去年, 上年, 本月, last year, this year: resolved from the date
};

// Every period phrase in `text`, in order. `articleDate` resolves relative phrases and implied
// years; when invalid, relative phrases give invalid periods. `defaultYear` (0: none) is the
// year stated earlier in the paragraph, used for a phrase without a year ("1-9月") before the
// article's year.
QList<PeriodPhrase> findPeriods(QStringView text, const QDate &articleDate, int defaultYear = 0);

} // namespace cs::extract
