// SPDX-License-Identifier: GPL-3.0-or-later
// Chinese period phrases: 2019年, 2023年前三季度, 1—9月, 上半年, 三季度末, 截至9月底, 11月24日, 今年,
// 去年同期, 目前, "十四五". Spaces and line breaks inside a phrase (text from PDFs) are read through.
#include "extract/period_phrases_scan.h"

#include <optional>
#include <vector>

namespace cs::extract::detail {

namespace {

using Kind = PeriodPhraseKind;

struct Word {
    const char16_t *text;
    int value;
};

// --- the words, longest first where one begins another ---
const Word kSamePeriod[] = {{u"上年同期", 0}, {u"去年同期", 0}, {u"上年同月", 0}, {u"同期", 0}};
const Word kCurrent[] = {{u"截至目前", 0}, {u"截止目前", 0}, {u"截至发稿", 0}, {u"截止发稿", 0}, {u"目前", 0},
                         {u"如今", 0},     {u"当前", 0},     {u"现在", 0},     {u"近日", 0},     {u"眼下", 0},
                         {u"当下", 0}};
const Word kRelativeDay[] = {{u"大大前天", -4}, {u"大大后天", 4}, {u"大前天", -3}, {u"大后天", 3}, {u"前天", -2}, {u"昨天", -1}, {u"昨日", -1},
                             {u"今天", 0},    {u"今日", 0},   {u"本日", 0},  {u"当日", 0},  {u"明天", 1},
                             {u"明日", 1},    {u"后天", 2}};
const Word kRelativeQuarter[] = {{u"本季度", 0},     {u"当季", 0},       {u"上个季度", -1}, {u"上一季度", -1},
                                 {u"上一个季度", -1}, {u"上季度", -1},    {u"下个季度", 1},  {u"下一季度", 1},
                                 {u"下季度", 1}};
const Word kRelativeMonth[] = {{u"本月", 0},    {u"当月", 0},      {u"这个月", 0},     {u"上一个月", -1},
                               {u"上个月", -1}, {u"上月", -1},      {u"下一个月", 1},   {u"下个月", 1},
                               {u"下月", 1},    {u"次月", 1},       {u"同月", 0}};
const Word kRelativeYear[] = {{u"大前年", -3}, {u"前年", -2}, {u"去年", -1}, {u"上一年", -1}, {u"上年", -1},
                              {u"今年", 0},    {u"本年", 0},  {u"这一年", 0}, {u"当年", 0},   {u"明年", 1},
                              {u"来年", 1},    {u"次年", 1},  {u"下一年", 1}, {u"后年", 2}};
const char16_t *const kAsOf[] = {u"截至到", u"截止到", u"截至", u"截止"};
const char16_t *const kPointSuffix[] = {u"末期", u"末", u"底"}; // 三季度末, 6月底: the end of the period
const char16_t *const kVagueSuffix[] = {u"初", u"伊始", u"中旬"};  // 年初: no period of the model
// 现在 in 表现在, 体现在 is not "now".
const char16_t kNotBeforeNow[] = u"表体出实展呈发显";

const char16_t kZhDigits[] = u"〇零○一二三四五六七八九";

int zhDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇': case u'零': case u'○': return 0;
    case u'一': return 1;
    case u'二': case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

bool isZhNumeral(QChar c) { return zhDigit(c) >= 0 || c == u'十' || c == u'百'; }
bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

// The text without spaces and line breaks, full-width digits and signs made ASCII, with the
// offset of every character in the original and whether a space stood before it.
struct Compact {
    QString s;
    std::vector<qsizetype> pos;
    std::vector<char> gap;

    explicit Compact(QStringView text)
    {
        s.reserve(text.size());
        pos.reserve(text.size() + 1);
        gap.reserve(text.size() + 1);
        bool space = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            QChar c = text[i];
            if (c.isSpace()) {
                space = true;
                continue;
            }
            const char16_t u = c.unicode();
            if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
                c = QChar(char16_t(u - 0xFEE0));
            else if (u == 0x301C || u == 0x2013)
                c = u == 0x301C ? QChar(u'~') : QChar(u'-');
            s.append(c);
            pos.push_back(i);
            gap.push_back(space);
            space = false;
        }
        pos.push_back(text.size());
        gap.push_back(space);
    }
    int size() const { return int(s.size()); }
};

struct Hit {
    Proto p;
    int end = 0; // in the compact text
};

class Scanner
{
public:
    Scanner(const Compact &c, const ScanContext &ctx) : m_c(c), m_s(c.s), m_n(c.size()), m_ctx(ctx) {}

