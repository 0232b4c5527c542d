// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/text_values.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

// Full-width forms (１２３．４％, ＱＱ) and ideographic spaces read as their ASCII selves.
QString normalizedText(QStringView text)
{
    bool wide = false;
    for (QChar c : text)
        wide = wide || c.unicode() >= 0x3000 || c.unicode() == 0x00A0;
    QString t = wide ? text.toString().normalized(QString::NormalizationForm_KC) : text.toString();
    if (wide)
        t.replace(QChar(0x3000), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    return t.trimmed();
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    const int i = int(digits.indexOf(c));
    return i >= 0 ? i : (c.isDigit() ? c.digitValue() : -1);
}

} // namespace

NumberText parseNumberText(QStringView text)
{
    NumberText r;
    // Most cells are plain decimals ("1234.5", "-0.25"): read them without the rules below.
    if (!text.isEmpty() && text.size() <= 32) {
        bool plain = true;
        for (qsizetype i = 0; i < text.size() && plain; ++i) {
            const QChar c = text[i];
            plain = (c >= u'0' && c <= u'9') || c == u'.' || (c == u'-' && i == 0);
        }
        if (plain && text.front() != u'.' && text.back() != u'.') {
            bool ok = false;
            const double v = text.toDouble(&ok);
            if (ok && std::isfinite(v)) {
                r.status = NumberText::Status::Value;
                r.value = v;
                return r;
            }
        }
    }
    QString t = normalizedText(text);
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

Period parsePeriodText(const QString &text, QString *error)
{
    const QString t = normalizedText(text);
    {
        const Period p = Period::parse(t);
        if (p.isValid())
            return p;
    }
    auto spanOrYear = [&](Period first, Period last) {
        // 2023年1-12月 is the whole year: it is the year.
        if (first.granularity() != Granularity::Year && first.firstIndex() == 1 && last.year() == first.year()
            && last.endDate() == QDate(first.year(), 12, 31))
            return Period::year(first.year());
        return Period::span(first, last, error);
    };
    struct Rule {
        QRegularExpression re;
        std::function<Period(const QRegularExpressionMatch &)> make;
    };
    auto n = [](const QRegularExpressionMatch &m, int i) { return m.captured(i).toInt(); };
    static const QList<Rule> rules = [&] {
        QList<Rule> r;
        auto add = [&r](const char *pattern, std::function<Period(const QRegularExpressionMatch &)> make) {
            r.append({QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption), make});
        };
        add("^(\\d{4})\\s*\\[YR\\d{4}\\]$", [n](auto &m) { return Period::year(n(m, 1)); });
        add("^YR(\\d{4})$", [n](auto &m) { return Period::year(n(m, 1)); });
        add("^(\\d{4})\\s*年(度)?$", [n](auto &m) { return Period::year(n(m, 1)); });
        add("^(\\d{4})\\s*[-/ ]?Q([1-4])$", [n](auto &m) { return Period::quarter(n(m, 1), n(m, 2)); });
        add("^Q([1-4])\\s*[-/ ]?(\\d{4})$", [n](auto &m) { return Period::quarter(n(m, 2), n(m, 1)); });
        add("^(\\d{4})\\s*年\\s*第?([一二三四1-4])季度$",
            [n](auto &m) { return Period::quarter(n(m, 1), chineseDigit(m.captured(2).at(0))); });
        add("^(\\d{4})\\s*年\\s*上半年$", [n](auto &m) { return Period::span(Period::quarter(n(m, 1), 1), Period::quarter(n(m, 1), 2)); });
        add("^(\\d{4})\\s*年\\s*前([二三两])季度$", [n](auto &m) {
            const int last = m.captured(2) == QStringLiteral("三") ? 3 : 2;
            return Period::span(Period::quarter(n(m, 1), 1), Period::quarter(n(m, 1), last));
        });
        return r;
    }();
    for (const Rule &rule : rules) {
        if (const QRegularExpressionMatch m = rule.re.match(t); m.hasMatch()) {
            const Period p = rule.make(m);
            if (p.isValid())
                return p;
        }
    }
    // Spans and single months, quarters in spans, weeks and dates: the patterns with ranges.
    static const QRegularExpression quarterSpan(QStringLiteral("^(\\d{4})\\s*年\\s*第?(\\d)\\s*[-—–~～至]\\s*第?(\\d)\\s*季度$"));
    static const QRegularExpression monthSpan(QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*[-—–~～至]\\s*(\\d{1,2})\\s*月份?$"));
    static const QRegularExpression monthZh(QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月份?$"));
    static const QRegularExpression monthNum(QStringLiteral("^(\\d{4})\\s*[-/.M]\\s*(\\d{1,2})$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression week(QStringLiteral("^(\\d{4})\\s*-?\\s*W(\\d{1,2})$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression date(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression dateZh(QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"));
    QRegularExpressionMatch m;
    auto validMonth = [](int month) { return month >= 1 && month <= 12; };
    if ((m = quarterSpan.match(t)).hasMatch() && n(m, 2) >= 1 && n(m, 3) <= 4)
        return spanOrYear(Period::quarter(n(m, 1), n(m, 2)), Period::quarter(n(m, 1), n(m, 3)));
    if ((m = monthSpan.match(t)).hasMatch() && validMonth(n(m, 2)) && validMonth(n(m, 3)))
        return spanOrYear(Period::month(n(m, 1), n(m, 2)), Period::month(n(m, 1), n(m, 3)));
    if (((m = monthZh.match(t)).hasMatch() || (m = monthNum.match(t)).hasMatch()) && validMonth(n(m, 2))) {
        if (const Period p = Period::month(n(m, 1), n(m, 2)); p.isValid())
            return p; // not when the year is out of range
    }
    if ((m = week.match(t)).hasMatch())
        return Period::parse(QStringLiteral("%1-W%2").arg(n(m, 1)).arg(n(m, 2), 2, 10, QLatin1Char('0')), error);
    if ((m = date.match(t)).hasMatch() || (m = dateZh.match(t)).hasMatch()) {
        if (const Period p = Period::day(QDate(n(m, 1), n(m, 2), n(m, 3))); p.isValid())
            return p;
    }
    if (error && (error->isEmpty() || !t.isEmpty()))
        *error = t.isEmpty() ? QStringLiteral("empty period") : QStringLiteral("'%1' is not a period I can read").arg(t);
    return {};
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

HeaderName splitHeaderUnit(const QString &header)
{
    static const QRegularExpression re(QStringLiteral("^(.*?)\\s*[（(]\\s*([^()（）]+?)\\s*[)）]\\s*$"));
    const QString t = header.trimmed();
    if (const QRegularExpressionMatch m = re.match(t); m.hasMatch() && !m.captured(1).isEmpty())
        return {m.captured(1), m.captured(2)};
    return {t, QString()};
}

} // namespace cs
