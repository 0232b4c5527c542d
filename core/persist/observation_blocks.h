// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A workspace's observations in a .clusterscope file (version 3): the observation store's columns,
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
    // Reads those tables into `obs` (empty); throws sqlite::Damaged naming the table, block and
    // column of the first thing wrong.
    static void read(sqlite::Database &db, ObservationStore &obs);
};

} // namespace cs
