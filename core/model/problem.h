// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persist/json_positions.h"

#include <QList>
#include <QString>

namespace cs {

// One thing wrong with a workspace: where (a JSON path, and a line and column once the file's
// text is known) and what, in words a user can act on.
struct Problem {
    QString path; // "observations[12].period"; empty for the whole file
    QString message;
    TextLocation location;

    // "FILE:LINE:COLUMN: PATH: MESSAGE", or without the location when it is not known.
    QString format(const QString &fileName) const
    {
        QString out = fileName;
        if (location.isValid())
            out += QStringLiteral(":%1:%2").arg(location.line).arg(location.column);
        out += QStringLiteral(": ");
        if (!path.isEmpty())
            out += path + QStringLiteral(": ");
        return out + message;
    }
};

using Problems = QList<Problem>;

} // namespace cs
