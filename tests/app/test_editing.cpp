// SPDX-License-Identifier: GPL-3.0-or-later
// Editing in the window: every edit is an undoable command, refused edits store nothing, files
// are opened and saved through the File menu, and unsaved work survives a crash.
#include "dialogs/chart_editor.h"
#include "widgets/chart_view.h"
#include "default_workspace.h"
#include "widgets/main_window.h"
#include "testutils.h"
#include "model/unit.h"
#include "query/validation.h"
#include "dialogs/value_dialogs.h"
#include "persist/workspace_file.h"
#include "workspace_fixture.h"
#include "persist/workspace_json.h"
#include "query/workspace_queries.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QUndoStack>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include "widgets/observation_table_model.h"
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>
#include <algorithm>
#include <QScreen>
#include <gtest/gtest.h>
#include <memory>

using cs::MainWindow;
using cs::Observation;
using cs::Workspace;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

const char *const kShareObs = "obs-sei-gdp-share-2019-xinhua";
const char *const kCsv = "region,indicator,period,value,unit\n"
                         "Testville,Widgets made,2022,120,万个\nTestville,Widgets made,2023,135,万个\n";

class EditingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Recovery files live under AppDataLocation: a location of this test's own, since ctest
        // runs the app tests in parallel.
        m_appName = QCoreApplication::applicationName();
        const ::testing::TestInfo *info = ::testing::UnitTest::GetInstance()->current_test_info();
        QCoreApplication::setApplicationName(QStringLiteral("ClusterscopeEditing-%1-%2-%3")
                                                 .arg(u(info->test_suite_name()), u(info->name()))
                                                 .arg(QCoreApplication::applicationPid()));
        clearAppData();
        const cs::LoadResult r = cs::readWorkspace(cs::defaultWorkspaceJson());
        ASSERT_TRUE(r.isUsable());
        embedded = r.workspace;
        window = newWindow();
        ASSERT_TRUE(dir.isValid());
    }

    void TearDown() override
    {
        window.reset();
        clearAppData();
        QCoreApplication::setApplicationName(m_appName);
    }

    static void clearAppData()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    std::unique_ptr<MainWindow> newWindow()
    {
        auto w = std::make_unique<MainWindow>(embedded);
        w->setLanguage(cs::Lang::En);
        w->setPromptHandler([this](MainWindow::Prompt p, const QString &text) {
            prompts.append(p);
            promptTexts.append(text);
            return answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
        });
        w->showSpec(cs::indicatorChartSpec(w->workspace(), u("sei-gdp-share")));
        QApplication::processEvents();
        return w;
    }

    int rowOf(const QString &observationId) const
    {
        for (int row = 0; row < window->tableModel()->rowCount(); ++row) {
            if (window->observationIdAt(row) == observationId)
                return row;
        }
        return -1;
    }

    Observation obs(const char *id) const
    {
        const std::optional<Observation> o = window->workspace().observation(u(id));
        EXPECT_TRUE(o);
        return o ? *o : Observation();
    }

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(u(name));
        EXPECT_TRUE(cs::test::writeFile(path, bytes));
        return path;
    }

    QByteArray saved() const { return cs::writeWorkspace(window->workspace()); }

    // Edits, then checks undo → the bytes before, redo → the bytes after.
    void expectUndoRedoIdentical(const std::function<bool()> &edit)
    {
        const QByteArray before = saved();
        ASSERT_TRUE(edit());
        ASSERT_EQ(window->undoStack()->count(), 1);
        const QByteArray after = saved();
        EXPECT_NE(before, after);
        window->undoStack()->undo();
        EXPECT_EQ(saved(), before);
        window->undoStack()->redo();
        EXPECT_EQ(saved(), after);
        window->undoStack()->undo();
        window->undoStack()->redo();
        EXPECT_EQ(saved(), after);
    }

    Workspace embedded;
    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;
    QList<MainWindow::Prompt> prompts;
    QStringList promptTexts;
    QList<QMessageBox::StandardButton> answers;

private:
    QString m_appName;
};

class Undo : public EditingTest {};
class RefusedEdit : public EditingTest {};
class FileMenu : public EditingTest {};
class Autosave : public EditingTest {};
class Recovery : public EditingTest {};

} // namespace

TEST_F(Undo, EditMenuHasUndoAndRedoWithStandardShortcuts)
{
    QMenu *edit = window->menuBar()->actions().at(1)->menu();
    ASSERT_NE(edit, nullptr);
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    for (QAction *a : edit->actions()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
        if (a->shortcut() == QKeySequence(QKeySequence::Redo))
            redo = a;
    }
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_FALSE(undo->isEnabled());
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().startsWith(u("&Undo"))) << undo->text().toStdString();
    undo->trigger();
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 37.7);
    EXPECT_TRUE(redo->isEnabled());
    redo->trigger();
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 38.2);
}

TEST_F(Undo, ValueEditUndoRedoSavesByteIdentical)
{
    expectUndoRedoIdentical([&] { return window->editCell(rowOf(u(kShareObs)), 2, u("38.2")); });
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 38.2);
}

TEST_F(Undo, QualifierEditUndoRedoSavesByteIdentical)
{
    expectUndoRedoIdentical([&] { return window->editCell(rowOf(u(kShareObs)), 2, u("~37.7")); });
    EXPECT_EQ(obs(kShareObs).qualifier, cs::Qualifier::About);
}

TEST_F(Undo, PeriodEditUndoRedoSavesByteIdentical)
{
    expectUndoRedoIdentical([&] { return window->editCell(rowOf(u(kShareObs)), 1, u("2018")); });
    EXPECT_EQ(obs(kShareObs).period.toString(), u("2018"));
}

