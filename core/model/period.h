// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"

#include <QDate>
#include <QString>
#include <optional>

namespace cs {

// The step a period is counted in.
enum class Granularity : quint8 { Year, Quarter, Month, Week, Day };
QString granularityId(Granularity g); // "year", "quarter", "month", "week", "day"
std::optional<Granularity> granularityFromId(const QString &id);

// What kind of time a period covers. Two periods are comparable only when their kinds agree
// (and, for spans, when they cover the same part of the year).
enum class PeriodKind {
    FullYear,    // 2019
    Quarter,     // 2023-Q3
    Month,       // 2023-09
    Week,        // 2022-W31 (ISO week)
    Day,         // 2023-11-24
    YearToDate,  // 2023-Q1/2023-Q3, 2023-01/2023-09: cumulative from the start of the year
    Span,        // 2023-Q2/2023-Q3: any other span within one year
};

QString periodKindId(PeriodKind kind);               // "year", "quarter", ..., "year-to-date", "span"
std::optional<PeriodKind> periodKindFromId(const QString &id);

// A reporting period: a single year, quarter, month, ISO week or day, or a span of quarters,
// months, weeks or days within one year, written START/END with both ends of the same step.
//
// Periods order totally: by the day they end, then by the day they start (the longer span first),
// then by granularity. So 2022 < 2023-Q1/2023-Q3 < 2023 — the order a time axis needs.
class Period
{
public:
    Period() = default; // an invalid period

    // Years are 1000–9999, steps within the year (Q1–Q4, 01–12, the ISO year's weeks); anything
    // else gives an invalid period.
    static Period year(int year);
    static Period quarter(int year, int quarter);
    static Period month(int year, int month);
    static Period week(int isoYear, int week);
    static Period day(const QDate &date);
    // A span from `first` to `last`, of the same granularity, within one year. `first == last`
    // gives the single period. Returns an invalid period (and sets *error) otherwise.
    static Period span(const Period &first, const Period &last, QString *error = nullptr);

    // Parses canonical text: 2019, 2023-Q3, 2023-09, 2023-11-24, 2022-W31, 2023-Q1/2023-Q3.
    // On failure returns an invalid period and, if given, a precise message in *error.
    static Period parse(const QString &text, QString *error = nullptr);
    // Parses a period as people type it: canonical text, every label() in both languages
    // (2023年前三季度, 2023 Q1–Q3, 2023年9月, Sep 2023, 2023年第5周, 24 Nov 2023, …), and the common
    // written forms (2023年度, Q3 2023, 2023年3季度, 2023 H1, 2023年1-9月, 2023M09, 2023/9/1, …),
    // with full-width digits and spaces. A span that covers the whole year is the year.
    static Period parseInput(const QString &text, QString *error = nullptr);

    // The period as one number, for files (docs/workspace-format.md): year << 40 | first step << 24
    // | last step << 8 | granularity + 1 (year 1, quarter 2, month 3, week 4, day 5); 0 for an
    // invalid period. fromCode() gives back every period code() gives, and nothing for a number
    // no period has (a step outside its year, a whole-year span, a span of years).
    quint64 code() const;
    static std::optional<Period> fromCode(quint64 code);

    bool isValid() const { return m_year != 0; }
    Granularity granularity() const { return m_gran; }
    PeriodKind kind() const;
    bool isSpan() const { return m_first != m_last; }
    bool isYearToDate() const { return kind() == PeriodKind::YearToDate; }
    bool isFullYear() const { return m_gran == Granularity::Year; }

    int year() const { return m_year; }            // ISO year for weeks
    int firstIndex() const { return m_first; }     // quarter, month, week or day-of-year number
    int lastIndex() const { return m_last; }
    Period first() const;                          // the first step of a span (itself otherwise)
    Period last() const;                           // the last step of a span (itself otherwise)

    QDate startDate() const;
    QDate endDate() const;

    QString toString() const; // canonical text
    QString label(Lang lang) const;

    // Same kind of period: a full year, a year-to-date span and a quarter are three different
    // things, and Q1–Q3 is not comparable with Q1–Q2.
    bool isComparableWith(const Period &other) const;

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.m_gran == b.m_gran && a.m_year == b.m_year && a.m_first == b.m_first && a.m_last == b.m_last;
    }
    friend bool operator!=(const Period &a, const Period &b) { return !(a == b); }
    friend bool operator<(const Period &a, const Period &b);
    friend bool operator>(const Period &a, const Period &b) { return b < a; }
    friend bool operator<=(const Period &a, const Period &b) { return !(b < a); }
    friend bool operator>=(const Period &a, const Period &b) { return !(a < b); }

private:
    Period(Granularity g, int year, int first, int last)
        : m_gran(g), m_year(qint16(year)), m_first(qint16(first)), m_last(qint16(last)) {}
    static int stepsInYear(Granularity g, int year);
    QDate startOfStep(int index) const;
    QDate endOfStep(int index) const;

    // Eight bytes: a workspace holds millions of periods (years 1000–9999, steps up to 366).
    Granularity m_gran = Granularity::Year;
    qint16 m_year = 0;
    qint16 m_first = 0;
    qint16 m_last = 0;
};

} // namespace cs
