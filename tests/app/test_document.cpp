// SPDX-License-Identifier: GPL-3.0-or-later
// The Document without a window: its modified state and signals, open and save, the check for
// changes made on disk, autosave and recovery; the one background job; the observation table
// model over it; and the chart a workspace opens on.
#include "default_workspace.h"
#include "document/background_job.h"
#include "document/document.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "query/workspace_queries.h"
#include "testutils.h"
#include "widgets/chart_view.h"
#include "widgets/main_window.h"
#include "widgets/observation_table_model.h"
#include "workspace_fixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <atomic>
#include <sys/stat.h>
#include <gtest/gtest.h>

using cs::Document;
using cs::Workspace;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

class DocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_appName = QCoreApplication::applicationName();
        const ::testing::TestInfo *info = ::testing::UnitTest::GetInstance()->current_test_info();
        QCoreApplication::setApplicationName(QStringLiteral("ClusterscopeDocument-%1-%2").arg(u(info->name())).arg(QCoreApplication::applicationPid()));
        clearAppData();
        ASSERT_TRUE(dir.isValid());
        doc = std::make_unique<Document>(cs::test::smallWorkspace());
        doc->setPromptHandler([this](Document::Prompt p, const QString &) {
            prompts.append(p);
            return answers.isEmpty() ? Document::Answer::Cancel : answers.takeFirst();
        });
    }
    void TearDown() override
    {
        doc.reset();
        clearAppData();
        QCoreApplication::setApplicationName(m_appName);
    }
    static void clearAppData() { QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively(); }

    // An edit that passes: the share of 2023 from 41.9 to `value`.
    bool editShare(double value)
    {
        cs::Observation o = *doc->observation(u("s-2023"));
        o.value = value;
        return doc->replaceObservation(o);
    }

    std::unique_ptr<Document> doc;
    QTemporaryDir dir;
    QList<Document::Prompt> prompts;
    QList<Document::Answer> answers;

private:
    QString m_appName;
};

} // namespace

TEST_F(DocumentTest, ModifiedChangedOnlyWhenItFlipsAndChangedOnEveryEdit)
{
    QSignalSpy modified(doc.get(), &Document::modifiedChanged);
    QSignalSpy changed(doc.get(), &Document::changed);
    ASSERT_TRUE(editShare(40));
    ASSERT_TRUE(editShare(39));
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(changed.size(), 2);
    ASSERT_EQ(modified.size(), 1);
    EXPECT_TRUE(modified.first().first().toBool());
    doc->undoStack()->undo();
    EXPECT_EQ(modified.size(), 1); // still modified
    doc->undoStack()->undo();
    EXPECT_EQ(changed.size(), 4);
    ASSERT_EQ(modified.size(), 2);
    EXPECT_FALSE(modified.last().first().toBool());
}

TEST_F(DocumentTest, ARefusedEditChangesNothingAndSignalsNothing)
{
    QSignalSpy changed(doc.get(), &Document::changed);
    const Workspace before = doc->workspace();
    QString error;
    cs::Observation o = *doc->observation(u("s-2023"));
    o.value = 140;
    EXPECT_FALSE(doc->replaceObservation(o, &error));
    EXPECT_TRUE(error.contains(u("占比应在 0 到 100% 之间，而不是 140%"))) << error.toStdString(); // worded in the window's language
    EXPECT_TRUE(doc->workspace() == before);
    EXPECT_EQ(changed.size(), 0);
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_FALSE(doc->isModified());
}

