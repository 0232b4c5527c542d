// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include "model/localized_text.h"
#include "persist/workspace_json.h"

namespace cs {

// What the user asked for on the command line.
struct CommandLine {
    enum class Action { Window, Summary, DumpData, Validate, Save, ListCharts, Export, ExportAll, Import, DumpTable, Extract, Help, Version };
    Action action = Action::Window;
    QString file; // empty: the embedded workspace
    QString output; // for Save: where to write the workspace
    QString lang;   // "zh", "en", or empty: the system's language
    // --export OUT --chart ID [--size WxH] [--scale N] [--no-title] [--no-source];
    // --export-all DIR [--formats png,pdf,svg]
    QString exportPath;
    QString chartId;
    int width = 800;
    int height = 500;
    double scale = 2;
    QStringList formats{QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")};
    bool includeTitle = true;
    bool includeSource = true;
    QString series;    // --export --series INDICATOR[@SUBJECT]
    // Reading data files (--import, --dump-table, --export --series):
    QString layout = QStringLiteral("auto"); // long|wide|indicator-columns|auto
    QString encoding;  // empty: detect
    QString delimiter; // empty: detect; "tab" or one character
    int skipRows = -1; // -1: detect the header row
    QString sheet;     // XLSX sheet name or 1-based number
    qint64 maxFileBytes = 0; // --max-file-size; 0: the defaults of input_limits.h
    QDate articleDate; // --extract --date: resolves 今年, 前三季度, 目前
    QString error; // set when the arguments are wrong (exit 2)
};

CommandLine parseCommandLine(const QStringList &arguments);
QString usageText();

// The language asked for with --lang, else the system's.
Lang commandLineLanguage(const CommandLine &cl);

// Whether the action needs a QApplication (charts are QCustomPlot widgets), drawn offscreen.
bool needsOffscreenGui(const CommandLine &cl);

// Runs a non-window action, writing to stdout and stderr. Returns the exit code.
int runCommandLine(const CommandLine &cl);

struct Workspace;
// Loads FILE (or the embedded workspace when empty) for the window or an export. On failure prints each
// problem to stderr as FILE:LINE:COLUMN: message and returns the exit code; 0 on success.
int loadWorkspaceOrReport(const QString &file, Workspace *out, qint64 maxFileBytes = 0, const WorkspaceReadOptions &options = {});

} // namespace cs
