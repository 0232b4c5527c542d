// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/numerals.h"
#include "extract/quantities.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace cs::extract {
namespace numerals {

int arabicDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    return -1;
}

int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'零': case u'〇': return 0;
    case u'一': case u'壹': return 1;
    case u'二': case u'贰': case u'貳': case u'两': case u'兩': case u'倆': case u'俩': return 2;
    case u'三': case u'叁': case u'參': return 3;
    case u'四': case u'肆': return 4;
    case u'五': case u'伍': return 5;
    case u'六': case u'陆': case u'陸': return 6;
    case u'七': case u'柒': return 7;
    case u'八': case u'捌': return 8;
    case u'九': case u'玖': return 9;
    default: return -1;
    }
}

double chineseSmallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十': case u'拾': return 10;
    case u'百': case u'佰': return 100;
    case u'千': case u'仟': return 1000;
    default: return 0;
    }
}

double chineseBigUnit(QChar c)
{
    switch (c.unicode()) {
    case u'万': case u'萬': return 1e4;
    case u'亿': case u'億': return 1e8;
    case u'兆': return 1e12;
    default: return 0;
    }
}

bool isSign(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == u'－' || u == u'负' || u == u'負';
}

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'ａ' && u <= u'ｚ')
        || (u >= u'Ａ' && u <= u'Ｚ');
}

bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() == u'\u3000';
}

bool canStartNumeral(QChar c)
{
    return arabicDigit(c) >= 0 || chineseDigit(c) >= 0 || chineseSmallUnit(c) > 0 || isSign(c)
        || c == u'.' || c == u'．' || isLatinLetter(c);
}