TEST_F(Undo, SourceEditUndoRedoSavesByteIdentical)
{
    QString other;
    for (const cs::Source &s : window->workspace().sources) {
        if (s.id != obs(kShareObs).source)
            other = s.id;
    }
    ASSERT_FALSE(other.isEmpty());
    expectUndoRedoIdentical([&] { return window->editCell(rowOf(u(kShareObs)), 3, other); });
    EXPECT_EQ(obs(kShareObs).source, other);
}

TEST_F(Undo, ImportUndoRedoSavesByteIdentical)
{
    const QString path = write("widgets.csv", kCsv);
    expectUndoRedoIdentical([&] {
        QString error;
        const bool ok = window->importFile(path, &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    });
    window->undoStack()->undo();
    EXPECT_EQ(window->workspace(), embedded);
}

TEST_F(Undo, EditedValueUpdatesChartAndTableAtOnce)
{
    const int row = rowOf(u(kShareObs));
    ASSERT_GE(row, 0);
    ASSERT_TRUE(window->editCell(row, 2, u("38.2")));
    bool found = false;
    for (const cs::ChartSeries &s : window->chartView()->chart().series) {
        for (const cs::ChartPoint &p : s.points) {
            if (p.observationId == u(kShareObs)) {
                found = true;
                EXPECT_DOUBLE_EQ(p.value, 38.2);
            }
        }
    }
    EXPECT_TRUE(found);
    const int after = rowOf(u(kShareObs));
    ASSERT_GE(after, 0);
    EXPECT_TRUE(window->tableModel()->index(after, 2).data().toString().contains(u("38.2"))) << window->tableModel()->index(after, 2).data().toString().toStdString();
    EXPECT_EQ(window->tableModel()->index(after, 2).data(MainWindow::kEditRole).toString(), u("38.2"));
    window->undoStack()->undo();
    EXPECT_TRUE(window->tableModel()->index(rowOf(u(kShareObs)), 2).data().toString().contains(u("37.7")));
}

TEST_F(Undo, OnlyPublishedValuesAreEditable)
{
    const int row = rowOf(u(kShareObs));
    ASSERT_GE(row, 0);
    const QAbstractItemModel *t = window->tableModel();
    EXPECT_FALSE(t->flags(t->index(row, 0)) & Qt::ItemIsEditable);
    for (int c = 1; c <= 3; ++c)
        EXPECT_TRUE(t->flags(t->index(row, c)) & Qt::ItemIsEditable) << c;
}

TEST_F(RefusedEdit, ShareOf140PercentLeavesWorkspaceUnchanged)
{
    const Workspace before = window->workspace();
    QString error;
    EXPECT_FALSE(window->editCell(rowOf(u(kShareObs)), 2, u("140"), &error));
    EXPECT_TRUE(error.contains(u("share"))) << error.toStdString();
    EXPECT_TRUE(window->workspace() == before);
    EXPECT_EQ(window->undoStack()->count(), 0);
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(RefusedEdit, Period2023Q5LeavesWorkspaceUnchanged)
{
    const Workspace before = window->workspace();
    QString error;
    EXPECT_FALSE(window->editCell(rowOf(u(kShareObs)), 1, u("2023-Q5"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(window->workspace() == before);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(RefusedEdit, ValueThatIsNotANumberLeavesWorkspaceUnchanged)
{
    const Workspace before = window->workspace();
    QString error;
    EXPECT_FALSE(window->editCell(rowOf(u(kShareObs)), 2, u("abc"), &error));
    EXPECT_TRUE(error.contains(u("not a number"))) << error.toStdString();
    EXPECT_FALSE(window->editCell(rowOf(u(kShareObs)), 3, u("no-such-source"), &error));
    EXPECT_TRUE(window->workspace() == before);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(FileMenu, HasNewOpenSaveSaveAsAndRecentWithStandardShortcuts)
{
    QMenu *file = window->menuBar()->actions().first()->menu();
    ASSERT_NE(file, nullptr);
    QList<QKeySequence> keys;
    QStringList texts;
    for (QAction *a : file->actions()) {
        keys << a->shortcut();
        texts << a->text();
    }
    for (auto k : {QKeySequence::New, QKeySequence::Open, QKeySequence::Save, QKeySequence::SaveAs})
        EXPECT_TRUE(keys.contains(QKeySequence(k))) << QKeySequence(k).toString().toStdString();
    EXPECT_TRUE(texts.contains(u("Open &Recent"))) << texts.join(u(", ")).toStdString();
}

TEST_F(FileMenu, TitleShowsFileNameAndUnsavedMark)
{
    EXPECT_EQ(window->windowTitle(), u("Clusterscope"));
    EXPECT_FALSE(window->isWindowModified());
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    EXPECT_TRUE(window->isWindowModified());
    const QString path = dir.filePath(u("mine.json"));
    QString error;
    ASSERT_TRUE(window->document()->saveAs(path, &error)) << error.toStdString();
    EXPECT_EQ(window->windowTitle(), u("[*]mine.json — Clusterscope"));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_EQ(window->windowFilePath(), QFileInfo(path).absoluteFilePath());
    window->undoStack()->undo();
    EXPECT_TRUE(window->isWindowModified());
    window->undoStack()->redo();
    EXPECT_FALSE(window->isWindowModified()); // back at the saved state
}

TEST_F(FileMenu, SaveSaveAsOpenRoundTrip)
{
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    const QString path = dir.filePath(u("a.json"));
    QString error;
    ASSERT_TRUE(window->document()->saveAs(path, &error)) << error.toStdString();
    EXPECT_EQ(cs::test::readFile(path), saved());
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("39")));
    ASSERT_TRUE(window->document()->save(&error)) << error.toStdString();
    EXPECT_EQ(cs::test::readFile(path), saved());
    const QString other = dir.filePath(u("b.json"));
    ASSERT_TRUE(window->document()->saveAs(other, &error)) << error.toStdString();
    EXPECT_EQ(window->document()->path(), QFileInfo(other).absoluteFilePath());

    const Workspace edited = window->workspace();
    window->document()->newWorkspace();
    EXPECT_TRUE(window->workspace().observations.isEmpty());
    EXPECT_TRUE(window->document()->path().isEmpty());
    QString report;
    ASSERT_TRUE(window->document()->openFile(path, &report)) << report.toStdString();
    EXPECT_TRUE(window->workspace() == edited);
    EXPECT_FALSE(window->document()->isModified());
    EXPECT_EQ(window->recentFiles().first(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(window->recentFiles().contains(QFileInfo(other).absoluteFilePath()));
    EXPECT_TRUE(prompts.isEmpty()); // nothing was unsaved
}

TEST_F(FileMenu, RecentFilesKeepsTheLastEight)
{
    QString error;
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(window->document()->saveAs(dir.filePath(QStringLiteral("f%1.json").arg(i)), &error)) << error.toStdString();
    const QStringList recent = window->recentFiles();
    ASSERT_EQ(recent.size(), 8);
    EXPECT_EQ(recent.first(), QFileInfo(dir.filePath(u("f9.json"))).absoluteFilePath());
}

TEST_F(FileMenu, OpenAsksAboutUnsavedChangesAndCancelKeepsThem)
{
    QString error;
    const QString path = dir.filePath(u("a.json"));
    ASSERT_TRUE(window->document()->saveAs(path, &error)) << error.toStdString();
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    answers = {QMessageBox::Cancel};
    EXPECT_FALSE(window->document()->openFile(path));
    ASSERT_EQ(prompts.size(), 1);
    EXPECT_EQ(prompts.first(), MainWindow::Prompt::UnsavedChanges);
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 38.2);
    answers = {QMessageBox::Discard};
    EXPECT_TRUE(window->document()->openFile(path));
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 37.7);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(FileMenu, SaveAnswerSavesBeforeOpening)
{
    QString error;
    const QString path = dir.filePath(u("a.json"));
    ASSERT_TRUE(window->document()->saveAs(path, &error)) << error.toStdString();
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    answers = {QMessageBox::Save};
    const QString other = write("other.json", cs::writeWorkspace(Workspace()));
    EXPECT_TRUE(window->document()->openFile(other));
    const cs::LoadResult r = cs::readWorkspaceFile(path);
    ASSERT_TRUE(r.isUsable());
    EXPECT_DOUBLE_EQ(r.workspace.observation(u(kShareObs))->value, 38.2);
}

// A workspace of `values` observations of one indicator (years 1000 on), saved at `path`.
QString writeLargeWorkspace(const QString &path, int values)
{
    Workspace ws = cs::test::smallWorkspace();
    const QString indicator = ws.observations.first().indicator;
    const QString source = ws.observations.first().source;
    ws.observations.clear();
    ws.charts.clear();
    for (int i = 0; i < values; ++i) {
        Observation o;
        o.id = QStringLiteral("v%1").arg(i);
        o.indicator = indicator;
        o.period = cs::Period::month(1000 + i / 12, i % 12 + 1);
        o.value = i;
        o.source = source;
        o.quote = QStringLiteral("value %1 of a large workspace").arg(i);
        ws.observations.append(o);
    }
    EXPECT_TRUE(cs::test::writeFile(path, cs::writeWorkspace(ws)));
    return path;
}

TEST_F(FileMenu, OpeningALargeWorkspaceKeepsTheWindowResponsive)
{
    const QString path = writeLargeWorkspace(dir.filePath(u("large.json")), 60000);
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(1);
    QString report;
    ASSERT_TRUE(window->document()->openFile(path, &report)) << report.toStdString();
    timer.stop();
    EXPECT_GT(ticks, 0); // the event loop ran while the file was read on another thread
    EXPECT_EQ(window->workspace().observations.size(), 60000);
}

TEST_F(FileMenu, CancellingAnOpenLeavesTheWorkspaceAsItWas)
{
    const QString path = writeLargeWorkspace(dir.filePath(u("large.json")), 60000);
    const Workspace before = window->workspace();
    // Press Cancel as soon as the progress dialog exists (it shows itself after a moment).
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *progress = window->findChild<QProgressDialog *>(u("backgroundProgress")))
            if (auto *cancel = progress->findChild<QPushButton *>())
                cancel->click();
    });
    timer.start(1);
    QString report;
    EXPECT_FALSE(window->document()->openFile(path, &report));
    timer.stop();
    EXPECT_TRUE(report.isEmpty()) << report.toStdString(); // no warning for the user's own cancel
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u("cancelled")));
    EXPECT_TRUE(window->workspace() == before);
    EXPECT_NE(window->document()->path(), QFileInfo(path).absoluteFilePath());
}

TEST_F(FileMenu, OpenRefusesAnInvalidFileWithItsLocation)
{
    const QString path = write("bad.json", "{\"format\": \"clusterscope-workspace\",\n  oops");
    const Workspace before = window->workspace();
    QString report;
    EXPECT_FALSE(window->document()->openFile(path, &report));
    EXPECT_TRUE(report.startsWith(path + u(":"))) << report.toStdString();
    EXPECT_TRUE(window->workspace() == before);
}

TEST_F(FileMenu, AsksBeforeOverwritingAFileChangedOnDisk)
{
    QString error;
    const QString path = dir.filePath(u("a.json"));
    ASSERT_TRUE(window->document()->saveAs(path, &error)) << error.toStdString();
    const QByteArray theirs = cs::writeWorkspace(Workspace());
    ASSERT_TRUE(cs::test::writeFile(path, theirs)); // another program
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    answers = {QMessageBox::No};
    EXPECT_FALSE(window->document()->save(&error));
    ASSERT_EQ(prompts.size(), 1);
    EXPECT_EQ(prompts.first(), MainWindow::Prompt::OverwriteChangedFile);
    EXPECT_EQ(cs::test::readFile(path), theirs);
    EXPECT_TRUE(window->document()->isModified());
    answers = {QMessageBox::Yes};
    EXPECT_TRUE(window->document()->save(&error)) << error.toStdString();
    EXPECT_EQ(cs::test::readFile(path), saved());
    EXPECT_TRUE(window->document()->save(&error)); // our own save is not "changed by another program"
    EXPECT_EQ(prompts.size(), 2);
}

TEST_F(Autosave, EditWritesRecoveryFileAndSaveRemovesIt)
{
    EXPECT_TRUE(cs::pendingRecoveries().isEmpty());
    EXPECT_FALSE(window->document()->autosaveNow()); // nothing unsaved
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    const QList<cs::RecoveryFile> pending = cs::pendingRecoveries();
    ASSERT_EQ(pending.size(), 1);
    EXPECT_TRUE(pending.first().documentPath.isEmpty());
    Workspace recovered;
    ASSERT_TRUE(cs::readRecovery(pending.first(), &recovered));
    EXPECT_TRUE(recovered == window->workspace());
    QString error;
    ASSERT_TRUE(window->document()->saveAs(dir.filePath(u("a.json")), &error)) << error.toStdString();
    EXPECT_TRUE(cs::pendingRecoveries().isEmpty());
}

TEST_F(Autosave, CloseWithDiscardRemovesRecoveryFile)
{
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    ASSERT_EQ(cs::pendingRecoveries().size(), 1);
    answers = {QMessageBox::Cancel};
    EXPECT_FALSE(window->close());
    EXPECT_EQ(cs::pendingRecoveries().size(), 1);
    answers = {QMessageBox::Discard};
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(cs::pendingRecoveries().isEmpty());
}

TEST_F(Recovery, RestoresUnsavedEditAfterSimulatedCrash)
{
    QString error;
    const QString path = dir.filePath(u("mine.json"));
    ASSERT_TRUE(window->document()->saveAs(path, &error)) << error.toStdString();
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    ASSERT_TRUE(window->document()->autosaveNow());
    const Workspace edited = window->workspace();
    std::unique_ptr<MainWindow> crashed = std::move(window); // the crash: never closed

    window = newWindow();
    answers = {QMessageBox::Yes};
    ASSERT_TRUE(window->document()->checkRecovery());
    ASSERT_EQ(prompts.size(), 1);
    EXPECT_EQ(prompts.first(), MainWindow::Prompt::RestoreRecovery);
    EXPECT_TRUE(promptTexts.first().contains(QFileInfo(path).absoluteFilePath())) << promptTexts.first().toStdString();
    EXPECT_TRUE(window->workspace() == edited);
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 38.2);
    EXPECT_TRUE(window->document()->isModified());
    EXPECT_EQ(window->document()->path(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(window->windowTitle(), u("[*]mine.json — Clusterscope"));
    ASSERT_TRUE(window->document()->save(&error)) << error.toStdString();
    EXPECT_TRUE(cs::pendingRecoveries().isEmpty());
    EXPECT_DOUBLE_EQ(cs::readWorkspaceFile(path).workspace.observation(u(kShareObs))->value, 38.2);
    crashed.reset();
}

TEST_F(Recovery, RestoresUntitledWorkspace)
{
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    std::unique_ptr<MainWindow> crashed = std::move(window);
    window = newWindow();
    answers = {QMessageBox::Yes};
    ASSERT_TRUE(window->document()->checkRecovery());
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 38.2);
    EXPECT_TRUE(window->document()->path().isEmpty());
    EXPECT_TRUE(window->isWindowModified());
    crashed.reset();
}

TEST_F(Recovery, DecliningDiscardsTheRecoveryFile)
{
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    window = newWindow();
    answers = {QMessageBox::No};
    EXPECT_FALSE(window->document()->checkRecovery());
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 37.7);
    EXPECT_TRUE(cs::pendingRecoveries().isEmpty());
    EXPECT_FALSE(window->document()->checkRecovery());
    EXPECT_EQ(prompts.size(), 1);
}

