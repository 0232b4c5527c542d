// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/sdmx_csv.h"

#include "import/table_import.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cs {

namespace {

QString upper(QStringView s) { return s.trimmed().toString().toUpper(); }

int columnNamed(const TextTable &t, const char *name)
{
    for (int c = 0; c < t.rows.cellCount(0); ++c)
        if (upper(t.rows.cell(0, c)) == QLatin1String(name))
            return c;
    return -1;
}

// "CODE: Label" (labels=both) → the label; a code or a label alone as it is.
QString labelOf(QStringView cell)
{
    const QStringView t = cell.trimmed();
    const qsizetype colon = t.indexOf(QLatin1String(": "));
    return colon > 0 && !t.left(colon).contains(QLatin1Char(' ')) ? t.mid(colon + 2).trimmed().toString() : t.toString();
}

QString codeOf(QStringView cell)
{
    const QStringView t = cell.trimmed();
    const qsizetype colon = t.indexOf(QLatin1String(": "));
    return colon > 0 && !t.left(colon).contains(QLatin1Char(' ')) ? t.left(colon).toString() : t.toString();
}

bool isPlaceholder(const QString &code, const QString &label)
{
    static const QSet<QString> codes = {QStringLiteral("_T"), QStringLiteral("_Z"), QStringLiteral("_X"), QStringLiteral("_U")};
    static const QSet<QString> labels = {QStringLiteral("total"), QStringLiteral("not applicable"), QStringLiteral("unspecified")};
    return codes.contains(code) || labels.contains(label.toLower());
}

// UNIT_MULT, a power of ten, as words before the unit.
QString multiplierWords(const QString &mult)
{
    bool ok = false;
    const int power = mult.trimmed().toInt(&ok);
    if (!ok || power == 0)
        return QString();
    switch (power) {
    case 2: return QStringLiteral("hundred");
    case 3: return QStringLiteral("thousand");
    case 6: return QStringLiteral("million");
    case 9: return QStringLiteral("billion");
    case 12: return QStringLiteral("trillion");
    default: return QStringLiteral("×10^%1").arg(power);
    }
}

struct Component {
    int column = -1; // the code (or label) column
    int label = -1;  // 2.0 labels=name: the column of its label, else -1
    QString name;    // the header (its label column's header when there is one)
    // The text for names and subjects: the label column's, else the cell's label part.
    QString textAt(const TextTable &t, qsizetype row) const
    {
        if (label >= 0) {
            const QString l = t.rows.cell(row, label).trimmed().toString();
            if (!l.isEmpty())
                return l;
        }
        return labelOf(t.rows.cell(row, column));
    }
};

} // namespace

bool isSdmxCsv(const TextTable &table)
{
    if (table.rows.isEmpty() || table.rows.cellCount(0) < 3)
        return false;
    const QString first = upper(table.rows.cell(0, 0));
    return (first == QLatin1String("DATAFLOW") || first == QLatin1String("STRUCTURE"))
        && columnNamed(table, "TIME_PERIOD") > 0 && columnNamed(table, "OBS_VALUE") > 0;
}

