// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"

#include <QString>
#include <optional>

namespace cs {

// How a published figure relates to the true value. Kept on every observation and shown on
// every display of it: "6000+", "> 270 亿元", "≈ 37%".
enum class Qualifier {
    Exact,
    MoreThan, // 超, 超过, 多, 以上
    AtLeast,  // 不少于
    About,    // 约, 近, 左右
    LessThan, // 不到, 不足, 少于
    AtMost,   // 不超过
};

// "" (exact), ">", ">=", "~", "<", "<=": the code stored in files and dumped as CSV.
QString qualifierCode(Qualifier q);
std::optional<Qualifier> qualifierFromCode(const QString &code);

// Finds the qualifier a Chinese phrase expresses: "超 6000个" → MoreThan, "500 多家" → MoreThan,
// "不少于 2000 万平方米" → AtLeast, "约 9150 亿元" → About. Exact when it finds none.
Qualifier qualifierFromChinese(const QString &phrase);

// The qualifier that `words` are, whole, as typed next to a number: "" (Exact), the symbols
// (">", ">=", "≥", "~", "≈", "<", "<=", "≤", and "+" after a number), the Chinese words above
// (超过, 以上, 多, 约, 近, 左右, 不到, …, and 余, 逾, 以下), or English ("more than", "at least",
// "about", "less than", "at most", "over", "under", …). nullopt when they are no qualifier.
std::optional<Qualifier> qualifierFromWords(const QString &words);

// Takes a leading qualifier off a typed value: "> 13000", ">=13000", "≥2000", "≈9150", "~9150"
// leave "13000" (trimmed) and return the qualifier; Exact when there is none.
Qualifier takeQualifierPrefix(QString &text);

// The symbol put before a value: "", ">", "≥", "≈", "<", "≤".
QString qualifierSymbol(Qualifier q);
// Words for the legend and tooltips: "more than" / "超过".
QString qualifierWords(Qualifier q, Lang lang);

// True when the true value may be larger than the published one: a lower bound.
inline bool isLowerBound(Qualifier q) { return q == Qualifier::MoreThan || q == Qualifier::AtLeast; }
inline bool isUpperBound(Qualifier q) { return q == Qualifier::LessThan || q == Qualifier::AtMost; }

} // namespace cs
