// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cs {

struct CommandLine;

// --export and --export-all: draws charts headless through the one renderer. Needs a
// QApplication (on the offscreen platform). Returns the exit code.
int runExportCommand(const CommandLine &cl);

} // namespace cs
