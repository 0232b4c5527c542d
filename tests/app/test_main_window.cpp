// SPDX-License-Identifier: GPL-3.0-or-later
// The window a user sees: it opens on sei-gdp-share, switches language at run time, and keeps
// the chart, the table and the source panel in step.
#include "widgets/chart_view.h"
#include "default_workspace.h"
#include "widgets/main_window.h"
#include "testutils.h"
#include "widgets/workspace_browser.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>
#include <QTimer>
#include <QTemporaryDir>
#include <QDropEvent>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QMenuBar>
#include <QTableView>
#include "widgets/observation_table_model.h"
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>
#include <memory>

using cs::ChartModel;
using cs::ChartPoint;
using cs::ChartView;
using cs::Lang;
using cs::LoadResult;
using cs::PointRef;
using cs::WorkspaceBrowser;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

// The fixture is named after the suite; the window under test is cs::MainWindow.
class MainWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const LoadResult r = cs::readWorkspace(cs::defaultWorkspaceJson());
        ASSERT_TRUE(r.isUsable());
        window = std::make_unique<cs::MainWindow>(r.workspace);
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        settle();
    }

    void TearDown() override { window.reset(); }

    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

    void language(Lang lang)
    {
        window->setLanguage(lang);
        settle(); // LanguageChange events are posted
    }

    QStringList menuTitles() const
    {
        QStringList out;
        for (QAction *a : window->menuBar()->actions())
            out << a->text().remove(QLatin1Char('&'));
        return out;
    }

    int selectedRow() const
    {
        const QModelIndexList rows = window->table()->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().row() : -1;
    }

    // The table row showing a model point.
    int rowOf(PointRef ref) const
    {
        const ChartModel &m = window->chartView()->chart();
        const ChartPoint &p = m.series[ref.series].points[ref.point];
        for (int r = 0; r < window->tableModel()->rowCount(); ++r) {
            if (window->tableModel()->index(r, 0).data().toString() == m.series[ref.series].name
                && window->tableModel()->index(r, 1).data().toString().startsWith(m.categories.value(p.category)))
                return r;
        }
        return -1;
    }

    std::unique_ptr<cs::MainWindow> window;
};

} // namespace

TEST_F(MainWindow, IsTitledClusterscopeInBothLanguages)
{
    language(Lang::En);
    EXPECT_EQ(window->windowTitle(), u("Clusterscope"));
    language(Lang::Zh);
    EXPECT_EQ(window->windowTitle(), u("Clusterscope"));
}

TEST_F(MainWindow, OpensOnSeiGdpShare)
{
    EXPECT_EQ(window->currentSpec().id, u("sei-gdp-share"));
    EXPECT_EQ(window->chartView()->chart().id, u("sei-gdp-share"));
}

TEST_F(MainWindow, TableHoldsExactlyTheThreeObservationsOfTheChart)
{
    EXPECT_EQ(window->tableModel()->rowCount(), 3);
    EXPECT_EQ(window->chartView()->chart().visiblePoints().size(), 3);
}

TEST_F(MainWindow, LanguageSwitchChangesMenusAndChartTitle)
{
    language(Lang::En);
    EXPECT_EQ(window->chartView()->chart().title, u("Strategic emerging industries: share of GDP"));
    EXPECT_TRUE(menuTitles().contains(u("View"))) << menuTitles().join(u(", ")).toStdString();
    language(Lang::Zh);
    EXPECT_EQ(window->chartView()->chart().title, u("战略性新兴产业增加值占GDP比重"));
    const QStringList zh = menuTitles(); // "视图(&V)"
    bool hasView = false;
    for (const QString &t : zh)
        hasView = hasView || t.startsWith(u("视图"));
    EXPECT_TRUE(hasView) << zh.join(u(", ")).toStdString();
    language(Lang::En);
    EXPECT_TRUE(menuTitles().contains(u("View"))) << "back to English: " << menuTitles().join(u(", ")).toStdString();
}

