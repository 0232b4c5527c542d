// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/figure_words.h"

#include <QStringList>

#include <algorithm>

namespace cs::extract {

namespace {

struct QualifierWord {
    const char16_t *word;
    Qualifier qualifier;
};

// Longest first where one word starts another (不超过 before 超过 before 超).
const QualifierWord kBefore[] = {
    {u"不超过", Qualifier::AtMost}, {u"不高于", Qualifier::AtMost}, {u"不大于", Qualifier::AtMost}, {u"不超", Qualifier::AtMost},
    {u"最多", Qualifier::AtMost}, {u"不小于", Qualifier::AtLeast}, {u"not less than", Qualifier::AtLeast},
    {u"not more than", Qualifier::AtMost}, {u"not fewer than", Qualifier::AtLeast},
    {u"不少于", Qualifier::AtLeast}, {u"不低于", Qualifier::AtLeast}, {u"至少", Qualifier::AtLeast},
    {u"超过", Qualifier::MoreThan}, {u"多达", Qualifier::MoreThan}, {u"高达", Qualifier::Exact}, {u"超", Qualifier::MoreThan},
    {u"逾", Qualifier::MoreThan}, {u"大于", Qualifier::MoreThan}, {u"突破", Qualifier::MoreThan},
    {u"大约", Qualifier::About}, {u"约为", Qualifier::About}, {u"约", Qualifier::About}, {u"接近", Qualifier::About},
    {u"将近", Qualifier::About}, {u"近", Qualifier::About}, {u"大概", Qualifier::About},
    {u"不到", Qualifier::LessThan}, {u"不足", Qualifier::LessThan}, {u"低于", Qualifier::LessThan},
    {u"少于", Qualifier::LessThan}, {u"小于", Qualifier::LessThan},
    {u"more than", Qualifier::MoreThan}, {u"over", Qualifier::MoreThan}, {u"above", Qualifier::MoreThan},
    {u"at least", Qualifier::AtLeast}, {u"no less than", Qualifier::AtLeast}, {u"no fewer than", Qualifier::AtLeast},
    {u"about", Qualifier::About}, {u"around", Qualifier::About}, {u"nearly", Qualifier::About},
    {u"almost", Qualifier::About}, {u"approximately", Qualifier::About}, {u"roughly", Qualifier::About},
    {u"some", Qualifier::About}, {u"less than", Qualifier::LessThan}, {u"fewer than", Qualifier::LessThan},
    {u"under", Qualifier::LessThan}, {u"below", Qualifier::LessThan}, {u"at most", Qualifier::AtMost},
    {u"up to", Qualifier::AtMost}, {u"no more than", Qualifier::AtMost},
};

const QualifierWord kAfter[] = {
    {u"以上", Qualifier::MoreThan}, {u"多", Qualifier::MoreThan}, {u"余", Qualifier::MoreThan},
    {u"左右", Qualifier::About}, {u"上下", Qualifier::About}, {u"以下", Qualifier::AtMost}, {u"以内", Qualifier::AtMost},
    {u" or more", Qualifier::AtLeast}, {u" and above", Qualifier::AtLeast}, {u" or so", Qualifier::About},
    {u" or less", Qualifier::AtMost},
};

QStringView view(const char16_t *w) { return QStringView(w); }

bool isLatin(QChar c) { return c.isLetter() && c.unicode() < 0x2E80; }
bool isHanChar(QChar c) { return c.script() == QChar::Script_Han; }

// The cue words, in no particular order: the nearest before the figure wins.
struct CueWord {
    const char16_t *word;
    MeasureCue::Kind kind;
    bool negative;
};
const CueWord kCues[] = {
    {u"增长", MeasureCue::Growth, false}, {u"增速", MeasureCue::Growth, false}, {u"增幅", MeasureCue::Growth, false},
    {u"上升", MeasureCue::Growth, false}, {u"上涨", MeasureCue::Growth, false}, {u"提高", MeasureCue::Growth, false},
    {u"提升", MeasureCue::Growth, false}, {u"增加", MeasureCue::Growth, false}, {u"扩大", MeasureCue::Growth, false},
    {u"攀升", MeasureCue::Growth, false}, {u"加快", MeasureCue::Growth, false}, {u"同比增", MeasureCue::Growth, false},
    {u"比上年增", MeasureCue::Growth, false}, {u"同比降", MeasureCue::Growth, true}, {u"比上年降", MeasureCue::Growth, true},
    {u"下降", MeasureCue::Growth, true}, {u"减少", MeasureCue::Growth, true}, {u"回落", MeasureCue::Growth, true},
    {u"下滑", MeasureCue::Growth, true}, {u"降低", MeasureCue::Growth, true}, {u"下跌", MeasureCue::Growth, true},
    {u"萎缩", MeasureCue::Growth, true}, {u"收窄", MeasureCue::Growth, true}, {u"缩小", MeasureCue::Growth, true},
    {u"放缓", MeasureCue::Growth, true},
    {u"比重", MeasureCue::Share, false}, {u"占比", MeasureCue::Share, false}, {u"份额", MeasureCue::Share, false},
    {u"占", MeasureCue::Share, false},
    {u"率", MeasureCue::Ratio, false}, {u"强度", MeasureCue::Ratio, false}, {u"比例", MeasureCue::Ratio, false},
    {u"rose", MeasureCue::Growth, false}, {u"grew", MeasureCue::Growth, false}, {u"growth", MeasureCue::Growth, false},
    {u"increased", MeasureCue::Growth, false}, {u"increase", MeasureCue::Growth, false}, {u"up", MeasureCue::Growth, false},
    {u"expanded", MeasureCue::Growth, false}, {u"climbed", MeasureCue::Growth, false}, {u"jumped", MeasureCue::Growth, false},
    {u"fell", MeasureCue::Growth, true}, {u"declined", MeasureCue::Growth, true}, {u"decreased", MeasureCue::Growth, true},
    {u"dropped", MeasureCue::Growth, true}, {u"down", MeasureCue::Growth, true}, {u"decline", MeasureCue::Growth, true},
    {u"contracted", MeasureCue::Growth, true},
    {u"share", MeasureCue::Share, false}, {u"accounted for", MeasureCue::Share, false}, {u"accounting for", MeasureCue::Share, false},
    {u"rate", MeasureCue::Ratio, false}, {u"ratio", MeasureCue::Ratio, false}, {u"intensity", MeasureCue::Ratio, false},
    {u"margin", MeasureCue::Ratio, false},
};

// "提升至", "增长到", "rose to": the figure after is the new level, not the change.
bool followedByTo(QStringView rest)
{
    while (!rest.isEmpty() && rest.front() == u' ')
        rest = rest.mid(1);
    return rest.startsWith(u'至') || rest.startsWith(u'到') || rest.startsWith(QStringView(u"to "))
        || rest.startsWith(QStringView(u"为"));
}

bool wordBoundaryOk(QStringView text, qsizetype at, qsizetype len)
{
    // English words must stand alone ("up" is not in "group"); Chinese needs no boundaries.
    if (!isLatin(text.at(at)))
        return true;
    const bool before = at == 0 || !isLatin(text.at(at - 1));
    const bool after = at + len >= text.size() || !isLatin(text.at(at + len));
    return before && after;
}

// The words longest first, so that "no more than" is read before "more than" and 不超过 before 超过.
template<size_t N>
QList<const QualifierWord *> longestFirst(const QualifierWord (&words)[N])
{
    QList<const QualifierWord *> out;
    for (const QualifierWord &w : words)
        out.append(&w);
    std::stable_sort(out.begin(), out.end(), [](const QualifierWord *a, const QualifierWord *b) {
        return QStringView(a->word).size() > QStringView(b->word).size();
    });
    return out;
}

} // namespace

Qualifier qualifierBefore(QStringView before, qsizetype *length)
{
    static const QList<const QualifierWord *> words = longestFirst(kBefore);
    qsizetype spaces = 0;
    while (!before.isEmpty() && before.back() == u' ') {
        before.chop(1);
        ++spaces;
    }
    for (const QualifierWord *wp : words) {
        const QualifierWord &w = *wp;
        const QStringView word = view(w.word);
        if (before.endsWith(word, Qt::CaseInsensitive)
            && wordBoundaryOk(before, before.size() - word.size(), word.size())) {
            if (word == QStringView(u"近") && before.size() >= 2 && (before.at(before.size() - 2) == u'最' || before.at(before.size() - 2) == u'接'))
                continue; // 最近 is "recently"
            if (length)
                *length = word.size() + spaces;
            return w.qualifier;
        }
    }
    if (length)
        *length = 0;
    return Qualifier::Exact;
}

Qualifier qualifierAfter(QStringView after, qsizetype *length)
{
    for (const QualifierWord &w : kAfter) {
        const QStringView word = view(w.word);
        // 以上 ends its clause or goes on with 的; "120家上下游企业" and "3家多功能" are words of their own.
        if (!after.startsWith(word, Qt::CaseInsensitive))
            continue;
        const bool ends = after.size() == word.size() || !after.at(word.size()).isLetter() || after.at(word.size()) == u'的'
            || !isHanChar(after.at(word.size()));
        if (ends) {
            if (length)
                *length = word.size();
            return w.qualifier;
        }
    }
    if (length)
        *length = 0;
    return Qualifier::Exact;
}

MeasureCue measureCueBefore(QStringView before)
{
    MeasureCue best;
    for (const CueWord &c : kCues) {
        const QStringView word = view(c.word);
        qsizetype from = before.size();
        while (from > 0) {
            const qsizetype at = before.lastIndexOf(word, from - 1, Qt::CaseInsensitive);
            if (at < 0 || at <= best.at)
                break;
            from = at;
            if (!wordBoundaryOk(before, at, word.size()))
                continue;
            const QStringView rest = before.mid(at + word.size());
            MeasureCue::Kind kind = c.kind;
            if (kind == MeasureCue::Growth && followedByTo(rest))
                kind = MeasureCue::Level; // 提升至 42.5%: the level reached
            if (word == QStringView(u"增加") && rest.startsWith(u'值'))
                continue; // 增加值 is added value, a level
            if (kind == MeasureCue::Ratio && word == QStringView(u"率") && at > 0
                && (before.at(at - 1) == u'长' || before.at(at - 1) == u'增'))
                kind = MeasureCue::Growth; // 增长率
            if (kind == MeasureCue::Share && word == QStringView(u"占") && at + 1 < before.size()
                && (before.at(at + 1) == u'据' || before.at(at + 1) == u'领' || before.at(at + 1) == u'地'))
                continue; // 占据, 占领, 占地
            best = MeasureCue{kind, c.negative, at};
            break;
        }
    }
    return best;
}

namespace {
bool containsAny(QStringView text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        const QStringView word(w);
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
            if (wordBoundaryOk(text, at, word.size()))
                return true;
        }
    }
    return false;
}
} // namespace

