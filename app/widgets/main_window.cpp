// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/main_window.h"

#include "document/background_job.h"
#include "query/workspace_queries.h"
#include "widgets/chart_view.h"
#include "widgets/observation_table_model.h"
#include "widgets/source_panel.h"
#include "widgets/workspace_browser.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace cs {

MainWindow::MainWindow(Workspace workspace, const QString &path, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_doc = new Document(std::move(workspace), this);
    m_doc->setPath(path);
    createActions();
    createLayout();
    connectDocument();
    m_lang = systemLanguage();
    restoreSettings(); // may change the language
    m_spec = initialChart(this->workspace(), m_doc->path());
    setLanguage(m_lang);
}

MainWindow::~MainWindow()
{
    // The document (a child) outlives this destructor's body: its undo stack empties itself as
    // the children go and must not call back into a half-destroyed window.
    m_doc->undoStack()->disconnect(this);
    m_doc->disconnect(this);
}

Lang MainWindow::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Lang::Zh : Lang::En;
}

void MainWindow::connectDocument()
{
    m_doc->setPromptHandler([this](Prompt prompt, const QString &text) {
        switch (ask(prompt, text)) {
        case QMessageBox::Save: return Document::Answer::Save;
        case QMessageBox::Discard: return Document::Answer::Discard;
        case QMessageBox::Yes: return Document::Answer::Yes;
        case QMessageBox::No: return Document::Answer::No;
        default: return Document::Answer::Cancel;
        }
    });
    m_doc->setJobHandler([this](BackgroundJob *job, const QString &label) { showJob(job, label); });
    connect(m_doc, &Document::changed, this, &MainWindow::documentChanged);
    connect(m_doc, &Document::loaded, this, &MainWindow::documentLoaded);
    connect(m_doc, &Document::chartChanged, this, [this](const QString &id) { showChart(workspace().chart(id) ? id : m_spec.id); });
    connect(m_doc, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::pathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::opened, this, &MainWindow::addRecentFile);
    connect(m_doc, &Document::saved, this, &MainWindow::addRecentFile);
    connect(m_doc, &Document::message, this, [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_doc, &Document::changedOnDisk, this, [this](const QString &reason) { statusBar()->showMessage(reason, 10000); });
}

// A job's progress, after a moment, in a window-modal dialog whose Cancel stops the job.
void MainWindow::showJob(BackgroundJob *job, const QString &label)
{
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("backgroundProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setMinimumDuration(300);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    connect(job, &BackgroundJob::progressChanged, progress, [progress](int value, int minimum, int maximum) {
        progress->setRange(minimum, maximum);
        progress->setValue(value);
    });
    connect(job, &QObject::destroyed, progress, &QObject::deleteLater);
    connect(job, &BackgroundJob::finished, progress, &QWidget::hide);
}

void MainWindow::createActions()
{
    createFileActions();
    m_undoAction = m_doc->undoStack()->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_doc->undoStack()->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    // After the stack's own update of the texts: the same texts, translated.
    connect(m_doc->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUndo);
    connect(m_doc->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUndo);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_import = new QAction(this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importDialog);
    m_extract = new QAction(this);
    m_extract->setObjectName(QStringLiteral("extractAction"));
    connect(m_extract, &QAction::triggered, this, &MainWindow::extractDialog);
    m_export = new QAction(this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportDialog);
    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, &MainWindow::copyChart);
    m_pasteData = new QAction(this);
    m_pasteData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteData, &QAction::triggered, this, &MainWindow::pasteData);

    auto *languages = new QActionGroup(this);
    m_zh = new QAction(QStringLiteral("中文"), languages);
    m_en = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : {m_zh, m_en})
        a->setCheckable(true);
    connect(m_zh, &QAction::triggered, this, [this] { setLanguage(Lang::Zh); });
    connect(m_en, &QAction::triggered, this, [this] { setLanguage(Lang::En); });

    m_styleGroup = new QActionGroup(this);
    m_asDefined = new QAction(m_styleGroup);
    m_asBars = new QAction(m_styleGroup);
    m_asLines = new QAction(m_styleGroup);
    for (QAction *a : {m_asDefined, m_asBars, m_asLines})
        a->setCheckable(true);
    m_asDefined->setChecked(true);
    connect(m_styleGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        m_options.style = a == m_asBars ? std::optional(SeriesStyle::Bars)
                        : a == m_asLines ? std::optional(SeriesStyle::Line) : std::nullopt;
        rebuildChart();
    });
    m_shareView = new QAction(this);
    m_shareView->setCheckable(true);
    connect(m_shareView, &QAction::toggled, this, [this](bool on) {
        m_options.shareView = on;
        rebuildChart();
    });
    m_resetView = new QAction(this);
    m_resetView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_new, m_open});
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addActions({m_save, m_saveAs});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_extract);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copy);
    m_editMenu->addAction(m_pasteData);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions({m_zh, m_en});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_asDefined, m_asBars, m_asLines});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_shareView, m_resetView});
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_about, m_aboutQt});
}

