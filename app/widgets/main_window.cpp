// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/main_window.h"
#include "document/background_task.h"

#include "widgets/chart_view.h"
#include "import/data_file.h"
#include "document/edit_commands.h"
#include "dialogs/export_dialog.h"
#include "dialogs/import_dialog.h"
#include "chart/quantity_format.h"
#include "import/text_values.h"
#include "model/unit.h"
#include "query/validation.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "widgets/workspace_browser.h"
#include "query/workspace_queries.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileSystemWatcher>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QUndoView>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace cs {

namespace {
constexpr int kRefRole = Qt::UserRole + 1;
const char *const kDefaultChart = "sei-gdp-share";

constexpr int kMaxRecent = 8;
constexpr int kAutosaveMs = 30000;

QString html(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

// The table's editors: a line edit starting from the raw value or period, a list of the
// workspace's sources. The edit goes to MainWindow::editCell (queued: it rebuilds the table).
class CellDelegate : public QStyledItemDelegate
{
public:
    explicit CellDelegate(MainWindow *window) : QStyledItemDelegate(window), m_window(window) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == 3) {
            auto *box = new QComboBox(parent);
            for (const Source &src : m_window->workspace().sources)
                box->addItem(QStringLiteral("%1 (%2)").arg(sourceShortName(src, m_window->language()), src.id), src.id);
            return box;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QString raw = index.data(MainWindow::kEditRole).toString();
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(box->findData(raw));
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(raw);
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        QString text;
        if (auto *box = qobject_cast<QComboBox *>(editor))
            text = box->currentData().toString();
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            text = line->text();
        else
            return;
        if (text == index.data(MainWindow::kEditRole).toString())
            return;
        const int row = index.row();
        const int column = index.column();
        QPointer<MainWindow> window = m_window;
        QMetaObject::invokeMethod(
            m_window, [window, row, column, text] { if (window) window->editCellInteractive(row, column, text); },
            Qt::QueuedConnection);
    }

private:
    MainWindow *m_window;
};

MainWindow::MainWindow(Workspace workspace, QWidget *parent) : QMainWindow(parent), m_ws(std::move(workspace))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_undo = new QUndoStack(this);
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (path != m_path)
            return;
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
            m_watcher->addPath(path); // a rename over the file drops it from the watch list
        if (fileHash(path) != m_diskHash)
            statusBar()->showMessage(tr("%1 was changed on disk by another program").arg(QFileInfo(path).fileName()), 10000);
    });
    m_autosave = new QTimer(this);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosaveNow);
    m_autosave->start();
    connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        updateTitle();
        if (isModified())
            autosaveNow(); // every edit is structural enough to keep
        else
            removeRecovery(m_path); // undone back to the saved state
    });
    createActions();
    createLayout();
    m_lang = systemLanguage();
    restoreSettings(); // may change the language and the chart
    setLanguage(m_lang);
    if (m_spec.id.isEmpty())
        showChart(QLatin1String(kDefaultChart));
}

MainWindow::~MainWindow()
{
    // The stack empties itself as it goes: that is no edit of ours (and must not touch the
    // recovery file, which outlives the window until a normal close).
    disconnect(m_undo, nullptr, this, nullptr);
}

Lang MainWindow::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Lang::Zh : Lang::En;
}

void MainWindow::createActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDialog);
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] {
        QString error;
        if (!save(&error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Save"), error);
    });
    m_saveAs = new QAction(this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAsDialog);
    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    // After the stack's own update of the texts: the same texts, translated.
    connect(m_undo, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUndo);
    connect(m_undo, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUndo);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_import = new QAction(this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importDialog);
    m_export = new QAction(this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportDialog);
    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, &MainWindow::copyChart);

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
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copy);
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

    m_table = new QTableWidget(0, 4, this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegate(new CellDelegate(this));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MainWindow::onTableSelection);
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

    m_undoView = new QUndoView(m_undo, this);
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
            [this](const QString &id) { showSpec(indicatorChartSpec(m_ws, id)); });
    connect(m_browser, &WorkspaceBrowser::taxonomyNodeChosen, this, &MainWindow::showTaxonomyNode);
    connect(m_browser, &WorkspaceBrowser::subjectChosen, this, &MainWindow::showSubject);
    createValueActions();
    createChartActions();
    createCatalogueActions();
    resize(1400, 900);
}