// Qt's own texts follow the window's language too: a Chinese window never offers "OK" and
// "Cancel" (Debian's qt6-translations-l10n).
TEST_F(MainWindow, DialogButtonsAreInTheWindowsLanguage)
{
    language(Lang::Zh);
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        EXPECT_EQ(box.button(QDialogButtonBox::Ok)->text(), QString::fromUtf8("确定"));
        EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QString::fromUtf8("取消"));
    }
    language(Lang::En);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
}

TEST_F(MainWindow, SelectingATableRowSelectsItsBarAndShowsItsSource)
{
    language(Lang::Zh);
    ASSERT_EQ(window->tableModel()->rowCount(), 3);
    window->table()->selectRow(1);
    settle();
    const PointRef ref = window->chartView()->selectedPoint();
    ASSERT_TRUE(ref.isValid());
    EXPECT_EQ(rowOf(ref), 1);
    const ChartModel &m = window->chartView()->chart();
    EXPECT_EQ(m.series[ref.series].points[ref.point].valueLabel, u("41.1"));
    EXPECT_EQ(window->chartView()->selectedPlottables().size(), 1);
    const QString panel = window->sourcePanel()->toPlainText();
    EXPECT_TRUE(panel.contains(u("41.1"))) << panel.toStdString();
    EXPECT_TRUE(panel.contains(u("2022年"))) << panel.toStdString(); // the period, not only the quote
    EXPECT_TRUE(panel.contains(u("深圳战略性新兴产业增加值达"))) << panel.toStdString(); // the quote
}

TEST_F(MainWindow, ArrowKeySelectionMovesTheTableSelection)
{
    window->table()->selectRow(1);
    settle();
    window->chartView()->moveSelection(1);
    settle();
    EXPECT_EQ(selectedRow(), 2);
    EXPECT_EQ(rowOf(window->chartView()->selectedPoint()), 2);
    QTest::keyClick(window->chartView(), Qt::Key_Left);
    settle();
    EXPECT_EQ(selectedRow(), 1);
}

TEST_F(MainWindow, ClickingABarSelectsItsTableRow)
{
    const ChartModel &m = window->chartView()->chart();
    for (int p = 0; p < 3; ++p) {
        const PointRef ref{0, p};
        const std::optional<QPointF> pos = window->chartView()->pointPosition(ref);
        ASSERT_TRUE(pos.has_value()) << "point " << p;
        EXPECT_EQ(window->chartView()->pointAt(*pos), ref) << "point " << p;
        QTest::mouseClick(window->chartView(), Qt::LeftButton, Qt::NoModifier, pos->toPoint());
        settle();
        EXPECT_EQ(window->chartView()->selectedPoint(), ref) << "point " << p;
        EXPECT_EQ(selectedRow(), rowOf(ref)) << "point " << p << " " << m.series[0].points[p].valueLabel.toStdString();
        EXPECT_GE(selectedRow(), 0);
    }
}

