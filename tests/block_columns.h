// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The arrays of .clusterscope blocks as a test reads and rewrites them, from the documented
// encoding (docs/workspace-format.md, "Column encoding"), not from the writer's code.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace cs::test {

// A version-4 array of `width`-byte entries, as the encoding byte 0 followed by its entries
// (expanding runs); empty when the array is neither form.
inline QByteArray plainEntries(const QByteArray &blob, int width)
{
    if (blob.isEmpty())
        return {};
    if (blob[0] == 0)
        return blob;
    if (blob[0] != 1 || (blob.size() - 1) % (2 * width + 4) != 0)
        return {};
    auto number = [&](qsizetype at, int bytes) {
        std::uint64_t v = 0;
        for (int b = bytes - 1; b >= 0; --b)
            v = v << 8 | quint8(blob[at + b]);
        return v;
    };
    const std::uint64_t mask = width == 8 ? ~std::uint64_t(0) : (std::uint64_t(1) << (8 * width)) - 1;
    QByteArray out(1, '\0');
    for (qsizetype r = 1; r < blob.size(); r += 2 * width + 4) {
        std::uint64_t value = number(r, width);
        const std::uint64_t step = number(r + width, width);
        const std::uint64_t length = number(r + 2 * width, 4);
        for (std::uint64_t k = 0; k < length; ++k, value = (value + step) & mask)
            for (int b = 0; b < width; ++b)
                out.append(char((value >> (8 * b)) & 0xFF));
    }
    return out;
}

// Rewrites a version-4 file as version 3 wrote it: arrays of entries alone, no
// observation_block_keys, user_version and metadata 'version' 3.
inline void rewriteAsVersion3(const QString &path)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const std::vector<std::pair<const char *, std::vector<std::pair<const char *, int>>>> tables = {
        {"source_row_blocks", {{"file", 4}, {"line", 4}, {"header", 4}, {"ends", 4}}},
        {"observation_blocks",
         {{"id_prefix", 4}, {"id_number", 4}, {"indicator", 4}, {"subject", 4}, {"source", 4}, {"period", 8}, {"value", 8},
          {"qualifier", 1}, {"source_row", 4}, {"source_column", 4}}}};
    for (const auto &[table, columns] : tables) {
        for (const auto &[column, width] : columns) {
            sqlite3_stmt *select = nullptr, *update = nullptr;
            const std::string s = std::string("SELECT key, ") + column + " FROM " + table;
            const std::string u = std::string("UPDATE ") + table + " SET " + column + " = ? WHERE key = ?";
            ASSERT_EQ(sqlite3_prepare_v2(db, s.c_str(), -1, &select, nullptr), SQLITE_OK);
            ASSERT_EQ(sqlite3_prepare_v2(db, u.c_str(), -1, &update, nullptr), SQLITE_OK);
            std::vector<std::pair<qint64, QByteArray>> rows;
            while (sqlite3_step(select) == SQLITE_ROW)
                rows.emplace_back(sqlite3_column_int64(select, 0),
                                  plainEntries(QByteArray(static_cast<const char *>(sqlite3_column_blob(select, 1)),
                                                          sqlite3_column_bytes(select, 1)),
                                               width).mid(1));
            sqlite3_finalize(select);
            for (const auto &[key, entries] : rows) {
                sqlite3_bind_blob(update, 1, entries.constData(), int(entries.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(update, 2, key);
                EXPECT_EQ(sqlite3_step(update), SQLITE_DONE);
                sqlite3_reset(update);
            }
            sqlite3_finalize(update);
        }
    }
    EXPECT_EQ(sqlite3_exec(db, "DROP TABLE observation_block_keys; UPDATE metadata SET value = '3' WHERE key = 'version'; "
                               "PRAGMA user_version = 3;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
}

} // namespace cs::test
