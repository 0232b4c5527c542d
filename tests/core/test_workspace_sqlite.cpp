// SPDX-License-Identifier: GPL-3.0-or-later
// The .clusterscope workspace file (SQLite): lossless round trips with canonical JSON, and every
// kind of hostile file refused with one line.
#include "default_workspace.h"
#include "import/data_file.h"
#include "import/table_import.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "persist/workspace_sqlite.h"
#include "block_columns.h"
#include "testutils.h"
#include "workspace_fixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>
#include <algorithm>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <functional>
#include <map>
#include <random>
#include <unistd.h>

using namespace cs;

namespace {

QString pathIn(const QTemporaryDir &dir, const char *name) { return dir.filePath(QString::fromUtf8(name)); }

// Saves `ws` as .clusterscope, reads it back and returns the canonical JSON of what was read.
QByteArray throughSqlite(const Workspace &ws, const QString &path, LoadResult *read = nullptr)
{
    const SaveResult saved = saveWorkspace(ws, path);
    EXPECT_TRUE(saved.ok) << saved.error.toStdString();
    const LoadResult r = readWorkspaceFile(path);
    EXPECT_TRUE(r.isUsable()) << (r.problems.isEmpty() ? std::string() : r.problems.first().format(path).toStdString());
    if (read)
        *read = r;
    return writeWorkspace(r.workspace);
}

// Runs SQL on a file with SQLite itself, as another program would.
void runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message << "\n" << sql;
}

// A version-2 file (a row per value), as Clusterscope wrote them, from its SQL text.
void makeVersion2(const QString &path, const char *fixture)
{
    const QByteArray sql = test::readFile(QStringLiteral(CLUSTERSCOPE_TEST_DATA "/") + QLatin1String(fixture));
    ASSERT_FALSE(sql.isEmpty()) << fixture;
    runSql(path, (sql + "PRAGMA application_id = 1129075523; PRAGMA user_version = 2;").constData());
}

// The same table without its constraints, so that a test can store what the schema forbids.
std::string unconstrained(const char *table)
{
    return std::string("CREATE TABLE tmp AS SELECT * FROM ") + table + "; DROP TABLE " + table + "; ALTER TABLE tmp RENAME TO "
        + table + ";";
}

} // namespace

TEST(WorkspaceSqlite, EmbeddedWorkspaceRoundTripsToTheSameCanonicalJson)
{
    QTemporaryDir dir;
    const QByteArray json = defaultWorkspaceJson();
    const LoadResult fromJson = readWorkspace(json);
    ASSERT_EQ(fromJson.status, LoadResult::Status::Ok);
    ASSERT_EQ(writeWorkspace(fromJson.workspace), json) << "the embedded workspace is canonical";
    LoadResult r;
    EXPECT_EQ(throughSqlite(fromJson.workspace, pathIn(dir, "embedded.clusterscope"), &r), json);
    EXPECT_EQ(r.status, LoadResult::Status::Ok);
    EXPECT_TRUE(r.workspace == fromJson.workspace);
}

TEST(WorkspaceSqlite, ImportedTableRoundTripsToTheSameCanonicalJson)
{
    QByteArray csv = "indicator,subject,period,value,unit\n";
    for (int i = 0; i < 10000; ++i)
        csv += QStringLiteral("output %1,province %2,%3,%4,CNY 100m\n")
                   .arg(i % 50).arg(i / 50 % 40).arg(1970 + i / 2000).arg(double(i * 7919 % 100003) / 7.0, 0, 'g', 17)
                   .toUtf8();
    DataFileOptions fileOptions;
    fileOptions.fileName = QStringLiteral("panel.csv");
    const DataFileResult table = readDataBytes(csv, fileOptions);
    ASSERT_TRUE(table.ok()) << table.error.toStdString();
    TableImportOptions options;
    options.fileName = QStringLiteral("panel.csv");
    const TableImportResult imported = importTable(table.table, options);
    ASSERT_EQ(imported.workspace.observations.size(), 10000);
    ASSERT_EQ(imported.workspace.indicators.size(), 50) << "a panel: one indicator per measure, not per province";
    EXPECT_TRUE(imported.workspace.indicators.first().subject.isEmpty());
    EXPECT_EQ(imported.workspace.subjects.size(), 40);
    const QByteArray json = writeWorkspace(imported.workspace);
    EXPECT_TRUE(json.startsWith("{\n    \"format\": \"clusterscope-workspace\",\n    \"version\": 2,\n"));
    const LoadResult back = readWorkspace(json);
    ASSERT_EQ(back.status, LoadResult::Status::Ok) << (back.problems.isEmpty() ? std::string() : back.problems.first().message.toStdString());
    EXPECT_TRUE(back.workspace == imported.workspace);
    QTemporaryDir dir;
    LoadResult fromFile;
    EXPECT_EQ(throughSqlite(imported.workspace, pathIn(dir, "panel.clusterscope"), &fromFile), json);
    EXPECT_EQ(fromFile.status, LoadResult::Status::Ok);
    EXPECT_EQ(throughSqlite(back.workspace, pathIn(dir, "again.clusterscope")), json);
}

