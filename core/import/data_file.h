// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/csv_reader.h"
#include "persist/input_limits.h"
#include "import/xlsx_reader.h"

namespace cs {

// Reading a data file people download, whatever it is: an XLSX workbook (by its ZIP signature)
// or delimited text (CSV, TSV, …; encoding and delimiter detected unless given).
struct DataFileOptions {
    CsvOptions csv;
    XlsxOptions xlsx;
    qint64 maxFileBytes = limits::kMaxDataFileBytes; // larger files are refused before reading
};

struct DataFileResult {
    TextTable table;
    QString format;          // "xlsx" or "csv"
    QString encoding;        // for text: the encoding read, and whether it was detected
    char delimiter = ',';
    bool detected = false;
    QStringList warnings;    // "LINE:COLUMN: message"
    QString error;           // fatal; with errorLine/errorColumn when known
    qint64 errorLine = 0;
    int errorColumn = 0;
    bool ioError = false;    // the file could not be read at all (exit code 4, not 3)
    bool ok() const { return error.isEmpty(); }
};

DataFileResult readDataFile(const QString &path, const DataFileOptions &options = {});
DataFileResult readDataBytes(const QByteArray &bytes, const DataFileOptions &options = {});

} // namespace cs
