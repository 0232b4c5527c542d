// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes → delimited text with encoding and delimiter detection (readDataBytes → readCsv), then the
// table analysis and import (layouts, headers, periods, numbers); also the streaming scanner on
// the raw bytes.
#include "import/csv_reader.h"
#include "import/data_file.h"
#include "fuzz_common.h"
#include "import/table_import.h"
#include "persist/workspace_json.h"
#include "import/xlsx_reader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace cs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::string_view raw(reinterpret_cast<const char *>(data), size);

    // The streaming scanner, with the delimiter detection, without and with limits.
    const char delimiter = detectDelimiter(raw.substr(0, 64 * 1024));
    qint64 fieldsSeen = 0;
    QList<CsvWarning> warnings;
    const qint64 records = scanCsvUtf8(raw, delimiter, '"',
                                       [&](qint64 line, const std::vector<std::string_view> &fields) {
                                           FUZZ_CHECK(line >= 1, "scanCsvUtf8 line numbers start at 1");
                                           FUZZ_CHECK(!fields.empty(), "a record has at least one field");
                                           fieldsSeen += qint64(fields.size());
                                           return true;
                                       },
                                       &warnings);
    FUZZ_CHECK(records >= 0 && fieldsSeen >= records, "scanCsvUtf8 record count");
    CsvScanError scanError;
    const qint64 limited = scanCsvUtf8(raw, delimiter, '"', [](qint64, const std::vector<std::string_view> &) { return true; },
                                       nullptr, 16, 4, &scanError);
    FUZZ_CHECK(limited <= records, "limits deliver no more records than the full scan");
    FUZZ_CHECK(scanError.message.isEmpty() == (limited == records), "a limit stops the scan exactly when it reports");
    const CsvParallelScan parallel = scanCsvUtf8Parallel(raw, delimiter, '"', 2,
                                                         [](int, qint64, const std::vector<std::string_view> &) { return true; });
    FUZZ_CHECK(parallel.parts != 1 || parallel.records == records, "one-part parallel scan matches the serial one");

    // Explicit options, as the command line and the import dialog give them: an encoding, a
    // delimiter (valid or not) and limits, chosen by the input's last byte.
    if (size > 0) {
        const unsigned choice = data[size - 1];
        static constexpr TextEncoding encodings[] = {TextEncoding::Utf8, TextEncoding::Utf16Le, TextEncoding::Utf16Be,
                                                     TextEncoding::Gb18030, TextEncoding::Latin1};
        static constexpr char delimiters[] = {',', ';', '\t', '|', ' ', '"', '\n', '\0'};
        CsvOptions explicitOptions;
        explicitOptions.encoding = encodings[choice % 5];
        if (choice & 0x08)
            explicitOptions.delimiter = delimiters[(choice >> 4) % 8];
        if (choice & 0x80) {
            explicitOptions.maxFieldBytes = 8;
            explicitOptions.maxColumns = 3;
        }
        const CsvResult c = readCsv(bytes, explicitOptions);
        FUZZ_CHECK(c.ok() || c.table.rows.isEmpty(), "a failed read has an empty table");
        FUZZ_CHECK(c.table.rows.size() == c.table.lines.size(), "one line number per row");
    }

    // The way the app reads a file: XLSX by signature (left to fuzz_xlsx_reader), else .xls
    // (FreeXL), JSON-stat, SDMX-CSV or text, with matrices and series columns reshaped.
    if (looksLikeZip(bytes))
        return 0;
    const DataFileResult file = readDataBytes(bytes);
    if (!file.ok())
        return 0;
    FUZZ_CHECK(file.table.rows.size() == file.table.lines.size(), "one line number per row");

    TableImportOptions options;
    options.fileName = QStringLiteral("fuzz.csv");
    const TableImportResult analysis = analyseTable(file.table, options);
    const TableImportResult imported = importTable(file.table, options);
    FUZZ_CHECK(analysis.ok() == imported.ok() || !imported.ok(), "importTable fails where analyseTable did");
    if (imported.ok()) {
        // What an import adds is saved with the workspace: it must load again.
        const QByteArray saved = writeWorkspace(imported.workspace);
        FUZZ_CHECK(readWorkspace(saved).isUsable(), "an imported workspace, written, reads back");
    }
    return 0;
}