void MainWindow::createLayout()
{
    setAcceptDrops(true); // a workspace or a data file dropped on the window: openOrImport()
    m_browser = new WorkspaceBrowser(this);
    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("chart"));
    connect(m_resetView, &QAction::triggered, m_chart, &ChartView::resetView);

    m_chartBar = new QToolBar(this);
    m_chartBar->setObjectName(QStringLiteral("chartBar"));
    m_chartListLabel = new QLabel(this);
    m_chartList = new QComboBox(this);
    m_chartList->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chartBar->addWidget(m_chartListLabel);
    m_chartBar->addWidget(m_chartList);
    m_chartBar->addSeparator();
    m_chartBar->addActions({m_asDefined, m_asBars, m_asLines});
    m_chartBar->addSeparator();
    m_chartBar->addActions({m_shareView, m_resetView});
    connect(m_chartList, &QComboBox::activated, this, [this](int index) {
        showChart(m_chartList->itemData(index).toString());
    });

    m_table = new QTableView(this);
    m_tableModel = new ObservationTableModel(m_doc, this);
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegate(new CellDelegate(m_doc, this));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onTableSelection);
    // Stored once the editor has closed: storing rebuilds the table.
    connect(m_tableModel, &ObservationTableModel::editRequested, this, &MainWindow::editCellInteractive, Qt::QueuedConnection);
    m_source = new QTextBrowser(this);
    m_source->setOpenExternalLinks(false);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_chartBar);
    centreLayout->addWidget(m_chart, 1);

    m_bottomSplitter = new QSplitter(Qt::Horizontal, this);
    m_bottomSplitter->addWidget(m_table);
    m_bottomSplitter->addWidget(m_source);
    m_bottomSplitter->setStretchFactor(0, 3);
    m_bottomSplitter->setStretchFactor(1, 2);
    m_centreSplitter = new QSplitter(Qt::Vertical, this);
    m_centreSplitter->addWidget(centre);
    m_centreSplitter->addWidget(m_bottomSplitter);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 1);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_browser);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({340, 1060});
    m_centreSplitter->setSizes({560, 240});
    for (QSplitter *s : {m_mainSplitter, m_centreSplitter, m_bottomSplitter})
        s->setChildrenCollapsible(false);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_bottomSplitter->setObjectName(QStringLiteral("bottomSplitter"));
    setCentralWidget(m_mainSplitter);

    m_undoView = new QUndoView(m_doc->undoStack(), this);
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_historyDock->toggleViewAction());

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_chart, &ChartView::pointActivated, this, &MainWindow::onPointActivated);
    connect(m_chart, &ChartView::seriesToggled, this, &MainWindow::toggleSeries);
    connect(m_browser, &WorkspaceBrowser::indicatorChosen, this,
            [this](const QString &id) { showSpec(indicatorChartSpec(workspace(), id)); });
    connect(m_browser, &WorkspaceBrowser::taxonomyNodeChosen, this, &MainWindow::showTaxonomyNode);
    connect(m_browser, &WorkspaceBrowser::subjectChosen, this, &MainWindow::showSubject);
    connect(m_browser, &WorkspaceBrowser::subjectsChosen, this, &MainWindow::showSubjects);
    createValueActions();
    createChartActions();
    createCatalogueActions();
    resize(1400, 900);
}

