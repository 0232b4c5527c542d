// SPDX-License-Identifier: GPL-3.0-or-later
// Periods as people type them: canonical text, every label the app shows (label(Zh), label(En)),
// and the common ways statistics offices write them.
#include "model/period.h"
#include "model/typed_text.h"

#include <QRegularExpression>
#include <functional>

namespace cs {

namespace {

// "Sep", "sept", "September" → 9; 0 when the word names no month.
int monthNumber(const QString &word)
{
    static const char *const names[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
    const QString w = word.toLower();
    if (w.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QLatin1String name(names[m]);
        if (name.startsWith(w) || (w == QLatin1String("sept") && m == 8))
            return m + 1;
    }
    return 0;
}

using Match = QRegularExpressionMatch;

int number(const Match &m, int i) { return m.captured(i).toInt(); }
int quarterNumber(const Match &m, int i) { return m.captured(i).isEmpty() ? 0 : chineseDigit(m.captured(i).at(0)); }
QDate dayOf(int year, int month, int day) { return QDate(year, month, day); }

struct Rule {
    QRegularExpression re;
    // Builds the period, or an invalid one (with *error when it says more than "unreadable").
    std::function<Period(const Match &, QString *error)> make;
};

// A span of two single periods; one that covers the whole year is the year (2023年1–12月).
Period spanOrYear(const Period &first, const Period &last, QString *error)
{
    if (first.isValid() && last.isValid() && first.granularity() != Granularity::Year && first.firstIndex() == 1
        && first.year() == last.year() && last.endDate() == QDate(first.year(), 12, 31))
        return Period::year(first.year());
    if (!first.isValid() || !last.isValid())
        return {};
    return Period::span(first, last, error);
}

const QList<Rule> &rules()
{
    // Pieces of the patterns: a four-digit year, a range dash or word, a quarter digit, a month word.
    static const QString Y = QStringLiteral("(\\d{4})");
    static const QString D = QStringLiteral("\\s*(?:-|–|—|~|至|到)\\s*");
    static const QString Q = QStringLiteral("([一二三四1-4])");
    static const QString M = QStringLiteral("([A-Za-z]{3,9})\\.?");
    static const QList<Rule> list = [] {
        QList<Rule> r;
        auto add = [&r](const QString &pattern, std::function<Period(const Match &, QString *)> make) {
            r.append({QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'), QRegularExpression::CaseInsensitiveOption),
                      std::move(make)});
        };
        auto quarters = [](int y, int a, int b, QString *e) { return spanOrYear(Period::quarter(y, a), Period::quarter(y, b), e); };
        auto months = [](int y, int a, int b, QString *e) { return spanOrYear(Period::month(y, a), Period::month(y, b), e); };
        auto days = [](const QDate &a, const QDate &b, QString *e) { return spanOrYear(Period::day(a), Period::day(b), e); };
        auto week = [](int y, int w, QString *e) {
            return Period::parse(QStringLiteral("%1-W%2").arg(y).arg(w, 2, 10, QLatin1Char('0')), e);
        };
        // Years: 2023年, 2023年度.
        add(Y + QStringLiteral("\\s*年度?"), [](auto &m, auto) { return Period::year(number(m, 1)); });
        // Quarters: 2023Q3, 2023 Q3, Q3 2023, 2023年第三季度, 2023年3季度.
        add(Y + QStringLiteral("\\s*[-/ ]?Q([1-4])"), [](auto &m, auto) { return Period::quarter(number(m, 1), number(m, 2)); });
        add(QStringLiteral("Q([1-4])\\s*[-/ ]?") + Y, [](auto &m, auto) { return Period::quarter(number(m, 2), number(m, 1)); });
        add(Y + QStringLiteral("\\s*年\\s*第?") + Q + QStringLiteral("\\s*季度"),
            [](auto &m, auto) { return Period::quarter(number(m, 1), quarterNumber(m, 2)); });
        // Spans of quarters: 2023年上半年, 2023年前三季度, 2023年第二至第三季度, 2023年1-3季度,
        // 2023 Q1–Q3, Q1–Q3 2023, 2023 H1, and SDMX's semesters 2023-S1, 2023S2 (a half year is its
        // two quarters: the second is a span, never year-to-date).
        add(Y + QStringLiteral("\\s*年\\s*([上下])半年"), [=](auto &m, QString *e) {
            const bool first = m.captured(2) == QStringLiteral("上");
            return quarters(number(m, 1), first ? 1 : 3, first ? 2 : 4, e);
        });
        add(Y + QStringLiteral("\\s*年\\s*前([二两三])个?季度"),
            [=](auto &m, QString *e) { return quarters(number(m, 1), 1, quarterNumber(m, 2), e); });
        add(Y + QStringLiteral("\\s*年\\s*第?") + Q + QStringLiteral("\\s*(?:季度)?") + D + QStringLiteral("第?") + Q
                + QStringLiteral("\\s*季度"),
            [=](auto &m, QString *e) { return quarters(number(m, 1), quarterNumber(m, 2), quarterNumber(m, 3), e); });
        add(Y + QStringLiteral("\\s*[- ]?Q([1-4])") + D + QStringLiteral("Q?([1-4])"),
            [=](auto &m, QString *e) { return quarters(number(m, 1), number(m, 2), number(m, 3), e); });
        add(QStringLiteral("Q([1-4])") + D + QStringLiteral("Q?([1-4])\\s*[- ]?") + Y,
            [=](auto &m, QString *e) { return quarters(number(m, 3), number(m, 1), number(m, 2), e); });
        add(Y + QStringLiteral("\\s*[- ]?[HS]([12])"),
            [=](auto &m, QString *e) { return quarters(number(m, 1), 2 * number(m, 2) - 1, 2 * number(m, 2), e); });
        add(QStringLiteral("H([12])\\s*[- ]?") + Y,
            [=](auto &m, QString *e) { return quarters(number(m, 2), 2 * number(m, 1) - 1, 2 * number(m, 1), e); });
        // Months: 2023年9月, 2023年1–9月, 2023M09, 2023/09, 2023.9, Sep 2023, 2023 Sep, 2023 Jan–Sep, Jan–Sep 2023.
        add(Y + QStringLiteral("\\s*年\\s*(\\d{1,2})\\s*月份?"), [](auto &m, auto) { return Period::month(number(m, 1), number(m, 2)); });
        add(Y + QStringLiteral("\\s*年\\s*(\\d{1,2})\\s*月?") + D + QStringLiteral("(\\d{1,2})\\s*月份?"),
            [=](auto &m, QString *e) { return months(number(m, 1), number(m, 2), number(m, 3), e); });
        add(Y + QStringLiteral("\\s*[-/.M]\\s*(\\d{1,2})"), [](auto &m, auto) { return Period::month(number(m, 1), number(m, 2)); });
        add(M + QStringLiteral("\\s*,?\\s*") + Y, [](auto &m, auto) { return Period::month(number(m, 2), monthNumber(m.captured(1))); });
        add(Y + QStringLiteral("\\s+") + M, [](auto &m, auto) { return Period::month(number(m, 1), monthNumber(m.captured(2))); });
        add(Y + QStringLiteral("\\s+") + M + D + M, [=](auto &m, QString *e) {
            return months(number(m, 1), monthNumber(m.captured(2)), monthNumber(m.captured(3)), e);
        });
        add(M + D + M + QStringLiteral("\\s*,?\\s*") + Y, [=](auto &m, QString *e) {
            return months(number(m, 3), monthNumber(m.captured(1)), monthNumber(m.captured(2)), e);
        });
        // ISO weeks: 2022W31, 2022 W5, 2022年第5周, 2022 W5–W9, 2022年第5–9周.
        add(Y + QStringLiteral("\\s*-?\\s*W(\\d{1,2})"), [=](auto &m, QString *e) { return week(number(m, 1), number(m, 2), e); });
        add(Y + QStringLiteral("\\s*年\\s*第\\s*(\\d{1,2})\\s*周"), [=](auto &m, QString *e) { return week(number(m, 1), number(m, 2), e); });
        auto weeks = [=](auto &m, QString *e) {
            const Period a = week(number(m, 1), number(m, 2), e);
            return a.isValid() ? spanOrYear(a, week(number(m, 1), number(m, 3), e), e) : Period();
        };
        add(Y + QStringLiteral("\\s*-?\\s*W(\\d{1,2})") + D + QStringLiteral("W?(\\d{1,2})"), weeks);
        add(Y + QStringLiteral("\\s*年\\s*第\\s*(\\d{1,2})\\s*周?") + D + QStringLiteral("第?\\s*(\\d{1,2})\\s*周"), weeks);
        // Days: 2023/9/1, 2023.9.1, 2023年9月1日, 1 Sep 2023, Sep 1, 2023, and their spans as labelled:
        // 2023年1月1日至3月5日, 1 Jan–5 Mar 2023.
        add(Y + QStringLiteral("[-/.](\\d{1,2})[-/.](\\d{1,2})"),
            [](auto &m, auto) { return Period::day(dayOf(number(m, 1), number(m, 2), number(m, 3))); });
        add(Y + QStringLiteral("\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"),
            [](auto &m, auto) { return Period::day(dayOf(number(m, 1), number(m, 2), number(m, 3))); });
        add(QStringLiteral("(\\d{1,2})\\s+") + M + QStringLiteral("\\s*,?\\s*") + Y,
            [](auto &m, auto) { return Period::day(dayOf(number(m, 3), monthNumber(m.captured(2)), number(m, 1))); });
        add(M + QStringLiteral("\\s+(\\d{1,2})\\s*,?\\s*") + Y,
            [](auto &m, auto) { return Period::day(dayOf(number(m, 3), monthNumber(m.captured(1)), number(m, 2))); });
        add(Y + QStringLiteral("\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]") + D
                + QStringLiteral("(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号]"),
            [=](auto &m, QString *e) {
                const int y = number(m, 1);
                const int lastMonth = m.captured(4).isEmpty() ? number(m, 2) : number(m, 4);
                return days(dayOf(y, number(m, 2), number(m, 3)), dayOf(y, lastMonth, number(m, 5)), e);
            });
        add(QStringLiteral("(\\d{1,2})\\s+") + M + D + QStringLiteral("(\\d{1,2})\\s+") + M + QStringLiteral("\\s*,?\\s*") + Y,
            [=](auto &m, QString *e) {
                const int y = number(m, 5);
                return days(dayOf(y, monthNumber(m.captured(2)), number(m, 1)), dayOf(y, monthNumber(m.captured(4)), number(m, 3)), e);
            });
        add(QStringLiteral("(\\d{1,2})") + D + QStringLiteral("(\\d{1,2})\\s+") + M + QStringLiteral("\\s*,?\\s*") + Y,
            [=](auto &m, QString *e) {
                const int y = number(m, 4), month = monthNumber(m.captured(3));
                return days(dayOf(y, month, number(m, 1)), dayOf(y, month, number(m, 2)), e);
            });
        return r;
    }();
    return list;
}

} // namespace

Period Period::parseInput(const QString &text, QString *error)
{
    const QString t = normalizedTypedText(text);
    if (const Period p = Period::parse(t); p.isValid())
        return p;
    for (const Rule &rule : rules()) {
        const Match m = rule.re.match(t);
        if (!m.hasMatch())
            continue;
        QString why;
        const Period p = rule.make(m, &why);
        if (p.isValid())
            return p;
        if (!why.isEmpty()) { // the form fits but the period does not exist: say why
            if (error)
                *error = why;
            return {};
        }
    }
    if (error)
        *error = t.isEmpty() ? QStringLiteral("empty period") : QStringLiteral("'%1' is not a period I can read").arg(t);
    return {};
}

} // namespace cs
