// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text_table.h"

#include <optional>

namespace cs {

// A header over two rows, as offices lay out wide tables: a row of years (or of groups: Exports,
// Imports) over a row of quarters or months (or of measures: Value, Share), each upper cell
// spanning several columns: merged in a workbook (the reader repeats its text across the span),
// blank after the first column in delimited text. Read alone, the lower row names no period, or
// names two columns alike.
//
// Found by content: the detected header row with the row above it, or with the row below it
// when that row holds no numbers and numbers follow. An upper row that is one cell in the first
// column is a title or a metadata line, never half of a header. The two rows are joined when
// that makes periods of more columns (2020 over Q1 → "2020 Q1", 2023年 over 1月 → 2023年1月,
// Jan over 2020) or tells apart columns the lower row names alike ("Exports Value", "Imports
// Value"); a row of units under the names gives "GDP (亿元)". Indicators over periods (GDP over
// 2022, 2023; Population over 2022, 2023) become the long table they hold: the label columns,
// Indicator, Period, Value. A lower row with a number or a missing-value marker in it is data,
// never half of a header. The joined names take the lower row's place; the upper row is emptied when it was the
// row taken for the header (a blank row is skipped like any other) and kept otherwise; every row
// keeps its line. Nothing when the header is one row.
std::optional<TextTable> joinedTwoRowHeader(const TextTable &table);

} // namespace cs
