// SPDX-License-Identifier: GPL-3.0-or-later
// Reading one series from a .clusterscope file: only the blocks that hold it (version 4's
// observation_block_keys), every block in a version-3 file, with the same values as a whole read.
#include "persist/observation_blocks.h"
#include "persist/sqlite_rows.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "persist/workspace_sqlite.h"
#include "block_columns.h"
#include "workspace_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <limits>
#include <sqlite3.h>

using namespace cs;

namespace {

void runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

// A panel of two indicators over 60 subjects and 900 months (108,000 values: two blocks, and a
// large workspace's 64 KiB pages), in subject order, so that a subject's values sit in one
// block; one value has a note.
Workspace panelWorkspace()
{
    Workspace ws = test::smallWorkspace();
    for (const char *id : {"gdp", "pop"}) {
        Indicator ind;
        ind.id = QString::fromUtf8(id);
        ind.name = {ind.id, ind.id};
        ind.unit = QStringLiteral("yi-yuan");
        ind.measure = Measure::Level;
        ws.indicators.append(ind); // no subject: a panel
    }
    int n = 0;
    for (int s = 0; s < 60; ++s) {
        const QString subject = QStringLiteral("region-%1").arg(s);
        ws.subjects.append({subject, SubjectKind::Region, {subject, subject}, QString()});
        for (const char *id : {"gdp", "pop"})
            for (int m = 0; m < 900; ++m) {
                Observation o;
                o.id = QStringLiteral("v#%1").arg(++n);
                o.indicator = QString::fromUtf8(id);
                o.subject = subject;
                o.period = Period::month(1930 + m / 12, m % 12 + 1);
                o.value = s * 1000 + m + (id[0] == 'p' ? 0.5 : 0);
                o.source = QStringLiteral("bulletin");
                if (s == 59 && m == 3 && id[0] == 'g')
                    o.note = QStringLiteral("revised");
                ws.observations.append(o);
            }
    }
    // A value derived from two values of other series: reading its series or another one reads
    // its inputs' ids, not their values.
    Indicator ratio;
    ratio.id = QStringLiteral("gdp-per-pop");
    ratio.name = {ratio.id, ratio.id};
    ratio.unit = QStringLiteral("yi-yuan");
    ratio.measure = Measure::Level;
    ratio.subject = QStringLiteral("region-0");
    ws.indicators.append(ratio);
    Observation derived;
    derived.id = QStringLiteral("ratio-1");
    derived.indicator = ratio.id;
    derived.period = Period::month(1930, 1);
    derived.value = 2;
    derived.source = QStringLiteral("bulletin");
    derived.derived = true;
    derived.inputs = {QStringLiteral("v#1"), QStringLiteral("v#901")};
    derived.note = QStringLiteral("gdp over pop");
    ws.observations.append(derived);
    return ws;
}

// The values of one series in a whole workspace, as canonical JSON of a workspace holding them.
QByteArray seriesOf(Workspace ws, const QString &indicator, const QString &subject)
{
    ws.observations.removeRows([&](int i) {
        return ws.observations.indicator(i) != indicator || (!subject.isEmpty() && ws.observations.subject(i) != subject);
    });
    return writeWorkspace(ws);
}

LoadResult readSeries(const QString &path, const QString &indicator, const QString &subject)
{
    WorkspaceReadOptions options;
    options.series = [&](const Workspace &meta) -> std::optional<std::pair<QString, QString>> {
        EXPECT_TRUE(meta.indicator(indicator) || indicator == QLatin1String("nothing")); // chosen from the workspace read so far
        return std::pair{indicator, subject};
    };
    return readWorkspaceFile(path, options);
}

} // namespace

TEST(WorkspaceSqliteSeries, OneSeriesReadsAsInTheWholeWorkspace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.clusterscope"));
    const Workspace ws = panelWorkspace();
    ASSERT_TRUE(saveWorkspace(ws, path).ok);
    for (const auto &[indicator, subject] : {std::pair{"gdp", "region-59"}, std::pair{"pop", "region-0"}, std::pair{"pop", ""},
                                             std::pair{"share", ""}, std::pair{"gdp-per-pop", ""}}) {
        const LoadResult r = readSeries(path, QString::fromUtf8(indicator), QString::fromUtf8(subject));
        ASSERT_EQ(r.status, LoadResult::Status::Ok) << indicator << "@" << subject;
        EXPECT_EQ(writeWorkspace(r.workspace), seriesOf(ws, QString::fromUtf8(indicator), QString::fromUtf8(subject)))
            << indicator << "@" << subject;
    }
    EXPECT_EQ(readSeries(path, QStringLiteral("gdp"), QStringLiteral("region-59")).workspace.observations.size(), 900);
    EXPECT_EQ(readSeries(path, QStringLiteral("pop"), QString()).workspace.observations.size(), 60 * 900);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(18).mid(16), QByteArray("\0\1", 2)); // the header's page size: 1 means 65,536
    EXPECT_EQ(readSeries(path, QStringLiteral("gdp-per-pop"), QString()).workspace.observations.first().inputs,
              (QStringList{QStringLiteral("v#1"), QStringLiteral("v#901")}));
    const LoadResult none = readSeries(path, QStringLiteral("nothing"), QString());
    ASSERT_EQ(none.status, LoadResult::Status::Ok);
    EXPECT_TRUE(none.workspace.observations.isEmpty());
}