bool hasTargetWord(QStringView text)
{
    // "怀揣着这样的目标": a goal named as a noun, not a plan stated for a figure.
    const qsizetype goal = text.lastIndexOf(QStringView(u"目标"));
    if (goal > 0 && text.at(goal - 1) == u'的' && !containsAny(text.left(goal), {u"计划", u"力争", u"预计", u"规划", u"争取", u"确保"}))
        return false;
    return containsAny(text, {u"计划", u"目标", u"力争", u"预计", u"规划", u"争取", u"确保", u"plans to", u"plan to",
                              u"target", u"aims to", u"aim to", u"goal", u"expected to"});
}

bool hasCumulativeWord(QStringView text)
{
    return containsAny(text, {u"累计", u"总计", u"累积", u"in total", u"cumulative", u"so far", u"to date"});
}

bool hasPerfectWord(QStringView text)
{
    return containsAny(text, {u"已经", u"已有", u"已", u"现有", u"has had", u"now has", u"now have"});
}

namespace {
QStringList longestFirst(QStringList words)
{
    std::stable_sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return words;
}
} // namespace

QString trimIndicatorName(QStringView name)
{
    static const QStringList leading = {
        QStringLiteral("其中"), QStringLiteral("同时"), QStringLiteral("此外"), QStringLiteral("另外"),
        QStringLiteral("并"), QStringLiteral("且"), QStringLiteral("的"), QStringLiteral("了"), QStringLiteral("已经"),
        QStringLiteral("已有"), QStringLiteral("已"), QStringLiteral("共"), QStringLiteral("实现"), QStringLiteral("拥有"),
        QStringLiteral("全年"), QStringLiteral("累计"), QStringLiteral("就已经"), QStringLiteral("也"),
        QStringLiteral("公司"), QStringLiteral("地区"), QStringLiteral("汇聚了"), QStringLiteral("汇聚"),
        QStringLiteral("进一步"), QStringLiteral("这里"), QStringLiteral("这些"),
        QStringLiteral("the "), QStringLiteral("'s "), QStringLiteral("’s "), QStringLiteral("while "), QStringLiteral("whereas "),
        QStringLiteral("but "), QStringLiteral("up "), QStringLiteral("down "), QStringLiteral("accounted for"),
        QStringLiteral("accounting for"), QStringLiteral("which "), QStringLiteral("with "), QStringLiteral("its "), QStringLiteral("and "), QStringLiteral("of "),
    };
    static const QStringList trailing = {
        QStringLiteral("进一步提升至"), QStringLiteral("提升至"), QStringLiteral("提高到"), QStringLiteral("提高至"),
        QStringLiteral("达到"), QStringLiteral("升至"), QStringLiteral("增至"), QStringLiteral("降至"), QStringLiteral("进一步"),
        QStringLiteral("同比增长"), QStringLiteral("比上年增长"), QStringLiteral("同比"), QStringLiteral("比上年"),
        QStringLiteral("增长"), QStringLiteral("下降"), QStringLiteral("增加"), QStringLiteral("减少"), QStringLiteral("提高"),
        QStringLiteral("提升"), QStringLiteral("回落"), QStringLiteral("达到"), QStringLiteral("达"), QStringLiteral("为"),
        QStringLiteral("是"), QStringLiteral("约"), QStringLiteral("超过"), QStringLiteral("超"), QStringLiteral("逾"),
        QStringLiteral("近"), QStringLiteral("不少于"), QStringLiteral("不到"), QStringLiteral("不足"), QStringLiteral("共"),
        QStringLiteral("累计"), QStringLiteral("了"), QStringLiteral("的"), QStringLiteral("从"), QStringLiteral("由"),
        QStringLiteral("分别"), QStringLiteral("拥有"), QStringLiteral("汇聚了"), QStringLiteral("已"), QStringLiteral("合计"),
        QStringLiteral(" rose"), QStringLiteral(" grew"), QStringLiteral(" was"), QStringLiteral(" were"), QStringLiteral(" reached"),
        QStringLiteral(" by"), QStringLiteral(" of"), QStringLiteral(" to"), QStringLiteral(" at"), QStringLiteral(" fell"),
        QStringLiteral(" increased"), QStringLiteral(" is"), QStringLiteral(" totalled"), QStringLiteral(" totaled"),
        QStringLiteral(" up"), QStringLiteral(" down"), QStringLiteral(" accounted for"), QStringLiteral(" accounting for"),
        QStringLiteral(" declined"), QStringLiteral(" dropped"), QStringLiteral(" stood"), QStringLiteral(" hit"),
        QStringLiteral(" and"), QStringLiteral(" while"), QStringLiteral(" has"), QStringLiteral(" have"), QStringLiteral(" had"),
        QStringLiteral(" is home to"), QStringLiteral(" are home to"), QStringLiteral(" home to"), QStringLiteral(" plans to provide"),
        QStringLiteral(" will"),
    };
    // Longest first: " is home to" before " to".
    static const QStringList leadingWords = longestFirst(leading);
    static const QStringList trailingWords = longestFirst(trailing);
    QString out = name.toString().trimmed();
    for (bool changed = true; changed && !out.isEmpty();) {
        changed = false;
        for (const QString &w : leadingWords) {
            if (out.startsWith(w, Qt::CaseInsensitive) && out.size() > w.size()) {
                out = out.mid(w.size()).trimmed();
                changed = true;
            }
        }
        for (const QString &w : trailingWords) {
            if (out.endsWith(w, Qt::CaseInsensitive)) {
                out.chop(w.size());
                out = out.trimmed();
                changed = true;
            }
        }
    }
    // Quotation marks around a whole name stay; unmatched ones left by a cut go.
    while (!out.isEmpty() && (out.front() == u'”' || out.front() == u'，' || out.front() == u'、'))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'“' || out.back() == u'，' || out.back() == u'、'))
        out.chop(1);
    // Sentence punctuation is not part of a name.
    const auto isStop = [](QChar c) { return QStringView(u".,;:!?。，；：！？、").contains(c); };
    while (!out.isEmpty() && isStop(out.back()))
        out.chop(1);
    while (!out.isEmpty() && isStop(out.front()))
        out.remove(0, 1);
    out = out.trimmed();
    // What is left of "比上年增长" once its period is gone is no name; nor is one English word
    // of two letters ("up", "by").
    if (out.size() == 1 && out.front().script() == QChar::Script_Han)
        return {};
    if (out.size() <= 3 && !out.isEmpty() && out.front().unicode() < 0x2E80 && out.front().isLower())
        return {};
    return out;
}

} // namespace cs::extract
