// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text_table.h"

#include <optional>

namespace cs {

// Series in columns under rows of metadata, as the ABS "time series workbooks" and many offices'
// series downloads lay them out: a row of series descriptions, rows keyed in the first column
// (Unit, Series Type, Data Type, Frequency, Series Start, Series End, No. Obs, Series ID; 单位,
// 频率, 指标代码), then a row per period with its date or period in the first column.
//
// Found by content: at least two metadata rows with a known key between the descriptions and the
// first row whose first cell is a period. Each column with a description is one series, named by
// its description (the ABS's " ; " separators tidied) and its series id in brackets, with the
// Unit row's unit. The Frequency row turns the dates into the periods they stand for: the ABS
// dates a quarter by the first day of its last month (1948-09-01 is 1948 Q3), a month by its
// first day; other dates are left to the importer.
//
// The result is the long table the table importer reads: Indicator, Period, Value[, Unit], each
// row keeping the line of its period's row. Nothing when the table is not of this shape.
std::optional<TextTable> seriesColumnsAsLongTable(const TextTable &table);

} // namespace cs