void MainWindow::setLanguage(Lang lang)
{
    m_lang = lang;
    QCoreApplication::removeTranslator(&m_translator);
    if (lang == Lang::Zh && m_translator.load(QStringLiteral(":/i18n/clusterscope_zh_CN.qm")))
        QCoreApplication::installTranslator(&m_translator);
    (lang == Lang::Zh ? m_zh : m_en)->setChecked(true);
    retranslate(); // also runs on the LanguageChange event; doing it here covers English, where no event comes
    m_browser->setWorkspace(&m_ws, lang);
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
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New"));
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    retranslateUndo();
    m_historyDock->setWindowTitle(tr("History"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("&Export…"));
    m_copy->setText(tr("&Copy chart"));
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
    m_table->setHorizontalHeaderLabels({tr("Series"), tr("Period"), tr("Value"), tr("Source")});
    m_chartList->setPlaceholderText(tr("Chart from the browser"));
    const QString current = m_chartList->currentData().toString();
    m_chartList->clear();
    for (const ChartSpec &c : m_ws.charts)
        m_chartList->addItem(c.title.text(m_lang), c.id);
    m_chartList->setCurrentIndex(m_chartList->findData(m_spec.id.isEmpty() ? current : m_spec.id));
}

void MainWindow::showChart(const QString &chartId)
{
    const ChartSpec *spec = m_ws.chart(chartId);
    if (!spec)
        spec = m_ws.chart(QLatin1String(kDefaultChart));
    if (!spec && !m_ws.charts.isEmpty())
        spec = &m_ws.charts.first();
    if (spec)
        showSpec(*spec);
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
    m_model = buildChartModel(m_ws, m_spec, m_lang, m_options);
    m_chart->setChart(m_model);
    fillTable();
    showSource({});
    const int points = int(m_model.visiblePoints().size());
    m_statusLabel->setText(m_model.isEmpty() ? m_model.emptyMessage
                                             : points == 1 ? tr("%1 · 1 value · %2").arg(m_model.title, m_model.sourceLine)
                                                           : tr("%1 · %2 values · %3").arg(m_model.title).arg(points).arg(m_model.sourceLine));
}

void MainWindow::fillTable()
{
    m_syncing = true;
    m_table->clearContents();
    m_table->setRowCount(0);
    for (int s = 0; s < m_model.series.size(); ++s) {
        const ChartSeries &series = m_model.series[s];
        if (!series.visible)
            continue;
        for (int p = 0; p < series.points.size(); ++p) {
            const ChartPoint &point = series.points[p];
            const Observation *o = m_ws.observation(point.observationId);
            const Indicator *ind = o ? m_ws.indicator(o->indicator) : nullptr;
            const Unit *unit = ind ? units::find(ind->unit) : nullptr;
            const Source *src = o ? m_ws.source(o->source) : nullptr;
            QString period = o ? (o->period.isValid() ? o->period.label(m_lang) : tr("date not given"))
                               : m_model.categories.value(point.category);
            if (point.yearToDate)
                period += tr(" (year to date)");
            QString value = (o && unit) ? formatQuantity(o->value, *unit, o->qualifier, m_lang) : point.valueLabel;
            if (point.derived)
                value += tr(" (derived)");
            QString source = src ? sourceShortName(*src, m_lang) : tr("derived");
            if (src && src->confidence != Confidence::Primary)
                source += QStringLiteral(" · ") + confidenceName(src->confidence).text(m_lang);
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells = {series.name, period, value, source};
            // A published value (not one Clusterscope computes) can be edited: period, value, source.
            const bool editable = o && !o->derived;
            const QStringList raw = {QString(), o ? o->period.toString() : QString(),
                                     o ? qualifierCode(o->qualifier) + plainDecimal(o->value) : QString(),
                                     o ? o->source : QString()};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setData(kRefRole, QVariant::fromValue(QPoint(s, p)));
                item->setData(kEditRole, raw[c]);
                if (!editable || c == 0)
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                if (c == 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, c, item);
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_syncing = false;
}

void MainWindow::onTableSelection()
{
    if (m_syncing)
        return;
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    PointRef ref;
    if (!items.isEmpty()) {
        const QPoint p = items.first()->data(kRefRole).toPoint();
        ref = PointRef{p.x(), p.y()};
    }
    m_chart->selectPoint(ref);
    showSource(ref);
}

void MainWindow::onPointActivated(PointRef ref)
{
    m_syncing = true;
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QPoint p = m_table->item(row, 0)->data(kRefRole).toPoint();
        if (p == QPoint(ref.series, ref.point)) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            break;
        }
    }
    m_syncing = false;
    showSource(ref);
}

void MainWindow::showSource(PointRef ref)
{
    if (!ref.isValid() || ref.series >= m_model.series.size() || ref.point >= m_model.series[ref.series].points.size()) {
        m_source->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                              .arg(html(tr("Select a bar, a point or a row to see where its number comes from."))));
        return;
    }
    const ChartPoint &point = m_model.series[ref.series].points[ref.point];
    const Observation *o = m_ws.observation(point.observationId);
    if (!o) {
        m_source->setHtml(QStringLiteral("<p>%1</p>").arg(html(point.tooltip).replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
        return;
    }
    const Indicator *ind = m_ws.indicator(o->indicator);
    const Unit *unit = ind ? units::find(ind->unit) : nullptr;
    const Source *src = m_ws.source(o->source);
    QString text = QStringLiteral("<h3>%1</h3>").arg(html(ind ? ind->name.text(m_lang) : o->indicator));
    QString value = unit ? formatQuantity(o->value, *unit, o->qualifier, m_lang) : plainDecimal(o->value);
    if (o->qualifier != Qualifier::Exact)
        value += QStringLiteral(" (%1)").arg(qualifierWords(o->qualifier, m_lang));
    text += QStringLiteral("<p><b>%1</b> · %2</p>")
                .arg(html(value), html(o->period.isValid() ? o->period.label(m_lang) : tr("date not given")));
    if (o->period.isYearToDate())
        text += QStringLiteral("<p><i>%1</i></p>").arg(html(tr("Cumulative from the start of the year: not a full-year figure.")));
    if (!o->quote.isEmpty())
        text += QStringLiteral("<blockquote>“%1”</blockquote>").arg(html(o->quote));
    if (src) {
        text += QStringLiteral("<table>");
        auto row = [&](const QString &label, const QString &v) {
            if (!v.isEmpty())
                text += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(html(label), html(v));
        };
        row(tr("Source"), src->title);
        row(tr("Publisher"), src->publisher);
        row(tr("Date"), src->date.isEmpty() ? tr("not given") : src->date);
        row(tr("Confidence"), confidenceName(src->confidence).text(m_lang));
        row(tr("Reference"), src->reference);
        row(tr("Note"), src->note);
        text += QStringLiteral("</table>");
    }
    if (!o->note.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(html(o->note));
    m_source->setHtml(text);
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
    if (const std::optional<ChartSpec> spec = taxonomyNodeChartSpec(m_ws, nodeId)) {
        showSpec(*spec);
        return;
    }
    // A cluster without data says so: an empty chart with the reason.
    ChartSpec empty;
    empty.id = QStringLiteral("node:") + nodeId;
    empty.kind = ChartKind::Breakdown;
    empty.title = m_ws.taxonomy.find(nodeId).name;
    empty.query.scope = BreakdownScope::Indicators;
    showSpec(empty);
    m_model.emptyMessage = tr("No data yet for %1 in this workspace").arg(empty.title.text(m_lang));
    m_chart->setChart(m_model);
    m_statusLabel->setText(m_model.emptyMessage);
}

void MainWindow::showSubject(const QString &subjectId)
{
    const Subject *subject = m_ws.subject(subjectId);
    if (!subject)
        return;
    QString text = QStringLiteral("<h3>%1</h3><ul>").arg(html(subject->name.text(m_lang)));
    for (const Indicator &ind : m_ws.indicators) {
        if (ind.subject == subjectId)
            text += QStringLiteral("<li>%1</li>").arg(html(ind.name.text(m_lang)));
    }
    m_source->setHtml(text + QStringLiteral("</ul><p style='color:gray'>%1</p>").arg(html(tr("Choose an indicator to chart it."))));
    m_browser->setFilterText(subject->name.text(m_lang));
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
    return exportChart(m_ws, m_spec, m_options, options, path, error);
}

void MainWindow::exportDialog()
{
    ExportDialog dialog(m_lang, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QString(m_spec.id).replace(QLatin1Char(':'), QLatin1Char('-')) + QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested,
                                                      tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCurrentChart(path, dialog.options(), &error))
        QMessageBox::warning(this, tr("Export chart"), tr("Cannot export to %1:\n%2").arg(path, error));
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

bool MainWindow::importFile(const QString &path, QString *error)
{
    // Read and analysed on a worker thread, like Open; Cancel leaves the workspace untouched.
    struct Read {
        DataFileResult file;
        TableImportResult imported;
    };
    const std::optional<Read> read = runInBackground<Read>(this, tr("Importing %1…").arg(QFileInfo(path).fileName()), [path] {
        Read r;
        r.file = readDataFile(path);
        if (r.file.ok()) {
            TableImportOptions options;
            options.fileName = path;
            r.imported = importTable(r.file.table, options);
            r.file.table = {};
        }
        return r;
    });
    if (!read) {
        if (error)
            error->clear();
        statusBar()->showMessage(tr("Importing %1 was cancelled").arg(QFileInfo(path).fileName()), 5000);
        return false;
    }
    const DataFileResult &file = read->file;
    auto fail = [&](qint64 line, int column, const QString &message) {
        if (error) {
            QString where = path;
            if (line > 0)
                where += QStringLiteral(":%1:%2").arg(line).arg(std::max(1, column));
            *error = QStringLiteral("%1: %2").arg(where, message);
        }
        return false;
    };
    if (!file.ok())
        return fail(file.errorLine, file.errorColumn, file.error);
    const TableImportResult &imported = read->imported;
    if (!imported.ok())
        return fail(imported.errorLine, imported.errorColumn, imported.error);
    QString mergeError;
    if (!mergeImported(imported, path, &mergeError))
        return fail(0, 0, mergeError);
    return true;
}

bool MainWindow::mergeImported(const TableImportResult &imported, const QString &path, QString *error)
{
    Workspace merged = m_ws;
    if (!mergeWorkspace(merged, imported.workspace, error)) // all or nothing: m_ws is untouched on failure
        return false;
    // One undoable step.
    m_undo->push(new ReplaceWorkspaceCommand(&m_ws, m_ws, std::move(merged), [this] { workspaceChanged(); },
                                             tr("Import %1").arg(QFileInfo(path).fileName())));
    if (!imported.workspace.indicators.isEmpty())
        showSpec(indicatorChartSpec(m_ws, imported.workspace.indicators.first().id));
    statusBar()->showMessage(tr("Imported %1 values in %2 indicators from %3; %4 cells missing; %5 rows skipped")
                                 .arg(imported.imported)
                                 .arg(imported.workspace.indicators.size())
                                 .arg(QFileInfo(path).fileName())
                                 .arg(imported.missing)
                                 .arg(imported.skipped.size()),
                             10000);
    return true;
}

void MainWindow::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import data"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.canImport())
        return;
    QString error;
    if (!mergeImported(dialog.result(), path, &error))
        QMessageBox::warning(this, tr("Import data"), tr("Cannot import %1:\n%2").arg(QFileInfo(path).fileName(), error));
}

void MainWindow::copyChart()
{
    ExportOptions options;
    options.lang = m_lang;
    copyChartToClipboard(buildChartModel(m_ws, m_spec, m_lang, m_options), options);
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
    const QString chart = settings.value(QStringLiteral("view/lastChart")).toString();
    if (m_ws.chart(chart))
        m_spec = *m_ws.chart(chart);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/centreSplitter"), m_centreSplitter->saveState());
    settings.setValue(QStringLiteral("window/bottomSplitter"), m_bottomSplitter->saveState());
    settings.setValue(QStringLiteral("view/language"), langCode(m_lang));
    if (m_ws.chart(m_spec.id))
        settings.setValue(QStringLiteral("view/lastChart"), m_spec.id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    removeRecovery(m_path); // a normal exit: saved or discarded
    saveSettings();
    event->accept();
}

} // namespace cs

namespace cs {

void MainWindow::retranslateUndo()
{
    const QString undo = m_undo->undoText();
    const QString redo = m_undo->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::updateTitle()
{
    const bool modified = isModified();
    if (m_path.isEmpty()) {
        setWindowFilePath(QString());
        setWindowTitle(modified ? tr("[*]Clusterscope") : tr("Clusterscope"));
    } else {
        setWindowFilePath(m_path);
        setWindowTitle(tr("[*]%1 — Clusterscope").arg(QFileInfo(m_path).fileName()));
    }
    setWindowModified(modified);
}

bool MainWindow::isModified() const { return m_recovered || !m_undo->isClean(); }

void MainWindow::workspaceChanged()
{
    m_browser->setWorkspace(&m_ws, m_lang);
    // The chart on screen follows the workspace: a chart definition is read again by id.
    if (const ChartSpec *spec = m_ws.chart(m_spec.id))
        m_spec = *spec;
    const int current = m_table->currentRow();
    const QString selected = current >= 0 ? observationIdAt(current) : QString();
    const int column = std::max(0, m_table->currentColumn());
    rebuildChart();
    // The edited value stays selected, so the user sees it change.
    for (int row = 0; !selected.isEmpty() && row < m_table->rowCount(); ++row) {
        if (observationIdAt(row) == selected) {
            m_table->setCurrentCell(row, column);
            break;
        }
    }
}

// ---- Editing ------------------------------------------------------------------------------

bool MainWindow::replaceObservation(const Observation &after, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_ws.observations.size(); ++i) {
        if (m_ws.observations[i].id == after.id) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return fail(tr("There is no value %1 in this workspace").arg(after.id));
    const Observation before = m_ws.observations[index];
    if (before == after)
        return true;

    // The workspace's rules, as they would be with the change: refused when it breaks one at
    // this observation that was not broken before.
    Workspace changed = m_ws;
    changed.observations[index] = after;
    const QString at = QStringLiteral("observations[%1]").arg(index);
    auto here = [&](const Problem &p) { return p.path == at || p.path.startsWith(at + QLatin1Char('.')); };
    QSet<QString> known;
    for (const Problem &p : validate(m_ws)) {
        if (here(p))
            known.insert(p.path + QLatin1Char('\n') + p.message);
    }
    for (const Problem &p : validate(changed)) {
        if (here(p) && !known.contains(p.path + QLatin1Char('\n') + p.message))
            return fail(p.message);
    }

    const Indicator *ind = m_ws.indicator(after.indicator);
    const QString what = ind ? ind->name.text(m_lang) : after.indicator;
    m_undo->push(new ReplaceObservationCommand(&m_ws, before, after, [this] { workspaceChanged(); },
                                               tr("Edit %1").arg(what)));
    return true;
}

QString MainWindow::observationIdAt(int row) const
{
    const QTableWidgetItem *item = row >= 0 && row < m_table->rowCount() ? m_table->item(row, 0) : nullptr;
    if (!item)
        return {};
    const QPoint ref = item->data(kRefRole).toPoint();
    if (ref.x() < 0 || ref.x() >= m_model.series.size() || ref.y() < 0 || ref.y() >= m_model.series[ref.x()].points.size())
        return {};
    return m_model.series[ref.x()].points[ref.y()].observationId;
}

bool MainWindow::editCell(int row, int column, const QString &text, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (row < 0 || row >= m_table->rowCount())
        return fail(tr("There is no row %1").arg(row + 1));
    const Observation *o = m_ws.observation(observationIdAt(row));
    if (!o || o->derived)
        return fail(tr("This value is computed by Clusterscope and cannot be edited"));
    Observation after = *o;
    switch (column) {
    case 1: {
        const QString t = text.trimmed();
        if (t.isEmpty()) {
            after.period = Period();
        } else {
            QString why;
            const Period p = Period::parse(t, &why);
            if (!p.isValid())
                return fail(tr("“%1” is not a period (%2)").arg(t, why));
            after.period = p;
        }
        break;
    }
    case 2: {
        QString rest = text;
        const Qualifier q = takeQualifierPrefix(rest);
        const NumberText n = parseNumberText(rest);
        if (n.status != NumberText::Status::Value)
            return fail(tr("“%1” is not a number").arg(text.trimmed()));
        after.value = n.value;
        after.qualifier = q;
        break;
    }
    case 3:
        if (!m_ws.source(text.trimmed()))
            return fail(tr("There is no source %1 in this workspace").arg(text.trimmed()));
        after.source = text.trimmed();
        break;
    default:
        return fail(tr("This column cannot be edited"));
    }
    return replaceObservation(after, error);
}

void MainWindow::editCellInteractive(int row, int column, const QString &text)
{
    QString error;
    if (editCell(row, column, text, &error))
        return;
    statusBar()->showMessage(tr("Not stored: %1").arg(error), 10000);
    if (QTableWidgetItem *item = m_table->item(row, column)) {
        const QRect rect = m_table->visualItemRect(item);
        QToolTip::showText(m_table->viewport()->mapToGlobal(rect.bottomLeft()), tr("Not stored: %1").arg(error), m_table);
    }
}

} // namespace cs

namespace cs {

// ---- Files --------------------------------------------------------------------------------

QMessageBox::StandardButton MainWindow::ask(Prompt prompt, const QString &text)
{
    if (m_prompt)
        return m_prompt(prompt, text);
    switch (prompt) {
    case Prompt::UnsavedChanges:
        return QMessageBox::warning(this, tr("Unsaved changes"), text,
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    case Prompt::RestoreRecovery:
        return QMessageBox::question(this, tr("Restore unsaved work"), text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::Yes);
    case Prompt::OverwriteChangedFile:
        return QMessageBox::warning(this, tr("File changed on disk"), text, QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::No);
    }
    return QMessageBox::Cancel;
}

void MainWindow::setDocumentPath(const QString &path)
{
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    watchFile();
    updateTitle();
}

void MainWindow::watchFile()
{
    m_diskHash = m_path.isEmpty() ? QByteArray() : fileHash(m_path);
    if (!m_path.isEmpty() && QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

QByteArray MainWindow::fileHash(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

bool MainWindow::maybeSave()
{
    if (!isModified())
        return true;
    const QString name = m_path.isEmpty() ? tr("The workspace") : QFileInfo(m_path).fileName();
    switch (ask(Prompt::UnsavedChanges, tr("%1 has unsaved changes. Save them?").arg(name))) {
    case QMessageBox::Save: {
        QString error;
        if (save(&error))
            return true;
        if (!error.isEmpty() && !m_prompt)
            QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::loadDocument(Workspace ws, const QString &path, bool modified)
{
    if (isModified() || m_recovered)
        removeRecovery(m_path); // the changes were saved or discarded
    m_undo->clear();
    m_ws = std::move(ws);
    m_recovered = modified;
    m_spec = ChartSpec();
    setDocumentPath(path);
    retranslate(); // the chart list
    m_browser->setWorkspace(&m_ws, m_lang);
    if (m_ws.chart(QLatin1String(kDefaultChart)) || !m_ws.charts.isEmpty())
        showChart(QLatin1String(kDefaultChart));
    else
        showSpec(ChartSpec());
    updateTitle();
}

void MainWindow::newWorkspace()
{
    if (!maybeSave())
        return;
    loadDocument(Workspace(), QString(), false);
}

bool MainWindow::openFile(const QString &path, QString *report)
{
    if (!maybeSave())
        return false;
    // Read and checked on a worker thread: a large or hostile file never freezes the window, and
    // Cancel gives up on it.
    const std::optional<LoadResult> loaded = runInBackground<LoadResult>(
        this, tr("Opening %1…").arg(QFileInfo(path).fileName()), [path] { return readWorkspaceFile(path); });
    if (!loaded) { // the user's own choice: said in the status bar, not in a warning
        if (report)
            report->clear();
        statusBar()->showMessage(tr("Opening %1 was cancelled").arg(QFileInfo(path).fileName()), 5000);
        return false;
    }
    const LoadResult &r = *loaded;
    QStringList lines;
    for (const Problem &p : r.problems)
        lines << p.format(path);
    if (!r.isUsable() && lines.isEmpty())
        lines << QStringLiteral("%1: %2").arg(path, r.status == LoadResult::Status::IoError ? tr("cannot read the file")
                                                                                            : tr("not a workspace"));
    if (report)
        *report = lines.join(QLatin1Char('\n'));
    if (!r.isUsable())
        return false;
    loadDocument(r.workspace, path, false);
    addRecentFile(m_path);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (m_prompt) { // headless: there is nobody to choose a file
            if (error)
                *error = tr("The workspace has no file yet: use Save As");
            return false;
        }
        return saveAsDialog();
    }
    return saveAs(m_path, error);
}

bool MainWindow::saveAs(const QString &path, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    // Another program changed the file since we read or wrote it: ask before overwriting.
    if (target == m_path && QFileInfo::exists(target) && fileHash(target) != m_diskHash
        && ask(Prompt::OverwriteChangedFile,
               tr("%1 was changed on disk by another program. Overwrite it with your version?").arg(QFileInfo(target).fileName()))
               != QMessageBox::Yes) {
        if (error)
            error->clear();
        return false;
    }
    const QString oldPath = m_path;
    m_watcher->removePath(target);
    const SaveResult result = saveWorkspace(m_ws, target);
    if (!result.ok) {
        watchFile();
        if (error)
            *error = tr("Cannot save %1:\n%2").arg(target, result.error);
        return false;
    }
    if (isModified())
        removeRecovery(oldPath);
    m_recovered = false;
    m_undo->setClean();
    setDocumentPath(target);
    addRecentFile(target);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(target).fileName()), 5000);
    return true;
}

bool MainWindow::saveAsDialog()
{
    const QString dir = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_path;
    QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"), dir, tr("Clusterscope workspace (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (saveAs(path, &error))
        return true;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save"), error);
    return false;
}

void MainWindow::openDialog()
{
    const QString dir = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                         : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), dir,
                                                      tr("Clusterscope workspace (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString report;
    const bool opened = openFile(path, &report);
    if (!opened && !report.isEmpty())
        QMessageBox::warning(this, tr("Open workspace"), tr("Cannot open %1:\n%2").arg(QFileInfo(path).fileName(), report));
    else if (opened && !report.isEmpty())
        QMessageBox::information(this, tr("Open workspace"), tr("%1 breaks some rules:\n%2").arg(QFileInfo(path).fileName(), report));
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("file/recent")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("file/recent"), recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            QString report;
            if (!openFile(path, &report) && !report.isEmpty())
                QMessageBox::warning(this, tr("Open workspace"), report);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

// ---- Autosave and recovery ----------------------------------------------------------------

bool MainWindow::autosaveNow()
{
    if (!isModified())
        return false;
    QString error;
    if (!writeRecovery(m_ws, m_path, &error)) {
        statusBar()->showMessage(tr("Cannot write the recovery file: %1").arg(error), 10000);
        return false;
    }
    return true;
}

bool MainWindow::checkRecovery()
{
    const QList<RecoveryFile> pending = pendingRecoveries();
    for (const RecoveryFile &file : pending) {
        const QString name = file.documentPath.isEmpty() ? tr("an untitled workspace") : file.documentPath;
        const QString when = QLocale().toString(file.written.toLocalTime(), QLocale::ShortFormat);
        if (ask(Prompt::RestoreRecovery,
                tr("Clusterscope did not close normally. Restore the unsaved changes to %1 from %2?").arg(name, when))
            != QMessageBox::Yes) {
            removeRecovery(file.documentPath); // the file and its sidecar
            QFile::remove(file.path);
            continue;
        }
        Workspace ws;
        QString error;
        if (!readRecovery(file, &ws, &error)) {
            statusBar()->showMessage(tr("Cannot restore: %1").arg(error), 10000);
            continue;
        }
        loadDocument(std::move(ws), file.documentPath, true);
        statusBar()->showMessage(tr("Restored unsaved changes; save them to keep them"), 10000);
        return true;
    }
    return false;
}

} // namespace cs
