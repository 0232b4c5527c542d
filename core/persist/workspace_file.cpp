// SPDX-License-Identifier: GPL-3.0-or-later
#include "persist/workspace_file.h"

#include "persist/workspace_json.h"
#include "persist/sqlite_db.h"
#include "persist/workspace_sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QBuffer>

#include <functional>
#include <QStandardPaths>

#include <algorithm>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cs {

namespace {

// "cannot write /x/y.json: Permission denied"
QString cannot(const char *what, const QString &path, const QString &reason)
{
    return QStringLiteral("cannot %1 %2: %3").arg(QLatin1String(what), QDir::toNativeSeparators(path), reason);
}

// Writes `path` through QSaveFile (temporary file, flushed and fsynced, renamed over `path`);
// `body` writes the content and returns an error message, or nothing. `permissionsFrom`, when
// set, gives the new file the permissions of that file. Unbuffered: a large file is not copied
// into a buffer on its way out.
bool saveAtomically(const QString &path, QString *error, const QString &permissionsFrom,
                    const std::function<QString(QSaveFile &)> &body)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = cannot("write", path, f.errorString());
        return false;
    }
    if (!permissionsFrom.isEmpty())
        f.setPermissions(QFileInfo(permissionsFrom).permissions());
    if (const QString failed = body(f); !failed.isEmpty()) {
        *error = failed;
        f.cancelWriting();
        return false;
    }
    if (!f.commit()) {
        *error = cannot("write", path, f.errorString());
        return false;
    }
    return true;
}

// Writes `bytes` to the open `f` (for `path`): an error message, or nothing.
QString writeAll(QSaveFile &f, const QByteArray &bytes, const QString &path)
{
    return f.write(bytes) == bytes.size() ? QString() : cannot("write", path, f.errorString());
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error,
                     const QString &permissionsFrom = QString())
{
    return saveAtomically(path, error, permissionsFrom, [&](QSaveFile &f) { return writeAll(f, bytes, path); });
}

// Copies the open file `from` to `path` the same way, a chunk at a time.
bool copyAtomically(QFile &from, const QString &path, QString *error, const QString &permissionsFrom)
{
    return saveAtomically(path, error, permissionsFrom, [&](QSaveFile &f) {
        if (!from.seek(0))
            return cannot("keep a backup of", from.fileName(), from.errorString());
        while (!from.atEnd()) {
            const QByteArray chunk = from.read(1 << 20);
            if (from.error() != QFileDevice::NoError || chunk.isEmpty())
                return cannot("keep a backup of", from.fileName(), from.errorString());
            if (f.write(chunk) != chunk.size())
                return cannot("write", path, f.errorString());
        }
        return QString();
    });
}

// Keeps the version of `path` on disk as FILE~, itself written atomically (a temporary file
// renamed over FILE~), so FILE~ is always a complete earlier version: an error message, or
// nothing. Saving the same bytes again leaves an existing FILE~ alone, so it keeps the last real
// earlier version (a second Ctrl+S must not replace it with a copy of FILE). If the backup
// cannot be made the save fails: better a clear error than a save that silently loses the
// previous version.
// `fresh` is the new content, open for reading.
QString keepBackupOf(const QString &path, QIODevice &fresh)
{
    const QFileInfo existing(path);
    if (!existing.exists() || !existing.isFile())
        return QString();
    QFile old(path);
    if (!old.open(QIODevice::ReadOnly))
        return cannot("keep a backup of", path, old.errorString());
    const QString backup = path + QLatin1Char('~');
    // Compared and copied a chunk at a time: a large workspace is not held twice in memory.
    bool unchanged = old.size() == fresh.size() && QFileInfo::exists(backup) && fresh.seek(0);
    constexpr qint64 kChunk = 1 << 20;
    while (unchanged && !old.atEnd()) {
        const QByteArray chunk = old.read(kChunk);
        unchanged = !chunk.isEmpty() && chunk == fresh.read(chunk.size());
    }
    if (old.error() != QFileDevice::NoError)
        return cannot("keep a backup of", path, old.errorString());
    QString error;
    if (!unchanged && !copyAtomically(old, backup, &error, path))
        return error;
    return QString();
}

QString recoveryDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString absoluteDocumentPath(const QString &documentPath)
{
    return documentPath.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(documentPath).absoluteFilePath());
}

