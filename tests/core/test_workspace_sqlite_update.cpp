// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a .clusterscope file in place (updateWorkspaceSqlite): only the rows that changed are
// written, the result reads back as the workspace saved, files it must not touch are rewritten
// instead, and a save in place interrupted midway is undone by the next reader.
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "persist/workspace_sqlite.h"
#include "block_columns.h"
#include "testutils.h"
#include "workspace_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cs;

namespace {

QString pathIn(const QTemporaryDir &dir, const char *name) { return dir.filePath(QString::fromUtf8(name)); }

ino_t inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// A panel of one indicator over `subjects` regions and 2,000 days each, with quotes on a few
// values: `subjects` × 2,000 values, in blocks of 65,536.
Workspace panel(int subjects)
{
    Workspace ws = test::smallWorkspace();
    Indicator ind;
    ind.id = QStringLiteral("output");
    ind.name = {QStringLiteral("产出"), QStringLiteral("Output")};
    ind.unit = QStringLiteral("yi-yuan");
    ind.measure = Measure::Level;
    ws.indicators.append(ind);
    ws.observations.reserve(ws.observations.size() + subjects * 2000);
    const QDate first(1990, 1, 1);
    for (int s = 0; s < subjects; ++s) {
        const QString subject = QStringLiteral("region-%1").arg(s);
        ws.subjects.append({subject, SubjectKind::Region, {subject, subject}, QString()});
        for (int d = 0; d < 2000; ++d) {
            Observation o;
            o.id = QStringLiteral("o#%1").arg(s * 2000 + d + 1);
            o.indicator = ind.id;
            o.subject = subject;
            o.period = Period::day(first.addDays(d));
            o.value = double((qint64(s) * 2000 + d) * 7919 % 100003) / 8; // not a run: a block as large as real values'
            o.source = QStringLiteral("bulletin");
            if (d == 0)
                o.quote = QStringLiteral("第%1个地区的第一个数值。").arg(s);
            ws.observations.append(o);
        }
    }
    return ws;
}

// The pages of `after` that differ from `before` (pages of `pageSize` bytes; a page past the end
// of either counts as changed).
int changedPages(const QByteArray &before, const QByteArray &after, int pageSize)
{
    int changed = 0;
    for (qsizetype at = 0; at < std::max(before.size(), after.size()); at += pageSize)
        changed += before.mid(at, pageSize) != after.mid(at, pageSize);
    return changed;
}

// Leaves what a save in place killed midway leaves: most rows deleted, the pages already written
// into the file, and the rollback journal beside it (a child dies with its transaction open).
void leaveHotJournal(const QString &path)
{
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        sqlite3 *db = nullptr;
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
            ::_exit(2);
        // A cache of two pages spills the deletions into the file before any commit.
        const int rc = sqlite3_exec(db, "PRAGMA cache_size = 2; BEGIN; DELETE FROM observation_blocks; "
                                        "DELETE FROM strings; DELETE FROM indicators;", nullptr, nullptr, nullptr);
        ::_exit(rc == SQLITE_OK ? 0 : 3); // dies with the transaction open: no rollback, no commit
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ASSERT_TRUE(QFileInfo::exists(QFileInfo(path).canonicalFilePath() + QStringLiteral("-journal")))
        << "the child left no journal: the test proves nothing";
}

void expectReadsAs(const QString &path, const Workspace &ws)
{
    const LoadResult r = readWorkspaceFile(path);
    ASSERT_EQ(r.status, LoadResult::Status::Ok) << (r.problems.isEmpty() ? "" : r.problems.first().message.toStdString());
    EXPECT_TRUE(r.workspace == ws);
}

} // namespace

