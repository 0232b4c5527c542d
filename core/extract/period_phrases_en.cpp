// SPDX-License-Identifier: GPL-3.0-or-later
// English period phrases: in 2022, the first three quarters of 2023, Q1-Q3 2023, January-September,
// the first half, H1 2023, last year, as of end-September, by the end of June, Nov 24, 2023.
#include "extract/period_phrases_scan.h"

#include <QRegularExpression>
#include <algorithm>

namespace cs::extract::detail {

namespace {

using Kind = PeriodPhraseKind;

#define CS_MONTH "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
#define CS_YEAR "((?:19|20)\\d\\d)"
#define CS_ORD "(first|second|third|fourth|1st|2nd|3rd|4th)"
#define CS_COUNT "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})"

// What each pattern's captures mean.
enum class Form {
    DateMdy,      // Nov 24, 2023
    DateDmy,      // 24 November 2023
    MonthSpan,    // January-September (2023)
    QuarterSpan,  // Q1-Q3 (2023)
    YearQuarterSpan, // 2023 Q1-Q3
    FirstQuarters,// the first three quarters (of 2023)
    FirstMonths,  // the first nine months (of 2023)
    Half,         // the first half (of 2023)
    HalfShort,    // H1 (2023)
    YearHalf,     // 2023 H1
    QuarterShort, // Q3 (2023)
    YearQuarter,  // 2023 Q3
    QuarterWord,  // the third quarter (of 2023)
    EndOf,        // as of end-September, by the end of June (2023), at the end of the year
    EndOfYear,    // by end-2023, at the end of 2023, year-end 2023
    MonthYear,    // September 2023
    RelativeYear, // last year, this year, next year
    SamePeriod,   // the same period last year
    Year,         // in 2022
};

struct Pattern {
    Form form;
    const char *re;
};

const Pattern kPatterns[] = {
    {Form::DateMdy, "\\b" CS_MONTH "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" CS_YEAR "\\b"},
    {Form::DateDmy, "\\b(\\d{1,2})\\s+" CS_MONTH "\\.?,?\\s+" CS_YEAR "\\b"},
    {Form::MonthSpan, "\\b" CS_MONTH "\\s*(?:-|–|—|to|through)\\s*" CS_MONTH "(?:,?\\s+(?:of\\s+)?" CS_YEAR ")?\\b"},
    {Form::QuarterSpan, "\\bQ([1-4])\\s*(?:-|–|—|to)\\s*Q([1-4])(?:,?\\s+(?:of\\s+)?" CS_YEAR ")?\\b"},
    {Form::YearQuarterSpan, "\\b" CS_YEAR "\\s+Q([1-4])\\s*(?:-|–|—|to)\\s*Q([1-4])\\b"},
    {Form::FirstQuarters, "\\b(?:the\\s+)?first\\s+(two|three|2|3)\\s+quarters(?:\\s+of\\s+(?:the\\s+year\\s+)?" CS_YEAR ")?"},
    {Form::FirstMonths, "\\b(?:the\\s+)?first\\s+" CS_COUNT "\\s+months(?:\\s+of\\s+(?:the\\s+year\\s+)?" CS_YEAR ")?"},
    {Form::Half, "\\b(?:the\\s+)?(first|second)\\s+half(?:\\s+of\\s+(?:the\\s+year\\s+)?" CS_YEAR ")?\\b"},
    {Form::HalfShort, "\\bH([12])(?:\\s+" CS_YEAR ")?\\b"},
    {Form::YearHalf, "\\b" CS_YEAR "\\s*H([12])\\b"},
    {Form::QuarterShort, "\\bQ([1-4])(?:\\s+" CS_YEAR ")?\\b"},
    {Form::YearQuarter, "\\b" CS_YEAR "\\s*Q([1-4])\\b"},
    {Form::QuarterWord, "\\b(?:the\\s+)?" CS_ORD "\\s+quarter(?:\\s+of\\s+" CS_YEAR ")?\\b"},
    {Form::EndOf, "\\b(?:(?:as\\s+of|by|at|until)\\s+(?:the\\s+)?)?end(?:\\s+of\\s+|-)(?:the\\s+)?(?:" CS_MONTH "|(year)|"
                  CS_ORD "\\s+quarter|Q([1-4]))(?:,?\\s+(?:of\\s+)?" CS_YEAR ")?\\b"},
    {Form::EndOfYear, "\\b(?:(?:as\\s+of|by|at|until)\\s+(?:the\\s+)?)?(?:end(?:\\s+of\\s+|-)|year-end\\s+)" CS_YEAR "\\b"},
    {Form::MonthYear, "\\b" CS_MONTH "\\.?,?\\s+(?:of\\s+)?" CS_YEAR "\\b"},
    {Form::SamePeriod, "\\b(?:the\\s+)?same\\s+(?:period|quarter|month)\\s+(?:of\\s+)?(?:last|the\\s+previous|a)\\s+year(?:\\s+earlier)?\\b"},
    {Form::RelativeYear, "\\b(last|this|next|previous|the\\s+previous|the\\s+current)\\s+year\\b"},
    {Form::Year, "\\b(?:in|of|for|during|by|year|fiscal|FY|calendar)\\s+" CS_YEAR "\\b(?!\\s*(?:%|percent|million|billion))"},
};

int monthOf(const QString &name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString n = name.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (n == QLatin1String(names[i]))
            return i + 1;
    }
    return 0;
}

int countOf(const QString &word)
{
    static const char *const words[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"};
    const QString w = word.toLower();
    for (int i = 0; i < 11; ++i) {
        if (w == QLatin1String(words[i]))
            return i + 1;
    }
    static const char *const ords[] = {"first", "second", "third", "fourth"};
    for (int i = 0; i < 4; ++i) {
        if (w == QLatin1String(ords[i]))
            return i + 1;
    }
    bool ok = false;
    const int n = w.left(w.size() >= 2 && !w[1].isDigit() ? 1 : 2).toInt(&ok); // "3", "3rd"
    return ok ? n : 0;
}

// The year capture (empty: implied) into p.
void setYear(Proto &p, const QString &year)
{
    if (year.isEmpty())
        p.implied = true;
    else
        p.year = year.toInt();
}

const QList<QRegularExpression> &compiled()
{
    static const QList<QRegularExpression> res = [] {
        QList<QRegularExpression> l;
        for (const Pattern &p : kPatterns)
            l.append(QRegularExpression(QString::fromUtf8(p.re), QRegularExpression::CaseInsensitiveOption));
        return l;
    }();
    return res;
}

bool toProto(Form form, const QRegularExpressionMatch &m, const ScanContext &ctx, Proto &p)
{
    auto cap = [&](int i) { return m.captured(i); };
    switch (form) {
    case Form::DateMdy:
    case Form::DateDmy: {
        const bool mdy = form == Form::DateMdy;
        p.kind = Kind::Date;
        p.gran = Granularity::Day;
        p.m1 = monthOf(cap(mdy ? 1 : 2));
        p.d1 = cap(mdy ? 2 : 1).toInt();
        p.year = cap(3).toInt();
        return p.m1 > 0 && QDate(p.year, p.m1, p.d1).isValid();
    }
    case Form::MonthSpan:
        p.gran = Granularity::Month;
        p.first = monthOf(cap(1));
        p.last = monthOf(cap(2));
        setYear(p, cap(3));
        return p.first > 0 && p.last > p.first;
    case Form::QuarterSpan:
    case Form::YearQuarterSpan: {
        const bool yearFirst = form == Form::YearQuarterSpan;
        p.gran = Granularity::Quarter;
        p.first = cap(yearFirst ? 2 : 1).toInt();
        p.last = cap(yearFirst ? 3 : 2).toInt();
        setYear(p, cap(yearFirst ? 1 : 3));
        return p.last > p.first;
    }
    case Form::FirstQuarters:
        p.gran = Granularity::Quarter;
        p.last = countOf(cap(1));
        setYear(p, cap(2));
        return p.last >= 1 && p.last <= 4;
    case Form::FirstMonths:
        p.gran = Granularity::Month;
        p.last = countOf(cap(1));
        setYear(p, cap(2));
        return p.last >= 1 && p.last <= 12;
    case Form::Half:
    case Form::HalfShort:
    case Form::YearHalf: {
        const int h = form == Form::Half ? countOf(cap(1)) : cap(form == Form::YearHalf ? 2 : 1).toInt();
        p.gran = Granularity::Quarter;
        p.first = h == 1 ? 1 : 3;
        p.last = h == 1 ? 2 : 4;
        setYear(p, cap(form == Form::YearHalf ? 1 : 2));
        return h == 1 || h == 2;
    }
    case Form::QuarterShort:
    case Form::YearQuarter:
    case Form::QuarterWord: {
        const int q = form == Form::QuarterWord ? countOf(cap(1)) : cap(form == Form::YearQuarter ? 2 : 1).toInt();
        p.gran = Granularity::Quarter;
        p.first = p.last = q;
        setYear(p, cap(form == Form::YearQuarter ? 1 : 2));
        return q >= 1 && q <= 4;
    }
    case Form::EndOf: {
        p.kind = Kind::PointInTime;
        if (!cap(1).isEmpty()) {
            p.gran = Granularity::Month;
            p.first = p.last = monthOf(cap(1));
        } else if (!cap(2).isEmpty()) {
            p.gran = Granularity::Year;
        } else {
            p.gran = Granularity::Quarter;
            p.first = p.last = !cap(3).isEmpty() ? countOf(cap(3)) : cap(4).toInt();
        }
        setYear(p, cap(5));
        return true;
    }
    case Form::EndOfYear:
        p.kind = Kind::PointInTime;
        p.year = cap(1).toInt();
        return true;
    case Form::MonthYear:
        p.gran = Granularity::Month;
        p.first = p.last = monthOf(cap(1));
        p.year = cap(2).toInt();
        return p.first > 0;
    case Form::SamePeriod:
        p.kind = Kind::SamePeriod;
        p.relative = true;
        return true;
    case Form::RelativeYear: {
        const QString w = cap(1).toLower();
        p.relative = true;
        if (!ctx.articleDate.isValid()) {
            p.unresolvable = true;
            return true;
        }
        const int off = w == QLatin1String("next") ? 1 : (w.contains(QLatin1String("previous")) || w == QLatin1String("last")) ? -1 : 0;
        p.year = ctx.articleDate.year() + off;
        return true;
    }
    case Form::Year:
        p.year = cap(1).toInt();
        return true;
    }
    return false;
}

} // namespace

QList<PeriodPhrase> scanEnglish(QStringView text, const ScanContext &ctx)
{
    const QString s = text.toString();
    QList<PeriodPhrase> found;
    const QList<QRegularExpression> &res = compiled();
    for (int k = 0; k < res.size(); ++k) {
        QRegularExpressionMatchIterator it = res[k].globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Proto p;
            if (!toProto(kPatterns[k].form, m, ctx, p))
                continue;
            qsizetype start = m.capturedStart(0);
            if (kPatterns[k].form == Form::Year)
                start = m.capturedStart(1); // "in 2022": the period is the year
            found.append(finish(p, start, m.capturedEnd(0), ctx));
        }
    }
    // The text is a year alone: 2022.
    static const QRegularExpression yearAlone(QStringLiteral("^\\s*((?:19|20)\\d\\d)\\s*$"));
    if (const QRegularExpressionMatch m = yearAlone.match(s); m.hasMatch()) {
        Proto p;
        p.year = m.captured(1).toInt();
        found.append(finish(p, m.capturedStart(1), m.capturedEnd(1), ctx));
    }
    // Longest first at each start; drop what overlaps an earlier, longer phrase.
    std::stable_sort(found.begin(), found.end(), [](const PeriodPhrase &a, const PeriodPhrase &b) {
        return (a.end - a.start) > (b.end - b.start);
    });
    QList<PeriodPhrase> out;
    for (const PeriodPhrase &p : found) {
        const bool overlaps = std::any_of(out.begin(), out.end(), [&](const PeriodPhrase &o) {
            return p.start < o.end && o.start < p.end;
        });
        if (!overlaps)
            out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const PeriodPhrase &a, const PeriodPhrase &b) { return a.start < b.start; });
    return out;
}

} // namespace cs::extract::detail
