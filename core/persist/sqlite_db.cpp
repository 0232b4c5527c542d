// SPDX-License-Identifier: GPL-3.0-or-later
#include "persist/sqlite_db.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace cs::sqlite {

namespace {

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8)
        | quint32(quint8(b[at + 3]));
}

// Limits for reading a workspace: one text or blob (a quote, a chart's JSON) of at most 16 MiB,
// short statements (ours), no attached databases, few columns per table.
constexpr int kMaxLength = 16 << 20;
constexpr int kMaxSqlLength = 100000;
constexpr int kMaxColumns = 100;
constexpr int kProgressEvery = 1000; // virtual-machine steps between calls of the progress handler

} // namespace

Header parseHeader(const QByteArray &bytes)
{
    Header h;
    if (bytes.size() < kHeaderBytes || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.isSqlite = true;
    const quint32 size = (quint32(quint8(bytes[16])) << 8) | quint32(quint8(bytes[17]));
    h.pageSize = size == 1 ? 65536 : size;
    // The in-header size is valid only when the change counter matches version-valid-for (92).
    if (bigEndian32(bytes, 24) == bigEndian32(bytes, 92))
        h.pageCount = bigEndian32(bytes, 28);
    h.userVersion = bigEndian32(bytes, 60);
    h.applicationId = bigEndian32(bytes, 68);
    return h;
}

Database::~Database() { close(); }

void Database::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
}

qint64 Database::totalChanges() const { return m_db ? sqlite3_total_changes64(m_db) : 0; }

int Database::progress(void *self)
{
    auto *d = static_cast<Database *>(self);
    d->m_stepsLeft -= kProgressEvery;
    if (d->m_stepsLeft < 0 || (d->m_cancelled && d->m_cancelled())) {
        d->m_interrupted = true;
        return 1;
    }
    return 0;
}

void Database::harden(int attached)
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, kMaxLength);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, kMaxSqlLength);
    sqlite3_limit(m_db, SQLITE_LIMIT_COLUMN, kMaxColumns);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, attached);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(m_db, SQLITE_LIMIT_VDBE_OP, 25000);
    sqlite3_limit(m_db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(m_db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
}

QString Database::openUntrusted(const QString &path, qint64 maxSteps, std::function<bool()> cancelled)
{
    close();
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE,
                        nullptr) != SQLITE_OK) {
        const QString error = errorMessage();
        close();
        return error;
    }
    harden(0);
    m_stepsLeft = maxSteps;
    m_interrupted = false;
    m_cancelled = std::move(cancelled);
    sqlite3_progress_handler(m_db, kProgressEvery, &Database::progress, this);
    return exec("PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0; "
                "PRAGMA query_only = ON;");
}

QString Database::create(const QString &path)
{
    close();
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXCLUSIVE, nullptr)
        != SQLITE_OK) {
        const QString error = errorMessage();
        close();
        return error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return QString();
}

QString Database::openScratch()
{
    close();
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                        nullptr)
        != SQLITE_OK) {
        const QString error = errorMessage();
        close();
        return error;
    }
    harden(1);
    m_stepsLeft = 0;
    m_interrupted = false;
    m_cancelled = nullptr;
    return exec("PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;");
}

QString journalPath(const QString &path)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    return real.isEmpty() ? QString() : real + QStringLiteral("-journal");
}

QString rollBackInterruptedSave(const QString &path)
{
    const QString journal = journalPath(path);
    if (journal.isEmpty() || !QFile::exists(journal))
        return QString();
    {
        // A journal that ends in SQLite's journal magic names a super-journal (a transaction
        // over several files), which playing it back may delete: a save in place never writes
        // one, so such a journal is not ours and is not played back.
        static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
        QFile j(journal);
        if (j.open(QIODevice::ReadOnly) && j.size() >= 8 && j.seek(j.size() - 8) && j.read(8) == magic)
            return QStringLiteral("its journal (%1) names a super-journal, which a Clusterscope save never writes")
                .arg(QFileInfo(journal).fileName());
    }
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(journal.chopped(8)); // the file itself, symbolic links resolved
    QString error;
    // Without SQLITE_OPEN_CREATE: a journal whose database is gone is left alone.
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE, nullptr)
        == SQLITE_OK) {
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_busy_timeout(db, 2000);
        // Reading the first page takes the shared lock, which plays a hot journal back.
        if (sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK)
            error = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
    }
    sqlite3_close_v2(db);
    return error;
}

QString Database::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) == SQLITE_OK)
        return QString();
    const QString message = error ? QString::fromUtf8(error) : errorMessage();
    sqlite3_free(error);
    return message;
}

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = db.errorMessage();
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
void Statement::bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
void Statement::bind(int i, const QString &v)
{
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}
void Statement::bindUtf8(int i, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}
void Statement::bindBlob(int i, const QByteArray &v)
{
    sqlite3_bind_blob64(m_stmt, i, v.constData(), sqlite3_uint64(v.size()), SQLITE_TRANSIENT);
}
void Statement::bindOptional(int i, const QString &v)
{
    if (v.isEmpty())
        bindNull(i);
    else
        bind(i, v);
}
void Statement::bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = m_db.errorMessage();
    return false;
}

bool Statement::run()
{
    while (step()) {
    }
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    return !failed() && m_stmt;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_error.clear();
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
bool Statement::isInteger(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_INTEGER; }
bool Statement::isNumber(int col) const
{
    const int t = sqlite3_column_type(m_stmt, col);
    return t == SQLITE_INTEGER || t == SQLITE_FLOAT;
}
bool Statement::isText(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_TEXT; }
qint64 Statement::integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }
QString Statement::text(int col) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, col)) : QString();
}

bool Statement::isBlob(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_BLOB; }
QByteArrayView Statement::blobView(int col) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

QByteArray Statement::blob(int col) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

} // namespace cs::sqlite
