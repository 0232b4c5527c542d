// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QUndoCommand>
#include <functional>

namespace cs {

// Every edit of a workspace is one of these on the window's QUndoStack. Each keeps the state
// before and after the edit, so undo and redo restore exactly what was there. `changed` runs
// after every undo and redo (the window rebuilds the chart and the table).

// Replaces one observation (found by id) with an edited copy.
class ReplaceObservationCommand : public QUndoCommand
{
public:
    ReplaceObservationCommand(Workspace *ws, Observation before, Observation after, std::function<void()> changed,
                              const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(const Observation &o);

    Workspace *m_ws;
    Observation m_before;
    Observation m_after;
    std::function<void()> m_changed;
};

// Replaces the whole workspace, for edits that touch many parts at once (an import).
class ReplaceWorkspaceCommand : public QUndoCommand
{
public:
    ReplaceWorkspaceCommand(Workspace *ws, Workspace before, Workspace after, std::function<void()> changed,
                            const QString &text);
    void undo() override;
    void redo() override;

private:
    Workspace *m_ws;
    Workspace m_before;
    Workspace m_after;
    std::function<void()> m_changed;
};

// Inserts one observation at an index; undo removes it again.
class InsertObservationCommand : public QUndoCommand
{
public:
    InsertObservationCommand(Workspace *ws, qsizetype index, Observation o, std::function<void()> changed,
                             const QString &text);
    void undo() override;
    void redo() override;

private:
    Workspace *m_ws;
    qsizetype m_index;
    Observation m_obs;
    std::function<void()> m_changed;
};

// Removes the observation at an index; undo puts it back at the same index.
class RemoveObservationCommand : public QUndoCommand
{
public:
    RemoveObservationCommand(Workspace *ws, qsizetype index, Observation o, std::function<void()> changed,
                             const QString &text);
    void undo() override;
    void redo() override;

private:
    Workspace *m_ws;
    qsizetype m_index;
    Observation m_obs;
    std::function<void()> m_changed;
};

// Replaces one indicator (found by id) with an edited copy.
class ReplaceIndicatorCommand : public QUndoCommand
{
public:
    ReplaceIndicatorCommand(Workspace *ws, Indicator before, Indicator after, std::function<void()> changed,
                            const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(const Indicator &i);

    Workspace *m_ws;
    Indicator m_before;
    Indicator m_after;
    std::function<void()> m_changed;
};

// Replaces one source (found by id) with an edited copy.
class ReplaceSourceCommand : public QUndoCommand
{
public:
    ReplaceSourceCommand(Workspace *ws, Source before, Source after, std::function<void()> changed, const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(const Source &s);

    Workspace *m_ws;
    Source m_before;
    Source m_after;
    std::function<void()> m_changed;
};

} // namespace cs