TEST_F(Recovery, NothingToRestoreAsksNothing)
{
    EXPECT_FALSE(window->document()->checkRecovery());
    EXPECT_TRUE(prompts.isEmpty());
}

TEST_F(Undo, TypingInTheValueCellEditsThroughTheUndoStack)
{
    window->show();
    QApplication::processEvents();
    QTableView *t = window->table();
    const int row = rowOf(u(kShareObs));
    ASSERT_GE(row, 0);
    t->setCurrentIndex(t->model()->index(row, 2));
    t->edit(t->model()->index(row, 2));
    QApplication::processEvents();
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), u("37.7")); // the raw value, not "37.7%"
    editor->setText(u("38.2"));
    QTest::keyClick(editor, Qt::Key_Return);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 38.2);
    EXPECT_EQ(window->undoStack()->count(), 1);
    EXPECT_EQ(window->observationIdAt(t->currentIndex().row()), u(kShareObs)); // still selected

    // A refused value: nothing stored, the cell keeps its value.
    t->edit(t->model()->index(rowOf(u(kShareObs)), 2));
    QApplication::processEvents();
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    editor->setText(u("140"));
    QTest::keyClick(editor, Qt::Key_Return);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    EXPECT_DOUBLE_EQ(obs(kShareObs).value, 38.2);
    EXPECT_EQ(window->undoStack()->count(), 1);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u("share"))) << window->statusBar()->currentMessage().toStdString();
}