namespace {

bool isDot(QChar c) { return c == u'.' || c == u'．'; }
bool isComma(QChar c) { return c == u',' || c == u'，'; }
bool isSlash(QChar c) { return c == u'/' || c == u'／'; }
bool isPoint(QChar c) { return c == u'点' || c == u'點'; }
bool isTwoWord(QChar c) { return c == u'两' || c == u'兩' || c == u'倆' || c == u'俩'; }

qsizetype skipSpaces(QStringView t, qsizetype p, int most)
{
    int n = 0;
    while (p < t.size() && n < most && isSpace(t[p])) {
        ++p;
        ++n;
    }
    return p;
}

QChar simplified(QChar c)
{
    switch (c.unicode()) {
    case u'萬': return u'万';
    case u'億': return u'亿';
    default: return c;
    }
}

// ASCII or full-width digits: 62,000 / ４，５６５ / 1,100.9 / .5 / 15k.
struct Arabic {
    qsizetype end = 0;
    double value = 0;
    bool integer = true;
    bool leadingZero = false;
    bool dotted = false; // 2222.2222.22 …: a chain of groups, not a decimal
    bool suffixed = false;
    int digits = 0;
};

std::optional<Arabic> readArabic(QStringView t, qsizetype p, bool allowSuffix)
{
    const qsizetype n = t.size();
    Arabic a;
    QString buf;
    qsizetype i = p;
    while (i < n && arabicDigit(t[i]) >= 0) {
        buf += QChar(u'0' + arabicDigit(t[i]));
        ++i;
    }
    a.digits = int(buf.size());
    // Thousands separators: exactly three digits after each, and no digit after those. A
    // full-width comma is also a clause break ("$20，300美圆"): it separates thousands only between
    // full-width digits or when more digits follow (82，225.00).
    auto separates = [&](qsizetype c) {
        if (!(c + 3 < n && isComma(t[c]) && arabicDigit(t[c + 1]) >= 0 && arabicDigit(t[c + 2]) >= 0
              && arabicDigit(t[c + 3]) >= 0 && (c + 4 >= n || arabicDigit(t[c + 4]) < 0)))
            return false;
        if (t[c] == u',' || t[c - 1].unicode() > 0x7F)
            return true;
        return c + 5 < n && (isDot(t[c + 4]) || isComma(t[c + 4])) && arabicDigit(t[c + 5]) >= 0;
    };
    while (!buf.isEmpty() && separates(i)) {
        for (int k = 1; k <= 3; ++k)
            buf += QChar(u'0' + arabicDigit(t[i + k]));
        a.digits += 3;
        i += 4;
    }
    if (i + 1 < n && isDot(t[i]) && arabicDigit(t[i + 1]) >= 0) {
        qsizetype j = i + 1;
        QString frac;
        while (j < n && arabicDigit(t[j]) >= 0)
            frac += QChar(u'0' + arabicDigit(t[j++]));
        if (!buf.isEmpty() && j + 1 < n && isDot(t[j]) && arabicDigit(t[j + 1]) >= 0) {
            a.dotted = true; // a version or a dotted code: the caller splits it
        } else {
            buf += QLatin1Char('.') + frac;
            a.integer = false;
            i = j;
        }
    }
    if (buf.isEmpty() || buf == QLatin1String("."))
        return std::nullopt;
    if (buf.startsWith(QLatin1Char('.')))
        buf.prepend(QLatin1Char('0'));
    a.leadingZero = a.digits > 1 && buf.startsWith(QLatin1Char('0')) && a.integer;
    a.value = buf.toDouble();
    if (allowSuffix && !a.dotted) {
        // k / K / M as in 40k, 15k个百分点, -2.5 M (one space allowed); not when a word follows.
        const qsizetype s = (i < n && t[i] == u' ') ? i + 1 : i;
        if (s < n && (s + 1 >= n || !isLatinLetter(t[s + 1]))) {
            const char16_t u = t[s].unicode();
            double k = 0;
            if (u == u'k' || u == u'K' || u == u'ｋ' || u == u'Ｋ')
                k = 1e3;
            else if (u == u'M' || u == u'Ｍ')
                k = 1e6;
            if (k > 0) {
                a.value *= k;
                a.suffixed = true;
                i = s + 1;
            }
        }
    }
    a.end = i;
    return a;
}

struct Whole {
    qsizetype end = 0;
    double value = 0;
    double multiplier = 1;
    qsizetype multiplierStart = -1;
    QString multiplierText;
    bool chinese = false, arabic = false, bare = false, integer = true, leadingZero = false;
    bool dotted = false, fraction = false, suffixed = false;
    int digits = 0;
};

// A whole number, Chinese, Arabic or mixed: 一百零一万一千, 5万4千6百, 4.78万亿, 两千万点五五四四.
std::optional<Whole> readInteger(QStringView t, qsizetype p0)
{
    enum Last { None, ChDigit, ArDigit, Zero, Small, Big, Decimal };
    const qsizetype n = t.size();
    QVarLengthArray<std::pair<double, double>, 4> stack; // (amount, its unit), units decreasing
    double section = 0, number = 0, lastSmall = 0, lastUnit = 0;
    Last last = None;
    int chDigitsSinceUnit = 0;
    bool zeroSinceUnit = false, anyDigit = false, hadTen = false, afterDecimal = false;
    qsizetype p = p0, chainStart = -1;
    Whole w;
    while (p < n) {
        qsizetype q = p;
        if (last != None)
            q = skipSpaces(t, p, 6);
        if (q >= n || (q > p && q < n && isSpace(t[q])))
            break;
        const bool spaced = q > p;
        const QChar c = t[q];
        const int ad = arabicDigit(c);
        const int cd = chineseDigit(c);
        const double su = chineseSmallUnit(c);
        const double bu = chineseBigUnit(c);
        const bool dotDigit = last == None && isDot(c) && q + 1 < n && arabicDigit(t[q + 1]) >= 0;
        if (ad >= 0 || dotDigit) {
            if (afterDecimal || w.bare || last == ChDigit || last == ArDigit || last == Decimal)
                break;
            if (spaced && last != Small && last != Big)
                break; // "1, 234" or "667.123 五点八": separate numbers
            const auto a = readArabic(t, q, true);
            if (!a)
                break;
            number = a->value;
            last = ArDigit;
            anyDigit = w.arabic = true;
            w.integer = w.integer && a->integer;
            w.leadingZero = w.leadingZero || (a->leadingZero && p == p0);
            w.digits += a->digits;
            w.suffixed = a->suffixed;
            chDigitsSinceUnit = 0;
            p = w.end = a->end;
            if (a->dotted) {
                w.dotted = true;
                break;
            }
            afterDecimal = !a->integer || a->suffixed;
            continue;
        }
        if (cd >= 0) {
            if (afterDecimal || last == ArDigit || last == Decimal)
                break;
            if (last == ChDigit) { // 九九, 二〇二三, 三五: a digit string, not one number
                if (spaced)
                    break;
                w.bare = true;
                number = number * 10 + cd;
                p = w.end = q + 1;
                continue;
            }
            if (cd == 0 && !isTwoWord(c)) {
                zeroSinceUnit = true;
                anyDigit = w.chinese = true;
                last = Zero; // also first: 零点五, 零十
                number = 0;
                p = w.end = q + 1;
                continue;
            }
            number = cd;
            last = ChDigit;
            ++chDigitsSinceUnit;
            anyDigit = w.chinese = true;
            p = w.end = q + 1;
            continue;
        }
        if ((su > 0 || bu > 0) && w.bare) { // 二三十, 三五百, 八九亿: an approximation, read through
            p = w.end = q + 1;
            continue;
        }
        // 千克, 千米, 千瓦, 兆字节: an SI prefix of the unit, not a place value
        static const QStringView siUnits = u"米克瓦卡字比焦帕赫";
        if ((su == 1000 || bu == 1e12) && q + 1 < n && siUnits.contains(t[q + 1]) && last != None)
            break;
        if (su > 0) {
            if (afterDecimal || last == Small || last == Decimal)
                break;
            if (lastSmall != 0 && su >= lastSmall)
                break; // 五十千: 千 is not part of it
            const double k = (last == ChDigit || last == ArDigit) ? number : 1;
            if (last == ArDigit && (number != std::floor(number) || number >= 10))
                break; // 12千米, 1.5千: not a Chinese place value
            section += k * su;
            number = 0;
            lastSmall = lastUnit = su;
            last = Small;
            chDigitsSinceUnit = 0;
            zeroSinceUnit = false;
            hadTen = hadTen || su == 10;
            w.chinese = true;
            p = w.end = q + 1;
            continue;
        }
        if (bu > 0) {
            if (w.bare || w.suffixed)
                break;
            double cur = section + number;
            if (cur == 0 && (last != Big || stack.isEmpty()))
                break; // 万 alone, 万万
            if (last == Big && cur == 0 && stack.last().second > bu)
                break;
            double under = 1;
            while (!stack.isEmpty() && stack.last().second <= bu) {
                cur += stack.last().first;
                under = std::max(under, stack.last().second);
                stack.removeLast();
            }
            if (last != Big)
                chainStart = q;
            stack.append({cur * bu, bu * under});
            section = number = 0;
            lastSmall = 0;
            lastUnit = bu;
            last = Big;
            chDigitsSinceUnit = 0;
            zeroSinceUnit = false;
            w.chinese = true;
            p = w.end = q + 1;
            continue;
        }
        if (isPoint(c) && !afterDecimal && !w.bare && last != None) {
            const qsizetype d0 = skipSpaces(t, q + 1, 3);
            qsizetype d = d0;
            QString frac;
            while (d < n && chineseDigit(t[d]) >= 0 && !isTwoWord(t[d]))
                frac += QChar(u'0' + chineseDigit(t[d++]));
            if (frac.isEmpty())
                break;
            if (last == ChDigit && chDigitsSinceUnit == 1 && !zeroSinceUnit && lastUnit >= 10)
                number *= lastUnit / 10; // 两千三点一
            const double cur = section + number;
            section = 0;
            number = cur + (QLatin1String("0.") + frac).toDouble();
            last = Decimal;
            afterDecimal = true;
            w.integer = false;
            w.chinese = true;
            p = w.end = d;
            continue;
        }
        break;
    }
    if (!anyDigit && !hadTen)
        return std::nullopt; // 百, 千万, 万: no number
    if (last == ChDigit && chDigitsSinceUnit == 1 && !zeroSinceUnit && lastUnit >= 10 && !w.bare)
        number *= lastUnit / 10; // 两千四百五, 一万三, 三百一
    double total = section + number;
    for (const auto &part : stack)
        total += part.first;
    w.value = total;
    if (last == Big && stack.size() == 1 && chainStart >= 0) {
        w.multiplier = stack.first().second;
        w.multiplierStart = chainStart;
        for (qsizetype i = chainStart; i < w.end; ++i)
            if (!isSpace(t[i]))
                w.multiplierText += simplified(t[i]);
    }
    return w;
}

// A number, then a fraction tail on it: 五分之一, 3/5, -3/2.
std::optional<Whole> readSimple(QStringView t, qsizetype p, bool negative)
{
    auto w = readInteger(t, p);
    if (!w || w->dotted)
        return w;
    const qsizetype n = t.size();
    const double den = negative ? -w->value : w->value;
    // N分之M
    qsizetype q = skipSpaces(t, w->end, 3);
    if (!w->bare && q < n && t[q] == u'分') {
        q = skipSpaces(t, q + 1, 3);
        if (q < n && t[q] == u'之') {
            q = skipSpaces(t, q + 1, 3);
            bool numNeg = false;
            if (q < n && isSign(t[q])) {
                numNeg = true;
                ++q;
            }
            const auto num = readInteger(t, q);
            if (num && !num->bare && !num->dotted && den != 0) {
                Whole f = *w;
                f.value = (numNeg ? -num->value : num->value) / den;
                f.end = num->end;
                f.fraction = true;
                f.integer = false;
                f.multiplier = 1;
                f.multiplierStart = -1;
                f.multiplierText.clear();
                f.chinese = w->chinese || num->chinese;
                f.arabic = w->arabic || num->arabic;
                return f;
            }
        }
    }
    // a/b in digits
    const qsizetype e = w->end;
    if (w->arabic && !w->chinese && w->integer && !w->suffixed && e + 1 < n && isSlash(t[e])
        && arabicDigit(t[e + 1]) >= 0) {
        const auto b = readArabic(t, e + 1, false);
        if (b && b->integer && b->value != 0 && !(b->end < n && isSlash(t[b->end]))
            && !(p > 0 && isSlash(t[p - 1]))) {
            Whole f = *w;
            f.value = den / b->value;
            f.end = b->end;
            f.fraction = true;
            f.integer = false;
            return f;
        }
    }
    if (negative)
        w->value = -w->value;
    return w;
}

double englishWord(QStringView w, bool *scale)
{
    static const char *const small[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                        "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    *scale = false;
    if (w.compare(QLatin1String("nought"), Qt::CaseInsensitive) == 0 || w.compare(QLatin1String("naught"), Qt::CaseInsensitive) == 0)
        return 0;
    for (int i = 0; i < 20; ++i)
        if (w.compare(QLatin1String(small[i]), Qt::CaseInsensitive) == 0)
            return i;
    for (int i = 0; i < 8; ++i)
        if (w.compare(QLatin1String(tens[i]), Qt::CaseInsensitive) == 0)
            return 20 + 10 * i;
    *scale = true;
    if (w.compare(QLatin1String("hundred"), Qt::CaseInsensitive) == 0)
        return 100;
    if (w.compare(QLatin1String("thousand"), Qt::CaseInsensitive) == 0)
        return 1e3;
    if (w.compare(QLatin1String("million"), Qt::CaseInsensitive) == 0 || w.compare(QLatin1String("mn"), Qt::CaseInsensitive) == 0)
        return 1e6;
    if (w.compare(QLatin1String("billion"), Qt::CaseInsensitive) == 0 || w.compare(QLatin1String("bn"), Qt::CaseInsensitive) == 0)
        return 1e9;
    if (w.compare(QLatin1String("trillion"), Qt::CaseInsensitive) == 0)
        return 1e12;
    *scale = false;
    return -1;
}

qsizetype wordEnd(QStringView t, qsizetype p)
{
    while (p < t.size() && isLatinLetter(t[p]))
        ++p;
    return p;
}

// "two million", "forty-five", "one hundred and twenty".
std::optional<Whole> readEnglish(QStringView t, qsizetype p)
{
    double total = 0, current = 0;
    bool any = false, lastScale = false, afterScale = false, lastTens = false;
    qsizetype end = p, q = p, lastScaleStart = -1;
    QString lastScaleWord;
    int parts = 0;
    while (q < t.size() && isLatinLetter(t[q])) {
        const qsizetype we = wordEnd(t, q);
        const QStringView word = t.mid(q, we - q);
        bool scale = false;
        const double v = englishWord(word, &scale);
        if (v < 0) {
            if (any && afterScale && word.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0 && we < t.size() && t[we] == u' ') {
                q = skipSpaces(t, we, 3);
                continue;
            }
            break;
        }
        if (!any && scale)
            break; // "million" alone
        if (scale) {
            if (v == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else {
                total += (current == 0 ? 1 : current) * v;
                current = 0;
                ++parts;
                lastScaleStart = q;
                lastScaleWord = word.toString().toLower();
            }
        } else {
            if (any && !afterScale && !(lastTens && v < 10))
                break; // "two three" is two numbers
            current += v;
        }
        lastTens = !scale && v >= 20;
        lastScale = scale && v > 100;
        afterScale = scale;
        any = true;
        end = we;
        q = we;
        const qsizetype next = skipSpaces(t, q < t.size() && t[q] == u'-' ? q + 1 : q, 3);
        if (next > q && next < t.size() && isLatinLetter(t[next]))
            q = next;
        else
            break;
    }
    if (!any)
        return std::nullopt;
    // "one" as a pronoun: the one, this one, which one
    if (end - p == 3 && total + current == 1 && p > 1) {
        qsizetype b = p - 1;
        while (b > 0 && t[b] == u' ')
            --b;
        qsizetype a = b;
        while (a > 0 && isLatinLetter(t[a - 1]))
            --a;
        static const char *const determiners[] = {"the", "this", "that", "which", "each", "every", "any", "no", "another", "some"};
        for (const char *d : determiners)
            if (t.mid(a, b + 1 - a).compare(QLatin1String(d), Qt::CaseInsensitive) == 0)
                return std::nullopt;
    }
    Whole w;
    // two hundred point zero three
    if (q == end) {
        qsizetype r = skipSpaces(t, end, 3);
        if (r + 5 < t.size() && t.mid(r, 5).compare(QLatin1String("point"), Qt::CaseInsensitive) == 0 && isSpace(t[r + 5])) {
            QString digits;
            qsizetype d = skipSpaces(t, r + 5, 3), last = -1;
            while (d < t.size() && isLatinLetter(t[d])) {
                const qsizetype de = wordEnd(t, d);
                bool sc = false;
                const double dv = englishWord(t.mid(d, de - d), &sc);
                if (sc || dv < 0 || dv > 9)
                    break;
                digits += QChar(u'0' + int(dv));
                last = de;
                d = skipSpaces(t, de, 3);
            }
            if (!digits.isEmpty()) {
                current += (QLatin1String("0.") + digits).toDouble();
                end = last;
                w.integer = false;
            }
        }
    }
    w.end = end;
    w.value = total + current;
    if (lastScale && parts == 1 && current == 0) {
        w.multiplier = englishWord(lastScaleWord, &lastScale);
        w.multiplierStart = lastScaleStart;
        w.multiplierText = lastScaleWord;
    }
    return w;
}

Numeral toNumeral(const Whole &w, qsizetype start)
{
    Numeral m;
    m.start = start;
    m.end = w.end;
    m.value = w.value;
    m.multiplier = w.multiplier;
    m.multiplierStart = w.multiplierStart;
    m.multiplierText = w.multiplierText;
    m.chinese = w.chinese;
    m.arabic = w.arabic;
    m.bareDigits = w.bare;
    m.fraction = w.fraction;
    m.integer = w.integer;
    m.leadingZero = w.leadingZero;
    m.digitCount = w.digits;
    return m;
}

} // namespace

std::optional<Numeral> matchAt(QStringView t, qsizetype pos)
{
    const qsizetype n = t.size();
    if (pos >= n)
        return std::nullopt;
    if (isLatinLetter(t[pos])) {
        // minus five, negative one
        for (const char *sign : {"minus ", "negative "}) {
            const QLatin1String word(sign);
            if (pos + word.size() < n && t.mid(pos, word.size()).compare(word, Qt::CaseInsensitive) == 0) {
                const qsizetype s = skipSpaces(t, pos + word.size(), 3);
                if (auto m = matchAt(t, s); m && !m->dotted && !m->bareDigits && m->value >= 0) {
                    m->start = pos;
                    m->value = -m->value;
                    return m;
                }
                return std::nullopt;
            }
        }
        const auto e = readEnglish(t, pos);
        if (!e)
            return std::nullopt;
        return toNumeral(*e, pos);
    }
    qsizetype p = pos;
    bool negative = false;
    if (isSign(t[p])) {
        if (p + 1 >= n || isSign(t[p + 1]) || !canStartNumeral(t[p + 1]) || isLatinLetter(t[p + 1]))
            return std::nullopt;
        negative = true;
        ++p;
    }
    auto w = readSimple(t, p, negative);
    if (!w)
        return std::nullopt;
    Numeral m = toNumeral(*w, pos);
    if (w->dotted || w->bare) {
        m.dotted = w->dotted;
        return m;
    }
    if (!w->fraction) {
        const double whole = std::abs(w->value);
        const double sign = negative ? -1 : 1;
        // 三百五又三分之一: a whole number and a fraction
        qsizetype q = skipSpaces(t, w->end, 3);
        if (q < n && t[q] == u'又') {
            const auto f = readSimple(t, skipSpaces(t, q + 1, 3), false);
            if (f && f->fraction) {
                m.value = sign * (whole + f->value);
                m.end = f->end;
                m.fraction = true;
                m.integer = false;
                m.multiplier = 1;
                m.multiplierStart = -1;
                m.multiplierText.clear();
                m.chinese = m.chinese || f->chinese;
                return m;
            }
        }
        // 1 3/5: a whole number, one space, a fraction in digits
        if (w->arabic && !w->chinese && w->integer && w->multiplierStart < 0 && w->end + 1 < n
            && t[w->end] == u' ' && arabicDigit(t[w->end + 1]) >= 0) {
            const auto f = readSimple(t, w->end + 1, false);
            if (f && f->fraction && f->arabic && !f->chinese) {
                m.value = sign * (whole + f->value);
                m.end = f->end;
                m.fraction = true;
                m.integer = false;
                return m;
            }
        }
        // 1.3 trillion, 62 million, 1.5bn
        if (w->arabic && !w->chinese && w->multiplierStart < 0 && !w->suffixed) {
            const qsizetype s = (w->end < n && t[w->end] == u' ') ? w->end + 1 : w->end;
            const qsizetype we = wordEnd(t, s);
            if (we > s) {
                bool scale = false;
                const double k = englishWord(t.mid(s, we - s), &scale);
                if (scale && (k > 100 || s > w->end) && (s > w->end || t.mid(s, we - s).size() <= 2)) {
                    m.multiplier = k;
                    m.multiplierStart = s;
                    m.multiplierText = t.mid(s, we - s).toString().toLower();
                    m.value *= k;
                    m.end = we;
                }
            }
        }
    }
    return m;
}

} // namespace numerals

std::optional<double> parseNumeral(QStringView numeral)
{
    qsizetype b = 0, e = numeral.size();
    while (b < e && numerals::isSpace(numeral[b]))
        ++b;
    while (e > b && numerals::isSpace(numeral[e - 1]))
        --e;
    if (b == e)
        return std::nullopt;
    const auto m = numerals::matchAt(numeral, b);
    if (!m || m->end != e || m->bareDigits || m->dotted)
        return std::nullopt;
    return m->value;
}

} // namespace cs::extract
