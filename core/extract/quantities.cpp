// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/quantities.h"
#include "extract/numerals.h"
#include "extract/quantity_scan.h"
#include "extract/unit_words.h"
#include "model/unit.h"

#include <QHash>
#include <QMultiHash>
#include <cmath>

namespace cs::extract {

using namespace numerals;
namespace uw = unitwords;

namespace scan {

qsizetype skipSpaces(QStringView t, qsizetype p, int most)
{
    int n = 0;
    while (p < t.size() && n < most && isSpace(t[p])) {
        ++p;
        ++n;
    }
    return p;
}

qsizetype matchWord(QStringView t, qsizetype p, QStringView word, bool *more)
{
    const bool latin = !word.isEmpty() && word[0].unicode() < 0x80 && word[0].isLetter();
    qsizetype q = p;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (k > 0)
            q = skipSpaces(t, q, 3);
        if (word[k] == u' ')
            continue;
        if (q >= t.size())
            return -1;
        const QChar a = uw::fold(t[q]);
        const QChar b = uw::fold(word[k]);
        if (a != b && !(latin && a.toLower() == b.toLower()))
            return -1;
        ++q;
        // 3个多月, 两个多小时: a 多/余 after a leading 个 is a qualifier inside the unit
        if (more && k == 0 && b == u'个' && word.size() > 1) {
            const qsizetype r = skipSpaces(t, q, 3);
            if (r < t.size() && (t[r] == u'多' || t[r] == u'余')) {
                *more = true;
                q = r + 1;
            }
        }
    }
    if (latin && q < t.size() && isLatinLetter(t[q]))
        return -1; // "m" must not match the start of "more"
    return q;
}

UnitMatch longestUnit(QStringView t, qsizetype p)
{
    UnitMatch best;
    if (p >= t.size())
        return best;
    // The table by first character (folded, lower-case), built once.
    static const QMultiHash<char16_t, const uw::UnitWord *> byFirst = [] {
        QMultiHash<char16_t, const uw::UnitWord *> h;
        for (const uw::UnitWord &w : uw::unitWords())
            h.insert(uw::fold(w.text[0]).toLower().unicode(), &w);
        return h;
    }();
    for (auto it = byFirst.constFind(uw::fold(t[p]).toLower().unicode()); it != byFirst.cend() && it.key() == uw::fold(t[p]).toLower().unicode(); ++it) {
        const uw::UnitWord &w = **it;
        bool more = false;
        const qsizetype e = matchWord(t, p, w.text, &more);
        if (e > best.end) {
            best.end = e;
            best.word = &w;
            best.more = more;
        }
    }
    return best;
}

static QString resolveUnitIdSlow(const QString &unitText, const char *hint, double multiplier, double *scale);

namespace {
struct Resolved {
    QString id;
    double scale = 1;
};

Resolved resolveUncached(const QString &unitText, const char *hint, double multiplier);

// Every table word, alone and after each multiplier, resolved once: units::fromText() is too slow
// to call for each of the hundreds of numbers in an article.
const QHash<QString, Resolved> &resolvedTable()
{
    static const QHash<QString, Resolved> table = [] {
        QHash<QString, Resolved> h;
        QList<uw::Multiplier> mults = uw::multipliers();
        mults.prepend({u"", 1});
        for (const uw::UnitWord &w : uw::unitWords()) {
            const bool latin = w.text[0].unicode() < 0x80 && w.text[0].isLetter();
            if (latin)
                continue;
            for (const uw::Multiplier &m : mults) {
                QString text = m.text.toString();
                for (QChar c : w.text)
                    text += uw::fold(c);
                h.insert(QString::number(int(m.scale == 1 ? 0 : std::log10(m.scale))) + QLatin1Char('|') + QString::fromLatin1(w.unitId) + QLatin1Char('|') + text,
                         resolveUncached(text, w.unitId, m.scale));
            }
        }
        return h;
    }();
    return table;
}
} // namespace

QString resolveUnitId(const QString &unitText, const char *hint, double multiplier, double *scale)
{
    const QString key = QString::number(int(multiplier == 1 ? 0 : std::log10(multiplier))) + QLatin1Char('|')
        + QString::fromLatin1(hint) + QLatin1Char('|') + unitText;
    const auto &table = resolvedTable();
    if (const auto it = table.constFind(key); it != table.cend()) {
        *scale = it->scale;
        return it->id;
    }
    const Resolved r = resolveUncached(unitText, hint, multiplier);
    *scale = r.scale;
    return r.id;
}

namespace {
Resolved resolveUncached(const QString &unitText, const char *hint, double multiplier)
{
    Resolved r;
    r.id = resolveUnitIdSlow(unitText, hint, multiplier, &r.scale);
    return r;
}
} // namespace

static QString resolveUnitIdSlow(const QString &unitText, const char *hint, double multiplier, double *scale)
{
    if (const Unit *u = units::fromText(unitText)) {
        *scale = u->scale;
        return u->id;
    }
    if (hint && *hint) {
        QString id = QString::fromLatin1(hint);
        if (multiplier == 1e4)
            id.prepend(QLatin1String("wan-"));
        else if (multiplier == 1e8)
            id.prepend(QLatin1String("yi-"));
        else if (multiplier == 1e12)
            id.prepend(QLatin1String("wanyi-"));
        else if (multiplier != 1)
            id.clear();
        if (const Unit *u = id.isEmpty() ? nullptr : units::find(id)) {
            *scale = u->scale;
            return u->id;
        }
    }
    *scale = multiplier;
    return units::customUnitId(unitText);
}

QString normalisedText(QStringView t, qsizetype b, qsizetype e)
{
    QString s;
    for (qsizetype i = b; i < e; ++i) {
        if (isSpace(t[i])) {
            if (!s.isEmpty() && s.back().unicode() < 0x80 && s.back().isLetter() && i + 1 < e && t[i + 1].unicode() < 0x80)
                s += QLatin1Char(' ');
            continue;
        }
        QChar c = uw::fold(t[i]);
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        s += c;
    }
    return s;
}

bool isClauseStart(QStringView t, qsizetype p)
{
    qsizetype i = p - 1;
    while (i >= 0 && (t[i] == u' ' || t[i] == u'\t' || t[i] == u'\u3000'))
        --i;
    if (i < 0)
        return true;
    static const QStringView breaks = u"\n\r。；;：:！？!?";
    return breaks.contains(t[i]);
}

bool nonNumberWordAt(QStringView t, qsizetype pos)
{
    if (pos > 0 && t[pos - 1] == u'第')
        return false; // 第一批 is an ordinal
    const QChar c = t[pos];
    for (QStringView w : uw::nonNumberWords()) {
        for (qsizetype k = 0; k < w.size(); ++k) {
            if (w[k] != c)
                continue;
            const qsizetype b = pos - k;
            if (b >= 0 && b + w.size() <= t.size() && t.mid(b, w.size()) == w)
                return true;
        }
    }
    return false;
}

bool durationWordBefore(QStringView t, qsizetype pos)
{
    qsizetype e = pos;
    while (e > 0 && isSpace(t[e - 1]))
        --e;
    for (QStringView w : uw::durationWords()) {
        if (e >= w.size() && t.mid(e - w.size(), w.size()) == w)
            return true;
    }
    return false;
}

} // namespace scan

