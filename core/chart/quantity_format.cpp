// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/quantity_format.h"

#include <QLocale>
#include <cmath>

namespace cs {

namespace {

QString trimZeros(QString s)
{
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

// The published unit's label for the language, with the number: no space in Chinese,
// a space in English except for %.
QString joinNumberUnit(const QString &number, const QString &label, Lang lang)
{
    if (label.isEmpty())
        return number;
    if (label == QLatin1String("%") || lang == Lang::Zh)
        return number + label;
    return number + QLatin1Char(' ') + label;
}

QString withQualifier(const QString &text, Qualifier q)
{
    const QString sym = qualifierSymbol(q);
    return sym.isEmpty() ? text : sym + QLatin1Char(' ') + text;
}

} // namespace

QString plainDecimal(double value)
{
    if (!std::isfinite(value))
        return QString();
    QString s = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString formatNumber(double value, Lang lang, int maxDecimals)
{
    QString s = trimZeros(QString::number(value, 'f', maxDecimals));
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    if (lang == Lang::Zh)
        return s;
    // Group the integer part by thousands.
    const bool negative = s.startsWith(QLatin1Char('-'));
    if (negative)
        s.remove(0, 1);
    const int dot = s.indexOf(QLatin1Char('.'));
    QString intPart = dot < 0 ? s : s.left(dot);
    const QString frac = dot < 0 ? QString() : s.mid(dot);
    for (int i = intPart.size() - 3; i > 0; i -= 3)
        intPart.insert(i, QLatin1Char(','));
    return (negative ? QStringLiteral("-") : QString()) + intPart + frac;
}

QString formatQuantity(double value, const Unit &unit, Qualifier q, Lang lang)
{
    const bool scalable = unit.dimension != Dimension::Percent && unit.dimension != Dimension::PercentagePoint
        && unit.dimension != Dimension::Duration;
    if (lang == Lang::Zh) {
        if (scalable && unit.scale == 1 && unit.dimension != Dimension::Other && std::abs(value) >= 1e4) {
            const bool yi = std::abs(value) >= 1e8;
            const QString n = formatNumber(value / (yi ? 1e8 : 1e4), lang, 2) + (yi ? QStringLiteral("亿") : QStringLiteral("万"));
            return withQualifier(n + unit.label.zh, q);
        }
        const QString label = unit.label.zh;
        const bool latinLabel = !label.isEmpty() && label.at(0).unicode() < 0x2E80 && label != QLatin1String("%");
        return withQualifier(joinNumberUnit(formatNumber(value, lang, 4), latinLabel ? QLatin1Char(' ') + label : label, lang), q);
    }
    if (!scalable) {
        QString label = unit.label.en;
        if (unit.dimension == Dimension::Duration && value == 1)
            label.chop(1); // "1 year", "1 month"
        return withQualifier(joinNumberUnit(formatNumber(value, lang, 4), label, lang), q);
    }
    const double base = value * unit.scale;
    const double a = std::abs(base);
    struct Step { double factor; const char *word; };
    static const Step steps[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
    for (const Step &s : steps) {
        if (a >= s.factor) {
            const QString n = formatNumber(base / s.factor, lang, 2) + QLatin1Char(' ') + QLatin1String(s.word);
            return withQualifier(joinNumberUnit(n, unit.baseNoun.en, lang), q);
        }
    }
    const int decimals = a >= 1000 ? 0 : 4;
    return withQualifier(joinNumberUnit(formatNumber(base, lang, decimals), unit.baseNoun.en, lang), q);
}

QString formatValueLabel(double value, Qualifier q, Lang lang, int maxDecimals)
{
    const QString n = formatNumber(value, lang, maxDecimals);
    switch (q) {
    case Qualifier::Exact: return n;
    case Qualifier::MoreThan: return n + QLatin1Char('+');
    default: return qualifierSymbol(q) + n;
    }
}

} // namespace cs
