// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace cs {

// A table of strings as read from a file, before any meaning is given to it: rows of fields,
// each row with the line of the file where it starts (1-based), for error messages.
struct TextTable {
    QList<QStringList> rows;
    QList<qint64> lines;

    int columnCount() const
    {
        int n = 0;
        for (const QStringList &r : rows)
            n = std::max(n, int(r.size()));
        return n;
    }
    QString cell(int row, int column) const
    {
        return row < rows.size() && column < rows[row].size() ? rows[row][column] : QString();
    }
    void append(qint64 line, QStringList fields)
    {
        lines.append(line);
        rows.append(std::move(fields));
    }
};

} // namespace cs
