// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "chart_view.h"
#include "data_file.h"
#include "export_dialog.h"
#include "import_dialog.h"
#include "quantity_format.h"
#include "unit.h"
#include "workspace_browser.h"
#include "workspace_queries.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
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

QString html(const QString &s) { return s.toHtmlEscaped(); }
} // namespace

MainWindow::MainWindow(Workspace workspace, QWidget *parent) : QMainWindow(parent), m_ws(std::move(workspace))
{
    setObjectName(QStringLiteral("MainWindow"));
    createActions();
    createLayout();
    m_lang = systemLanguage();
    restoreSettings(); // may change the language and the chart
    setLanguage(m_lang);
    if (m_spec.id.isEmpty())
        showChart(QLatin1String(kDefaultChart));
}

MainWindow::~MainWindow() = default;

Lang MainWindow::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Lang::Zh : Lang::En;
}

void MainWindow::createActions()
{
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
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
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
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
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

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_chart, &ChartView::pointActivated, this, &MainWindow::onPointActivated);
    connect(m_chart, &ChartView::seriesToggled, this, &MainWindow::toggleSeries);
    connect(m_browser, &WorkspaceBrowser::indicatorChosen, this,
            [this](const QString &id) { showSpec(indicatorChartSpec(m_ws, id)); });
    connect(m_browser, &WorkspaceBrowser::taxonomyNodeChosen, this, &MainWindow::showTaxonomyNode);
    connect(m_browser, &WorkspaceBrowser::subjectChosen, this, &MainWindow::showSubject);
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
    setWindowTitle(tr("Clusterscope"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("&Export…"));
    m_copy->setText(tr("&Copy chart"));
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
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setData(kRefRole, QVariant::fromValue(QPoint(s, p)));
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
    const DataFileResult file = readDataFile(path);
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
    TableImportOptions options;
    options.fileName = path;
    const TableImportResult imported = importTable(file.table, options);
    if (!imported.ok())
        return fail(imported.errorLine, imported.errorColumn, imported.error);
    QString mergeError;
    if (!mergeImported(imported, path, &mergeError))
        return fail(0, 0, mergeError);
    return true;
}

bool MainWindow::mergeImported(const TableImportResult &imported, const QString &path, QString *error)
{
    if (!mergeWorkspace(m_ws, imported.workspace, error)) // all or nothing: m_ws is untouched on failure
        return false;
    m_browser->setWorkspace(&m_ws, m_lang);
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
    saveSettings();
    event->accept();
}

} // namespace cs
