// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/at_iterator.h"
#include "model/key_column.h"
#include "model/memory_tuning.h"
#include "model/observation.h"
#include "model/string_pool.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <vector>

namespace cs {

// A row of a file that values were imported from, stored once for all the values read from it.
struct SourceRow {
    QString file;       // "panel.csv", "book.xlsx › Sheet1"
    qint64 line = 0;    // 1-based line (CSV) or sheet row (workbooks)
    QStringList cells;  // as read
    int header = -1;    // the source row holding the column names; -1: none

    QString text() const { return cells.join(QStringLiteral(", ")); }
    friend bool operator==(const SourceRow &a, const SourceRow &b)
    {
        return a.file == b.file && a.line == b.line && a.cells == b.cells && a.header == b.header;
    }
};

// A workspace's observations, kept as columns with integer keys: indicator, subject and source
// are keys into one string pool, periods are eight-byte numbers, ids are a pooled prefix plus a
// number ("wb-gdp#1234" is "wb-gdp#" and 1234). Quotes, notes and the inputs of derived values are
// rare and kept aside; an imported value refers to its source row, whose text is stored once as
// UTF-8 for all the values of the row. About 32 bytes per value (the keys in one or two bytes
// each while the workspace has fewer than 65,534 strings), plus the row text once per row.
//
// Reading row i by at(i) builds an Observation (the pooled strings are shared, not copied); hot
// loops read single columns instead. Rows are positions: inserting or removing shifts the ones
// after. Source rows are only ever added; writers keep the ones still referred to.
class ObservationStore
{
public:
    static constexpr char kCellEnd = '\x1f'; // ASCII unit separator: ends each cell of a source row's text

    ObservationStore() = default;
    ObservationStore(std::initializer_list<Observation> list)
    {
        for (const Observation &o : list)
            append(o);
    }

    int size() const { return int(m_value.size()); }
    int count() const { return size(); }
    bool isEmpty() const { return m_value.empty(); }

    Observation at(int row) const;
    Observation operator[](int row) const { return at(row); }
    Observation first() const { return at(0); }
    Observation last() const { return at(size() - 1); }

    // Columns, without building an Observation.
    QString id(int row) const;
    const QString &indicator(int row) const { return m_strings.text(m_indicator[row]); }
    const QString &subject(int row) const { return m_strings.text(m_subject[row]); }
    const QString &source(int row) const { return m_strings.text(m_source[row]); }
    const Period &period(int row) const { return m_period[row]; }
    double value(int row) const { return m_value[row]; }
    Qualifier qualifier(int row) const { return Qualifier(m_qualifier[row]); }
    bool derived(int row) const { return m_extra[row] >= 0 && m_extras[m_extra[row]].derived; }
    bool hasInputs(int row) const { return m_extra[row] >= 0 && !m_extras[m_extra[row]].inputs.isEmpty(); }
    int sourceRowOf(int row) const { return m_row[row]; }
    int columnOf(int row) const { return m_column[row]; }
    // Keys for comparing without strings: equal keys, equal texts. -1 for a text the store lacks.
    int indicatorKey(int row) const { return m_indicator[row]; }
    int subjectKey(int row) const { return m_subject[row]; }
    int sourceKey(int row) const { return m_source[row]; }
    int keyOf(const QString &text) const { return m_strings.find(text); }
    int keyCount() const { return m_strings.size(); } // every key is below it
    // An id as one number (prefix key and suffix), for hashing millions of ids without strings.
    quint64 idKey(int row) const { return packId(m_idPrefix[row], m_idNumber[row]); }
    std::optional<quint64> idKeyOf(const QString &id) const;

