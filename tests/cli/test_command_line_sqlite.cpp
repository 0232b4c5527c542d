// SPDX-License-Identifier: GPL-3.0-or-later
// The command line with .clusterscope (SQLite) workspaces: every action that reads or writes a
// workspace takes either format by its extension, with the same results; hostile files exit 3
// with one line.
#include "testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct Ran {
    int code = -1; // the exit code; -1 when it crashed or did not finish
    QByteArray out, err;
};

Ran run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, arguments);
    Ran r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::NormalExit)
        r.code = p.exitCode();
    return r;
}

Ran cli(const QStringList &arguments) { return run(QStringLiteral(CLUSTERSCOPE_BIN), arguments); }

std::string shown(const Ran &r) { return "exit " + std::to_string(r.code) + "\n" + r.err.left(2000).toStdString(); }

class SqliteCommandLine : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString json, sqlite;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        json = dir.filePath(QStringLiteral("ws.json"));
        sqlite = dir.filePath(QStringLiteral("ws.clusterscope"));
        const Ran toJson = cli({QStringLiteral("-o"), json});
        ASSERT_EQ(toJson.code, 0) << shown(toJson);
        const Ran toSqlite = cli({json, QStringLiteral("-o"), sqlite});
        ASSERT_EQ(toSqlite.code, 0) << shown(toSqlite);
    }
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
};

TEST_F(SqliteCommandLine, OutputIsAnSqliteDatabaseThatConvertsBackToTheSameJson)
{
    const Ran file = run(QStringLiteral("file"), {sqlite});
    if (file.code == 0) { // `file` is installed
        EXPECT_TRUE(file.out.contains("SQLite")) << file.out.toStdString();
    }
    EXPECT_TRUE(cs::test::readFile(sqlite).startsWith("SQLite format 3"));
    const QString back = path("back.json");
    const Ran r = cli({sqlite, QStringLiteral("-o"), back});
    ASSERT_EQ(r.code, 0) << shown(r);
    EXPECT_EQ(cs::test::readFile(back), cs::test::readFile(json));
    // Saving again over it keeps the previous version as FILE~, in the same format.
    const Ran again = cli({json, QStringLiteral("-o"), sqlite});
    ASSERT_EQ(again.code, 0) << shown(again);
    EXPECT_TRUE(cs::test::readFile(sqlite + QLatin1Char('~')).startsWith("SQLite format 3"));
}

TEST_F(SqliteCommandLine, ReadingActionsGiveTheSameOutputForBothFormats)
{
    const QList<QStringList> actions = {{QStringLiteral("--summary")},
                                        {QStringLiteral("--dump-data")},
                                        {QStringLiteral("--validate")},
                                        {QStringLiteral("--list-charts")},
                                        {QStringLiteral("--summary"), QStringLiteral("--lang"), QStringLiteral("zh")}};
    for (const QStringList &action : actions) {
        SCOPED_TRACE(action.join(QLatin1Char(' ')).toStdString());
        const Ran fromJson = cli(action + QStringList{json});
        const Ran fromSqlite = cli(action + QStringList{sqlite});
        ASSERT_EQ(fromJson.code, 0) << shown(fromJson);
        ASSERT_EQ(fromSqlite.code, 0) << shown(fromSqlite);
        EXPECT_FALSE(fromSqlite.out.isEmpty() && action.first() != QLatin1String("--validate"));
        EXPECT_EQ(fromSqlite.out, fromJson.out);
    }
}

TEST_F(SqliteCommandLine, ExportsDrawFromClusterscopeWorkspaces)
{
    const Ran charts = cli({QStringLiteral("--list-charts"), sqlite});
    ASSERT_EQ(charts.code, 0) << shown(charts);
    const QString chart = QString::fromUtf8(charts.out.split('\n').first().split('\t').first());
    const Ran one = cli({QStringLiteral("--export"), path("one.svg"), QStringLiteral("--chart"), chart, sqlite});
    ASSERT_EQ(one.code, 0) << shown(one);
    EXPECT_EQ(cs::test::readFile(path("one.svg")), [&] {
        cli({QStringLiteral("--export"), path("from-json.svg"), QStringLiteral("--chart"), chart, json});
        return cs::test::readFile(path("from-json.svg"));
    }());
    ASSERT_TRUE(QDir().mkdir(path("all")));
    const Ran all = cli({QStringLiteral("--export-all"), path("all"), QStringLiteral("--formats"), QStringLiteral("svg"), sqlite});
    ASSERT_EQ(all.code, 0) << shown(all);
    EXPECT_EQ(QDir(path("all")).entryList(QDir::Files).size(), charts.out.trimmed().split('\n').size());
    const Ran data = cli({QStringLiteral("--dump-data"), sqlite});
    const QString indicator = QString::fromUtf8(data.out.split('\n').at(1).split(',').first());
    const Ran series = cli({QStringLiteral("--export"), path("series.png"), QStringLiteral("--series"), indicator, sqlite});
    ASSERT_EQ(series.code, 0) << shown(series);
    EXPECT_TRUE(cs::test::readFile(path("series.png")).startsWith("\x89PNG"));
}

