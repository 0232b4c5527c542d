// SPDX-License-Identifier: GPL-3.0-or-later
// The window's adding and removing of indicators and sources: each one undoable step (the
// workspace before and after), refused when it would break a rule — an indicator a chart still
// draws, a source values still cite, an id already taken.
#include "document/edit_commands.h"
#include "widgets/main_window.h"
#include "dialogs/value_dialogs.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace cs {

bool MainWindow::changeCatalogue(const Workspace &after, const QString &text, QString *error)
{
    const QString problem = newProblem(m_ws, after);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_undo->push(new ReplaceWorkspaceCommand(&m_ws, m_ws, after, [this] { workspaceChanged(); }, text));
    return true;
}

bool MainWindow::addIndicator(const Indicator &indicator, QString *error)
{
    Workspace after = m_ws;
    after.indicators.append(indicator);
    return changeCatalogue(after, tr("Add indicator %1").arg(indicator.id), error);
}

bool MainWindow::removeIndicator(const QString &id, QString *error)
{
    if (!m_ws.indicator(id)) {
        if (error)
            *error = tr("There is no indicator %1 in this workspace").arg(id);
        return false;
    }
    // The indicator goes with its values; a chart that still draws it keeps it (the rules say so).
    Workspace after = m_ws;
    after.indicators.removeIf([&](const Indicator &i) { return i.id == id; });
    after.observations.removeIf([&](const Observation &o) { return o.indicator == id; });
    return changeCatalogue(after, tr("Remove indicator %1").arg(id), error);
}

bool MainWindow::addSource(const Source &source, QString *error)
{
    Workspace after = m_ws;
    after.sources.append(source);
    return changeCatalogue(after, tr("Add source %1").arg(source.id), error);
}

bool MainWindow::removeSource(const QString &id, QString *error)
{
    if (!m_ws.source(id)) {
        if (error)
            *error = tr("There is no source %1 in this workspace").arg(id);
        return false;
    }
    Workspace after = m_ws;
    after.sources.removeIf([&](const Source &s) { return s.id == id; });
    return changeCatalogue(after, tr("Remove source %1").arg(id), error);
}

void MainWindow::createCatalogueActions()
{
    m_addIndicator = new QAction(this);
    connect(m_addIndicator, &QAction::triggered, this, [this] {
        QStringList subjects;
        for (const Subject &s : m_ws.subjects)
            subjects << s.id;
        bool ok = false;
        const QString id = QInputDialog::getText(this, tr("Add indicator"), tr("Id (letters, digits, -):"), QLineEdit::Normal,
                                                 QString(), &ok).trimmed();
        if (!ok || id.isEmpty())
            return;
        const QString subject = QInputDialog::getItem(this, tr("Add indicator"), tr("Subject:"), subjects, 0, false, &ok);
        if (!ok)
            return;
        Indicator fresh;
        fresh.id = id;
        fresh.subject = subject;
        fresh.name = {id, id};
        fresh.unit = QStringLiteral("number");
        IndicatorDialog dialog(fresh, m_lang, this);
        while (dialog.exec() == QDialog::Accepted) {
            Indicator edited = dialog.indicator();
            edited.id = id;
            edited.subject = subject;
            QString error;
            if (addIndicator(edited, &error))
                return;
            editRefused(error);
        }
    });
    m_removeIndicator = new QAction(this);
    connect(m_removeIndicator, &QAction::triggered, this, [this] {
        QString error;
        if (!removeIndicator(currentIndicatorId(), &error))
            editRefused(error);
    });
    m_addSource = new QAction(this);
    connect(m_addSource, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString id = QInputDialog::getText(this, tr("Add source"), tr("Id (letters, digits, -):"), QLineEdit::Normal,
                                                 QString(), &ok).trimmed();
        if (!ok || id.isEmpty())
            return;
        Source fresh;
        fresh.id = id;
        fresh.title = id;
        SourceDialog dialog(fresh, m_lang, this);
        while (dialog.exec() == QDialog::Accepted) {
            Source edited = dialog.source();
            edited.id = id;
            QString error;
            if (addSource(edited, &error))
                return;
            editRefused(error);
        }
    });
    m_removeSource = new QAction(this);
    connect(m_removeSource, &QAction::triggered, this, [this] {
        const Observation *o = m_ws.observation(currentObservationId());
        QString error;
        if (!removeSource(o ? o->source : QString(), &error))
            editRefused(error);
    });
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_addIndicator, m_removeIndicator, m_addSource, m_removeSource});
    connect(m_editMenu, &QMenu::aboutToShow, this, [this] {
        m_removeIndicator->setEnabled(m_ws.indicator(currentIndicatorId()) != nullptr);
        const Observation *o = m_ws.observation(currentObservationId());
        m_removeSource->setEnabled(o && m_ws.source(o->source));
    });
    retranslateCatalogueActions();
}

void MainWindow::retranslateCatalogueActions()
{
    if (!m_addIndicator)
        return;
    m_addIndicator->setText(tr("Add indicator…"));
    m_removeIndicator->setText(tr("Remove indicator"));
    m_addSource->setText(tr("Add source…"));
    m_removeSource->setText(tr("Remove source"));
}

} // namespace cs