TEST_F(Undo, HistoryViewIsInTheViewMenu)
{
    QMenu *view = window->menuBar()->actions().at(2)->menu();
    ASSERT_NE(view, nullptr);
    QAction *history = nullptr;
    for (QAction *a : view->actions()) {
        if (a->text() == u("History"))
            history = a;
    }
    ASSERT_NE(history, nullptr);
    auto *dock = window->findChild<QDockWidget *>(u("historyDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->findChild<QUndoView *>() != nullptr);
}

TEST_F(Autosave, UndoingBackToTheSavedStateRemovesRecoveryFile)
{
    ASSERT_TRUE(window->editCell(rowOf(u(kShareObs)), 2, u("38.2")));
    ASSERT_EQ(cs::pendingRecoveries().size(), 1);
    window->undoStack()->undo();
    EXPECT_TRUE(cs::pendingRecoveries().isEmpty());
    window->undoStack()->redo();
    EXPECT_EQ(cs::pendingRecoveries().size(), 1);
}

// ---- Adding and removing values, quotes, indicators and sources ----------------------------

namespace {

const char *const kShareIndicator = "sei-gdp-share";

qsizetype indexOf(const Workspace &ws, const QString &id)
{
    for (qsizetype i = 0; i < ws.observations.size(); ++i) {
        if (ws.observations[i].id == id)
            return i;
    }
    return -1;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

} // namespace

TEST_F(Undo, AddValueUndoRedoSavesByteIdentical)
{
    const QString source = obs(kShareObs).source;
    const qsizetype count = window->workspace().observations.size();
    expectUndoRedoIdentical([&] {
        QString error;
        const bool ok = window->document()->addValue({u(kShareIndicator), u("2010"), u("~30.5"), source, u("a quote")}, &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    });
    EXPECT_EQ(window->workspace().observations.size(), count + 1);
    std::optional<Observation> added;
    for (const Observation &o : window->workspace().observations) {
        if (o.indicator == u(kShareIndicator) && o.period.toString() == u("2010"))
            added = o;
    }
    ASSERT_TRUE(added);
    EXPECT_DOUBLE_EQ(added->value, 30.5);
    EXPECT_EQ(added->qualifier, cs::Qualifier::About);
    EXPECT_EQ(added->quote, u("a quote"));
    EXPECT_GE(rowOf(added->id), 0); // the table shows it at once
    window->undoStack()->undo();
    EXPECT_TRUE(window->workspace() == embedded);
}

TEST_F(Undo, RemoveValueUndoRedoSavesByteIdentical)
{
    expectUndoRedoIdentical([&] { return window->document()->removeObservation(u(kShareObs)); });
    EXPECT_FALSE(window->workspace().observation(u(kShareObs)));
    EXPECT_LT(rowOf(u(kShareObs)), 0);
}

TEST_F(Undo, RemovingThenUndoingRestoresTheValueAtTheSamePosition)
{
    const qsizetype index = indexOf(window->workspace(), u(kShareObs));
    ASSERT_GE(index, 0);
    const QByteArray before = saved();
    ASSERT_TRUE(window->document()->removeObservation(u(kShareObs)));
    EXPECT_LT(indexOf(window->workspace(), u(kShareObs)), 0);
    window->undoStack()->undo();
    EXPECT_EQ(indexOf(window->workspace(), u(kShareObs)), index);
    EXPECT_EQ(saved(), before);
    EXPECT_TRUE(window->workspace() == embedded);
    EXPECT_GE(rowOf(u(kShareObs)), 0);
}

TEST_F(Undo, DeleteKeyRemovesTheSelectedValue)
{
    window->show();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTableView *t = window->table();
    t->setFocus();
    t->setCurrentIndex(t->model()->index(rowOf(u(kShareObs)), 1));
    QApplication::processEvents();
    QTest::keyClick(t, Qt::Key_Delete);
    QApplication::processEvents();
    EXPECT_FALSE(window->workspace().observation(u(kShareObs)));
    EXPECT_EQ(window->undoStack()->count(), 1);
    window->undoStack()->undo();
    EXPECT_TRUE(window->workspace() == embedded);
}

TEST_F(Undo, EditMenuAndTableContextMenuHaveValueActions)
{
    QMenu *edit = window->menuBar()->actions().at(1)->menu();
    ASSERT_NE(edit, nullptr);
    for (const char *text : {"Add value…", "Remove value", "Edit quote…", "Edit indicator…", "Edit source…"}) {
        QAction *a = actionNamed(edit, u(text));
        ASSERT_NE(a, nullptr) << text;
        EXPECT_TRUE(window->table()->actions().contains(a)) << text;
    }
    EXPECT_EQ(actionNamed(edit, u("Remove value"))->shortcut(), QKeySequence(QKeySequence::Delete));
    window->table()->setCurrentIndex(window->tableModel()->index(rowOf(u(kShareObs)), 1));
    EXPECT_EQ(window->currentIndicatorId(), u(kShareIndicator));
    EXPECT_TRUE(actionNamed(edit, u("Remove value"))->isEnabled());
    EXPECT_TRUE(actionNamed(edit, u("Edit source…"))->isEnabled());
}

TEST_F(Undo, QuoteEditUndoRedoSavesByteIdentical)
{
    expectUndoRedoIdentical([&] { return window->document()->editQuote(u(kShareObs), u("A corrected quote.")); });
    EXPECT_EQ(obs(kShareObs).quote, u("A corrected quote."));
}

TEST_F(Undo, IndicatorEditUndoRedoSavesByteIdentical)
{
    cs::Indicator ind = *window->workspace().indicator(u(kShareIndicator));
    ind.name.en = u("Share of GDP from strategic emerging industries");
    ind.name.zh = u("战略性新兴产业占GDP比重");
    expectUndoRedoIdentical([&] {
        QString error;
        const bool ok = window->document()->replaceIndicator(ind, &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    });
    EXPECT_EQ(window->workspace().indicator(u(kShareIndicator))->name.en, ind.name.en);
}

TEST_F(Undo, SourceEditUndoRedoSavesByteIdenticalForTheSourceItself)
{
    cs::Source src = *window->workspace().source(obs(kShareObs).source);
    src.publisher = u("A corrected publisher");
    src.confidence = cs::Confidence::Secondary;
    src.note = u("checked again");
    expectUndoRedoIdentical([&] {
        QString error;
        const bool ok = window->document()->replaceSource(src, &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    });
    EXPECT_EQ(window->workspace().source(src.id)->publisher, src.publisher);
}

TEST_F(RefusedEdit, AddedShareOf140PercentLeavesWorkspaceUnchanged)
{
    QString error;
    EXPECT_FALSE(window->document()->addValue({u(kShareIndicator), u("2010"), u("140"), obs(kShareObs).source, {}}, &error));
    EXPECT_TRUE(error.contains(u("share"))) << error.toStdString();
    EXPECT_TRUE(window->workspace() == embedded);
    EXPECT_EQ(window->undoStack()->count(), 0);
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(RefusedEdit, AddedPeriod2023Q5LeavesWorkspaceUnchanged)
{
    QString error;
    EXPECT_FALSE(window->document()->addValue({u(kShareIndicator), u("2023-Q5"), u("30"), obs(kShareObs).source, {}}, &error));
    EXPECT_TRUE(error.contains(u("2023-Q5"))) << error.toStdString();
    EXPECT_TRUE(window->workspace() == embedded);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(RefusedEdit, AddedValueThatIsNotANumberLeavesWorkspaceUnchanged)
{
    QString error;
    EXPECT_FALSE(window->document()->addValue({u(kShareIndicator), u("2010"), u("abc"), obs(kShareObs).source, {}}, &error));
    EXPECT_TRUE(error.contains(u("not a number"))) << error.toStdString();
    EXPECT_FALSE(window->document()->addValue({u(kShareIndicator), u("2010"), u("30"), u("no-such-source"), {}}, &error));
    EXPECT_FALSE(window->document()->addValue({u("no-such-indicator"), u("2010"), u("30"), obs(kShareObs).source, {}}, &error));
    EXPECT_TRUE(window->workspace() == embedded);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(RefusedEdit, AddedDuplicateOfAPublishedValueLeavesWorkspaceUnchanged)
{
    const Observation &o = obs(kShareObs);
    QString error;
    EXPECT_FALSE(window->document()->addValue({o.indicator, o.period.toString(), u("30"), o.source, {}}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(window->workspace() == embedded);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(RefusedEdit, UnitYiYuanForAShareIndicatorLeavesWorkspaceUnchanged)
{
    cs::Indicator ind = *window->workspace().indicator(u(kShareIndicator));
    ind.unit = u("yi-yuan");
    QString error;
    EXPECT_FALSE(window->document()->replaceIndicator(ind, &error));
    EXPECT_TRUE(error.contains(u("“100 million yuan” does not fit a share")) || error.contains(u("\"100 million yuan\" does not fit a share"))) << error.toStdString(); // worded for people, in the window's language
    EXPECT_TRUE(window->workspace() == embedded);
    EXPECT_EQ(window->undoStack()->count(), 0);
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(RefusedEdit, SourceWithABadDateLeavesWorkspaceUnchanged)
{
    cs::Source src = *window->workspace().source(obs(kShareObs).source);
    src.date = u("yesterday");
    QString error;
    EXPECT_FALSE(window->document()->replaceSource(src, &error));
    EXPECT_TRUE(error.contains(u("date"))) << error.toStdString();
    EXPECT_TRUE(window->workspace() == embedded);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(RefusedEdit, RemovingAnUnknownValueChangesNothing)
{
    QString error;
    EXPECT_FALSE(window->document()->removeObservation(u("no-such-value"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(window->workspace() == embedded);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST(ValueDialogs, DialogsReturnWhatWasTyped)
{
    const cs::LoadResult r = cs::readWorkspace(cs::defaultWorkspaceJson());
    ASSERT_TRUE(r.isUsable());
    const Workspace &ws = r.workspace;
    cs::AddValueDialog add(ws, u(kShareIndicator), cs::Lang::En);
    EXPECT_EQ(add.fields().indicator, u(kShareIndicator));
    EXPECT_TRUE(add.fields().source.isEmpty()); // never preselected: the user says where the figure comes from
    const cs::Indicator *ind = ws.indicator(u(kShareIndicator));
    ASSERT_NE(ind, nullptr);
    cs::IndicatorDialog indDialog(*ind, cs::Lang::En);
    EXPECT_TRUE(indDialog.indicator() == *ind);
    cs::SourceDialog srcDialog(ws.sources.first(), cs::Lang::En);
    EXPECT_TRUE(srcDialog.source() == ws.sources.first());
}

// ---- Chart definitions from the window --------------------------------------------------------

TEST_F(Undo, NewChartFromTheViewIsOneUndoableStepAndShowsTheChart)
{
    window->showSpec(cs::indicatorChartSpec(window->workspace(), u("sei-added-value")));
    const QByteArray before = saved();
    const int charts = int(window->workspace().charts.size());
    const cs::ChartSpec spec = cs::chartSpecFromSelection(window->workspace(), window->currentSpec(), u("SEI added value"));
    window->document()->pushChart(std::nullopt, spec);
    ASSERT_EQ(window->workspace().charts.size(), charts + 1);
    EXPECT_EQ(window->currentSpec().id, spec.id);
    EXPECT_NE(window->chartList()->findData(spec.id), -1); // listed above the chart
    EXPECT_TRUE(cs::validate(window->workspace()).isEmpty());
    const QByteArray after = saved();
    window->undoStack()->undo();
    EXPECT_EQ(saved(), before);
    EXPECT_EQ(window->chartList()->findData(spec.id), -1);
    window->undoStack()->redo();
    EXPECT_EQ(saved(), after);
}

TEST_F(Undo, EditingAChartTitleIsOneUndoableStep)
{
    window->showChart(u("sei-gdp-share"));
    const QByteArray before = saved();
    cs::ChartSpec edited = *window->workspace().chart(u("sei-gdp-share"));
    edited.title.zh = u("深圳战略性新兴产业占GDP比重");
    window->document()->pushChart(*window->workspace().chart(u("sei-gdp-share")), edited);
    EXPECT_EQ(window->workspace().chart(u("sei-gdp-share"))->title.zh, edited.title.zh);
    window->undoStack()->undo();
    EXPECT_EQ(saved(), before);
}

// ---- Indicators and sources added and removed ------------------------------------------------

TEST_F(Undo, AddingAndRemovingAnIndicatorAreUndoableSteps)
{
    const QByteArray before = saved();
    cs::Indicator fresh;
    fresh.id = u("shenzhen-population");
    fresh.name = {u("深圳常住人口"), u("Shenzhen resident population")};
    fresh.subject = u("shenzhen");
    fresh.unit = u("wan-person");
    fresh.measure = cs::Measure::Level;
    QString error;
    ASSERT_TRUE(window->document()->addIndicator(fresh, &error)) << error.toStdString();
    EXPECT_NE(window->workspace().indicator(fresh.id), nullptr);
    window->undoStack()->undo();
    EXPECT_EQ(saved(), before);
    window->undoStack()->redo();
    // Removing an indicator no chart draws takes its values with it, and undo brings both back.
    ASSERT_TRUE(window->document()->removeIndicator(u("hanno-ecmo-patents"), &error)) << error.toStdString();
    EXPECT_EQ(window->workspace().indicator(u("hanno-ecmo-patents")), nullptr);
    for (const cs::Observation &o : window->workspace().observations)
        EXPECT_NE(o.indicator, u("hanno-ecmo-patents"));
    window->undoStack()->undo();
    window->undoStack()->undo();
    EXPECT_EQ(saved(), before);
}

TEST_F(RefusedEdit, RemovingAnIndicatorAChartDrawsOrASourceValuesCiteIsRefused)
{
    const QByteArray before = saved();
    const int steps = window->undoStack()->count();
    QString error;
    EXPECT_FALSE(window->document()->removeIndicator(u("sei-gdp-share"), &error)); // charts draw it
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(window->document()->removeSource(u("xinhua-2023-11-shenzhen-sei"), &error)); // 34 values cite it
    EXPECT_FALSE(error.isEmpty());
    cs::Source duplicate;
    duplicate.id = u("apppk-2019-01-19");
    duplicate.title = u("again");
    EXPECT_FALSE(window->document()->addSource(duplicate, &error)); // the id is taken
    EXPECT_EQ(saved(), before);
    EXPECT_EQ(window->undoStack()->count(), steps);
}

TEST_F(Undo, AddingAndRemovingASourceAreUndoableSteps)
{
    const QByteArray before = saved();
    cs::Source fresh;
    fresh.id = u("nbs-2024-bulletin");
    fresh.title = u("深圳市2023年国民经济和社会发展统计公报");
    fresh.confidence = cs::Confidence::Primary;
    QString error;
    ASSERT_TRUE(window->document()->addSource(fresh, &error)) << error.toStdString();
    ASSERT_TRUE(window->document()->removeSource(fresh.id, &error)) << error.toStdString(); // nothing cites it yet
    window->undoStack()->undo();
    EXPECT_NE(window->workspace().source(fresh.id), nullptr);
    window->undoStack()->undo();
    EXPECT_EQ(saved(), before);
}

// ---- A new user: two figures of a news sentence into a new workspace -------------------------

namespace {

// Fills the Add value form as a user would: a new indicator (and subject, by name) or an
// existing one, the period and value, and a new source or an existing one.
cs::NewValueFields typeValue(const Workspace &ws, const char *indicatorZh, const char *subject, const char *period,
                             const char *value, const char *sourceTitle)
{
    cs::AddValueDialog d(ws, QString(), cs::Lang::Zh);
    EXPECT_EQ(d.sourceBox()->currentIndex(), -1);
    const int existing = d.indicatorBox()->findText(u(indicatorZh));
    d.indicatorBox()->setCurrentIndex(existing >= 0 ? existing : d.indicatorBox()->findData(cs::AddValueDialog::kNew));
    if (existing < 0) {
        d.newIndicatorForm()->zhEdit()->setText(u(indicatorZh));
        d.newIndicatorForm()->subjectBox()->setEditText(u(subject));
    }
    d.periodEdit()->setText(u(period));
    d.valueEdit()->setText(u(value));
    const int source = d.sourceBox()->findText(u(sourceTitle), Qt::MatchStartsWith);
    d.sourceBox()->setCurrentIndex(source >= 0 ? source : d.sourceBox()->findData(cs::AddValueDialog::kNew));
    if (source < 0) {
        d.newSourceForm()->titleEdit()->setText(u(sourceTitle));
        d.newSourceForm()->publisherEdit()->setText(u(sourceTitle));
    }
    return d.fields();
}

} // namespace

TEST_F(FileMenu, ANewUserTypesTwoFiguresWithANewSubjectAndSourceIntoANewWorkspace)
{
    window->document()->newWorkspace();
    ASSERT_TRUE(window->workspace().indicators.isEmpty());
    QMenu *edit = window->menuBar()->actions().at(1)->menu();
    emit edit->aboutToShow();
    EXPECT_TRUE(actionNamed(edit, u("Add value…"))->isEnabled());

    QString error;
    // As the sentence says them: "2023年前三季度，某市地区生产总值增长5.4％，规模以上工业增加值增长4.1％".
    const cs::NewValueFields gdp = typeValue(window->workspace(), "地区生产总值增长", "某市", "2023年前三季度", "5.4％", "某市统计局");
    ASSERT_TRUE(gdp.newIndicator && gdp.newSubject && gdp.newSource);
    ASSERT_TRUE(window->document()->addValue(gdp, &error)) << error.toStdString();
    EXPECT_EQ(window->undoStack()->count(), 1); // indicator, subject, source and value: one step
    window->showAddedValue(gdp.indicator, cs::Period::parseInput(gdp.period)); // as Add value… does
    EXPECT_EQ(window->currentSpec().id, u("indicator:") + gdp.indicator); // alone: its series
    const cs::NewValueFields industry = typeValue(window->workspace(), "规模以上工业增加值增长", "某市", "2023年前三季度", "4.1％", "某市统计局");
    EXPECT_FALSE(industry.newSubject.has_value()); // 某市 is known now
    EXPECT_FALSE(industry.newSource.has_value());
    ASSERT_TRUE(window->document()->addValue(industry, &error)) << error.toStdString();
    EXPECT_TRUE(cs::validate(window->workspace()).isEmpty());
    ASSERT_EQ(window->workspace().subjects.size(), 1);
    EXPECT_EQ(window->workspace().subjects.first().name.zh, u("某市"));
    EXPECT_EQ(window->workspace().indicators.size(), 2);

    // The second figure is charted beside the first, with no detour through the chart editor.
    window->showAddedValue(industry.indicator, cs::Period::parseInput(industry.period));
    EXPECT_EQ(window->currentSpec().kind, cs::ChartKind::GrowthComparison);
    const cs::ChartModel &chart = window->chartView()->chart();
    EXPECT_FALSE(chart.isEmpty());
    EXPECT_EQ(chart.title, window->language() == cs::Lang::Zh ? u("某市2023年前三季度") : u("某市, 2023 Q1–Q3"));
    QList<double> values;
    for (const cs::ChartSeries &s : chart.series)
        for (const cs::ChartPoint &p : s.points)
            values << p.value;
    std::sort(values.begin(), values.end());
    EXPECT_EQ(values, (QList<double>{4.1, 5.4}));
    // The table names each row's indicator, as the bars do, not the one series of the comparison.
    const QAbstractItemModel *table = window->tableModel();
    ASSERT_EQ(table->rowCount(), 2);
    const QString first = table->index(0, 0).data().toString(), second = table->index(1, 0).data().toString();
    EXPECT_NE(first, second);
    EXPECT_TRUE(chart.categories.contains(first) && chart.categories.contains(second)) << first.toStdString();
    EXPECT_TRUE(chart.sourceLine.contains(u("某市统计局"))) << chart.sourceLine.toStdString();
    const QString png = dir.filePath(u("gdp.png"));
    cs::ExportOptions options;
    ASSERT_TRUE(window->exportCurrentChart(png, options, &error)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(png).size() > 0);
}

// Opening "New source…" in place grows the form: a dialog near the screen's bottom moves up so
// that its buttons stay on the screen.
TEST_F(FileMenu, TheAddValueFormKeepsItsButtonsOnScreenWhenANewSourceOpens)
{
    cs::AddValueDialog d(window->workspace(), QString(), cs::Lang::Zh);
    d.show();
    QScreen *screen = d.screen();
    ASSERT_NE(screen, nullptr);
    const QRect available = screen->availableGeometry();
    d.move(d.x(), available.bottom() - d.frameGeometry().height()); // bottom edge on the screen's edge
    ASSERT_LE(d.frameGeometry().bottom(), available.bottom());
    d.sourceBox()->setCurrentIndex(d.sourceBox()->findData(cs::AddValueDialog::kNew));
    ASSERT_TRUE(d.newSourceForm()->titleEdit()->isVisibleTo(&d));
    ASSERT_LE(d.frameGeometry().height(), available.height()); // it fits: then it is all on screen
    EXPECT_LE(d.frameGeometry().bottom(), available.bottom());
    EXPECT_GE(d.frameGeometry().top(), available.top());
}

TEST_F(FileMenu, AddIndicatorWithANewSubjectWorks)
{
    window->document()->newWorkspace();
    cs::Indicator fresh;
    fresh.id = u("gdp");
    fresh.name = {u("地区生产总值"), u("GDP")};
    fresh.unit = u("yi-yuan");
    cs::IndicatorDialog d(fresh, cs::Lang::Zh, nullptr, &window->workspace());
    d.form()->subjectBox()->setEditText(u("某市"));
    QString error;
    ASSERT_TRUE(window->document()->addIndicator(d.indicator(), &error, d.newSubject())) << error.toStdString();
    EXPECT_EQ(window->workspace().indicators.first().subject, window->workspace().subjects.first().id);
}