TEST_F(SqliteCommandLine, ImportWritesClusterscopeThatReadsBackAsTheSameWorkspace)
{
    QByteArray csv = "indicator,subject,period,value,unit\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("gdp %1,region %2,%3,%4,CNY 100m\n").arg(i % 30).arg(i / 30 % 20).arg(2000 + i / 600).arg(i * 1.25).toUtf8();
    ASSERT_TRUE(cs::test::writeFile(path("panel.csv"), csv));
    const Ran toSqlite = cli({QStringLiteral("--import"), path("panel.csv"), QStringLiteral("-o"), path("panel.clusterscope")});
    ASSERT_EQ(toSqlite.code, 0) << shown(toSqlite);
    const Ran toJson = cli({QStringLiteral("--import"), path("panel.csv"), QStringLiteral("-o"), path("panel.json")});
    ASSERT_EQ(toJson.code, 0) << shown(toJson);
    const Ran back = cli({path("panel.clusterscope"), QStringLiteral("-o"), path("back.json")});
    ASSERT_EQ(back.code, 0) << shown(back);
    EXPECT_EQ(cs::test::readFile(path("back.json")), cs::test::readFile(path("panel.json")));
}

TEST_F(SqliteCommandLine, JsonSizeLimitDoesNotApplyToClusterscope)
{
    const Ran small = cli({QStringLiteral("--max-file-size"), QStringLiteral("1K"), QStringLiteral("--validate"), sqlite});
    EXPECT_EQ(small.code, 0) << shown(small);
    const Ran jsonRefused = cli({QStringLiteral("--max-file-size"), QStringLiteral("1K"), QStringLiteral("--validate"), json});
    EXPECT_EQ(jsonRefused.code, 3) << shown(jsonRefused);
}

TEST_F(SqliteCommandLine, BrokenFilesExitThreeWithOneLineNamingTheFile)
{
    const QByteArray good = cs::test::readFile(sqlite);
    auto patched = [&](int offset, const QByteArray &bytes) {
        QByteArray b = good;
        b.replace(offset, bytes.size(), bytes);
        return b;
    };
    const QList<std::pair<const char *, QByteArray>> files = {
        {"random.clusterscope", QByteArray("\x13\x37\xca\xfe").repeated(5000)},
        {"json.clusterscope", cs::test::readFile(json)},
        {"newer.clusterscope", patched(60, QByteArray("\0\0\0\5", 4))},
        {"other-application.clusterscope", patched(68, QByteArray("GPKG"))},
        {"truncated.clusterscope", good.left(good.size() / 2)},
        {"zeroed.clusterscope", patched(4096, QByteArray(good.size() - 4096, '\0'))},
    };
    for (const auto &[name, bytes] : files) {
        SCOPED_TRACE(name);
        const QString file = path(name);
        ASSERT_TRUE(cs::test::writeFile(file, bytes));
        for (const QString &action : {QStringLiteral("--validate"), QStringLiteral("--summary"), QStringLiteral("--dump-data")}) {
            const Ran r = cli({action, file});
            EXPECT_EQ(r.code, 3) << shown(r);
            const QByteArray line = r.err.trimmed();
            EXPECT_TRUE(line.startsWith(file.toUtf8() + ": ")) << shown(r);
            EXPECT_FALSE(line.contains('\n')) << shown(r);
        }
    }
    const Ran missing = cli({QStringLiteral("--validate"), path("missing.clusterscope")});
    EXPECT_EQ(missing.code, 4) << shown(missing);
}

} // namespace
