// SPDX-License-Identifier: GPL-3.0-or-later
// Saving never loses work: canonical bytes, FILE~ keeps the previous version, a failed save
// changes nothing, a save killed at any moment leaves the old or the new file; recovery files.
#include "default_workspace.h"
#include "testutils.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <unistd.h>

using namespace cs;

namespace {

Workspace embeddedWorkspace()
{
    const LoadResult r = readWorkspace(defaultWorkspaceJson());
    EXPECT_EQ(r.status, LoadResult::Status::Ok);
    return r.workspace;
}

Workspace changedWorkspace()
{
    Workspace ws = embeddedWorkspace();
    ws.observations.update(0, [&](Observation &o) { o.value += 1; });
    ws.title.en = QStringLiteral("Changed");
    return ws;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST(SaveWorkspace, SaveWritesCanonicalBytesAndKeepsPreviousVersionAsBackup)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ws.json"));
    const Workspace first = embeddedWorkspace();
    const Workspace second = changedWorkspace();

    SaveResult r = saveWorkspace(first, path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(test::readFile(path), writeWorkspace(first));
    EXPECT_FALSE(QFileInfo::exists(path + QLatin1Char('~'))) << "no backup when there was nothing before";

    r = saveWorkspace(second, path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(test::readFile(path), writeWorkspace(second));
    EXPECT_EQ(test::readFile(path + QLatin1Char('~')), writeWorkspace(first));

    // Saving the same workspace again keeps the last real earlier version in FILE~.
    r = saveWorkspace(second, path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(test::readFile(path + QLatin1Char('~')), writeWorkspace(first));

    EXPECT_EQ(entries(dir.path()), (QStringList{QStringLiteral("ws.json"), QStringLiteral("ws.json~")}));
}

TEST(SaveWorkspace, SaveOverExistingFileAlwaysLeavesBackupEvenWhenUnchanged)
{
    // As `clusterscope -o out.json` twice: out.json~ exists after the second run.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    ASSERT_TRUE(saveWorkspace(embeddedWorkspace(), path).ok);
    ASSERT_TRUE(saveWorkspace(embeddedWorkspace(), path).ok);
    EXPECT_EQ(test::readFile(path + QLatin1Char('~')), writeWorkspace(embeddedWorkspace()));
}

TEST(SaveWorkspace, SaveWithoutBackupLeavesNoTildeFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.json"));
    ASSERT_TRUE(saveWorkspace(embeddedWorkspace(), path, false).ok);
    ASSERT_TRUE(saveWorkspace(changedWorkspace(), path, false).ok);
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("ws.json")});
}

TEST(SaveWorkspace, SaveIntoMissingDirectoryFailsWithMessageAndCreatesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/ws.json"));
    const SaveResult r = saveWorkspace(embeddedWorkspace(), path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("cannot write ") + path + QStringLiteral(": "))) << r.error.toStdString();
    EXPECT_FALSE(r.error.contains(QLatin1Char('\n')));
    EXPECT_TRUE(entries(dir.path()).isEmpty());
}

// Paths no user can write, root included (file permissions do not bind root): a file under a
// regular file, and a backup whose name is taken by a directory.
TEST(SaveWorkspace, SaveUnderARegularFileFailsAndCreatesNothing)
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.txt"));
    ASSERT_TRUE(test::writeFile(plain, "not a directory"));
    const QString path = plain + QStringLiteral("/ws.json");
    const SaveResult r = saveWorkspace(embeddedWorkspace(), path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("cannot write ") + path + QStringLiteral(": "))) << r.error.toStdString();
    EXPECT_FALSE(r.error.contains(QLatin1Char('\n')));
    EXPECT_EQ(test::readFile(plain), QByteArray("not a directory"));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("plain.txt")});
}

TEST(SaveWorkspace, SaveWhoseBackupCannotBeWrittenFailsAndLeavesTheFileUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.json"));
    ASSERT_TRUE(saveWorkspace(embeddedWorkspace(), path, false).ok);
    const QByteArray before = test::readFile(path);
    ASSERT_TRUE(QDir().mkpath(path + QStringLiteral("~/inside"))); // FILE~ is a directory
    const SaveResult r = saveWorkspace(changedWorkspace(), path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("cannot write ") + path + QStringLiteral("~: "))) << r.error.toStdString();
    EXPECT_EQ(test::readFile(path), before);
    EXPECT_EQ(entries(dir.path()), (QStringList{QStringLiteral("ws.json"), QStringLiteral("ws.json~")}));
}