TEST_F(DocumentTest, OnlyASuccessfulWriteClearsModified)
{
    ASSERT_TRUE(editShare(40));
    QString error;
    EXPECT_FALSE(doc->save(&error)); // no file yet
    EXPECT_TRUE(doc->isModified());
    EXPECT_FALSE(doc->saveAs(dir.filePath(u("no-such-dir/x.json")), &error));
    EXPECT_TRUE(doc->isModified());
    const QString path = dir.filePath(u("ws.json"));
    QSignalSpy saved(doc.get(), &Document::saved);
    ASSERT_TRUE(doc->saveAs(path, &error)) << error.toStdString();
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(saved.size(), 1);
    EXPECT_EQ(doc->path(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(cs::test::readFile(path), cs::writeWorkspace(doc->workspace()));
}

TEST_F(DocumentTest, OpeningLoadsWithoutMarkingModified)
{
    const QString path = dir.filePath(u("embedded.json"));
    ASSERT_TRUE(cs::test::writeFile(path, cs::defaultWorkspaceJson()));
    QSignalSpy modified(doc.get(), &Document::modifiedChanged);
    QSignalSpy loaded(doc.get(), &Document::loaded);
    QString report;
    ASSERT_TRUE(doc->openFile(path, &report)) << report.toStdString();
    EXPECT_EQ(loaded.size(), 1);
    EXPECT_EQ(modified.size(), 0);
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_EQ(doc->workspace(), cs::readWorkspace(cs::defaultWorkspaceJson()).workspace);
}

TEST_F(DocumentTest, OpeningAsksAboutUnsavedChangesAndCancelKeepsThem)
{
    ASSERT_TRUE(editShare(40));
    const QString path = dir.filePath(u("embedded.json"));
    ASSERT_TRUE(cs::test::writeFile(path, cs::defaultWorkspaceJson()));
    answers = {Document::Answer::Cancel};
    EXPECT_FALSE(doc->openFile(path));
    ASSERT_EQ(prompts.size(), 1);
    EXPECT_EQ(prompts.first(), Document::Prompt::UnsavedChanges);
    EXPECT_DOUBLE_EQ(doc->observation(u("s-2023"))->value, 40);
}

TEST_F(DocumentTest, AChangeOnDiskIsReportedOnceWithItsReason)
{
    const QString path = dir.filePath(u("ws.json"));
    ASSERT_TRUE(doc->saveAs(path));
    QSignalSpy onDisk(doc.get(), &Document::changedOnDisk);
    // Another program writes the file in several steps: one report, after they settle.
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(cs::test::writeFile(path, cs::writeWorkspace(Workspace()) + QByteArray(i, ' ')));
        QTest::qWait(20);
    }
    ASSERT_TRUE(onDisk.wait(cs::test::waitMs(3000)));
    QTest::qWait(400);
    ASSERT_EQ(onDisk.size(), 1);
    EXPECT_TRUE(onDisk.first().first().toString().contains(u("changed on disk"))) << onDisk.first().first().toString().toStdString();

    // Our own save is no change by another program.
    answers = {Document::Answer::Yes};
    ASSERT_TRUE(doc->save());
    QTest::qWait(500);
    EXPECT_EQ(onDisk.size(), 1);

    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(onDisk.wait(cs::test::waitMs(3000)));
    EXPECT_TRUE(onDisk.last().first().toString().contains(u("removed"))) << onDisk.last().first().toString().toStdString();
}

TEST_F(DocumentTest, AutosaveWritesRecoveryThatRestoresTheEdit)
{
    const QString path = dir.filePath(u("ws.json"));
    ASSERT_TRUE(doc->saveAs(path));
    ASSERT_TRUE(editShare(40)); // each edit writes the recovery file
    EXPECT_TRUE(QFileInfo::exists(cs::recoveryPathFor(doc->path())));
    doc.reset(); // a crash: no normal close

    Document next;
    next.setPromptHandler([](Document::Prompt p, const QString &) {
        return p == Document::Prompt::RestoreRecovery ? Document::Answer::Yes : Document::Answer::Cancel;
    });
    ASSERT_TRUE(next.checkRecovery());
    EXPECT_DOUBLE_EQ(next.observation(u("s-2023"))->value, 40);
    EXPECT_EQ(next.path(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(next.isModified()); // unsaved until saved
    next.closed();
    EXPECT_FALSE(QFileInfo::exists(cs::recoveryPathFor(path)));
}

TEST_F(DocumentTest, AValueWithANewSourceIsOneStep)
{
    cs::NewValueFields f;
    f.indicator = u("growth-a");
    f.period = u("2024");
    f.value = u("5.4");
    cs::Source src;
    src.id = u("city-bulletin");
    src.title = u("某市统计公报");
    src.date = u("2024-01");
    f.newSource = src;
    QString error;
    ASSERT_TRUE(doc->addValue(f, &error)) << error.toStdString();
    EXPECT_EQ(doc->undoStack()->count(), 1);
    ASSERT_NE(doc->workspace().source(u("city-bulletin")), nullptr);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->workspace(), cs::test::smallWorkspace());
}

TEST_F(DocumentTest, ASubjectTypedWithAnIndicatorIsCreatedWithIt)
{
    cs::Subject city;
    city.id = u("mou-shi");
    city.name = {u("某市"), u("某市")};
    cs::Indicator ind;
    ind.id = u("gdp-growth");
    ind.name = {u("地区生产总值增长"), u("GDP growth")};
    ind.subject = city.id;
    ind.unit = u("percent");
    ind.measure = cs::Measure::Growth;
    QString error;
    EXPECT_FALSE(doc->addIndicator(ind, &error)); // an unknown subject is refused...
    ASSERT_TRUE(doc->addIndicator(ind, &error, city)) << error.toStdString(); // ...unless created with it
    EXPECT_NE(doc->workspace().subject(u("mou-shi")), nullptr);
    EXPECT_EQ(doc->undoStack()->count(), 1);
    ASSERT_TRUE(doc->addSubject({u("other"), cs::SubjectKind::Region, {u("另一市"), u("Other")}, QString()}, &error));
    EXPECT_NE(doc->workspace().subject(u("other")), nullptr);
}

// The forms read what the app shows: periods in either language and qualified values, as typed
// from a news sentence. A unit after the number must be the indicator's.
TEST_F(DocumentTest, ValuesAreTypedAsTheAppShowsThem)
{
    struct Case {
        const char *indicator, *period, *value;
        const char *canonicalPeriod;
        double number;
        cs::Qualifier qualifier;
    };
    const Case cases[] = {
        {"growth-a", "2024年前三季度", "5.4％", "2024-Q1/2024-Q3", 5.4, cs::Qualifier::Exact},
        {"growth-a", "2025 Q1–Q3", "4.1%", "2025-Q1/2025-Q3", 4.1, cs::Qualifier::Exact},
        {"total", "2023年9月", "超过270", "2023-09", 270, cs::Qualifier::MoreThan},
        {"total", "Q3 2023", "6000+", "2023-Q3", 6000, cs::Qualifier::MoreThan},
        {"total", "2022", "≈9150亿元", "2022", 9150, cs::Qualifier::About},
    };
    for (const Case &c : cases) {
        cs::NewValueFields f;
        f.indicator = u(c.indicator);
        f.period = u(c.period);
        f.value = u(c.value);
        f.source = doc->workspace().sources.first().id;
        QString error;
        ASSERT_TRUE(doc->addValue(f, &error)) << c.period << " " << c.value << ": " << error.toStdString();
        const cs::Period want = cs::Period::parse(u(c.canonicalPeriod));
        ASSERT_TRUE(want.isValid()) << c.canonicalPeriod;
        std::optional<cs::Observation> added;
        for (const cs::Observation &o : doc->workspace().observations)
            if (o.indicator == f.indicator && o.period == want && o.source == f.source && o.value == c.number)
                added = o;
        ASSERT_TRUE(added) << c.period << " " << c.value;
        EXPECT_EQ(added->qualifier, c.qualifier) << c.value;
    }
    cs::NewValueFields wrongUnit;
    wrongUnit.indicator = u("growth-a");
    wrongUnit.period = u("2024");
    wrongUnit.value = u("270亿元"); // a level typed into a percent indicator
    wrongUnit.source = doc->workspace().sources.first().id;
    QString error;
    const int steps = doc->undoStack()->count();
    EXPECT_FALSE(doc->addValue(wrongUnit, &error));
    EXPECT_TRUE(error.contains(u("270亿元"))) << error.toStdString();
    EXPECT_EQ(doc->undoStack()->count(), steps);
}

// The id index is kept across edits that leave every value in place and rebuilt when values
// move; a lookup never returns another value or a stale one.
TEST_F(DocumentTest, IdLookupsFollowEditsThatKeepOrMoveValues)
{
    const QStringList ids = [&] {
        QStringList out;
        for (const cs::Observation &o : doc->workspace().observations)
            out << o.id;
        return out;
    }();
    ASSERT_GE(ids.size(), 3);
    ASSERT_TRUE(editShare(40));
    EXPECT_DOUBLE_EQ(doc->observation(u("s-2023"))->value, 40);
    for (const QString &id : ids)
        EXPECT_EQ(doc->observation(id)->id, id);
    // Removing a value moves the ones after it.
    const QString gone = ids.at(1);
    ASSERT_TRUE(doc->removeObservation(gone));
    EXPECT_FALSE(doc->observation(gone));
    for (const QString &id : ids) {
        if (id != gone) {
            EXPECT_EQ(doc->observation(id)->id, id);
        }
    }
    doc->undoStack()->undo(); // back in its place
    for (const QString &id : ids)
        EXPECT_EQ(doc->observation(id)->id, id);
    EXPECT_FALSE(doc->observation(u("no-such-value")));
}

// ---- The one background job ---------------------------------------------------------------

TEST(BackgroundJob, ACancelledJobStops)
{
    std::atomic<int> steps{0};
    std::atomic<bool> started{false};
    cs::BackgroundJob job([&](cs::JobControl &control) {
        started = true;
        for (int i = 0; i < 10000 && !control.isCancelled(); ++i) {
            ++steps;
            QThread::msleep(1);
        }
    });
    while (!started)
        QThread::msleep(1);
    job.cancel();
    EXPECT_FALSE(job.wait());
    QThreadPool::globalInstance()->waitForDone();
    EXPECT_LT(steps.load(), 10000); // it stopped, not ran on with its result dropped
}

TEST(BackgroundJob, RunReturnsTheResult)
{
    bool told = false;
    const std::optional<int> r = cs::BackgroundJob::run<int>([](cs::JobControl &) { return 42; },
                                                             [&](cs::BackgroundJob *) { told = true; });
    EXPECT_TRUE(told);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(*r, 42);
}

// ---- The observation table ----------------------------------------------------------------

TEST_F(DocumentTest, TheTableModelPassesTheModelTesterAndFollowsEdits)
{
    cs::ObservationTableModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cs::ChartModel chart = cs::buildChartModel(doc->workspace(), cs::indicatorChartSpec(doc->workspace(), u("share")), cs::Lang::En);
    model.setChart(&chart, cs::Lang::En);
    ASSERT_EQ(model.rowCount(), chart.visiblePoints().size());
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.observationIdAt(r) == u("s-2023"))
            row = r;
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, 2).data(cs::ObservationTableModel::kEditRole).toString(), u("41.9"));
    QSignalSpy requested(&model, &cs::ObservationTableModel::editRequested);
    EXPECT_TRUE(model.setData(model.index(row, 2), u("40")));
    ASSERT_EQ(requested.size(), 1);
    ASSERT_TRUE(editShare(40));
    EXPECT_EQ(model.index(row, 2).data(cs::ObservationTableModel::kEditRole).toString(), u("40"));
    EXPECT_FALSE(model.flags(model.index(row, 0)) & Qt::ItemIsEditable);
    chart = cs::buildChartModel(doc->workspace(), cs::indicatorChartSpec(doc->workspace(), u("total")), cs::Lang::En);
    model.setChart(&chart, cs::Lang::En);
    EXPECT_EQ(model.rowCount(), chart.visiblePoints().size());
}