// NAME.json -> NAME.meta
QString metaPathFor(const QString &recoveryPath)
{
    QString meta = recoveryPath;
    if (meta.endsWith(QLatin1String(".json")))
        meta.chop(5);
    return meta + QStringLiteral(".meta");
}

constexpr const char *kRecoveryFormat = "clusterscope-recovery";

// fsync on a path (a file, or a directory so that a rename in it is on disk): false on failure.
bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// The .clusterscope save: the whole database is written into a new temporary file beside the
// target ("NAME.clusterscope.1a2b3c4d.tmp") in one transaction, synced, then renamed over the
// target and the directory synced, so the target is at every moment the old file or the new one.
// FILE~ is kept as for JSON, after the new file is complete and before the rename.
// Without a backup to keep, a target that is already a workspace of this format version is
// updated in place instead (updateWorkspaceSqlite): only the rows that changed are written.
SaveResult saveSqliteWorkspace(const Workspace &ws, const QString &path, bool keepBackup)
{
    SaveResult result;
    const QFileInfo target(path);
    if (target.exists() && (!target.isFile() || !target.isWritable())) {
        result.error = cannot("write", path, target.isFile() ? QStringLiteral("Permission denied") : QStringLiteral("not a file"));
        return result;
    }
    if (!keepBackup && target.exists() && updateWorkspaceSqlite(ws, path)) {
        result.ok = true;
        return result;
    }
    // The journal of an interrupted save in place belongs to the file there now: it is played
    // back before that file is copied to FILE~, and must be gone before a new file takes the name
    // (SQLite would play it back into the new file).
    if (const QString journal = sqlite::journalPath(path); !journal.isEmpty() && QFileInfo::exists(journal)) {
        if (const QString e = sqlite::rollBackInterruptedSave(path); !e.isEmpty()) {
            result.error = cannot("write", path, QStringLiteral("an interrupted save could not be undone: %1").arg(e));
            return result;
        }
        if (QFileInfo::exists(journal)) {
            result.error = cannot("write", path, QStringLiteral("another program is writing it (%1 exists)").arg(QFileInfo(journal).fileName()));
            return result;
        }
    }
    QString temp;
    do {
        temp = QStringLiteral("%1.%2.tmp").arg(path).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    } while (QFileInfo::exists(temp));
    auto fail = [&](const QString &error) {
        QFile::remove(temp);
        result.error = error;
        return result;
    };
    if (const QString e = writeWorkspaceSqlite(ws, temp); !e.isEmpty())
        return fail(cannot("write", path, e));
    if (target.exists())
        QFile::setPermissions(temp, target.permissions());
    if (!syncPath(temp, O_RDONLY))
        return fail(cannot("write", path, QString::fromLocal8Bit(std::strerror(errno))));
    if (keepBackup) {
        QFile fresh(temp);
        if (!fresh.open(QIODevice::ReadOnly))
            return fail(cannot("write", path, fresh.errorString()));
        if (const QString failed = keepBackupOf(path, fresh); !failed.isEmpty())
            return fail(failed);
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(cannot("write", path, QString::fromLocal8Bit(std::strerror(errno))));
    syncPath(target.absolutePath(), O_RDONLY | O_DIRECTORY); // best effort, as QSaveFile
    result.ok = true;
    return result;
}

} // namespace

SaveResult saveWorkspace(const Workspace &ws, const QString &path, bool keepBackup)
{
    if (isSqliteWorkspacePath(path))
        return saveSqliteWorkspace(ws, path, keepBackup);
    return saveWorkspaceBytes(writeWorkspace(ws), path, keepBackup);
}

bool isWorkspaceFile(const QString &path)
{
    if (isSqliteWorkspacePath(path))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4096);
    return head.trimmed().startsWith('{') && head.contains("clusterscope-workspace");
}

LoadResult readWorkspaceFile(const QString &path, const WorkspaceReadOptions &options)
{
    if (isSqliteWorkspacePath(path))
        return readWorkspaceSqliteFile(path, options);
    return readWorkspaceJsonFile(path, options);
}