// The case: one value edited among many; the save rewrites the block that holds it (and
// the pages of the tree above it), not the file, and the file is the same file, not a new one.
TEST(WorkspaceSqliteUpdate, SavingOneEditedValueRewritesItsBlockNotTheFile)
{
    QTemporaryDir dir;
    const QString path = pathIn(dir, "panel.clusterscope");
    Workspace ws = panel(200); // 400,000 values: seven blocks
    ASSERT_TRUE(saveWorkspace(ws, path, false).ok);
    const QByteArray before = test::readFile(path);
    const ino_t inode = inodeOf(path);
    const int edited = 250000;
    ws.observations.update(edited, [](Observation &o) { o.value += 1; });

    qint64 rows = -1;
    ASSERT_TRUE(updateWorkspaceSqlite(ws, path, &rows));
    EXPECT_EQ(rows, 2) << "the block of the edited value is deleted and inserted, nothing else";
    const QByteArray after = test::readFile(path);
    const int pageSize = 65536; // a large workspace's pages
    const int pages = int((after.size() + pageSize - 1) / pageSize);
    const int changed = changedPages(before, after, pageSize);
    std::printf("[ in place ] %d of %d pages of %d bytes changed (the file: %lld bytes)\n", changed, pages, pageSize,
                static_cast<long long>(after.size()));
    EXPECT_GT(changed, 0);
    EXPECT_LT(changed * 5, pages) << "a seventh of the values is in the block: the rest must stay as it was";
    EXPECT_EQ(inodeOf(path), inode);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    expectReadsAs(path, ws);

    // saveWorkspace without a backup takes the same path; with one, it writes a new file.
    ws.observations.update(edited, [](Observation &o) { o.value += 1; });
    ASSERT_TRUE(saveWorkspace(ws, path, false).ok);
    EXPECT_EQ(inodeOf(path), inode);
    EXPECT_FALSE(QFileInfo::exists(path + QLatin1Char('~')));
    ws.observations.update(edited, [](Observation &o) { o.value += 1; });
    ASSERT_TRUE(saveWorkspace(ws, path, true).ok);
    EXPECT_NE(inodeOf(path), inode);
    EXPECT_TRUE(QFileInfo::exists(path + QLatin1Char('~')));
    expectReadsAs(path, ws);
}

// Every kind of change a document makes, one after another, saved in place each time: the file
// always reads back as the workspace, and holds what a new file of it would.
TEST(WorkspaceSqliteUpdate, EveryKindOfChangeSavedInPlaceReadsBack)
{
    QTemporaryDir dir;
    const QString path = pathIn(dir, "ws.clusterscope");
    Workspace ws = panel(3);
    ASSERT_TRUE(saveWorkspace(ws, path, false).ok);
    const QList<std::pair<const char *, std::function<void(Workspace &)>>> changes = {
        {"a value", [](Workspace &w) { w.observations.update(10, [](Observation &o) { o.value = -1; }); }},
        {"a note", [](Workspace &w) { w.observations.update(11, [](Observation &o) { o.note = QStringLiteral("估计值"); }); }},
        {"a note removed", [](Workspace &w) { w.observations.update(11, [](Observation &o) { o.note.clear(); }); }},
        {"values removed", [](Workspace &w) { w.observations.removeRows([](int i) { return i % 3 == 0; }); }},
        {"a value added",
         [](Workspace &w) {
             Observation o = w.observations.at(5);
             o.id = QStringLiteral("added");
             o.period = Period::year(2031);
             w.observations.append(o);
         }},
        {"an indicator renamed", [](Workspace &w) { w.indicators.last().name.en = QStringLiteral("Gross output"); }},
        {"a subject added", [](Workspace &w) {
             w.subjects.append({QStringLiteral("new-region"), SubjectKind::Region, {QStringLiteral("新区"), QStringLiteral("New")}, QString()});
         }},
        {"the title", [](Workspace &w) { w.title.en = QStringLiteral("Renamed"); }},
        {"a chart removed", [](Workspace &w) { w.charts.removeLast(); }},
    };
    for (const auto &[what, change] : changes) {
        SCOPED_TRACE(what);
        change(ws);
        qint64 rows = 0;
        ASSERT_TRUE(updateWorkspaceSqlite(ws, path, &rows));
        EXPECT_GT(rows, 0);
        expectReadsAs(path, ws);
        EXPECT_EQ(writeWorkspace(readWorkspaceFile(path).workspace), writeWorkspace(ws));
        // Saving what is already there writes nothing.
        ASSERT_TRUE(updateWorkspaceSqlite(ws, path, &rows));
        EXPECT_EQ(rows, 0);
    }
    // Removing every value would leave a file of free pages: it is not updated, and the save
    // writes a new, compact file instead.
    ws.observations.removeRows([](int) { return true; });
    const qint64 size = QFileInfo(path).size();
    EXPECT_FALSE(updateWorkspaceSqlite(ws, path));
    ASSERT_TRUE(saveWorkspace(ws, path, false).ok);
    EXPECT_LT(QFileInfo(path).size() * 2, size);
    expectReadsAs(path, ws);
}

