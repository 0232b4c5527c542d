// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <optional>

namespace cs {

// Every edit of a workspace is one of these on the window's QUndoStack. Each keeps the state
// before and after the edit, so undo and redo restore exactly what was there. `changed` runs
// after every undo and redo (the window rebuilds the chart and the table).

// Replaces one item of a workspace list (an observation, an indicator, a source; found by id)
// with an edited copy.
template<typename T, QList<T> Workspace::*List>
class ReplaceItemCommand : public QUndoCommand
{
public:
    ReplaceItemCommand(Workspace *ws, T before, T after, std::function<void()> changed, const QString &text)
        : QUndoCommand(text), m_ws(ws), m_before(std::move(before)), m_after(std::move(after)), m_changed(std::move(changed))
    {
    }
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const T &item)
    {
        for (T &existing : m_ws->*List) {
            if (existing.id == item.id) {
                existing = item;
                break;
            }
        }
        if (m_changed)
            m_changed();
    }

    Workspace *m_ws;
    T m_before;
    T m_after;
    std::function<void()> m_changed;
};
using ReplaceIndicatorCommand = ReplaceItemCommand<Indicator, &Workspace::indicators>;
using ReplaceSourceCommand = ReplaceItemCommand<Source, &Workspace::sources>;

// Appends an item to a workspace list (a source, a subject); undo removes it again.
template<typename T, QList<T> Workspace::*List>
class AppendItemCommand : public QUndoCommand
{
public:
    AppendItemCommand(Workspace *ws, T item, std::function<void()> changed, QUndoCommand *parent,
                      const QString &text = QString())
        : QUndoCommand(text, parent), m_ws(ws), m_item(std::move(item)), m_changed(std::move(changed))
    {
    }
    void undo() override
    {
        (m_ws->*List).removeLast();
        if (m_changed)
            m_changed();
    }
    void redo() override
    {
        (m_ws->*List).append(m_item);
        if (m_changed)
            m_changed();
    }

private:
    Workspace *m_ws;
    T m_item;
    std::function<void()> m_changed;
};

// Replaces the observation at a row with an edited copy (rows stay put while the command is on
// the stack: the commands after it are undone first).
class ReplaceObservationCommand : public QUndoCommand
{
public:
    ReplaceObservationCommand(Workspace *ws, int row, Observation before, Observation after, std::function<void()> changed,
                              const QString &text)
        : QUndoCommand(text), m_ws(ws), m_row(row), m_before(std::move(before)), m_after(std::move(after)),
          m_changed(std::move(changed))
    {
    }
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const Observation &o)
    {
        m_ws->observations.replace(m_row, o);
        if (m_changed)
            m_changed();
    }

    Workspace *m_ws;
    int m_row;
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
                             const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Workspace *m_ws;
    qsizetype m_index;
    Observation m_obs;
    std::function<void()> m_changed;
};

// Removes the observation at an index; undo puts it back at the same index: an insertion run
// backwards.
class RemoveObservationCommand : public InsertObservationCommand
{
public:
    RemoveObservationCommand(Workspace *ws, qsizetype index, Observation o, std::function<void()> changed,
                             const QString &text)
        : InsertObservationCommand(ws, index, std::move(o), std::move(changed), text)
    {
    }
    void undo() override { InsertObservationCommand::redo(); }
    void redo() override { InsertObservationCommand::undo(); }
};

// Adds a chart (`before` empty) or replaces one (found by before->id; appended when it is not
// there). Undo restores the exact previous list of charts, positions included, so the workspace
// saves to the same bytes as before. `changed` runs after every redo and undo.
class ReplaceChartCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceChartCommand)
public:
    ReplaceChartCommand(Workspace *ws, std::optional<ChartSpec> before, ChartSpec after, std::function<void()> changed,
                        const QString &text = QString());
    void undo() override;
    void redo() override;

private:
    Workspace *m_ws;
    QList<ChartSpec> m_before;
    QList<ChartSpec> m_after;
    std::function<void()> m_changed;
};

} // namespace cs
