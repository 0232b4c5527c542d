// SPDX-License-Identifier: GPL-3.0-or-later
// The .clusterscope workspace file (SQLite): lossless round trips with canonical JSON, and every
// kind of hostile file refused with one line.
#include "default_workspace.h"
#include "import/data_file.h"
#include "import/table_import.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "persist/workspace_sqlite.h"
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
    options.cancelled = [&asked] { return ++asked > 3; }; // Cancel pressed while SQLite works
    const LoadResult r = readWorkspaceFile(path, options);
    EXPECT_EQ(r.status, LoadResult::Status::Invalid);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().message, QStringLiteral("cancelled"));
    EXPECT_GT(asked, 3);
}

TEST(WorkspaceSqlite, FileIsAnSqliteDatabaseWithItsIdAndIndexes)
{
    QTemporaryDir dir;
    const QString path = pathIn(dir, "ws.clusterscope");
    ASSERT_TRUE(saveWorkspace(test::smallWorkspace(), path).ok);
    const QByteArray bytes = test::readFile(path);
    ASSERT_TRUE(bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")));
    EXPECT_EQ(bytes.mid(68, 4), QByteArray("CLSC"));
    EXPECT_EQ(bytes.mid(60, 4), QByteArray("\0\0\0\2", 4));
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "EXPLAIN QUERY PLAN SELECT value FROM observations WHERE indicator = 3 "
                                     "AND subject = 2 ORDER BY period_last, period_first", -1, &s, nullptr), SQLITE_OK);
    QString plan;
    while (sqlite3_step(s) == SQLITE_ROW)
        plan += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 3))) + QLatin1Char('\n');
    sqlite3_finalize(s);
    sqlite3_close(db);
    EXPECT_TRUE(plan.contains(QLatin1String("USING INDEX observations_by_indicator_period"))) << plan.toStdString();
    EXPECT_FALSE(plan.contains(QLatin1String("TEMP B-TREE"))) << "sorted by the index: " << plan.toStdString();
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

// A child saves two versions of a workspace over one .clusterscope file again and again (each
// save: the whole database into a temporary file, synced, renamed over the target) and is
// SIGKILLed at a random moment, 200 times: every time the target holds one of the two versions,
// and so does FILE~ when it exists. A save writes the same bytes for the same workspace, so a
// file byte-identical to A's or B's database (each read back Ok below) is that version; any other
// file is read in full, and every tenth kill reads the target in full anyway.
TEST(WorkspaceSqlite, KillDuringSaveLeavesOldOrNewValidFile)
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
    // What a killed save may leave: the database being written, or the backup's QSaveFile temporary.
    const QRegularExpression temporary(QStringLiteral("^ws\\.clusterscope(\\.[0-9a-f]{8}\\.tmp|~\\.[A-Za-z0-9]{6})$"));
    // Kills land from before the first save ends to a few saves later, whatever this build's speed
    // (a sanitized build saves several times slower): the range follows a save timed here.
    QElapsedTimer saving;
    saving.start();
    for (int k = 0; k < 3; ++k)
        ASSERT_TRUE(saveWorkspace(k % 2 ? wsA : wsB, dir.filePath(QStringLiteral("timing.clusterscope")), false).ok);
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
        p.start(child, {fileA, fileB, target});
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

// A hostile or broken file: Invalid with exactly one one-line problem, whatever it holds.
struct HostileCase {
    const char *name;
    std::function<void(const QString &good, const QString &path)> make; // `good` is a valid file
    const char *expected;                                                 // part of the message
    ProblemCode code;
};

void PrintTo(const HostileCase &c, std::ostream *os) { *os << c.name; }

class HostileSqlite : public ::testing::TestWithParam<HostileCase>
{
};

TEST_P(HostileSqlite, IsRefusedWithOneLine)
{
    QTemporaryDir dir;
    const QString good = pathIn(dir, "good.clusterscope");
    Workspace ws = test::smallWorkspace();
    ws.observations.update(0, [&](Observation &o) { o.inputs = {QStringLiteral("a-2023")}; });
    ws.observations.update(0, [&](Observation &o) { o.derived = true; });
    ASSERT_TRUE(saveWorkspace(ws, good, false).ok);
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
    {"newer version", [](const QString &g, const QString &p) { copyWith(g, p, "PRAGMA user_version = 3;"); },
     "format version 3, newer", ProblemCode::NewerVersion},
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
    {"NULL value",
     [](const QString &g, const QString &p) {
         copyWith(g, p, unconstrained("observations") + "UPDATE observations SET value = NULL WHERE key = 2;");
     },
     "observations row 2: value is NULL", ProblemCode::CannotRead},
    {"NULL id",
     [](const QString &g, const QString &p) { copyWith(g, p, unconstrained("sources") + "UPDATE sources SET id = NULL;"); },
     "sources row 1: id is NULL", ProblemCode::CannotRead},
    {"NaN",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET value = 'NaN' WHERE key = 3;"); },
     "observations row 3: value is not a number", ProblemCode::CannotRead},
    {"infinity",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET value = 9e999 WHERE key = 3;"); },
     "value is not a finite number", ProblemCode::CannotRead},
    {"dangling indicator",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET indicator = 999 WHERE key = 4;"); },
     "observations row 4: indicator refers to key 999, which is not in the file", ProblemCode::CannotRead},
    {"dangling input",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_inputs SET input = -5;"); },
     "observation_inputs row 1: input refers to key -5", ProblemCode::CannotRead},
    {"input of no observation",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observation_inputs SET observation = 77;"); },
     "observation_inputs row 77: observation is not in the file", ProblemCode::CannotRead},
    {"dangling subject",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE indicators SET subject = 1000000000000;"); },
     "indicators row 1: subject refers to key 1000000000000", ProblemCode::CannotRead},
    {"period out of range",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET period_last = 20231399 WHERE key = 1;"); },
     "observations row 1: period has a day out of range", ProblemCode::CannotRead},
    {"period that is not one",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET period_first = 20230102 WHERE key = 1;"); },
     "observations row 1: period is not a period", ProblemCode::CannotRead},
    {"period kind that disagrees",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET period_kind = 'span' WHERE key = 1;"); },
     "period is not a period", ProblemCode::CannotRead},
    {"half a period",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET period_step = NULL WHERE key = 1;"); },
     "period is partly NULL", ProblemCode::CannotRead},
    {"text where a number goes",
     [](const QString &g, const QString &p) { copyWith(g, p, "UPDATE observations SET derived = 'yes' WHERE key = 1;"); },
     "derived is not an integer", ProblemCode::CannotRead},
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
         copyWith(g, p, "DROP TABLE observation_inputs; CREATE VIEW observation_inputs (observation, position, input, "
                        "input_unresolved) AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                        "SELECT x, 0, NULL, 'a' FROM n;");
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
