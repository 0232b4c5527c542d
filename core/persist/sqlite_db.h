// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace cs::sqlite {

// The first 100 bytes of an SQLite database, read before SQLite itself touches the file (as
// GDAL's GeoPackage driver identifies its files): a file that is not a database, or a database
// of another application, is refused without running any SQL.
struct Header {
    bool isSqlite = false;     // "SQLite format 3\0"
    quint32 pageSize = 0;      // bytes (offset 16; 1 means 65536)
    quint32 pageCount = 0;     // the database size in pages (offset 28), when valid for this file
    quint32 userVersion = 0;   // offset 60
    quint32 applicationId = 0; // offset 68
};
inline constexpr int kHeaderBytes = 100;
// Decodes a header; isSqlite is false when `bytes` is shorter than 100 bytes or has no magic.
Header parseHeader(const QByteArray &bytes);

// A database connection (closed on destruction).
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing file read-only, hardened for a file from anywhere (SQLite's advice for
    // untrusted databases): defensive mode, no trusted schema, no triggers or views, cell size
    // checks, no memory mapping, low limits on lengths, columns and attached databases, and a
    // progress handler that stops any statement after `maxSteps` virtual-machine steps in all or
    // when `cancelled` says so. An error message, or nothing.
    QString openUntrusted(const QString &path, qint64 maxSteps, std::function<bool()> cancelled);
    // Creates a new database file for writing (fails if it exists). An error message, or nothing.
    QString create(const QString &path);
    // Opens an empty in-memory database, hardened as openUntrusted() (without its step limit and
    // query_only), that may attach one database file: the in-place save writes the workspace
    // here, then copies what differs into the attached file. An error message, or nothing.
    QString openScratch();
    // Runs statements without results. An error message, or nothing.
    QString exec(const char *sql);
    QString errorMessage() const;
    // Rows inserted, updated or deleted on this connection since it opened.
    qint64 totalChanges() const;
    // True when the last failure was the progress handler stopping a statement.
    bool wasInterrupted() const { return m_interrupted; }
    void close();
    sqlite3 *handle() const { return m_db; }

private:
    void harden(int attached);
    static int progress(void *self);
    sqlite3 *m_db = nullptr;
    qint64 m_stepsLeft = 0;
    bool m_interrupted = false;
    std::function<bool()> m_cancelled;
};

// Where SQLite keeps the rollback journal of the database at `path`: beside the file itself,
// symbolic links resolved ("REAL-journal"); empty when the file does not exist.
QString journalPath(const QString &path);

// When a save in place (an SQLite transaction) was interrupted, its rollback journal is left
// beside the file, and SQLite will not read the file read-only until the journal is played back.
// This opens the file for writing (defensive mode, no trusted schema) to let SQLite restore the
// state before the interrupted save, as any SQLite program opening the file would. A journal
// that names a super-journal (which playing back may delete, and which a save in place never
// writes) is refused. Nothing when there is no journal or it was played back; otherwise why not.
QString rollBackInterruptedSave(const QString &path);

// A prepared statement. Columns and parameters count from 0 and 1, as in SQLite.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; } // of preparing or of the last step

    void bind(int i, qint64 v);
    void bind(int i, double v);
    void bind(int i, const QString &v);  // text, '' when empty
    void bindOptional(int i, const QString &v); // NULL when empty
    void bindNull(int i);
    void bindBlob(int i, const QByteArray &v); // a zero-length blob when empty
    void bindUtf8(int i, const QByteArray &utf8); // text already in UTF-8
    // Runs one step: true with a row to read; false when done or failed (see failed()).
    bool step();
    bool failed() const { return !m_error.isEmpty(); }
    // Steps through a statement that returns no rows and readies it for new parameters.
    bool run();
    // Readies it to run again, with new parameters.
    void reset();

    int columnCount() const;
    bool isNull(int col) const;
    bool isInteger(int col) const;
    bool isNumber(int col) const; // integer or real
    bool isText(int col) const;
    qint64 integer(int col) const;
    double real(int col) const;
    QString text(int col) const;
    bool isBlob(int col) const;
    QByteArray blob(int col) const; // a copy
    // The blob as SQLite holds it, valid until the statement steps, resets or reads this column as
    // another type.
    QByteArrayView blobView(int col) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace cs::sqlite
