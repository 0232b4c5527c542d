// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a workspace into its existing .clusterscope file, writing only what changed.
#include "persist/workspace_sqlite.h"

#include "persist/sqlite_db.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <future>
#include <system_error>

#include <sys/stat.h>

namespace cs {

namespace {

using sqlite::Statement;

// The schema objects of one attached database, as text to compare: the file's must be exactly
// the schema just created in memory, so that every statement below means the same in both.
QStringList schemaOf(sqlite::Database &db, const char *schema)
{
    const QByteArray sql = QByteArrayLiteral("SELECT type, name, tbl_name, sql FROM ") + schema
        + ".sqlite_master ORDER BY type, name";
    Statement s(db, sql.constData());
    QStringList rows;
    while (s.step())
        rows.append(s.text(0) + QLatin1Char('\t') + s.text(1) + QLatin1Char('\t') + s.text(2) + QLatin1Char('\t') + s.text(3));
    if (s.failed() || !s.isValid())
        return {QStringLiteral("!")};
    return rows;
}

qint64 pragmaValue(sqlite::Database &db, const char *pragma)
{
    Statement s(db, pragma);
    return s.step() ? s.integer(0) : -1;
}

QByteArray quoted(const QString &name)
{
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

// The statements that make disk.TABLE hold exactly main.TABLE's rows: delete the rows no new
// row equals in every column (NULLs equal, blobs byte by byte), then insert the new rows whose
// key the file lacks. Names come from the schema created in memory, not from the file.
QList<QByteArray> syncStatements(sqlite::Database &db, const QString &table)
{
    Statement info(db, (QByteArrayLiteral("PRAGMA main.table_info(") + quoted(table) + ")").constData());
    QList<QByteArray> columns, keys;
    while (info.step()) {
        columns.append(quoted(info.text(1)));
        if (info.integer(5) > 0)
            keys.append(quoted(info.text(1)));
    }
    if (columns.isEmpty() || keys.isEmpty())
        return {};
    const QByteArray t = quoted(table);
    QByteArray same, sameKey;
    // IS takes 5.0 for 5: the types must agree too, or a tampered type would be kept.
    for (const QByteArray &c : columns)
        same += QByteArray(same.isEmpty() ? "" : " AND ") + "n." + c + (keys.contains(c) ? " = " : " IS ") + "disk." + t + "." + c
            + (keys.contains(c) ? QByteArray() : " AND typeof(n." + c + ") = typeof(disk." + t + "." + c + ")");
    for (const QByteArray &k : keys)
        sameKey += QByteArray(sameKey.isEmpty() ? "" : " AND ") + "d." + k + " = n." + k;
    return {"DELETE FROM disk." + t + " WHERE NOT EXISTS (SELECT 1 FROM main." + t + " AS n WHERE " + same + ")",
            "INSERT INTO disk." + t + " SELECT * FROM main." + t + " AS n WHERE NOT EXISTS (SELECT 1 FROM disk." + t
                + " AS d WHERE " + sameKey + ")"};
}

// What identifies the file at a path, and its last change: a file renamed over the path, or
// written by another program, between the checks and the transaction is not updated.
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    qint64 modifiedNs = 0;
    bool valid = false;
    friend bool operator==(const FileIdentity &a, const FileIdentity &b)
    {
        return a.valid && b.valid && a.device == b.device && a.inode == b.inode && a.size == b.size && a.modifiedNs == b.modifiedNs;
    }
};

FileIdentity identityOf(const QString &path)
{
    struct stat st {};
    FileIdentity id;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return id;
    id = {st.st_dev, st.st_ino, st.st_size, qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec, true};
    return id;
}

} // namespace

bool updateWorkspaceSqlite(const Workspace &ws, const QString &path, qint64 *rowsWritten)
{
    // A journal of an interrupted save is played back first (refused: no update).
    if (!sqlite::rollBackInterruptedSave(path).isEmpty())
        return false;
    const FileIdentity identity = identityOf(path);
    {
        // The header first: nothing is attached that is not this version's workspace in rollback
        // journal mode (bytes 18 and 19 are 2 in WAL mode, which changing would write the file).
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray head = f.read(sqlite::kHeaderBytes);
        const sqlite::Header h = sqlite::parseHeader(head);
        if (!h.isSqlite || h.applicationId != kSqliteApplicationId || h.userVersion != quint32(kSqliteFormatVersion)
            || head[18] != 1 || head[19] != 1)
            return false;
    }
    // A damaged page the new rows would not touch would stay damaged: the file's quick_check runs
    // on a read-only connection while the workspace is written into memory, and must say ok.
    std::future<bool> checked;
    try {
        checked = std::async(std::launch::async, [path] {
            sqlite::Database check;
            const qint64 maxSteps = 200'000'000 + QFileInfo(path).size() * 200; // as the reader's
            if (!check.openUntrusted(path, maxSteps, {}).isEmpty())
                return false;
            Statement s(check, "PRAGMA quick_check(1)");
            return s.step() && s.text(0) == QLatin1String("ok");
        });
    } catch (const std::system_error &) {
        return false; // no thread to be had: the caller writes a new file
    }
    sqlite::Database db;
    const bool inMemory = db.openScratch().isEmpty() && writeWorkspaceTables(db, ws).isEmpty();
    if (!checked.get() || !inMemory)
        return false;
    // Set before the file is attached: a lock held a moment by a reader is waited for.
    if (!db.exec("PRAGMA busy_timeout = 2000").isEmpty())
        return false;
    // mode=rw: the file must exist, it is not created.
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?mode=rw";
    {
        Statement attach(db, "ATTACH DATABASE ? AS disk");
        attach.bindUtf8(1, uri);
        if (!attach.run())
            return false;
    }
    // EXTRA: the journal's deletion, the commit, is synced too, so a save reported done stays done.
    if (!db.exec("PRAGMA disk.journal_mode = DELETE; PRAGMA disk.synchronous = EXTRA;").isEmpty())
        return false;
    if (pragmaValue(db, "PRAGMA disk.application_id") != kSqliteApplicationId
        || pragmaValue(db, "PRAGMA disk.user_version") != kSqliteFormatVersion)
        return false;
    const QStringList schema = schemaOf(db, "main");
    if (schema != schemaOf(db, "disk"))
        return false;
    QList<QByteArray> statements;
    {
        Statement tables(db, "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name");
        while (tables.step()) {
            const QList<QByteArray> sync = syncStatements(db, tables.text(0));
            if (sync.isEmpty())
                return false;
            statements += sync;
        }
    }
    if (!db.exec("BEGIN IMMEDIATE").isEmpty())
        return false;
    // With the write lock held: the file is still the one checked, unchanged since.
    if (!(identityOf(path) == identity)) {
        db.exec("ROLLBACK");
        return false;
    }
    const qint64 before = db.totalChanges();
    for (const QByteArray &sql : statements) {
        if (!db.exec(sql.constData()).isEmpty()) {
            db.exec("ROLLBACK");
            return false;
        }
    }
    const qint64 written = db.totalChanges() - before;
    // Rows rewritten leave free pages that later saves reuse; a save that would leave more than
    // a quarter of the file free (most values removed) is undone, and the caller's new file is
    // compact.
    const qint64 pages = pragmaValue(db, "PRAGMA disk.page_count");
    const qint64 free = pragmaValue(db, "PRAGMA disk.freelist_count");
    if (pages <= 0 || free < 0 || free * 4 > pages || !db.exec("COMMIT").isEmpty()) {
        db.exec("ROLLBACK");
        return false;
    }
    if (rowsWritten)
        *rowsWritten = written;
    return true;
}

} // namespace cs
