// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text_table.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cs {

// Reading one worksheet of an XLSX workbook into a table of strings, with QuaZip and
// QXmlStreamReader: shared and inline strings, numbers (as the shortest decimal that round-trips),
// dates (as YYYY-MM-DD, from the cell's number format), and merged cells (the top-left value
// repeated across the merged range, so merged header cells label every column they span).
// The sheet's `dimension` element is not trusted: cells are placed by their references.

struct XlsxOptions {
    QString sheetName;  // by name, if set
    int sheetIndex = 0; // otherwise by position, 0 = the first sheet
    // Whether the user chose the sheet. When not, readDataFile() reads the first sheet holding a
    // table it can import (an ABS workbook's Index sheet comes before its Data1).
    bool sheetGiven = false;
    // Limits (0: none): the sum of uncompressed part sizes read, the cells read, and the
    // characters of their text, a shared string or merged cell counted for every cell showing it
    // (a 4 MB workbook repeating one 32,000-character string over two million cells would take
    // 128 GB). The defaults keep a hostile or huge workbook to about 1 GiB of memory (some 60
    // bytes per stored cell, and two bytes a character).
    qint64 maxUncompressedBytes = 256ll << 20;
    qint64 maxCells = 10'000'000;
    qint64 maxTextChars = 256ll << 20;
    // Rows read at most (0: all): the sheet choice probes each sheet's first rows; the rest of
    // the sheet is not read (nor its merged cells, which come after the rows).
    qint64 maxRows = 0;
};

struct XlsxResult {
    TextTable table;        // row lines are the sheet's row numbers
    QStringList sheetNames; // every sheet of the workbook, in order
    QString sheet;          // the sheet read
    QStringList warnings;
    QString error;          // "xl/worksheets/sheet1.xml: …" on failure; the table is then empty
    qint64 errorLine = 0;   // the XML line, or the sheet row
    int errorColumn = 0;
    bool ok() const { return error.isEmpty(); }
};

XlsxResult readXlsx(const QByteArray &bytes, const XlsxOptions &options = {});
XlsxResult readXlsxFile(const QString &path, const XlsxOptions &options = {});

// Whether bytes look like a ZIP container (an XLSX workbook).
bool looksLikeZip(const QByteArray &bytes);

} // namespace cs
