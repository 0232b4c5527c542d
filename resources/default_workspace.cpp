// SPDX-License-Identifier: GPL-3.0-or-later
#include "default_workspace.h"

#include <QFile>

namespace cs {

QString defaultWorkspacePath() { return QStringLiteral(":/clusterscope/default-workspace.json"); }

QByteArray defaultWorkspaceJson()
{
    QFile f(defaultWorkspacePath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace cs
