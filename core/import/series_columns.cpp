// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/series_columns.h"

#include "import/text_values.h"
#include "model/period.h"

#include <QRegularExpression>
#include <QSet>

namespace cs {

namespace {

QString key(QStringView cell) { return cell.trimmed().toString().toLower().remove(QLatin1Char(':')).remove(QChar(0xFF1A)); }

bool isMetadataKey(const QString &k)
{
    static const QSet<QString> keys = {
        QStringLiteral("unit"), QStringLiteral("units"), QStringLiteral("series type"), QStringLiteral("data type"),
        QStringLiteral("frequency"), QStringLiteral("collection month"), QStringLiteral("series start"),
        QStringLiteral("series end"), QStringLiteral("no. obs"), QStringLiteral("series id"), QStringLiteral("series code"),
        QStringLiteral("source"), QStringLiteral("单位"), QStringLiteral("计量单位"), QStringLiteral("频率"),
        QStringLiteral("指标代码"), QStringLiteral("数据来源"), QStringLiteral("来源"),
    };
    return keys.contains(k);
}

// "Index Numbers ;  All groups CPI ;  Sydney ;" → "Index Numbers; All groups CPI; Sydney".
QString tidyDescription(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*;\\s*"));
    QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.simplified();
    return parts.join(QStringLiteral("; "));
}

// A date in the first column as the period the frequency says it stands for.
QString periodText(const QString &cell, const QString &frequency)
{
    const Period p = parsePeriodText(cell);
    if (!p.isValid() || p.granularity() != Granularity::Day)
        return cell;
    const QDate d = p.startDate();
    const QString f = frequency.toLower();
    if (f.startsWith(QLatin1String("quarter")) || f == QStringLiteral("季度"))
        return Period::quarter(d.year(), (d.month() - 1) / 3 + 1).toString();
    if (f.startsWith(QLatin1String("month")) || f == QStringLiteral("月度"))
        return Period::month(d.year(), d.month()).toString();
    if ((f.startsWith(QLatin1String("annual")) || f.startsWith(QLatin1String("year")) || f == QStringLiteral("年度"))
        && (d.month() == 1 || d.month() == 12))
        return Period::year(d.year()).toString(); // a June date is a financial year: left as it is
    return cell;
}

} // namespace

std::optional<TextTable> seriesColumnsAsLongTable(const TextTable &t)
{
    const qsizetype scan = std::min<qsizetype>(t.rows.size(), 80);
    // The first row whose first cell is a period, with metadata rows above it.
    for (qsizetype data = 1; data < scan; ++data) {
        if (!parsePeriodText(t.rows.cell(data, 0).trimmed().toString()).isValid())
            continue;
        qsizetype top = data;
        int known = 0;
        while (top > 0) {
            const QString k = key(t.rows.cell(top - 1, 0));
            if (k.isEmpty() || parsePeriodText(k).isValid())
                break;
            known += isMetadataKey(k);
            --top;
        }
        // `top` is the first metadata row; the descriptions are the row above it (first cell
        // empty or a label).
        if (known < 2 || top == 0)
            return std::nullopt;
        const qsizetype header = top - 1;
        QHash<QString, qsizetype> meta;
        for (qsizetype r = top; r < data; ++r)
            meta.insert(key(t.rows.cell(r, 0)), r);
        auto metaAt = [&](std::initializer_list<const char *> keys, int column) {
            for (const char *k : keys)
                if (const auto it = meta.constFind(QString::fromUtf8(k)); it != meta.constEnd())
                    return t.rows.cell(*it, column).trimmed().toString();
            return QString();
        };
        TextTable out;
        const bool units = meta.contains(QStringLiteral("unit")) || meta.contains(QStringLiteral("units"))
            || meta.contains(QStringLiteral("单位")) || meta.contains(QStringLiteral("计量单位"));
        QStringList head = {QStringLiteral("Indicator"), QStringLiteral("Period"), QStringLiteral("Value")};
        if (units)
            head.append(QStringLiteral("Unit"));
        out.append(t.lines.value(header, header + 1), head);
        const int columns = t.rows.cellCount(header);
        QStringList names(columns), unitOf(columns), frequencyOf(columns);
        for (int c = 1; c < columns; ++c) {
            const QString description = tidyDescription(t.rows.cell(header, c).toString());
            if (description.isEmpty())
                continue;
            const QString id = metaAt({"series id", "series code", "指标代码"}, c);
            names[c] = id.isEmpty() ? description : QStringLiteral("%1 [%2]").arg(description, id);
            unitOf[c] = metaAt({"unit", "units", "单位", "计量单位"}, c);
            frequencyOf[c] = metaAt({"frequency", "频率"}, c);
        }
        for (qsizetype r = data; r < t.rows.size(); ++r) {
            const QString first = t.rows.cell(r, 0).trimmed().toString();
            if (!parsePeriodText(first).isValid())
                continue; // notes and footnotes below the data
            for (int c = 1; c < std::min(columns, t.rows.cellCount(r)); ++c) {
                const QString value = t.rows.cell(r, c).trimmed().toString();
                if (names[c].isEmpty() || value.isEmpty())
                    continue;
                QStringList row = {names[c], periodText(first, frequencyOf[c]), value};
                if (units)
                    row.append(unitOf[c]);
                out.append(t.lines.value(r, r + 1), row);
            }
        }
        if (out.rows.size() > 1)
            return out;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace cs
