// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cs {

// The embedded Shenzhen workspace: its resource path and its bytes.
QString defaultWorkspacePath(); // ":/clusterscope/default-workspace.json"
QByteArray defaultWorkspaceJson();

} // namespace cs