// The series of the last subjects lives in the second block alone: a broken first block stops a
// whole read, and is not read for that series. (A series in the first block still finds it.)
TEST(WorkspaceSqliteSeries, OnlyTheBlocksHoldingTheSeriesAreRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.clusterscope"));
    ASSERT_TRUE(saveWorkspace(panelWorkspace(), path).ok);
    runSql(path, "UPDATE observation_blocks SET value = CAST(x'00' || substr(value, 2, 8) AS BLOB) WHERE key = 1;");
    EXPECT_EQ(readWorkspaceFile(path).status, LoadResult::Status::Invalid);
    const LoadResult last = readSeries(path, QStringLiteral("gdp"), QStringLiteral("region-59"));
    ASSERT_EQ(last.status, LoadResult::Status::Ok);
    EXPECT_EQ(last.workspace.observations.size(), 900);
    const LoadResult first = readSeries(path, QStringLiteral("gdp"), QStringLiteral("region-0"));
    ASSERT_EQ(first.status, LoadResult::Status::Invalid);
    EXPECT_TRUE(first.problems.first().message.contains(QStringLiteral("observation_blocks row 1: value holds 8 bytes")))
        << first.problems.first().message.toStdString();
}

// Version 3 had no observation_block_keys and no encoding byte: its files read whole as before,
// and one series from every block, with the same values.
TEST(WorkspaceSqliteSeries, Version3FilesReadWholeAndBySeries)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.clusterscope"));
    const Workspace ws = panelWorkspace();
    ASSERT_TRUE(saveWorkspace(ws, path).ok);
    test::rewriteAsVersion3(path);
    const LoadResult whole = readWorkspaceFile(path);
    ASSERT_EQ(whole.status, LoadResult::Status::Ok);
    EXPECT_EQ(writeWorkspace(whole.workspace), writeWorkspace(ws));
    const LoadResult one = readSeries(path, QStringLiteral("gdp"), QStringLiteral("region-59"));
    ASSERT_EQ(one.status, LoadResult::Status::Ok);
    EXPECT_EQ(writeWorkspace(one.workspace), seriesOf(ws, QStringLiteral("gdp"), QStringLiteral("region-59")));
}

// Runs let a few bytes stand for a whole block: a file may hold at most four values per byte (and
// a million from any file), so that a small file cannot ask for gigabytes. A file of 1.1 million
// values read as if it were 1,000 bytes is refused with one line; read as it is, it reads.
TEST(WorkspaceSqliteSeries, AFileHoldsNoMoreValuesThanItsSizeAllows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.clusterscope"));
    Workspace ws = test::smallWorkspace();
    ObservationStore &obs = ws.observations;
    const int values = 17 * ObservationBlocks::kValuesPerBlock; // past 2^20
    obs.reserve(obs.size() + values);
    ObservationStore::KeyedValue v;
    v.idPrefix = obs.internKey(QStringLiteral("m#"));
    v.indicator = obs.internKey(QStringLiteral("firms"));
    v.source = obs.internKey(QStringLiteral("bulletin"));
    for (int i = 0; i < values; ++i) {
        v.idNumber = i + 1;
        v.period = Period::day(QDate(1900 + i / 365, 1, 1).addDays(i % 365));
        v.value = 5;
        obs.appendKeyed(v);
    }
    ASSERT_TRUE(saveWorkspace(ws, path).ok);
    EXPECT_TRUE(readWorkspaceFile(path).isUsable());
    sqlite::Database db;
    ASSERT_TRUE(db.openUntrusted(path, std::numeric_limits<qint64>::max(), {}).isEmpty());
    ObservationStore read;
    try {
        ObservationBlocks::read(db, read, kSqliteFormatVersion, 1000);
        ADD_FAILURE() << "read";
    } catch (const sqlite::Damaged &d) {
        EXPECT_TRUE(d.message.contains(QStringLiteral("observation_blocks row 17: count takes the workspace past 1048576 values, "
                                                      "more than a file of 1000 bytes holds")))
            << d.message.toStdString();
    }
}
