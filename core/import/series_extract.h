// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/data_file.h"
#include "import/table_import.h"

namespace cs {

// Imports one indicator (for one subject) from a data file, for `--export --series IND@SUBJECT
// FILE`. A long UTF-8 CSV is scanned in place, keeping only the matching rows, so a million-row
// download needs little more memory than the file; other files are read whole and imported.
// `indicator` and `subject` match names as written in the file or their ids.
TableImportResult importSeries(const QString &path, const QString &indicator, const QString &subject,
                               const DataFileOptions &fileOptions, const TableImportOptions &importOptions,
                               bool *ioError = nullptr);

} // namespace cs
