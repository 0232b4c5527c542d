// SPDX-License-Identifier: GPL-3.0-or-later
// The window's adding and removing of indicators and sources: each one undoable step (the
// workspace before and after), refused when it would break a rule — an indicator a chart still
// draws, a source values still cite, an id already taken.
#include "widgets/main_window.h"
#include "widgets/workspace_browser.h"
#include "dialogs/value_dialogs.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace cs {

void MainWindow::createCatalogueActions()
{
    m_addIndicator = new QAction(this);
    connect(m_addIndicator, &QAction::triggered, this, &MainWindow::addIndicatorDialog);
    m_addSubject = new QAction(this);
    connect(m_addSubject, &QAction::triggered, this, &MainWindow::addSubjectDialog);
    m_browser->setContextMenuPolicy(Qt::ActionsContextMenu); // "Add subject…" from the browser
    m_browser->addAction(m_addSubject);
    m_removeIndicator = new QAction(this);
    connect(m_removeIndicator, &QAction::triggered, this, [this] {
        QString error;
        if (!m_doc->removeIndicator(currentIndicatorId(), &error))
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
            if (m_doc->addSource(edited, &error))
                return;
            editRefused(error);
        }
    });
    m_removeSource = new QAction(this);
    connect(m_removeSource, &QAction::triggered, this, [this] {
        const std::optional<Observation> o = m_doc->observation(currentObservationId());
        QString error;
        if (!m_doc->removeSource(o ? o->source : QString(), &error))
            editRefused(error);
    });
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_addIndicator, m_removeIndicator, m_addSource, m_removeSource, m_addSubject});
    connect(m_editMenu, &QMenu::aboutToShow, this, [this] {
        m_removeIndicator->setEnabled(workspace().indicator(currentIndicatorId()) != nullptr);
        const std::optional<Observation> o = m_doc->observation(currentObservationId());
        m_removeSource->setEnabled(o && workspace().source(o->source));
    });
    retranslateCatalogueActions();
}

void MainWindow::addIndicatorDialog()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Add indicator"), tr("Id (letters, digits, -):"), QLineEdit::Normal,
                                             QString(), &ok).trimmed();
    if (!ok || id.isEmpty())
        return;
    Indicator fresh;
    fresh.id = id;
    fresh.name = {id, id};
    fresh.unit = QStringLiteral("number");
    if (!workspace().subjects.isEmpty())
        fresh.subject = workspace().subjects.first().id;
    // The subject is picked or typed in the form (a new name makes a new subject); a refused
    // form stays open with what was typed.
    IndicatorDialog dialog(fresh, m_lang, this, &workspace());
    while (dialog.exec() == QDialog::Accepted) {
        Indicator edited = dialog.indicator();
        edited.id = id;
        QString error;
        if (m_doc->addIndicator(edited, &error, dialog.newSubject()))
            return;
        editRefused(error);
    }
}

void MainWindow::addSubjectDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add subject"), tr("Name (a region, a company, a place):"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    Subject s;
    s.id = uniqueId(name, QStringLiteral("subject"), [this](const QString &id) { return workspace().subject(id) != nullptr; });
    s.name = {name, name};
    QString error;
    if (!m_doc->addSubject(s, &error))
        editRefused(error);
}

void MainWindow::retranslateCatalogueActions()
{
    if (!m_addIndicator)
        return;
    m_addIndicator->setText(tr("Add indicator…"));
    m_removeIndicator->setText(tr("Remove indicator"));
    m_addSource->setText(tr("Add source…"));
    m_removeSource->setText(tr("Remove source"));
    m_addSubject->setText(tr("Add subject…"));
}

} // namespace cs
