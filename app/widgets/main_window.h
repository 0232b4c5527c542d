// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chart_model.h"
#include "render/chart_export.h"
#include "render/chart_renderer.h"
#include "import/table_import.h"
#include "model/workspace.h"

#include <QByteArray>
#include <QMainWindow>
#include <QMessageBox>
#include <QTranslator>
#include <optional>
#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QTableWidget;
class QTextBrowser;
class QToolBar;
class QDockWidget;
class QFileSystemWatcher;
class QTimer;
class QUndoStack;
class QUndoView;

namespace cs {

class ChartView;
class WorkspaceBrowser;
struct NewValueFields;

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

    // Adds (before empty) or replaces a chart definition as one undoable step, then shows it.
    void pushChart(const std::optional<ChartSpec> &before, const ChartSpec &after);

    // Exports the chart on screen (with the user's series and style choices) through the same
    // path as the command line. False and *error on failure; no file is left behind.
    bool exportCurrentChart(const QString &path, const ExportOptions &options, QString *error);
    void copyChart();

    // Imports a data file (CSV, TSV, XLSX) with detected settings, read on a worker thread, and
    // merges it into the workspace as one step. False and *error ("FILE:LINE:COLUMN: message")
    // on failure, and the workspace is then untouched (*error empty when the user cancelled).
    bool importFile(const QString &path, QString *error);
    const Workspace &workspace() const { return m_ws; }

    // Editing. Every edit is a command on undoStack(); the chart and the table follow at once.
    QUndoStack *undoStack() const { return m_undo; }
    // Edits a cell of the observation table: column 1 the period (canonical text, empty for
    // none), 2 the value (a number, optionally after a qualifier: > >= ~ < <=), 3 the source id.
    // An edit that does not parse or breaks the workspace's rules at that observation is refused:
    // false, *error says why, and nothing is stored.
    bool editCell(int row, int column, const QString &text, QString *error = nullptr);
    // Replaces the observation with the same id, after validation, as one undoable step.
    bool replaceObservation(const Observation &after, QString *error = nullptr);
    // The observation a table row shows (empty for a computed value or no such row).
    QString observationIdAt(int row) const;
    // The text a cell's editor starts with (the raw value, period or source id).
    static constexpr int kEditRole = Qt::UserRole + 2;
    // Adding and removing values, editing quotes, indicators and sources (value_editing.cpp).
    // Each is one undoable step; an edit that does not parse or breaks a rule of the workspace
    // is refused: false, *error says why, and nothing is stored.
    bool addValue(const NewValueFields &fields, QString *error = nullptr);
    bool removeObservation(const QString &observationId, QString *error = nullptr); // undo puts it back in place
    bool editQuote(const QString &observationId, const QString &quote, QString *error = nullptr);
    bool replaceIndicator(const Indicator &after, QString *error = nullptr);
    bool replaceSource(const Source &after, QString *error = nullptr);
    // Adding and removing indicators (with their values) and sources; refused when a rule breaks.
    bool addIndicator(const Indicator &indicator, QString *error = nullptr);
    bool removeIndicator(const QString &id, QString *error = nullptr);
    bool addSource(const Source &source, QString *error = nullptr);
    bool removeSource(const QString &id, QString *error = nullptr);
    // The indicator of the selected row, else the one the chart on screen draws (empty: none).
    QString currentIndicatorId() const;
    QString currentObservationId() const; // the selected row's observation (empty: none)

    // The document: the file it was read from (empty for the embedded workspace or a new one).
    QString documentPath() const { return m_path; }
    void setDocumentPath(const QString &path);
    bool isModified() const;
    void newWorkspace();                                      // asks first about unsaved changes
    bool openFile(const QString &path, QString *report = nullptr); // *report: the file's problems, one per line
    bool save(QString *error = nullptr);                      // Save As when there is no file yet
    bool saveAs(const QString &path, QString *error = nullptr);
    QStringList recentFiles() const;

    // Autosave: writes the recovery file when there are unsaved changes (every 30 s and on each edit).
    bool autosaveNow();
    // Offers to restore unsaved work left by a crash; true when a workspace was restored.
    bool checkRecovery();

    // Questions to the user go through ask(), so tests can answer them. The handler returns
    // Save / Discard / Cancel for UnsavedChanges and Yes / No for the others.
    enum class Prompt { UnsavedChanges, RestoreRecovery, OverwriteChangedFile };
    using PromptHandler = std::function<QMessageBox::StandardButton(Prompt, const QString &text)>;
    void setPromptHandler(PromptHandler handler) { m_prompt = std::move(handler); }
    // Asks about unsaved changes; false when the user cancels (or a save fails).
    bool maybeSave();

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
    virtual QMessageBox::StandardButton ask(Prompt prompt, const QString &text);
    void editCellInteractive(int row, int column, const QString &text);
    void workspaceChanged(); // after an undo or redo: rebuild what shows the workspace
    void loadDocument(Workspace ws, const QString &path, bool modified);
    void updateTitle();
    void retranslateUndo();
    void openDialog();
    bool saveAsDialog();
    void addRecentFile(const QString &path);
    void fillRecentMenu();
    void watchFile();
    QByteArray fileHash(const QString &path) const;
    void createValueActions(); // value_editing.cpp
    void createChartActions(); // chart_editing.cpp
    void createCatalogueActions(); // catalogue_editing.cpp
    void retranslateCatalogueActions();
    bool changeCatalogue(const Workspace &after, const QString &text, QString *error);
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
    void editRefused(const QString &error);

    friend class CellDelegate;

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

    QUndoStack *m_undo = nullptr;
    QAction *m_editChart = nullptr;
    QAction *m_addIndicator = nullptr;
    QAction *m_removeIndicator = nullptr;
    QAction *m_addSource = nullptr;
    QAction *m_removeSource = nullptr;
    QAction *m_newChart = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_path;
    bool m_recovered = false; // restored from a recovery file: unsaved until saved
    QByteArray m_diskHash;    // the file's contents when we last read or wrote it
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_autosave = nullptr;
    PromptHandler m_prompt;
    QAction *m_addValue = nullptr;
    QAction *m_removeValue = nullptr;
    QAction *m_editQuote = nullptr;
    QAction *m_editIndicator = nullptr;
    QAction *m_editSource = nullptr;
};

} // namespace cs
