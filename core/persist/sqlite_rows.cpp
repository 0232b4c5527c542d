// SPDX-License-Identifier: GPL-3.0-or-later
#include "persist/sqlite_rows.h"

#include <QDate>
#include <QHash>

namespace cs::sqlite {

namespace {

// yyyymmdd → a date of a year Clusterscope handles, or an invalid date.
QDate dateOf(qint64 n)
{
    if (n < 10000101 || n > 99991231)
        return {};
    return QDate(int(n / 10000), int(n / 100 % 100), int(n % 100));
}

// The step of granularity `g` that holds `d`.
Period stepHolding(Granularity g, const QDate &d)
{
    switch (g) {
    case Granularity::Year: return Period::year(d.year());
    case Granularity::Quarter: return Period::quarter(d.year(), (d.month() - 1) / 3 + 1);
    case Granularity::Month: return Period::month(d.year(), d.month());
    case Granularity::Week: {
        int isoYear = 0;
        const int week = d.weekNumber(&isoYear);
        return Period::week(isoYear, week);
    }
    case Granularity::Day: return Period::day(d);
    }
    return {};
}

} // namespace

Statement &prepared(Statement &s, const char *table)
{
    if (!s.isValid())
        damaged(QStringLiteral("table %1 is missing or incomplete (%2)").arg(QLatin1String(table), s.error()));
    return s;
}

// Columns period_step, period_kind, period_first, period_last from `col`: all NULL for no period.
Period readPeriod(const Row &row, int col)
{
    const Statement &s = row.statement();
    const int nulls = int(s.isNull(col)) + int(s.isNull(col + 1)) + int(s.isNull(col + 2)) + int(s.isNull(col + 3));
    if (nulls == 4)
        return {};
    if (nulls != 0)
        row.fail("period", QStringLiteral("is partly NULL"));
    const Granularity step = row.choice(col, "period_step", granularityFromId);
    const QString kind = row.text(col + 1, "period_kind", true);
    const QDate first = dateOf(*row.integer(col + 2, "period_first"));
    const QDate last = dateOf(*row.integer(col + 3, "period_last"));
    if (!first.isValid() || !last.isValid())
        row.fail("period", QStringLiteral("has a day out of range (first and last are yyyymmdd, years 1000–9999)"));
    const Period p = Period::span(stepHolding(step, first), stepHolding(step, last));
    if (!p.isValid() || p.startDate() != first || p.endDate() != last || periodKindId(p.kind()) != kind)
        row.fail("period", QStringLiteral("is not a period Clusterscope knows (step %1, kind %2, %3 to %4)")
                               .arg(s.text(col), kind,
                                    first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    return p;
}

} // namespace cs::sqlite
