// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutils.h"
#include "workspace_fixture.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cs;

namespace {
std::string firstProblem(const LoadResult &r)
{
    return r.problems.isEmpty() ? std::string("(none)") : r.problems.first().format(QStringLiteral("ws.json")).toStdString();
}
} // namespace

TEST(WorkspaceJson, RoundTripKeepsEverything)
{
    const Workspace ws = test::smallWorkspace();
    const LoadResult r = readWorkspace(writeWorkspace(ws));
    ASSERT_EQ(r.status, LoadResult::Status::Ok) << firstProblem(r);
    EXPECT_TRUE(r.workspace == ws);
}

TEST(WorkspaceJson, SavingTwiceGivesIdenticalBytes)
{
    const QByteArray once = writeWorkspace(test::smallWorkspace());
    const QByteArray twice = writeWorkspace(readWorkspace(once).workspace);
    EXPECT_EQ(once, twice);
    EXPECT_TRUE(once.startsWith("{\n    \"format\": \"clusterscope-workspace\",\n    \"version\": 1,\n"));
    EXPECT_TRUE(once.endsWith("}\n"));
}

TEST(WorkspaceJson, RoundTripKeepsQualifiersNotesDerivedInputsAndHiddenSeries)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(0, [&](Observation &o) { o.note = QStringLiteral("含\"引号\", and a comma\nand a line"); });
    ws.observations.update(1, [&](Observation &o) { o.qualifier = Qualifier::AtMost; });
    ws.observations.update(2, [&](Observation &o) { o.derived = true; });
    ws.observations.update(2, [&](Observation &o) { o.inputs = {QStringLiteral("t-2023")}; });
    ws.charts[0].series[0].visible = false;
    ws.charts[0].series[0].periodKinds = {PeriodKind::FullYear, PeriodKind::YearToDate};
    ws.charts[0].series[0].label = {QStringLiteral("全年"), QString()};
    ws.observations.update(3, [&](Observation &o) { o.period = Period(); }); // undated
    const LoadResult r = readWorkspace(writeWorkspace(ws));
    ASSERT_TRUE(r.isUsable()) << firstProblem(r);
    EXPECT_TRUE(r.workspace == ws);
}

TEST(WorkspaceJson, NumbersSurviveExactly)
{
    Workspace ws = test::smallWorkspace();
    const double values[] = {10393.39, 0.1, 6000000, 1e-7, 123456789.123456, 14520.43};
    for (double v : values) {
        ws.observations.update(1, [&](Observation &o) { o.value = v; });
        const LoadResult r = readWorkspace(writeWorkspace(ws));
        EXPECT_EQ(r.workspace.observations[1].value, v);
    }
}

TEST(WorkspaceJson, NewerVersionIsRefusedSayingSo)
{
    QByteArray json = writeWorkspace(test::smallWorkspace());
    json.replace("\"version\": 1", "\"version\": 3");
    const LoadResult r = readWorkspace(json);
    EXPECT_EQ(r.status, LoadResult::Status::Invalid);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_NE(r.problems.first().message.indexOf(QStringLiteral("newer")), -1);
    EXPECT_EQ(r.problems.first().location.line, 3);
    EXPECT_EQ(firstProblem(r).rfind("ws.json:3:16: version: ", 0), 0u) << firstProblem(r);
}

TEST(WorkspaceJson, TruncatedFileGivesLineAndColumn)
{
    const QByteArray json = writeWorkspace(test::smallWorkspace());
    const QByteArray cut = json.left(json.size() / 2);
    const LoadResult r = readWorkspace(cut);
    EXPECT_EQ(r.status, LoadResult::Status::Invalid);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_GT(r.problems.first().location.line, 10);
    EXPECT_NE(r.problems.first().message.indexOf(QStringLiteral("invalid JSON")), -1);
}

TEST(WorkspaceJson, SyntaxErrorPointsAtTheRightPlace)
{
    const QByteArray json = "{\n  \"format\": \"clusterscope-workspace\",\n  \"version\": 1,\n  \"sources\": [,]\n}\n";
    const LoadResult r = readWorkspace(json);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().location.line, 4);
}

TEST(WorkspaceJson, NotAWorkspaceIsSaidPlainly)
{
    for (const char *text : {"[]", "{\"a\": 1}", "{\"format\": \"other\", \"version\": 1}", "3", "\"x\""}) {
        const LoadResult r = readWorkspace(QByteArray(text));
        EXPECT_EQ(r.status, LoadResult::Status::Invalid) << text;
        ASSERT_FALSE(r.problems.isEmpty());
        EXPECT_NE(r.problems.first().message.indexOf(QStringLiteral("not a Clusterscope workspace")), -1) << text;
    }
    EXPECT_EQ(readWorkspace(QByteArray()).status, LoadResult::Status::Invalid);
}

