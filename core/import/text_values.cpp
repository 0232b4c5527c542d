// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/text_values.h"

#include "model/unit.h"

#include "model/typed_text.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace cs {

NumberText parseNumberText(QStringView text)
{
    NumberText r;
    // Most cells are plain decimals ("1234.5", "-0.25", "1.06403e+06"): read them without the
    // rules below.
    if (!text.isEmpty() && text.size() <= 32) {
        bool plain = true;
        for (qsizetype i = 0; i < text.size() && plain; ++i) {
            const QChar c = text[i];
            const bool exponent = i > 0 && (c == u'e' || c == u'E') && text[i - 1].isDigit();
            const bool exponentSign = i > 0 && (c == u'-' || c == u'+') && (text[i - 1] == u'e' || text[i - 1] == u'E');
            plain = (c >= u'0' && c <= u'9') || c == u'.' || (c == u'-' && i == 0) || exponent || exponentSign;
        }
        if (plain && text.front() != u'.' && text.back() != u'.') {
            char ascii[33];
            for (qsizetype i = 0; i < text.size(); ++i)
                ascii[i] = char(text[i].unicode());
            double v = 0;
            const auto [end, ec] = std::from_chars(ascii, ascii + text.size(), v); // locale-independent
            const bool ok = ec == std::errc() && end == ascii + text.size();
            if (ok && std::isfinite(v)) {
                r.status = NumberText::Status::Value;
                r.value = v;
                return r;
            }
        }
    }
    QString t = normalizedTypedText(text);
    static const QSet<QString> missing = {QString(), QStringLiteral("-"), QStringLiteral("—"), QStringLiteral("–"),
                                          QStringLiteral("--"), QStringLiteral(".."), QStringLiteral("..."),
                                          QStringLiteral(":"), QStringLiteral("na"), QStringLiteral("n/a"),
                                          QStringLiteral("#n/a"), QStringLiteral("nan"), QStringLiteral("null"),
                                          QStringLiteral("."), QStringLiteral("…"), QStringLiteral("……")};
    if (missing.contains(t.toLower())) {
        r.status = NumberText::Status::Missing;
        return r;
    }
    // Eurostat: a value or ':' followed by flags ("100 p", "12.3 be", ": c").
    static const QRegularExpression flagged(QStringLiteral("^(\\S+)\\s+([a-z]{1,4})$"));
    if (const QRegularExpressionMatch m = flagged.match(t); m.hasMatch()) {
        r.flag = m.captured(2);
        t = m.captured(1);
        if (t == QLatin1String(":")) {
            r.status = NumberText::Status::Missing;
            return r;
        }
    }
    if (t.endsWith(QLatin1Char('%'))) {
        r.percent = true;
        t.chop(1);
        t = t.trimmed();
    }
    if (t.startsWith(QLatin1Char('+')))
        t.remove(0, 1);
    if (t.contains(QLatin1Char(','))) {
        static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
        if (!grouped.match(t).hasMatch())
            return r; // a comma that is not a thousands separator: not a number we can read safely
        t.remove(QLatin1Char(','));
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return r;
    r.status = NumberText::Status::Value;
    r.value = v;
    return r;
}

TypedValue parseTypedValue(QStringView text)
{
    TypedValue r;
    const QString t = normalizedTypedText(text);
    // The number: digits, perhaps grouped, signed and with a percent sign.
    static const QRegularExpression numberRe(QStringLiteral("[-+]?(?:\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)\\s*%?"));
    const QRegularExpressionMatch m = numberRe.match(t);
    if (!m.hasMatch()) {
        r.number = parseNumberText(t); // missing ("-", "NA") or not a number
        return r;
    }
    QString before = t.left(m.capturedStart()).trimmed();
    QString number = m.captured();
    if (number.startsWith(QLatin1Char('+')) && !before.isEmpty())
        number.remove(0, 1); // "> +5": the sign, not "more than"
    QString after = t.mid(m.capturedEnd()).trimmed();
    // A qualifier after the number, before or after its unit: "6000多亿元", "270亿元以上", "37%左右".
    QString afterWord;
    for (const char *word : {"以上", "以下", "以内", "左右", "多", "余", "+"}) {
        const QString w = QString::fromUtf8(word);
        if (after.startsWith(w) || after.endsWith(w)) {
            afterWord = w;
            after = (after.startsWith(w) ? after.mid(w.size()) : after.chopped(w.size())).trimmed();
            break;
        }
    }
    const std::optional<Qualifier> pre = qualifierFromWords(before);
    const std::optional<Qualifier> post = qualifierFromWords(afterWord);
    if (!pre || !post || (*pre != Qualifier::Exact && *post != Qualifier::Exact && *pre != *post))
        return r; // words before the number that qualify nothing, or two qualifiers that disagree
    r.number = parseNumberText(number);
    if (r.number.status != NumberText::Status::Value)
        return r;
    r.qualifier = *pre != Qualifier::Exact ? *pre : *post;
    r.unit = after;
    return r;
}

Period parsePeriodText(const QString &text, QString *error)
{
    // World Bank DataBank headers; everything else is what people type (one parser for both).
    static const QRegularExpression worldBank(QStringLiteral("^(?:(\\d{4})\\s*\\[YR\\d{4}\\]|YR(\\d{4}))$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString t = normalizedTypedText(text);
    if (const QRegularExpressionMatch m = worldBank.match(t); m.hasMatch()) {
        if (const Period p = Period::year((m.captured(1) + m.captured(2)).toInt()); p.isValid())
            return p;
    }
    return Period::parseInput(t, error);
}

bool coarsenFirstOfPeriodDates(QList<Period> &periods)
{
    QList<QDate> dates;
    for (const Period &p : periods) {
        if (!p.isValid())
            continue;
        if (p.granularity() != Granularity::Day || p.isSpan() || p.startDate().day() != 1)
            return false;
        dates << p.startDate();
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    if (dates.size() < 2)
        return false;
    int step = 12;
    for (qsizetype i = 1; i < dates.size(); ++i) {
        const int months = (dates[i].year() - dates[i - 1].year()) * 12 + dates[i].month() - dates[i - 1].month();
        step = std::min(step, months);
    }
    const bool allJanuary = std::all_of(dates.begin(), dates.end(), [](const QDate &d) { return d.month() == 1; });
    const bool allQuarterStarts = std::all_of(dates.begin(), dates.end(), [](const QDate &d) { return d.month() % 3 == 1; });
    Granularity g = Granularity::Month;
    if (step >= 12 && allJanuary)
        g = Granularity::Year;
    else if (step >= 3 && allQuarterStarts)
        g = Granularity::Quarter;
    for (Period &p : periods) {
        if (!p.isValid())
            continue;
        const QDate d = p.startDate();
        p = g == Granularity::Year ? Period::year(d.year())
          : g == Granularity::Quarter ? Period::quarter(d.year(), (d.month() - 1) / 3 + 1)
                                      : Period::month(d.year(), d.month());
    }
    return true;
}

bool isUnitText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    // An acronym in capitals is a name (M2, CPI), unless it is a currency's code (below).
    static const QRegularExpression acronym(QStringLiteral("^[A-Z][A-Z0-9]*$"));
    if (!acronym.match(t).hasMatch() && units::fromText(t))
        return true;
    // Signs: percent, per mille, currencies, an index base ("2015=100").
    static const QRegularExpression signs(QStringLiteral("[%％‰$€£¥￥]|=\\s*100\\b"));
    if (signs.match(t).hasMatch())
        return true;
    // Chinese units: measure words and units, with their multipliers, alone or as a ratio
    // (亿元, 万人, 个, 元/吨, 万千瓦时, 人/平方公里, 亿美元).
    static const QRegularExpression chinese(QStringLiteral(
        "^(?:[十百千万亿]*(?:元|美元|欧元|日元|港元|人民币|人次|人|个|家|项|吨|标准煤|千瓦时|千瓦|瓦|度|公里|千米|米|平方米|平方公里|立方米|公顷|亩|"
        "辆|台|件|户|座|所|只|头|部|次|张|册|场|条|艘|架|名|岁|年|个月|月|天|日|小时|千克|公斤|克|升|吨公里|人公里|标箱|箱|套|篇|种|位)"
        "(?:\\s*/\\s*)?)+$"));
    if (chinese.match(t).hasMatch())
        return true;
    // English unit words (OWID's and the World Bank's "(current US$)", "(per 1,000 people)",
    // "(kg per capita)", "(% of GDP)", "(constant 2015 prices)"); "(historical)" has none.
    static const QSet<QString> words = {
        QStringLiteral("usd"), QStringLiteral("us$"), QStringLiteral("eur"), QStringLiteral("euro"), QStringLiteral("euros"),
        QStringLiteral("dollar"), QStringLiteral("dollars"), QStringLiteral("yuan"), QStringLiteral("rmb"), QStringLiteral("cny"),
        QStringLiteral("gbp"), QStringLiteral("pound"), QStringLiteral("pounds"), QStringLiteral("yen"), QStringLiteral("lcu"),
        QStringLiteral("ppp"), QStringLiteral("current"), QStringLiteral("constant"), QStringLiteral("prices"),
        QStringLiteral("percent"), QStringLiteral("percentage"), QStringLiteral("per"), QStringLiteral("index"),
        QStringLiteral("thousand"), QStringLiteral("thousands"), QStringLiteral("million"), QStringLiteral("millions"),
        QStringLiteral("billion"), QStringLiteral("billions"), QStringLiteral("trillion"), QStringLiteral("number"),
        QStringLiteral("people"), QStringLiteral("persons"), QStringLiteral("units"), QStringLiteral("years"),
        QStringLiteral("months"), QStringLiteral("days"), QStringLiteral("hours"), QStringLiteral("kg"), QStringLiteral("g"),
        QStringLiteral("t"), QStringLiteral("tonnes"), QStringLiteral("tons"), QStringLiteral("tonne"), QStringLiteral("km"),
        QStringLiteral("km2"), QStringLiteral("km²"), QStringLiteral("m²"), QStringLiteral("m³"),
        QStringLiteral("sq"), QStringLiteral("hectares"), QStringLiteral("ha"), QStringLiteral("litres"), QStringLiteral("liters"),
        QStringLiteral("kwh"), QStringLiteral("mwh"), QStringLiteral("gwh"), QStringLiteral("twh"), QStringLiteral("kw"),
        QStringLiteral("mw"), QStringLiteral("gw"), QStringLiteral("co2"), QStringLiteral("co₂"), QStringLiteral("co2e"),
        QStringLiteral("mt"), QStringLiteral("gt"), QStringLiteral("toe"), QStringLiteral("tj"), QStringLiteral("pj"),
        QStringLiteral("ej"), QStringLiteral("bbl"), QStringLiteral("barrels"), QStringLiteral("°c"), QStringLiteral("celsius"),
        QStringLiteral("capita"), QStringLiteral("ratio"), QStringLiteral("rate"), QStringLiteral("score"),
        // Multipliers as offices abbreviate them: ('000), (000s), (bn), (AUD m), (mn), (kt).
        QStringLiteral("'000"), QStringLiteral("’000"), QStringLiteral("000"), QStringLiteral("000s"), QStringLiteral("'000s"),
        QStringLiteral("k"), QStringLiteral("m"), QStringLiteral("mn"), QStringLiteral("mln"), QStringLiteral("bn"),
        QStringLiteral("bln"), QStringLiteral("tn"), QStringLiteral("kt"), QStringLiteral("ktoe"), QStringLiteral("mtoe"),
        // Currencies by their ISO 4217 codes.
        QStringLiteral("aud"), QStringLiteral("nzd"), QStringLiteral("cad"), QStringLiteral("hkd"), QStringLiteral("twd"),
        QStringLiteral("sgd"), QStringLiteral("jpy"), QStringLiteral("krw"), QStringLiteral("inr"), QStringLiteral("chf"),
        QStringLiteral("sek"), QStringLiteral("nok"), QStringLiteral("dkk"), QStringLiteral("pln"), QStringLiteral("czk"),
        QStringLiteral("huf"), QStringLiteral("rub"), QStringLiteral("brl"), QStringLiteral("mxn"), QStringLiteral("zar"),
        QStringLiteral("try"), QStringLiteral("idr"), QStringLiteral("myr"), QStringLiteral("thb"), QStringLiteral("vnd"),
        QStringLiteral("php"), QStringLiteral("mop"), QStringLiteral("sdr"), QStringLiteral("xdr"),
    };
    static const QRegularExpression split(QStringLiteral("[\\s,;/]+"));
    for (const QString &w : t.toLower().split(split, Qt::SkipEmptyParts))
        if (words.contains(w))
            return true;
    return false;
}

HeaderName splitHeaderUnit(const QString &header)
{
    static const QRegularExpression re(QStringLiteral("^(.*?)\\s*[（(]\\s*([^()（）]+?)\\s*[)）]\\s*$"));
    const QString t = header.trimmed();
    // Only a parenthesis that holds unit text is the unit: "(historical)" stays in the name.
    if (const QRegularExpressionMatch m = re.match(t); m.hasMatch() && !m.captured(1).isEmpty() && isUnitText(m.captured(2)))
        return {m.captured(1), m.captured(2)};
    return {t, QString()};
}

} // namespace cs
