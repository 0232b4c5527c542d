// SPDX-License-Identifier: GPL-3.0-or-later
// The window's editing of chart definitions: Edit → Edit chart… and New chart from this view…,
// each one undoable step through ReplaceChartCommand.
#include "dialogs/chart_editor.h"
#include "widgets/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

namespace cs {

void MainWindow::createChartActions()
{
    m_editChart = new QAction(this);
    connect(m_editChart, &QAction::triggered, this, &MainWindow::editChartDialog);
    m_newChart = new QAction(this);
    connect(m_newChart, &QAction::triggered, this, &MainWindow::newChartFromView);
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_editChart, m_newChart});
    connect(m_editMenu, &QMenu::aboutToShow, this, [this] {
        // Only a chart of the workspace can be edited; any chart on screen can be kept as one.
        m_editChart->setEnabled(workspace().chart(m_spec.id) != nullptr);
    });
    retranslateChartActions();
}

void MainWindow::retranslateChartActions()
{
    if (!m_editChart)
        return;
    m_editChart->setText(tr("Edit c&hart…"));
    m_newChart->setText(tr("New chart from this &view…"));
}

void MainWindow::editChartDialog()
{
    const ChartSpec *shown = workspace().chart(m_spec.id);
    if (!shown)
        return;
    const ChartSpec current = *shown;
    ChartEditorDialog dialog(workspace(), current, this);
    dialog.setLanguage(m_lang);
    if (dialog.exec() != QDialog::Accepted || dialog.spec() == current)
        return;
    QString error;
    if (!m_doc->pushChart(current, dialog.spec(), &error))
        return editRefused(error);
    statusBar()->showMessage(tr("Chart %1 changed").arg(dialog.spec().id), 4000);
}

void MainWindow::newChartFromView()
{
    const QString name = m_model.title.isEmpty() ? m_spec.id : m_model.title;
    ChartEditorDialog dialog(workspace(), chartSpecFromSelection(workspace(), m_spec, name), this);
    dialog.setLanguage(m_lang);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_doc->pushChart(std::nullopt, dialog.spec(), &error))
        return editRefused(error);
    statusBar()->showMessage(tr("Chart %1 added").arg(dialog.spec().id), 4000);
}

} // namespace cs