// A child process saves a ~6 MB workspace in a loop, alternating versions A and B, and is
// killed with SIGKILL at a random moment, 200 times. Each time FILE (and FILE~) must be exactly A
// or exactly B, and load cleanly.
TEST(SaveWorkspace, KillDuringSaveLeavesOldOrNewValidFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString child = QStringLiteral(CLUSTERSCOPE_SAVE_CHILD);
    ASSERT_EQ(QProcess::execute(child, {QStringLiteral("--versions"), dir.path()}), 0);
    const QByteArray a = test::readFile(dir.filePath(QStringLiteral("a.json")));
    const QByteArray b = test::readFile(dir.filePath(QStringLiteral("b.json")));
    ASSERT_NE(a, b);
    ASSERT_GT(a.size(), 4 * 1024 * 1024);
    {
        const LoadResult la = readWorkspace(a);
        const LoadResult lb = readWorkspace(b);
        ASSERT_EQ(la.status, LoadResult::Status::Ok);
        ASSERT_EQ(lb.status, LoadResult::Status::Ok);
        ASSERT_EQ(writeWorkspace(la.workspace), a) << "A is canonical";
        ASSERT_EQ(writeWorkspace(lb.workspace), b) << "B is canonical";
    }

    const QString work = dir.filePath(QStringLiteral("kill"));
    ASSERT_TRUE(QDir().mkdir(work));
    const QString target = work + QStringLiteral("/ws.json");

    // What QSaveFile itself may leave when killed: its temporary "NAME.XXXXXX" beside the target
    // (on Linux it usually writes an unnamed O_TMPFILE, which leaves nothing).
    const QRegularExpression saveFileTemp(QStringLiteral("^ws\\.json~?\\.[A-Za-z0-9]{6}$"));

    std::mt19937 rng(20231124);
    std::uniform_int_distribution<int> delayMs(0, 150);
    const int kKills = 200;
    int foundA = 0, foundB = 0, tempsLeft = 0, loaded = 0;
    // FILE=A alone: killed before the first save's backup was in place; FILE=A FILE~=A: killed
    // while the new FILE was being written; FILE=B FILE~=A: after the first save; and so on.
    std::map<QString, int> states;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kKills; ++i) {
        // Every run starts from A, and the child's first save writes B: each kill lands before,
        // during or after a save that really changes the file.
        ASSERT_TRUE(test::writeFile(target, a));
        QFile::remove(target + QLatin1Char('~'));
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(child, {dir.filePath(QStringLiteral("a.json")), dir.filePath(QStringLiteral("b.json")), target});
        ASSERT_TRUE(p.waitForStarted(10000)) << p.errorString().toStdString();
        ASSERT_TRUE(p.waitForReadyRead(10000)) << "the child never got ready: " << p.readAllStandardError().toStdString();
        ASSERT_EQ(p.readAllStandardOutput(), QByteArray("ready\n"));
        const int delay = delayMs(rng);
        if (delay > 0)
            ::usleep(static_cast<useconds_t>(delay) * 1000);
        p.kill();
        ASSERT_TRUE(p.waitForFinished(10000));
        ASSERT_EQ(p.exitStatus(), QProcess::CrashExit) << "the child stopped by itself: " << p.readAllStandardError().toStdString();

        const QByteArray now = test::readFile(target);
        const bool isA = now == a, isB = now == b;
        ASSERT_TRUE(isA || isB) << "kill " << i << " after " << delay << " ms left " << now.size() << " bytes that are neither A nor B";
        (isA ? foundA : foundB)++;
        // Byte-identical to A or B, which loaded with status Ok above, already means valid (the
        // reader is deterministic); still load it as the app would every tenth time: a 6 MB
        // parse after every kill would double the test's time.
        if (i % 10 == 0) {
            ASSERT_EQ(readWorkspaceFile(target).status, LoadResult::Status::Ok) << "kill " << i;
            ++loaded;
        }
        const QString backup = target + QLatin1Char('~');
        QString state = QStringLiteral("FILE=") + QLatin1String(isA ? "A" : "B");
        if (QFileInfo::exists(backup)) {
            const QByteArray old = test::readFile(backup);
            ASSERT_TRUE(old == a || old == b) << "kill " << i << ": the backup is neither A nor B";
            state += QStringLiteral(" FILE~=") + QLatin1String(old == a ? "A" : "B");
        }
        states[state]++;
        for (const QString &name : entries(work)) {
            if (name == QLatin1String("ws.json") || name == QLatin1String("ws.json~"))
                continue;
            ASSERT_TRUE(saveFileTemp.match(name).hasMatch()) << "unexpected file " << name.toStdString();
            ++tempsLeft;
            QFile::remove(work + QLatin1Char('/') + name); // a killed QSaveFile's temporary
        }
    }
    const qint64 ms = timer.elapsed();
    std::printf("[ kill test ] %d kills in %lld ms: %d left A, %d left B; %d QSaveFile temporaries removed; "
                "%d loaded with readWorkspace\n",
                kKills, static_cast<long long>(ms), foundA, foundB, tempsLeft, loaded);
    for (const auto &[state, count] : states)
        std::printf("[ kill test ] %4d x %s\n", count, qPrintable(state));
    EXPECT_EQ(foundA + foundB, kKills);
    EXPECT_GT(foundA, 0);
    EXPECT_GT(foundB, 0) << "no kill came after a completed save: the test proves little";
    const QStringList left = entries(work);
    EXPECT_TRUE(left == QStringList{QStringLiteral("ws.json")}
                || left == (QStringList{QStringLiteral("ws.json"), QStringLiteral("ws.json~")}))
        << left.join(QLatin1Char(' ')).toStdString();
}

class RecoveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Test mode keeps the user's AppData out of reach; an application name per test keeps
        // tests that ctest runs in parallel out of each other's recovery folder.
        QStandardPaths::setTestModeEnabled(true);
        m_appName = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QStringLiteral("clusterscope-recovery-test-")
                                             + QString::fromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        m_dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
        ASSERT_TRUE(m_dir.contains(QLatin1String("qttest"))) << m_dir.toStdString();
        QDir(m_dir).removeRecursively();
    }
    void TearDown() override
    {
        QDir(m_dir).removeRecursively();
        QDir(m_dir).rmdir(QStringLiteral(".."));
        QCoreApplication::setApplicationName(m_appName);
        QStandardPaths::setTestModeEnabled(false);
    }
    QString m_dir;
    QString m_appName;
};

TEST_F(RecoveryTest, RecoveryWrittenIsListedAndReadsBackIdentical)
{
    QTemporaryDir docs;
    const QString doc = docs.filePath(QStringLiteral("深圳 work.json"));
    const Workspace edited = changedWorkspace();
    QString error;
    ASSERT_TRUE(writeRecovery(edited, doc, &error)) << error.toStdString();
    EXPECT_TRUE(recoveryPathFor(doc).startsWith(m_dir + QLatin1Char('/')));

    const QList<RecoveryFile> pending = pendingRecoveries();
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending.first().documentPath, QFileInfo(doc).absoluteFilePath());
    EXPECT_EQ(pending.first().path, recoveryPathFor(doc));
    EXPECT_TRUE(pending.first().written.isValid());
    EXPECT_LE(qAbs(pending.first().written.secsTo(QDateTime::currentDateTimeUtc())), 60);

    Workspace back;
    ASSERT_TRUE(readRecovery(pending.first(), &back, &error)) << error.toStdString();
    EXPECT_TRUE(back == edited);
    EXPECT_EQ(writeWorkspace(back), writeWorkspace(edited));
}

TEST_F(RecoveryTest, RecoveryListsNewestFirstWithUntitled)
{
    QTemporaryDir docs;
    const QString doc = docs.filePath(QStringLiteral("a.json"));
    ASSERT_TRUE(writeRecovery(embeddedWorkspace(), doc));
    QThread::msleep(20);
    ASSERT_TRUE(writeRecovery(changedWorkspace(), QString()));
    EXPECT_NE(recoveryPathFor(QString()), recoveryPathFor(doc));

    const QList<RecoveryFile> pending = pendingRecoveries();
    ASSERT_EQ(pending.size(), 2);
    EXPECT_TRUE(pending.at(0).documentPath.isEmpty()) << "the untitled one is newer";
    EXPECT_EQ(pending.at(1).documentPath, QFileInfo(doc).absoluteFilePath());
    EXPECT_GT(pending.at(0).written, pending.at(1).written);
}