SaveResult saveWorkspaceBytes(const QByteArray &bytes, const QString &path, bool keepBackup)
{
    SaveResult result;
    if (path.isEmpty()) {
        result.error = QStringLiteral("cannot write: no file name");
        return result;
    }
    // saveAtomically opens the target's QSaveFile before anything else: if the target cannot be
    // written at all (missing directory, read-only file or directory), the save fails before
    // touching anything, backup included. The backup is made with the target open, then the
    // bytes are written and committed.
    result.ok = saveAtomically(path, &result.error, QString(), [&](QSaveFile &target) {
        if (keepBackup) {
            QBuffer fresh;
            fresh.setData(bytes);
            fresh.open(QIODevice::ReadOnly);
            if (const QString failed = keepBackupOf(path, fresh); !failed.isEmpty())
                return failed;
        }
        return writeAll(target, bytes, path);
    });
    return result;
}

QString recoveryPathFor(const QString &documentPath)
{
    const QString abs = absoluteDocumentPath(documentPath);
    if (abs.isEmpty())
        return recoveryDir() + QStringLiteral("/untitled.json");
    const QByteArray hash = QCryptographicHash::hash(abs.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    // The base name, reduced to characters safe in any file system, for a human reading the folder.
    QString base = QFileInfo(abs).completeBaseName();
    for (QChar &c : base) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            c = QLatin1Char('_');
    }
    base.truncate(64);
    return recoveryDir() + QLatin1Char('/') + QString::fromLatin1(hash) + QLatin1Char('-') + base + QStringLiteral(".json");
}

bool writeRecovery(const Workspace &ws, const QString &documentPath, QString *error)
{
    QString err;
    const QString dir = recoveryDir();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = cannot("create", dir, QStringLiteral("cannot make the folder"));
        return false;
    }
    const QString path = recoveryPathFor(documentPath);
    // The workspace first, then the sidecar naming the document and the time: both atomic, so a
    // crash at any moment leaves the previous pair, or the new workspace with the previous time.
    if (!writeAtomically(path, writeWorkspace(ws), &err)) {
        if (error)
            *error = err;
        return false;
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("format"), QLatin1String(kRecoveryFormat));
    meta.insert(QStringLiteral("documentPath"), absoluteDocumentPath(documentPath));
    meta.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!writeAtomically(metaPathFor(path), QJsonDocument(meta).toJson(QJsonDocument::Indented), &err)) {
        if (error)
            *error = err;
        return false;
    }
    return true;
}

void removeRecovery(const QString &documentPath)
{
    const QString path = recoveryPathFor(documentPath);
    QFile::remove(metaPathFor(path));
    QFile::remove(path);
}

QList<RecoveryFile> pendingRecoveries()
{
    QList<RecoveryFile> out;
    const QDir dir(recoveryDir());
    if (!dir.exists())
        return out;
    const QStringList metas = dir.entryList({QStringLiteral("*.meta")}, QDir::Files, QDir::Name);
    for (const QString &name : metas) {
        const QString metaPath = dir.filePath(name);
        QString jsonPath = metaPath;
        jsonPath.chop(5);
        jsonPath += QStringLiteral(".json");
        if (!QFileInfo(jsonPath).isFile())
            continue; // an orphan sidecar: nothing to recover
        QFile f(metaPath);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()
            || doc.object().value(QStringLiteral("format")).toString() != QLatin1String(kRecoveryFormat))
            continue; // a broken sidecar: we cannot tell which document it belongs to
        const QJsonObject meta = doc.object();
        RecoveryFile r;
        r.path = jsonPath;
        r.documentPath = meta.value(QStringLiteral("documentPath")).toString();
        r.written = QDateTime::fromString(meta.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
        if (!r.written.isValid())
            r.written = QFileInfo(jsonPath).lastModified();
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const RecoveryFile &a, const RecoveryFile &b) { return a.written > b.written; });
    return out;
}

bool readRecovery(const RecoveryFile &file, Workspace *out, QString *error)
{
    const LoadResult r = readWorkspaceFile(file.path);
    if (!r.isUsable()) {
        if (error) {
            const QString reason = r.problems.isEmpty() ? QStringLiteral("not a workspace") : r.problems.first().message;
            *error = QStringLiteral("cannot read recovery file %1: %2").arg(QDir::toNativeSeparators(file.path), reason);
        }
        return false;
    }
    if (out)
        *out = r.workspace;
    return true;
}

} // namespace cs
