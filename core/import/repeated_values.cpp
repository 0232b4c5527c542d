// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repeated_values.h"

#include <tuple>

namespace cs {

namespace {

// The days a period covers, as one number: first and last day.
quint64 days(const Period &p)
{
    return quint64(quint32(p.startDate().toJulianDay())) << 32 | quint32(p.endDate().toJulianDay());
}

// `b` comes after `a` and covers other days: of one step (weeks aside), the year and step numbers
// tell, as every such period lies within its year; otherwise the dates do.
bool strictlyAfter(const Period &a, const Period &b)
{
    if (a.granularity() == b.granularity() && a.granularity() != Granularity::Week)
        return std::make_tuple(a.year(), a.lastIndex(), a.firstIndex()) < std::make_tuple(b.year(), b.lastIndex(), b.firstIndex());
    const qint64 aFirst = a.startDate().toJulianDay(), aLast = a.endDate().toJulianDay();
    const qint64 bFirst = b.startDate().toJulianDay(), bLast = b.endDate().toJulianDay();
    return std::make_pair(aLast, aFirst) < std::make_pair(bLast, bFirst);
}

} // namespace

std::optional<int> RepeatedValues::remember(Series &s, const ObservationStore &obs, int row)
{
    const quint64 d = days(obs.period(row));
    if (const auto it = s.seen->constFind(d); it != s.seen->constEnd())
        return it.value();
    s.seen->insert(d, row);
    return std::nullopt;
}

std::optional<int> RepeatedValues::add(const ObservationStore &obs, int row)
{
    const quint64 key = quint64(quint32(obs.indicatorKey(row))) << 32 | quint32(obs.subjectKey(row));
    if (m_current >= 0 && key == m_currentKey) { // the series of the row before: no lookup
        Series &s = m_series[size_t(m_current)];
        if (!s.seen && s.end == row && strictlyAfter(s.last, obs.period(row))) {
            s.end = row + 1;
            s.last = obs.period(row);
            return std::nullopt;
        }
    }
    m_currentKey = key;
    const auto at = m_index.constFind(key);
    if (at == m_index.constEnd()) {
        m_current = int(m_series.size());
        m_index.insert(key, m_current);
        m_series.push_back({row, row + 1, obs.period(row), nullptr});
        return std::nullopt;
    }
    const int index = at.value();
    Series &s = m_series[size_t(index)];
    const bool continues = index == m_current && s.end == row;
    m_current = index;
    if (!s.seen) {
        if (continues && strictlyAfter(s.last, obs.period(row))) { // the common case: nothing kept
            s.end = row + 1;
            s.last = obs.period(row);
            return std::nullopt;
        }
        // Out of order, or a second run: from now on the series keeps its days, starting with
        // those of its run so far (all different, as they were in order).
        s.seen = std::make_unique<QHash<quint64, int>>();
        s.seen->reserve(s.end - s.begin + 1);
        for (int r = s.begin; r < s.end; ++r)
            s.seen->insert(days(obs.period(r)), r);
    }
    return remember(s, obs, row);
}

} // namespace cs
