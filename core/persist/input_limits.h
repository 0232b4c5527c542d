// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QtGlobal>

namespace cs {

// Limits on what Clusterscope reads, so that a hostile or broken file gives a clear error in
// seconds instead of exhausting memory. The defaults keep reading any file under 1 GiB of memory;
// each can be raised (the command line's --max-file-size, the option structs).
namespace limits {
// Files read whole: data files (CSV, TSV, XLSX) for import, and workspace files.
inline constexpr qint64 kMaxDataFileBytes = 256ll << 20;
inline constexpr qint64 kMaxWorkspaceFileBytes = 128ll << 20;
// Delimited text: one record (a line, or several when a quoted field spans lines), the fields in
// one record (16,384 is the most a spreadsheet holds), and the cells of a table read whole.
inline constexpr qint64 kMaxRecordBytes = 4ll << 20;
inline constexpr int kMaxColumns = 16384;
// 12 million: a World Bank bulk download of ten million values (400,000 rows of 29 cells) reads.
inline constexpr qint64 kMaxCells = 12'000'000;
// Workspace JSON: nesting (the format itself needs 6 levels), items (values and keys), and the
// characters of one number.
inline constexpr int kMaxJsonDepth = 64;
inline constexpr qint64 kMaxJsonItems = 16'000'000;
inline constexpr int kMaxNumberChars = 200;
} // namespace limits

// Opens `f` (named by its path) for reading: an empty string, or "cannot read: …" (a directory,
// a missing file, no permission).
QString openForReading(QFile &f);

// "256 MiB", "4 KiB", "900 bytes": sizes in messages about limits.
QString byteSizeText(qint64 bytes);

// "the file is 300 MiB, more than the limit of 256 MiB (…)": a file refused before reading.
QString fileTooLargeMessage(qint64 size, qint64 limit);

// Parses a size as given on a command line: "1048576", "512K", "256M", "2G" (binary units;
// "MiB" and "MB" are read the same). Returns -1 when it is not one.
qint64 parseByteSize(const QString &text);

// A message made fit for one line of a terminal or a status bar: line breaks and other control
// characters become spaces, and a message longer than maxChars keeps its start and its end with
// "…" between.
QString oneLineMessage(const QString &message, int maxChars = 400);

} // namespace cs
