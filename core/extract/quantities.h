// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/qualifier.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace cs::extract {

// Numbers as written in Chinese and English text, and the quantities they make with the unit
// after them. The first step of extraction: it finds spans and values; what a figure means
// (period, measure, subject) is decided by the figure extractor on top of it.

// Parses one numeral, whole: "10393.39", "１１.92", "62,000", "5万4千", "壹仟", "两千四百五",
// "一百五十二", "八点三", "三分之一", "3又一千分之23", "4.78万亿", "1.3 trillion", "负5". nullopt when
// `numeral` is not one number from its first to its last character.
std::optional<double> parseNumeral(QStringView numeral);

// What a number plays in its sentence. Only `Figure` numbers can be published figures.
enum class NumberRole {
    Figure,     // a quantity: 20个, 8.3%, 10393.39亿元, a bare 62,000
    Ordinal,    // 第五批, 第六个, 第3季度 (第 N … with N below 10,000: "第600万辆" is a Figure)
    Code,       // part of a code or name: X9, G20, 5G, H1N1, a phone number, 2023-11-24 written as digits
    ListNumber, // "1." or "（一）" or "一、" opening a line or a clause, 图一
};

enum class QuantityKind {
    Number,          // no unit after it
    Percent,         // %, ％, 百分之N, per cent, percent
    Permille,        // ‰, 千分之N
    PercentagePoint, // 个百分点, percentage points
    Currency,        // 元, 亿元, 美元, 港元, yuan, US$, dollars
    Count,           // a measure word: 家 项 个 辆 台 名 件 座 … (N大 → unit 个, unitText 大); English
                     // nouns of the unit table ("62,000 jobs") are counts with a custom unit
    Persons,         // 人, 万人, people
    Area,            // 平方米, 万平方米, 平方公里, 亩, square metres
    Duration,        // 年 (not after a calendar year: 2019年 is a Code number), 个月, 月 (after a
                     // duration verb or with 多/余; else 3月 is a date, a Code number), 天, years, months
    Other,           // another unit Clusterscope does not know: 吨, 千瓦时 (unitId custom:…)
};

struct Quantity {
    qsizetype start = 0;     // [start, end): the numeral and its unit, in the text passed in
    qsizetype end = 0;
    qsizetype numberEnd = 0; // where the numeral (with a 万/亿/billion multiplier) ends
    double value = 0;        // in the unit as written: 10393.39 for 10393.39亿元, 6.2 for 6.2万名,
                             // 8.3 for 百分之八点三, 600 for 600万辆, 1.3 for 1.3 trillion yuan
    QString unitText;        // the unit as written, multiplier included, spaces and full-width
                             // forms normalised: 亿元, 万名, %, 个百分点, 家, 个月, trillion yuan; empty for a bare number
    QString unitId;          // Clusterscope's unit id (model/unit.h: yi-yuan, wan-ming, percent,
                             // pp, jia, month, year, …) or units::customUnitId(unitText); empty for a bare number
    double unitScale = 1;    // the unit's scale to its base (亿元 → 1e8, 万名 → 1e4, 万亿元 → 1e12)
    QString currency;        // ISO 4217 for money (CNY, USD, HKD, EUR, JPY, GBP …); empty otherwise
    QuantityKind kind = QuantityKind::Number;
    NumberRole role = NumberRole::Figure;
    Qualifier inner = Qualifier::Exact; // a qualifier inside the span: 500多家, 3个多月, 2000余人, 13000+
    qsizetype numberStart = 0; // where the numeral starts: after 百分之 or US$, else `start`
    double numeralValue = 0;   // the numeral alone, multiplier included: 6e6 for 600万辆, 8.3 for
                               // 百分之八点三, 1.3e12 for 1.3 trillion yuan, 3 for 万分之三
};

// Every number in `text`, in order, with the unit that follows it. Line breaks and spaces inside
// a numeral or between a numeral and its unit ("10393.39 亿\n元", "2 0 2 3") are read through.
QList<Quantity> findQuantities(QStringView text);

// A range of numbers, for NumberRange-style text: "20~100", "5%-8%", "10000与20000之间",
// "大于等于一百小于等于三百一", "五百多" (an open range above 500). Ends are nullopt when open.
// Bounds follow Recognizers-Text: a range written with 到/至/~/-/之间 is [low, high) (its upper
// end exclusive), comparison words decide the rest (不大于 50 is (, 50]). "两到三万" fills the low
// end's multiplier from the high end (20000 to 30000).
struct NumberRange {
    qsizetype start = 0;
    qsizetype end = 0;
    std::optional<double> low;
    std::optional<double> high;
    bool lowInclusive = true;
    bool highInclusive = true;
};
QList<NumberRange> findNumberRanges(QStringView text);

} // namespace cs::extract
