// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/observation_store.h"

#include <QHash>
#include <QStringEncoder>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace cs {

namespace {

// "wb-gdp#1234" → ("wb-gdp#", 1234). A suffix with a leading zero or more than nine digits stays
// in the prefix, so that the id is rebuilt exactly.
std::pair<QStringView, qint32> splitId(const QString &id)
{
    qsizetype digits = 0;
    while (digits < id.size() && id[id.size() - 1 - digits].isDigit() && id[id.size() - 1 - digits].unicode() < 128)
        ++digits;
    if (digits == 0 || digits > 9 || (digits > 1 && id[id.size() - digits] == QLatin1Char('0')))
        return {QStringView(id), -1};
    return {QStringView(id).left(id.size() - digits), qint32(QStringView(id).right(digits).toInt())};
}

template<typename T>
void insertAt(std::vector<T> &column, size_t at, const T &value)
{
    column.insert(column.begin() + qsizetype(at), value);
}
template<typename T>
void eraseAt(std::vector<T> &column, size_t at)
{
    column.erase(column.begin() + qsizetype(at));
}
void insertAt(KeyColumn &column, size_t at, qint32 value)
{
    column.insert(at, value);
}
void eraseAt(KeyColumn &column, size_t at)
{
    column.erase(at);
}
} // namespace

Observation ObservationStore::at(int row) const
{
    Observation o;
    o.id = id(row);
    o.indicator = indicator(row);
    o.subject = subject(row);
    o.period = m_period[row];
    o.value = m_value[row];
    o.qualifier = Qualifier(m_qualifier[row]);
    o.source = source(row);
    o.row = m_row[row];
    o.column = m_column[row];
    if (m_extra[row] >= 0) {
        const Extra &e = m_extras[m_extra[row]];
        o.quote = e.quote;
        o.note = e.note;
        o.derived = e.derived;
        o.inputs = e.inputs;
    }
    return o;
}

QString ObservationStore::id(int row) const
{
    const QString &prefix = m_strings.text(m_idPrefix[row]);
    return m_idNumber[row] < 0 ? prefix : prefix + QString::number(m_idNumber[row]);
}

qint32 ObservationStore::idNumberOf(const QString &id)
{
    return splitId(id).second;
}

std::optional<quint64> ObservationStore::idKeyOf(const QString &id) const
{
    const auto [prefix, number] = splitId(id);
    const int key = m_strings.find(prefix.toString());
    if (key < 0)
        return std::nullopt;
    return packId(key, number);
}

void ObservationStore::setRow(size_t at, const Observation &o)
{
    const auto [prefix, number] = splitId(o.id);
    m_idPrefix.set(at, m_strings.key(prefix, m_lastPrefix));
    m_idNumber[at] = number;
    m_indicator.set(at, m_strings.key(o.indicator, m_lastIndicator));
    m_subject.set(at, m_strings.key(o.subject, m_lastSubject));
    m_source.set(at, m_strings.key(o.source, m_lastSource));
    m_period[at] = o.period;
    m_value[at] = o.value;
    m_qualifier[at] = quint8(o.qualifier);
    m_row[at] = o.row;
    m_column.set(at, o.column);
    const bool extra = !o.quote.isEmpty() || !o.note.isEmpty() || o.derived || !o.inputs.isEmpty();
    if (!extra) {
        m_extra.set(at, -1);
    } else if (m_extra[at] >= 0) {
        m_extras[m_extra[at]] = Extra{o.quote, o.note, o.derived, o.inputs}; // the row's own entry
    } else {
        m_extra.set(at, qint32(m_extras.size()));
        m_extras.append(Extra{o.quote, o.note, o.derived, o.inputs});
    }
}

void ObservationStore::append(const Observation &o)
{
    insert(size(), o);
}

void ObservationStore::appendKeyed(const KeyedValue &v)
{
    Q_ASSERT(v.idNumber >= 0 && v.idNumber <= 999999999);
    m_idPrefix.push_back(v.idPrefix);
    m_idNumber.push_back(v.idNumber);
    m_indicator.push_back(v.indicator);
    m_subject.push_back(v.subject);
    m_source.push_back(v.source);
    m_period.push_back(v.period);
    m_value.push_back(v.value);
    m_qualifier.push_back(quint8(Qualifier::Exact));
    m_row.push_back(v.row);
    m_column.push_back(v.column);
    m_extra.push_back(-1);
}

void ObservationStore::insert(int row, const Observation &o)
{
    const size_t at = size_t(row);
    insertAt(m_idPrefix, at, 0);
    insertAt(m_idNumber, at, -1);
    insertAt(m_indicator, at, 0);
    insertAt(m_subject, at, 0);
    insertAt(m_source, at, 0);
    insertAt(m_period, at, Period());
    insertAt(m_value, at, 0.0);
    insertAt(m_qualifier, at, quint8(0));
    insertAt(m_row, at, -1);
    insertAt(m_column, at, -1);
    insertAt(m_extra, at, -1);
    setRow(at, o);
}

void ObservationStore::replace(int row, const Observation &o)
{
    setRow(size_t(row), o);
}

