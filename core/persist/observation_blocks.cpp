// SPDX-License-Identifier: GPL-3.0-or-later
#include "persist/observation_blocks.h"

#include "model/memory_tuning.h"
#include "persist/column_codec.h"
#include "persist/sqlite_rows.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <tuple>
#include <type_traits>

namespace cs {

namespace {

using sqlite::Row;
using sqlite::Statement;
using sqlite::damaged;
using sqlite::prepared;

// A column as little-endian bytes, and back. T is a fixed-width integer (or a double, sent as its
// 64 bits).
template <class T>
using Bits = std::conditional_t<std::is_same_v<T, double>, quint64, T>;

template <class T>
void decode(QByteArrayView bytes, std::vector<T> &to)
{
    const size_t n = size_t(bytes.size()) / sizeof(T);
    const size_t at = to.size();
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        // SQLite's buffers are aligned for T: appended as they are, not zeroed first and copied.
        if (reinterpret_cast<quintptr>(bytes.constData()) % alignof(T) == 0) {
            const T *values = reinterpret_cast<const T *>(bytes.constData());
            to.insert(to.end(), values, values + n);
            return;
        }
    }
    to.resize(at + n);
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        std::memcpy(to.data() + at, bytes.constData(), n * sizeof(T));
    } else {
        for (size_t i = 0; i < n; ++i) {
            const Bits<T> b = qFromLittleEndian<Bits<T>>(bytes.constData() + i * sizeof(T));
            std::memcpy(to.data() + at + i, &b, sizeof b);
        }
    }
}

// A blob column of `count` values of `width` bytes each, or the read stops. Valid until the
// row's statement steps.
QByteArrayView blobOf(const Row &row, int col, const char *name, qint64 count, int width)
{
    const Statement &s = row.statement();
    if (!s.isBlob(col))
        row.fail(name, QStringLiteral("is not a blob"));
    const QByteArrayView b = s.blobView(col);
    if (b.size() != count * width)
        row.fail(name, QStringLiteral("holds %1 bytes, not %2 bytes for %3 values").arg(b.size()).arg(count * width).arg(count));
    return b;
}

// The distinct keys of column[from, to), in ascending order; `seen` (one flag per string, all
// clear) is left clear.
template <class Column>
std::vector<qint32> distinctKeys(const Column &column, size_t from, size_t to, std::vector<quint8> &seen)
{
    std::vector<qint32> keys;
    for (size_t i = from; i < to; ++i) {
        const qint32 k = column[i];
        if (size_t(k) < seen.size() && !seen[size_t(k)]) {
            seen[size_t(k)] = 1;
            keys.push_back(k);
        }
    }
    for (qint32 k : keys)
        seen[size_t(k)] = 0;
    std::sort(keys.begin(), keys.end());
    return keys;
}

constexpr int kMaxQualifier = int(Qualifier::AtMost);
constexpr qint64 kEntriesPerFileByte = 4;
constexpr qint32 kMaxIdNumber = 999'999'999; // nine digits: the ids' numbers a store splits off
constexpr qint32 kMaxColumn = 1 << 20;

} // namespace

