// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cs {

// Exit codes of the whole command line (documented in README.md and --help).
enum ExitCode : int {
    ExitOk = 0,
    ExitInternalError = 1,
    ExitUsage = 2,        // wrong arguments
    ExitInvalidInput = 3, // the file is not valid: bad JSON, a newer version, broken rules
    ExitIoError = 4,      // a file cannot be read or written
};

} // namespace cs