// ---- The first chart ----------------------------------------------------------------------

TEST(InitialChart, TheEmbeddedWorkspaceOpensOnItsFirstChart)
{
    const Workspace ws = cs::readWorkspace(cs::defaultWorkspaceJson()).workspace;
    EXPECT_EQ(cs::MainWindow::initialChart(ws, QString()).id, ws.charts.first().id);
}

TEST(InitialChart, ChartsInAnotherOrderOpenOnTheFirstOrTheRememberedOne)
{
    Workspace ws = cs::test::smallWorkspace();
    std::reverse(ws.charts.begin(), ws.charts.end());
    EXPECT_EQ(cs::MainWindow::initialChart(ws, u("/tmp/a.json")).id, u("parts-chart"));
    QSettings().setValue(QStringLiteral("view/lastCharts"), QVariantMap{{u("/tmp/a.json"), u("share-chart")}});
    EXPECT_EQ(cs::MainWindow::initialChart(ws, u("/tmp/a.json")).id, u("share-chart"));
    EXPECT_EQ(cs::MainWindow::initialChart(ws, u("/tmp/b.json")).id, u("parts-chart")); // another file
    QSettings().remove(QStringLiteral("view/lastCharts"));
}

TEST(InitialChart, AWorkspaceWithoutChartsOpensOnItsFirstIndicatorsSeries)
{
    Workspace ws = cs::test::smallWorkspace();
    ws.charts.clear();
    const cs::ChartSpec spec = cs::MainWindow::initialChart(ws, QString());
    EXPECT_EQ(spec.kind, cs::ChartKind::TimeSeries);
    ASSERT_EQ(spec.series.size(), 1);
    EXPECT_EQ(spec.series.first().indicator, u("total"));
    cs::MainWindow window(ws);
    EXPECT_FALSE(window.chartView()->chart().isEmpty());
    EXPECT_EQ(window.currentSpec().series.first().indicator, u("total"));
}

