// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to period_phrases*.cpp: what the Chinese and English scanners share.

#include "extract/period_phrases.h"

#include <QList>

namespace cs::extract::detail {

struct ScanContext {
    QDate articleDate;   // may be invalid
    int defaultYear = 0; // 0: none
    // The year a phrase without one takes: defaultYear, else the article's year (0: none).
    int impliedYear() const { return defaultYear > 0 ? defaultYear : (articleDate.isValid() ? articleDate.year() : 0); }
    int articleYear() const { return articleDate.isValid() ? articleDate.year() : 0; }
};

// A period before its year is settled: the steps and how the year was given.
struct Proto {
    PeriodPhraseKind kind = PeriodPhraseKind::Period;
    Granularity gran = Granularity::Year;
    int first = 1, last = 1;          // quarter or month indexes (Year: 1)
    int m1 = 0, d1 = 0, m2 = 0, d2 = 0; // Day: first and last month/day
    int year = 0;                     // 0: none known yet
    bool implied = false;
    bool relative = false;
    bool unresolvable = false;        // names a time the model cannot express (十四五, 年初, a span across years)

    Period build(int y) const;        // the period in year y (invalid if unresolvable)
};

// Settles an implied year (with the rule for spans that would end after the article) and
// turns the proto into a phrase over [start, end) of the text.
PeriodPhrase finish(const Proto &p, qsizetype start, qsizetype end, const ScanContext &ctx);

// Whole-year spans become the year; both ends in one year.
Period makeSpan(Granularity g, int year, int first, int last);

// Two-digit years (23年) complete to 19xx or 20xx: the latest not more than ten years after the
// article's year.
int completeTwoDigitYear(int yy, const ScanContext &ctx);

QList<PeriodPhrase> scanChinese(QStringView text, const ScanContext &ctx);
QList<PeriodPhrase> scanEnglish(QStringView text, const ScanContext &ctx);

} // namespace cs::extract::detail