// Files a save must not update in place: an older format version, another application's
// database, a file that is not a database, a workspace with a damaged page the new rows would
// not touch (found by fuzz_workspace_sqlite: page 1's count of fragmented bytes), a schema with
// more in it, a file in WAL mode. Each is left as it was; saveWorkspace writes a new
// file of this version over it instead.
TEST(WorkspaceSqliteUpdate, OtherFilesAreRewrittenNotUpdated)
{
    QTemporaryDir dir;
    const Workspace ws = test::smallWorkspace();
    const QString older = pathIn(dir, "older.clusterscope");
    ASSERT_TRUE(saveWorkspace(ws, older, false).ok);
    test::rewriteAsVersion3(older);
    const QString foreign = pathIn(dir, "foreign.clusterscope");
    {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(foreign).constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    const QString text = test::writeFileIn(dir, QStringLiteral("text.clusterscope"), "not a database\n");
    const QString damaged = pathIn(dir, "damaged.clusterscope");
    ASSERT_TRUE(saveWorkspace(ws, damaged, false).ok);
    {
        QByteArray bytes = test::readFile(damaged);
        bytes[100 + 7] = 2; // the b-tree page header of page 1: fragmented free bytes
        ASSERT_TRUE(test::writeFile(damaged, bytes));
        ASSERT_EQ(readWorkspaceFile(damaged).status, LoadResult::Status::Invalid);
    }
    // A workspace of this version with something more in its schema, and one in WAL mode.
    const QString indexed = pathIn(dir, "indexed.clusterscope");
    const QString wal = pathIn(dir, "wal.clusterscope");
    for (const auto &[path, sql] : {std::pair{indexed, "CREATE INDEX extra ON charts (id)"}, std::pair{wal, "PRAGMA journal_mode = WAL"}}) {
        ASSERT_TRUE(saveWorkspace(ws, path, false).ok);
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    for (const QString &path : {older, foreign, text, damaged, indexed, wal}) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray before = test::readFile(path);
        EXPECT_FALSE(updateWorkspaceSqlite(ws, path));
        EXPECT_EQ(test::readFile(path), before);
        ASSERT_TRUE(saveWorkspace(ws, path, false).ok);
        expectReadsAs(path, ws);
        EXPECT_TRUE(updateWorkspaceSqlite(ws, path)) << "now a workspace of this version";
    }
    EXPECT_FALSE(updateWorkspaceSqlite(ws, pathIn(dir, "missing.clusterscope")));
    EXPECT_FALSE(QFileInfo::exists(pathIn(dir, "missing.clusterscope")));
}

// A save in place that dies midway leaves the file half written and its rollback journal beside
// it; the next read plays the journal back and finds the old workspace whole. (The kill test
// does this at random moments; this does it at one known bad moment: most of the file's rows
// deleted and the pages already written.)
TEST(WorkspaceSqliteUpdate, ASaveInPlaceThatDiesIsUndoneByTheNextRead)
{
    QTemporaryDir dir;
    const QString path = pathIn(dir, "ws.clusterscope");
    const Workspace ws = panel(40); // 80,000 values
    ASSERT_TRUE(saveWorkspace(ws, path, false).ok);
    leaveHotJournal(path);
    expectReadsAs(path, ws);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));

    // Through a symbolic link, SQLite keeps the journal beside the file linked to: it is found
    // there, and saves in place through the link work.
    const QString link = pathIn(dir, "link.clusterscope");
    ASSERT_TRUE(QFile::link(path, link));
    leaveHotJournal(link);
    EXPECT_FALSE(QFileInfo::exists(link + QStringLiteral("-journal")));
    expectReadsAs(link, ws);
    Workspace edited = ws;
    edited.observations.update(7, [](Observation &o) { o.value = 12345; });
    ASSERT_TRUE(updateWorkspaceSqlite(edited, link));
    expectReadsAs(path, edited);
}

