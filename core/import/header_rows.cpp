// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/header_rows.h"

#include "import/table_import.h"
#include "import/text_values.h"

#include <QRegularExpression>
#include <QSet>

namespace cs {

namespace {

int filledCells(const TextTable &t, qsizetype r)
{
    int n = 0;
    for (int c = 0; c < t.rows.cellCount(r); ++c)
        n += !t.rows.cell(r, c).trimmed().isEmpty();
    return n;
}

// Whether a row holds a number after its first column (a label column), years aside.
bool holdsNumbers(const TextTable &t, qsizetype r)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    for (int c = 1; c < t.rows.cellCount(r); ++c) {
        const QStringView cell = t.rows.cell(r, c).trimmed();
        if (parseNumberText(cell).status == NumberText::Status::Value && !year.match(cell).hasMatch())
            return true;
    }
    return false;
}

// The upper row's text over each column: a cell spans the blank cells after it.
QStringList spanned(const TextTable &t, qsizetype r, int columns)
{
    QStringList out;
    QString current;
    for (int c = 0; c < columns; ++c) {
        const QString cell = t.rows.cell(r, c).trimmed().toString();
        if (!cell.isEmpty())
            current = cell;
        out << current;
    }
    return out;
}

// A year as a header cell: 2023, 2023年.
bool isYear(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})\\s*年?$"));
    const QRegularExpressionMatch m = re.match(text);
    const int y = m.hasMatch() ? m.captured(1).toInt() : 0;
    return y >= 1800 && y <= 2100;
}

// Upper and lower header text as one name: a period when some way of writing them together reads
// as one, else the two words.
QString joined(const QString &up, const QString &low)
{
    if (up.isEmpty() || up == low)
        return low;
    if (low.isEmpty())
        return up;
    static const QRegularExpression bareYear(QStringLiteral("^\\d{4}$"));
    const QString candidates[] = {up + QLatin1Char(' ') + low, up + low,
                                  bareYear.match(up).hasMatch() ? up + QStringLiteral("年") + low : QString(),
                                  low + QLatin1Char(' ') + up};
    for (const QString &c : candidates)
        if (!c.isEmpty() && parsePeriodText(c).isValid())
            return c;
    return up + QLatin1Char(' ') + low;
}

int periodsIn(const QStringList &names)
{
    int n = 0;
    for (const QString &s : names)
        n += !s.isEmpty() && parsePeriodText(s).isValid();
    return n;
}

bool namesAlike(const QStringList &names)
{
    QSet<QString> seen;
    for (const QString &s : names) {
        if (s.isEmpty())
            continue;
        if (seen.contains(s))
            return true;
        seen.insert(s);
    }
    return false;
}

// The joined names of rows `upper` over `lower`, or nothing when joining them does not help.
std::optional<QStringList> tryJoin(const TextTable &t, qsizetype upper, qsizetype lower)
{
    if (upper < 0 || lower >= t.rows.size() || filledCells(t, upper) == 0)
        return std::nullopt;
    if (filledCells(t, upper) == 1 && !t.rows.cell(upper, 0).trimmed().isEmpty())
        return std::nullopt; // a title or "Unit: …" line
    const int columns = std::max(t.rows.cellCount(upper), t.rows.cellCount(lower));
    const QStringList up = spanned(t, upper, columns);
    QStringList low, upCells;
    bool words = true;     // the lower row holds names: no number, no missing-value marker
    bool units = true;     // and every one of them after the first column is a unit (亿元, %, US$ m)
    int lowFilled = 0;
    for (int c = 0; c < columns; ++c) {
        low << t.rows.cell(lower, c).trimmed().toString();
        upCells << t.rows.cell(upper, c).trimmed().toString();
        if (low[c].isEmpty())
            continue;
        ++lowFilled;
        words = words && (parseNumberText(low[c]).status == NumberText::Status::Invalid || isYear(low[c]));
        units = units && (c == 0 || (!up[c].isEmpty() && isUnitText(low[c])));
    }
    if (!words || lowFilled < 2)
        return std::nullopt;
    // A row of units under the names: "GDP" over "亿元" is "GDP (亿元)".
    if (units && (low.value(0).isEmpty() || headerRole(low[0]) == HeaderRole::Unit)) {
        QStringList names;
        for (int c = 0; c < columns; ++c)
            names << (low[c].isEmpty() ? up[c] : QStringLiteral("%1 (%2)").arg(up[c], low[c]));
        return names;
    }
    QStringList names;
    for (int c = 0; c < columns; ++c)
        names << joined(up[c], low[c]);
    // Periods gained: made of both rows' words in two or more columns, more than either row
    // names alone (a row of merged years repeats each year: those are not distinct periods).
    int both = 0;
    for (int c = 0; c < columns; ++c)
        both += !up[c].isEmpty() && !low[c].isEmpty() && up[c] != low[c] && parsePeriodText(names[c]).isValid();
    const int before = periodsIn(low), after = periodsIn(names);
    const bool periods = both >= 2 && after > before && (namesAlike(upCells) || periodsIn(upCells) < after);
    // Columns told apart: the lower row names some alike, the upper row alone cannot name them
    // all apart either (it spans them), and together they can.
    const bool distinct = namesAlike(low) && namesAlike(up) && !namesAlike(names) && after >= before;
    if (periods || distinct)
        return names;
    return std::nullopt;
}

} // namespace