    QList<PeriodPhrase> run()
    {
        QList<PeriodPhrase> out;
        int i = 0;
        while (i < m_n) {
            if (!isTrigger(m_s[i])) {
                ++i;
                continue;
            }
            if (std::optional<Hit> h = phraseAt(i)) {
                out.append(finish(h->p, m_c.pos[i], m_c.pos[h->end - 1] + 1, m_ctx));
                i = h->end;
                m_lastDate = h->p.kind == Kind::Date ? std::optional<Proto>(h->p) : std::nullopt;
                m_lastEnd = i;
            } else {
                ++i;
            }
        }
        return out;
    }

private:
    const Compact &m_c;
    const QString &m_s;
    const int m_n;
    const char16_t *m_data = reinterpret_cast<const char16_t *>(m_s.utf16());
    const ScanContext &m_ctx;
    // The date just found, for a list of days after it: 11月24日、25日.
    std::optional<Proto> m_lastDate;
    int m_lastEnd = -1;

    // Does the day at i continue a list after the last date (only 、，, 和 及 between)?
    const Proto *listHead(int i) const
    {
        if (!m_lastDate)
            return nullptr;
        for (int k = m_lastEnd; k < i; ++k) {
            const QChar c = m_s[k];
            if (c != u'、' && c != u'，' && c != u',' && c != u'和' && c != u'及' && c != u'与')
                return nullptr;
        }
        return &*m_lastDate;
    }

    QChar at(int i) const { return i >= 0 && i < m_n ? m_s[i] : QChar(); }
    // Does the word w stand at i? (A plain loop: this runs for every candidate position.)
    bool lit(int i, const char16_t *w) const { return litLen(i, w) > 0; }
    int litLen(int i, const char16_t *w) const
    {
        int k = 0;
        for (; w[k]; ++k) {
            if (i + k >= m_n || m_data[i + k] != w[k])
                return 0;
        }
        return k;
    }
    static int len(const char16_t *w)
    {
        int k = 0;
        while (w[k])
            ++k;
        return k;
    }
    template<size_t N>
    const Word *word(int i, const Word (&table)[N]) const
    {
        for (const Word &w : table) {
            if (lit(i, w.text))
                return &w;
        }
        return nullptr;
    }

    static bool isTrigger(QChar c)
    {
        static const char16_t triggers[] = u"0123456789Q〇零○一二两三四五六七八九十"
                                           u"上去同目截如当现近眼大前后昨今本明这来次下首第全年";
        const char16_t u = c.unicode();
        if (u < 0x80)
            return (u >= u'0' && u <= u'9') || u == u'Q' || u == u'q';
        for (const char16_t *t = triggers; *t; ++t) {
            if (*t == u)
                return true;
        }
        return false;
    }

    // May a number start at i (not inside another number or a word of Latin letters)?
    bool numberStartsAt(int i) const
    {
        if (i >= m_n)
            return false;
        if (i == 0 || m_c.gap[i])
            return true;
        const QChar p = m_s[i - 1];
        if (isAsciiDigit(m_s[i]))
            return !isAsciiDigit(p) && p != u'.' && !isAsciiLetter(p);
        return !isZhNumeral(p) && !isAsciiDigit(p);
    }

    // A number from 0 to 99 in ASCII digits (not across a space) or Chinese numerals (十二, 二十一).
    int number(int i, int &end, bool allowChinese = true) const
    {
        if (i >= m_n)
            return -1;
        if (isAsciiDigit(m_s[i])) {
            int v = 0, j = i;
            while (j < m_n && isAsciiDigit(m_s[j]) && (j == i || !m_c.gap[j]) && j - i < 3) {
                v = v * 10 + (m_s[j].unicode() - u'0');
                ++j;
            }
            if (j - i > 2 || (j < m_n && isAsciiDigit(m_s[j]) && !m_c.gap[j]))
                return -1;
            end = j;
            return v;
        }
        if (!allowChinese)
            return -1;
        int j = i, v = -1;
        if (m_s[j] == u'十') {
            v = 10;
            ++j;
            if (zhDigit(at(j)) > 0) {
                v += zhDigit(at(j));
                ++j;
            }
        } else if (zhDigit(m_s[j]) > 0) {
            v = zhDigit(m_s[j]);
            ++j;
            if (at(j) == u'十') {
                v *= 10;
                ++j;
                if (zhDigit(at(j)) > 0) {
                    v += zhDigit(at(j));
                    ++j;
                }
            }
        }
        if (v < 0 || isZhNumeral(at(j)))
            return -1;
        end = j;
        return v;
    }

