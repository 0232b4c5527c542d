// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX number formats: which cell formats show a serial number as a date or a time (built-in
// format ids and custom format codes), and how numbers and dates are written as text.
#include "import/xlsx_parts.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace cs::xlsx {

namespace {

DateKind builtInDateKind(int id)
{
    if ((id >= 14 && id <= 17))
        return DateKind::Date;
    if (id == 22)
        return DateKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return DateKind::Time;
    // East Asian built-ins (zh-CN, zh-TW, ja-JP, ko-KR), such as 31 = yyyy"年"m"月"d"日".
    if ((id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 || id == 58)
        return DateKind::Date;
    if ((id >= 32 && id <= 35) || id == 55 || id == 56)
        return DateKind::Time;
    return DateKind::None;
}

// Classifies a custom format code by the tokens outside quotes, escapes and brackets (elapsed-time
// brackets such as [h] count as time). "m" alone decides nothing: it is a month only next to a
// day or year (which make the code a date anyway), and minutes next to hours or seconds.
DateKind formatCodeDateKind(QStringView code)
{
    bool hasYearOrDay = false, hasTime = false;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = code[i];
        if (ch == u';')
            break; // the first section decides
        if (ch == u'"') {
            ++i;
            while (i < n && code[i] != u'"')
                ++i;
            continue;
        }
        if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++i;
            continue;
        }
        if (ch == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, close < 0 ? n - i - 1 : close - i - 1);
            if (!inside.isEmpty()) {
                const QChar first = inside[0].toLower();
                bool same = first == u'h' || first == u'm' || first == u's';
                for (QChar c : inside)
                    same = same && c.toLower() == first;
                if (same)
                    hasTime = true;
            }
            if (close < 0)
                break;
            i = close;
            continue;
        }
        const QChar lower = ch.toLower();
        if (lower == u'a') {
            if (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0) {
                hasTime = true;
                i += 4;
            } else if (code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0) {
                hasTime = true;
                i += 2;
            }
            continue;
        }
        if (lower == u'y' || lower == u'd')
            hasYearOrDay = true;
        else if (lower == u'h' || lower == u's')
            hasTime = true;
    }
    if (hasYearOrDay)
        return hasTime ? DateKind::DateTime : DateKind::Date;
    if (hasTime)
        return DateKind::Time;
    return DateKind::None;
}

} // namespace

std::vector<DateKind> readStyles(Package &pkg, const QString &part)
{
    QHash<int, QString> customFormats;
    std::vector<int> xfFormatIds;
    pkg.read(part, [&](XmlPart &p) { // <styleSheet>
        while (p.nextChild()) {
            const QStringView name = p.elementName();
            if (name == u"numFmts") {
                while (p.nextChild()) {
                    if (p.elementName() == u"numFmt") {
                        bool ok = false;
                        const int id = p.attribute(u"numFmtId").toInt(&ok);
                        if (ok)
                            customFormats.insert(id, p.attribute(u"formatCode"));
                    }
                    p.skip();
                }
            } else if (name == u"cellXfs") {
                while (p.nextChild()) {
                    if (p.elementName() == u"xf")
                        xfFormatIds.push_back(p.attribute(u"numFmtId").toInt());
                    p.skip();
                }
            } else {
                p.skip(); // cellStyleXfs, dxfs, extLst, fonts, …
            }
        }
    });
    std::vector<DateKind> kinds;
    kinds.reserve(xfFormatIds.size());
    for (int id : xfFormatIds) {
        const auto it = customFormats.constFind(id);
        kinds.push_back(it != customFormats.constEnd() ? formatCodeDateKind(*it) : builtInDateKind(id));
    }
    return kinds;
}

// Exponent form only for magnitudes outside [1e-7, 1e21), as JavaScript does.
QString formatNumber(double v)
{
    if (v == 0)
        return QStringLiteral("0");
    const double a = std::fabs(v);
    const char format = (a >= 1e21 || a < 1e-7) ? 'g' : 'f';
    return QLocale::c().toString(v, format, QLocale::FloatingPointShortest);
}

// No sign but a minus on a non-zero value, no leading or trailing zeros, no exponent, at most 15
// significant digits (so no shorter decimal reads as the same double) and not below 1e-7.
bool isShortestDecimal(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && s[i] == u'-')
        ++i;
    const qsizetype intStart = i;
    while (i < n && s[i] >= u'0' && s[i] <= u'9')
        ++i;
    const qsizetype intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && s[intStart] == u'0'))
        return false;
    const bool zeroInt = intDigits == 1 && s[intStart] == u'0';
    int significant = zeroInt ? 0 : int(intDigits);
    if (i == n)
        return significant <= 15 && !zeroInt; // "0" and "-0" take the slow path
    if (s[i] != u'.' || ++i == n)
        return false;
    int leadingZeros = 0;
    bool seenNonZero = !zeroInt;
    for (; i < n; ++i) {
        if (s[i] < u'0' || s[i] > u'9')
            return false;
        if (seenNonZero)
            ++significant;
        else if (s[i] == u'0')
            ++leadingZeros;
        else {
            seenNonZero = true;
            ++significant;
        }
    }
    return seenNonZero && s[n - 1] != u'0' && significant <= 15 && leadingZeros < 6;
}

std::optional<QString> formatSerialDate(double serial, DateKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return std::nullopt;
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qRound64((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const auto timeText = [&] {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    if (kind == DateKind::Time && serial < 1)
        return timeText();
    if (kind == DateKind::Date) { // the date shown, not rounded up by its time
        days = qint64(std::floor(serial));
        seconds = 0;
    }
    QString dateText;
    if (date1904) {
        dateText = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        dateText = QStringLiteral("1900-02-29"); // Excel's (and Lotus 1-2-3's) day that never was
    } else {
        // Serial 1 is 1900-01-01; past the phantom 29 February everything is one day later.
        dateText = (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(days).toString(Qt::ISODate);
    }
    if (seconds != 0)
        return dateText + QLatin1Char(' ') + timeText();
    return dateText;
}

} // namespace cs::xlsx
