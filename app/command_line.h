// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cs {

// What the user asked for on the command line.
struct CommandLine {
    enum class Action { Window, Summary, DumpData, Validate, Save, ListCharts, Help, Version };
    Action action = Action::Window;
    QString file; // empty: the embedded workspace
    QString output; // for Save: where to write the workspace
    QString lang;   // "zh", "en", or empty: the system's language
    QString error; // set when the arguments are wrong (exit 2)
};

CommandLine parseCommandLine(const QStringList &arguments);
QString usageText();

// Runs a non-window action, writing to stdout and stderr. Returns the exit code.
int runCommandLine(const CommandLine &cl);

struct Workspace;
// Loads FILE (or the embedded workspace when empty) for the window. On failure prints each
// problem to stderr as FILE:LINE:COLUMN: message and returns the exit code; 0 on success.
int loadWorkspaceForWindow(const QString &file, Workspace *out);

} // namespace cs
