// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/workspace.h"

namespace cs {

// Checks a workspace's rules. Each problem names the JSON path of the offending value:
// duplicate ids, dangling references, shares outside 0–100, units that do not fit the measure,
// negative counts and durations, parts that add up to more than their total, and more.
// (Malformed periods are reported when the file is read, since a Period cannot hold one.)
Problems validate(const Workspace &ws);

} // namespace cs
