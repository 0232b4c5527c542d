// SPDX-License-Identifier: GPL-3.0-or-later
// The window's editing of values, quotes, indicators and sources: actions in the Edit menu and
// the table's context menu, their dialogs, and the undoable steps they push.
#include "document/edit_commands.h"
#include "widgets/main_window.h"
#include "dialogs/value_dialogs.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoStack>

namespace cs {

namespace {

// Replaces one indicator or source by an edited copy as one undoable step, unless the edit would
// break a rule of the workspace (then *error says which, and nothing changes).
template<typename T, QList<T> Workspace::*List>
bool replaceItem(Workspace &ws, QUndoStack *undo, const T *before, const T &after, const QString &missing,
                 const QString &text, std::function<void()> changed, QString *error)
{
    if (!before) {
        if (error)
            *error = missing;
        return false;
    }
    if (*before == after)
        return true;
    Workspace edited = ws;
    for (T &item : edited.*List) {
        if (item.id == after.id)
            item = after;
    }
    if (const QString problem = newProblem(ws, edited); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    undo->push(new ReplaceItemCommand<T, List>(&ws, *before, after, std::move(changed), text));
    return true;
}

} // namespace

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
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MainWindow::updateValueActions);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateValueActions);
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
    const Observation *o = m_ws.observation(currentObservationId());
    const bool published = o && !o->derived;
    m_addValue->setEnabled(!m_ws.indicators.isEmpty() && !m_ws.sources.isEmpty());
    m_removeValue->setEnabled(published);
    m_editQuote->setEnabled(published);
    m_editIndicator->setEnabled(m_ws.indicator(currentIndicatorId()) != nullptr);
    m_editSource->setEnabled(o && m_ws.source(o->source));
}

QString MainWindow::currentObservationId() const
{
    return m_table ? observationIdAt(m_table->currentRow()) : QString();
}

QString MainWindow::currentIndicatorId() const
{
    if (const Observation *o = m_ws.observation(currentObservationId()))
        return o->indicator;
    if (m_spec.kind == ChartKind::TimeSeries) {
        for (const SeriesSpec &s : m_spec.series) {
            if (m_ws.indicator(s.indicator))
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

// ---- The steps ----------------------------------------------------------------------------

bool MainWindow::addValue(const NewValueFields &fields, QString *error)
{
    Observation o;
    if (!AddValueDialog::parse(m_ws, fields, &o, error))
        return false;
    // After the indicator's last value, so the file keeps an indicator's values together.
    qsizetype index = m_ws.observations.size();
    for (qsizetype i = 0; i < m_ws.observations.size(); ++i) {
        if (m_ws.observations[i].indicator == o.indicator)
            index = i + 1;
    }
    Workspace changed = m_ws;
    changed.observations.insert(index, o);
    const QString problem = newProblem(m_ws, changed);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const Indicator *ind = m_ws.indicator(o.indicator);
    m_undo->push(new InsertObservationCommand(&m_ws, index, o, [this] { workspaceChanged(); },
                                              tr("Add a value of %1").arg(ind ? ind->name.text(m_lang) : o.indicator)));
    return true;
}

bool MainWindow::removeObservation(const QString &observationId, QString *error)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_ws.observations.size(); ++i) {
        if (m_ws.observations[i].id == observationId) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        if (error)
            *error = tr("There is no value %1 in this workspace").arg(observationId);
        return false;
    }
    Workspace changed = m_ws;
    changed.observations.removeAt(index);
    const QString problem = newProblem(m_ws, changed); // a derived value may be computed from it
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const Observation o = m_ws.observations[index];
    const Indicator *ind = m_ws.indicator(o.indicator);
    m_undo->push(new RemoveObservationCommand(&m_ws, index, o, [this] { workspaceChanged(); },
                                              tr("Remove a value of %1").arg(ind ? ind->name.text(m_lang) : o.indicator)));
    return true;
}

bool MainWindow::editQuote(const QString &observationId, const QString &quote, QString *error)
{
    const Observation *o = m_ws.observation(observationId);
    if (!o) {
        if (error)
            *error = tr("There is no value %1 in this workspace").arg(observationId);
        return false;
    }
    Observation after = *o;
    after.quote = quote;
    return replaceObservation(after, error);
}

bool MainWindow::replaceIndicator(const Indicator &after, QString *error)
{
    return replaceItem<Indicator, &Workspace::indicators>(m_ws, m_undo, m_ws.indicator(after.id), after,
                                                          tr("There is no indicator %1 in this workspace").arg(after.id),
                                                          tr("Edit indicator %1").arg(after.name.text(m_lang)),
                                                          [this] { workspaceChanged(); }, error);
}

bool MainWindow::replaceSource(const Source &after, QString *error)
{
    return replaceItem<Source, &Workspace::sources>(m_ws, m_undo, m_ws.source(after.id), after,
                                                    tr("There is no source %1 in this workspace").arg(after.id),
                                                    tr("Edit source %1").arg(sourceShortName(after, m_lang)),
                                                    [this] { workspaceChanged(); }, error);
}

// ---- The dialogs --------------------------------------------------------------------------

void MainWindow::addValueDialog()
{
    AddValueDialog dialog(m_ws, currentIndicatorId(), m_lang, this);
    // A refused value keeps the dialog open with what was typed, so it can be corrected.
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (addValue(dialog.fields(), &error))
            return;
        editRefused(error);
    }
}

void MainWindow::removeSelectedValue()
{
    const Observation *o = m_ws.observation(currentObservationId());
    if (!o || o->derived)
        return;
    QString error;
    if (!removeObservation(o->id, &error))
        editRefused(error);
}

void MainWindow::editQuoteDialog()
{
    const Observation *o = m_ws.observation(currentObservationId());
    if (!o || o->derived)
        return;
    const QString id = o->id;
    bool ok = false;
    const QString quote = QInputDialog::getMultiLineText(this, tr("Edit quote"), tr("The exact sentence the value comes from:"),
                                                         o->quote, &ok);
    if (!ok)
        return;
    QString error;
    if (!editQuote(id, quote.trimmed(), &error))
        editRefused(error);
}

void MainWindow::editIndicatorDialog()
{
    const Indicator *ind = m_ws.indicator(currentIndicatorId());
    if (!ind)
        return;
    IndicatorDialog dialog(*ind, m_lang, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (replaceIndicator(dialog.indicator(), &error))
            return;
        editRefused(error);
    }
}

void MainWindow::editSourceDialog()
{
    const Observation *o = m_ws.observation(currentObservationId());
    const Source *src = o ? m_ws.source(o->source) : nullptr;
    if (!src)
        return;
    SourceDialog dialog(*src, m_lang, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (replaceSource(dialog.source(), &error))
            return;
        editRefused(error);
    }
}

} // namespace cs
