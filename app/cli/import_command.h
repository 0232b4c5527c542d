// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/data_file.h"
#include "import/table_import.h"

namespace cs {

struct CommandLine;

// The data-file options given on the command line (--encoding, --delimiter, --sheet,
// --layout, --skip-rows).
DataFileOptions dataFileOptions(const CommandLine &cl);
TableImportOptions tableImportOptions(const CommandLine &cl);
// Prints "FILE:LINE:COLUMN: message" (the position when known) to stderr.
void reportFileError(const QString &file, qint64 line, int column, const QString &message);

// --import DATA -o OUT.clusterscope|OUT.json: import into a new workspace, written atomically. Returns the exit code.
int runImportCommand(const CommandLine &cl);
// --dump-table DATA: the table as read, as a JSON array of rows of strings.
int runDumpTableCommand(const CommandLine &cl);

} // namespace cs
