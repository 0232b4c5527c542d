// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/import_command.h"

#include "cli/command_line.h"
#include "cli/exit_codes.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cs {

DataFileOptions dataFileOptions(const CommandLine &cl)
{
    DataFileOptions o;
    if (!cl.encoding.isEmpty())
        o.csv.encoding = textEncodingFromName(cl.encoding);
    if (cl.delimiter == QLatin1String("tab") || cl.delimiter == QLatin1String("\\t"))
        o.csv.delimiter = '\t';
    else if (cl.delimiter.size() == 1)
        o.csv.delimiter = cl.delimiter.at(0).toLatin1();
    bool number = false;
    const int sheet = cl.sheet.toInt(&number);
    if (number && sheet >= 1)
        o.xlsx.sheetIndex = sheet - 1;
    else
        o.xlsx.sheetName = cl.sheet;
    o.xlsx.sheetGiven = !cl.sheet.isEmpty();
    if (cl.maxFileBytes > 0)
        o.maxFileBytes = cl.maxFileBytes;
    return o;
}

TableImportOptions tableImportOptions(const CommandLine &cl)
{
    TableImportOptions o;
    o.layout = tableLayoutFromId(cl.layout).value_or(TableLayout::Auto);
    o.headerRow = cl.skipRows;
    o.fileName = cl.file;
    return o;
}

void reportFileError(const QString &file, qint64 line, int column, const QString &message)
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(std::max(1, column));
    printErrorLine(QStringLiteral("%1: %2").arg(where, message));
}

namespace {

// Reads the data file, or reports why not and gives the exit code.
int readTable(const CommandLine &cl, DataFileResult *out, bool reshape = true)
{
    DataFileOptions options = dataFileOptions(cl);
    options.reshape = reshape;
    *out = readDataFile(cl.file, options);
    if (out->ok())
        return ExitOk;
    reportFileError(cl.file, out->errorLine, out->errorColumn, out->error);
    return out->ioError ? ExitIoError : ExitInvalidInput;
}

} // namespace

int runImportCommand(const CommandLine &cl)
{
    DataFileResult file;
    if (const int code = readTable(cl, &file); code != ExitOk)
        return code;
    TableImportResult imported = importTable(std::move(file.table), tableImportOptions(cl));
    file.table = {}; // the strings of a large file are no longer needed: free them before writing
#if defined(__GLIBC__)
    malloc_trim(0); // and give their pages back, rather than add the file's text on top of them
#endif
    if (!imported.ok()) {
        reportFileError(cl.file, imported.errorLine, imported.errorColumn, imported.error);
        return ExitInvalidInput;
    }
    const qsizetype indicators = imported.workspace.indicators.size();
    // A new workspace: nothing can clash, so the import becomes it (moved, not copied).
    Workspace ws = std::move(imported.workspace);
    const QString name = QFileInfo(cl.file).completeBaseName();
    ws.title = {name, name};
    const SaveResult saved = saveWorkspace(ws, cl.output); // the same save as -o: keeps OUT~
    if (!saved.ok) {
        printErrorLine(QStringLiteral("clusterscope: %1").arg(saved.error));
        return ExitIoError;
    }
    std::printf("%s\n", QStringLiteral("imported %1 values into %2 indicators (%3 layout); %4 cells marked missing; %5 rows skipped")
                            .arg(imported.imported).arg(indicators)
                            .arg(tableLayoutId(imported.layout)).arg(imported.missing).arg(imported.skipped.size())
                            .toUtf8().constData());
    return ExitOk;
}

int runDumpTableCommand(const CommandLine &cl)
{
    DataFileResult file;
    if (const int code = readTable(cl, &file, false); code != ExitOk) // as read, not reshaped
        return code;
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < file.table.rows.size(); ++i) {
        out += QJsonDocument(QJsonArray::fromStringList(file.table.rows[i])).toJson(QJsonDocument::Compact);
        out += i + 1 < file.table.rows.size() ? ",\n" : "\n";
    }
    out += "]\n";
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    for (const DataFileWarning &w : std::as_const(file.warnings))
        printErrorLine(QStringLiteral("%1:%2").arg(cl.file, w.text()));
    return ExitOk;
}

} // namespace cs