// The same document life with a .clusterscope (SQLite) file: Save As writes SQLite, a reopened
// document has the edit, a change made by another program is noticed, and the recovery file of
// unsaved edits (JSON) restores them onto the .clusterscope path.
TEST_F(DocumentTest, ClusterscopeFileSavesReopensNoticesChangesAndRecovers)
{
    const QString path = dir.filePath(u("ws.clusterscope"));
    QString error;
    ASSERT_TRUE(doc->saveAs(path, &error)) << error.toStdString();
    EXPECT_TRUE(cs::test::readFile(path).startsWith("SQLite format 3"));
    ASSERT_TRUE(editShare(40));
    ASSERT_TRUE(doc->save(&error)) << error.toStdString();
    EXPECT_FALSE(doc->isModified());
    {
        Document reopened;
        QString report;
        ASSERT_TRUE(reopened.openFile(path, &report)) << report.toStdString();
        EXPECT_DOUBLE_EQ(reopened.observation(u("s-2023"))->value, 40);
        EXPECT_EQ(reopened.workspace(), doc->workspace());
    }

    QSignalSpy onDisk(doc.get(), &Document::changedOnDisk);
    Workspace theirs = doc->workspace();
    theirs.title.en = u("Changed by another program");
    ASSERT_TRUE(cs::saveWorkspace(theirs, path, false).ok);
    ASSERT_TRUE(onDisk.wait(cs::test::waitMs(3000)));
    EXPECT_TRUE(onDisk.first().first().toString().contains(u("changed on disk"))) << onDisk.first().first().toString().toStdString();

    answers = {Document::Answer::Yes}; // overwrite their change
    ASSERT_TRUE(editShare(39));
    EXPECT_TRUE(cs::recoveryPathFor(doc->path()).endsWith(u(".json")));
    EXPECT_TRUE(QFileInfo::exists(cs::recoveryPathFor(doc->path())));
    doc.reset(); // a crash
    Document next;
    next.setPromptHandler([](Document::Prompt p, const QString &) {
        return p == Document::Prompt::RestoreRecovery ? Document::Answer::Yes : Document::Answer::Cancel;
    });
    ASSERT_TRUE(next.checkRecovery());
    EXPECT_DOUBLE_EQ(next.observation(u("s-2023"))->value, 39);
    EXPECT_EQ(next.path(), QFileInfo(path).absoluteFilePath());
    ASSERT_TRUE(next.save(&error)) << error.toStdString();
    EXPECT_DOUBLE_EQ(cs::readWorkspaceFile(path).workspace.observation(u("s-2023"))->value, 39);
    next.closed();
}

