// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes → an XLSX workbook (ZIP, workbook and sheet XML, shared strings, styles, merged cells),
// then the table analysis and import.
#include "fuzz_common.h"
#include "import/table_import.h"
#include "import/xlsx_reader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace cs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    XlsxOptions options; // the app's limits
    const XlsxResult x = readXlsx(bytes, options);
    if (!x.ok()) {
        FUZZ_CHECK(x.table.rows.isEmpty(), "a failed read has an empty table");
        return 0;
    }
    FUZZ_CHECK(x.table.rows.size() == x.table.lines.size(), "one line number per row");
    if (x.sheetNames.size() > 1) { // another sheet, by position
        XlsxOptions second = options;
        second.sheetIndex = 1;
        (void)readXlsx(bytes, second);
    }
    TableImportOptions import;
    import.fileName = QStringLiteral("fuzz.xlsx");
    (void)analyseTable(x.table, import);
    (void)importTable(x.table, import);
    return 0;
}
