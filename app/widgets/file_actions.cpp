// SPDX-License-Identifier: GPL-3.0-or-later
// The window's File menu: New, Open, Open Recent, Save, Save As, Import, Extract and Export, with their
// file dialogs and the questions they ask. The Document does the work; this is its face.
#include "dialogs/export_dialog.h"
#include "dialogs/extract_dialog.h"
#include "dialogs/import_dialog.h"
#include "import/table_import.h"
#include "document/clipboard_table.h"
#include "persist/workspace_file.h"
#include "persist/workspace_sqlite.h"
#include "query/workspace_queries.h"
#include "widgets/main_window.h"

#include <QAction>
#include <QFile>
#include <QTemporaryDir>
#include <QDateTime>
#include <QClipboard>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace cs {

namespace {
constexpr int kMaxRecent = 8;
}

void MainWindow::createFileActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, m_doc, &Document::newWorkspace);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDialog);
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::saveInteractive);
    m_saveAs = new QAction(this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAsDialog);
}

void MainWindow::retranslateFileActions()
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New"));
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
}

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

bool MainWindow::saveInteractive()
{
    if (m_doc->path().isEmpty())
        return saveAsDialog();
    QString error;
    if (m_doc->save(&error))
        return true;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save"), error);
    return false;
}

bool MainWindow::saveAsDialog()
{
    const QString current = m_doc->path();
    const QString dir = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : current;
    // A new workspace (and an import) is saved as .clusterscope unless JSON is chosen; one read
    // from JSON is offered as JSON again.
    const QString sqliteFilter = tr("Clusterscope workspace (*.clusterscope)");
    const QString jsonFilter = tr("Clusterscope workspace as JSON (*.json)");
    QString filter = current.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? jsonFilter : sqliteFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"), dir, sqliteFilter + QStringLiteral(";;") + jsonFilter,
                                                &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == jsonFilter ? QStringLiteral(".json") : QLatin1String(kSqliteExtension);
    QString error;
    if (m_doc->saveAs(path, &error))
        return true;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save"), error);
    return false;
}

void MainWindow::openDialog()
{
    const QString current = m_doc->path();
    const QString dir = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                          : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), dir,
                                                      tr("Clusterscope workspaces (*.clusterscope *.json);;All files (*)"));
    if (!path.isEmpty())
        openOrImport(path);
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
            if (!m_doc->openFile(path, &report) && !report.isEmpty())
                QMessageBox::warning(this, tr("Open workspace"), report);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
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
    TableImportResult imported;
    if (!m_doc->importFile(path, error, &imported))
        return false;
    if (!imported.workspace.indicators.isEmpty())
        showSpec(indicatorChartSpec(workspace(), imported.workspace.indicators.first().id));
    return true;
}

void MainWindow::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import data"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Data files (*.csv *.tsv *.txt *.xlsx *.xls *.json);;All files (*)"));
    if (!path.isEmpty())
        importDialogOn(path);
}

void MainWindow::importDialogOn(const QString &path, const QString &sourceTitle)
{
    ImportDialog dialog(path, this, sourceTitle);
    if (dialog.exec() != QDialog::Accepted || !dialog.canImport())
        return;
    QString error;
    const QString name = sourceTitle.isEmpty() ? path : dialog.result().workspace.sources.value(0).title;
    if (!m_doc->mergeImported(dialog.result(), name, &error))
        QMessageBox::warning(this, tr("Import data"), tr("Cannot import %1:\n%2").arg(QFileInfo(name).fileName(), error));
    else if (!dialog.result().workspace.indicators.isEmpty())
        showSpec(indicatorChartSpec(workspace(), dialog.result().workspace.indicators.first().id));
}

void MainWindow::extractDialog()
{
    ExtractDialog dialog(m_doc, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.accepted().observations.isEmpty())
        showSpec(indicatorChartSpec(workspace(), dialog.accepted().observations.first().indicator));
}

void MainWindow::pasteData()
{
    const QByteArray table = clipboardTableAsTsv(QApplication::clipboard()->mimeData());
    if (table.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no table to import"), 5000);
        return;
    }
    // The dialog reads files: the table is written to one that lives as long as the dialog,
    // named .tsv when it is tab-separated (a spreadsheet's or a web page's table) and .txt
    // otherwise, so that the reader finds commas or semicolons itself.
    QTemporaryDir dir;
    QFile file(dir.filePath(table.contains('\t') ? QStringLiteral("pasted.tsv") : QStringLiteral("pasted.txt")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(table) != table.size()) {
        QMessageBox::warning(this, tr("Paste data"), tr("Cannot keep the pasted table: %1").arg(file.errorString()));
        return;
    }
    file.close();
    // The source is named by the second it was pasted; a second paste within the same second
    // (or one whose name is already a source) is numbered, so that the two never share an id.
    const QString when = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QString title = tr("pasted on %1").arg(when);
    for (int n = 2; workspace().source(importedId(title)); ++n)
        title = tr("pasted on %1 (%2)").arg(when).arg(n);
    importDialogOn(file.fileName(), title);
}

void MainWindow::openOrImport(const QString &path)
{
    if (!isWorkspaceFile(path)) {
        importDialogOn(path);
        return;
    }
    QString report; // openFile asks about unsaved changes first
    const bool opened = m_doc->openFile(path, &report);
    if (!opened && !report.isEmpty())
        QMessageBox::warning(this, tr("Open workspace"), tr("Cannot open %1:\n%2").arg(QFileInfo(path).fileName(), report));
    else if (opened && !report.isEmpty())
        QMessageBox::information(this, tr("Open workspace"), tr("%1 breaks some rules:\n%2").arg(QFileInfo(path).fileName(), report));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // After the drop returns: the dialog must not run inside the drag's event loop.
    QTimer::singleShot(0, this, [this, path] { openOrImport(path); });
}

} // namespace cs
