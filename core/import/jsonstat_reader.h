// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text_table.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cs {

// JSON-stat (json-stat.org), what the APIs of Eurostat, Statistics Sweden, CSO Ireland, INE and
// others return: 2.0 datasets and collections of datasets, and the 1.x bundle
// ({"NAME": {"dimension": {…, "id": …, "size": …}, "value": …}}). The cube is turned into a long
// table the table importer reads like any other (one read path):
//
//   Indicator, [Subject,] Period, Value[, Unit]
//
// - the time dimension (role "time", else the one whose every category is a period) gives the
//   Period, as canonical text: 2023, 2023-Q3, 2023-07, 2023-W31, a half year as its quarters
//   (2023S2, 2023H2 → 2023-Q3/2023-Q4, never year-to-date), and the categories a year lists as
//   its `child` (INE's "2005 - 1" under "2005") as its quarters, months or halves by their count;
// - the geography (role "geo", else a dimension named like a region: geo, region, country, …)
//   gives the Subject, by its label;
// - every other dimension names the indicator, by category labels joined with ", ": the metric
//   dimensions (role "metric") first, then the others of more than one category, in the
//   dataset's order, the unit's last; a dimension named like a unit ("unit", "unit of measure") gives the Unit as
//   well, as does a metric category's `unit` (its label, else its symbol);
// - values come from `value` as an array (null: missing) or an object keyed by the flat index (a
//   key that is absent is missing, never zero), and `status` (an array, an object or one string
//   for all) becomes the value's flag ("111.7 d"), which the importer keeps as a note.
struct JsonStatResult {
    TextTable table;
    QStringList datasets; // the labels of the datasets read
    QString error;        // the file is JSON but not JSON-stat the reader understands, or invalid
    bool ok() const { return error.isEmpty(); }
};

// True for bytes that are a JSON object (after white space and a byte-order mark): they are read
// as JSON-stat, and refused with a message when they are not.
bool looksLikeJson(const QByteArray &bytes);

// `maxCells` bounds the table's cells (the values read × the columns).
JsonStatResult readJsonStat(const QByteArray &bytes, qint64 maxCells);

} // namespace cs