    // A range connector: - ~ 至 到 — (one or more), 一 is not one.
    int connector(int i) const
    {
        if (at(i) == u'起' && (at(i + 1) == u'至' || at(i + 1) == u'到')) // 自…起至…止
            ++i;
        const QChar c = at(i);
        if (c == u'-' || c == u'~' || c == u'至' || c == u'到' || c == u'〜')
            return i + 1;
        if (c == u'—' || c == u'―') {
            int j = i;
            while (at(j) == u'—' || at(j) == u'―')
                ++j;
            return j;
        }
        return -1;
    }

    int pointSuffix(int i) const
    {
        for (const char16_t *w : kPointSuffix) {
            if (int l = litLen(i, w))
                return i + l;
        }
        return -1;
    }
    int vagueSuffix(int i) const
    {
        for (const char16_t *w : kVagueSuffix) {
            if (int l = litLen(i, w))
                return i + l;
        }
        return -1;
    }

    std::optional<Hit> phraseAt(int i) const
    {
        if (const Word *w = word(i, kSamePeriod)) {
            Proto p;
            p.kind = Kind::SamePeriod;
            p.relative = true;
            return Hit{p, i + len(w->text)};
        }
        if (const Word *w = word(i, kCurrent)) {
            if (!(w->text[0] == u'现' && i > 0 && QStringView(kNotBeforeNow).contains(m_s[i - 1]))) {
                Proto p;
                p.kind = Kind::Current;
                p.relative = true;
                if (m_ctx.articleDate.isValid()) {
                    p.gran = Granularity::Month;
                    p.first = p.last = m_ctx.articleDate.month();
                    p.year = m_ctx.articleDate.year();
                }
                return Hit{p, i + len(w->text)};
            }
        }
        for (const char16_t *w : kAsOf) {
            if (int l = litLen(i, w)) {
                if (std::optional<Hit> h = timeAt(i + l)) {
                    if (h->p.kind == Kind::Period)
                        h->p.kind = Kind::PointInTime;
                    return h;
                }
                return std::nullopt;
            }
        }
        // 十三五, 十四五: five-year plans, spans of years the model has no period for.
        if (m_s[i] == u'十' && zhDigit(at(i + 1)) > 0 && at(i + 2) == u'五' && numberStartsAt(i)
            && !isZhNumeral(at(i + 3))) {
            Proto p;
            p.unresolvable = true;
            return Hit{p, i + 3};
        }
        return timeAt(i);
    }

    // A time, possibly a range of two (2017年8月至11月, 1月3至2月10).
    std::optional<Hit> timeAt(int i) const
    {
        std::optional<Hit> a = unitAt(i, nullptr);
        if (a && (lit(a->end, u"以来") || lit(a->end, u"至今"))) {
            a->p.unresolvable = true; // 今年以来, 4月份以来: open up to the article's day
            a->end += 2;
        }
        if (!a || (a->p.kind != Kind::Period && a->p.kind != Kind::Date) || a->p.unresolvable)
            return a;
        const int k = connector(a->end);
        if (k < 0)
            return a;
        std::optional<Hit> b = unitAt(k, &a->p);
        if (!b || (b->p.kind != Kind::Period && b->p.kind != Kind::Date))
            return a;
        Hit r{joinRange(a->p, b->p), b->end};
        return r;
    }

    int resolvedYear(const Proto &p) const { return p.year > 0 ? p.year : (p.implied ? m_ctx.impliedYear() : 0); }

