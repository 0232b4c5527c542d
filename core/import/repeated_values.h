// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/observation_store.h"

#include <QHash>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace cs {

// Finds, as an import adds values, a value given twice for the same indicator, subject and days
// (2023-Q1 and 2023-01/2023-03 are the same days). A file's values mostly come in one run per
// series (indicator and subject) in time order, which needs no memory per value: only a series
// whose values come out of order or in several runs keeps a hash of the days it has, from then
// on. So a World Bank download of ten million values is checked in a few megabytes, and a file
// sorted by year rather than by series costs what a hash of every value costs.
class RepeatedValues
{
public:
    // Row `row` of `obs` was just added: the earlier row it repeats, if any.
    std::optional<int> add(const ObservationStore &obs, int row);

private:
    struct Series {
        int begin = 0, end = 0; // its one run of rows, while it has no hash
        Period last;
        std::unique_ptr<QHash<quint64, int>> seen; // days → first row
    };
    std::optional<int> remember(Series &s, const ObservationStore &obs, int row);
    QHash<quint64, int> m_index; // (indicator, subject) keys → position in m_series
    std::vector<Series> m_series;
    int m_current = -1; // the series of the last row added, and its key
    quint64 m_currentKey = 0;
};

} // namespace cs
