// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken files through the real `clusterscope` executable: malformed CSV, JSON and
// XLSX, zip bombs, deep nesting, wrong encodings, sizes past the limits. Each must end cleanly
// (exit 0, or 3 with one line on stderr naming the file), within seconds, under 1 GiB of memory,
// and leave no output file behind when it fails. Time is the child's wall time and peak memory
// its own high-water mark (VmHWM): bounds that hold on a busy machine, not benchmarks.
#include "testutils.h"
#include "xlsx_builder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace {

using namespace cs::test::xlsx;

constexpr bool kSanitized = cs::test::kSanitizedBuild;

constexpr double kMaxSeconds = kSanitized ? 60 : 15;
constexpr long kMaxRssKiB = 1024L * 1024; // 1 GiB

struct Measured {
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    int signal = 0;
    double seconds = 0;
    long maxRssKiB = 0;
    QByteArray out, err;

    std::string describe() const
    {
        return "exit " + std::to_string(exitCode) + (signal ? " signal " + std::to_string(signal) : std::string())
             + (timedOut ? " (timed out)" : "") + ", " + std::to_string(seconds) + " s, " + std::to_string(maxRssKiB / 1024)
             + " MiB\n--- stderr ---\n" + err.left(1500).toStdString();
    }
};

// Runs clusterscope with stdin closed, measuring the child's wall time and peak resident memory.
Measured runMeasured(const QStringList &arguments, const QString &scratch)
{
    Measured m;
    const QByteArray outPath = (scratch + QStringLiteral("/stdout")).toLocal8Bit();
    const QByteArray errPath = (scratch + QStringLiteral("/stderr")).toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QList<QByteArray> args{QByteArray(CLUSTERSCOPE_BIN)};
    for (const QString &a : arguments)
        args << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    m.started = posix_spawn(&pid, CLUSTERSCOPE_BIN, &actions, nullptr, argv.data(), environ) == 0;
    posix_spawn_file_actions_destroy(&actions);
    if (!m.started)
        return m;
    int status = 0;
    rusage usage{};
    // Peak memory from the child's own VmHWM, read while it runs: wait4's ru_maxrss would count
    // this test's memory too (Linux carries the spawning process's peak across the exec).
    const QString statusPath = QStringLiteral("/proc/%1/status").arg(pid);
    for (;;) {
        if (QFile f(statusPath); f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    m.maxRssKiB = std::max(m.maxRssKiB, line.mid(6).trimmed().split(' ').value(0).toLong());
        }
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (done == pid)
            break;
        if (m.seconds > 4 * kMaxSeconds) {
            m.timedOut = true;
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (WIFEXITED(status))
        m.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        m.signal = WTERMSIG(status);
    m.out = cs::test::readFile(QString::fromLocal8Bit(outPath));
    m.err = cs::test::readFile(QString::fromLocal8Bit(errPath));
    return m;
}

struct Hostile {
    QString name;                // file name in the scratch directory
    QByteArray bytes;
    QStringList extraArguments;  // e.g. a wrong --encoding
};

QList<Hostile> hostileDataFiles()
{
    QList<Hostile> files;
    auto add = [&](const QString &name, const QByteArray &bytes, const QStringList &extra = {}) { files.append({name, bytes, extra}); };
    const QByteArray header = "region,indicator,period,value\n";
    // Quotes
    add(QStringLiteral("unterminated-quote.csv"), header + "a,b,2023,\"" + QByteArray(8 << 20, 'x'));
    add(QStringLiteral("stray-quotes.csv"), header + QByteArray("a\"b,\"c\"d\",2023,1\n").repeated(100000));
    add(QStringLiteral("only-quotes.csv"), QByteArray(4 << 20, '"'));
    // Sizes and shapes
    add(QStringLiteral("fifty-megabyte-line.csv"), "a," + QByteArray(50 << 20, 'b') + "\n");
    add(QStringLiteral("two-million-columns.csv"), QByteArray("c,").repeated(2'000'000) + "c\n");
    add(QStringLiteral("twenty-million-cells.csv"), header + QByteArray("a,b,2023,1\n").repeated(5'000'000));
    add(QStringLiteral("million-line-breaks.csv"), QByteArray(1 << 20, '\n'));
    add(QStringLiteral("thousand-digit-number.csv"), header + "a,b,2023," + QByteArray(1000, '9') + "\n");
    add(QStringLiteral("thousand-digit-decimal.csv"), header + "a,b,2023,0." + QByteArray(1000, '1') + "\n");
    add(QStringLiteral("empty.csv"), QByteArray());
    // Bytes that are not text, and text in the wrong encoding
    add(QStringLiteral("nul-bytes.csv"), QByteArray(10 << 20, '\0'));
    QByteArray noise(4 << 20, '\0');
    quint32 state = 12345;
    for (char &c : noise) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    add(QStringLiteral("random-bytes.csv"), noise);
    add(QStringLiteral("lone-surrogates-utf16.csv"), QByteArray("\xff\xfe", 2) + QByteArray("\x00\xd8", 2).repeated(100000) + QByteArray("a\x00", 2));
    add(QStringLiteral("odd-length-utf16.csv"), QByteArray("\xfe\xff\x00", 3));
    add(QStringLiteral("invalid-utf8.csv"), header + QByteArray("\xc3\x28,\xa0\xa1,2023,\xe2\x82\n").repeated(10000));
    QStringEncoder gbk("GB18030");
    const QByteArray nbs = gbk.encode(QStringLiteral("地区,指标,2023年\n深圳,GDP,1\n"));
    add(QStringLiteral("gbk-read-as-utf16.csv"), nbs, {QStringLiteral("--encoding"), QStringLiteral("utf-16le")});
    add(QStringLiteral("gbk-read-as-utf8.csv"), nbs, {QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    add(QStringLiteral("utf8-read-as-gbk.csv"), QStringLiteral("地区,指标,2023年\n深圳,GDP,1\n").toUtf8(), {QStringLiteral("--encoding"), QStringLiteral("gbk")});
    // XLSX
    add(QStringLiteral("zip-bomb.xlsx"), bombWorkbook(1024)); // 1 GiB of XML in about 1 MB
    QByteArray liar = bombWorkbook(256);
    falsifyDeclaredSize(liar, "xl/worksheets/sheet1.xml", 1000);
    add(QStringLiteral("zip-bomb-lying-size.xlsx"), liar);
    add(QStringLiteral("billion-laughs.xlsx"), oneSheet(R"(<?xml version="1.0"?>
<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&f;&f;&f;&f;</t></is></c></row></sheetData></worksheet>)"));
    const QByteArray good = oneSheet(sheetData(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>地区</t></is></c><c r="B1" t="inlineStr"><is><t>2023</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>深圳</t></is></c><c r="B2"><v>1</v></c></row>)"));
    add(QStringLiteral("truncated.xlsx"), good.left(good.size() / 2));
    QByteArray corrupt = good;
    for (qsizetype i = 40; i < corrupt.size(); i += 97)
        corrupt[i] = char(corrupt[i] ^ 0x5a);
    add(QStringLiteral("corrupted.xlsx"), corrupt);
    add(QStringLiteral("far-cell-reference.xlsx"), oneSheet(sheetData(R"(<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>)")));
    add(QStringLiteral("huge-merge.xlsx"), oneSheet(worksheet(R"(<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>)")));
    add(QStringLiteral("not-a-zip.xlsx"), "PK\x03\x04" + QByteArray(1000, 'x'));
    return files;
}

QList<Hostile> hostileWorkspaces()
{
    QList<Hostile> files;
    auto add = [&](const QString &name, const QByteArray &bytes) { files.append({name, bytes, {}}); };
    const QByteArray head = R"({"format": "clusterscope-workspace", "version": 1, )";
    add(QStringLiteral("nested-100000-arrays.json"), QByteArray(100000, '[') + QByteArray(100000, ']'));
    add(QStringLiteral("nested-objects-in-title.json"), head + R"("title": )" + QByteArray(R"({"a":)").repeated(5000) + "1" + QByteArray(5000, '}') + "}");
    add(QStringLiteral("unclosed-100000-objects.json"), QByteArray(R"({"a":)").repeated(100000));
    add(QStringLiteral("thousand-digit-value.json"), head + R"("observations": [{"id": "x", "value": )" + QByteArray(1000, '9') + "}]}");
    add(QStringLiteral("twenty-million-values.json"), "[" + QByteArray("0,").repeated(20'000'000) + "0]");
    add(QStringLiteral("hundred-megabyte-string.json"), head + R"("title": ")" + QByteArray(100 << 20, 'x') + "\"}");
    add(QStringLiteral("truncated.json"), head + R"("sources": [{"id": "s", "title": )");
    add(QStringLiteral("utf16.json"), QByteArray("\xff\xfe", 2) + QByteArray("{\0}\0", 4));
    add(QStringLiteral("nul-bytes.json"), QByteArray(1 << 20, '\0'));
    add(QStringLiteral("wrong-types.json"), head + R"("sources": 7, "indicators": {"a": []}, "observations": [null, 1, "x", {"value": "1"}], "charts": [[]]})");
    add(QStringLiteral("invalid-utf8.json"), head + "\"title\": \"\xc3\x28\xff\"}");
    add(QStringLiteral("hundred-thousand-bad-ids.json"),
        head + R"("observations": [)" + QByteArray(R"({"id": "", "indicator": "?", "value": 1},)").repeated(100000) + "{}]}");
    // .clusterscope (SQLite) files: a header that claims a Clusterscope database (application id
    // "CLSC", version 1, 4 KiB pages), followed by what no database holds.
    QByteArray sqliteHeader = QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0');
    sqliteHeader[16] = 0x10; // 4096-byte pages
    sqliteHeader[18] = sqliteHeader[19] = 1;
    sqliteHeader[21] = 64, sqliteHeader[22] = 32, sqliteHeader[23] = 32;
    sqliteHeader[27] = sqliteHeader[95] = 1;                      // change counter = version-valid-for
    sqliteHeader[30] = 0x10;                                       // 4096 pages announced
    sqliteHeader[63] = 1;                                          // user_version
    sqliteHeader.replace(68, 4, "CLSC");
    add(QStringLiteral("claims-4096-pages.clusterscope"), sqliteHeader + QByteArray(4096 * 3 - 100, '\0'));
    QByteArray filled = sqliteHeader + QByteArray(4096 * 4096 - 100, '\xff');
    add(QStringLiteral("pages-of-ff.clusterscope"), filled);
    add(QStringLiteral("json-named.clusterscope"), head + "\"sources\": []}");
    add(QStringLiteral("nul-bytes.clusterscope"), QByteArray(1 << 20, '\0'));
    return files;
}

void checkClean(const Measured &m, const QString &path, const QString &output)
{
    // One line per file, for the record: what it gave, how long it took and how much it used.
    std::printf("  %-36s exit %d  %6.2f s  %5ld MiB\n", QFileInfo(path).fileName().toUtf8().constData(), m.exitCode,
                m.seconds, m.maxRssKiB / 1024);
    ASSERT_TRUE(m.started);
    EXPECT_FALSE(m.timedOut) << m.describe();
    EXPECT_EQ(m.signal, 0) << m.describe();
    EXPECT_TRUE(m.exitCode == 0 || m.exitCode == 3) << m.describe();
    EXPECT_LT(m.seconds, kMaxSeconds) << m.describe();
    if (!kSanitized) {
        EXPECT_LT(m.maxRssKiB, kMaxRssKiB) << m.describe();
    }
    if (m.exitCode == 3) {
        const QList<QByteArray> lines = m.err.trimmed().split('\n');
        EXPECT_GE(lines.size(), 1) << m.describe();
        for (const QByteArray &line : lines) {
            EXPECT_TRUE(line.startsWith(path.toUtf8() + ':')) << m.describe();
            EXPECT_LT(line.size(), 1000) << m.describe();
        }
        if (!output.isEmpty()) {
            EXPECT_FALSE(QFileInfo::exists(output)) << "a failed import left " << output.toStdString();
        }
    }
    EXPECT_FALSE(m.err.contains("ASSERT")) << m.describe();
    EXPECT_FALSE(m.err.contains("Q_ASSERT")) << m.describe();
}

class HostileFiles : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString write(const Hostile &h)
    {
        const QString path = dir.filePath(h.name);
        EXPECT_TRUE(cs::test::writeFile(path, h.bytes));
        return path;
    }
};

TEST_F(HostileFiles, DataFilesImportOrFailCleanlyInSecondsUnderAGibibyte)
{
    ASSERT_TRUE(dir.isValid());
    for (const Hostile &h : hostileDataFiles()) {
        SCOPED_TRACE(h.name.toStdString());
        const QString path = write(h);
        const QString output = dir.filePath(h.name + QStringLiteral(".workspace.json"));
        const Measured m = runMeasured(QStringList{QStringLiteral("--import"), path, QStringLiteral("-o"), output} + h.extraArguments, dir.path());
        checkClean(m, path, output);
        QFile::remove(output);
        QFile::remove(path);
    }
}

TEST_F(HostileFiles, DataFilesDumpOrFailCleanly)
{
    ASSERT_TRUE(dir.isValid());
    for (const Hostile &h : hostileDataFiles()) {
        SCOPED_TRACE(h.name.toStdString());
        const QString path = write(h);
        const Measured m = runMeasured(QStringList{QStringLiteral("--dump-table"), path} + h.extraArguments, dir.path());
        checkClean(m, path, QString());
        if (m.exitCode == 0) { // what it printed is JSON
            EXPECT_TRUE(QJsonDocument::fromJson(m.out).isArray()) << m.describe();
        }
        QFile::remove(path);
    }
}

TEST_F(HostileFiles, WorkspacesLoadOrFailCleanlyInSecondsUnderAGibibyte)
{
    ASSERT_TRUE(dir.isValid());
    for (const Hostile &h : hostileWorkspaces()) {
        SCOPED_TRACE(h.name.toStdString());
        const QString path = write(h);
        for (const QString &action : {QStringLiteral("--validate"), QStringLiteral("--dump-data")}) {
            SCOPED_TRACE(action.toStdString());
            const Measured m = runMeasured({action, path}, dir.path());
            checkClean(m, path, QString());
            EXPECT_EQ(m.exitCode, 3) << m.describe(); // none of these is a valid workspace
        }
        QFile::remove(path);
    }
}

TEST_F(HostileFiles, FileLargerThanTheSizeLimitIsRefusedBeforeReading)
{
    ASSERT_TRUE(dir.isValid());
    const QString data = write({QStringLiteral("two-megabytes.csv"), "region,indicator,period,value\n" + QByteArray("a,b,2023,1\n").repeated(200000), {}});
    const QString output = dir.filePath(QStringLiteral("out.json"));
    const Measured m = runMeasured({QStringLiteral("--import"), data, QStringLiteral("-o"), output, QStringLiteral("--max-file-size"), QStringLiteral("1M")}, dir.path());
    EXPECT_EQ(m.exitCode, 3) << m.describe();
    EXPECT_TRUE(m.err.contains("more than the limit of 1 MiB")) << m.describe();
    EXPECT_FALSE(QFileInfo::exists(output));
    const QByteArray big = R"({"format": "clusterscope-workspace", "version": 1, "title": ")" + QByteArray(4096, 'x') + "\"}";
    const QString ws = write({QStringLiteral("ws.json"), big, {}});
    const Measured v = runMeasured({QStringLiteral("--validate"), ws, QStringLiteral("--max-file-size"), QStringLiteral("2K")}, dir.path());
    EXPECT_EQ(v.exitCode, 3) << v.describe();
    EXPECT_TRUE(v.err.contains("more than the limit of 2 KiB")) << v.describe();
    const Measured bad = runMeasured({QStringLiteral("--validate"), ws, QStringLiteral("--max-file-size"), QStringLiteral("lots")}, dir.path());
    EXPECT_EQ(bad.exitCode, 2) << bad.describe();
}

// JSONTestSuite (Nicolas Seriot's parsing tests) through --validate: every n_ file (not JSON) is
// exit 3 with one line; every y_ file (valid JSON) is either a workspace or refused as "not a
// Clusterscope workspace"; no i_ file (implementation-defined) crashes.
TEST_F(HostileFiles, JsonTestSuiteThroughTheCommandLine)
{
    CS_REQUIRE_SHARED(shared);
    const QDir suite(shared + QStringLiteral("/conformance/JSONTestSuite/test_parsing"));
    if (!suite.exists())
        GTEST_SKIP() << "JSONTestSuite is not present";
    ASSERT_TRUE(dir.isValid());
    int n = 0, y = 0, i = 0;
    for (const QFileInfo &file : suite.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString name = file.fileName();
        SCOPED_TRACE(name.toStdString());
        const QString path = file.absoluteFilePath();
        const Measured m = runMeasured({QStringLiteral("--validate"), path}, dir.path());
        ASSERT_TRUE(m.started);
        EXPECT_EQ(m.signal, 0) << m.describe();
        EXPECT_FALSE(m.timedOut) << m.describe();
        EXPECT_TRUE(m.exitCode == 0 || m.exitCode == 3) << m.describe();
        if (name.startsWith(QLatin1String("n_"))) {
            ++n;
            EXPECT_EQ(m.exitCode, 3) << m.describe();
            EXPECT_EQ(m.err.trimmed().count('\n'), 0) << m.describe();
            EXPECT_TRUE(m.err.startsWith(path.toUtf8() + ':')) << m.describe();
        } else if (name.startsWith(QLatin1String("y_"))) {
            ++y;
            if (m.exitCode != 0) {
                EXPECT_TRUE(m.err.contains("not a Clusterscope workspace")) << m.describe();
            }
        } else {
            ++i;
        }
    }
    EXPECT_GT(n, 150);
    EXPECT_GT(y, 90);
    EXPECT_GT(i, 30);
}

} // namespace