// Every kind of period, qualifiers, derived values with inputs, and references that name nothing
// (rule problems a workspace may have while being edited) come back the same, with the same
// problems JSON reports.
TEST(WorkspaceSqlite, EveryFieldAndUnresolvedReferencesRoundTrip)
{
    Workspace ws = test::smallWorkspace();
    const QStringList periods = {QStringLiteral("2022-W31"), QStringLiteral("2020-W53"), QStringLiteral("2023-11-24"),
                                 QStringLiteral("2023-01/2023-09"), QStringLiteral("2023-Q2/2023-Q3"),
                                 QStringLiteral("2024-W02/2024-W05"), QStringLiteral("2024-02-28/2024-03-01"),
                                 QStringLiteral("2023-Q1/2023-Q3"), QStringLiteral("1000"), QStringLiteral("9999-12")};
    for (const QString &text : periods) {
        Observation o = ws.observations.first();
        o.id = QStringLiteral("p-") + text;
        o.period = Period::parse(text);
        ASSERT_TRUE(o.period.isValid()) << text.toStdString();
        o.value = -0.1 + 1e-300;
        o.qualifier = Qualifier::About;
        o.note = QStringLiteral("注 note");
        ws.observations.append(o);
    }
    Observation none = ws.observations.first();
    none.id = QStringLiteral("no-period");
    none.period = Period();
    ws.observations.append(none);
    Observation derived = ws.observations.first();
    derived.id = QStringLiteral("derived");
    derived.derived = true;
    derived.quote.clear();
    derived.inputs = {QStringLiteral("a-2023"), QStringLiteral("no-such-observation"), QStringLiteral("b-2023")};
    ws.observations.append(derived);
    ws.observations.update(1, [&](Observation &o) { o.indicator = QStringLiteral("no-such-indicator"); });
    ws.observations.update(2, [&](Observation &o) { o.source = QStringLiteral("no-such-source"); });
    ws.indicators[1].subject = QStringLiteral("no-such-subject");
    ws.indicators[2].cluster = QStringLiteral("no-such-cluster");
    ws.indicators[3].growthOf = QStringLiteral("total");
    ws.indicators[4].partOf = QStringLiteral("no-such-total");
    ws.indicators[5].note = QStringLiteral("多行\nnote");
    ws.subjects.append({QStringLiteral("district"), SubjectKind::Place, {QStringLiteral("区"), QString()}, QStringLiteral("city")});
    ws.subjects.append({QStringLiteral("orphan"), SubjectKind::Company, {QString(), QStringLiteral("Orphan")}, QStringLiteral("gone")});
    ws.sources[1].note = QStringLiteral("note");
    ws.sources[1].reference = QStringLiteral("https://example.org/a?b=c");

    const QByteArray json = writeWorkspace(ws);
    const LoadResult fromJson = readWorkspace(json);
    ASSERT_EQ(fromJson.status, LoadResult::Status::HasProblems);
    QTemporaryDir dir;
    LoadResult fromSqlite;
    EXPECT_EQ(throughSqlite(fromJson.workspace, pathIn(dir, "edge.clusterscope"), &fromSqlite), json);
    EXPECT_EQ(fromSqlite.status, LoadResult::Status::HasProblems);
    ASSERT_EQ(fromSqlite.problems.size(), fromJson.problems.size());
    for (qsizetype i = 0; i < fromJson.problems.size(); ++i) {
        EXPECT_EQ(fromSqlite.problems[i].path, fromJson.problems[i].path);
        EXPECT_EQ(fromSqlite.problems[i].message, fromJson.problems[i].message);
    }
}

TEST(WorkspaceSqlite, CancelStopsTheRead)
{
    QTemporaryDir dir;
    const QString path = pathIn(dir, "ws.clusterscope");
    ASSERT_TRUE(saveWorkspace(readWorkspace(defaultWorkspaceJson()).workspace, path).ok);
    WorkspaceReadOptions options;
    int asked = 0;
    options.cancelled = [&asked] { return ++asked > 1; }; // Cancel pressed while SQLite reads
    const LoadResult r = readWorkspaceFile(path, options);
    EXPECT_EQ(r.status, LoadResult::Status::Invalid);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().message, QStringLiteral("cancelled"));
    EXPECT_GT(asked, 1);
}

