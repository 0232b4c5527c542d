// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chart_model.h"
#include "document/document.h"
#include "render/chart_export.h"
#include "render/chart_renderer.h"
#include "model/workspace.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QTranslator>
#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolBar;
class QDockWidget;
class QUndoStack;
class QUndoView;

namespace cs {

class ChartView;
class ObservationTableModel;
class WorkspaceBrowser;

// The main window, a view over a Document: the workspace browser on the left, the chart in the
// centre with the list of chart definitions above it, the observation table and the source panel
// below; menus whose actions edit the document.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `path`: the file the workspace was read from (empty for the embedded workspace or a new one).
    explicit MainWindow(Workspace workspace, const QString &path = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_doc; }
    const Workspace &workspace() const { return m_doc->workspace(); }
    QUndoStack *undoStack() const { return m_doc->undoStack(); }

    Lang language() const { return m_lang; }
    void setLanguage(Lang lang);
    void showChart(const QString &chartId);
    void showSpec(const ChartSpec &spec);
    // After a value is added (Add value…): when the chart on screen does not draw its indicator,
    // shows the value beside its subject's comparable figures (subjectChartSpec), or else its
    // indicator's series.
    void showAddedValue(const QString &indicatorId, const Period &period);
    // The chart a workspace opens on: the one remembered for its file, else its first chart,
    // else its first indicator's series (an empty spec only when it has no indicator).
    static ChartSpec initialChart(const Workspace &ws, const QString &path);

    ChartView *chartView() const { return m_chart; }
    QTableView *table() const { return m_table; }
    ObservationTableModel *tableModel() const { return m_tableModel; }
    QTextBrowser *sourcePanel() const { return m_source; }
    WorkspaceBrowser *browser() const { return m_browser; }
    QComboBox *chartList() const { return m_chartList; }
    const ChartSpec &currentSpec() const { return m_spec; }

    static Lang systemLanguage();

    // Exports the chart on screen (with the user's series and style choices) through the same
    // path as the command line. False and *error on failure; no file is left behind.
    bool exportCurrentChart(const QString &path, const ExportOptions &options, QString *error);
    void copyChart();
    // Imports a data file through the document and shows its first indicator.
    bool importFile(const QString &path, QString *error);
    // A file given on the command line or dropped on the window: a workspace is opened (after
    // asking about unsaved changes), any other file opens the import dialog on it.
    void openOrImport(const QString &path);
    // The import dialog on `path`; what it imports is merged into the workspace. `sourceTitle`
    // names a table that is not a file (pasted).
    void importDialogOn(const QString &path, const QString &sourceTitle = {});
    // Edit → Paste data: the clipboard's table (a spreadsheet's or a web page's) in the import
    // dialog, its source "pasted on DATE", editable there.
    void pasteData();
    // File → Extract from text…: the extract dialog over the document; what it accepts is added
    // as one step, and the chart shows its first indicator.
    void extractDialog();

    // Edits a cell of the observation table: column 1 the period, 2 the value (a number,
    // optionally after a qualifier), 3 the source id; refused edits store nothing (*error says why).
    bool editCell(int row, int column, const QString &text, QString *error = nullptr);
    QString observationIdAt(int row) const;
    static constexpr int kEditRole = Qt::UserRole + 2; // the raw text a cell's editor starts with
    // The indicator of the selected row, else the one the chart on screen draws (empty: none).
    QString currentIndicatorId() const;
    QString currentObservationId() const; // the selected row's observation (empty: none)

    QStringList recentFiles() const;
    bool maybeSave() { return m_doc->maybeSave(); }

    // Questions to the user go through ask(), so tests can answer them. The handler returns
    // Save / Discard / Cancel for UnsavedChanges and Yes / No for the others.
    using Prompt = Document::Prompt;
    using PromptHandler = std::function<QMessageBox::StandardButton(Prompt, const QString &text)>;
    void setPromptHandler(PromptHandler handler) { m_prompt = std::move(handler); }

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void connectDocument();
    void retranslate();
    void rebuildChart();
    void showSource(PointRef ref);
    void onTableSelection();
    void onPointActivated(PointRef ref);
    void toggleSeries(const QString &key);
    void showSubject(const QString &subjectId);
    void showSubjects(const QStringList &subjectIds);
    // The panel indicator to draw subjects with: the one on screen, else the first with values of
    // `subjectId`; empty when there is none.
    QString panelIndicatorFor(const QString &subjectId) const;
    void showTaxonomyNode(const QString &nodeId);
    void showAbout();
    void exportDialog();
    void importDialog();
    void restoreSettings();
    void saveSettings() const;
    QMessageBox::StandardButton ask(Prompt prompt, const QString &text);
    void showJob(class BackgroundJob *job, const QString &label);
    void editCellInteractive(int row, int column, const QString &text);
    void documentChanged(); // after an edit, an undo or a redo: rebuild what shows the workspace
    void documentLoaded();
    void updateTitle();
    void retranslateUndo();
    // file_actions.cpp
    void createFileActions();
    void retranslateFileActions();
    void openDialog();
    bool saveInteractive();
    bool saveAsDialog();
    void addRecentFile(const QString &path);
    void fillRecentMenu();
    // value_editing.cpp, catalogue_editing.cpp, chart_editing.cpp
    void createValueActions();
    void createChartActions();
    void createCatalogueActions();
    void retranslateCatalogueActions();
    void retranslateChartActions();
    void editChartDialog();
    void newChartFromView();
    void retranslateValueActions();
    void updateValueActions();
    void addValueDialog();
    void removeSelectedValue();
    void editQuoteDialog();
    void editIndicatorDialog();
    void editSourceDialog();
    void addIndicatorDialog();
    void addSubjectDialog();
    void editRefused(const QString &error);

    Document *m_doc = nullptr;
    Lang m_lang = Lang::Zh;
    QTranslator m_translator;
    QTranslator m_qtTranslator; // Qt's own dialog texts
    ChartSpec m_spec;
    ChartOptions m_options;
    ChartModel m_model;
    bool m_syncing = false;
    PromptHandler m_prompt;

    WorkspaceBrowser *m_browser = nullptr;
    ChartView *m_chart = nullptr;
    QComboBox *m_chartList = nullptr;
    QTableView *m_table = nullptr;
    ObservationTableModel *m_tableModel = nullptr;
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
    QMenu *m_recentMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_import = nullptr;
    QAction *m_extract = nullptr;
    QAction *m_export = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_pasteData = nullptr;
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
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;

    QAction *m_editChart = nullptr;
    QAction *m_newChart = nullptr;
    QAction *m_addIndicator = nullptr;
    QAction *m_removeIndicator = nullptr;
    QAction *m_addSource = nullptr;
    QAction *m_removeSource = nullptr;
    QAction *m_addSubject = nullptr;
    QAction *m_addValue = nullptr;
    QAction *m_removeValue = nullptr;
    QAction *m_editQuote = nullptr;
    QAction *m_editIndicator = nullptr;
    QAction *m_editSource = nullptr;
};

} // namespace cs
