// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/export_command.h"

#include "render/chart_export.h"
#include "cli/command_line.h"
#include "cli/exit_codes.h"
#include "cli/import_command.h"
#include "import/series_extract.h"
#include "persist/workspace_sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace cs {

namespace {

void fail(const QString &message) { printErrorLine(QStringLiteral("clusterscope: %1").arg(message)); }

bool isWorkspaceFile(const QString &path)
{
    if (isSqliteWorkspacePath(path))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4096);
    return head.trimmed().startsWith('{') && head.contains("clusterscope-workspace");
}

// The indicator `series` names: an id ("ind03@city007"), or a name or id with a subject's name or id.
const Indicator *findSeries(const Workspace &ws, const QString &series)
{
    if (const Indicator *exact = ws.indicator(series))
        return exact;
    const QString name = series.section(QLatin1Char('@'), 0, 0);
    const QString subject = series.section(QLatin1Char('@'), 1);
    if (const Indicator *byIds = ws.indicator(importedId(name) + QLatin1Char('@') + importedId(subject)))
        return byIds;
    const Indicator *found = nullptr;
    for (const Indicator &ind : ws.indicators) {
        const bool nameOk = ind.id == name || ind.name.zh == name || ind.name.en == name || ind.id.section(QLatin1Char('@'), 0, 0) == importedId(name);
        const Subject *s = ws.subject(ind.subject);
        const bool subjectOk = subject.isEmpty() || ind.subject == subject || ind.subject == importedId(subject)
            || (s && (s->name.zh == subject || s->name.en == subject));
        if (nameOk && subjectOk) {
            if (found)
                return nullptr; // ambiguous: say which subject
            found = &ind;
        }
    }
    return found;
}

// Exports one chart. Only a file that cannot be written is an I/O error (exit 4); a figure that
// cannot be drawn is an internal error (exit 1), with its reason.
int exportOne(const Workspace &ws, const ChartSpec &spec, const ExportOptions &options, const QString &path)
{
    QString error;
    ExportFailure failure = ExportFailure::None;
    if (exportChart(ws, spec, {}, options, path, &error, &failure))
        return ExitOk;
    switch (failure) {
    case ExportFailure::Write:
        fail(QStringLiteral("%1: cannot write: %2").arg(path, error));
        return ExitIoError;
    case ExportFailure::Format:
        fail(QStringLiteral("%1: %2").arg(path, error));
        return ExitUsage;
    case ExportFailure::None:
    case ExportFailure::Render:
        break;
    }
    fail(QStringLiteral("%1: %2").arg(path, error));
    return ExitInternalError;
}

} // namespace

int runExportCommand(const CommandLine &cl)
{
    Workspace ws;
    const bool dataFile = !cl.series.isEmpty() && !isWorkspaceFile(cl.file);
    if (dataFile) {
        bool ioError = false;
        const TableImportResult imported = importSeries(cl.file, cl.series.section(QLatin1Char('@'), 0, 0),
                                                        cl.series.section(QLatin1Char('@'), 1), dataFileOptions(cl),
                                                        tableImportOptions(cl), &ioError);
        if (!imported.ok()) {
            reportFileError(cl.file, imported.errorLine, imported.errorColumn, imported.error);
            return ioError ? ExitIoError : ExitInvalidInput;
        }
        ws = std::move(imported.workspace); // into an empty workspace: nothing to merge with
    } else if (const int code = loadWorkspaceOrReport(cl.file, &ws, cl.maxFileBytes); code != ExitOk) {
        return code;
    }
    ExportOptions options;
    options.size = QSize(cl.width, cl.height);
    options.scale = cl.scale;
    options.lang = commandLineLanguage(cl);
    options.includeTitle = cl.includeTitle;
    options.includeSource = cl.includeSource;

    if (cl.action == CommandLine::Action::Export && !cl.series.isEmpty()) {
        const Indicator *ind = findSeries(ws, cl.series);
        if (!ind) {
            fail(QStringLiteral("%1: no single series '%2' (give INDICATOR@SUBJECT, by name or id)").arg(cl.file, cl.series));
            return ExitUsage;
        }
        ChartSpec spec = indicatorChartSpec(ws, ind->id);
        spec.series.first().style = SeriesStyle::Line;
        return exportOne(ws, spec, options, cl.exportPath);
    }
    if (cl.action == CommandLine::Action::Export) {
        const ChartSpec *spec = ws.chart(cl.chartId);
        if (!spec) {
            QStringList ids;
            for (const ChartSpec &c : ws.charts)
                ids << c.id;
            fail(QStringLiteral("unknown chart '%1'; the workspace has: %2").arg(cl.chartId, ids.join(QStringLiteral(", "))));
            return ExitUsage;
        }
        return exportOne(ws, *spec, options, cl.exportPath);
    }

    const QDir dir(cl.exportPath);
    if (!QDir().mkpath(cl.exportPath) || !QFileInfo(cl.exportPath).isDir()) {
        fail(QStringLiteral("%1: cannot create the directory").arg(cl.exportPath));
        return ExitIoError;
    }
    for (const ChartSpec &spec : ws.charts) {
        for (const QString &format : cl.formats) {
            if (const int code = exportOne(ws, spec, options, dir.filePath(spec.id + QLatin1Char('.') + format));
                code != ExitOk)
                return code;
        }
    }
    return ExitOk;
}

} // namespace cs