    Proto joinRange(const Proto &a, Proto b) const
    {
        if (b.implied && !a.implied) {
            b.year = a.year;
            b.implied = false;
        }
        Proto r = a;
        r.kind = Kind::Period;
        r.relative = a.relative || b.relative;
        r.implied = a.implied && b.implied;
        if (b.unresolvable || resolvedYear(a) != resolvedYear(b)) {
            r.unresolvable = true; // a span across years
            return r;
        }
        if (a.gran == b.gran && a.gran != Granularity::Day) {
            r.last = b.last;
            if (r.last < r.first)
                r.unresolvable = true;
            return r;
        }
        auto toDays = [](const Proto &p, int &m1, int &d1, int &m2, int &d2) {
            if (p.gran == Granularity::Day) {
                m1 = p.m1; d1 = p.d1; m2 = p.m2 ? p.m2 : p.m1; d2 = p.m2 ? p.d2 : p.d1;
                return true;
            }
            if (p.gran == Granularity::Month) {
                m1 = p.first; d1 = 1; m2 = p.last; d2 = 31;
                return true;
            }
            return false;
        };
        int am1, ad1, am2, ad2, bm1, bd1, bm2, bd2;
        if (!toDays(a, am1, ad1, am2, ad2) || !toDays(b, bm1, bd1, bm2, bd2)) {
            r.unresolvable = true;
            return r;
        }
        const int y = resolvedYear(a) > 0 ? resolvedYear(a) : 2000;
        if (bd2 == 31)
            bd2 = QDate(y, bm2, 1).daysInMonth();
        r.gran = Granularity::Day;
        r.m1 = am1; r.d1 = ad1; r.m2 = bm2; r.d2 = bd2;
        if (QDate(y, r.m2, r.d2) < QDate(y, r.m1, r.d1))
            r.unresolvable = true;
        return r;
    }

    // One time: a relative day, month, quarter or year, a year with or without a part of it,
    // a date, or a part of a year without the year. `rangeStart`: the first end of a range this
    // is the second of (its year and month are in force).
    std::optional<Hit> unitAt(int i, const Proto *rangeStart) const
    {
        if (i >= m_n)
            return std::nullopt;
        const QDate ad = m_ctx.articleDate;
        if (const Word *w = word(i, kRelativeDay)) {
            Proto p;
            p.kind = Kind::Date;
            p.relative = true;
            p.gran = Granularity::Day;
            if (ad.isValid()) {
                const QDate d = ad.addDays(w->value);
                p.year = d.year(); p.m1 = d.month(); p.d1 = d.day();
            } else {
                p.unresolvable = true;
            }
            return Hit{p, i + len(w->text)};
        }
        if (const Word *w = word(i, kRelativeQuarter)) {
            Proto p;
            p.relative = true;
            p.gran = Granularity::Quarter;
            int j = i + len(w->text);
            if (ad.isValid()) {
                int q = (ad.month() - 1) / 3 + w->value, y = ad.year();
                while (q < 0) { q += 4; --y; }
                while (q > 3) { q -= 4; ++y; }
                p.year = y; p.first = p.last = q + 1;
            } else {
                p.unresolvable = true;
            }
            if (int e = pointSuffix(j); e > 0) {
                p.kind = Kind::PointInTime;
                j = e;
            } else if (int e = vagueSuffix(j); e > 0) {
                p.unresolvable = true;
                j = e;
            }
            return Hit{p, j};
        }
        if (const Word *w = word(i, kRelativeMonth)) {
            if (w->text[0] == u'同' && !rangeStart && !isAsciiDigit(at(i + 2)) && !isZhNumeral(at(i + 2)))
                return std::nullopt; // 同月 alone is a comparison base, not a month
            Proto p;
            p.relative = true;
            p.gran = Granularity::Month;
            int j = i + len(w->text);
            if (ad.isValid()) {
                const QDate d = QDate(ad.year(), ad.month(), 1).addMonths(w->value);
                p.year = d.year(); p.first = p.last = d.month();
            } else {
                p.unresolvable = true;
            }
            monthTail(p, j);
            return Hit{p, j};
        }
        if (const Word *w = word(i, kRelativeYear)) {
            if (w->text[0] == u'当' && !rangeStart) // 当年 is "that year" as often as "this year"
                return std::nullopt;
            Proto p;
            p.relative = true;
            if (ad.isValid())
                p.year = ad.year() + w->value;
            else
                p.unresolvable = true;
            return yearTail(p, i + len(w->text));
        }
        if (std::optional<Hit> h = writtenYearAt(i))
            return h;

        // No year written.
        Proto p;
        p.implied = true;
        if (rangeStart) {
            p.year = rangeStart->year;
            p.implied = rangeStart->implied;
            p.relative = rangeStart->relative;
        }
        if (m_s[i] == u'年' && (i == 0 || !isAsciiDigit(m_s[i - 1]) || m_c.gap[i])) {
            if (int l = (lit(i, u"年末") || lit(i, u"年底") || lit(i, u"年终")) ? 2 : 0) {
                p.kind = Kind::PointInTime;
                return Hit{p, i + l};
            }
            return std::nullopt;
        }
        if (lit(i, u"全年")) {
            return Hit{p, i + 2};
        }
        int j = i;
        if (partOfYear(p, j, rangeStart))
            return Hit{p, j};
        return std::nullopt;
    }