void ObservationStore::removeAt(int row)
{
    const size_t at = size_t(row);
    eraseAt(m_idPrefix, at);
    eraseAt(m_idNumber, at);
    eraseAt(m_indicator, at);
    eraseAt(m_subject, at);
    eraseAt(m_source, at);
    eraseAt(m_period, at);
    eraseAt(m_value, at);
    eraseAt(m_qualifier, at);
    eraseAt(m_row, at);
    eraseAt(m_column, at);
    eraseAt(m_extra, at); // its extra, if any, stays unreferenced
}

void ObservationStore::removeRows(const std::function<bool(int row)> &drop)
{
    std::vector<bool> gone(m_value.size());
    for (int i = 0; i < size(); ++i)
        gone[size_t(i)] = drop(i);
    auto compact = [&](auto &column) {
        if constexpr (std::is_same_v<std::decay_t<decltype(column)>, KeyColumn>) {
            column.keep(gone);
        } else {
            size_t to = 0;
            for (size_t from = 0; from < column.size(); ++from)
                if (!gone[from])
                    column[to++] = column[from];
            column.resize(to);
        }
    };
    compact(m_idPrefix);
    compact(m_idNumber);
    compact(m_indicator);
    compact(m_subject);
    compact(m_source);
    compact(m_period);
    compact(m_value);
    compact(m_qualifier);
    compact(m_row);
    compact(m_column);
    compact(m_extra);
}

void ObservationStore::clear()
{
    *this = ObservationStore();
}

void ObservationStore::reserve(int n, int largestKey)
{
    const size_t s = size_t(n);
    m_idPrefix.reserve(s, largestKey);
    m_idNumber.reserve(s);
    m_indicator.reserve(s, largestKey);
    m_subject.reserve(s, largestKey);
    m_source.reserve(s, largestKey);
    m_period.reserve(s);
    m_value.reserve(s);
    m_qualifier.reserve(s);
    m_row.reserve(s);
    m_column.reserve(s);
    m_extra.reserve(s);
    adviseHugePagesFor(m_idNumber);
    adviseHugePagesFor(m_period);
    adviseHugePagesFor(m_value);
    adviseHugePagesFor(m_qualifier);
    adviseHugePagesFor(m_row);
}

int ObservationStore::endSourceRow(const QString &file, qint64 line, int header)
{
    m_rowStart.push_back(m_rowText.size());
    m_rowLine.push_back(qint32(std::clamp<qint64>(line, 0, std::numeric_limits<qint32>::max())));
    m_rowFile.push_back(internSourceRowFile(file));
    m_rowHeader.push_back(header);
    return int(m_rowLine.size()) - 1;
}

int ObservationStore::addSourceRow(const SourceRow &r)
{
    std::vector<QStringView> cells(r.cells.cbegin(), r.cells.cend());
    return addSourceRow(r.file, r.line, cells.data(), qsizetype(cells.size()), r.header);
}

int ObservationStore::addSourceRow(const QString &file, qint64 line, const QStringView *cells, qsizetype count, int header)
{
    // Each cell's UTF-8 written straight into the row text (at most three bytes per UTF-16 unit).
    qsizetype room = 0;
    for (qsizetype c = 0; c < count; ++c)
        room += 3 * cells[c].size() + 1;
    const qsizetype at = m_rowText.size();
    m_rowText.resize(at + room);
    char *const begin = m_rowText.data() + at;
    char *out = begin;
    QStringEncoder utf8(QStringEncoder::Utf8);
    for (qsizetype c = 0; c < count; ++c) {
        char *const cell = out;
        out = utf8.appendToBuffer(out, cells[c]);
        if (cells[c].contains(QChar::fromLatin1(kCellEnd))) // a control character no statistics cell needs: shown as a space
            std::replace(cell, out, kCellEnd, ' ');
        *out++ = kCellEnd;
    }
    m_rowText.resize(at + (out - begin));
    return endSourceRow(file, line, header);
}

int ObservationStore::addSourceRowEncoded(const QString &file, qint64 line, const QByteArray &cells, int header)
{
    m_rowText += cells;
    if (!cells.isEmpty() && !cells.endsWith(kCellEnd))
        m_rowText += kCellEnd; // every cell ends with the separator, the last one too
    return endSourceRow(file, line, header);
}

QByteArray ObservationStore::sourceRowEncoded(int key) const
{
    if (key < 0 || key >= sourceRowCount())
        return QByteArray();
    const qint64 from = m_rowStart[size_t(key)];
    return m_rowText.mid(from, m_rowStart[size_t(key) + 1] - from);
}

SourceRow ObservationStore::sourceRow(int key) const
{
    SourceRow r;
    if (key < 0 || key >= sourceRowCount())
        return r;
    r.file = m_strings.text(m_rowFile[size_t(key)]);
    r.line = m_rowLine[size_t(key)];
    r.header = m_rowHeader[size_t(key)];
    qint64 from = m_rowStart[size_t(key)];
    const qint64 to = m_rowStart[size_t(key) + 1];
    while (from < to) {
        const qint64 end = m_rowText.indexOf(kCellEnd, from);
        r.cells.append(QString::fromUtf8(m_rowText.constData() + from, end - from));
        from = end + 1;
    }
    return r;
}