// What another program sees: an SQLite database with the application id and version, the store's
// strings in a table, and the values in blocks of columns (docs/workspace-format.md).
// Files of version 2 (a row per value), as Clusterscope wrote them before version 3, still read
// to the same workspace: the embedded one, and an imported panel with its source rows. Saving
// them again writes the current version, which reads back the same.
TEST(WorkspaceSqlite, Version2FilesReadToTheSameWorkspace)
{
    QTemporaryDir dir;
    const struct {
        const char *sql;
        QByteArray json;
    } files[] = {{"embedded-v2.sql", defaultWorkspaceJson()},
                 {"imported-v2.sql", test::readFile(QStringLiteral(CLUSTERSCOPE_TEST_DATA "/imported-v2.json"))}};
    for (const auto &f : files) {
        ASSERT_FALSE(f.json.isEmpty());
        const QString path = dir.filePath(QString::fromUtf8(f.sql) + QStringLiteral(".clusterscope"));
        makeVersion2(path, f.sql);
        const LoadResult r = readWorkspaceFile(path);
        ASSERT_EQ(r.status, LoadResult::Status::Ok) << f.sql << ": " << (r.problems.isEmpty() ? std::string() : r.problems.first().format(path).toStdString());
        EXPECT_EQ(writeWorkspace(r.workspace), f.json) << f.sql;
        EXPECT_EQ(throughSqlite(r.workspace, path + QStringLiteral(".v3.clusterscope")), f.json) << f.sql;
    }
}

TEST(WorkspaceSqlite, FileIsAnSqliteDatabaseWithItsIdAndBlocks)
{
    QTemporaryDir dir;
    const QString path = pathIn(dir, "ws.clusterscope");
    const Workspace ws = test::smallWorkspace();
    ASSERT_TRUE(saveWorkspace(ws, path).ok);
    const QByteArray bytes = test::readFile(path);
    ASSERT_TRUE(bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")));
    EXPECT_EQ(bytes.mid(68, 4), QByteArray("CLSC"));
    EXPECT_EQ(bytes.mid(60, 4), QByteArray("\0\0\0\4", 4));
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    auto single = [&](const char *sql) {
        sqlite3_stmt *s = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &s, nullptr), SQLITE_OK) << sql;
        QString out;
        if (sqlite3_step(s) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        return out;
    };
    // The values as they are (encoding byte 0, then float64s); the source rows, all none (-1), as
    // one run (encoding byte 1, then first −1, step 0, length).
    EXPECT_EQ(single("SELECT count(*) || ' ' || sum(count) || ' ' || length(value) || ' ' || hex(substr(value, 1, 1)) "
                     "FROM observation_blocks"),
              QStringLiteral("1 %1 %2 00").arg(ws.observations.size()).arg(1 + 8 * ws.observations.size()));
    EXPECT_EQ(single("SELECT hex(source_row) FROM observation_blocks"),
              QStringLiteral("01FFFFFFFF00000000") + QStringLiteral("%1").arg(ws.observations.size(), 2, 16, QLatin1Char('0')).toUpper()
                  + QStringLiteral("000000"));
    const QString indicator = ws.observations.first().indicator;
    EXPECT_EQ(single(QStringLiteral("SELECT count(*) FROM strings WHERE text = '%1'").arg(indicator).toUtf8().constData()),
              QStringLiteral("1"));
    // The first value's indicator, read from its block as another program would: a little-endian
    // int32 key into strings.
    const int key = single(QStringLiteral("SELECT key FROM strings WHERE text = '%1'").arg(indicator).toUtf8().constData()).toInt();
    ASSERT_GT(key, 0);
    ASSERT_LT(key, 256);
    EXPECT_EQ(single("SELECT hex(substr(indicator, 2, 4)) FROM observation_blocks"),
              QStringLiteral("%1").arg(key, 2, 16, QLatin1Char('0')).toUpper() + QStringLiteral("000000"));
    // The block's distinct indicators, ascending, beside it: the first is that key.
    EXPECT_EQ(single("SELECT block || ' ' || hex(substr(indicators, 1, 4)) FROM observation_block_keys"),
              QStringLiteral("1 ") + QStringLiteral("%1").arg(key, 2, 16, QLatin1Char('0')).toUpper() + QStringLiteral("000000"));
    EXPECT_EQ(single("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'indicators'"),
              QStringLiteral("indicators_by_subject"));
    sqlite3_close(db);
}

TEST(WorkspaceSqlite, SaveKeepsTheBackupAndLeavesNoTemporary)
{
    QTemporaryDir dir;
    const QString path = pathIn(dir, "ws.clusterscope");
    Workspace ws = test::smallWorkspace();
    ASSERT_TRUE(saveWorkspace(ws, path).ok);
    const QByteArray first = test::readFile(path);
    ws.observations.update(0, [&](Observation &o) { o.value = 7; });
    ASSERT_TRUE(saveWorkspace(ws, path).ok);
    EXPECT_EQ(test::readFile(path + QLatin1Char('~')), first);
    EXPECT_EQ(readWorkspaceFile(path).workspace.observations.first().value, 7);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
              (QStringList{QStringLiteral("ws.clusterscope"), QStringLiteral("ws.clusterscope~")}));
    if (::geteuid() != 0) { // root writes read-only files
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        const SaveResult refused = saveWorkspace(ws, path);
        EXPECT_FALSE(refused.ok);
        EXPECT_TRUE(refused.error.startsWith(QStringLiteral("cannot write "))) << refused.error.toStdString();
    }
    const SaveResult noDir = saveWorkspace(ws, pathIn(dir, "no/such/dir/ws.clusterscope"));
    EXPECT_FALSE(noDir.ok);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

