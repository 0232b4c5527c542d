// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cs {

// Exit codes of the whole command line (documented in README.md and --help).
enum ExitCode : int {
    ExitOk = 0,
    ExitInternalError = 1,
    ExitUsage = 2,        // wrong arguments
    ExitInvalidInput = 3, // the file is not valid: bad JSON, a newer version, broken rules
    ExitIoError = 4,      // a file cannot be read or written
};

// Writes one error to stderr as one line (control characters as spaces, a very long message
// shortened in the middle): what every command-line failure prints.
void printErrorLine(const QString &message);

} // namespace cs
