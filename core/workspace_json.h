// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "workspace.h"

#include <QByteArray>
#include <QString>

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

// Parses and validates a workspace. Problems carry a JSON path and a line and column.
LoadResult readWorkspace(const QByteArray &bytes);
LoadResult readWorkspaceFile(const QString &path);

// Canonical JSON: keys sorted, 4-space indent, numbers as short as round-trips, trailing
// newline. The same workspace always gives the same bytes.
QByteArray writeWorkspace(const Workspace &ws);

// Writing to a file, atomically and keeping the previous version: saveWorkspace() in workspace_file.h.

} // namespace cs