namespace {

// A child saves two versions of a workspace over one .clusterscope file again and again and is
// SIGKILLed at a random moment, 200 times: every time the target holds one of the two versions,
// and so does FILE~ when it exists. Each save either writes the whole database into a temporary
// file, synced and renamed over the target, keeping FILE~, or (inPlace) updates the target in one
// SQLite transaction whose journal the next read plays back. A new file has the same bytes for
// the same workspace, so a file byte-identical to A's or B's database (each read back Ok below)
// is that version; any other file is read in full, and every tenth kill reads the target in full
// anyway.
void killDuringSave(bool inPlace)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString child = QStringLiteral(CLUSTERSCOPE_SAVE_CHILD);
    ASSERT_EQ(QProcess::execute(child, {QStringLiteral("--versions"), dir.path()}), 0);
    const Workspace wsA = readWorkspace(test::readFile(dir.filePath(QStringLiteral("a.json")))).workspace;
    const Workspace wsB = readWorkspace(test::readFile(dir.filePath(QStringLiteral("b.json")))).workspace;
    ASSERT_FALSE(wsA == wsB);
    const QString fileA = dir.filePath(QStringLiteral("a.clusterscope"));
    const QString fileB = dir.filePath(QStringLiteral("b.clusterscope"));
    ASSERT_TRUE(saveWorkspace(wsA, fileA, false).ok);
    ASSERT_TRUE(saveWorkspace(wsB, fileB, false).ok);
    auto version = [&](const QString &path) {
        const LoadResult r = readWorkspaceFile(path);
        if (r.status != LoadResult::Status::Ok)
            return '!';
        return r.workspace == wsA ? 'A' : r.workspace == wsB ? 'B' : '?';
    };
    ASSERT_EQ(version(fileA), 'A');
    ASSERT_EQ(version(fileB), 'B');
    const QByteArray a = test::readFile(fileA), b = test::readFile(fileB);
    auto versionOf = [&](const QString &path, bool read) {
        const QByteArray bytes = test::readFile(path);
        if (!read && (bytes == a || bytes == b))
            return bytes == a ? 'A' : 'B';
        return version(path);
    };

    const QString work = dir.filePath(QStringLiteral("kill"));
    ASSERT_TRUE(QDir().mkdir(work));
    const QString target = work + QStringLiteral("/ws.clusterscope");
    // What a killed save may leave: the database being written, or the backup's QSaveFile
    // temporary; in place, a rollback journal the read did not need.
    const QRegularExpression temporary(inPlace ? QStringLiteral("^ws\\.clusterscope-journal$")
                                               : QStringLiteral("^ws\\.clusterscope(\\.[0-9a-f]{8}\\.tmp|~\\.[A-Za-z0-9]{6})$"));
    // Kills land from before the first save ends to a few saves later, whatever this build's speed
    // (a sanitized build saves several times slower): the range follows a save timed here.
    QElapsedTimer saving;
    saving.start();
    for (int k = 0; k < 3; ++k)
        ASSERT_TRUE(saveWorkspace(k % 2 ? wsA : wsB, dir.filePath(QStringLiteral("timing.clusterscope")), !inPlace).ok);
    const int saveMs = int(saving.elapsed() / 3);
    std::mt19937 rng(20261130);
    std::uniform_int_distribution<int> delayMs(0, std::max(150, 4 * saveMs));
    const int kKills = 200;
    int foundA = 0, foundB = 0, tempsLeft = 0, readInFull = 0;
    std::map<QString, int> states;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kKills; ++i) {
        // Every run starts from A, and the child's first save writes B.
        QFile::remove(target);
        QFile::remove(target + QLatin1Char('~'));
        ASSERT_TRUE(QFile::copy(fileA, target));
        QProcess p;
        p.start(child, inPlace ? QStringList{fileA, fileB, target, QStringLiteral("--in-place")} : QStringList{fileA, fileB, target});
        ASSERT_TRUE(p.waitForStarted(10000)) << p.errorString().toStdString();
        ASSERT_TRUE(p.waitForReadyRead(20000)) << "the child never got ready: " << p.readAllStandardError().toStdString();
        const int delay = delayMs(rng);
        if (delay > 0)
            ::usleep(static_cast<useconds_t>(delay) * 1000);
        p.kill();
        ASSERT_TRUE(p.waitForFinished(10000));
        ASSERT_EQ(p.exitStatus(), QProcess::CrashExit) << "the child stopped by itself: " << p.readAllStandardError().toStdString();

        const bool fullRead = i % 10 == 0;
        readInFull += fullRead;
        const char now = versionOf(target, fullRead);
        ASSERT_TRUE(now == 'A' || now == 'B') << "kill " << i << " after " << delay << " ms left a file that is neither A nor B ("
                                              << now << ")";
        (now == 'A' ? foundA : foundB)++;
        QString state = QStringLiteral("FILE=") + QLatin1Char(now);
        if (QFileInfo::exists(target + QLatin1Char('~'))) {
            EXPECT_FALSE(inPlace) << "a save in place keeps no backup";
            const char old = versionOf(target + QLatin1Char('~'), fullRead);
            ASSERT_TRUE(old == 'A' || old == 'B') << "kill " << i << ": the backup is neither A nor B (" << old << ")";
            state += QStringLiteral(" FILE~=") + QLatin1Char(old);
        }
        states[state]++;
        for (const QString &name : QDir(work).entryList(QDir::Files | QDir::Hidden)) {
            if (name == QLatin1String("ws.clusterscope") || name == QLatin1String("ws.clusterscope~"))
                continue;
            ASSERT_TRUE(temporary.match(name).hasMatch()) << "unexpected file " << name.toStdString();
            ++tempsLeft;
            QFile::remove(work + QLatin1Char('/') + name);
        }
    }
    std::printf("[ kill test ] %d kills in %lld ms (a save takes %d ms here): %d left A, %d left B; %d temporaries removed; %d read in full\n",
                kKills, static_cast<long long>(timer.elapsed()), saveMs, foundA, foundB, tempsLeft, readInFull);
    for (const auto &[state, count] : states)
        std::printf("[ kill test ] %4d x %s\n", count, qPrintable(state));
    EXPECT_EQ(foundA + foundB, kKills);
    EXPECT_GT(foundA, 0);
    EXPECT_GT(foundB, 0) << "no kill came after a completed save: the test proves little";
}

} // namespace

