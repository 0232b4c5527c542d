// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/period.h"

#include <QRegularExpression>
#include <QStringList>
#include <array>
#include <tuple>
#include "model/enum_ids.h"

namespace cs {

namespace {

const std::array<const char *, 12> kMonthEn = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const std::array<const char *, 4> kQuarterZh = {"一", "二", "三", "四"};

int granularityRank(Granularity g) { return static_cast<int>(g); }


QDate mondayOfIsoWeek1(int isoYear)
{
    const QDate jan4(isoYear, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

int isoWeeksIn(int isoYear)
{
    int weekYear = 0;
    const int w = QDate(isoYear, 12, 28).weekNumber(&weekYear);
    return w;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Parses one end of a period (no '/').
Period parseSingle(const QString &text, QString *error)
{
    static const QRegularExpression reYear(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression reQuarter(QStringLiteral("^(\\d{4})-Q(\\d+)$"));
    static const QRegularExpression reMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression reWeek(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    static const QRegularExpression reDay(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));

    auto checkYear = [&](int y) {
        if (y < 1000) {
            setError(error, QStringLiteral("'%1': year %2 is out of range (1000–9999)").arg(text).arg(y));
            return false;
        }
        return true;
    };

    QRegularExpressionMatch m;
    if ((m = reYear.match(text)).hasMatch()) {
        const int y = m.captured(1).toInt();
        return checkYear(y) ? Period::year(y) : Period();
    }
    if ((m = reQuarter.match(text)).hasMatch()) {
        const int y = m.captured(1).toInt();
        const int q = m.captured(2).toInt();
        if (!checkYear(y))
            return {};
        if (q < 1 || q > 4) {
            setError(error, QStringLiteral("'%1': quarter must be Q1–Q4, not Q%2").arg(text, m.captured(2)));
            return {};
        }
        return Period::quarter(y, q);
    }
    if ((m = reMonth.match(text)).hasMatch()) {
        const int y = m.captured(1).toInt();
        const int mo = m.captured(2).toInt();
        if (!checkYear(y))
            return {};
        if (mo < 1 || mo > 12) {
            setError(error, QStringLiteral("'%1': month must be 01–12, not %2").arg(text, m.captured(2)));
            return {};
        }
        return Period::month(y, mo);
    }
    if ((m = reWeek.match(text)).hasMatch()) {
        const int y = m.captured(1).toInt();
        const int w = m.captured(2).toInt();
        if (!checkYear(y))
            return {};
        const int weeks = isoWeeksIn(y);
        if (w < 1 || w > weeks) {
            setError(error, QStringLiteral("'%1': ISO year %2 has weeks W01–W%3, not W%4")
                                .arg(text).arg(y).arg(weeks).arg(m.captured(2)));
            return {};
        }
        return Period::week(y, w);
    }
    if ((m = reDay.match(text)).hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!checkYear(y))
            return {};
        const QDate d(y, m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid()) {
            setError(error, QStringLiteral("'%1': there is no such day").arg(text));
            return {};
        }
        return Period::day(d);
    }
    setError(error, QStringLiteral("'%1' is not a period: expected YYYY, YYYY-Qn, YYYY-MM, YYYY-Www, "
                                   "YYYY-MM-DD, or START/END within one year")
                        .arg(text));
    return {};
}

} // namespace

QString granularityId(Granularity g)
{
    switch (g) {
    case Granularity::Year: return QStringLiteral("year");
    case Granularity::Quarter: return QStringLiteral("quarter");
    case Granularity::Month: return QStringLiteral("month");
    case Granularity::Week: return QStringLiteral("week");
    case Granularity::Day: return QStringLiteral("day");
    }
    return {};
}

std::optional<Granularity> granularityFromId(const QString &id)
{
    for (Granularity g : {Granularity::Year, Granularity::Quarter, Granularity::Month, Granularity::Week, Granularity::Day}) {
        if (granularityId(g) == id)
            return g;
    }
    return std::nullopt;
}

QString periodKindId(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::FullYear: return QStringLiteral("year");
    case PeriodKind::Quarter: return QStringLiteral("quarter");
    case PeriodKind::Month: return QStringLiteral("month");
    case PeriodKind::Week: return QStringLiteral("week");
    case PeriodKind::Day: return QStringLiteral("day");
    case PeriodKind::YearToDate: return QStringLiteral("year-to-date");
    case PeriodKind::Span: return QStringLiteral("span");
    }
    return {};
}

std::optional<PeriodKind> periodKindFromId(const QString &id)
{
    return enumFromId(id, {PeriodKind::FullYear, PeriodKind::Quarter, PeriodKind::Month, PeriodKind::Week,
                           PeriodKind::Day, PeriodKind::YearToDate, PeriodKind::Span},
                      periodKindId);
}

// Years outside 1000–9999 (and steps outside the year) make no period: canonical text, which
// has four-digit years, could not write them back.
namespace {
bool yearInRange(int y) { return y >= 1000 && y <= 9999; }
} // namespace

Period Period::year(int y) { return yearInRange(y) ? Period(Granularity::Year, y, 1, 1) : Period(); }
Period Period::quarter(int y, int q)
{
    return yearInRange(y) && q >= 1 && q <= 4 ? Period(Granularity::Quarter, y, q, q) : Period();
}
Period Period::month(int y, int m)
{
    return yearInRange(y) && m >= 1 && m <= 12 ? Period(Granularity::Month, y, m, m) : Period();
}
Period Period::week(int isoYear, int w)
{
    return yearInRange(isoYear) && w >= 1 && w <= isoWeeksIn(isoYear) ? Period(Granularity::Week, isoYear, w, w) : Period();
}
Period Period::day(const QDate &date)
{
    return date.isValid() && yearInRange(date.year())
        ? Period(Granularity::Day, date.year(), date.dayOfYear(), date.dayOfYear())
        : Period();
}

int Period::stepsInYear(Granularity g, int year)
{
    switch (g) {
    case Granularity::Year: return 1;
    case Granularity::Quarter: return 4;
    case Granularity::Month: return 12;
    case Granularity::Week: return isoWeeksIn(year);
    case Granularity::Day: return QDate::isLeapYear(year) ? 366 : 365;
    }
    return 1;
}

quint64 Period::code() const
{
    if (!isValid())
        return 0;
    return quint64(quint16(m_year)) << 40 | quint64(quint16(m_first)) << 24 | quint64(quint16(m_last)) << 8
        | (quint64(m_gran) + 1);
}

std::optional<Period> Period::fromCode(quint64 code)
{
    if (code == 0)
        return Period();
    const quint64 gran = code & 0xff;
    const int last = int((code >> 8) & 0xffff);
    const int first = int((code >> 24) & 0xffff);
    const int y = int((code >> 40) & 0xffff);
    if (code >> 56 || gran < 1 || gran > 5 || !yearInRange(y))
        return std::nullopt;
    const auto g = Granularity(gran - 1);
    const int steps = stepsInYear(g, y);
    if (first < 1 || last < first || last > steps)
        return std::nullopt;
    if (first != last && first == 1 && last == steps && g != Granularity::Week) // the year itself
        return std::nullopt;
    return Period(g, y, first, last);
}

Period Period::span(const Period &first, const Period &last, QString *error)
{
    if (!first.isValid() || !last.isValid()) {
        setError(error, QStringLiteral("a span needs two valid ends"));
        return {};
    }
    const QString text = first.toString() + QLatin1Char('/') + last.toString();
    if (first.isSpan() || last.isSpan()) {
        setError(error, QStringLiteral("'%1': the ends of a span must be single periods").arg(text));
        return {};
    }
    if (first.m_gran != last.m_gran) {
        setError(error, QStringLiteral("'%1': both ends of a span must be of the same kind, not a %2 and a %3")
                            .arg(text, granularityId(first.m_gran), granularityId(last.m_gran)));
        return {};
    }
    if (first.m_gran == Granularity::Year) {
        if (first == last)
            return first;
        setError(error, QStringLiteral("'%1': a span must lie within one year; spans of years are not periods")
                            .arg(text));
        return {};
    }
    if (first.m_year != last.m_year) {
        setError(error, QStringLiteral("'%1': a span must lie within one year").arg(text));
        return {};
    }
    if (last.m_first < first.m_first) {
        setError(error, QStringLiteral("'%1': the span ends before it starts").arg(text));
        return {};
    }
    const bool wholeYear = first.m_first == 1 && last.m_last == stepsInYear(first.m_gran, first.m_year)
        && first.m_gran != Granularity::Week;
    if (wholeYear) {
        setError(error, QStringLiteral("'%1' covers the whole of %2: write it as the year %2")
                            .arg(text).arg(first.m_year));
        return {};
    }
    return Period(first.m_gran, first.m_year, first.m_first, last.m_last);
}

Period Period::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        setError(error, QStringLiteral("empty period"));
        return {};
    }
    const int slash = t.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return parseSingle(t, error);
    if (t.indexOf(QLatin1Char('/'), slash + 1) >= 0) {
        setError(error, QStringLiteral("'%1': a span has exactly one '/'").arg(t));
        return {};
    }
    const Period a = parseSingle(t.left(slash), error);
    if (!a.isValid())
        return {};
    const Period b = parseSingle(t.mid(slash + 1), error);
    if (!b.isValid())
        return {};
    return span(a, b, error);
}

PeriodKind Period::kind() const
{
    if (m_first != m_last)
        return m_first == 1 ? PeriodKind::YearToDate : PeriodKind::Span;
    switch (m_gran) {
    case Granularity::Year: return PeriodKind::FullYear;
    case Granularity::Quarter: return PeriodKind::Quarter;
    case Granularity::Month: return PeriodKind::Month;
    case Granularity::Week: return PeriodKind::Week;
    case Granularity::Day: return PeriodKind::Day;
    }
    return PeriodKind::FullYear;
}

Period Period::first() const { return Period(m_gran, m_year, m_first, m_first); }
Period Period::last() const { return Period(m_gran, m_year, m_last, m_last); }

QDate Period::startOfStep(int index) const
{
    switch (m_gran) {
    case Granularity::Year: return QDate(m_year, 1, 1);
    case Granularity::Quarter: return QDate(m_year, 3 * (index - 1) + 1, 1);
    case Granularity::Month: return QDate(m_year, index, 1);
    case Granularity::Week: return mondayOfIsoWeek1(m_year).addDays(7 * (index - 1));
    case Granularity::Day: return QDate(m_year, 1, 1).addDays(index - 1);
    }
    return {};
}

QDate Period::endOfStep(int index) const
{
    switch (m_gran) {
    case Granularity::Year: return QDate(m_year, 12, 31);
    case Granularity::Quarter: return QDate(m_year, 3 * index, 1).addMonths(1).addDays(-1);
    case Granularity::Month: return QDate(m_year, index, 1).addMonths(1).addDays(-1);
    case Granularity::Week: return startOfStep(index).addDays(6);
    case Granularity::Day: return startOfStep(index);
    }
    return {};
}

QDate Period::startDate() const { return isValid() ? startOfStep(m_first) : QDate(); }
QDate Period::endDate() const { return isValid() ? endOfStep(m_last) : QDate(); }

QString Period::toString() const
{
    if (!isValid())
        return {};
    auto single = [this](int index) {
        switch (m_gran) {
        case Granularity::Year: return QString::number(m_year);
        case Granularity::Quarter: return QStringLiteral("%1-Q%2").arg(m_year).arg(index);
        case Granularity::Month: return QStringLiteral("%1-%2").arg(m_year).arg(index, 2, 10, QLatin1Char('0'));
        case Granularity::Week: return QStringLiteral("%1-W%2").arg(m_year).arg(index, 2, 10, QLatin1Char('0'));
        case Granularity::Day: return startOfStep(index).toString(Qt::ISODate);
        }
        return QString();
    };
    return isSpan() ? single(m_first) + QLatin1Char('/') + single(m_last) : single(m_first);
}

QString Period::label(Lang lang) const
{
    if (!isValid())
        return {};
    const QString y = QString::number(m_year);
    const QDate s = startDate();
    const QDate e = endDate();
    const QChar dash(0x2013); // en dash
    if (lang == Lang::Zh) {
        const QString yz = y + QStringLiteral("年");
        switch (m_gran) {
        case Granularity::Year: return yz;
        case Granularity::Quarter:
            if (!isSpan())
                return yz + QStringLiteral("第%1季度").arg(QString::fromUtf8(kQuarterZh[m_first - 1]));
            if (m_first == 1 && m_last == 2)
                return yz + QStringLiteral("上半年");
            if (m_first == 1 && m_last == 3)
                return yz + QStringLiteral("前三季度");
            return yz + QStringLiteral("第%1至第%2季度")
                            .arg(QString::fromUtf8(kQuarterZh[m_first - 1]), QString::fromUtf8(kQuarterZh[m_last - 1]));
        case Granularity::Month:
            return isSpan() ? yz + QStringLiteral("%1%2%3月").arg(m_first).arg(dash).arg(m_last)
                            : yz + QStringLiteral("%1月").arg(m_first);
        case Granularity::Week:
            return isSpan() ? yz + QStringLiteral("第%1%2%3周").arg(m_first).arg(dash).arg(m_last)
                            : yz + QStringLiteral("第%1周").arg(m_first);
        case Granularity::Day:
            return isSpan() ? yz + QStringLiteral("%1月%2日至%3月%4日").arg(s.month()).arg(s.day()).arg(e.month()).arg(e.day())
                            : yz + QStringLiteral("%1月%2日").arg(s.month()).arg(s.day());
        }
        return {};
    }
    switch (m_gran) {
    case Granularity::Year: return y;
    case Granularity::Quarter:
        return isSpan() ? QStringLiteral("%1 Q%2%3Q%4").arg(y).arg(m_first).arg(dash).arg(m_last)
                        : QStringLiteral("%1 Q%2").arg(y).arg(m_first);
    case Granularity::Month:
        return isSpan() ? QStringLiteral("%1 %2%3%4").arg(y, QLatin1String(kMonthEn[m_first - 1])).arg(dash)
                              .arg(QLatin1String(kMonthEn[m_last - 1]))
                        : QStringLiteral("%1 %2").arg(QLatin1String(kMonthEn[m_first - 1]), y);
    case Granularity::Week:
        return isSpan() ? QStringLiteral("%1 W%2%3W%4").arg(y).arg(m_first).arg(dash).arg(m_last)
                        : QStringLiteral("%1 W%2").arg(y).arg(m_first);
    case Granularity::Day:
        return isSpan() ? QStringLiteral("%1 %2%3%4 %5 %6").arg(s.day()).arg(QLatin1String(kMonthEn[s.month() - 1]))
                              .arg(dash).arg(e.day()).arg(QLatin1String(kMonthEn[e.month() - 1])).arg(y)
                        : QStringLiteral("%1 %2 %3").arg(s.day()).arg(QLatin1String(kMonthEn[s.month() - 1])).arg(y);
    }
    return {};
}

bool Period::isComparableWith(const Period &other) const
{
    if (!isValid() || !other.isValid())
        return false;
    const PeriodKind k = kind();
    if (k != other.kind())
        return false;
    if (k != PeriodKind::YearToDate && k != PeriodKind::Span)
        return true;
    if (m_gran == other.m_gran && m_gran == Granularity::Week)
        return m_first == other.m_first && m_last == other.m_last;
    if (m_gran == Granularity::Week || other.m_gran == Granularity::Week)
        return false;
    // Spans of quarters, months or days: the same stretch of the calendar year.
    auto md = [](const QDate &d) { return d.month() * 100 + d.day(); };
    const QDate s1 = startDate(), e1 = endDate(), s2 = other.startDate(), e2 = other.endDate();
    const bool febEnd1 = e1.month() == 2 && e1.day() >= 28;
    const bool febEnd2 = e2.month() == 2 && e2.day() >= 28;
    return md(s1) == md(s2) && (md(e1) == md(e2) || (febEnd1 && febEnd2));
}

bool operator<(const Period &a, const Period &b)
{
    // Periods other than weeks lie within their calendar year, and within a year and a step the
    // step numbers order as the days do: compared without dates (sorting a million values).
    if (a.isValid() && b.isValid() && a.m_gran != Granularity::Week && b.m_gran != Granularity::Week) {
        if (a.m_year != b.m_year)
            return a.m_year < b.m_year;
        if (a.m_gran == b.m_gran)
            return std::make_pair(a.m_last, a.m_first) < std::make_pair(b.m_last, b.m_first);
    }
    const auto key = [](const Period &p) {
        return std::make_tuple(p.endDate().toJulianDay(), p.startDate().toJulianDay(), granularityRank(p.m_gran));
    };
    return key(a) < key(b);
}

} // namespace cs
