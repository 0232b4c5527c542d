// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/at_iterator.h"
#include "model/memory_tuning.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringDecoder>
#include <QStringView>

#include <algorithm>
#include <initializer_list>
#include <new>
#include <vector>

namespace cs {

// The rows of a table as read from a file, kept compact: the text of every cell in one buffer,
// each cell a (start, length) piece of it, a row's cells one after another. A cell may share the
// text of an earlier one (a panel repeats its region, indicator, period and unit a million times).
// About 8 bytes per cell plus its text, where a QStringList per row costs some 60 bytes per cell.
// Reading a row builds its QStringList; loops over millions of cells read cell() views instead.
class TextRows
{
public:
    // The most characters of text a table holds: 4 Gi UTF-16 units, far past what the limits on
    // data files let in (a CSV file of 256 MiB by default, a workbook's 256M characters).
    static constexpr qint64 kMaxText = 0xFFFFFFFFll;

    TextRows() = default;
    TextRows(std::initializer_list<QStringList> rows)
    {
        for (const QStringList &r : rows)
            append(r);
    }
    TextRows(const QList<QStringList> &rows)
    {
        for (const QStringList &r : rows)
            append(r);
    }

    qsizetype size() const { return qsizetype(m_rowStart.size()) - 1; }
    qsizetype count() const { return size(); }
    bool isEmpty() const { return size() == 0; }
    qsizetype textSize() const { return m_text.size(); } // characters of all the cells' text

    int cellCount(qsizetype row) const
    {
        if (row >= m_releasedFrom && row < m_releasedTo)
            return 0;
        return int(m_rowStart[size_t(row) + 1] - m_rowStart[size_t(row)]);
    }
    // The cell's text; empty past the row's end.
    QStringView cell(qsizetype row, int column) const
    {
        if (column < 0 || column >= cellCount(row))
            return {};
        const size_t k = size_t(m_rowStart[size_t(row)]) + size_t(column);
        return QStringView(m_text).mid(m_start[k], m_length[k]);
    }
    // Cells, and characters of their text counted once per cell (a shared text for each cell
    // showing it), in rows [from, to).
    qint64 cellsIn(qsizetype from, qsizetype to) const { return m_rowStart[size_t(to)] - m_rowStart[size_t(from)]; }
    qint64 textLength(qsizetype from, qsizetype to) const
    {
        qint64 n = 0;
        for (qint64 k = m_rowStart[size_t(from)]; k < m_rowStart[size_t(to)]; ++k)
            n += m_length[size_t(k)];
        return n;
    }
    QStringList operator[](qsizetype row) const { return at(row); }
    QStringList at(qsizetype row) const
    {
        QStringList out;
        const int n = cellCount(row);
        out.reserve(n);
        for (int c = 0; c < n; ++c)
            out.append(cell(row, c).toString());
        return out;
    }
    QStringList value(qsizetype row) const { return row >= 0 && row < size() ? at(row) : QStringList(); }
    QStringList first() const { return at(0); }
    QStringList last() const { return at(size() - 1); }
    TextRows mid(qsizetype pos, qsizetype n = -1) const
    {
        TextRows out;
        const qsizetype end = n < 0 ? size() : std::min(size(), pos + n);
        for (qsizetype r = pos; r < end; ++r)
            out.append(at(r));
        return out;
    }

    void append(const QStringList &row)
    {
        for (const QString &c : row)
            addCell(c);
        endRow();
    }
    TextRows &operator<<(const QStringList &row)
    {
        append(row);
        return *this;
    }

    // Building a row cell by cell: addCell() or addCellLike() for each, then endRow(). Both
    // return the cell's index, for addCellLike() of a later cell with the same text.
    qsizetype addCell(QStringView text)
    {
        if (m_text.size() + text.size() > kMaxText)
            throw std::bad_alloc(); // (readers refuse such a file before: the limits on data files)
        m_start.push_back(quint32(m_text.size()));
        m_length.push_back(qint32(text.size()));
        m_text.append(text);
        return qsizetype(m_start.size()) - 1;
    }
    // The same from UTF-8 (valid), decoded straight into the text: no string per cell.
    qsizetype addCellUtf8(const char *utf8, qsizetype size)
    {
        if (m_text.size() + size > kMaxText)
            throw std::bad_alloc();
        m_start.push_back(quint32(m_text.size()));
        const qsizetype at = m_text.size();
        m_text.resize(at + size); // UTF-16 never needs more units than UTF-8 has bytes
        QChar *const begin = m_text.data() + at;
        QChar *out = begin;
        const auto *in = reinterpret_cast<const uchar *>(utf8);
        qsizetype i = 0;
        while (i < size && in[i] < 0x80) // ASCII, most cells of statistics files
            *out++ = QLatin1Char(char(in[i++]));
        if (i < size) {
            // (a byte-order mark inside a cell is kept, as QString::fromUtf8 keeps it)
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
            out = decoder.appendToBuffer(out, QByteArrayView(utf8 + i, size - i));
        }
        m_text.resize(at + (out - begin));
        m_length.push_back(qint32(out - begin));
        return qsizetype(m_start.size()) - 1;
    }
    qsizetype addCellLike(qsizetype cellIndex)
    {
        // Sharing the cell of the same column in the row above (a run down a column) keeps the
        // text in row order, which releaseRows() relies on; any other sharing stops it there.
        // (the row above shows the same text: the text's run down the column goes on)
        const qint64 column = qint64(m_start.size()) - m_rowStart.back();
        if (size() == 0 || column >= cellCount(size() - 1)) {
            m_textInRowOrder = false;
        } else {
            const size_t above = size_t(m_rowStart[size_t(size() - 1)] + column);
            if (m_start[above] != m_start[size_t(cellIndex)] || m_length[above] != m_length[size_t(cellIndex)])
                m_textInRowOrder = false;
        }
        m_start.push_back(m_start[size_t(cellIndex)]);
        m_length.push_back(m_length[size_t(cellIndex)]);
        return qsizetype(m_start.size()) - 1;
    }
    void endRow() { m_rowStart.push_back(qint64(m_start.size())); }