namespace {

using namespace scan;

bool isDigitAt(QStringView t, qsizetype i) { return i >= 0 && i < t.size() && arabicDigit(t[i]) >= 0; }

// Digits joined by - / : into a code: a date, a phone number, a time of day.
bool inDigitCode(QStringView t, const Numeral &m)
{
    if (!m.arabic || m.chinese)
        return false;
    auto isJoin = [](QChar c) { return c == u'-' || c == u'/' || c == u':' || c == u'：' || c == u'－' || c == u'／'; };
    qsizetype b = m.start, e = m.end;
    if (b < t.size() && isSign(t[b]))
        ++b;
    int groups = 1;
    bool colon = false, longGroup = m.digitCount >= 7, zero = m.leadingZero;
    auto groupAt = [&](qsizetype s, qsizetype dir) {
        // walk one group of digits from s in direction dir; returns its length
        qsizetype i = s, len = 0;
        while (isDigitAt(t, i)) {
            ++len;
            i += dir;
        }
        return len;
    };
    for (qsizetype i = b - 1; i > 0 && isJoin(t[i]) && isDigitAt(t, i - 1);) {
        colon = colon || t[i] == u':' || t[i] == u'：';
        const qsizetype len = groupAt(i - 1, -1);
        longGroup = longGroup || len >= 7;
        zero = zero || (len > 1 && t[i - len] == u'0');
        ++groups;
        i -= len + 1;
    }
    for (qsizetype i = e; i + 1 < t.size() && isJoin(t[i]) && isDigitAt(t, i + 1);) {
        colon = colon || t[i] == u':' || t[i] == u'：';
        const qsizetype len = groupAt(i + 1, 1);
        longGroup = longGroup || len >= 7;
        zero = zero || (len > 1 && t[i + 1] == u'0');
        ++groups;
        i += len + 1;
    }
    if (groups == 1)
        return false;
    return colon || groups >= 3 || longGroup || zero;
}

// A year opening a span of years: 2019-2023年, 2019 至 2023 年.
bool yearRangeAt(QStringView t, const Numeral &m)
{
    if (!m.arabic || m.chinese || !m.integer || m.digitCount != 4 || m.value < 1000 || m.value > 2200)
        return false;
    qsizetype p = scan::skipSpaces(t, m.end, 2);
    static const QStringView separators = u"-－—~～至到";
    if (p >= t.size() || !separators.contains(t[p]))
        return false;
    p = scan::skipSpaces(t, p + 1, 2);
    int digits = 0;
    while (p < t.size() && arabicDigit(t[p]) >= 0) {
        ++digits;
        ++p;
    }
    p = scan::skipSpaces(t, p, 2);
    return digits == 4 && p < t.size() && t[p] == u'年';
}

NumberRole roleOf(QStringView t, const Numeral &m, qsizetype unitEnd)
{
    const qsizetype b = m.start;
    // 第五批, 第 3 季度; 第600万辆 is a figure
    const qsizetype before = [&] {
        qsizetype i = b - 1;
        while (i >= 0 && isSpace(t[i]) && b - i <= 2)
            --i;
        return i;
    }();
    if (before >= 0 && t[before] == u'第')
        return std::abs(m.value) < 10000 ? NumberRole::Ordinal : NumberRole::Figure;
    // glued to Latin letters or digits: X9, G20, 5G, H1N1, COVID-19
    if (b > 0 && (isLatinLetter(t[b - 1]) || (t[b - 1] == u'-' && b > 1 && isLatinLetter(t[b - 2]))))
        return NumberRole::Code;
    if (unitEnd == m.end && m.end < t.size() && isLatinLetter(t[m.end]))
        return NumberRole::Code;
    if (m.arabic && !m.chinese && m.integer && m.multiplierStart < 0) {
        if (m.leadingZero || (m.digitCount == 11 && t[isSign(t[b]) ? b + 1 : b] == u'1'))
            return NumberRole::Code; // 0755…, 13812345678
    }
    if (inDigitCode(t, m))
        return NumberRole::Code;
    if (yearRangeAt(t, m))
        return NumberRole::Code; // 2019-2023年: years, the period layer's
    // 1. / 一、 / （一） / 图一 opening a line or clause
    if (b > 0 && (t[b - 1] == u'图' || t[b - 1] == u'表'))
        return NumberRole::ListNumber;
    const QChar after = m.end < t.size() ? t[m.end] : QChar();
    const bool afterIsDot = (after == u'.' || after == u'．') && !isDigitAt(t, m.end + 1);
    if (unitEnd == m.end && isClauseStart(t, b) && (afterIsDot || after == u'、' || after == u')' || after == u'）'))
        return NumberRole::ListNumber;
    if (b > 0 && (t[b - 1] == u'（' || t[b - 1] == u'(') && (after == u'）' || after == u')') && isClauseStart(t, b - 1))
        return NumberRole::ListNumber;
    return NumberRole::Figure;
}

bool isMoreWord(QChar c) { return c == u'多' || c == u'余' || c == u'餘' || c == u'几' || c == u'幾'; }

// 123元1角1分: tenths (角) and hundredths (分) of a yuan after 元. Returns the new end.
qsizetype addChange(QStringView t, qsizetype p, double *value)
{
    qsizetype end = p;
    double fraction = 0;
    for (const auto &[word, scale] : {std::pair<QChar, double>{u'角', 0.1}, std::pair<QChar, double>{u'分', 0.01}}) {
        if (end >= t.size())
            break;
        const int d = arabicDigit(t[end]) >= 0 ? arabicDigit(t[end]) : chineseDigit(t[end]);
        if (d < 0 || end + 1 >= t.size() || t[end + 1] != word || (end + 2 < t.size() && t[end + 2] == u'之'))
            continue;
        fraction += d * scale;
        end += 2;
    }
    *value += fraction;
    return end;
}

// 港币两千九百六十元: the amount is in the currency named before it.
void currencyNamedBefore(QStringView t, qsizetype start, Quantity *q)
{
    qsizetype e = start;
    for (int i = 0; i < 2 && e > 0 && isSpace(t[e - 1]); ++i)
        --e;
    for (const uw::CurrencySymbol &c : uw::currencyNamesBefore()) {
        if (e < c.text.size() || t.mid(e - c.text.size(), c.text.size()) != c.text)
            continue;
        if (c.currency == QLatin1String("CNY"))
            return;
        q->currency = QString::fromLatin1(c.currency);
        q->unitText = c.text.toString() + q->unitText;
        double scale = q->unitScale;
        q->unitId = resolveUnitId(q->unitText, "", scale, &q->unitScale);
        return;
    }
}

// The quantity a numeral makes with what follows it.
Quantity quantityFrom(QStringView t, const Numeral &m)
{
    const qsizetype n = t.size();
    Quantity q;
    q.start = q.numberStart = m.start;
    q.numberEnd = q.end = m.end;
    q.numeralValue = m.value;
    double multiplier = m.multiplierStart >= 0 ? m.multiplier : 1;
    QString multText = m.multiplierText;
    double head = m.value / multiplier;

    qsizetype p = skipSpaces(t, m.end, 4);
    // 500多家, 2000余人, 十几个, 13000+
    if (p < n && isMoreWord(t[p]) && !m.fraction && (t[p] != u'几' && t[p] != u'幾' ? true : std::fmod(head, 10) == 0)) {
        q.inner = Qualifier::MoreThan;
        q.end = p + 1;
        p = skipSpaces(t, p + 1, 4);
    } else if (p < n && (t[p] == u'+' || t[p] == u'＋') && p == m.end) {
        const qsizetype r = skipSpaces(t, p + 1, 2);
        if (r >= n || !(arabicDigit(t[r]) >= 0 || chineseDigit(t[r]) >= 0)) {
            q.inner = Qualifier::MoreThan;
            q.end = p + 1;
            p = skipSpaces(t, p + 1, 4);
        }
    }
    // 十多万, 500余万: a multiplier after the qualifier
    if (multiplier == 1 && !m.fraction && q.inner != Qualifier::Exact) {
        qsizetype best = -1;
        for (const uw::Multiplier &mu : uw::multipliers()) {
            const qsizetype e = matchWord(t, p, mu.text, nullptr);
            if (e > best) {
                best = e;
                multiplier = mu.scale;
                multText = mu.text.toString();
            }
        }
        if (best > 0) {
            q.end = best;
            p = skipSpaces(t, best, 4);
        }
    }
    const UnitMatch u = longestUnit(t, p);
    const uw::UnitWord *w = u.word;
    bool dateish = false;
    if (w && w->kind == QuantityKind::Duration && (w->text == u"年" || w->text == u"月")) {
        const bool year = w->text == u"年";
        const bool moreAfter = u.end < n && (isMoreWord(t[u.end]) || t[u.end] == u'半');
        if (year) {
            const bool calendarYear = m.integer && !m.chinese && multiplier == 1 && q.inner == Qualifier::Exact
                && ((head >= 1000 && head <= 2200) || m.leadingZero);
            dateish = calendarYear;
        } else {
            dateish = !(durationWordBefore(t, m.start) || q.inner != Qualifier::Exact || moreAfter);
        }
        if (!dateish && moreAfter && q.inner == Qualifier::Exact)
            q.inner = Qualifier::MoreThan;
    }
    if (dateish) {
        q.value = m.value;
        q.role = NumberRole::Code; // a date: the period layer reads it
        return q;
    }
    if (w) {
        const bool ratio = w->kind == QuantityKind::Percent || w->kind == QuantityKind::Permille
            || w->kind == QuantityKind::PercentagePoint;
        if (ratio) { // 七十五万个百分点: the multiplier is part of the value
            head = m.value;
            multiplier = 1;
            multText.clear();
        }
        QString unitText = normalisedText(t, p, u.end);
        unitText.remove(u'多');
        unitText.remove(u'余');
        const bool latin = !unitText.isEmpty() && unitText[0].unicode() < 0x80 && unitText[0].isLetter();
        if (!multText.isEmpty())
            unitText = latin ? multText + QLatin1Char(' ') + unitText : multText + unitText;
        q.unitText = unitText;
        q.kind = w->kind;
        q.currency = QString::fromLatin1(w->currency);
        q.unitId = resolveUnitId(unitText, w->unitId, multiplier, &q.unitScale);
        if (w->kind == QuantityKind::Permille && q.unitId.startsWith(QLatin1String("custom:")))
            q.unitScale = 1;
        if (u.more)
            q.inner = Qualifier::MoreThan;
        q.end = u.end;
        if (q.currency == QLatin1String("CNY") && unitText.endsWith(u'元')) {
            currencyNamedBefore(t, m.start, &q);
            // 三万元欧元: a second currency word names the currency
            const UnitMatch second = longestUnit(t, q.end);
            if (second.word && second.word->kind == QuantityKind::Currency && *second.word->currency
                && QLatin1String(second.word->currency) != QLatin1String("CNY")) {
                q.currency = QString::fromLatin1(second.word->currency);
                q.unitText = multText + normalisedText(t, q.end, second.end);
                q.unitId = resolveUnitId(q.unitText, second.word->unitId, multiplier, &q.unitScale);
                q.end = second.end;
            }
        }
        if (w->kind == QuantityKind::Duration && u.end < n && isMoreWord(t[u.end]) && t[u.end] != u'几') {
            q.inner = Qualifier::MoreThan; // 3 年多时间: the span still ends at the unit
        }
        q.value = head;
        if (unitText == u"元" && m.integer)
            q.end = addChange(t, q.end, &q.value); // 123元1角1分
    } else if (m.end < n && t[m.end] == u'大' && m.integer && !m.fraction && head >= 1 && head <= 20
               && multiplier == 1 && q.inner == Qualifier::Exact) {
        // 8大未来产业, 十大工程: N大 counts N things
        static const QStringView notCount = u"于约概幅都多部量型小学会致";
        if (m.end + 1 < n && !notCount.contains(t[m.end + 1]) && !isSpace(t[m.end + 1])) {
            q.kind = QuantityKind::Count; // unit 个, written 大
            q.unitText = QStringLiteral("大");
            q.unitId = resolveUnitId(QStringLiteral("个"), "", 1, &q.unitScale);
            q.end = m.end + 1;
        }
        q.value = head;
    } else {
        if (multiplier != 1) {
            q.unitText = multText;
            q.unitScale = multiplier;
        }
        q.value = head;
        if (p < n && (t[p] == u'日' || t[p] == u'号' || t[p] == u'时' || t[p] == u'點' || t[p] == u'点'))
            q.role = NumberRole::Code; // 16日, 20点: a date or a time
    }
    if (q.role == NumberRole::Figure)
        q.role = roleOf(t, m, q.end == m.end ? m.end : q.end);
    return q;
}

// 百分之八点三, 千分之2.4, 万分之三, 百分之百
std::optional<Quantity> ratioAt(QStringView t, qsizetype pos)
{
    for (const uw::RatioPrefix &r : uw::ratioPrefixes()) {
        const qsizetype e = matchWord(t, pos, r.text, nullptr);
        if (e < 0)
            continue;
        const qsizetype s = skipSpaces(t, e, 3);
        std::optional<Numeral> m = s < t.size() ? matchAt(t, s) : std::nullopt;
        if (!m && s < t.size() && uw::fold(t[s]) == u'百') { // 百分之百
            Numeral h;
            h.start = s;
            h.end = s + 1;
            h.value = 100;
            h.chinese = true;
            m = h;
        }
        if (!m || m->bareDigits || m->dotted || m->fraction)
            return std::nullopt;
        Quantity q;
        q.start = pos;
        q.numberStart = m->start;
        q.numberEnd = q.end = m->end;
        q.numeralValue = m->value;
        q.value = m->value * r.factor;
        q.kind = r.kind;
        q.unitText = r.kind == QuantityKind::Permille ? QStringLiteral("‰") : QStringLiteral("%");
        q.unitId = resolveUnitId(q.unitText, r.kind == QuantityKind::Percent ? "percent" : "", 1, &q.unitScale);
        q.unitScale = 1;
        return q;
    }
    return std::nullopt;
}

// US$1.5 billion, $20, ￥300
std::optional<Quantity> symbolAt(QStringView t, qsizetype pos)
{
    static const QStringView firsts = u"U$H＄￥¥R€£￡EGC";
    if (!firsts.contains(t[pos]))
        return std::nullopt;
    for (const uw::CurrencySymbol &c : uw::currencySymbols()) {
        if (pos + c.text.size() > t.size() || t.mid(pos, c.text.size()) != c.text)
            continue;
        if (c.text[0].isLetter() && pos > 0 && isLatinLetter(t[pos - 1]))
            continue;
        const qsizetype s = skipSpaces(t, pos + c.text.size(), 1);
        if (s >= t.size() || arabicDigit(t[s]) < 0)
            continue;
        const auto m = matchAt(t, s);
        if (!m || m->dotted || m->bareDigits)
            continue;
        Quantity q;
        q.start = pos;
        q.numberStart = s;
        q.numberEnd = q.end = m->end;
        q.numeralValue = m->value;
        const double multiplier = m->multiplierStart >= 0 ? m->multiplier : 1;
        q.value = m->value / multiplier;
        q.kind = QuantityKind::Currency;
        q.currency = QString::fromLatin1(c.currency);
        const QString symbol = normalisedText(t, pos, pos + c.text.size());
        q.unitText = m->multiplierText.isEmpty() ? symbol : symbol + QLatin1Char(' ') + m->multiplierText;
        q.unitId = resolveUnitId(q.unitText, c.unitId, multiplier, &q.unitScale);
        return q;
    }
    return std::nullopt;
}

// 百, 千, 万 with no digit after 近/上/超/逾: one hundred, thousand, ten thousand (近百家 ≈ 100 家).
std::optional<Numeral> roundUnitAt(QStringView t, qsizetype pos)
{
    static const QStringView before = u"近上超逾破过约达";
    if (pos == 0 || !before.contains(t[pos - 1]))
        return std::nullopt;
    const QString withOne = QStringLiteral("一") + t.mid(pos, std::min<qsizetype>(16, t.size() - pos)).toString();
    auto m = matchAt(withOne, 0);
    if (!m || m->bareDigits || m->fraction || m->end <= 1)
        return std::nullopt;
    m->start = pos;
    m->end += pos - 1;
    if (m->multiplierStart >= 0)
        m->multiplierStart += pos - 1;
    return m;
}

// 一个智能化的工厂, 的一种设备: 一 as an indefinite article, no count.
bool indefiniteArticleAt(QStringView t, qsizetype pos)
{
    static const QStringView measures = u"个种位家座项批场支条套所款只部";
    if (t[pos] != u'一' || pos + 1 >= t.size() || !measures.contains(t[pos + 1]))
        return false;
    if (pos > 0 && (t[pos - 1] == u'第' || t[pos - 1] == u'另'))
        return false;
    if (pos > 0 && t[pos - 1] == u'的')
        return true; // 的一种设备
    static const QStringView stops = u"，。；：！？,;:!?、“”\"";
    for (qsizetype i = pos + 2, seen = 0; i < t.size() && seen < 12; ++i) {
        if (isSpace(t[i]))
            continue;
        if (stops.contains(t[i]) || arabicDigit(t[i]) >= 0 || chineseDigit(t[i]) >= 0)
            return false;
        if (t[i] == u'的')
            return true; // 一个拥有广阔前景的产业集群
        ++seen;
    }
    return false;
}

} // namespace

