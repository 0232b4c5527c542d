// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/period.h"
#include "model/qualifier.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace cs {

// Numbers, periods and units as statistics offices and databases write them in files.

struct NumberText {
    enum class Status { Value, Missing, Invalid };
    Status status = Status::Invalid;
    double value = 0;
    bool percent = false; // written with % or ％
    QString flag;         // a flag after the value, as Eurostat writes them: "100 p" → "p"
};

// Accepts thousands separators (1,234,567.8), full-width digits and signs (１２３．４％), a
// percent sign, a leading +, and Eurostat flags ("100 p", ": c"). Missing: empty, -, —, –, ..,
// ..., :, NA, N/A, #N/A, NaN, null, and FRED's lone ".". A missing value is never a zero.
NumberText parseNumberText(QStringView text);

// A value as people type it, or as the app shows it: a number with a qualifier before or after it
// and perhaps a unit: "超过270", "270以上", "6000+", "6000多", "≈9150", "约9150", "近37%", "不到5",
// "<5", ">= 3", "> 270亿元", "6000多亿元", "more than 270", "about 9,150".
struct TypedValue {
    NumberText number;                      // status Value when the text is a qualified number
    Qualifier qualifier = Qualifier::Exact;
    QString unit;                           // the text after the number ("亿元", "billion yuan"); may be empty
};
TypedValue parseTypedValue(QStringView text);

// Periods in headers and cells: everything Period::parseInput reads (canonical text, the app's
// labels, 2023年, 2023Q3, 2023年第三季度, 2023年1-9月, 2023年前三季度, 2023M09, 2023/9/1, …), and
// World Bank headers "1960 [YR1960]" / "YR1960". Returns an invalid period, and *error, when none fits.
Period parsePeriodText(const QString &text, QString *error = nullptr);

// A column of dates that all fall on the first day of a month (or quarter, or year) becomes
// months (quarters, years), by the spacing of its dates: FRED writes 2023-04-01 for 2023 Q2.
// Other periods are left alone. Returns whether it changed anything.
bool coarsenFirstOfPeriodDates(QList<Period> &periods);

// Whether text is a unit: one Clusterscope knows (亿元, %, 万人), a sign (%, ‰, $, €, "2015=100"),
// Chinese measure words and units with their multipliers (元/吨, 万千瓦时), or English unit words
// ("current US$", "per 1,000 people", "kg per capita"). "historical", "excluding China": no.
bool isUnitText(const QString &text);

// "GDP (亿元)", "年末常住人口(万人)", "企业法人单位数（个）" → name and unit text; a parenthesis that
// is not unit text stays in the name: "Life expectancy at birth (historical)".
struct HeaderName {
    QString name;
    QString unit; // empty when the header carries none
};
HeaderName splitHeaderUnit(const QString &header);

} // namespace cs