// A new file renamed over a file with a hot journal would get the old file's pages played into
// it by the next reader: the journal is played back first, into the file it belongs to (which
// then becomes FILE~).
TEST(WorkspaceSqliteUpdate, ANewFileIsNotRenamedOverAHotJournal)
{
    QTemporaryDir dir;
    const QString path = pathIn(dir, "ws.clusterscope");
    const Workspace old = panel(5);
    ASSERT_TRUE(saveWorkspace(old, path, false).ok);
    leaveHotJournal(path);
    Workspace fresh = old;
    fresh.title.en = QStringLiteral("Fresh");
    ASSERT_TRUE(saveWorkspace(fresh, path, true).ok);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    expectReadsAs(path, fresh);
    expectReadsAs(path + QLatin1Char('~'), old);
}

// A journal beside a file from elsewhere that names a super-journal: playing it back would delete
// the file it names (SQLite cleans up a super-journal no child journal needs). It is not played
// back, the file it names is untouched, and the workspace is refused with one line.
TEST(WorkspaceSqliteUpdate, AJournalNamingASuperJournalIsNotPlayedBack)
{
    QTemporaryDir dir;
    const QString path = pathIn(dir, "ws.clusterscope");
    ASSERT_TRUE(saveWorkspace(test::smallWorkspace(), path, false).ok);
    leaveHotJournal(path);
    const QString victim = test::writeFileIn(dir, QStringLiteral("victim.txt"), "a file of the user's\n");
    {
        // SQLite's super-journal record at the journal's end: the lock-byte page's number, the
        // name, its length, its checksum (the sum of its bytes) and the journal magic.
        QFile journal(path + QStringLiteral("-journal"));
        ASSERT_TRUE(journal.open(QIODevice::ReadWrite));
        const QByteArray name = QFile::encodeName(victim);
        const int pageSize = 4096;
        QByteArray record;
        auto be32 = [&](quint32 v) {
            for (int shift = 24; shift >= 0; shift -= 8)
                record.append(char((v >> shift) & 0xFF));
        };
        be32(quint32(0x40000000 / pageSize + 1));
        record.append(name);
        be32(quint32(name.size()));
        quint32 sum = 0;
        for (char c : name)
            sum += quint32(int(c));
        be32(sum);
        record.append(QByteArray::fromHex("d9d505f920a163d7"));
        const qint64 sector = 512;
        ASSERT_TRUE(journal.seek((journal.size() + sector - 1) / sector * sector));
        ASSERT_EQ(journal.write(record), record.size());
    }
    const LoadResult r = readWorkspaceFile(path);
    EXPECT_EQ(r.status, LoadResult::Status::Invalid);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_TRUE(r.problems.first().message.contains(QStringLiteral("super-journal"))) << r.problems.first().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(victim));
    EXPECT_FALSE(updateWorkspaceSqlite(test::smallWorkspace(), path));
    EXPECT_TRUE(QFileInfo::exists(victim));
}
