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

} // namespace cs