    // 2019年, 2023年度, 二〇一九年, 23年三季度, 2023-01-06, 2023/1/6.
    std::optional<Hit> writtenYearAt(int i) const
    {
        if (!numberStartsAt(i))
            return std::nullopt;
        int j = i, y = 0, digits = 0;
        const bool ascii = isAsciiDigit(m_s[i]);
        if (ascii) {
            while (j < m_n && isAsciiDigit(m_s[j]) && (j == i || !m_c.gap[j])) {
                y = y * 10 + (m_s[j].unicode() - u'0');
                ++j;
            }
        } else {
            while (j < m_n && QStringView(kZhDigits).contains(m_s[j]) && j - i < 5) {
                y = y * 10 + zhDigit(m_s[j]);
                ++j;
            }
        }
        digits = j - i;
        if (digits != 4 && digits != 2)
            return std::nullopt;
        Proto p;
        if (digits == 4 && ascii && (y < 1900 || y > 2100))
            return std::nullopt;
        if (digits == 4 && ascii && (at(j) == u'-' || at(j) == u'/' || at(j) == u'.') && !m_c.gap[j])
            return numericDate(y, i, j);
        if (digits == 4 && ascii && j == m_n && i == 0) { // the text is the year alone
            p.year = y;
            return Hit{p, j};
        }
        if (at(j) != u'年')
            return std::nullopt;
        if (digits == 2) {
            // 23年 is a year only when a part of the year follows (23年三季度, 19年底): "用时13年"
            // is a duration.
            p.year = completeTwoDigitYear(y, m_ctx);
            if (p.year <= 0)
                p.unresolvable = true;
            std::optional<Hit> h = yearTail(p, j + 1);
            const bool alone = i == 0 && h && h->end == m_n; // the text is the year alone: 24年
            if (!h || (!alone && (h->end == j + 1 || (h->end == j + 2 && at(j + 1) == u'度'))))
                return std::nullopt;
            return h;
        }
        p.year = y;
        return yearTail(p, j + 1);
    }

    // 2023-01-06, 2023/1/6, 2019.9.6 (the year read up to `j`).
    std::optional<Hit> numericDate(int y, int i, int j) const
    {
        const QChar sep = m_s[j];
        int e1 = 0, e2 = 0;
        const int m = number(j + 1, e1, false);
        if (m < 1 || m > 12 || at(e1) != sep || m_c.gap[e1])
            return std::nullopt;
        const int d = number(e1 + 1, e2, false);
        if (d < 1 || d > 31 || (at(e2) == u'.' && isAsciiDigit(at(e2 + 1))))
            return std::nullopt;
        Proto p;
        p.kind = Kind::Date;
        p.gran = Granularity::Day;
        p.year = y; p.m1 = m; p.d1 = d;
        if (!QDate(y, m, d).isValid())
            return std::nullopt;
        Q_UNUSED(i);
        return Hit{p, e2};
    }

    // What may follow a year (given in p): 度, 末/底, a part of the year, or nothing.
    std::optional<Hit> yearTail(Proto p, int j) const
    {
        if (at(j) == u'度')
            return Hit{p, j + 1};
        if (at(j) == u'年' && (at(j + 1) == u'末' || at(j + 1) == u'底' || at(j + 1) == u'终')) {
            p.kind = Kind::PointInTime;
            return Hit{p, j + 2};
        }
        if (at(j) == u'末' || at(j) == u'底' || at(j) == u'终') {
            p.kind = Kind::PointInTime;
            return Hit{p, j + 1};
        }
        if (at(j) == u'年' && at(j + 1) == u'初') {
            p.unresolvable = true;
            return Hit{p, j + 2};
        }
        if (int e = vagueSuffix(j); e > 0) {
            p.unresolvable = true;
            return Hit{p, e};
        }
        if (lit(j, u"全年"))
            return Hit{p, j + 2};
        int k = j;
        if (at(k) == u'的' && (isAsciiDigit(at(k + 1)) || isZhNumeral(at(k + 1)) || at(k + 1) == u'第'))
            ++k; // 2023年的第二季度
        Proto sub = p;
        if (partOfYear(sub, k, nullptr))
            return Hit{sub, k};
        return Hit{p, j};
    }

