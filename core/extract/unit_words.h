// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/quantities.h"

#include <QList>
#include <QStringView>

namespace cs::extract::unitwords {

// The language-specific words findQuantities() reads around numbers. Words are written in
// simplified characters; the matcher folds traditional forms (個 → 个) and skips spaces.

// A unit word after a number. `unitId` is Clusterscope's id for the word without multiplier
// ("" to look the written text up with units::fromText()); a 万/亿 before it gives wan-/yi-/wanyi-.
struct UnitWord {
    QStringView text;
    QuantityKind kind;
    const char *unitId;
    const char *currency; // ISO 4217, "" when none
};
const QList<UnitWord> &unitWords();

// A multiplier word between a number (or its 多/余) and a unit: 万, 亿, 万亿, 千万.
struct Multiplier {
    QStringView text;
    double scale;
};
const QList<Multiplier> &multipliers();

// 百分之N, 千分之N, 万分之N: a ratio written before its numeral. `factor` turns N into the kind's
// unit (万分之三 → 0.03 %).
struct RatioPrefix {
    QStringView text;
    QuantityKind kind;
    double factor;
};
const QList<RatioPrefix> &ratioPrefixes();

// Currency written before the number: US$, $, ￥, €, HK$.
struct CurrencySymbol {
    QStringView text;
    const char *unitId;
    const char *currency;
};
const QList<CurrencySymbol> &currencySymbols();

// A currency named before an amount in 元: 港币两千九百六十元, 新台币 177.1 亿元.
const QList<CurrencySymbol> &currencyNamesBefore();

// Words that contain a numeral character and are no number: 一切, 四川, 陆地, 入伍, 十分.
const QList<QStringView> &nonNumberWords();

// Words before a number that make 年/月 after it a duration: 用时, 历经, 连续.
const QList<QStringView> &durationWords();

// Simplified form of a character for matching (個 → 个, 萬 → 万, 圓 → 元); others unchanged.
QChar fold(QChar c);

} // namespace cs::extract::unitwords
