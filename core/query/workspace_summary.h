// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QString>

namespace cs {

// A plain-text overview: counts, the taxonomy, the charts, and each indicator's latest value
// with its period, qualifier and source confidence.
QString workspaceSummary(const Workspace &ws, Lang lang = Lang::En);

} // namespace cs
