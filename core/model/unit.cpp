// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/unit.h"

#include <QHash>
#include <QMutex>

#include <map>

namespace cs {

namespace {

Unit make(const char *id, Dimension dim, double scale, const char *zh, const char *en, const char *noun = "",
          const char *counter = "")
{
    Unit u;
    u.id = QString::fromUtf8(id);
    u.dimension = dim;
    u.scale = scale;
    u.counter = QString::fromUtf8(counter);
    u.label = {QString::fromUtf8(zh), QString::fromUtf8(en)};
    u.baseNoun = {QString(), QString::fromUtf8(noun)};
    return u;
}

QList<Unit> buildCatalogue()
{
    QList<Unit> list = {
        make("percent", Dimension::Percent, 1, "%", "%"),
        make("pp", Dimension::PercentagePoint, 1, "个百分点", "pp"),
        make("yuan", Dimension::Currency, 1, "元", "yuan", "yuan"),
        make("wan-yuan", Dimension::Currency, 1e4, "万元", "10,000 yuan", "yuan"),
        make("yi-yuan", Dimension::Currency, 1e8, "亿元", "100 million yuan", "yuan"),
        make("wanyi-yuan", Dimension::Currency, 1e12, "万亿元", "trillion yuan", "yuan"),
        // US dollars: a currency of their own (the counter keeps them from converting into yuan).
        make("usd", Dimension::Currency, 1, "美元", "US dollars", "US dollars", "USD"),
        make("wan-usd", Dimension::Currency, 1e4, "万美元", "10,000 US dollars", "US dollars", "USD"),
        make("yi-usd", Dimension::Currency, 1e8, "亿美元", "100 million US dollars", "US dollars", "USD"),
        make("person", Dimension::Persons, 1, "人", "people", "people"),
        make("wan-person", Dimension::Persons, 1e4, "万人", "10,000 people", "people"),
        make("sqm", Dimension::Area, 1, "平方米", "m²", "m²"),
        make("wan-sqm", Dimension::Area, 1e4, "万平方米", "10,000 m²", "m²"),
        make("month", Dimension::Duration, 1, "个月", "months", "months"),
        make("number", Dimension::Other, 1, "", "", ""), // a plain number: the file gave no unit
        make("year", Dimension::Duration, 12, "年", "years", "months"),
    };
    // Counts, by measure word, each also in 万.
    struct Counter { const char *id; const char *word; const char *en; };
    const Counter counters[] = {
        {"jia", "家", "firms"}, {"xiang", "项", "items"}, {"ge", "个", "units"},
        {"liang", "辆", "vehicles"}, {"tai", "台", "sets"}, {"ming", "名", "people"},
    };
    for (const Counter &c : counters) {
        const QByteArray wanId = QByteArray("wan-") + c.id;
        const QByteArray wanZh = QByteArray("万") + c.word;
        const QByteArray wanEn = QByteArray("10,000 ") + c.en;
        list.append(make(c.id, Dimension::Count, 1, c.word, c.en, c.en, c.word));
        list.append(make(wanId.constData(), Dimension::Count, 1e4, wanZh.constData(), wanEn.constData(), c.en, c.word));
    }
    return list;
}

} // namespace

QString dimensionId(Dimension d)
{
    switch (d) {
    case Dimension::Percent: return QStringLiteral("percent");
    case Dimension::PercentagePoint: return QStringLiteral("percentage-point");
    case Dimension::Currency: return QStringLiteral("currency");
    case Dimension::Persons: return QStringLiteral("persons");
    case Dimension::Count: return QStringLiteral("count");
    case Dimension::Area: return QStringLiteral("area");
    case Dimension::Duration: return QStringLiteral("duration");
    case Dimension::Other: return QStringLiteral("other");
    }
    return {};
}

namespace units {

const QList<Unit> &all()
{
    static const QList<Unit> catalogue = buildCatalogue();
    return catalogue;
}

const Unit *find(const QString &id)
{
    for (const Unit &u : all()) {
        if (u.id == id)
            return &u;
    }
    static const QLatin1String prefix("custom:");
    if (!id.startsWith(prefix) || id.size() == prefix.size())
        return nullptr;
    // Custom units are made on first use and kept for the life of the process. The map owns them
    // (a map of raw pointers leaked every one at exit) and its nodes never move, so the pointers
    // handed out stay valid.
    static QMutex mutex;
    static std::map<QString, Unit> custom;
    QMutexLocker lock(&mutex);
    const auto [it, made] = custom.try_emplace(id);
    Unit &u = it->second;
    if (made) {
        u.id = id;
        u.dimension = Dimension::Other;
        u.counter = id; // convertible only to itself
        const QString label = id.mid(prefix.size());
        u.label = {label, label};
        u.baseNoun = {label, label};
    }
    return &u;
}

QString customUnitId(const QString &label) { return QStringLiteral("custom:") + label.trimmed(); }

const Unit *fromText(const QString &text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (t.isEmpty())
        return nullptr;
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("percent"), QStringLiteral("percent")}, {QStringLiteral("pct"), QStringLiteral("percent")},
        {QStringLiteral("百分比"), QStringLiteral("percent")}, {QStringLiteral("百分点"), QStringLiteral("pp")},
        {QStringLiteral("人民币元"), QStringLiteral("yuan")}, {QStringLiteral("亿元人民币"), QStringLiteral("yi-yuan")},
        {QStringLiteral("万元人民币"), QStringLiteral("wan-yuan")}, {QStringLiteral("平方米"), QStringLiteral("sqm")},
        {QStringLiteral("m2"), QStringLiteral("sqm")}, {QStringLiteral("万m2"), QStringLiteral("wan-sqm")},
    };
    if (const auto it = aliases.constFind(t.toLower()); it != aliases.constEnd())
        return find(it.value());
    if (t.contains(QLatin1Char('%')) && !t.contains(QStringLiteral("point"), Qt::CaseInsensitive))
        return find(QStringLiteral("percent")); // "annual %", "% of GDP"
    for (const Unit &u : all()) {
        if (u.id == t || u.label.zh == t || u.label.en.compare(t, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

QStringList ids()
{
    QStringList out;
    for (const Unit &u : all())
        out << u.id;
    return out;
}

const Unit *baseOf(const Unit &unit)
{
    for (const Unit &u : all()) {
        if (u.scale == 1 && u.convertibleTo(unit))
            return &u;
    }
    return nullptr;
}

std::optional<double> convert(double value, const Unit &from, const Unit &to)
{
    if (!from.convertibleTo(to))
        return std::nullopt;
    return value * from.scale / to.scale;
}

} // namespace units
} // namespace cs
