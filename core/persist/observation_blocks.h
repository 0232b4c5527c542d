// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A workspace's observations in a .clusterscope file (versions 3 and 4): the observation store's columns,
// in blocks of up to 65,536 values, as little-endian arrays (docs/workspace-format.md). Writing
// and reading a million values is copying some forty megabytes, not a million SQL rows; reading
// checks every key, period and reference, as the file is untrusted. Internal to core/persist.

#include "model/observation_store.h"
#include "persist/sqlite_db.h"

#include <QString>

namespace cs {

class ObservationBlocks
{
public:
    static constexpr int kValuesPerBlock = 65536;
    static constexpr int kRowsPerBlock = 65536;
    static constexpr int kRowBytesPerBlock = 8 << 20; // a block of source rows holds at most this much text

    // Writes `obs` into the tables strings, source_row_blocks, observation_blocks,
    // observation_notes and observation_inputs of `db` (created, empty). An error, or nothing.
    static QString write(sqlite::Database &db, const ObservationStore &obs);
    // One series: an indicator's id, and a subject's id or empty for all its subjects.
    struct Series {
        QString indicator, subject;
    };
    // Reads those tables of a file of `version` (3 or later) into `obs` (empty); throws
    // sqlite::Damaged naming the table, block and column of the first thing wrong. With `only`,
    // reads that series' values alone, from the blocks that observation_block_keys says hold it
    // (version 4; every block in version 3), without source rows: a store to draw, not to save.
    // A file of `fileBytes` holds at most four values (and four source rows) per byte, and at
    // least a million of each may be read from any file.
    static void read(sqlite::Database &db, ObservationStore &obs, int version, qint64 fileBytes, const Series *only = nullptr);
};

} // namespace cs