TEST(WorkspaceSqlite, KillDuringSaveLeavesOldOrNewValidFile)
{
    killDuringSave(false);
}

TEST(WorkspaceSqlite, KillDuringSaveInPlaceLeavesOldOrNewValidFile)
{
    killDuringSave(true);
}

// A hostile or broken file: Invalid with exactly one one-line problem, whatever it holds.
struct HostileCase {
    const char *name;
    std::function<void(const QString &good, const QString &path)> make; // `good` is a valid file
    const char *expected;                                                 // part of the message
    ProblemCode code;
    int version = 3; // of the valid file: 2 is the fixture tests/core/data/embedded-v2.sql
};

void PrintTo(const HostileCase &c, std::ostream *os) { *os << c.name; }

class HostileSqlite : public ::testing::TestWithParam<HostileCase>
{
};

TEST_P(HostileSqlite, IsRefusedWithOneLine)
{
    QTemporaryDir dir;
    const QString good = pathIn(dir, "good.clusterscope");
    if (GetParam().version == 2) {
        makeVersion2(good, "embedded-v2.sql");
    } else {
        Workspace ws = test::smallWorkspace();
        ws.observations.update(0, [&](Observation &o) { o.inputs = {QStringLiteral("a-2023")}; });
        ws.observations.update(0, [&](Observation &o) { o.derived = true; });
        const int row = ws.observations.addSourceRow({QStringLiteral("t.csv"), 2, {QStringLiteral("a"), QStringLiteral("1")}, -1});
        ws.observations.update(1, [&](Observation &o) {
            o.row = row;
            o.column = 1;
        });
        ASSERT_TRUE(saveWorkspace(ws, good, false).ok);
    }
    ASSERT_TRUE(readWorkspaceFile(good).isUsable());
    const QString path = pathIn(dir, "hostile.clusterscope");
    GetParam().make(good, path);
    const LoadResult r = readWorkspaceFile(path);
    ASSERT_EQ(r.status, LoadResult::Status::Invalid) << GetParam().name;
    ASSERT_EQ(r.problems.size(), 1);
    const QString line = r.problems.first().format(path);
    EXPECT_TRUE(line.contains(QLatin1String(GetParam().expected))) << line.toStdString();
    EXPECT_FALSE(line.contains(QLatin1Char('\n'))) << line.toStdString();
    EXPECT_EQ(r.problems.first().code, GetParam().code) << line.toStdString();
}

