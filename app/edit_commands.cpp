// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit_commands.h"

namespace cs {

ReplaceObservationCommand::ReplaceObservationCommand(Workspace *ws, Observation before, Observation after,
                                                     std::function<void()> changed, const QString &text)
    : QUndoCommand(text), m_ws(ws), m_before(std::move(before)), m_after(std::move(after)), m_changed(std::move(changed))
{
}

void ReplaceObservationCommand::apply(const Observation &o)
{
    for (Observation &existing : m_ws->observations) {
        if (existing.id == o.id) {
            existing = o;
            break;
        }
    }
    if (m_changed)
        m_changed();
}

void ReplaceObservationCommand::undo() { apply(m_before); }
void ReplaceObservationCommand::redo() { apply(m_after); }

ReplaceWorkspaceCommand::ReplaceWorkspaceCommand(Workspace *ws, Workspace before, Workspace after,
                                                 std::function<void()> changed, const QString &text)
    : QUndoCommand(text), m_ws(ws), m_before(std::move(before)), m_after(std::move(after)), m_changed(std::move(changed))
{
}

void ReplaceWorkspaceCommand::undo()
{
    *m_ws = m_before;
    if (m_changed)
        m_changed();
}

void ReplaceWorkspaceCommand::redo()
{
    *m_ws = m_after;
    if (m_changed)
        m_changed();
}

InsertObservationCommand::InsertObservationCommand(Workspace *ws, qsizetype index, Observation o,
                                                   std::function<void()> changed, const QString &text)
    : QUndoCommand(text), m_ws(ws), m_index(index), m_obs(std::move(o)), m_changed(std::move(changed))
{
}

void InsertObservationCommand::redo()
{
    m_ws->observations.insert(m_index, m_obs);
    if (m_changed)
        m_changed();
}

void InsertObservationCommand::undo()
{
    m_ws->observations.removeAt(m_index);
    if (m_changed)
        m_changed();
}

RemoveObservationCommand::RemoveObservationCommand(Workspace *ws, qsizetype index, Observation o,
                                                   std::function<void()> changed, const QString &text)
    : QUndoCommand(text), m_ws(ws), m_index(index), m_obs(std::move(o)), m_changed(std::move(changed))
{
}

void RemoveObservationCommand::redo()
{
    m_ws->observations.removeAt(m_index);
    if (m_changed)
        m_changed();
}

void RemoveObservationCommand::undo()
{
    m_ws->observations.insert(m_index, m_obs);
    if (m_changed)
        m_changed();
}

ReplaceIndicatorCommand::ReplaceIndicatorCommand(Workspace *ws, Indicator before, Indicator after,
                                                 std::function<void()> changed, const QString &text)
    : QUndoCommand(text), m_ws(ws), m_before(std::move(before)), m_after(std::move(after)), m_changed(std::move(changed))
{
}

void ReplaceIndicatorCommand::apply(const Indicator &i)
{
    for (Indicator &existing : m_ws->indicators) {
        if (existing.id == i.id) {
            existing = i;
            break;
        }
    }
    if (m_changed)
        m_changed();
}

void ReplaceIndicatorCommand::undo() { apply(m_before); }
void ReplaceIndicatorCommand::redo() { apply(m_after); }

ReplaceSourceCommand::ReplaceSourceCommand(Workspace *ws, Source before, Source after, std::function<void()> changed,
                                           const QString &text)
    : QUndoCommand(text), m_ws(ws), m_before(std::move(before)), m_after(std::move(after)), m_changed(std::move(changed))
{
}

void ReplaceSourceCommand::apply(const Source &s)
{
    for (Source &existing : m_ws->sources) {
        if (existing.id == s.id) {
            existing = s;
            break;
        }
    }
    if (m_changed)
        m_changed();
}

void ReplaceSourceCommand::undo() { apply(m_before); }
void ReplaceSourceCommand::redo() { apply(m_after); }

} // namespace cs