void MainWindow::setLanguage(Lang lang)
{
    m_lang = lang;
    m_doc->setLanguage(lang);
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (lang == Lang::Zh && m_translator.load(QStringLiteral(":/i18n/clusterscope_zh_CN.qm")))
        QCoreApplication::installTranslator(&m_translator);
    // Qt's own texts (OK, Cancel, Yes, No in dialogs) from Debian's qt6-translations-l10n.
    if (lang == Lang::Zh && m_qtTranslator.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    (lang == Lang::Zh ? m_zh : m_en)->setChecked(true);
    retranslate(); // also runs on the LanguageChange event; doing it here covers English, where no event comes
    m_browser->setWorkspace(&workspace(), lang);
    rebuildChart();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::retranslate()
{
    updateTitle();
    retranslateFileActions();
    retranslateUndo();
    m_historyDock->setWindowTitle(tr("History"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_import->setText(tr("&Import…"));
    m_extract->setText(tr("E&xtract from text…"));
    m_export->setText(tr("&Export…"));
    m_copy->setText(tr("&Copy chart"));
    m_pasteData->setText(tr("&Paste data…"));
    retranslateValueActions();
    retranslateChartActions();
    retranslateCatalogueActions();
    m_asDefined->setText(tr("As defined"));
    m_asDefined->setToolTip(tr("Draw each series as its chart definition says"));
    m_asBars->setText(tr("Bars"));
    m_asBars->setToolTip(tr("Draw every series of a time series as bars"));
    m_asLines->setText(tr("Lines"));
    m_asLines->setToolTip(tr("Draw every series of a time series as lines"));
    m_shareView->setText(tr("Share of total"));
    m_shareView->setToolTip(tr("Show a breakdown as shares of its published total"));
    m_resetView->setText(tr("Reset view"));
    m_resetView->setToolTip(tr("Undo zooming and panning (double-click the chart)"));
    m_about->setText(tr("&About Clusterscope"));
    m_aboutQt->setText(tr("About &Qt"));
    m_chartListLabel->setText(tr("Chart: "));
    m_tableModel->headerDataChanged(Qt::Horizontal, 0, 3);
    m_chartList->setPlaceholderText(tr("Chart from the browser"));
    const QString current = m_chartList->currentData().toString();
    m_chartList->clear();
    for (const ChartSpec &c : workspace().charts)
        m_chartList->addItem(c.title.text(m_lang), c.id);
    m_chartList->setCurrentIndex(m_chartList->findData(m_spec.id.isEmpty() ? current : m_spec.id));
}

ChartSpec MainWindow::initialChart(const Workspace &ws, const QString &path)
{
    const QString remembered = QSettings().value(QStringLiteral("view/lastCharts")).toMap().value(path).toString();
    if (const ChartSpec *spec = ws.chart(remembered))
        return *spec;
    if (!ws.charts.isEmpty())
        return ws.charts.first();
    if (!ws.indicators.isEmpty())
        return indicatorChartSpec(ws, ws.indicators.first().id);
    return {};
}

void MainWindow::showChart(const QString &chartId)
{
    if (const ChartSpec *spec = workspace().chart(chartId))
        showSpec(*spec);
    else
        showSpec(initialChart(workspace(), m_doc->path()));
}

void MainWindow::showSpec(const ChartSpec &spec)
{
    m_spec = spec;
    m_options = {};
    m_asDefined->setChecked(true);
    m_shareView->blockSignals(true);
    m_shareView->setChecked(false);
    m_shareView->blockSignals(false);
    m_chartList->setCurrentIndex(m_chartList->findData(spec.id));
    rebuildChart();
}

void MainWindow::rebuildChart()
{
    const bool timeSeries = m_spec.kind == ChartKind::TimeSeries;
    for (QAction *a : {m_asDefined, m_asBars, m_asLines})
        a->setEnabled(timeSeries);
    m_shareView->setEnabled(m_spec.kind == ChartKind::Breakdown && m_spec.query.scope == BreakdownScope::Parts);
    m_model = buildChartModel(workspace(), m_spec, m_lang, m_options);
    m_chart->setChart(m_model);
    m_syncing = true;
    m_tableModel->setChart(&m_model, m_lang);
    m_table->resizeColumnsToContents();
    m_syncing = false;
    showSource({});
    const int points = int(m_model.visiblePoints().size());
    m_statusLabel->setText(m_model.isEmpty() ? m_model.emptyMessage
                                             : points == 1 ? tr("%1 · 1 value · %2").arg(m_model.title, m_model.sourceLine)
                                                           : tr("%1 · %2 values · %3").arg(m_model.title).arg(points).arg(m_model.sourceLine));
}

void MainWindow::onTableSelection()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const PointRef ref = rows.isEmpty() ? PointRef() : m_tableModel->pointAt(rows.first().row());
    m_chart->selectPoint(ref);
    showSource(ref);
}

void MainWindow::onPointActivated(PointRef ref)
{
    m_syncing = true;
    m_table->clearSelection();
    if (const int row = m_tableModel->rowOf(ref); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_tableModel->index(row, 0));
    }
    m_syncing = false;
    showSource(ref);
}

void MainWindow::showSource(PointRef ref)
{
    const bool valid = ref.isValid() && ref.series < m_model.series.size() && ref.point < m_model.series[ref.series].points.size();
    const std::optional<Observation> o = valid ? m_doc->observation(m_model.series[ref.series].points[ref.point].observationId) : std::nullopt;
    m_source->setHtml(SourcePanelText::forPoint(workspace(), o ? &*o : nullptr, m_model, ref, m_lang));
}

void MainWindow::toggleSeries(const QString &key)
{
    bool visible = false;
    for (const ChartSeries &s : m_model.series) {
        if (s.key == key)
            visible = s.visible;
    }
    m_options.shownSeries.remove(key);
    m_options.hiddenSeries.remove(key);
    (visible ? m_options.hiddenSeries : m_options.shownSeries).insert(key);
    rebuildChart();
}

void MainWindow::showTaxonomyNode(const QString &nodeId)
{
    if (const std::optional<ChartSpec> spec = taxonomyNodeChartSpec(workspace(), nodeId)) {
        showSpec(*spec);
        return;
    }
    // A cluster without data says so: an empty chart with the reason.
    ChartSpec empty;
    empty.id = QStringLiteral("node:") + nodeId;
    empty.kind = ChartKind::Breakdown;
    empty.title = workspace().taxonomy.find(nodeId).name;
    empty.query.scope = BreakdownScope::Indicators;
    showSpec(empty);
    m_model.emptyMessage = tr("No data yet for %1 in this workspace").arg(empty.title.text(m_lang));
    m_chart->setChart(m_model);
    m_statusLabel->setText(m_model.emptyMessage);
}

void MainWindow::showSubject(const QString &subjectId)
{
    const Subject *subject = workspace().subject(subjectId);
    if (!subject)
        return;
    // The subject's figures side by side when it has comparable ones (one measure, unit and
    // period); the panel lists all its indicators.
    m_source->setHtml(SourcePanelText::forSubject(workspace(), *subject, m_lang));
    if (const std::optional<ChartSpec> spec = subjectChartSpec(workspace(), subjectId)) {
        showSpec(*spec);
    } else if (const QString panel = panelIndicatorFor(subjectId); !panel.isEmpty()) {
        // A panel's economy over time. The browser keeps showing the other subjects, to Ctrl+click
        // one more and compare.
        showSpec(indicatorChartSpec(workspace(), panel, {subjectId}));
        return;
    }
    m_browser->setFilterText(subject->name.text(m_lang));
}

void MainWindow::showSubjects(const QStringList &subjectIds)
{
    // Lines of one panel indicator, one per subject; the browser keeps its filter and selection.
    if (const QString panel = panelIndicatorFor(subjectIds.value(0)); !panel.isEmpty())
        showSpec(indicatorChartSpec(workspace(), panel, subjectIds));
}

QString MainWindow::panelIndicatorFor(const QString &subjectId) const
{
    const Workspace &ws = workspace();
    auto isPanel = [&](const QString &id) {
        const Indicator *ind = ws.indicator(id);
        return ind && ind->subject.isEmpty();
    };
    if (m_spec.kind == ChartKind::TimeSeries && !m_spec.series.isEmpty() && isPanel(m_spec.series.first().indicator))
        return m_spec.series.first().indicator;
    const int subject = ws.observations.keyOf(subjectId);
    for (int i = 0; subject >= 0 && i < ws.observations.size(); ++i) // the first panel value of the subject
        if (ws.observations.subjectKey(i) == subject && isPanel(ws.observations.indicator(i)))
            return ws.observations.indicator(i);
    return QString();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Clusterscope"),
                       tr("<h3>Clusterscope %1</h3>"
                          "<p>Regional industry indicators and the clusters behind them, every number traced to its source.</p>"
                          "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
                          "Clusterscope uses Qt and QCustomPlot (GPL-3.0).</p>")
                           .arg(QStringLiteral(CLUSTERSCOPE_VERSION)));
}

bool MainWindow::exportCurrentChart(const QString &path, const ExportOptions &options, QString *error)
{
    return exportChart(workspace(), m_spec, m_options, options, path, error);
}

void MainWindow::copyChart()
{
    ExportOptions options;
    options.lang = m_lang;
    copyChartToClipboard(buildChartModel(workspace(), m_spec, m_lang, m_options), options);
    statusBar()->showMessage(tr("Chart copied as an image and as SVG"), 3000);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_centreSplitter->restoreState(settings.value(QStringLiteral("window/centreSplitter")).toByteArray());
    m_bottomSplitter->restoreState(settings.value(QStringLiteral("window/bottomSplitter")).toByteArray());
    const QString lang = settings.value(QStringLiteral("view/language")).toString();
    if (lang == QLatin1String("zh") || lang == QLatin1String("en"))
        m_lang = lang == QLatin1String("zh") ? Lang::Zh : Lang::En;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/centreSplitter"), m_centreSplitter->saveState());
    settings.setValue(QStringLiteral("window/bottomSplitter"), m_bottomSplitter->saveState());
    settings.setValue(QStringLiteral("view/language"), langCode(m_lang));
    if (workspace().chart(m_spec.id)) { // remembered for this file (the embedded workspace: "")
        QVariantMap charts = settings.value(QStringLiteral("view/lastCharts")).toMap();
        charts.insert(m_doc->path(), m_spec.id);
        settings.setValue(QStringLiteral("view/lastCharts"), charts);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_doc->maybeSave()) {
        event->ignore();
        return;
    }
    m_doc->closed(); // a normal exit: saved or discarded
    saveSettings();
    event->accept();
}

void MainWindow::retranslateUndo()
{
    const QString undo = undoStack()->undoText();
    const QString redo = undoStack()->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::updateTitle()
{
    const bool modified = m_doc->isModified();
    if (m_doc->path().isEmpty()) {
        setWindowFilePath(QString());
        setWindowTitle(modified ? tr("[*]Clusterscope") : tr("Clusterscope"));
    } else {
        setWindowFilePath(m_doc->path());
        setWindowTitle(tr("[*]%1 — Clusterscope").arg(QFileInfo(m_doc->path()).fileName()));
    }
    setWindowModified(modified);
}

void MainWindow::documentLoaded()
{
    m_browser->setWorkspace(&workspace(), m_lang); // another workspace: the whole tree
    retranslate(); // the list of charts
    showSpec(initialChart(workspace(), m_doc->path()));
    updateTitle();
}

void MainWindow::documentChanged()
{
    // Only the rows of the indicators whose values changed, unless the catalogue changed.
    const bool catalogueChanged = m_browser->workspaceChanged();
    // The chart on screen follows the workspace: a chart definition is read again by id.
    const ChartSpec shown = m_spec;
    if (const ChartSpec *spec = workspace().chart(m_spec.id))
        m_spec = *spec;
    retranslate(); // the list of charts
    const QModelIndex current = m_table->currentIndex();
    const QString selected = current.isValid() ? observationIdAt(current.row()) : QString();
    const int column = std::max(0, current.column());
    rebuildChart();
    // The edited value stays selected, so the user sees it change.
    for (int row = 0; !selected.isEmpty() && row < m_tableModel->rowCount(); ++row) {
        if (observationIdAt(row) == selected) {
            m_table->setCurrentIndex(m_tableModel->index(row, column));
            break;
        }
    }
    // The value actions follow the selected value, the catalogue and the chart's indicator: with
    // no value selected and those unchanged, an edit of values changes none of them (the Edit
    // menu updates them as it opens, and each checks again when triggered). Asking the Document
    // for no value after an edit costs a rebuild of its index of ids: 0.7 s at a million values.
    if (!selected.isEmpty() || catalogueChanged || !(m_spec == shown))
        updateValueActions();
}

QString MainWindow::observationIdAt(int row) const { return m_tableModel->observationIdAt(row); }

} // namespace cs