SdmxCsvResult readSdmxCsv(const TextTable &t)
{
    SdmxCsvResult r;
    if (!isSdmxCsv(t)) {
        r.error = QStringLiteral("not SDMX-CSV: the header must start with DATAFLOW or STRUCTURE and have TIME_PERIOD and OBS_VALUE");
        return r;
    }
    const int columns = t.rows.cellCount(0);
    const int timeColumn = columnNamed(t, "TIME_PERIOD"), valueColumn = columnNamed(t, "OBS_VALUE");
    // 2.0's structure columns, then the components; with labels=name every component column is
    // followed by its label's, which TIME_PERIOD shows: its next column is not OBS_VALUE.
    int first = 1;
    const bool v2 = upper(t.rows.cell(0, 0)) == QLatin1String("STRUCTURE");
    int nameColumn = -1;
    while (first < columns) {
        const QString h = upper(t.rows.cell(0, first));
        if (h == QLatin1String("STRUCTURE_ID") || h == QLatin1String("ACTION") || h == QLatin1String("LAST UPDATE"))
            ++first;
        else if (h == QLatin1String("STRUCTURE_NAME"))
            nameColumn = first++;
        else
            break;
    }
    const bool paired = timeColumn + 1 < columns && timeColumn + 1 != valueColumn;
    QList<Component> dims;
    for (int c = first; c < timeColumn; c += paired ? 2 : 1) {
        Component d;
        d.column = c;
        d.label = paired && c + 1 < timeColumn ? c + 1 : -1;
        d.name = t.rows.cell(0, c).trimmed().toString();
        dims.append(d);
    }
    if (dims.isEmpty()) {
        r.error = QStringLiteral("SDMX-CSV without dimensions before TIME_PERIOD");
        return r;
    }
    const int flagColumn = columnNamed(t, "OBS_FLAG");
    const int statusColumn = columnNamed(t, "OBS_STATUS");
    const int confColumn = columnNamed(t, "CONF_STATUS");
    const int multColumn = columnNamed(t, "UNIT_MULT");
    if (t.rows.size() > 1)
        r.dataflow = nameColumn >= 0 ? t.rows.cell(1, nameColumn).trimmed().toString()
                                     : t.rows.cell(1, v2 ? std::min(1, columns - 1) : 0).trimmed().toString();

    // Roles of the dimensions, by their code column's header and, failing that, their label's.
    static const QRegularExpression frequency(QStringLiteral("^(FREQ|FREQUENCY|TIME FREQUENCY)$"));
    int geo = -1, unit = -1;
    QList<bool> isFrequency;
    QStringList labels;
    for (const Component &d : std::as_const(dims))
        labels.append(d.label >= 0 ? t.rows.cell(0, d.label).trimmed().toString() : QString());
    // The reference area: by SDMX's and Eurostat's names first (Eurostat's "entity" is not a
    // country), then by any name of a region (headerRole); never the counterpart area.
    static const QSet<QString> areaNames = {QStringLiteral("REF_AREA"), QStringLiteral("GEO"), QStringLiteral("COUNTRY"),
                                            QStringLiteral("REFERENCE AREA"), QStringLiteral("GEOPOLITICAL ENTITY (REPORTING)")};
    for (int pass = 0; pass < 2 && geo < 0; ++pass)
        for (int i = 0; i < dims.size() && geo < 0; ++i) {
            const QString code = dims[i].name.toUpper();
            if (code == QLatin1String("COUNTERPART_AREA") || code == QLatin1String("PARTNER"))
                continue;
            if (pass == 0 ? areaNames.contains(code) || areaNames.contains(labels[i].toUpper())
                          : headerRole(dims[i].name) == HeaderRole::Subject || headerRole(labels[i]) == HeaderRole::Subject)
                geo = i;
        }
    for (int i = 0; i < dims.size(); ++i) {
        const QString code = dims[i].name.toUpper();
        if (unit < 0 && i != geo
            && (code == QLatin1String("UNIT_MEASURE") || headerRole(dims[i].name) == HeaderRole::Unit
                || headerRole(labels[i]) == HeaderRole::Unit))
            unit = i;
        isFrequency.append(frequency.match(code).hasMatch() || frequency.match(labels[i].toUpper()).hasMatch());
    }
    // Which dimensions vary in the file.
    QList<QSet<QString>> seen(dims.size());
    QList<bool> varies(dims.size(), false);
    for (qsizetype row = 1; row < t.rows.size(); ++row)
        for (int i = 0; i < dims.size(); ++i)
            if (!varies[i]) {
                seen[i].insert(t.rows.cell(row, dims[i].column).trimmed().toString());
                varies[i] = seen[i].size() > 1;
            }
    QList<int> naming;
    for (int i = 0; i < dims.size(); ++i)
        if (varies[i] && i != geo && i != unit && !isFrequency[i])
            naming.append(i);
    const bool constantNames = naming.isEmpty();
    if (constantNames)
        for (int i = 0; i < dims.size(); ++i)
            if (i != geo && i != unit && !isFrequency[i])
                naming.append(i);
    if (unit >= 0 && varies[unit])
        naming.append(unit);

    QStringList header = {QStringLiteral("Indicator")};
    if (geo >= 0)
        header.append(QStringLiteral("Subject"));
    header += {QStringLiteral("Period"), QStringLiteral("Value")};
    const bool units = unit >= 0 || multColumn >= 0;
    if (units)
        header.append(QStringLiteral("Unit"));
    r.table.append(t.lines.value(0, 1), header);
    static const QRegularExpression flagText(QStringLiteral("^[a-z]{1,4}$"));
    for (qsizetype row = 1; row < t.rows.size(); ++row) {
        if (t.rows.cellCount(row) == 0 || (t.rows.cellCount(row) == 1 && t.rows.cell(row, 0).trimmed().isEmpty()))
            continue; // a blank line
        QStringList parts;
        for (int i : std::as_const(naming)) {
            const QString text = dims[i].textAt(t, row);
            if (constantNames && isPlaceholder(codeOf(t.rows.cell(row, dims[i].column)), text))
                continue;
            parts.append(text);
        }
        // Nothing varies but the area and the unit: the dataflow's name, when the file gives it,
        // says what is measured, and the fixed dimensions narrow it.
        if (constantNames && nameColumn >= 0 && !r.dataflow.isEmpty())
            parts.prepend(r.dataflow);
        QString name = parts.join(QStringLiteral(", "));
        if (name.isEmpty())
            name = r.dataflow.isEmpty() ? QStringLiteral("value") : r.dataflow;
        QStringList out = {name};
        if (geo >= 0)
            out.append(dims[geo].textAt(t, row));
        out.append(t.rows.cell(row, timeColumn).trimmed().toString());
        QString value = t.rows.cell(row, valueColumn).trimmed().toString();
        // Eurostat's OBS_FLAG letters, then SDMX's OBS_STATUS unless it is A, "normal value".
        QString flag = flagColumn >= 0 ? codeOf(t.rows.cell(row, flagColumn)).toLower() : QString();
        if (const QString status = statusColumn >= 0 ? codeOf(t.rows.cell(row, statusColumn)).toLower() : QString();
            status != QLatin1String("a") && !flag.contains(status))
            flag += status;
        if (flag.isEmpty() && value.isEmpty() && confColumn >= 0)
            flag = codeOf(t.rows.cell(row, confColumn)).toLower(); // confidential: missing, flagged
        if (flagText.match(flag).hasMatch())
            value = (value.isEmpty() ? QStringLiteral(":") : value) + QLatin1Char(' ') + flag;
        out.append(value);
        if (units) {
            const QString words = multColumn >= 0 ? multiplierWords(codeOf(t.rows.cell(row, multColumn))) : QString();
            const QString u = unit >= 0 ? dims[unit].textAt(t, row) : QString();
            out.append(words.isEmpty() ? u : u.isEmpty() ? words : words + QLatin1Char(' ') + u);
        }
        r.table.append(t.lines.value(row, row + 1), out);
    }
    return r;
}

} // namespace cs
