// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cs {

// One CSV field, quoted per RFC 4180 when it holds a comma, a quote or a line break.
QString csvField(const QString &text);

// Every observation as UTF-8 CSV, one row each, in workspace order, with the header
// indicator,indicator_name,subject,cluster,period,value,unit,qualifier,source
// `value` is a plain decimal in the observation's own unit; `period` is canonical (empty when
// the source gives none); `qualifier` is "", ">", ">=", "~", "<" or "<="; `unit` is the unit's
// Chinese label; `indicator_name` is the Chinese name, or the name in the file's language when
// there is none (an imported English header); `source` is the source id.
QByteArray observationsCsv(const Workspace &ws);

} // namespace cs
