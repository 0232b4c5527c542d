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
    QStringList low, names;
    for (int c = 0; c < columns; ++c) {
        low << t.rows.cell(lower, c).trimmed().toString();
        names << joined(up[c], low[c]);
    }
    // Periods gained: made of both rows' words in two or more columns, more than either row
    // names alone (a row of merged years repeats each year: those are not distinct periods).
    QStringList upCells;
    int both = 0;
    for (int c = 0; c < columns; ++c) {
        upCells << t.rows.cell(upper, c).trimmed().toString();
        both += !up[c].isEmpty() && !low[c].isEmpty() && up[c] != low[c] && parsePeriodText(names[c]).isValid();
    }
    const int before = periodsIn(low), after = periodsIn(names);
    const bool periods = both >= 2 && after > before && (namesAlike(upCells) || periodsIn(upCells) < after);
    const bool distinct = namesAlike(low) && !namesAlike(names) && after >= before;
    if (periods || distinct)
        return names;
    return std::nullopt;
}

} // namespace

std::optional<TextTable> joinedTwoRowHeader(const TextTable &t)
{
    const int header = detectHeaderRow(t);
    if (header < 0)
        return std::nullopt;
    qsizetype upper = -1, lower = -1;
    std::optional<QStringList> names;
    // The row below the detected header, when it is words over numbers: the detected row is the
    // upper half (a workbook's merged years fill it).
    if (header + 2 < t.rows.size() && filledCells(t, header + 1) >= 2 && !holdsNumbers(t, header + 1) && holdsNumbers(t, header + 2)) {
        names = tryJoin(t, header, header + 1);
        upper = header, lower = header + 1;
    }
    if (!names && header >= 1) {
        names = tryJoin(t, header - 1, header);
        upper = header - 1, lower = header;
    }
    if (!names)
        return std::nullopt;
    // The upper row stays as read when it is above the detected header (shown, and skipped as a
    // line above the table); when it was taken for the header, it is emptied.
    TextTable out;
    for (qsizetype r = 0; r < t.rows.size(); ++r)
        out.append(t.lines.value(r, r + 1), r == lower ? *names : r == upper && upper == header ? QStringList() : t.rows[r]);
    return out;
}

} // namespace cs
