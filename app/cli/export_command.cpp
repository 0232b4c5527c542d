// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/export_command.h"

#include "persist/workspace_file.h"

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

// The series `series` names: INDICATOR@SUBJECT, each by id or name ("ind03@city007",
// "GDP@China"), or an indicator alone when it has one subject. A panel indicator needs its subject.
struct NamedSeries {
    const Indicator *indicator = nullptr;
    QString subject; // a panel's subject id; empty for an indicator of one subject
};
std::optional<NamedSeries> findSeries(const Workspace &ws, const QString &series)
{
    if (const Indicator *exact = ws.indicator(series); exact && !exact->subject.isEmpty())
        return NamedSeries{exact, QString()};
    const QString name = series.section(QLatin1Char('@'), 0, 0);
    const QString subject = series.section(QLatin1Char('@'), 1);
    auto subjectMatches = [&](const QString &id) {
        const Subject *s = ws.subject(id);
        return id == subject || id == importedId(subject) || (s && (s->name.zh == subject || s->name.en == subject));
    };
    QString subjectId; // the subject named, for a panel
    for (const Subject &s : ws.subjects)
        if (!subject.isEmpty() && subjectMatches(s.id))
            subjectId = s.id;
    std::optional<NamedSeries> found;
    for (const Indicator &ind : ws.indicators) {
        const bool nameOk = ind.id == name || ind.name.zh == name || ind.name.en == name || ind.id == importedId(name);
        const bool panel = ind.subject.isEmpty();
        const bool subjectOk = panel ? !subjectId.isEmpty() : (subject.isEmpty() || subjectMatches(ind.subject));
        if (nameOk && subjectOk) {
            if (found)
                return std::nullopt; // ambiguous: say which subject
            found = NamedSeries{&ind, panel ? subjectId : QString()};
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
    } else {
        // One series of a .clusterscope file: only the blocks that hold it are read.
        WorkspaceReadOptions read;
        if (cl.action == CommandLine::Action::Export && !cl.series.isEmpty())
            read.series = [&cl](const Workspace &meta) -> std::optional<std::pair<QString, QString>> {
                if (const std::optional<NamedSeries> named = findSeries(meta, cl.series))
                    return std::pair{named->indicator->id, named->subject};
                return std::nullopt; // reported below, from the workspace read
            };
        if (const int code = loadWorkspaceOrReport(cl.file, &ws, cl.maxFileBytes, read); code != ExitOk)
            return code;
    }
    ExportOptions options;
    options.size = QSize(cl.width, cl.height);
    options.scale = cl.scale;
    options.lang = commandLineLanguage(cl);
    options.includeTitle = cl.includeTitle;
    options.includeSource = cl.includeSource;

    if (cl.action == CommandLine::Action::Export && !cl.series.isEmpty()) {
        const std::optional<NamedSeries> named = findSeries(ws, cl.series);
        if (!named) {
            fail(QStringLiteral("%1: no single series '%2' (give INDICATOR@SUBJECT, by name or id)").arg(cl.file, cl.series));
            return ExitUsage;
        }
        ChartSpec spec = indicatorChartSpec(ws, named->indicator->id,
                                            named->subject.isEmpty() ? QStringList() : QStringList{named->subject});
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