    // Room for this many cells in this many rows, so that a large table's index is allocated once
    // (grown by doubling, it would hold up to twice the room while copying).
    void reserve(qsizetype cells, qsizetype rows)
    {
        m_start.reserve(size_t(cells));
        m_length.reserve(size_t(cells));
        m_rowStart.reserve(size_t(rows) + 1);
        adviseHugePagesFor(m_start);
        adviseHugePagesFor(m_length);
        adviseHugePagesFor(m_rowStart);
    }
    // Room for this many characters of text.
    void reserveText(qsizetype characters)
    {
        m_text.reserve(characters);
        adviseHugePagesFor(m_text);
    }
    // Rows [from, to) will not be read again (an import has turned them into values): the pages
    // only they use, of the cells' index and text, go back to the kernel while the rest of the
    // table is still read. They read as empty rows afterwards. A later call may extend the range
    // (the same `from`, a larger `to`); a call with another `from` does nothing (one range per table).
    void releaseRows(qsizetype from, qsizetype to)
    {
        to = std::min(to, size());
        if (m_releasedTo > m_releasedFrom && from != m_releasedFrom)
            return; // one range per table
        from = std::max<qsizetype>(from, 0);
        if (to <= from)
            return;
        const qsizetype newFrom = m_releasedTo > m_releasedFrom ? m_releasedTo : from;
        if (to <= newFrom)
            return;
        // The text: from the end of what earlier rows use to the start of what later rows use.
        if (m_releasedTo <= m_releasedFrom) {
            m_textReleasedTo = 0;
            for (qint64 k = 0; k < m_rowStart[size_t(from)]; ++k)
                m_textReleasedTo = std::max(m_textReleasedTo, qint64(m_start[size_t(k)]) + m_length[size_t(k)]);
        }
        const qint64 textFrom = m_textReleasedTo;
        qint64 textTo = m_text.size();
        for (qint64 k = m_rowStart[size_t(to)]; k < m_rowStart[size_t(to) + 1 < m_rowStart.size() ? size_t(to) + 1 : size_t(to)]; ++k)
            textTo = std::min(textTo, qint64(m_start[size_t(k)]));
        if (m_textInRowOrder && textTo > textFrom && m_text.isDetached()) { // (never the text of a copy)
            releasePages(m_text.constData() + textFrom, size_t(textTo - textFrom) * sizeof(QChar));
            m_textReleasedTo = textTo;
        }
        const qint64 cellFrom = m_rowStart[size_t(newFrom)], cellTo = m_rowStart[size_t(to)];
        releasePages(m_start.data() + cellFrom, size_t(cellTo - cellFrom) * sizeof(quint32));
        releasePages(m_length.data() + cellFrom, size_t(cellTo - cellFrom) * sizeof(qint32));
        // (row r's cells are bounded by m_rowStart[r] and m_rowStart[r + 1]: those of the
        // rows kept stay)
        if (to > newFrom + 1)
            releasePages(m_rowStart.data() + newFrom + 1, size_t(to - newFrom - 1) * sizeof(qint64));
        m_releasedFrom = from;
        m_releasedTo = to;
    }

    // Gives back the room the buffers grew into.
    void squeeze()
    {
        m_text.squeeze();
        m_start.shrink_to_fit();
        m_length.shrink_to_fit();
        m_rowStart.shrink_to_fit();
    }

    using const_iterator = AtIterator<TextRows, QStringList>;
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    QStringList front() const { return first(); }
    // The rows as a list of lists: for small tables (a preview, a test).
    operator QList<QStringList>() const { return toList(); }
    QList<QStringList> toList() const
    {
        QList<QStringList> out;
        out.reserve(size());
        for (qsizetype r = 0; r < size(); ++r)
            out.append(at(r));
        return out;
    }
    friend bool operator==(const TextRows &a, const TextRows &b) { return a.toList() == b.toList(); }
    friend bool operator!=(const TextRows &a, const TextRows &b) { return !(a == b); }
    friend bool operator==(const TextRows &a, const QList<QStringList> &b) { return a.toList() == b; }
    friend bool operator==(const QList<QStringList> &a, const TextRows &b) { return a == b.toList(); }

private:
    QString m_text;
    std::vector<quint32> m_start; // by cell: where its text starts (the text is at most kMaxText long)
    std::vector<qint32> m_length; // by cell
    std::vector<qint64> m_rowStart{0}; // row r's cells are [m_rowStart[r], m_rowStart[r + 1])
    bool m_textInRowOrder = true; // every cell's text after the text of the rows before, or shared from the row above
    qsizetype m_releasedFrom = 0, m_releasedTo = 0; // rows given back by releaseRows()
    qint64 m_textReleasedTo = 0; // text before it is given back, or used by the rows before the range
};

// A table of strings as read from a file, before any meaning is given to it: rows of fields,
// each row with the line of the file where it starts (1-based), for error messages.
struct TextTable {
    TextRows rows;
    QList<qint64> lines;

    int columnCount() const
    {
        int n = 0;
        for (qsizetype r = 0; r < rows.size(); ++r)
            n = std::max(n, rows.cellCount(r));
        return n;
    }
    QString cell(int row, int column) const { return row < rows.size() ? rows.cell(row, column).toString() : QString(); }
    void append(qint64 line, const QStringList &fields)
    {
        lines.append(line);
        rows.append(fields);
    }
};

} // namespace cs
