// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"
#include "model/qualifier.h"
#include "model/unit.h"

#include <QString>

namespace cs {

// A plain decimal with no grouping and no exponent, as short as round-trips: 10393.39, 6000000.
QString plainDecimal(double value);

// A number for people to read. zh: no grouping ("10393.39"); en: grouped ("10,393.39").
// At most `maxDecimals` decimals, trailing zeros dropped.
QString formatNumber(double value, Lang lang, int maxDecimals = 2);

// A value with its unit and qualifier, for tables, tooltips and text:
//   zh: "10393.39亿元", "> 270亿元", "≈ 6.2万名", "600万辆", "42.5%"
//   en: "1.04 trillion yuan", "> 27 billion yuan", "≈ 62,000 people", "6 million vehicles", "42.5%"
// Chinese keeps the published unit and regroups plain units by 万 and 亿; English converts
// to the base unit and groups by thousand, million, billion and trillion.
QString formatQuantity(double value, const Unit &unit, Qualifier q, Lang lang);

// A short value label for a bar or point, number and qualifier only (the unit is on the axis):
//   "42.5", "6000+", "≥2000", "≈37", "<5".
QString formatValueLabel(double value, Qualifier q, Lang lang, int maxDecimals = 2);

} // namespace cs