    void append(const Observation &o);
    // An import's fast path: a value whose texts are already keys (internKey()), with no
    // Observation and no strings built. Its id is `idPrefix`'s text followed by `idNumber`: the
    // prefix must not end with a digit, and the number is 0 to 999,999,999 ("file-x#" and 12).
    struct KeyedValue {
        qint32 idPrefix = 0;
        qint32 idNumber = 0;
        qint32 indicator = 0;
        qint32 subject = 0;
        qint32 source = 0;
        Period period;
        double value = 0;
        qint32 row = -1;
        qint32 column = -1;
    };
    void appendKeyed(const KeyedValue &v);
    int internKey(const QString &text) { return m_strings.key(text); }
    void insert(int row, const Observation &o);
    void replace(int row, const Observation &o);
    // Reads row `row`, lets `change` edit it, and writes it back.
    void update(int row, const std::function<void(Observation &)> &change)
    {
        Observation o = at(row);
        change(o);
        replace(row, o);
    }
    void removeAt(int row);
    // Removes every row `drop` accepts, in one pass.
    void removeRows(const std::function<bool(int row)> &drop);
    void clear();
    // Room for n values; `largestKey`: the string keys to come go up to it (a file's pool).
    void reserve(int n, int largestKey = 0);
    // Adds the columns' room to `prefault` (memory_tuning.h), for a reader about to fill it.
    void prefaultColumns(Prefault &prefault) const;
    // Room for this many source rows and bytes of their text, so that an import does not regrow them.
    void reserveSourceRows(qsizetype rows, qint64 bytes)
    {
        m_rowText.reserve(std::max(m_rowText.capacity(), qsizetype(bytes)));
        m_rowStart.reserve(m_rowStart.size() + size_t(rows));
        m_rowLine.reserve(m_rowLine.size() + size_t(rows));
        m_rowFile.reserve(m_rowFile.size() + size_t(rows));
        m_rowHeader.reserve(m_rowHeader.size() + size_t(rows));
        adviseHugePagesFor(m_rowText);
    }
    ObservationStore &operator<<(const Observation &o)
    {
        append(o);
        return *this;
    }

    // Source rows.
    int addSourceRow(const SourceRow &r);
    // The same from views of the cells (an import's fast path); `file` is pooled.
    int addSourceRow(const QString &file, qint64 line, const QStringView *cells, qsizetype count, int header);
    // The same with the cells as stored: UTF-8, each cell followed by the unit separator 0x1F.
    int addSourceRowEncoded(const QString &file, qint64 line, const QByteArray &cells, int header);
    QByteArray sourceRowEncoded(int key) const;
    int sourceRowCount() const { return int(m_rowLine.size()); }
    SourceRow sourceRow(int key) const;
    QString sourceRowCell(int key, int column) const;

    // The source rows the observations refer to, with their header rows, in order of first
    // reference (a header just before the first row naming it): what a writer stores. `position`
    // gets, for every source row, its index in that list, or -1 for a row no value refers to.
    QList<int> usedSourceRows(std::vector<qint32> *position) const;

    // Appends `other`'s observations, with the source rows they refer to.
    void appendStore(const ObservationStore &other);

    // Gives back the room the columns grew into (a column with more than a quarter of it unused):
    // after a file is read or imported.
    void squeeze();
    // Bytes held (capacity), for measuring.
    qint64 memoryBytes() const;

    using const_iterator = AtIterator<ObservationStore, Observation>;
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    // Same observations in the same order; source rows compare by content.
    friend bool operator==(const ObservationStore &a, const ObservationStore &b);
    friend bool operator!=(const ObservationStore &a, const ObservationStore &b) { return !(a == b); }

private:
    friend class ObservationBlocks; // persist/observation_blocks.cpp: the columns to and from a file
    struct Extra {
        QString quote;
        QString note;
        bool derived = false;
        QStringList inputs;
    };
    static qint32 idNumberOf(const QString &id); // the number split off an id's end, or -1
    static quint64 packId(qint32 prefix, qint32 number) { return (quint64(quint32(prefix)) << 32) | quint32(number); }
    void setRow(size_t at, const Observation &o);
    int internSourceRowFile(const QString &file) { return m_strings.key(file); }
    // Ends the source row whose cells were just appended to m_rowText; its key.
    int endSourceRow(const QString &file, qint64 line, int header);

    StringPool m_strings; // ids' prefixes, indicator, subject and source ids, row files
    StringPool::Last m_lastPrefix, m_lastIndicator, m_lastSubject, m_lastSource;
    // (keys of the pool, and small numbers, in one to four bytes each: key_column.h)
    KeyColumn m_idPrefix;
    std::vector<qint32> m_idNumber; // -1: the id is its prefix alone
    KeyColumn m_indicator;
    KeyColumn m_subject;
    KeyColumn m_source;
    std::vector<Period> m_period;
    std::vector<double> m_value;
    std::vector<quint8> m_qualifier;
    std::vector<qint32> m_row; // source row, -1: none
    KeyColumn m_column;        // column in the source row
    KeyColumn m_extra;         // index into m_extras, -1: none
    QList<Extra> m_extras;

    QByteArray m_rowText;             // the cells of every source row, UTF-8, each followed by '\x1f'
    std::vector<qint64> m_rowStart{0}; // row k's text is [m_rowStart[k], m_rowStart[k + 1])
    std::vector<qint32> m_rowLine;    // lines past 2^31 are not read (limits on data files)
    KeyColumn m_rowFile;              // the file's key
    KeyColumn m_rowHeader;            // the source row of the column names, -1: none
};

} // namespace cs
