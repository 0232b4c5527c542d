// SPDX-License-Identifier: GPL-3.0-or-later
// The window's adding and removing of indicators and sources: each one undoable step (the
// workspace before and after), refused when it would break a rule — an indicator a chart still
// draws, a source values still cite, an id already taken.
#include "widgets/main_window.h"
#include "dialogs/value_dialogs.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace cs {

void MainWindow::createCatalogueActions()
{
    m_addIndicator = new QAction(this);
    connect(m_addIndicator, &QAction::triggered, this, [this] {
        QStringList subjects;
        for (const Subject &s : workspace().subjects)
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
            if (m_doc->addIndicator(edited, &error))
                return;
            editRefused(error);
        }
    });
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
        const Observation *o = m_doc->observation(currentObservationId());
        QString error;
        if (!m_doc->removeSource(o ? o->source : QString(), &error))
            editRefused(error);
    });
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_addIndicator, m_removeIndicator, m_addSource, m_removeSource});
    connect(m_editMenu, &QMenu::aboutToShow, this, [this] {
        m_removeIndicator->setEnabled(workspace().indicator(currentIndicatorId()) != nullptr);
        const Observation *o = m_doc->observation(currentObservationId());
        m_removeSource->setEnabled(o && workspace().source(o->source));
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
