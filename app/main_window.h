// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_model.h"
#include "chart_export.h"
#include "chart_renderer.h"
#include "table_import.h"
#include "workspace.h"

#include <QMainWindow>
#include <QTranslator>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QTableWidget;
class QTextBrowser;
class QToolBar;

namespace cs {

class ChartView;
class WorkspaceBrowser;

// The main window: the workspace browser on the left, the chart in the centre with the list of
// chart definitions above it, the observation table and the source panel below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Lang language() const { return m_lang; }
    void setLanguage(Lang lang);
    void showChart(const QString &chartId);
    void showSpec(const ChartSpec &spec);

    ChartView *chartView() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QTextBrowser *sourcePanel() const { return m_source; }
    WorkspaceBrowser *browser() const { return m_browser; }
    QComboBox *chartList() const { return m_chartList; }
    const ChartSpec &currentSpec() const { return m_spec; }

    static Lang systemLanguage();

    // Exports the chart on screen (with the user's series and style choices) through the same
    // path as the command line. False and *error on failure; no file is left behind.
    bool exportCurrentChart(const QString &path, const ExportOptions &options, QString *error);
    void copyChart();

    // Imports a data file (CSV, TSV, XLSX) with detected settings and merges it into the
    // workspace as one step. False and *error ("FILE:LINE:COLUMN: message") on failure, and
    // the workspace is then untouched.
    bool importFile(const QString &path, QString *error);
    const Workspace &workspace() const { return m_ws; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void retranslate();
    void rebuildChart();
    void fillTable();
    void showSource(PointRef ref);
    void onTableSelection();
    void onPointActivated(PointRef ref);
    void toggleSeries(const QString &key);
    void showSubject(const QString &subjectId);
    void showTaxonomyNode(const QString &nodeId);
    void showAbout();
    void exportDialog();
    void importDialog();
    bool mergeImported(const TableImportResult &imported, const QString &path, QString *error);
    void restoreSettings();
    void saveSettings() const;

    Workspace m_ws;
    Lang m_lang = Lang::Zh;
    QTranslator m_translator;
    ChartSpec m_spec;
    ChartOptions m_options;
    ChartModel m_model;
    bool m_syncing = false;

    WorkspaceBrowser *m_browser = nullptr;
    ChartView *m_chart = nullptr;
    QComboBox *m_chartList = nullptr;
    QTableWidget *m_table = nullptr;
    QTextBrowser *m_source = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    QSplitter *m_bottomSplitter = nullptr;
    QLabel *m_chartListLabel = nullptr;
    QToolBar *m_chartBar = nullptr;
    QLabel *m_statusLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_zh = nullptr;
    QAction *m_en = nullptr;
    QAction *m_asDefined = nullptr;
    QAction *m_asBars = nullptr;
    QAction *m_asLines = nullptr;
    QAction *m_shareView = nullptr;
    QAction *m_resetView = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QActionGroup *m_styleGroup = nullptr;
};

} // namespace cs