    // A part of a year, into p (whose year is set or implied), from j; advances j.
    bool partOfYear(Proto &p, int &j, const Proto *rangeStart) const
    {
        int e = 0;
        // 前三季度, 前两个季度, 前9个月, 后三月
        if ((at(j) == u'前' || at(j) == u'后') && j + 1 < m_n) {
            const bool head = at(j) == u'前';
            const int n = number(j + 1, e);
            if (n >= 1) {
                int k = e;
                if (at(k) == u'个')
                    ++k;
                if (at(k) == u'季' && n <= 4) {
                    k += at(k + 1) == u'度' ? 2 : 1;
                    p.gran = Granularity::Quarter;
                    p.first = head ? 1 : 5 - n;
                    p.last = head ? n : 4;
                    j = k;
                    return true;
                }
                if (at(k) == u'月' && n <= 12) {
                    ++k;
                    if (at(k) == u'份')
                        ++k;
                    p.gran = Granularity::Month;
                    p.first = head ? 1 : 13 - n;
                    p.last = head ? n : 12;
                    j = k;
                    return true;
                }
            }
            return false;
        }
        if (lit(j, u"上半年") || lit(j, u"下半年")) {
            const bool firstHalf = at(j) == u'上';
            p.gran = Granularity::Quarter;
            p.first = firstHalf ? 1 : 3;
            p.last = firstHalf ? 2 : 4;
            j += 3;
            if (at(j) == u'度')
                ++j;
            return true;
        }
        // Quarters: 首季度, 第三季度, 三季度, 3季度, Q3
        int q = -1, k = j;
        if (lit(j, u"首季")) {
            q = 1;
            k = j + 2;
        } else if (at(j) == u'第' || at(j) == u'Q' || at(j) == u'q' || numberStartsAt(j)) {
            const int start = (at(j) == u'第' || at(j) == u'Q' || at(j) == u'q') ? j + 1 : j;
            const int n = number(start, e);
            if (n >= 1 && n <= 4) {
                k = e;
                if (at(j) == u'第' && at(k) == u'个')
                    ++k;
                if (at(k) == u'季') {
                    q = n;
                    ++k;
                } else if ((at(j) == u'Q' || at(j) == u'q') && !isAsciiLetter(at(k))) {
                    q = n;
                }
            }
            if (q < 0 && at(j) == u'第') { // 第8个月
                const int m = number(j + 1, e);
                if (m >= 1 && m <= 12 && lit(e, u"个月")) {
                    p.gran = Granularity::Month;
                    p.first = p.last = m;
                    j = e + 2;
                    return true;
                }
            }
        }
        if (q > 0) {
            if (at(k) == u'度')
                ++k;
            p.gran = Granularity::Quarter;
            p.first = p.last = q;
            if (int pe = pointSuffix(k); pe > 0) {
                p.kind = Kind::PointInTime;
                k = pe;
            } else if (int ve = vagueSuffix(k); ve > 0) {
                p.unresolvable = true;
                k = ve;
            }
            j = k;
            return true;
        }
        if (lit(j, u"首月")) {
            p.gran = Granularity::Month;
            p.first = p.last = 1;
            j += 2;
            return true;
        }
        if (!numberStartsAt(j) && !rangeStart)
            return false;
        // Months and days: 9月, 1-9月, 1至9月, 6月末, 11月24日, 4月12-19日, 24日
        const int n = number(j, e);
        if (n < 1)
            return false;
        if (n <= 12 && at(e) != u'月') {
            const int c = connector(e);
            int e2 = 0;
            const int n2 = c > 0 ? number(c, e2) : -1;
            if (n2 > n && n2 <= 12 && at(e2) == u'月') {
                int k2 = e2 + 1;
                if (at(k2) == u'份')
                    ++k2;
                p.gran = Granularity::Month;
                p.first = n;
                p.last = n2;
                j = k2;
                return true;
            }
        }
        if (n <= 12 && at(e) == u'月') {
            int k2 = e + 1;
            if (at(k2) == u'份')
                ++k2;
            p.gran = Granularity::Month;
            p.first = p.last = n;
            monthTail(p, k2);
            j = k2;
            return true;
        }
        // A day alone (24日): in the month of the range's start, else the article's month.
        if (n <= 31 && (at(e) == u'日' || at(e) == u'号')
            && (rangeStart || isAsciiDigit(at(j)))) {
            static const char16_t *const notDate[] = {u"内", u"以内", u"之内", u"后", u"以后", u"之后",
                                                      u"以前", u"之前", u"以来"};
            for (const char16_t *w : notDate) {
                if (lit(e + 1, w))
                    return false;
            }
            if (at(j - 1) == u'每' || (at(j - 1) == u'月' && at(j - 2) == u'每')) // 每月3日: every month
                return false;
            int month = 0;
            if (!rangeStart && (rangeStart = listHead(j)) != nullptr) {
                p.year = rangeStart->year;
                p.implied = rangeStart->implied;
            }
            if (rangeStart)
                month = rangeStart->gran == Granularity::Day ? (rangeStart->m2 ? rangeStart->m2 : rangeStart->m1)
                    : rangeStart->gran == Granularity::Month ? rangeStart->last : 0;
            else if (m_ctx.articleDate.isValid()) {
                month = m_ctx.articleDate.month();
                p.year = m_ctx.articleDate.year();
            }
            if (month == 0)
                return false;
            p.kind = Kind::Date;
            p.gran = Granularity::Day;
            p.m1 = month;
            p.d1 = n;
            j = e + 1;
            return true;
        }
        return false;
    }

