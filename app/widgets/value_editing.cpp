// SPDX-License-Identifier: GPL-3.0-or-later
// The window's editing of values, quotes, indicators and sources: actions in the Edit menu and
// the table's context menu, their dialogs, and the undoable steps they push.
#include "widgets/main_window.h"
#include "dialogs/value_dialogs.h"
#include "query/workspace_queries.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolTip>
#include "widgets/observation_table_model.h"
#include <QUndoStack>

namespace cs {

void MainWindow::createValueActions()
{
    m_addValue = new QAction(this);
    connect(m_addValue, &QAction::triggered, this, &MainWindow::addValueDialog);
    m_removeValue = new QAction(this);
    m_removeValue->setShortcut(QKeySequence::Delete);
    m_removeValue->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the table's Delete key only
    connect(m_removeValue, &QAction::triggered, this, &MainWindow::removeSelectedValue);
    m_editQuote = new QAction(this);
    connect(m_editQuote, &QAction::triggered, this, &MainWindow::editQuoteDialog);
    m_editIndicator = new QAction(this);
    connect(m_editIndicator, &QAction::triggered, this, &MainWindow::editIndicatorDialog);
    m_editSource = new QAction(this);
    connect(m_editSource, &QAction::triggered, this, &MainWindow::editSourceDialog);
    const QList<QAction *> actions = {m_addValue, m_removeValue, m_editQuote, m_editIndicator, m_editSource};

    m_editMenu->addSeparator();
    m_editMenu->addActions(actions);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(actions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateValueActions);
        connect(m_editMenu, &QMenu::aboutToShow, this, &MainWindow::updateValueActions);
    retranslateValueActions();
    updateValueActions();
}

void MainWindow::retranslateValueActions()
{
    if (!m_addValue)
        return;
    m_addValue->setText(tr("&Add value…"));
    m_removeValue->setText(tr("Remo&ve value"));
    m_editQuote->setText(tr("Edit &quote…"));
    m_editIndicator->setText(tr("Edit i&ndicator…"));
    m_editSource->setText(tr("Edit sou&rce…"));
}

void MainWindow::updateValueActions()
{
    if (!m_addValue)
        return;
    const std::optional<Observation> o = m_doc->observation(currentObservationId());
    const bool published = o && !o->derived;
    m_addValue->setEnabled(true); // a new workspace too: the form creates the indicator and source it needs
    m_removeValue->setEnabled(published);
    m_editQuote->setEnabled(published);
    m_editIndicator->setEnabled(workspace().indicator(currentIndicatorId()) != nullptr);
    m_editSource->setEnabled(o && workspace().source(o->source));
}

QString MainWindow::currentObservationId() const
{
    return m_table ? observationIdAt(m_table->currentIndex().row()) : QString();
}

QString MainWindow::currentIndicatorId() const
{
    if (const std::optional<Observation> o = m_doc->observation(currentObservationId()))
        return o->indicator;
    if (m_spec.kind == ChartKind::TimeSeries) {
        for (const SeriesSpec &s : m_spec.series) {
            if (workspace().indicator(s.indicator))
                return s.indicator;
        }
    }
    return {};
}

void MainWindow::editRefused(const QString &error)
{
    statusBar()->showMessage(tr("Not stored: %1").arg(error), 10000);
    QMessageBox::warning(this, tr("Not stored"), error);
}

// ---- The table's cells --------------------------------------------------------------------

bool MainWindow::editCell(int row, int column, const QString &text, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (row < 0 || row >= m_tableModel->rowCount())
        return fail(tr("There is no row %1").arg(row + 1));
    const std::optional<Observation> o = m_doc->observation(observationIdAt(row));
    if (!o || o->derived)
        return fail(tr("This value is computed by Clusterscope and cannot be edited"));
    Observation after = *o;
    switch (column) {
    case 1: {
        const QString t = text.trimmed();
        QString why;
        after.period = t.isEmpty() ? Period() : parsePeriodField(t, &why);
        if (!t.isEmpty() && !after.period.isValid())
            return fail(tr("“%1” is not a period (%2)").arg(t, why));
        break;
    }
    case 2:
        if (QString why; !parseValueField(text, workspace().indicator(after.indicator) ? workspace().indicator(after.indicator)->unit : QString(),
                                          &after.value, &after.qualifier, &why))
            return fail(why);
        break;
    case 3:
        if (!workspace().source(text.trimmed()))
            return fail(tr("There is no source %1 in this workspace").arg(text.trimmed()));
        after.source = text.trimmed();
        break;
    default:
        return fail(tr("This column cannot be edited"));
    }
    return m_doc->replaceObservation(after, error);
}

void MainWindow::editCellInteractive(int row, int column, const QString &text)
{
    QString error;
    if (editCell(row, column, text, &error))
        return;
    statusBar()->showMessage(tr("Not stored: %1").arg(error), 10000);
    const QRect rect = m_table->visualRect(m_tableModel->index(row, column));
    QToolTip::showText(m_table->viewport()->mapToGlobal(rect.bottomLeft()), tr("Not stored: %1").arg(error), m_table);
}

// ---- The dialogs --------------------------------------------------------------------------

void MainWindow::addValueDialog()
{
    AddValueDialog dialog(workspace(), currentIndicatorId(), m_lang, this);
    // A refused value keeps the dialog open with what was typed, so it can be corrected.
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        const NewValueFields fields = dialog.fields();
        if (m_doc->addValue(fields, &error)) {
            showAddedValue(fields.indicator, parsePeriodField(fields.period, nullptr));
            return;
        }
        editRefused(error);
    }
}

void MainWindow::showAddedValue(const QString &indicatorId, const Period &period)
{
    for (const ChartSeries &series : m_model.series) {
        for (const ChartPoint &p : series.points) {
            if (const std::optional<Observation> o = m_doc->observation(p.observationId); o && o->indicator == indicatorId)
                return;
        }
    }
    const Indicator *indicator = workspace().indicator(indicatorId);
    if (!indicator)
        return;
    const std::optional<ChartSpec> beside = subjectChartSpec(workspace(), indicator->subject, indicatorId, period);
    showSpec(beside ? *beside : indicatorChartSpec(workspace(), indicatorId));
}

void MainWindow::removeSelectedValue()
{
    const std::optional<Observation> o = m_doc->observation(currentObservationId());
    if (!o || o->derived)
        return;
    QString error;
    if (!m_doc->removeObservation(o->id, &error))
        editRefused(error);
}

void MainWindow::editQuoteDialog()
{
    const std::optional<Observation> o = m_doc->observation(currentObservationId());
    if (!o || o->derived)
        return;
    const QString id = o->id;
    bool ok = false;
    const QString quote = QInputDialog::getMultiLineText(this, tr("Edit quote"), tr("The exact sentence the value comes from:"),
                                                         o->quote, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_doc->editQuote(id, quote.trimmed(), &error))
        editRefused(error);
}

void MainWindow::editIndicatorDialog()
{
    const Indicator *ind = workspace().indicator(currentIndicatorId());
    if (!ind)
        return;
    IndicatorDialog dialog(*ind, m_lang, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (m_doc->replaceIndicator(dialog.indicator(), &error))
            return;
        editRefused(error);
    }
}

void MainWindow::editSourceDialog()
{
    const std::optional<Observation> o = m_doc->observation(currentObservationId());
    const Source *src = o ? workspace().source(o->source) : nullptr;
    if (!src)
        return;
    SourceDialog dialog(*src, m_lang, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (m_doc->replaceSource(dialog.source(), &error))
            return;
        editRefused(error);
    }
}

} // namespace cs