QString ObservationStore::sourceRowCell(int key, int column) const
{
    if (key < 0 || key >= sourceRowCount() || column < 0)
        return QString();
    qint64 from = m_rowStart[size_t(key)];
    const qint64 to = m_rowStart[size_t(key) + 1];
    for (int c = 0; from < to; ++c) {
        const qint64 end = m_rowText.indexOf(kCellEnd, from);
        if (c == column)
            return QString::fromUtf8(m_rowText.constData() + from, end - from);
        from = end + 1;
    }
    return QString();
}

void ObservationStore::prefaultColumns(Prefault &prefault) const
{
    // (not the source column: its width is not known ahead, and a column that widens gives its
    // buffer back while the pages are being faulted in)
    for (const KeyColumn *c : {&m_idPrefix, &m_indicator, &m_subject, &m_source, &m_extra})
        prefault.add(c->buffer().first, c->buffer().second);
    prefault.addCapacity(m_idNumber);
    prefault.addCapacity(m_period);
    prefault.addCapacity(m_value);
    prefault.addCapacity(m_qualifier);
    prefault.addCapacity(m_row);
}

QList<int> ObservationStore::usedSourceRows(std::vector<qint32> *position) const
{
    QList<int> out;
    out.reserve(qsizetype(m_rowLine.size())); // (grown by doubling, it would hold twice the room while copying)
    std::vector<qint32> at(m_rowLine.size(), -1);
    auto use = [&](int key) {
        if (at[size_t(key)] < 0) {
            at[size_t(key)] = qint32(out.size());
            out.append(key);
        }
    };
    for (qint32 row : m_row) {
        if (row < 0 || row >= sourceRowCount() || at[size_t(row)] >= 0)
            continue;
        if (const int header = m_rowHeader[size_t(row)]; header >= 0 && header < sourceRowCount())
            use(header);
        use(row);
    }
    if (position)
        *position = std::move(at);
    return out;
}

void ObservationStore::appendStore(const ObservationStore &other)
{
    const int offset = sourceRowCount();
    for (int k = 0; k < other.sourceRowCount(); ++k) {
        SourceRow r = other.sourceRow(k);
        if (r.header >= 0)
            r.header += offset;
        addSourceRow(r);
    }
    reserve(size() + other.size());
    for (int i = 0; i < other.size(); ++i) {
        Observation o = other.at(i);
        if (o.row >= 0)
            o.row += offset;
        append(o);
    }
}

void ObservationStore::squeeze()
{
    // Only a column with more than a quarter of its room unused is copied to fit: the unused end
    // of a column reserved for a table (a tenth of it for the cells left empty, say) was never
    // written, so it costs address space, not memory, and copying millions of values to give it
    // back took a third of a large import's time.
    auto fit = [](auto &v) {
        if (v.capacity() - v.size() > v.capacity() / 4)
            v.shrink_to_fit();
    };
    fit(m_idPrefix);
    fit(m_idNumber);
    fit(m_indicator);
    fit(m_subject);
    fit(m_source);
    fit(m_period);
    fit(m_value);
    fit(m_qualifier);
    fit(m_row);
    fit(m_column);
    fit(m_extra);
    fit(m_rowStart);
    fit(m_rowLine);
    fit(m_rowFile);
    fit(m_rowHeader);
    if (m_rowText.capacity() - m_rowText.size() > m_rowText.capacity() / 4)
        m_rowText.squeeze();
    m_extras.squeeze();
}

qint64 ObservationStore::memoryBytes() const
{
    auto bytes = [](const auto &v) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, KeyColumn>)
            return v.memoryBytes();
        else
            return qint64(v.capacity() * sizeof(v[0]));
    };
    qint64 n = bytes(m_idPrefix) + bytes(m_idNumber) + bytes(m_indicator) + bytes(m_subject) + bytes(m_source)
        + bytes(m_period) + bytes(m_value) + bytes(m_qualifier) + bytes(m_row) + bytes(m_column) + bytes(m_extra)
        + bytes(m_rowStart) + bytes(m_rowLine) + bytes(m_rowFile) + bytes(m_rowHeader) + m_rowText.capacity()
        + m_strings.memoryBytes();
    for (const Extra &e : m_extras)
        n += 2 * (e.quote.capacity() + e.note.capacity()) + 64;
    return n;
}

bool operator==(const ObservationStore &a, const ObservationStore &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        Observation x = a.at(i);
        Observation y = b.at(i);
        if ((x.row >= 0) != (y.row >= 0))
            return false;
        if (x.row >= 0) {
            const SourceRow rx = a.sourceRow(x.row), ry = b.sourceRow(y.row);
            if (rx.file != ry.file || rx.line != ry.line || rx.cells != ry.cells
                || !(a.sourceRow(rx.header) == b.sourceRow(ry.header)))
                return false;
            x.row = y.row = 0;
        }
        if (!(x == y))
            return false;
    }
    return true;
}

} // namespace cs
