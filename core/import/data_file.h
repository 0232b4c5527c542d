// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/csv_reader.h"
#include "persist/input_limits.h"
#include "import/xlsx_reader.h"

namespace cs {

// Reading a data file people download, whatever it is: an XLSX workbook (by its ZIP signature), a
// legacy .xls workbook (by its OLE2 signature: xls_reader.h),
// JSON-stat (a JSON object: jsonstat_reader.h) or delimited text, SDMX-CSV among it (sdmx_csv.h) (CSV, TSV, …; encoding and delimiter detected unless given). The window's
// import dialog and the command line both read through here, so they split a file the same way.
struct DataFileOptions {
    CsvOptions csv;
    XlsxOptions xlsx;
    qint64 maxFileBytes = limits::kMaxDataFileBytes; // larger files are refused before reading
    // The file's name, for the rules it implies: .tsv or .tab is tab-separated (unless
    // csv.delimiter is set). readDataFile sets it to the path when it is empty.
    QString fileName;
    // Rewrite SDMX-CSV, years × months matrices and series in columns as the long tables they
    // hold (JSON-stat always is one); false prints the table as read (--dump-table).
    bool reshape = true;
};

struct DataFileWarning {
    enum class Kind {
        RaggedRow,         // text: as CsvWarning::Kind
        UnterminatedQuote,
        StrayQuote,
        InvalidEncoding,
        Workbook,          // XLSX: the message starts with the part and its XML line
    };
    Kind kind = Kind::Workbook;
    qint64 line = 0; // text: the line of the file (1-based); 0 for a workbook's warning
    int column = 0;  // text: the field (1-based)
    QString message;
    // "LINE:COLUMN: message" for text; the message alone for a workbook.
    QString text() const;
};

struct DataFileResult {
    TextTable table;
    QString format;          // "xlsx", "xls", "json-stat", "sdmx-csv" or "csv"
    QString encoding;        // for text: the encoding read, and whether it was detected
    char delimiter = ',';
    bool detected = false;
    QList<DataFileWarning> warnings; // in line order for text
    QStringList sheetNames;  // XLSX: every sheet of the workbook, in order (also on failure when known)
    QString sheet;           // XLSX and XLS: the sheet read (chosen when options.xlsx.sheetGiven is false); JSON-stat: the datasets' labels; SDMX-CSV: the dataflow
    bool periodMatrix = false; // a years × months (quarters) matrix, rewritten as its long table (period_matrix.h)
    bool seriesColumns = false; // series in columns under metadata rows, rewritten likewise (series_columns.h)
    bool twoRowHeader = false;  // a header over two rows, joined into one (header_rows.h)
    QString error;           // fatal; with errorLine/errorColumn when known
    qint64 errorLine = 0;
    int errorColumn = 0;
    bool ioError = false;    // the file could not be read at all (exit code 4, not 3)
    bool ok() const { return error.isEmpty(); }
};

DataFileResult readDataFile(const QString &path, const DataFileOptions &options = {});
DataFileResult readDataBytes(const QByteArray &bytes, const DataFileOptions &options = {});

// The text reader's options for `bytes` (delimited text, not a workbook): options.csv with the
// delimiter settled by the file's name (.tsv, .tab) or by a Eurostat key header when not given.
CsvOptions textOptionsFor(const QByteArray &bytes, const DataFileOptions &options);

} // namespace cs
