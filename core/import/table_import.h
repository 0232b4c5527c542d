// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text_table.h"
#include "model/workspace.h"

#include <QList>
#include <QString>
#include <optional>

namespace cs {

// Turning a table read from a file into indicators and observations, with the file as their
// source. Layouts: long (one row per observation), wide (periods as columns: NBS, World Bank,
// Eurostat), and indicator columns (a period column, then one column per indicator: NBS monthly,
// FRED, Our World in Data). Metadata above the header and notes below the table are skipped.

enum class TableLayout { Auto, Long, Wide, IndicatorColumns };
QString tableLayoutId(TableLayout l); // "auto", "long", "wide", "indicator-columns"
std::optional<TableLayout> tableLayoutFromId(const QString &id);

// Which column holds what (-1: none).
struct ColumnRoles {
    int subject = -1;
    int indicator = -1;
    int period = -1;
    int value = -1;
    int unit = -1;
    QList<int> data;       // wide: the period columns; indicator columns: the indicator columns
    QList<int> ignored;    // codes and other columns that are not imported
    // Indicator columns: columns of words that take several values for one subject (a sector, a
    // sex, an age group: the US Census Bureau's long tables); each row's words qualify the name
    // of the indicators it holds. A column with one word per subject (OWID's region) is ignored.
    QList<int> dimensions;
    bool eurostatKey = false; // column 0 is Eurostat's comma-joined key ("unit,geo\time")
};

struct TableImportOptions {
    TableLayout layout = TableLayout::Auto;
    int headerRow = -1;        // index into the table's rows; -1: detect (after metadata lines)
    std::optional<ColumnRoles> roles; // overrides detection
    QString fileName;          // for the source and the messages
    QString sourceTitle;       // the source's title when the table is not a file ("pasted on 2026-12-01 14:03"); its id follows
    QString defaultSubject;    // when the file has no subject column (FRED); default: from metadata or "unspecified"
    QString defaultIndicator;  // when the file has no indicator column (NBS puts it above: "指标：…")
    QString defaultUnit;       // unit text when neither a column nor a header gives one
    qint64 maxObservations = 0; // 0: no limit
};

struct SkippedRow {
    qint64 line = 0;
    int column = 0; // 1-based; 0: the whole row
    QString reason;
};

struct TableImportResult {
    Workspace workspace;       // the imported source, subjects, indicators and observations
    TableLayout layout = TableLayout::Auto;
    int headerRow = -1;
    ColumnRoles roles;
    QStringList metadata;      // lines above the header, as read
    int imported = 0;
    int missing = 0;           // cells marked missing (.., :, NA, empty): not imported, not zeros
    QList<SkippedRow> skipped; // rows and cells left out, with the reason
    QString error;             // the import failed: nothing is imported
    qint64 errorLine = 0;
    int errorColumn = 0;
    bool ok() const { return error.isEmpty(); }
};

TableImportResult importTable(const TextTable &table, const TableImportOptions &options = {});
// The same, giving the memory of the table's rows back as they are imported (a file of millions
// of rows is not held twice, as text and as values). The table is left with its line numbers and
// the rows up to its header and after its last data row; the others read as empty.
TableImportResult importTable(TextTable &&table, const TableImportOptions &options = {});

// Only the first part of importTable: the header row, metadata, layout and column roles (or the
// error). Cheap on the first rows of a large file.
TableImportResult analyseTable(const TextTable &table, const TableImportOptions &options = {});

// The row holding the column names (an index into the table's rows): the first with at least
// half as many filled cells as most rows have, followed by a row of two or more; -1 when none.
int detectHeaderRow(const TextTable &table);

// The role a header name suggests: "地区", "region", "Country Name", "Entity" → subject; and so on.
enum class HeaderRole { None, Subject, Indicator, Period, Value, Unit, Code };
HeaderRole headerRole(const QString &header);

// The id an imported name gets: lower-case ASCII words joined by '-', other scripts as written.
QString importedId(const QString &name);

// Adds `imported` to `ws` as one step: everything or, when an id would clash, nothing.
bool mergeWorkspace(Workspace &ws, const Workspace &imported, QString *error);

} // namespace cs