TEST_F(RecoveryTest, RecoveryRewrittenKeepsOneFilePerDocument)
{
    QTemporaryDir docs;
    const QString doc = docs.filePath(QStringLiteral("a.json"));
    ASSERT_TRUE(writeRecovery(embeddedWorkspace(), doc));
    ASSERT_TRUE(writeRecovery(changedWorkspace(), doc));
    const QList<RecoveryFile> pending = pendingRecoveries();
    ASSERT_EQ(pending.size(), 1);
    Workspace back;
    ASSERT_TRUE(readRecovery(pending.first(), &back));
    EXPECT_TRUE(back == changedWorkspace());
}

TEST_F(RecoveryTest, RecoveryRemovedAfterSaveIsNoLongerListed)
{
    QTemporaryDir docs;
    const QString doc = docs.filePath(QStringLiteral("a.json"));
    ASSERT_TRUE(writeRecovery(embeddedWorkspace(), doc));
    ASSERT_EQ(pendingRecoveries().size(), 1);
    removeRecovery(doc);
    EXPECT_TRUE(pendingRecoveries().isEmpty());
    EXPECT_TRUE(entries(m_dir).isEmpty());
}

TEST_F(RecoveryTest, RecoveryCorruptFileIsReportedNotCrashedOn)
{
    QTemporaryDir docs;
    const QString doc = docs.filePath(QStringLiteral("a.json"));
    ASSERT_TRUE(writeRecovery(embeddedWorkspace(), doc));
    ASSERT_TRUE(test::writeFile(recoveryPathFor(doc), QByteArray("{\"format\": \"clusterscope-workspace\", \"vers")));
    // A broken sidecar next to it, and one without its workspace: both ignored.
    ASSERT_TRUE(test::writeFile(m_dir + QStringLiteral("/junk.meta"), QByteArray("\x00\xff not json", 12)));
    ASSERT_TRUE(test::writeFile(m_dir + QStringLiteral("/orphan.meta"),
                                QByteArray("{\"format\": \"clusterscope-recovery\", \"documentPath\": \"/x\"}")));
    ASSERT_TRUE(test::writeFile(m_dir + QStringLiteral("/junk.json"), QByteArray("[]")));

    const QList<RecoveryFile> pending = pendingRecoveries();
    ASSERT_EQ(pending.size(), 1);
    Workspace back;
    QString error;
    EXPECT_FALSE(readRecovery(pending.first(), &back, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot read recovery file ") + recoveryPathFor(doc) + QStringLiteral(": ")))
        << error.toStdString();
    EXPECT_FALSE(error.contains(QLatin1Char('\n')));
}

// The window and the command line tell a workspace from a data file to import by this: a
// .clusterscope file, or JSON naming its format; JSON-stat, CSV and workbooks are data.
TEST(WorkspaceFile, WorkspacesAreToldFromDataFiles)
{
    QTemporaryDir dir;
    const Workspace ws = readWorkspace(defaultWorkspaceJson()).workspace;
    const QString sqlite = dir.filePath(QStringLiteral("w.clusterscope"));
    const QString json = dir.filePath(QStringLiteral("w.json"));
    ASSERT_TRUE(saveWorkspace(ws, sqlite).ok);
    ASSERT_TRUE(saveWorkspace(ws, json).ok);
    EXPECT_TRUE(isWorkspaceFile(sqlite));
    EXPECT_TRUE(isWorkspaceFile(json));
    EXPECT_FALSE(isWorkspaceFile(test::writeFileIn(dir, QStringLiteral("stat.json"), R"({"class": "dataset", "value": [1]})")));
    EXPECT_FALSE(isWorkspaceFile(test::writeFileIn(dir, QStringLiteral("d.csv"), "region,year,value\n")));
    EXPECT_FALSE(isWorkspaceFile(dir.filePath(QStringLiteral("missing.json"))));
}