// Indicators over periods (GDP over 2022, 2023; Population over 2022, 2023): a wide table of
// several indicators, read as the long table it holds, one row per value: the label columns
// (those under no upper word), then Indicator, Period, Value. The first label column is the
// subject unless another is named like one.
std::optional<TextTable> indicatorsOverPeriods(const TextTable &t, qsizetype upper, qsizetype lower)
{
    const int columns = std::max(t.rows.cellCount(upper), t.rows.cellCount(lower));
    const QStringList up = spanned(t, upper, columns);
    QList<int> labels, data;
    for (int c = 0; c < columns; ++c) {
        const QString low = t.rows.cell(lower, c).trimmed().toString();
        if (up[c].isEmpty()) {
            if (!data.isEmpty())
                return std::nullopt; // a label column after the data: not this shape
            labels << c;
        } else if (!low.isEmpty() && parsePeriodText(low).isValid() && !parsePeriodText(up[c]).isValid()) {
            data << c;
        } else if (!low.isEmpty()) {
            return std::nullopt;
        }
    }
    QSet<QString> indicators;
    for (int c : std::as_const(data))
        indicators.insert(up[c]);
    if (labels.isEmpty() || data.size() < 2 || indicators.size() < 2)
        return std::nullopt;
    QStringList head;
    int subject = -1;
    for (int c : std::as_const(labels)) {
        head << t.rows.cell(lower, c).trimmed().toString();
        if (subject < 0 && headerRole(head.last()) == HeaderRole::Subject)
            subject = int(head.size()) - 1;
    }
    if (subject < 0)
        head[0] = QStringLiteral("Subject");
    head << QStringLiteral("Indicator") << QStringLiteral("Period") << QStringLiteral("Value");
    TextTable out;
    for (qsizetype r = 0; r < lower; ++r)
        out.append(t.lines.value(r, r + 1), r == upper ? QStringList() : t.rows[r]);
    out.append(t.lines.value(lower, lower + 1), head);
    for (qsizetype r = lower + 1; r < t.rows.size(); ++r) {
        bool any = false;
        for (int c : std::as_const(data))
            any = any || !t.rows.cell(r, c).trimmed().isEmpty();
        if (!any) { // a note, a blank row: kept as it is, for the importer to skip
            out.append(t.lines.value(r, r + 1), t.rows[r]);
            continue;
        }
        QStringList first;
        for (int c : std::as_const(labels))
            first << t.rows.cell(r, c).trimmed().toString();
        for (int c : std::as_const(data)) {
            const QString value = t.rows.cell(r, c).trimmed().toString();
            if (value.isEmpty())
                continue;
            out.append(t.lines.value(r, r + 1), first + QStringList{up[c], t.rows.cell(lower, c).trimmed().toString(), value});
        }
    }
    return out;
}

std::optional<TextTable> joinedTwoRowHeader(const TextTable &t)
{
    const int header = detectHeaderRow(t);
    if (header < 0)
        return std::nullopt;
    // The pairs of rows that may be a header: the detected row with the row below it, when that
    // row is words over numbers (a workbook's merged years fill the detected row); or with the
    // row above it.
    QList<std::pair<qsizetype, qsizetype>> pairs;
    if (header + 2 < t.rows.size() && filledCells(t, header + 1) >= 2 && !holdsNumbers(t, header + 1) && holdsNumbers(t, header + 2))
        pairs.append({header, header + 1});
    if (header >= 1)
        pairs.append({header - 1, header});
    for (const auto &[upper, lower] : pairs) {
        if (std::optional<TextTable> long_ = indicatorsOverPeriods(t, upper, lower))
            return long_;
        const std::optional<QStringList> names = tryJoin(t, upper, lower);
        if (!names)
            continue;
        // The upper row stays as read when it is above the detected header (shown, and skipped
        // as a line above the table); when it was taken for the header, it is emptied.
        TextTable out;
        for (qsizetype r = 0; r < t.rows.size(); ++r)
            out.append(t.lines.value(r, r + 1), r == lower ? *names : r == upper && upper == header ? QStringList() : t.rows[r]);
        return out;
    }
    return std::nullopt;
}

} // namespace cs
