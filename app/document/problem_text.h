// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"
#include "model/problem.h"

#include <QString>

namespace cs {

// A problem worded for people, in `lang`: where it is ("第8个图表", "Chart 8, series 2") and what
// is wrong, from the problem's code and arguments — not its English developer message.
//   charts[7].query: a growth-comparison chart needs a period
//     → zh "第8个图表：增长对比图需要一个时期", en "Chart 8: a growth comparison needs a period"
QString problemText(const Problem &problem, Lang lang);

// Where a JSON path points, for people: "observations[2].period" → zh "第3个数值的“period”",
// en "Value 3, “period”" (the key only when `withKey`). Empty for the whole file.
QString problemPlace(const QString &path, Lang lang, bool withKey);

} // namespace cs
