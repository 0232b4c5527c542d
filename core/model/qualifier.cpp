// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/qualifier.h"
#include "model/enum_ids.h"

namespace cs {

QString qualifierCode(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact: return QString();
    case Qualifier::MoreThan: return QStringLiteral(">");
    case Qualifier::AtLeast: return QStringLiteral(">=");
    case Qualifier::About: return QStringLiteral("~");
    case Qualifier::LessThan: return QStringLiteral("<");
    case Qualifier::AtMost: return QStringLiteral("<=");
    }
    return {};
}

std::optional<Qualifier> qualifierFromCode(const QString &code)
{
    return enumFromId(code, {Qualifier::Exact, Qualifier::MoreThan, Qualifier::AtLeast, Qualifier::About,
                             Qualifier::LessThan, Qualifier::AtMost},
                      qualifierCode);
}

namespace {

struct Word {
    const char *text;
    Qualifier q;
};

// Chinese qualifier words, longer and negated forms first: 不超过 must not read as 超过, 不少于
// not as 少于.
const Word kChineseWords[] = {
    {"不超过", Qualifier::AtMost}, {"不多于", Qualifier::AtMost}, {"以内", Qualifier::AtMost},
    {"不少于", Qualifier::AtLeast}, {"不低于", Qualifier::AtLeast}, {"至少", Qualifier::AtLeast},
    {"不到", Qualifier::LessThan}, {"不足", Qualifier::LessThan}, {"少于", Qualifier::LessThan},
    {"低于", Qualifier::LessThan},
    {"超过", Qualifier::MoreThan}, {"超", Qualifier::MoreThan}, {"以上", Qualifier::MoreThan},
    {"多于", Qualifier::MoreThan}, {"多", Qualifier::MoreThan},
    {"约", Qualifier::About}, {"近", Qualifier::About}, {"左右", Qualifier::About}, {"大约", Qualifier::About},
};

// Symbols typed before a number; two-character forms first: ">=" must not read as ">".
const Word kSymbols[] = {
    {">=", Qualifier::AtLeast}, {"\u2265", Qualifier::AtLeast}, {"<=", Qualifier::AtMost}, {"\u2264", Qualifier::AtMost},
    {">", Qualifier::MoreThan}, {"<", Qualifier::LessThan}, {"~", Qualifier::About}, {"\u2248", Qualifier::About},
};

// More words that qualify a typed number on their own: "6000+", a few more Chinese words, English.
const Word kTypedWords[] = {
    {"+", Qualifier::MoreThan},
    {"余", Qualifier::MoreThan}, {"逾", Qualifier::MoreThan}, {"将近", Qualifier::About}, {"约为", Qualifier::About},
    {"最多", Qualifier::AtMost}, {"以下", Qualifier::AtMost},
    {"more than", Qualifier::MoreThan}, {"over", Qualifier::MoreThan}, {"above", Qualifier::MoreThan},
    {"at least", Qualifier::AtLeast}, {"no less than", Qualifier::AtLeast}, {"not less than", Qualifier::AtLeast},
    {"about", Qualifier::About}, {"around", Qualifier::About}, {"approximately", Qualifier::About},
    {"approx.", Qualifier::About}, {"roughly", Qualifier::About}, {"nearly", Qualifier::About},
    {"less than", Qualifier::LessThan}, {"fewer than", Qualifier::LessThan}, {"under", Qualifier::LessThan},
    {"below", Qualifier::LessThan},
    {"at most", Qualifier::AtMost}, {"no more than", Qualifier::AtMost}, {"not more than", Qualifier::AtMost},
    {"up to", Qualifier::AtMost},
};

} // namespace

Qualifier qualifierFromChinese(const QString &phrase)
{
    for (const Word &w : kChineseWords) {
        if (phrase.contains(QString::fromUtf8(w.text)))
            return w.q;
    }
    return Qualifier::Exact;
}

std::optional<Qualifier> qualifierFromWords(const QString &words)
{
    const QString t = words.simplified();
    if (t.isEmpty())
        return Qualifier::Exact;
    auto find = [&t](const auto &table) -> std::optional<Qualifier> {
        for (const Word &w : table) {
            if (t.compare(QString::fromUtf8(w.text), Qt::CaseInsensitive) == 0)
                return w.q;
        }
        return std::nullopt;
    };
    if (const auto q = find(kSymbols))
        return q;
    if (const auto q = find(kChineseWords))
        return q;
    return find(kTypedWords);
}

Qualifier takeQualifierPrefix(QString &text)
{
    text = text.trimmed();
    for (const Word &w : kSymbols) {
        const QString prefix = QString::fromUtf8(w.text);
        if (text.startsWith(prefix)) {
            text = text.mid(prefix.size()).trimmed();
            return w.q;
        }
    }
    return Qualifier::Exact;
}

QString qualifierSymbol(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact: return QString();
    case Qualifier::MoreThan: return QStringLiteral(">");
    case Qualifier::AtLeast: return QStringLiteral("\u2265");
    case Qualifier::About: return QStringLiteral("\u2248");
    case Qualifier::LessThan: return QStringLiteral("<");
    case Qualifier::AtMost: return QStringLiteral("\u2264");
    }
    return {};
}

QString qualifierWords(Qualifier q, Lang lang)
{
    const bool zh = lang == Lang::Zh;
    switch (q) {
    case Qualifier::Exact: return zh ? QStringLiteral("精确值") : QStringLiteral("exact");
    case Qualifier::MoreThan: return zh ? QStringLiteral("超过") : QStringLiteral("more than");
    case Qualifier::AtLeast: return zh ? QStringLiteral("不少于") : QStringLiteral("at least");
    case Qualifier::About: return zh ? QStringLiteral("约") : QStringLiteral("about");
    case Qualifier::LessThan: return zh ? QStringLiteral("少于") : QStringLiteral("less than");
    case Qualifier::AtMost: return zh ? QStringLiteral("不超过") : QStringLiteral("at most");
    }
    return {};
}

} // namespace cs
