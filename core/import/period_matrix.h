// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text_table.h"

#include <optional>

namespace cs {

// A period matrix: one series laid out as years × months (or quarters), as statistics offices'
// series reports publish it (BLS: Year, Jan … Dec, Annual, HALF1, HALF2; NBS: 年份, 一月 … 十二月;
// 第一季度 … 第四季度), or transposed (a row per month or quarter, a column per year). Read as a
// plain table, every month would become an indicator with yearly periods.
//
// Found by content: a header row above the first row of data with at least six distinct months
// or all four quarters (or, when transposed, two or more distinct years 1800–2100 in order, with
// rows labelled by months or quarters), and a label column headed by nothing or by a word for
// periods (Year, 年份, Quarter) whose labels are years (1913, 2023年) on at least four in five of
// the rows that hold numbers. Each cell becomes one value at its month or quarter (NBS's "1-2月"
// the span of January and February, never February alone); an
// Annual (全年, 年度, Total) column is the year, HALF1/HALF2 (H1, 上半年, 下半年) the half years
// (the second is a span of the third and fourth quarters, never year-to-date). Columns left of
// the periods other than the year (a series id per row) name the series, except one headed
// Region, 地区 or Country, which holds the subjects.
//
// The metadata above the header ("Series Id: CUUR0000SA0", "Item: All items", "Area: U.S. city
// average", "Base Period: 1982-84=100", 指标：…, 地区：…, 单位：…) name it: the series title, else
// the item or 指标, else the title row, with the series id in brackets; the area is the subject,
// the unit or base period the unit. Notes below the data are left out.
//
// The result is the long table the table importer reads (one read path):
//   Indicator, [Subject,] Period, Value[, Unit]
// each row keeping the line of the row its value is on. Nothing when the table is not a matrix.
std::optional<TextTable> periodMatrixAsLongTable(const TextTable &table);

} // namespace cs
