// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/period_phrases.h"

#include "extract/period_phrases_scan.h"

#include <algorithm>

namespace cs::extract {

namespace detail {

Period makeSpan(Granularity g, int year, int first, int last)
{
    if (first > last)
        return {};
    switch (g) {
    case Granularity::Year: return Period::year(year);
    case Granularity::Quarter:
        if (first == 1 && last == 4)
            return Period::year(year);
        return Period::span(Period::quarter(year, first), Period::quarter(year, last));
    case Granularity::Month:
        if (first == 1 && last == 12)
            return Period::year(year);
        return Period::span(Period::month(year, first), Period::month(year, last));
    default: return {};
    }
}

Period Proto::build(int y) const
{
    if (unresolvable || y <= 0)
        return {};
    if (gran == Granularity::Day) {
        const QDate a(y, m1, d1);
        const QDate b = m2 ? QDate(y, m2, d2) : a;
        if (!a.isValid() || !b.isValid() || b < a)
            return {};
        if (a == b)
            return Period::day(a);
        if (a == QDate(y, 1, 1) && b == QDate(y, 12, 31))
            return Period::year(y);
        return Period::span(Period::day(a), Period::day(b));
    }
    return makeSpan(gran, y, first, last);
}

int completeTwoDigitYear(int yy, const ScanContext &ctx)
{
    const int base = ctx.articleYear() ? ctx.articleYear() : ctx.defaultYear;
    if (base <= 0 || yy < 0 || yy > 99)
        return 0;
    const int a = 2000 + yy, b = 1900 + yy;
    if (a <= base + 10)
        return a;
    return b;
}

PeriodPhrase finish(const Proto &p, qsizetype start, qsizetype end, const ScanContext &ctx)
{
    PeriodPhrase r;
    r.start = start;
    r.end = end;
    r.kind = p.kind;
    r.yearImplied = p.implied;
    r.relative = p.relative;
    if (p.kind == PeriodPhraseKind::SamePeriod || p.unresolvable)
        return r;
    const int y = p.year > 0 ? p.year : (p.implied ? ctx.impliedYear() : 0);
    Period period = p.build(y);
    // A span (前三季度, 1-9月, 上半年) without a year that had mostly not happened by the article's date
    // (前三季度 in an article of February) is last year's: statistics report periods that are
    // over. The year-to-date and half-year spans of a paragraph with a year (defaultYear) keep it.
    if (p.implied && ctx.defaultYear <= 0 && ctx.articleDate.isValid() && p.kind == PeriodPhraseKind::Period
        && period.isValid() && period.isSpan() && period.granularity() != Granularity::Day
        && period.endDate() > ctx.articleDate) {
        const qint64 total = period.startDate().daysTo(period.endDate()) + 1;
        const qint64 passed = std::max<qint64>(0, period.startDate().daysTo(ctx.articleDate));
        const Period before = p.build(y - 1);
        if (passed * 2 < total && before.isValid())
            period = before;
    }
    r.period = period;
    return r;
}

} // namespace detail

QList<PeriodPhrase> findPeriods(QStringView text, const QDate &articleDate, int defaultYear)
{
    const detail::ScanContext ctx{articleDate, defaultYear};
    QList<PeriodPhrase> zh = detail::scanChinese(text, ctx);
    bool latin = false;
    for (QChar c : text) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))) {
            latin = true;
            break;
        }
    }
    if (!latin)
        return zh;
    QList<PeriodPhrase> en = detail::scanEnglish(text, ctx);
    if (en.isEmpty())
        return zh;
    // Merge, the longer phrase winning an overlap.
    QList<PeriodPhrase> all = zh + en;
    std::stable_sort(all.begin(), all.end(), [](const PeriodPhrase &a, const PeriodPhrase &b) {
        return a.start != b.start ? a.start < b.start : (a.end - a.start) > (b.end - b.start);
    });
    QList<PeriodPhrase> out;
    for (const PeriodPhrase &p : all) {
        if (!out.isEmpty() && p.start < out.last().end) {
            if (p.end - p.start > out.last().end - out.last().start)
                out.last() = p;
            continue;
        }
        out.append(p);
    }
    return out;
}

} // namespace cs::extract
