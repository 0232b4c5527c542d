// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persist/workspace_json.h"

#include <QString>

namespace cs {

namespace sqlite {
class Database;
}

// The workspace as an SQLite database: the `.clusterscope` file. The schema is documented in
// docs/workspace-format.md; JSON → .clusterscope → JSON gives the same canonical bytes.
inline constexpr const char *kSqliteExtension = ".clusterscope";
inline constexpr quint32 kSqliteApplicationId = 0x434C5343; // "CLSC"
inline constexpr int kSqliteFormatVersion = 4;               // PRAGMA user_version, metadata 'version'
inline constexpr int kSqliteOldestVersion = 1;               // the oldest version read (1: no panels, no source rows; 2: a row per
                                                             // value; 3: blocks without observation_block_keys)

// True for a path whose name ends in .clusterscope (any case), or .clusterscope~ (the backup a
// save keeps): read and written as SQLite.
bool isSqliteWorkspacePath(const QString &path);

// Reads a .clusterscope file, treating it as hostile: its first 100 bytes are checked before
// SQLite opens it, then it is opened read-only and hardened, checked (quick_check, tables and
// columns) and read. A file that is not a workspace, damaged or holding absurd values gives
// Status::Invalid with one problem; a readable workspace gets the rule problems JSON would
// (validate()). options.maxFileBytes is a JSON limit and does not apply; cancelled does.
// With options.series (files of version 3 and later), reads the values of that series alone, and
// quick_check covers every table but the two of blocks, whose blocks read are checked value by
// value: a workspace to draw, not to save.
LoadResult readWorkspaceSqliteFile(const QString &path, const WorkspaceReadOptions &options = {});

// Writes `ws` as a new database at `path`, which must not exist, in one transaction. An error
// message, or nothing. Not atomic by itself: saveWorkspace() (workspace_file.h) writes a
// temporary file with this, syncs it and renames it over the target.
QString writeWorkspaceSqlite(const Workspace &ws, const QString &path);

// Creates the schema in `db` (empty, open for writing) and writes `ws` into it, in one
// transaction: writeWorkspaceSqlite() into a new file, updateWorkspaceSqlite() into memory.
QString writeWorkspaceTables(sqlite::Database &db, const Workspace &ws);

// Saves `ws` over an existing .clusterscope file in place, writing only the rows that differ
// (an edited value rewrites the block of 65,536 values that holds it, not the file): `ws` is
// written into an in-memory database, the file is attached, hardened as for reading, and each
// table's rows that are not exactly the new ones are deleted and the new ones inserted, in one
// transaction with a rollback journal and full syncs, so a kill at any moment leaves the old or
// the new state (the next reader plays the journal back: rollBackInterruptedSave()).
// Only a file of the current format version whose schema is exactly this version's and whose
// quick_check says ok (run beside the writing into memory) is updated,
// and only when under a quarter of it is then free pages (saves in place leave some behind);
// anything else, or any failure, returns false and the file is as it was: the caller then
// writes a new file (saveWorkspace() in workspace_file.h). `rowsWritten`, when given, gets the
// number of rows deleted and inserted.
bool updateWorkspaceSqlite(const Workspace &ws, const QString &path, qint64 *rowsWritten = nullptr);

} // namespace cs
