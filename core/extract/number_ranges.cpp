// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/numerals.h"
#include "extract/quantities.h"
#include "extract/quantity_scan.h"

#include <cmath>

namespace cs::extract {

using namespace numerals;
using scan::matchWord;
using scan::skipSpaces;

namespace {

// Comparison words, written before a number (大于 100) or after it (100 以上). A bound is low
// (the number is a minimum) or high, open or inclusive.
struct Comparator {
    QStringView text;
    bool low;
    bool inclusive;
    bool equal = false; // 等于 N: both ends
};

const QList<Comparator> &prefixes()
{
    static const QList<Comparator> list = {
        {u"大于等于", true, true},   {u"大于或者等于", true, true}, {u"大于或等于", true, true},
        {u"不小于", true, true},     {u"不少于", true, true},       {u"不低于", true, true},
        {u"至少是", true, true},     {u"至少有", true, true},       {u"至少为", true, true},
        {u"至少", true, true},       {u"最少", true, true},         {u"≥", true, true},
        {u">=", true, true},         {u"> =", true, true},          {u"大于", true, false},
        {u"多于", true, false},      {u"高于", true, false},        {u"超过了", true, false},
        {u"超过", true, false},      {u"过", true, false},          {u">", true, false},
        {u"小于等于", false, true},  {u"小于或者等于", false, true}, {u"小于或等于", false, true},
        {u"不大于", false, true},    {u"不超过", false, true},      {u"不多于", false, true},
        {u"不高于", false, true},    {u"最多为", false, true},      {u"最多是", false, true},
        {u"最多有", false, true},    {u"最多", false, true},        {u"≤", false, true},
        {u"<=", false, true},        {u"小于", false, false},       {u"少于", false, false},
        {u"低于", false, false},     {u"不到", false, false},       {u"不足", false, false},
        {u"<", false, false},        {u"等于", true, true, true},
    };
    return list;
}

const QList<Comparator> &postfixes()
{
    static const QList<Comparator> list = {
        {u"或者以上", true, true},  {u"或以上", true, true},  {u"或者更多", true, true}, {u"或更多", true, true},
        {u"以上", true, false},     {u"之上", true, false},   {u"多", true, false},      {u"余", true, false},
        {u"几", true, false},
        {u"或者以下", false, true}, {u"或以下", false, true}, {u"以下", false, false},   {u"之下", false, false},
    };
    return list;
}

// 比 N 大 / 比 N 小
const QList<Comparator> &afterCompared()
{
    static const QList<Comparator> list = {
        {u"大", true, false}, {u"高", true, false}, {u"多", true, false},
        {u"小", false, false}, {u"低", false, false}, {u"少", false, false},
    };
    return list;
}

const QList<QStringView> &rangeSeparators()
{
    static const QList<QStringView> list = {u"到", u"至", u"~", u"～", u"——", u"--", u"-", u"–", u"—", u"－"};
    return list;
}

const QList<QStringView> &joiners() // between two one-sided bounds
{
    static const QList<QStringView> list = {u"的同时", u"并且", u"而且", u"同时", u"并", u"且", u"，", u",", u"、"};
    return list;
}

struct Bound {
    qsizetype start = 0, end = 0;
    NumberRange range;
};

std::optional<Numeral> numberAt(QStringView t, qsizetype p)
{
    if (p >= t.size())
        return std::nullopt;
    auto m = matchAt(t, p);
    if (!m || m->bareDigits || m->dotted || isLatinLetter(t[p]))
        return std::nullopt;
    return m;
}

qsizetype longest(QStringView t, qsizetype p, const QList<Comparator> &list, const Comparator **which)
{
    qsizetype best = -1;
    for (const Comparator &c : list) {
        const qsizetype e = matchWord(t, p, c.text, nullptr);
        if (e > best) {
            best = e;
            *which = &c;
        }
    }
    return best;
}

NumberRange oneSided(const Comparator &c, double v)
{
    NumberRange r;
    if (c.equal) {
        r.low = r.high = v;
        return r;
    }
    if (c.low) {
        r.low = v;
        r.lowInclusive = c.inclusive;
    } else {
        r.high = v;
        r.highInclusive = c.inclusive;
    }
    return r;
}

qsizetype skipPercentAndInclusive(QStringView t, qsizetype e)
{
    if (e < t.size() && (t[e] == u'%' || t[e] == u'％'))
        ++e;
    for (QStringView w : {QStringView(u"(含)"), QStringView(u"（含）")}) {
        if (t.mid(e).startsWith(w))
            e += w.size();
    }
    return e;
}

// A one-sided bound (or an equality, or a between-range) starting at p.
std::optional<Bound> boundAt(QStringView t, qsizetype p)
{
    const qsizetype n = t.size();
    const Comparator *c = nullptr;
    // 大于 100
    if (const qsizetype e = longest(t, p, prefixes(), &c); e > 0) {
        if (const auto m = numberAt(t, skipSpaces(t, e, 3))) {
            Bound b{p, m->end, oneSided(*c, m->value)};
            return b;
        }
    }
    // 比 N 大
    if (t[p] == u'比') {
        if (const auto m = numberAt(t, skipSpaces(t, p + 1, 3))) {
            const qsizetype q = skipSpaces(t, m->end, 3);
            if (const qsizetype e = longest(t, q, afterCompared(), &c); e > 0)
                return Bound{p, e, oneSided(*c, m->value)};
        }
        return std::nullopt;
    }
    // (在|位于) (第)N (和|与) (第)M (之)间 ; N 到 M
    qsizetype s = p;
    for (QStringView w : {QStringView(u"位于"), QStringView(u"在")}) {
        const qsizetype e = matchWord(t, p, w, nullptr);
        if (e > 0) {
            s = skipSpaces(t, e, 3);
            break;
        }
    }
    const qsizetype ns = (s < n && t[s] == u'第') ? s + 1 : s;
    const auto low = numberAt(t, ns);
    if (!low)
        return std::nullopt;
    qsizetype afterLow = skipPercentAndInclusive(t, low->end);
    if (const scan::UnitMatch u = scan::longestUnit(t, afterLow); u.word && u.word->kind == QuantityKind::Currency)
        afterLow = skipPercentAndInclusive(t, u.end); // 1万元--5万元
    const qsizetype q = skipSpaces(t, afterLow, 3);
    for (QStringView andWord : {QStringView(u"和"), QStringView(u"与"), QStringView(u"及")}) {
        const qsizetype e = matchWord(t, q, andWord, nullptr);
        if (e < 0)
            continue;
        qsizetype h = skipSpaces(t, e, 3);
        if (h < n && t[h] == u'第')
            ++h;
        const auto high = numberAt(t, h);
        if (!high)
            continue;
        const qsizetype r = skipSpaces(t, high->end, 3);
        for (QStringView between : {QStringView(u"之间"), QStringView(u"间")}) {
            const qsizetype be = matchWord(t, r, between, nullptr);
            if (be > 0) {
                NumberRange range;
                range.low = low->value;
                range.high = high->value;
                range.highInclusive = false; // Recognizers-Text's reading: [low, high)
                return Bound{p, be, range};
            }
        }
    }
    if (s != p)
        return std::nullopt; // 在/位于 only open a between-range
    for (QStringView sep : rangeSeparators()) {
        const qsizetype e = matchWord(t, q, sep, nullptr);
        if (e < 0)
            continue;
        const auto high = numberAt(t, skipSpaces(t, e, 3));
        if (!high || high->value < 0)
            continue;
        double lowValue = low->value;
        // 两到三万, 一千到两千万: the low end takes the high end's multiplier
        if (low->multiplierStart < 0 && high->multiplierStart >= 0 && lowValue * high->multiplier <= high->value)
            lowValue *= high->multiplier;
        else if (low->multiplierStart < 0 && low->integer && lowValue < 10 && lowValue > 0 && high->chinese) {
            const QChar last = t[high->end - 1];
            const double unit = chineseBigUnit(last) > 0 ? chineseBigUnit(last) : chineseSmallUnit(last);
            if (unit > 0 && lowValue * unit <= high->value)
                lowValue *= unit; // 两~3百: 200 to 300
        }
        else if (low->multiplierStart < 0 && lowValue < 1000 && (t[high->end - 1] == u'k' || t[high->end - 1] == u'K')
                 && !(t[low->end - 1] == u'k' || t[low->end - 1] == u'K'))
            lowValue *= 1e3; // 10~15k
        if (lowValue > high->value)
            continue;
        NumberRange range;
        range.low = lowValue;
        range.high = high->value;
        range.highInclusive = false;
        return Bound{p, skipPercentAndInclusive(t, high->end), range};
    }
    // 100 以上, 五百多, 十几万, 500多亿
    if (const qsizetype e = longest(t, low->end < n ? skipSpaces(t, low->end, 3) : low->end, postfixes(), &c); e > 0) {
        const bool approx = c->text == u"多" || c->text == u"余" || c->text == u"几";
        if (!approx)
            return Bound{p, e, oneSided(*c, low->value)};
        if (c->text == u"几" && std::fmod(low->value, 10) != 0)
            return std::nullopt;
        double scale = 1;
        qsizetype end = e;
        for (const unitwords::Multiplier &mu : unitwords::multipliers()) {
            const qsizetype me = matchWord(t, e, mu.text, nullptr);
            if (me > end) {
                end = me;
                scale = mu.scale;
            }
        }
        return Bound{p, end, oneSided(*c, low->value * scale)};
    }
    return std::nullopt;
}

bool isOneSided(const NumberRange &r) { return r.low.has_value() != r.high.has_value(); }

} // namespace

QList<NumberRange> findNumberRanges(QStringView t)
{
    QList<NumberRange> out;
    const qsizetype n = t.size();
    qsizetype pos = 0;
    while (pos < n) {
        const QChar prev = pos > 0 ? t[pos - 1] : QChar();
        if (arabicDigit(prev) >= 0 || chineseDigit(prev) >= 0 || chineseSmallUnit(prev) > 0 || isLatinLetter(prev)) {
            if (arabicDigit(t[pos]) >= 0 || chineseDigit(t[pos]) >= 0 || chineseSmallUnit(t[pos]) > 0) {
                ++pos;
                continue;
            }
        }
        auto b = boundAt(t, pos);
        if (!b) {
            ++pos;
            continue;
        }
        // 大于10小于20, 1000以上， 1500以下: two bounds make one range
        if (isOneSided(b->range)) {
            qsizetype q = skipSpaces(t, b->end, 3);
            for (QStringView j : joiners()) {
                const qsizetype e = matchWord(t, q, j, nullptr);
                if (e > 0) {
                    q = skipSpaces(t, e, 3);
                    break;
                }
            }
            if (q < n) {
                if (const auto other = boundAt(t, q); other && isOneSided(other->range)) {
                    const NumberRange &a = b->range, &o = other->range;
                    const bool lowFirst = a.low.has_value() && o.high.has_value();
                    const bool highFirst = a.high.has_value() && o.low.has_value();
                    if (lowFirst || highFirst) {
                        NumberRange merged;
                        const NumberRange &lo = lowFirst ? a : o;
                        const NumberRange &hi = lowFirst ? o : a;
                        merged.low = lo.low;
                        merged.lowInclusive = lo.lowInclusive;
                        merged.high = hi.high;
                        merged.highInclusive = hi.highInclusive;
                        if (*merged.low < *merged.high) {
                            b->range = merged;
                            b->end = other->end;
                        }
                    }
                }
            }
        }
        b->range.start = b->start;
        b->range.end = b->end;
        out.append(b->range);
        pos = b->end;
    }
    return out;
}

} // namespace cs::extract
