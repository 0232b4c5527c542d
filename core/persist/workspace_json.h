// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persist/json_precheck.h"
#include "model/problem.h"
#include "model/workspace.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace cs {

// The workspace file: JSON, {"format": "clusterscope-workspace", "version": 1, ...}.
inline constexpr const char *kWorkspaceFormat = "clusterscope-workspace";

struct LoadResult {
    enum class Status {
        Ok,          // loaded, no problems
        HasProblems, // loaded, but the workspace breaks rules (see problems)
        Invalid,     // not loadable: bad JSON, not a workspace, or a newer version
        IoError,     // the file could not be read
    };
    Status status = Status::Invalid;
    Workspace workspace;
    Problems problems; // with locations when the text is known

    bool isUsable() const { return status == Status::Ok || status == Status::HasProblems; }
};

// Limits on a workspace file (see input_limits.h): larger or deeper files are Invalid, with a
// message that names the limit.
struct WorkspaceReadOptions {
    qint64 maxFileBytes = limits::kMaxWorkspaceFileBytes;
    JsonLimits json;
    // Asked between the phases of a read (checks, parse, values, rules): true stops it, and the
    // result is Invalid with the problem "cancelled".
    std::function<bool()> cancelled;
    // Reading one series to draw it, from a .clusterscope file: given the workspace without its
    // values, names the indicator's id and the subject's id (empty: all its subjects) whose values
    // to read, or nothing to read none. The result holds those values alone, without their
    // source rows: for drawing, never for saving. JSON files are read whole.
    std::function<std::optional<std::pair<QString, QString>>(const Workspace &)> series;
};

// Parses and validates a workspace. Problems carry a JSON path and a line and column.
LoadResult readWorkspace(const QByteArray &bytes, const WorkspaceReadOptions &options = {});
// A JSON file (whatever its name). readWorkspaceFile() in workspace_file.h reads either format.
LoadResult readWorkspaceJsonFile(const QString &path, const WorkspaceReadOptions &options = {});

// Canonical JSON: keys sorted, 4-space indent, numbers as short as round-trips, trailing
// newline. The same workspace always gives the same bytes.
// The JSON version a workspace is written in: the lowest that holds it. Version 2 adds values'
// subjects (panels) and source rows; a workspace without them stays version 1, which older builds
// read.
int jsonVersionFor(const Workspace &ws);
QByteArray writeWorkspace(const Workspace &ws);

// One chart as compact canonical JSON (its entry in a workspace's "charts"), and read back:
// problems (unknown keys, wrong types) are appended with paths under `path` ("charts[3]").
// The .clusterscope file stores each chart this way.
QByteArray writeChartSpec(const ChartSpec &chart);
ChartSpec readChartSpec(const QByteArray &json, const QString &path, Problems &problems);

// Writing to a file, atomically and keeping the previous version: saveWorkspace() in workspace_file.h.

} // namespace cs
