// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xls_reader.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryFile>

#include <freexl.h>

#include <cmath>

namespace cs {

namespace {

QString freexlError(int code)
{
    switch (code) {
    case FREEXL_FILE_NOT_FOUND: return QStringLiteral("cannot open the file");
    case FREEXL_INSUFFICIENT_MEMORY: return QStringLiteral("not enough memory");
    case FREEXL_BIFF_PASSWORD: return QStringLiteral("the workbook is protected by a password");
    case FREEXL_CRAFTED_FILE: return QStringLiteral("the file is damaged or crafted (FreeXL refused it)");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND: return QStringLiteral("the file holds no Excel workbook");
    case FREEXL_UNSUPPORTED_CHARSET: return QStringLiteral("the workbook's code page is not supported");
    case FREEXL_INVALID_CHARACTER: return QStringLiteral("the workbook has text that is not valid in its code page");
    default: return QStringLiteral("not a readable Excel 97–2003 workbook (FreeXL error %1)").arg(code);
    }
}

// The shortest decimal that gives the double back, without an exponent for the numbers
// statistics hold (an exponent only past 1e21 or below 1e-7).
QString numberText(double v)
{
    if (!std::isfinite(v))
        return QString();
    const double a = std::fabs(v);
    const char format = a != 0 && (a >= 1e21 || a < 1e-7) ? 'g' : 'f';
    return QString::number(v, format, QLocale::FloatingPointShortest);
}

QString cellText(const FreeXL_CellValue &c)
{
    switch (c.type) {
    case FREEXL_CELL_INT: return QString::number(c.value.int_value);
    case FREEXL_CELL_DOUBLE: return numberText(c.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME: return c.value.text_value ? QString::fromUtf8(c.value.text_value) : QString();
    default: return QString();
    }
}

struct Handle {
    const void *h = nullptr;
    ~Handle()
    {
        if (h)
            freexl_close(h);
    }
};

} // namespace

bool looksLikeOle2(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
}

XlsxResult readXlsFile(const QString &path, const XlsxOptions &options)
{
    XlsxResult r;
    Handle x;
    if (const int rc = freexl_open(QFile::encodeName(path).constData(), &x.h); rc != FREEXL_OK) {
        r.error = freexlError(rc);
        return r;
    }
    unsigned int sheets = 0;
    if (freexl_get_info(x.h, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK || sheets == 0) {
        r.error = QStringLiteral("the workbook has no worksheet");
        return r;
    }
    for (unsigned int i = 0; i < sheets && i < 0xFFFF; ++i) {
        const char *name = nullptr;
        r.sheetNames.append(freexl_get_worksheet_name(x.h, static_cast<unsigned short>(i), &name) == FREEXL_OK && name
                                ? QString::fromUtf8(name)
                                : QStringLiteral("Sheet%1").arg(i + 1));
    }
    int index = options.sheetIndex;
    if (!options.sheetName.isEmpty()) {
        index = int(r.sheetNames.indexOf(options.sheetName));
        if (index < 0) {
            r.error = QStringLiteral("no sheet named \"%1\" (the sheets: %2)").arg(options.sheetName, r.sheetNames.join(QStringLiteral(", ")));
            return r;
        }
    }
    if (index < 0 || index >= r.sheetNames.size()) {
        r.error = QStringLiteral("no sheet %1: the workbook has %2").arg(index + 1).arg(r.sheetNames.size());
        return r;
    }
    r.sheet = r.sheetNames.at(index);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (const int rc = freexl_select_active_worksheet(x.h, static_cast<unsigned short>(index)); rc != FREEXL_OK) {
        r.error = freexlError(rc);
        return r;
    }
    if (const int rc = freexl_worksheet_dimensions(x.h, &rows, &columns); rc != FREEXL_OK) {
        r.error = freexlError(rc);
        return r;
    }
    if (options.maxRows > 0 && rows > options.maxRows)
        rows = static_cast<unsigned int>(options.maxRows);
    if (options.maxCells > 0 && qint64(rows) * columns > options.maxCells) {
        r.error = QStringLiteral("sheet %1: more than %2 cells (the limit): %3 rows × %4 columns")
                      .arg(r.sheet, QLocale::c().toString(options.maxCells))
                      .arg(rows)
                      .arg(columns);
        return r;
    }
    QStringList cells;
    qint64 textChars = 0; // a shared string counted for every cell showing it, as in XLSX
    for (unsigned int row = 0; row < rows; ++row) {
        cells.clear();
        int last = -1;
        for (unsigned short col = 0; col < columns; ++col) {
            FreeXL_CellValue value;
            if (const int rc = freexl_get_cell_value(x.h, row, col, &value); rc != FREEXL_OK) {
                r.error = QStringLiteral("sheet %1, row %2: %3").arg(r.sheet).arg(row + 1).arg(freexlError(rc));
                r.errorLine = row + 1;
                r.table = TextTable();
                return r;
            }
            cells.append(cellText(value));
            if (!cells.last().isEmpty())
                last = col;
            textChars += cells.last().size();
            if (options.maxTextChars > 0 && textChars > options.maxTextChars) {
                r.error = QStringLiteral("sheet %1, row %2: the cells hold more than %3 characters of text (the limit)")
                              .arg(r.sheet)
                              .arg(row + 1)
                              .arg(options.maxTextChars);
                r.errorLine = row + 1;
                r.table = TextTable();
                return r;
            }
        }
        cells.erase(cells.begin() + (last + 1), cells.end());
        r.table.append(qint64(row) + 1, cells);
    }
    return r;
}

XlsxResult readXls(const QByteArray &bytes, const XlsxOptions &options)
{
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush()) {
        XlsxResult r;
        r.error = QStringLiteral("cannot write a temporary copy for FreeXL: %1").arg(file.errorString());
        return r;
    }
    return readXlsFile(file.fileName(), options);
}

} // namespace cs
