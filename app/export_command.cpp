// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_command.h"

#include "chart_export.h"
#include "command_line.h"
#include "exit_codes.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace cs {

namespace {
void fail(const QString &message) { std::fprintf(stderr, "clusterscope: %s\n", message.toUtf8().constData()); }
} // namespace

int runExportCommand(const CommandLine &cl)
{
    Workspace ws;
    if (const int code = loadWorkspaceOrReport(cl.file, &ws); code != ExitOk)
        return code;
    ExportOptions options;
    options.size = QSize(cl.width, cl.height);
    options.scale = cl.scale;
    options.lang = commandLineLanguage(cl);
    options.includeTitle = cl.includeTitle;
    options.includeSource = cl.includeSource;

    if (cl.action == CommandLine::Action::Export) {
        const ChartSpec *spec = ws.chart(cl.chartId);
        if (!spec) {
            QStringList ids;
            for (const ChartSpec &c : ws.charts)
                ids << c.id;
            fail(QStringLiteral("unknown chart '%1'; the workspace has: %2").arg(cl.chartId, ids.join(QStringLiteral(", "))));
            return ExitUsage;
        }
        QString error;
        if (!exportChart(ws, *spec, {}, options, cl.exportPath, &error)) {
            fail(QStringLiteral("%1: cannot write: %2").arg(cl.exportPath, error));
            return ExitIoError;
        }
        return ExitOk;
    }

    const QDir dir(cl.exportPath);
    if (!QDir().mkpath(cl.exportPath) || !QFileInfo(cl.exportPath).isDir()) {
        fail(QStringLiteral("%1: cannot create the directory").arg(cl.exportPath));
        return ExitIoError;
    }
    for (const ChartSpec &spec : ws.charts) {
        for (const QString &format : cl.formats) {
            const QString path = dir.filePath(spec.id + QLatin1Char('.') + format);
            QString error;
            if (!exportChart(ws, spec, {}, options, path, &error)) {
                fail(QStringLiteral("%1: cannot write: %2").arg(path, error));
                return ExitIoError;
            }
        }
    }
    return ExitOk;
}

} // namespace cs