    // After "N月": a day (24日, 24号, 12-19日), the end (末, 底), 上旬/中旬/下旬, or nothing.
    void monthTail(Proto &p, int &k) const
    {
        const int m = p.first;
        if (lit(k, u"月底") || lit(k, u"月末")) {
            p.kind = Kind::PointInTime;
            k += 2;
            return;
        }
        if (int pe = pointSuffix(k); pe > 0) {
            p.kind = Kind::PointInTime;
            k = pe;
            return;
        }
        if (lit(k, u"上旬") || lit(k, u"中旬") || lit(k, u"下旬")) {
            const int part = at(k) == u'上' ? 0 : at(k) == u'中' ? 1 : 2;
            p.gran = Granularity::Day;
            p.m1 = p.m2 = m;
            p.d1 = part * 10 + 1;
            p.d2 = part == 2 ? 31 : part * 10 + 10;
            if (part == 2) {
                const int y = p.year > 0 ? p.year : (m_ctx.impliedYear() > 0 ? m_ctx.impliedYear() : 2000);
                p.d2 = QDate(y, m, 1).daysInMonth();
            }
            k += 2;
            return;
        }
        if (at(k) == u'初') {
            p.unresolvable = true;
            ++k;
            return;
        }
        int e = 0;
        const int d = number(k, e);
        if (d < 1 || d > 31)
            return;
        bool marked = at(e) == u'日' || at(e) == u'号';
        const QChar next = at(e);
        const bool bareEnd = e >= m_n || connector(e) > 0 || next == u'，' || next == u'。' || next == u'；'
            || next == u',' || next == u';' || next == u'、' || next == u')' || next == u'）';
        if (!marked && !(bareEnd && isAsciiDigit(at(k))) && !(bareEnd && e >= m_n))
            return;
        p.kind = Kind::Date;
        p.gran = Granularity::Day;
        p.m1 = m;
        p.d1 = d;
        k = marked ? e + 1 : e;
        // 12-19日
        if (const int c = connector(k); c > 0) {
            int e2 = 0;
            const int d2 = number(c, e2);
            if (d2 > d && d2 <= 31 && (at(e2) == u'日' || at(e2) == u'号') ) {
                p.kind = Kind::Period;
                p.m2 = m;
                p.d2 = d2;
                k = e2 + 1;
            }
        }
    }
};

} // namespace

QList<PeriodPhrase> scanChinese(QStringView text, const ScanContext &ctx)
{
    const Compact compact(text);
    return Scanner(compact, ctx).run();
}

} // namespace cs::extract::detail
