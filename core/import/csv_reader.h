// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persist/input_limits.h"
#include "import/text_encoding.h"
#include "import/text_table.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace cs {

// Reading delimited text (RFC 4180): quoted fields may hold delimiters, doubled quotes and line
// breaks; lines end in CRLF, LF or CR alone. GUI-free, configured by a struct, and the result
// carries typed warnings.

struct CsvOptions {
    std::optional<TextEncoding> encoding; // detected when not set
    std::optional<char> delimiter;        // ',', ';', '\t' or '|'; detected when not set
    char quote = '"';
    // Limits (0: none). Exceeding one is an error with a position, never unbounded memory.
    qint64 maxFieldBytes = 0;
    qint64 maxRecordBytes = limits::kMaxRecordBytes; // one record: a line, or more with quoted line breaks
    int maxColumns = limits::kMaxColumns;
    qint64 maxCells = limits::kMaxCells;             // readCsv: the fields of the whole table
    // The bytes are a read-only mapping of the file: readCsv gives back the pages it has read
    // (they come back from the file if read again), so that a large file is not held in memory
    // beside the table it becomes.
    bool fileMapped = false;
};

struct CsvWarning {
    enum class Kind {
        RaggedRow,           // a row with a different number of fields from the table's (the most
                             // common count, so title lines above the header are the ragged ones;
                             // blank lines are not ragged)
        UnterminatedQuote,   // the file ends inside a quoted field
        StrayQuote,          // a quote inside an unquoted field, or text after a closing quote
        InvalidEncoding,     // bytes that are not valid in the encoding (replaced by U+FFFD)
    };
    Kind kind;
    qint64 line = 0;
    int column = 0;  // 1-based field number
    QString message;
};

struct CsvResult {
    TextTable table;
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    bool encodingDetected = false;
    bool delimiterDetected = false;
    QList<CsvWarning> warnings;
    QString error;          // fatal: a limit exceeded, or an invalid delimiter or quote option;
                            // the table is then empty
    qint64 errorLine = 0;
    int errorColumn = 0;
    bool ok() const { return error.isEmpty(); }
};

// Decodes, detects and splits a whole file into a table of strings.
// - Encoding: options.encoding, else detectEncoding (decided again on the whole file when the
//   sample looked like UTF-8 but the file is not). The byte-order mark of the encoding used is
//   skipped; with a UTF-16 override, a UTF-16 byte-order mark decides the byte order. Bytes not
//   valid in the encoding become U+FFFD, with one InvalidEncoding warning at the first of them.
// - Delimiter: options.delimiter (any ASCII byte but CR, LF, NUL and the quote; else an error),
//   else detectDelimiter on the first 64 KiB.
// - An empty line is a row of one empty field (as most parsers read it); the line break that
//   ends the last line adds no row; empty input has no rows.
// - Quotes: a field is quoted when it starts with the quote. Spaces and tabs between a closing
//   quote and the delimiter or line end are dropped; other text there is kept (`"b"c` reads
//   `bc`) with a StrayQuote warning, as is a quote inside an unquoted field (kept as text).
// - Limits apply to the UTF-8 text (after decoding). At most 100 warnings of each kind are
//   listed, then one that counts the rest. Warnings are in line order.
// - Memory: the table holds one QString per field (on the order of 100 bytes each with the
//   lists). For large files use scanCsvUtf8, which builds no strings.
CsvResult readCsv(const QByteArray &bytes, const CsvOptions &options = {});

// The delimiter that splits the first lines of `text` most consistently, among , ; tab |.
char detectDelimiter(std::string_view utf8Head, char quote = '"');

// Fast path for large UTF-8 input: splits records without building strings. `onRow` receives
// the record's first line and its fields as views that stay valid only during the call (quoted
// fields come unescaped). Returning false stops the scan. Returns the number of records.
// A leading UTF-8 byte-order mark is skipped. `warnings` receives quote problems (StrayQuote,
// UnterminatedQuote; at most 100 of each kind, then one line saying how many more); RaggedRow is
// left to the caller, who sees every row's field count. An invalid delimiter or quote (CR, LF,
// NUL, non-ASCII, or both the same) scans nothing.
using CsvRowCallback = std::function<bool(qint64 line, const std::vector<std::string_view> &fields)>;
qint64 scanCsvUtf8(std::string_view utf8, char delimiter, char quote, const CsvRowCallback &onRow,
                   QList<CsvWarning> *warnings = nullptr);

// The same with CsvOptions' limits (0: none): a field longer than maxFieldBytes (bytes of UTF-8),
// a record longer than maxRecordBytes or with more than maxColumns fields stops the scan before
// that record is delivered and fills *error. Returns the number of records delivered.
struct CsvScanError {
    QString message; // empty: no error
    qint64 line = 0;
    int column = 0;  // 1-based field number
};
qint64 scanCsvUtf8(std::string_view utf8, char delimiter, char quote, const CsvRowCallback &onRow,
                   QList<CsvWarning> *warnings, qint64 maxFieldBytes, int maxColumns, CsvScanError *error,
                   qint64 maxRecordBytes = 0);

// The fast path on several cores: splits `utf8` at record boundaries into at most `threads`
// parts (fewer for small input: at least 1 MiB each) and scans them concurrently. onRow(part,
// line, fields) is called from one thread per part at the same time; within a part, rows come in
// order, and parts follow each other in the input (part 0 first). Lines are those of the whole
// input. Returning false stops every part soon. The split relies on quote parity, which is exact
// when the input has no stray or unterminated quote: when a part meets one, `consistent` is false
// and the rows may differ from a serial scan (scan again with scanCsvUtf8 if that matters).
struct CsvParallelScan {
    qint64 records = 0;
    int parts = 1;
    bool consistent = true;
};
using CsvPartRowCallback = std::function<bool(int part, qint64 line, const std::vector<std::string_view> &fields)>;
CsvParallelScan scanCsvUtf8Parallel(std::string_view utf8, char delimiter, char quote, int threads,
                                    const CsvPartRowCallback &onRow, QList<CsvWarning> *warnings = nullptr);

} // namespace cs
