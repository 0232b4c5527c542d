// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text_table.h"

#include <QString>

namespace cs {

// SDMX-CSV, what the current APIs of Eurostat, the OECD, the ECB and the IMF return: a first
// column DATAFLOW (1.0) or STRUCTURE, STRUCTURE_ID[, STRUCTURE_NAME][, ACTION] (2.0), then the
// dimensions, TIME_PERIOD, OBS_VALUE and the attributes (OBS_FLAG or OBS_STATUS, CONF_STATUS,
// UNIT_MULT, …). Cells hold codes, labels, or "CODE: Label"; with labels as their own columns
// (2.0's labels=name), each column is followed by its label's.
//
// The table read from the file is rewritten as the long table the table importer reads (one
// read path), each row keeping its line of the file:
//
//   Indicator, [Subject,] Period, Value[, Unit]
//
// - the reference area (REF_AREA, geo, COUNTRY, … by headerRole()) gives the Subject, by label;
// - the unit (UNIT_MEASURE, unit, …) gives the Unit, prefixed by UNIT_MULT's multiplier
//   ("million EUR" for UNIT_MULT 6: applied to the unit, never to the value);
// - the other dimensions but the frequency name the indicator, labels joined with ", ": those
//   that vary in the file, then the unit when it varies; when none varies, the dataflow's name
//   (2.0's STRUCTURE_NAME) and those that are not SDMX's total or not-applicable (_T, _Z, _X,
//   "Total", "Not applicable"); else the dataflow;
// - OBS_FLAG and OBS_STATUS become the value's flag, kept as a note ("6.1 b"; status A, SDMX's
//   "normal value", is no flag; both letters when both are given, "bp"), and a
//   confidential cell (CONF_STATUS C) with no value is missing;
// - TIME_PERIOD is read as every period: 2023, 2023-Q3, 2023-07, 2023-W31, 2023-S2 (the second
//   half year, never year-to-date).
struct SdmxCsvResult {
    TextTable table;
    QString dataflow; // STRUCTURE_NAME, or the DATAFLOW / STRUCTURE_ID
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// True when the table's first row is an SDMX-CSV header (DATAFLOW or STRUCTURE first, with
// TIME_PERIOD and OBS_VALUE).
bool isSdmxCsv(const TextTable &table);

SdmxCsvResult readSdmxCsv(const TextTable &table);

} // namespace cs