// The first save of a file keeps what was there as FILE~ and writes a new file; later saves of
// the document leave FILE~ alone and update a .clusterscope file in place (the same file, only
// what changed written).
TEST_F(DocumentTest, TheFirstSaveKeepsABackupAndLaterSavesUpdateInPlace)
{
    const QString path = dir.filePath(u("ws.clusterscope"));
    ASSERT_TRUE(cs::saveWorkspace(doc->workspace(), path).ok); // as another session left it
    QString report;
    ASSERT_TRUE(doc->openFile(path, &report)) << report.toStdString();
    const double original = doc->observation(u("s-2023"))->value;
    auto inode = [&] {
        struct stat st {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : ino_t(0);
    };
    const auto opened = inode();

    QString error;
    ASSERT_TRUE(editShare(40));
    ASSERT_TRUE(doc->save(&error)) << error.toStdString();
    EXPECT_NE(inode(), opened) << "the first save writes a new file";
    EXPECT_DOUBLE_EQ(cs::readWorkspaceFile(path + u("~")).workspace.observation(u("s-2023"))->value, original);
    const auto saved = inode();

    ASSERT_TRUE(editShare(41));
    ASSERT_TRUE(doc->save(&error)) << error.toStdString();
    EXPECT_EQ(inode(), saved) << "a later save updates the file in place";
    EXPECT_DOUBLE_EQ(cs::readWorkspaceFile(path).workspace.observation(u("s-2023"))->value, 41);
    EXPECT_DOUBLE_EQ(cs::readWorkspaceFile(path + u("~")).workspace.observation(u("s-2023"))->value, original);
    EXPECT_EQ(cs::readWorkspaceFile(path).workspace, doc->workspace());
    EXPECT_FALSE(doc->isModified());

    // Saved as another file and back: this document's own earlier save does not replace FILE~.
    const QString other = dir.filePath(u("other.clusterscope"));
    ASSERT_TRUE(doc->saveAs(other, &error)) << error.toStdString();
    ASSERT_TRUE(editShare(42));
    ASSERT_TRUE(doc->saveAs(path, &error)) << error.toStdString();
    EXPECT_DOUBLE_EQ(cs::readWorkspaceFile(path + u("~")).workspace.observation(u("s-2023"))->value, original);

    // Another program changes the file; overwriting its version keeps that version as FILE~.
    Workspace theirs = doc->workspace();
    theirs.title.en = u("Changed by another program");
    ASSERT_TRUE(cs::saveWorkspace(theirs, path, false).ok);
    answers = {Document::Answer::Yes};
    ASSERT_TRUE(editShare(43));
    ASSERT_TRUE(doc->save(&error)) << error.toStdString();
    EXPECT_EQ(cs::readWorkspaceFile(path + u("~")).workspace.title.en, u("Changed by another program"));
    EXPECT_DOUBLE_EQ(cs::readWorkspaceFile(path).workspace.observation(u("s-2023"))->value, 43);
}