namespace {

void copyWith(const QString &good, const QString &path, const std::string &sql)
{
    ASSERT_TRUE(QFile::copy(good, path));
    runSql(path, sql.c_str());
}

// Copies `good` and overwrites value `index` (from 0) of the blob column `column` of the first
// row of `table` with `bytes`, as a program patching the file would (writing the column's
// entries as they are).
void patchBlob(const QString &good, const QString &path, const char *table, const char *column, int index, const QByteArray &bytes)
{
    ASSERT_TRUE(QFile::copy(good, path));
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    const std::string select = std::string("SELECT ") + column + " FROM " + table + " WHERE key = 1";
    ASSERT_EQ(sqlite3_prepare_v2(db, select.c_str(), -1, &s, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
    QByteArray blob = test::plainEntries(QByteArray(static_cast<const char *>(sqlite3_column_blob(s, 0)), sqlite3_column_bytes(s, 0)),
                                         int(bytes.size()));
    sqlite3_finalize(s);
    ASSERT_LE(qsizetype(index + 1) * bytes.size(), blob.size() - 1);
    blob.replace(1 + index * bytes.size(), bytes.size(), bytes);
    const std::string update = std::string("UPDATE ") + table + " SET " + column + " = ? WHERE key = 1";
    ASSERT_EQ(sqlite3_prepare_v2(db, update.c_str(), -1, &s, nullptr), SQLITE_OK);
    sqlite3_bind_blob(s, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    ASSERT_EQ(sqlite3_step(s), SQLITE_DONE);
    sqlite3_finalize(s);
    sqlite3_close(db);
}

template <class T>
QByteArray littleEndian(T v)
{
    QByteArray b(sizeof(T), Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    for (char &c : b)
        c = char(QRandomGenerator::global()->generate());
    return b;
}

const HostileCase kHostile[] = {
    {"empty", [](const QString &, const QString &p) { test::writeFile(p, QByteArray()); }, "not an SQLite database",
     ProblemCode::NotAWorkspace},
    {"random", [](const QString &, const QString &p) { test::writeFile(p, randomBytes(8192)); }, "not an SQLite database",
     ProblemCode::NotAWorkspace},
    {"json", [](const QString &, const QString &p) { test::writeFile(p, writeWorkspace(test::smallWorkspace())); },
     "a JSON workspace is read from a .json file", ProblemCode::NotAWorkspace},
    {"header only", [](const QString &g, const QString &p) { test::writeFile(p, test::readFile(g).left(60)); },
     "cut short", ProblemCode::NotAWorkspace},
    {"truncated", [](const QString &g, const QString &p) { test::writeFile(p, test::readFile(g).left(4096 * 3)); },
     "truncated", ProblemCode::CannotRead},
    {"truncated mid-page", [](const QString &g, const QString &p) { test::writeFile(p, test::readFile(g).chopped(100)); },
     "truncated", ProblemCode::CannotRead},
    {"another application",
     [](const QString &, const QString &p) { runSql(p, "CREATE TABLE t (x); INSERT INTO t VALUES (1);"); },
     "of another application", ProblemCode::NotAWorkspace},
    {"another application's id",
     [](const QString &g, const QString &p) { copyWith(g, p, "PRAGMA application_id = 1196444237;"); },
     "of another application (application_id 1196444237)", ProblemCode::NotAWorkspace},
    {"newer version", [](const QString &g, const QString &p) { copyWith(g, p, "PRAGMA user_version = 5;"); },
     "format version 5, newer", ProblemCode::NewerVersion},
    {"version 0", [](const QString &g, const QString &p) { copyWith(g, p, "PRAGMA user_version = 0;"); },
     "user_version", ProblemCode::BadVersion},
    {"corrupt pages",
     [](const QString &g, const QString &p) {
         QByteArray bytes = test::readFile(g);
         for (qsizetype i = 4096; i < bytes.size(); i += 97) // every page but the first
             bytes[i] = char(i * 31);
         test::writeFile(p, bytes);
     },
     "damaged Clusterscope workspace", ProblemCode::CannotRead},
    {"wrong format name",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE metadata SET value = 'other' WHERE key = 'format';"); },
     "metadata 'format'", ProblemCode::WrongFormat},
    {"missing table", [](const QString &g, const QString &p) { copyWith(g, p, "DROP TABLE charts;"); },
     "table charts is missing or incomplete", ProblemCode::CannotRead},
    {"missing column",
     [](const QString &g, const QString &p) { copyWith(g, p, "ALTER TABLE sources DROP COLUMN note;"); },
     "table sources is missing or incomplete (no such column: note)", ProblemCode::CannotRead},
    {"block keys that disagree with the block",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_block_keys SET subjects = x'';"); },
     "observation_blocks row 1: subject holds other subjects than observation_block_keys says", ProblemCode::CannotRead},
    {"block without keys",
     [](const QString &g, const QString &p) { copyWith(g, p, "DELETE FROM observation_block_keys;"); },
     "observation_blocks row 1: key has no entry in observation_block_keys", ProblemCode::CannotRead},
    {"block keys repeated",
     [](const QString &g, const QString &p) {
         copyWith(g, p, "UPDATE observation_block_keys SET indicators = CAST(indicators || indicators AS BLOB);");
     },
     "observation_block_keys row 1: indicators must be strings' keys in ascending order", ProblemCode::CannotRead},
    {"block keys that are no array",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_block_keys SET indicators = x'010203';"); },
     "observation_block_keys row 1: indicators is not an array of keys", ProblemCode::CannotRead},
    {"block keys of no block",
     [](const QString &g, const QString &p) {
         copyWith(g, p, "INSERT INTO observation_block_keys SELECT 2, indicators, subjects FROM observation_block_keys;");
     },
     "observation_block_keys: has entries for blocks the file does not hold", ProblemCode::CannotRead},
    {"runs that do not add up to the block",
     [](const QString &g, const QString &p) {
         copyWith(g, p, "UPDATE observation_blocks SET source_row = x'01FFFFFFFF0000000001000000';");
     },
     "observation_blocks row 1: source_row has runs of 1 values, not", ProblemCode::CannotRead},
    {"block without values",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_blocks SET value = 'none';"); },
     "observation_blocks row 1: value is not a blob", ProblemCode::CannotRead},
    {"column cut short",
     [](const QString &g, const QString &p) {
         copyWith(g, p, "UPDATE observation_blocks SET value = CAST(x'00' || substr(value, 2, 8) AS BLOB);");
     },
     "observation_blocks row 1: value holds 8 bytes, not", ProblemCode::CannotRead},
    {"count that is not a number",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_blocks SET count = 'many';"); },
     "observation_blocks row 1: count is not an integer", ProblemCode::CannotRead},
    {"count past a block",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_blocks SET count = 70000;"); },
     "count must be from 1 to 65536", ProblemCode::CannotRead},
    {"block after a partial one",
     [](const QString &g, const QString &p) {
         copyWith(g, p, "INSERT INTO observation_blocks SELECT 2, count, id_prefix, id_number, indicator, subject, source, "
                        "period, value, qualifier, source_row, source_column FROM observation_blocks;");
     },
     "observation_blocks row 2: key follows a block that is not full", ProblemCode::CannotRead},
    {"NaN",
     [](const QString &g, const QString &p) {
         patchBlob(g, p, "observation_blocks", "value", 2, littleEndian<quint64>(0x7ff8000000000000ULL));
     },
     "observation_blocks row 1: value of value 3 is not a finite number", ProblemCode::CannotRead},
    {"infinity",
     [](const QString &g, const QString &p) {
         patchBlob(g, p, "observation_blocks", "value", 0, littleEndian<quint64>(0x7ff0000000000000ULL));
     },
     "value of value 1 is not a finite number", ProblemCode::CannotRead},
    {"dangling indicator",
     [](const QString &g, const QString &p) { patchBlob(g, p, "observation_blocks", "indicator", 3, littleEndian<qint32>(999)); },
     "observation_blocks row 1: indicator of value 4 is not a string's key", ProblemCode::CannotRead},
    {"negative key",
     [](const QString &g, const QString &p) { patchBlob(g, p, "observation_blocks", "source", 0, littleEndian<qint32>(-1)); },
     "source of value 1 is not a string's key", ProblemCode::CannotRead},
    {"id that reads back as another",
     [](const QString &g, const QString &p) { patchBlob(g, p, "observation_blocks", "id_number", 0, littleEndian<qint32>(-7)); },
     "id_number of value 1 does not make an id", ProblemCode::CannotRead},
    {"unknown qualifier",
     [](const QString &g, const QString &p) { patchBlob(g, p, "observation_blocks", "qualifier", 1, QByteArray(1, '\x09')); },
     "qualifier of value 2 is not a qualifier's code", ProblemCode::CannotRead},
    {"period out of range",
     [](const QString &g, const QString &p) {
         patchBlob(g, p, "observation_blocks", "period", 0, littleEndian<quint64>(2023ULL << 40 | 13ULL << 24 | 13ULL << 8 | 3));
     },
     "observation_blocks row 1: period of value 1 is not a period", ProblemCode::CannotRead},
    // (a period code of all ones bits was once taken for an empty slot of the reader's period
    // cache, and read as no period)
    {"period code of all ones",
     [](const QString &g, const QString &p) { patchBlob(g, p, "observation_blocks", "period", 0, littleEndian<quint64>(~0ULL)); },
     "observation_blocks row 1: period of value 1 is not a period", ProblemCode::CannotRead},
    {"period that is a whole year",
     [](const QString &g, const QString &p) {
         patchBlob(g, p, "observation_blocks", "period", 0, littleEndian<quint64>(2023ULL << 40 | 1ULL << 24 | 4ULL << 8 | 2));
     },
     "period of value 1 is not a period", ProblemCode::CannotRead},
    {"source row of no row",
     [](const QString &g, const QString &p) { patchBlob(g, p, "observation_blocks", "source_row", 1, littleEndian<qint32>(5)); },
     "source_row of value 2 is not a source row", ProblemCode::CannotRead},
    {"source row running past its cells",
     [](const QString &g, const QString &p) { patchBlob(g, p, "source_row_blocks", "ends", 0, littleEndian<qint32>(3)); },
     "source_row_blocks row 1: ends of row 1 is not the end of its cells", ProblemCode::CannotRead},
    {"source row header after it",
     [](const QString &g, const QString &p) { patchBlob(g, p, "source_row_blocks", "header", 0, littleEndian<qint32>(0)); },
     "header of row 1 must be an earlier row", ProblemCode::CannotRead},
    {"strings with a gap",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE strings SET key = key + 100 WHERE key = 3;"); },
     "strings row 4: key must number the strings", ProblemCode::CannotRead},
    {"string given twice",
     [](const QString &g, const QString &p) {
         copyWith(g, p, "UPDATE strings SET text = (SELECT text FROM strings WHERE key = 1) WHERE key = 2;");
     },
     "strings row 2: text repeats an earlier string", ProblemCode::CannotRead},
    {"note of no observation",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_notes SET observation = 77 WHERE observation = 1;"); },
     "observation_notes row 77: observation is not in the file", ProblemCode::CannotRead},
    {"text where a number goes",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_notes SET derived = 'yes';"); },
     "derived is not an integer", ProblemCode::CannotRead},
    {"input of no observation",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_inputs SET observation = 77;"); },
     "observation_inputs row 77: observation is not in the file", ProblemCode::CannotRead},
    {"inputs out of order",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_inputs SET position = 4;"); },
     "position must number the inputs", ProblemCode::CannotRead},
    {"v2 NULL value",
     [](const QString &g, const QString &p) {
         copyWith(g, p, unconstrained("observations") + "UPDATE observations SET value = NULL WHERE key = 2;");
     },
     "observations row 2: value is NULL", ProblemCode::CannotRead, 2},
    {"NULL id",
     [](const QString &g, const QString &p) { copyWith(g, p, unconstrained("sources") + "UPDATE sources SET id = NULL;"); },
     "sources row 1: id is NULL", ProblemCode::CannotRead, 2},
    {"v2 NaN",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET value = 'NaN' WHERE key = 3;"); },
     "observations row 3: value is not a number", ProblemCode::CannotRead, 2},
    {"v2 infinity",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET value = 9e999 WHERE key = 3;"); },
     "value is not a finite number", ProblemCode::CannotRead, 2},
    {"v2 dangling indicator",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET indicator = 999 WHERE key = 4;"); },
     "observations row 4: indicator refers to key 999, which is not in the file", ProblemCode::CannotRead, 2},
    {"v2 dangling input",
     [](const QString &g, const QString &p) { copyWith(g, p, "INSERT INTO observation_inputs VALUES (1, 0, -5, NULL);"); },
     "observation_inputs row 1: input refers to key -5", ProblemCode::CannotRead, 2},
    {"v2 input of no observation",
     [](const QString &g, const QString &p) { copyWith(g, p, "INSERT INTO observation_inputs VALUES (77, 0, 1, NULL);"); },
     "observation_inputs row 77: observation is not in the file", ProblemCode::CannotRead, 2},
    {"dangling subject",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE indicators SET subject = 1000000000000;"); },
     "indicators row 1: subject refers to key 1000000000000", ProblemCode::CannotRead},
    {"v2 period out of range",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET period_last = 20231399 WHERE key = 1;"); },
     "observations row 1: period has a day out of range", ProblemCode::CannotRead, 2},
    {"v2 period that is not one",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET period_first = 20230102 WHERE key = 1;"); },
     "observations row 1: period is not a period", ProblemCode::CannotRead, 2},
    {"v2 period kind that disagrees",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET period_kind = 'span' WHERE key = 1;"); },
     "period is not a period", ProblemCode::CannotRead, 2},
    {"v2 half a period",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET period_step = NULL WHERE key = 1;"); },
     "period is partly NULL", ProblemCode::CannotRead, 2},
    {"v2 text where a number goes",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET derived = 'yes' WHERE key = 1;"); },
     "derived is not an integer", ProblemCode::CannotRead, 2},
    {"blob where text goes",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE indicators SET unit = x'00ff' WHERE key = 1;"); },
     "indicators row 1: unit is not text", ProblemCode::CannotRead},
    {"unknown measure",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE indicators SET measure = 'volume' WHERE key = 1;"); },
     "measure 'volume' is not a known value", ProblemCode::CannotRead},
    {"chart that disagrees",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE charts SET id = 'other' WHERE key = 1;"); },
     "charts row 1: spec disagrees", ProblemCode::CannotRead},
    {"second taxonomy",
     [](const QString &g, const QString &p) {
         copyWith(g, p, unconstrained("taxonomy") + "INSERT INTO taxonomy SELECT 2, id, edition, title_zh, title_en, "
                                                    "source, source_unresolved FROM taxonomy;");
     },
     "a second taxonomy", ProblemCode::CannotRead},
    {"cluster outside a category",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE taxonomy_nodes SET category = NULL WHERE kind = 'cluster';"); },
     "is not a taxonomy node", ProblemCode::CannotRead},
    {"view in place of a table", // views are off: a file cannot make a read run SQL of its own
     [](const QString &g, const QString &p) {
         copyWith(g, p, "DROP TABLE observation_inputs; CREATE VIEW observation_inputs (observation, position, input) "
                        "AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x, 0, 'a' FROM n;");
     },
     "table observation_inputs is missing or incomplete", ProblemCode::CannotRead},
};

std::string caseName(const ::testing::TestParamInfo<HostileCase> &info)
{
    std::string name = info.param.name;
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Files, HostileSqlite, ::testing::ValuesIn(kHostile), caseName);