QString ObservationBlocks::write(sqlite::Database &db, const ObservationStore &obs)
{
    auto run = [](Statement &s) { return s.run() ? QString() : s.error(); };
    {
        Statement s(db, "INSERT INTO strings (key, text) VALUES (?, ?)");
        for (int k = 0; k < obs.m_strings.size(); ++k) {
            s.bind(1, qint64(k));
            s.bind(2, obs.m_strings.text(k));
            if (const QString e = run(s); !e.isEmpty())
                return e;
        }
    }

    // Source rows: only those values refer to, numbered from 0 as written.
    std::vector<qint32> position;
    const QList<int> used = obs.usedSourceRows(&position);
    {
        Statement s(db, "INSERT INTO source_row_blocks (key, count, file, line, header, ends, cells) VALUES (?, ?, ?, ?, ?, ?, ?)");
        qint64 block = 0;
        for (qsizetype from = 0; from < used.size();) {
            std::vector<qint32> file, line, header, ends;
            QByteArray cells;
            qsizetype to = from;
            while (to < used.size() && to - from < kRowsPerBlock) {
                const size_t k = size_t(used[to]);
                const qint64 start = obs.m_rowStart[k], end = obs.m_rowStart[k + 1];
                if (to > from && cells.size() + (end - start) > kRowBytesPerBlock)
                    break;
                if (end - start > kRowBytesPerBlock)
                    return QStringLiteral("a source row of %1 bytes is too long to store").arg(end - start);
                cells.append(obs.m_rowText.constData() + start, end - start);
                file.push_back(obs.m_rowFile[k]);
                line.push_back(obs.m_rowLine[k]);
                const qint32 h = obs.m_rowHeader[k];
                header.push_back(h >= 0 && size_t(h) < position.size() ? position[size_t(h)] : -1);
                ends.push_back(qint32(cells.size()));
                ++to;
            }
            const qint64 n = to - from;
            s.bind(1, ++block);
            s.bind(2, n);
            s.bindBlob(3, column_codec::encode(file.data(), n));
            s.bindBlob(4, column_codec::encode(line.data(), n));
            s.bindBlob(5, column_codec::encode(header.data(), n));
            s.bindBlob(6, column_codec::encode(ends.data(), n));
            s.bindBlob(7, cells);
            if (const QString e = run(s); !e.isEmpty())
                return e;
            from = to;
        }
    }

    {
        Statement s(db, "INSERT INTO observation_blocks (key, count, id_prefix, id_number, indicator, subject, source, period, "
                        "value, qualifier, source_row, source_column) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement keys(db, "INSERT INTO observation_block_keys (block, indicators, subjects) VALUES (?, ?, ?)");
        std::vector<quint8> seen(static_cast<size_t>(obs.m_strings.size()));
        std::vector<quint64> periods;
        std::vector<qint32> rows;
        std::vector<qint32> keys32; // a block of a key column, as the file holds it (four bytes each)
        auto keyBlob = [&](const KeyColumn &column, qint64 from, qint64 n) {
            keys32.resize(size_t(n));
            column.copyTo(size_t(from), size_t(n), keys32.data());
            return column_codec::encode(keys32.data(), n);
        };
        for (qint64 from = 0, block = 1; from < obs.size(); from += kValuesPerBlock, ++block) {
            const qint64 n = std::min<qint64>(kValuesPerBlock, obs.size() - from);
            periods.resize(size_t(n));
            rows.resize(size_t(n));
            for (qint64 i = 0; i < n; ++i) {
                const size_t at = size_t(from + i);
                if (!std::isfinite(obs.m_value[at]))
                    return QStringLiteral("observation '%1' has no finite value").arg(obs.id(int(at)));
                periods[size_t(i)] = obs.m_period[at].code();
                const qint32 r = obs.m_row[at];
                rows[size_t(i)] = r >= 0 && size_t(r) < position.size() ? position[size_t(r)] : -1;
            }
            s.bind(1, block);
            s.bind(2, n);
            s.bindBlob(3, keyBlob(obs.m_idPrefix, from, n));
            s.bindBlob(4, column_codec::encode(obs.m_idNumber.data() + from, n));
            s.bindBlob(5, keyBlob(obs.m_indicator, from, n));
            s.bindBlob(6, keyBlob(obs.m_subject, from, n));
            s.bindBlob(7, keyBlob(obs.m_source, from, n));
            s.bindBlob(8, column_codec::encode(periods.data(), n));
            s.bindBlob(9, column_codec::encode(obs.m_value.data() + from, n));
            s.bindBlob(10, column_codec::encode(obs.m_qualifier.data() + from, n));
            s.bindBlob(11, column_codec::encode(rows.data(), n));
            s.bindBlob(12, keyBlob(obs.m_column, from, n));
            if (const QString e = run(s); !e.isEmpty())
                return e;
            // Which indicators and subjects the block holds: one series is read from its blocks.
            const std::vector<qint32> indicators = distinctKeys(obs.m_indicator, size_t(from), size_t(from + n), seen);
            const std::vector<qint32> subjects = distinctKeys(obs.m_subject, size_t(from), size_t(from + n), seen);
            keys.bind(1, block);
            keys.bindBlob(2, column_codec::plain(indicators.data(), qsizetype(indicators.size())));
            keys.bindBlob(3, column_codec::plain(subjects.data(), qsizetype(subjects.size())));
            if (const QString e = run(keys); !e.isEmpty())
                return e;
        }
    }

    Statement note(db, "INSERT INTO observation_notes (observation, quote, note, derived) VALUES (?, ?, ?, ?)");
    Statement input(db, "INSERT INTO observation_inputs (observation, position, input) VALUES (?, ?, ?)");
    for (int i = 0; i < obs.size(); ++i) {
        const qint32 x = obs.m_extra[size_t(i)];
        if (x < 0)
            continue;
        const ObservationStore::Extra &e = obs.m_extras[x];
        if (!e.quote.isEmpty() || !e.note.isEmpty() || e.derived) {
            note.bind(1, qint64(i + 1));
            note.bindOptional(2, e.quote);
            note.bindOptional(3, e.note);
            note.bind(4, qint64(e.derived ? 1 : 0));
            if (const QString err = run(note); !err.isEmpty())
                return err;
        }
        for (qsizetype k = 0; k < e.inputs.size(); ++k) {
            input.bind(1, qint64(i + 1));
            input.bind(2, qint64(k));
            input.bind(3, e.inputs[k]);
            if (const QString err = run(input); !err.isEmpty())
                return err;
        }
    }
    return QString();
}

void ObservationBlocks::read(sqlite::Database &db, ObservationStore &obs, int version, qint64 fileBytes, const Series *only)
{
    obs = ObservationStore();
    {
        Statement s(db, "SELECT key, text FROM strings ORDER BY key");
        Row row(prepared(s, "strings"), "strings");
        obs.m_strings = StringPool(); // holds '' as key 0
        qint64 expected = 0;
        while (row.next()) {
            if (row.key() != expected++)
                row.fail("key", QStringLiteral("must number the strings 0, 1, 2… without gaps"));
            const QString text = row.text(1, "text", true);
            if (row.key() == 0) {
                if (!text.isEmpty())
                    row.fail("text", QStringLiteral("of key 0 must be empty"));
                continue;
            }
            if (obs.m_strings.key(text) != row.key())
                row.fail("text", QStringLiteral("repeats an earlier string"));
        }
        if (expected == 0)
            damaged(QStringLiteral("table strings: has no key 0"));
    }
    const qint32 strings = obs.m_strings.size();
    // Whether a string can be an id's prefix with a number after it, and alone: "wb#" + 12 is
    // "wb#12", but "a1" + 2 would read back as "a" + 12, and "wb#12" alone as "wb#" + 12.
    std::vector<quint8> prefixUse(static_cast<size_t>(strings));
    for (qint32 k = 0; k < strings; ++k) {
        const QString &t = obs.m_strings.text(k);
        const bool endsInDigit = !t.isEmpty() && t.back().unicode() >= '0' && t.back().unicode() <= '9';
        prefixUse[size_t(k)] = quint8((endsInDigit ? 0 : 1) | (ObservationStore::idNumberOf(t) < 0 ? 2 : 0));
    }
    // One array of a block: version 4 says how it is encoded (column_codec.h), version 3 holds
    // the entries alone.
    auto readColumn = [&](const Row &row, int col, const char *name, qint64 count, int width, auto &to) {
        if (version < 4) {
            decode(blobOf(row, col, name, count, width), to);
            return;
        }
        if (!row.statement().isBlob(col))
            row.fail(name, QStringLiteral("is not a blob"));
        if (const std::optional<QString> e = column_codec::decode(row.statement().blobView(col), count, to))
            row.fail(name, *e);
    };
    std::vector<qint32> keys32; // a block of a key column as the file holds it, before it is narrowed
    auto column = [&](const Row &row, int col, const char *name, qint64 count, int width, auto &to) {
        if constexpr (std::is_same_v<std::decay_t<decltype(to)>, KeyColumn>) {
            keys32.clear();
            readColumn(row, col, name, count, width, keys32);
            to.append(keys32.data(), keys32.size());
        } else {
            readColumn(row, col, name, count, width, to);
        }
    };
    // A column of strings' keys: each checked as the block is read, then narrowed into `to`.
    auto keyColumn = [&](const Row &row, int col, const char *name, qint64 count, KeyColumn &to) {
        keys32.clear();
        readColumn(row, col, name, count, 4, keys32);
        if (keys32.empty())
            return;
        const auto [lo, hi] = std::minmax_element(keys32.begin(), keys32.end());
        if (*lo < 0 || *hi >= strings) {
            const auto bad = std::find_if(keys32.begin(), keys32.end(), [&](qint32 k) { return k < 0 || k >= strings; });
            row.fail(name, QStringLiteral("of value %1 is not a string's key").arg(bad - keys32.begin() + 1));
        }
        to.append(keys32.data(), keys32.size());
    };

    // Runs let a few bytes stand for a block of entries: a file may hold at most this many
    // values, and as many source rows, for its size (a real workspace holds far fewer: a value
    // takes eight bytes or more), so that a small file cannot ask for gigabytes.
    const qint64 maxEntries = std::min<qint64>(qint64(1) << 28, std::max<qint64>(qint64(1) << 20, fileBytes * kEntriesPerFileByte));
    auto checkTotal = [&](const Row &row, size_t before, qint64 count, const char *what) {
        if (qint64(before) + count > maxEntries)
            row.fail("count", QStringLiteral("takes the workspace past %1 %2, more than a file of %3 bytes holds")
                                  .arg(maxEntries).arg(QLatin1String(what)).arg(fileBytes));
    };
    Prefault rowTextPrefault;
    if (!only) {
        {
            Statement size(db, "SELECT sum(count), sum(length(cells)) FROM source_row_blocks");
            if (size.step() && size.integer(0) > 0 && size.integer(0) <= maxEntries && size.integer(1) > 0
                && size.integer(1) <= fileBytes) { // room for all, allocated once
                obs.m_rowText.reserve(size.integer(1));
                obs.m_rowFile.reserve(size_t(size.integer(0)));
                obs.m_rowLine.reserve(size_t(size.integer(0)));
                obs.m_rowHeader.reserve(size_t(size.integer(0)));
                obs.m_rowStart.reserve(size_t(size.integer(0)) + 1);
                adviseHugePagesFor(obs.m_rowText);
                rowTextPrefault.addCapacity(obs.m_rowText); // (the text is stored as it is: no more than the file holds)
                rowTextPrefault.start();
            }
        }
        Statement s(db, "SELECT key, count, file, line, header, ends, cells FROM source_row_blocks ORDER BY key");
        Row row(prepared(s, "source_row_blocks"), "source_row_blocks");
        std::vector<qint32> ends;
        qint64 expectedKey = 1;
        while (row.next()) {
            if (row.key() != expectedKey++)
                row.fail("key", QStringLiteral("must number the blocks 1, 2, 3… without gaps"));
            const std::optional<qint64> count = row.integer(1, "count");
            if (!count || *count < 1 || *count > kRowsPerBlock)
                row.fail("count", QStringLiteral("must be from 1 to %1").arg(kRowsPerBlock));
            checkTotal(row, obs.m_rowLine.size(), *count, "source rows");
            const size_t from = obs.m_rowLine.size();
            keyColumn(row, 2, "file", *count, obs.m_rowFile);
            column(row, 3, "line", *count, 4, obs.m_rowLine);
            column(row, 4, "header", *count, 4, obs.m_rowHeader);
            ends.clear();
            column(row, 5, "ends", *count, 4, ends);
            if (!row.statement().isBlob(6))
                row.fail("cells", QStringLiteral("is not a blob"));
            const QByteArrayView cells = row.statement().blobView(6);
            qint32 start = 0;
            for (size_t i = 0; i < ends.size(); ++i) {
                const qint32 end = ends[i];
                // Every row's cells end with the separator, so a cell never runs past its row.
                if (end < start || end > cells.size() || (end > start && cells[end - 1] != ObservationStore::kCellEnd))
                    row.fail("ends", QStringLiteral("of row %1 is not the end of its cells").arg(i + 1));
                obs.m_rowStart.push_back(obs.m_rowText.size() + end);
                start = end;
                const size_t k = from + i;
                if (obs.m_rowLine[k] < 0)
                    row.fail("line", QStringLiteral("of row %1 is negative").arg(i + 1));
                if (obs.m_rowHeader[k] < -1 || obs.m_rowHeader[k] >= qint32(k))
                    row.fail("header", QStringLiteral("of row %1 must be an earlier row, or -1").arg(i + 1));
            }
            if (start != cells.size())
                row.fail("cells", QStringLiteral("holds bytes after the last row"));
            obs.m_rowText.append(cells);
        }
    }
    const qint32 sourceRows = qint32(obs.m_rowLine.size());

    // Version 4 says which indicators and subjects each block holds (observation_block_keys):
    // sorted keys into strings. Reading everything checks it against the blocks; reading one
    // series reads only the blocks it names.
    struct BlockKeys {
        std::vector<qint32> indicators, subjects;
    };
    std::vector<BlockKeys> index; // by block, from 0
    if (version >= 4) {
        Statement s(db, "SELECT block, indicators, subjects FROM observation_block_keys ORDER BY block");
        Row row(prepared(s, "observation_block_keys"), "observation_block_keys");
        while (row.next()) {
            if (row.key() != qint64(index.size()) + 1)
                row.fail("block", QStringLiteral("must number the blocks 1, 2, 3… without gaps"));
            BlockKeys keys;
            for (auto [col, name, to] : {std::tuple{1, "indicators", &keys.indicators}, std::tuple{2, "subjects", &keys.subjects}}) {
                if (!row.statement().isBlob(col) || row.statement().blobView(col).size() % 4 != 0)
                    row.fail(name, QStringLiteral("is not an array of keys"));
                decode(row.statement().blobView(col), *to);
                for (size_t i = 0; i < to->size(); ++i)
                    if ((*to)[i] < 0 || (*to)[i] >= strings || (i > 0 && (*to)[i] <= (*to)[i - 1]))
                        row.fail(name, QStringLiteral("must be strings' keys in ascending order"));
            }
            index.push_back(std::move(keys));
        }
    }
    // Reading one series: the keys of its indicator and subject (-1: none, so nothing to read), and
    // the blocks that may hold it (all of them in a file without the index).
    const qint32 onlyIndicator = only ? obs.m_strings.find(only->indicator) : -1;
    const qint32 onlySubject = only && !only->subject.isEmpty() ? obs.m_strings.find(only->subject) : -1;
    std::vector<qint64> wanted;
    if (only && onlyIndicator >= 0 && (only->subject.isEmpty() || onlySubject >= 0)) {
        auto holds = [](const std::vector<qint32> &keys, qint32 k) { return std::binary_search(keys.begin(), keys.end(), k); };
        if (version >= 4) {
            for (size_t b = 0; b < index.size(); ++b)
                if (holds(index[b].indicators, onlyIndicator) && (onlySubject < 0 || holds(index[b].subjects, onlySubject)))
                    wanted.push_back(qint64(b) + 1);
        } else {
            Statement blocks(db, "SELECT key FROM observation_blocks ORDER BY key");
            while (blocks.step())
                wanted.push_back(blocks.integer(0));
        }
    }
    qint64 lastBlock = 0; // reading one series: the key of the file's last block
    if (only) {
        Statement last(db, "SELECT max(key) FROM observation_blocks");
        if (last.step() && !last.isNull(0))
            lastBlock = last.integer(0);
    }
    std::vector<qint64> kept; // reading one series: the file's number of each value read
    {
        Statement s(db, only ? "SELECT key, count, id_prefix, id_number, indicator, subject, source, period, value, qualifier, "
                               "source_row, source_column FROM observation_blocks WHERE key = ?"
                             : "SELECT key, count, id_prefix, id_number, indicator, subject, source, period, value, qualifier, "
                               "source_row, source_column FROM observation_blocks ORDER BY key");
        Row row(prepared(s, "observation_blocks"), "observation_blocks");
        Prefault prefault;
        if (!only) {
            // The columns are allocated once, at their size: growing them and giving back the
            // room would copy and touch every page twice.
            Statement count(db, "SELECT sum(count), count(*) FROM observation_blocks");
            if (count.step() && count.integer(0) > 0 && count.integer(0) <= maxEntries
                && count.integer(0) <= count.integer(1) * kValuesPerBlock) {
                obs.reserve(int(count.integer(0)), strings - 1);
                // Their pages faulted in on the other core while the blocks are read; only for
                // as many values as the file's bytes hold stored plainly (runs let a small file
                // claim many: those are faulted in as they come, and checked first).
                if (count.integer(0) <= fileBytes / 8) {
                    obs.prefaultColumns(prefault);
                    prefault.start();
                }
            }
        }
        std::vector<quint8> seen(static_cast<size_t>(strings));
        std::vector<quint64> periods;
        std::vector<qint32> rows;
        // A workspace has a few hundred distinct periods among millions of values: each code is
        // checked and decoded once, then found in a small direct-mapped table.
        struct KnownPeriod {
            bool filled = false;
            quint64 code = 0;
            Period period;
        };
        std::vector<KnownPeriod> knownPeriods(256);
        auto periodOf = [&](quint64 code) -> std::optional<Period> {
            KnownPeriod &known = knownPeriods[size_t((code ^ (code >> 24) ^ (code >> 40)) & 255)];
            if (known.filled && known.code == code)
                return known.period;
            const std::optional<Period> p = Period::fromCode(code);
            if (p)
                known = {true, code, *p};
            return p;
        };
        qint64 expectedKey = 1;
        bool partial = false; // only the last block may hold fewer than kValuesPerBlock values
        size_t nextWanted = 0;
        auto nextBlock = [&] {
            if (!only)
                return row.next();
            if (nextWanted == wanted.size())
                return false;
            s.reset();
            s.bind(1, wanted[nextWanted]);
            if (!row.next())
                damaged(QStringLiteral("table observation_blocks: has no block %1").arg(wanted[nextWanted]));
            ++nextWanted;
            return true;
        };
        while (nextBlock()) {
            if (!only && row.key() != expectedKey++)
                row.fail("key", QStringLiteral("must number the blocks 1, 2, 3… without gaps"));
            const std::optional<qint64> count = row.integer(1, "count");
            if (!count || *count < 1 || *count > kValuesPerBlock)
                row.fail("count", QStringLiteral("must be from 1 to %1").arg(kValuesPerBlock));
            if (partial)
                row.fail("key", QStringLiteral("follows a block that is not full"));
            // Only the file's last block may hold fewer (reading one series: the last it has).
            partial = *count < kValuesPerBlock;
            if (only && partial && row.key() != lastBlock)
                row.fail("count", QStringLiteral("is not a full block, but a later block follows"));
            if (only)
                partial = false;
            checkTotal(row, obs.m_value.size(), *count, "values");
            const size_t from = obs.m_value.size();
            keyColumn(row, 2, "id_prefix", *count, obs.m_idPrefix);
            column(row, 3, "id_number", *count, 4, obs.m_idNumber);
            keyColumn(row, 4, "indicator", *count, obs.m_indicator);
            keyColumn(row, 5, "subject", *count, obs.m_subject);
            keyColumn(row, 6, "source", *count, obs.m_source);
            periods.clear();
            column(row, 7, "period", *count, 8, periods);
            column(row, 8, "value", *count, 8, obs.m_value);
            column(row, 9, "qualifier", *count, 1, obs.m_qualifier);
            rows.clear();
            column(row, 10, "source_row", *count, 4, rows);
            column(row, 11, "source_column", *count, 4, obs.m_column);
            if (version >= 4) {
                const size_t b = size_t(row.key() - 1);
                if (b >= index.size())
                    row.fail("key", QStringLiteral("has no entry in observation_block_keys"));
                if (distinctKeys(obs.m_indicator, from, obs.m_value.size(), seen) != index[b].indicators)
                    row.fail("indicator", QStringLiteral("holds other indicators than observation_block_keys says"));
                if (distinctKeys(obs.m_subject, from, obs.m_value.size(), seen) != index[b].subjects)
                    row.fail("subject", QStringLiteral("holds other subjects than observation_block_keys says"));
            }
            for (size_t i = 0; i < size_t(*count); ++i) {
                const size_t at = from + i;
                const auto value = [&](const char *column, const QString &what) {
                    row.fail(column, QStringLiteral("of value %1 %2").arg(i + 1).arg(what));
                };
                const qint32 number = obs.m_idNumber[at];
                const quint8 use = prefixUse[size_t(obs.m_idPrefix[at])];
                if (number < -1 || number > kMaxIdNumber || !(use & (number < 0 ? 2 : 1)))
                    value("id_number", QStringLiteral("does not make an id with its prefix"));
                const std::optional<Period> p = periodOf(periods[i]);
                if (!p)
                    value("period", QStringLiteral("is not a period"));
                obs.m_period.push_back(*p);
                if (!std::isfinite(obs.m_value[at]))
                    value("value", QStringLiteral("is not a finite number"));
                if (obs.m_qualifier[at] > kMaxQualifier)
                    value("qualifier", QStringLiteral("is not a qualifier's code"));
                if (rows[i] < -1 || (!only && rows[i] >= sourceRows))
                    value("source_row", QStringLiteral("is not a source row"));
                if (obs.m_column[at] < -1 || obs.m_column[at] > kMaxColumn)
                    value("source_column", QStringLiteral("is not a column number"));
            }
            if (only) {
                // Keep the series' values; its source rows were not read.
                size_t to = from;
                for (size_t at = from; at < obs.m_value.size(); ++at) {
                    if (obs.m_indicator[at] != onlyIndicator || (onlySubject >= 0 && obs.m_subject[at] != onlySubject))
                        continue;
                    kept.push_back((row.key() - 1) * kValuesPerBlock + qint64(at - from) + 1);
                    auto move = [&](auto &column) {
                        if constexpr (std::is_same_v<std::decay_t<decltype(column)>, KeyColumn>)
                            column.set(to, column[at]);
                        else
                            column[to] = column[at];
                    };
                    move(obs.m_idPrefix), move(obs.m_idNumber), move(obs.m_indicator), move(obs.m_subject), move(obs.m_source);
                    move(obs.m_period), move(obs.m_value), move(obs.m_qualifier), move(obs.m_column);
                    ++to;
                }
                for (KeyColumn *column : {&obs.m_idPrefix, &obs.m_indicator, &obs.m_subject, &obs.m_source, &obs.m_column})
                    column->resize(to);
                obs.m_idNumber.resize(to);
                obs.m_period.resize(to);
                obs.m_value.resize(to);
                obs.m_qualifier.resize(to);
                obs.m_row.resize(to, -1);
            } else {
                obs.m_row.insert(obs.m_row.end(), rows.begin(), rows.end());
            }
        }
        if (!only && version >= 4 && size_t(expectedKey - 1) != index.size())
            damaged(QStringLiteral("table observation_block_keys: has entries for blocks the file does not hold"));
        obs.m_extra.assign(obs.m_value.size(), -1);
    }

    const qint64 size = obs.size();
    ObservationStore::Extra ignored; // reading one series: the notes of a value not read, checked all the same
    qint64 ignoredKey = -1;
    auto extraOf = [&](const Row &row) -> ObservationStore::Extra & {
        if (row.key() < 1 || (!only && row.key() > size))
            row.fail("observation", QStringLiteral("is not in the file"));
        size_t at = size_t(row.key() - 1);
        if (only) {
            const auto it = std::lower_bound(kept.begin(), kept.end(), row.key());
            if (it == kept.end() || *it != row.key()) {
                if (row.key() != ignoredKey) {
                    ignored = ObservationStore::Extra();
                    ignoredKey = row.key();
                }
                return ignored;
            }
            at = size_t(it - kept.begin());
        }
        qint32 x = obs.m_extra[at];
        if (x < 0) {
            x = qint32(obs.m_extras.size());
            obs.m_extra.set(at, x);
            obs.m_extras.append(ObservationStore::Extra());
        }
        return obs.m_extras[x];
    };
    {
        Statement s(db, "SELECT observation, quote, note, derived FROM observation_notes ORDER BY observation");
        Row row(prepared(s, "observation_notes"), "observation_notes");
        while (row.next()) {
            const QString quote = row.text(1, "quote", false);
            const QString note = row.text(2, "note", false);
            const std::optional<qint64> derived = row.integer(3, "derived");
            if (!derived || (*derived != 0 && *derived != 1))
                row.fail("derived", QStringLiteral("must be 0 or 1"));
            if (quote.isEmpty() && note.isEmpty() && *derived == 0)
                row.fail("quote", QStringLiteral("note and derived say nothing"));
            ObservationStore::Extra &e = extraOf(row);
            e.quote = quote;
            e.note = note;
            e.derived = *derived == 1;
        }
    }
    ignoredKey = -1;
    {
        Statement s(db, "SELECT observation, position, input FROM observation_inputs ORDER BY observation, position");
        Row row(prepared(s, "observation_inputs"), "observation_inputs");
        while (row.next()) {
            ObservationStore::Extra &e = extraOf(row);
            if (row.integer(1, "position") != std::optional<qint64>(e.inputs.size()))
                row.fail("position", QStringLiteral("must number the inputs 0, 1, 2… without gaps"));
            e.inputs.append(row.text(2, "input", true));
        }
    }
}

} // namespace cs
