// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"
#include "persist/workspace_json.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cs {

// Keeping workspaces on disk without ever losing work.
//
// Saving goes through QSaveFile: a temporary file beside the target, flushed and synced, then
// renamed over it, so a save killed at any moment leaves the old file or the new one, both
// valid. The version that was there before is kept as FILE~, written the same atomic way; if
// FILE~ cannot be written the save fails with that error and FILE is left as it was. Errors are
// one line: "cannot write /x/y.json: Permission denied".
struct SaveResult {
    bool ok = false;
    QString error;
};
//
// The format follows the name: a path ending in .clusterscope is written as SQLite (the whole
// database into a temporary file beside the target in one transaction, synced, then renamed over
// the target), any other as canonical JSON. With keepBackup false, a .clusterscope target that is
// already a workspace of this format version is updated in place, writing only the rows that
// changed, in one SQLite transaction (updateWorkspaceSqlite() in workspace_sqlite.h): as safe
// against a kill, and a save of one edited value among millions writes a block, not the file.
SaveResult saveWorkspace(const Workspace &ws, const QString &path, bool keepBackup = true);
// Whether a file is a workspace (a .clusterscope file, or JSON naming the format
// "clusterscope-workspace" near its start) rather than a data file to import. The window and the
// command line tell files apart by this.
bool isWorkspaceFile(const QString &path);
// Reads a workspace in the format its name says (.clusterscope: SQLite, otherwise JSON).
// options.maxFileBytes is a JSON limit: it does not apply to .clusterscope files.
LoadResult readWorkspaceFile(const QString &path, const WorkspaceReadOptions &options = {});
// The same save for JSON bytes already serialised with writeWorkspace (saveWorkspace is exactly
// writeWorkspace followed by this): for a caller that has the bytes, and for the kill test.
SaveResult saveWorkspaceBytes(const QByteArray &bytes, const QString &path, bool keepBackup = true);

// Unsaved changes are written to a recovery file under QStandardPaths::AppDataLocation
// ("recovery/" + a name derived from the document path, or "untitled"), every 30 s and on each
// structural edit. A normal save or exit removes it; after a crash the next start offers it.
struct RecoveryFile {
    QString path;         // the recovery file
    QString documentPath; // the file it recovers (empty: an untitled workspace)
    QDateTime written;
};
QString recoveryPathFor(const QString &documentPath);
bool writeRecovery(const Workspace &ws, const QString &documentPath, QString *error = nullptr);
void removeRecovery(const QString &documentPath);
QList<RecoveryFile> pendingRecoveries(); // newest first
// Reads a recovery file back (the workspace as it was when last written).
bool readRecovery(const RecoveryFile &file, Workspace *out, QString *error = nullptr);

} // namespace cs