TEST(WorkspaceJson, WrongTypesAndUnknownKeysAreReportedByPath)
{
    QByteArray json = writeWorkspace(test::smallWorkspace());
    json.replace("\"value\": 100.5", "\"value\": \"100.5\"");
    json.replace("\"edition\": \"2022\"", "\"edition\": \"2022\", \"editon\": \"x\"");
    const LoadResult r = readWorkspace(json);
    ASSERT_EQ(r.status, LoadResult::Status::HasProblems);
    QStringList lines;
    for (const Problem &p : r.problems)
        lines << p.path + QStringLiteral(": ") + p.message;
    EXPECT_TRUE(lines.contains(QStringLiteral("taxonomy.editon: unknown key 'editon'"))) << lines.join('\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("observations[0].value: expected a finite number, found a string")))
        << lines.join('\n').toStdString();
}

TEST(WorkspaceJson, MissingRequiredKeyIsReportedAtItsObject)
{
    QByteArray json = writeWorkspace(test::smallWorkspace());
    json.replace(",\n            \"unit\": \"jia\"", "");
    const LoadResult r = readWorkspace(json);
    ASSERT_FALSE(r.problems.isEmpty());
    EXPECT_EQ(r.problems.first().path, QStringLiteral("indicators[5].unit"));
    EXPECT_NE(r.problems.first().message.indexOf(QStringLiteral("missing required key 'unit'")), -1);
    EXPECT_TRUE(r.problems.first().location.isValid());
}

TEST(WorkspaceJson, AtomicWriteReplacesTheFileWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.json"));
    const SaveResult saved = saveWorkspace(test::smallWorkspace(), path);
    ASSERT_TRUE(saved.ok) << saved.error.toStdString();
    EXPECT_EQ(test::readFile(path), writeWorkspace(test::smallWorkspace()));
    const SaveResult failed = saveWorkspace(test::smallWorkspace(), dir.filePath(QStringLiteral("no/such/dir/ws.json")));
    EXPECT_FALSE(failed.ok);
    EXPECT_FALSE(failed.error.isEmpty());
    EXPECT_EQ(readWorkspaceFile(dir.filePath(QStringLiteral("missing.json"))).status, LoadResult::Status::IoError);
}

// JSONTestSuite: n_ files are rejected, y_ files load or are refused as not a workspace, nothing crashes.
TEST(WorkspaceJson, JsonTestSuiteNeverCrashesAndRejectsInvalidJson)
{
    CS_REQUIRE_SHARED(shared);
    const QString dir = shared + QStringLiteral("/conformance/JSONTestSuite/test_parsing");
    if (!QDir(dir).exists())
        GTEST_SKIP() << "JSONTestSuite is not present";
    int files = 0;
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        const LoadResult r = readWorkspace(test::readFile(path));
        ++files;
        if (name.startsWith(QLatin1String("n_"))) {
            EXPECT_EQ(r.status, LoadResult::Status::Invalid) << name.toStdString();
        }
        if (name.startsWith(QLatin1String("y_"))) {
            ASSERT_FALSE(r.problems.isEmpty()) << name.toStdString();
            EXPECT_NE(r.problems.first().message.indexOf(QStringLiteral("not a Clusterscope workspace")), -1)
                << name.toStdString() << ": " << firstProblem(r);
        }
    }
    EXPECT_GT(files, 300);
}

// --- Limits: refused before parsing, with the position and the limit named ------------------

TEST(WorkspaceJsonLimits, NestingDeeperThanTheLimitIsRefusedWithItsPosition)
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const LoadResult r = readWorkspace(deep);
    EXPECT_EQ(r.status, LoadResult::Status::Invalid);
    ASSERT_FALSE(r.problems.isEmpty());
    EXPECT_NE(r.problems.first().message.indexOf(QStringLiteral("deeper than 64 levels")), -1) << firstProblem(r);
    EXPECT_EQ(r.problems.first().location.line, 1);
    EXPECT_EQ(r.problems.first().location.column, 65);
    JsonLimits limits;
    limits.maxDepth = 3;
    EXPECT_TRUE(precheckJson("[[[1]]]", limits).ok());
    EXPECT_FALSE(precheckJson("[[[[1]]]]", limits).ok());
    EXPECT_TRUE(precheckJson("[\"[[[[[[\"]", limits).ok()); // brackets in strings do not nest
}

TEST(WorkspaceJsonLimits, NumberWithAThousandDigitsIsRefused)
{
    const QByteArray json = R"({"format": "clusterscope-workspace", "version": 1, "observations": [{"value": 0.)"
        + QByteArray(1000, '1') + "}]}";
    const LoadResult r = readWorkspace(json);
    EXPECT_EQ(r.status, LoadResult::Status::Invalid);
    ASSERT_FALSE(r.problems.isEmpty());
    EXPECT_NE(r.problems.first().message.indexOf(QStringLiteral("a number 1002 characters long")), -1) << firstProblem(r);
    EXPECT_TRUE(precheckJson("[\"" + QByteArray(1000, '1') + "\"]", {}).ok()); // digits in a string are text
}

TEST(WorkspaceJsonLimits, TooManyValuesAreRefusedBeforeParsing)
{
    JsonLimits limits;
    limits.maxItems = 100;
    EXPECT_TRUE(precheckJson("[" + QByteArray("1,").repeated(98) + "1]", limits).ok()); // 99 values and the array
    const JsonPrecheck r = precheckJson("[" + QByteArray("1,").repeated(200) + "1]", limits);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.error.indexOf(QStringLiteral("more than 100 values")), -1);
}

TEST(WorkspaceJsonLimits, FileLargerThanTheLimitIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    test::writeFile(path, writeWorkspace(test::smallWorkspace()));
    WorkspaceReadOptions options;
    options.maxFileBytes = 100;
    const LoadResult r = readWorkspaceFile(path, options);
    EXPECT_EQ(r.status, LoadResult::Status::Invalid);
    ASSERT_FALSE(r.problems.isEmpty());
    EXPECT_NE(r.problems.first().message.indexOf(QStringLiteral("more than the limit of 100 bytes")), -1) << firstProblem(r);
    EXPECT_EQ(readWorkspaceFile(path).status, LoadResult::Status::Ok);
}