TEST_F(MainWindow, HoveringTheYearToDateBarSaysYearToDate)
{
    language(Lang::Zh);
    const std::optional<QPointF> pos = window->chartView()->pointPosition(PointRef{0, 2});
    ASSERT_TRUE(pos.has_value());
    const QString tip = window->chartView()->tooltipAt(*pos);
    EXPECT_TRUE(tip.contains(u("年初至今"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u("42.5"))) << tip.toStdString();
}

TEST_F(MainWindow, BrowserFilterMatchesChineseAndEnglishNames)
{
    for (Lang lang : {Lang::Zh, Lang::En}) {
        language(lang);
        WorkspaceBrowser *b = window->browser();
        b->setFilterText(QString());
        const int all = b->visibleRowCount();
        b->setFilterText(u("GDP"));
        const int gdp = b->visibleRowCount();
        EXPECT_GT(gdp, 0);
        EXPECT_LT(gdp, all);
        b->setFilterText(u("深圳"));
        EXPECT_GT(b->visibleRowCount(), 0) << "深圳";
        b->setFilterText(u("Huawei"));
        EXPECT_GT(b->visibleRowCount(), 0) << "Huawei";
        b->setFilterText(QString());
        EXPECT_EQ(b->visibleRowCount(), all);
    }
}

TEST_F(MainWindow, ShowingTheHiddenSeriesAddsItsRowsToTheTable)
{
    const ChartModel &m = window->chartView()->chart();
    ASSERT_EQ(m.series.size(), 2);
    ASSERT_FALSE(m.series[1].visible);
    const QString key = m.series[1].key;
    emit window->chartView()->seriesToggled(key);
    settle();
    EXPECT_TRUE(window->chartView()->chart().series[1].visible);
    EXPECT_GT(window->tableModel()->rowCount(), 3);
    EXPECT_EQ(window->tableModel()->rowCount(), window->chartView()->chart().visiblePoints().size());
    emit window->chartView()->seriesToggled(key);
    settle();
    EXPECT_EQ(window->tableModel()->rowCount(), 3);
}

TEST_F(MainWindow, ClickingTheLegendEntryOfTheHiddenSeriesShowsIt)
{
    ChartView *view = window->chartView();
    const QString key = view->chart().series.value(1).key;
    QCPLegend *legend = nullptr;
    for (QCPLayoutElement *e : view->plotLayout()->elements(true)) {
        if (auto *l = qobject_cast<QCPLegend *>(e))
            legend = l;
    }
    ASSERT_NE(legend, nullptr);
    int index = -1;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (view->legendSeriesKey(i) == key)
            index = i;
    }
    ASSERT_GE(index, 0) << "no legend entry for the hidden series";
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, legend->item(index)->rect().center());
    settle();
    EXPECT_TRUE(window->chartView()->chart().series.value(1).visible);
    EXPECT_GT(window->tableModel()->rowCount(), 3);
}

// A file dropped on the window: a workspace is opened, a data file opens the import dialog on it
// (here cancelled), as a file given on the command line does.
TEST_F(MainWindow, ADroppedWorkspaceOpensAndADroppedDataFileOpensTheImportDialog)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    window->setPromptHandler([](cs::MainWindow::Prompt, const QString &) { return QMessageBox::Discard; });
    auto drop = [&](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        EXPECT_TRUE(enter.isAccepted()) << path.toStdString();
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &dropped);
    };

    cs::Workspace other = cs::readWorkspace(cs::defaultWorkspaceJson()).workspace;
    other.title.en = u("Dropped workspace");
    const QString workspace = dir.filePath(u("dropped.clusterscope"));
    ASSERT_TRUE(cs::saveWorkspace(other, workspace).ok);
    drop(workspace);
    QTRY_COMPARE(window->document()->path(), QFileInfo(workspace).absoluteFilePath());
    EXPECT_EQ(window->document()->workspace().title.en, u("Dropped workspace"));

    const QString csv = cs::test::writeFileIn(dir, u("data.csv"), "region,year,value\nNorth,2023,1.5\n");
    QString dialogTitle;
    QTimer::singleShot(0, [&] {
        // The drop opens the dialog after it returns: close it as soon as it shows.
        QTimer *poll = new QTimer(window.get());
        QObject::connect(poll, &QTimer::timeout, [&, poll] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialogTitle = modal->metaObject()->className();
                static_cast<QDialog *>(modal)->reject();
                poll->stop();
            }
        });
        poll->start(20);
    });
    drop(csv);
    QTRY_VERIFY_WITH_TIMEOUT(!dialogTitle.isEmpty(), cs::test::waitMs(5000));
    EXPECT_EQ(dialogTitle, u("cs::ImportDialog"));
    EXPECT_EQ(window->document()->path(), QFileInfo(workspace).absoluteFilePath()) << "a cancelled import changes nothing";
}
