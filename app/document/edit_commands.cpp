// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/edit_commands.h"

namespace cs {

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
                                                   std::function<void()> changed, const QString &text,
                                                   QUndoCommand *parent)
    : QUndoCommand(text, parent), m_ws(ws), m_index(index), m_obs(std::move(o)), m_changed(std::move(changed))
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

ReplaceChartCommand::ReplaceChartCommand(Workspace *ws, std::optional<ChartSpec> before, ChartSpec after,
                                         std::function<void()> changed, const QString &text)
    : m_ws(ws), m_before(ws->charts), m_after(ws->charts), m_changed(std::move(changed))
{
    qsizetype at = -1;
    if (before) {
        for (qsizetype i = 0; i < m_after.size(); ++i) {
            if (m_after[i].id == before->id) {
                at = i;
                break;
            }
        }
    }
    const QString name = after.title.text(Lang::Zh).isEmpty() ? after.id : after.title.text(Lang::Zh);
    if (at >= 0)
        m_after[at] = std::move(after);
    else
        m_after.append(std::move(after));
    setText(!text.isEmpty() ? text : at >= 0 ? tr("Edit chart %1").arg(name) : tr("Add chart %1").arg(name));
}

void ReplaceChartCommand::undo()
{
    m_ws->charts = m_before;
    if (m_changed)
        m_changed();
}

void ReplaceChartCommand::redo()
{
    m_ws->charts = m_after;
    if (m_changed)
        m_changed();
}

} // namespace cs
