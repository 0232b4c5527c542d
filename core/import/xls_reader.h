// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/xlsx_reader.h"

namespace cs {

// Reading one worksheet of a legacy Excel workbook (.xls: BIFF5 and BIFF8 in an OLE2 compound
// file, which NBS China, the World Bank and the ABS still serve) into a table of strings, with
// FreeXL (Debian libfreexl-dev). The same options, limits, result and errors as the XLSX reader:
// the sheet by name or position, every sheet's name, at most options.maxCells cells (checked
// against the sheet's dimensions before any cell is read) and options.maxTextChars characters of
// their text, row lines the sheet's row numbers.
// Text is UTF-8 whatever the file's code page; numbers are the shortest decimal that round-trips
// (2275538.07, not 2.27553807e+06); dates are YYYY-MM-DD (date-times YYYY-MM-DD HH:MM:SS).
// FreeXL does not report merged cells: a merged cell's text is in its first cell only.
XlsxResult readXlsFile(const QString &path, const XlsxOptions &options = {});
// The same from bytes (FreeXL reads files: the bytes are written to a temporary file first).
XlsxResult readXls(const QByteArray &bytes, const XlsxOptions &options = {});

// Whether bytes start with the OLE2 compound file signature (D0 CF 11 E0 A1 B1 1A E1).
bool looksLikeOle2(const QByteArray &bytes);

} // namespace cs