QList<Quantity> findQuantities(QStringView t)
{
    QList<Quantity> out;
    const qsizetype n = t.size();
    out.reserve(n / 24 + 4); // statistical prose: about a number every few dozen characters
    qsizetype pos = 0;
    while (pos < n) {
        const QChar c = t[pos];
        const QChar prev = pos > 0 ? t[pos - 1] : QChar();
        if (const auto sym = symbolAt(t, pos)) {
            out.append(*sym);
            pos = sym->end;
            continue;
        }
        if (isLatinLetter(c)) {
            qsizetype e = pos;
            if (const QStringView rest = t.mid(pos); rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                || rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) || rest.startsWith(QLatin1String("www."), Qt::CaseInsensitive)) {
                while (e < n && !isSpace(t[e]) && t[e].unicode() < 0x80)
                    ++e; // an address: its digits are no numbers
                pos = e;
                continue;
            }
            while (e < n && isLatinLetter(t[e]))
                ++e;
            if (!isLatinLetter(prev) && arabicDigit(prev) < 0) {
                if (const auto m = matchAt(t, pos)) {
                    out.append(quantityFrom(t, *m));
                    pos = std::max(out.last().end, pos + 1);
                    continue;
                }
            }
            pos = e;
            continue;
        }
        if (chineseBigUnit(c) > 0 || chineseSmallUnit(c) > 0) {
            if (const auto r = ratioAt(t, pos)) {
                out.append(*r);
                pos = r->end;
                continue;
            }
        }
        if (!canStartNumeral(c) && chineseBigUnit(c) == 0) {
            ++pos;
            continue;
        }
        // a sign only after a separator: "5-20%" is a range, "－－9" has no sign
        if ((c == u'-' || c == u'－') && (arabicDigit(prev) >= 0 || isLatinLetter(prev) || isSign(prev) || prev == u')')) {
            ++pos;
            continue;
        }
        if ((c == u'.' || c == u'．') && (arabicDigit(prev) >= 0 || prev == u'.' || prev == u'．')) {
            ++pos;
            continue;
        }
        auto m = matchAt(t, pos);
        if (!m && (chineseSmallUnit(c) >= 100 || (chineseBigUnit(c) > 0 && chineseBigUnit(c) < 1e12))) {
            m = roundUnitAt(t, pos); // 近百家, 超千亿元, 上万人
        }
        if (!m) {
            ++pos;
            continue;
        }
        if (m->bareDigits) { // 九九, 二〇二三: no number here
            pos = m->end;
            continue;
        }
        if (m->dotted) { // 2222.2222.22222.222: each group is a code
            qsizetype i = pos;
            if (isSign(t[i]))
                ++i;
            while (i < n && arabicDigit(t[i]) >= 0) {
                Quantity q;
                q.start = q.numberStart = i;
                QString digits;
                while (i < n && arabicDigit(t[i]) >= 0)
                    digits += QChar(u'0' + arabicDigit(t[i++]));
                q.end = q.numberEnd = i;
                q.value = q.numeralValue = digits.toDouble();
                q.role = NumberRole::Code;
                out.append(q);
                if (i + 1 < n && (t[i] == u'.' || t[i] == u'．') && arabicDigit(t[i + 1]) >= 0)
                    ++i;
                else
                    break;
            }
            pos = i;
            continue;
        }
        if (m->end - m->start == 1 && m->chinese && (nonNumberWordAt(t, pos) || indefiniteArticleAt(t, pos))) {
            ++pos;
            continue;
        }
        out.append(quantityFrom(t, *m));
        pos = std::max(out.last().end, pos + 1);
    }
    return out;
}

} // namespace cs::extract
