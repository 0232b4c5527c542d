// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace cs::extract::numerals {

// Internal to extraction: the numeral scanner under parseNumeral() and findQuantities().

// One numeral read from a position: its extent, value, and the trailing 万/亿/million multiplier
// (split off because it belongs to the unit as written: 600万辆 is 600 of 万辆).
struct Numeral {
    qsizetype start = 0;
    qsizetype end = 0;
    double value = 0;           // the whole numeral, multiplier included
    double multiplier = 1;      // trailing multiplier: value == head * multiplier
    qsizetype multiplierStart = -1; // where the trailing multiplier starts; -1 when none
    QString multiplierText;     // "万", "亿", "万亿", "trillion" (normalised: 萬 → 万)
    bool chinese = false;       // written (partly) with Chinese numeral characters
    bool arabic = false;        // contains ASCII or full-width digits
    bool bareDigits = false;    // two or more Chinese digits with no 十/百/千 (九九, 二〇二三, 三五): not one number
    bool fraction = false;      // 三分之一, 3/5, 1 3/5
    bool dotted = false;        // the first group of 2222.2222.222 (a version, an address): the caller splits
    bool integer = true;        // no decimals, no fraction
    bool leadingZero = false;   // "0755": a code, not a quantity
    int digitCount = 0;         // Arabic digits in the integer part
};

// The longest numeral starting at `pos` (a sign, a digit, a Chinese numeral character, or "." before
// a digit). nullopt when none starts there. Does not look at what comes before `pos`.
std::optional<Numeral> matchAt(QStringView text, qsizetype pos);

// Helpers on single characters, shared with the quantity scanner.
int arabicDigit(QChar c);       // 0-9 for ASCII and full-width digits, else -1
int chineseDigit(QChar c);      // 0-9 for 零〇一…九, 壹…玖, 两兩倆俩, else -1
double chineseSmallUnit(QChar c); // 10/100/1000 for 十拾/百佰/千仟, else 0
double chineseBigUnit(QChar c);   // 1e4/1e8/1e12 for 万萬/亿億/兆, else 0
bool isSign(QChar c);           // - － 负 負
bool canStartNumeral(QChar c);
bool isLatinLetter(QChar c);    // ASCII or full-width A-Z a-z
bool isSpace(QChar c);          // spaces, tabs, line breaks, ideographic space

} // namespace cs::extract::numerals
