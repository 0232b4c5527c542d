// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"

#include "default_workspace.h"
#include "cli/exit_codes.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/import_command.h"
#include "query/observation_csv.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "query/workspace_summary.h"

#include <QLocale>
#include <cstdio>

namespace cs {

namespace {

void writeOut(const QByteArray &bytes) { std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout); }
void writeErr(const QString &line) { printErrorLine(line); }

struct Loaded {
    LoadResult result;
    QString displayName;
};

Loaded load(const QString &file, qint64 maxFileBytes, WorkspaceReadOptions options = {})
{
    if (file.isEmpty())
        return {readWorkspace(defaultWorkspaceJson()), QStringLiteral("(embedded workspace)")};
    if (maxFileBytes > 0)
        options.maxFileBytes = maxFileBytes;
    return {readWorkspaceFile(file, options), file};
}

int exitCodeFor(const LoadResult &r)
{
    switch (r.status) {
    case LoadResult::Status::Ok: return ExitOk;
    case LoadResult::Status::HasProblems:
    case LoadResult::Status::Invalid: return ExitInvalidInput;
    case LoadResult::Status::IoError: return ExitIoError;
    }
    return ExitInternalError;
}

void printProblems(const Loaded &l)
{
    for (const Problem &p : l.result.problems)
        writeErr(p.format(l.displayName));
}

} // namespace

Lang commandLineLanguage(const CommandLine &cl)
{
    if (cl.lang == QLatin1String("zh"))
        return Lang::Zh;
    if (cl.lang == QLatin1String("en"))
        return Lang::En;
    return QLocale::system().language() == QLocale::Chinese ? Lang::Zh : Lang::En;
}

int loadWorkspaceOrReport(const QString &file, Workspace *out, qint64 maxFileBytes, const WorkspaceReadOptions &options)
{
    const Loaded l = load(file, maxFileBytes, options);
    if (l.result.status != LoadResult::Status::Ok) {
        printProblems(l);
        return exitCodeFor(l.result);
    }
    *out = l.result.workspace;
    return ExitOk;
}

QString usageText()
{
    return QStringLiteral(
        "Usage: clusterscope [OPTION] [FILE]\n"
        "Chart regional industry indicators and the clusters behind them, every number with its source.\n"
        "FILE is a Clusterscope workspace (.clusterscope, SQLite; or .json); without it, the embedded Shenzhen\n"
        "workspace is used.\n"
        "\n"
        "  (no option)        open the window on FILE\n"
        "  --summary [FILE]   print what the workspace holds\n"
        "  --dump-data [FILE] print every observation as CSV (UTF-8, RFC 4180):\n"
        "                     indicator,indicator_name,subject,cluster,period,value,unit,qualifier,source\n"
        "  --validate FILE    print each problem as FILE:LINE:COLUMN: message\n"
        "  --list-charts [FILE]  print id<TAB>title for every chart\n"
        "  --lang zh|en       language of chart titles and text (default: the system's)\n"
        "  -o, --output OUT   write the workspace to OUT, written atomically: SQLite when OUT ends in\n"
        "                     .clusterscope, canonical JSON otherwise\n"
        "  --export OUT --chart ID [--size WxH] [--scale N] [--lang zh|en] [--no-title] [--no-source] [FILE]\n"
        "                     draw one chart to OUT; the format comes from the extension: .png, .pdf, .svg\n"
        "                     (defaults: 800x500 logical pixels, scale 2); runs without a display\n"
        "  --export-all DIR [--formats png,pdf,svg] [FILE]\n"
        "                     draw every chart of the workspace into DIR as ID.FORMAT\n"
        "  --export OUT --series INDICATOR[@SUBJECT] FILE\n"
        "                     draw one series of a workspace or a data file (imported on the fly)\n"
        "  --import DATA -o OUT.clusterscope|OUT.json [--layout long|wide|indicator-columns|auto] [--encoding E]\n"
        "                     [--delimiter D] [--skip-rows N] [--sheet NAME|N]\n"
        "                     import a CSV, TSV, SDMX-CSV, XLSX, XLS or JSON-stat file into a new workspace\n"
        "  --extract TEXTFILE [--date YYYY-MM-DD] [--lang zh|en] [-o OUT.clusterscope|OUT.json]\n"
        "                     every figure of an article (.txt, .md, .html or .pdf) with its sentence, as CSV\n"
        "                     (value,unit,qualifier,period,measure,subject,indicator_name,quote,start,end);\n"
        "                     --date resolves 今年, 前三季度, 目前; -o writes a workspace of the figures instead\n"
        "  --dump-table DATA [same options]\n"
        "                     print the table as read (decoded and split; JSON-stat as its long table),\n"
        "                     as a JSON array of rows\n"
        "  --max-file-size SIZE  refuse larger files (SIZE like 512M or 2G; defaults: 128M for\n"
        "                     JSON workspaces, 256M for data files read whole)\n"
        "  -h, --help         print this help\n"
        "  -v, --version      print the version\n"
        "\n"
        "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 invalid input, 4 cannot read or write.\n");
}

bool needsOffscreenGui(const CommandLine &cl)
{
    return cl.action == CommandLine::Action::Export || cl.action == CommandLine::Action::ExportAll;
}

int runCommandLine(const CommandLine &cl)
{
    switch (cl.action) {
    case CommandLine::Action::Help:
        writeOut(usageText().toUtf8());
        return ExitOk;
    case CommandLine::Action::Version:
        writeOut(QByteArray("clusterscope " CLUSTERSCOPE_VERSION "\n"));
        return ExitOk;
    case CommandLine::Action::Validate: {
        const Loaded l = load(cl.file, cl.maxFileBytes);
        printProblems(l);
        return exitCodeFor(l.result);
    }
    case CommandLine::Action::Save: {
        const Loaded l = load(cl.file, cl.maxFileBytes);
        if (l.result.status != LoadResult::Status::Ok) {
            printProblems(l);
            return exitCodeFor(l.result);
        }
        const SaveResult saved = saveWorkspace(l.result.workspace, cl.output); // keeps OUT~
        if (!saved.ok) {
            writeErr(QStringLiteral("clusterscope: %1").arg(saved.error));
            return ExitIoError;
        }
        return ExitOk;
    }
    case CommandLine::Action::Export:
    case CommandLine::Action::ExportAll:
        return runExportCommand(cl);
    case CommandLine::Action::Import:
        return runImportCommand(cl);
    case CommandLine::Action::DumpTable:
        return runDumpTableCommand(cl);
    case CommandLine::Action::Extract:
        return runExtractCommand(cl);
    case CommandLine::Action::ListCharts: {
        const Loaded l = load(cl.file, cl.maxFileBytes);
        if (l.result.status != LoadResult::Status::Ok) {
            printProblems(l);
            return exitCodeFor(l.result);
        }
        QByteArray out;
        for (const ChartSpec &c : l.result.workspace.charts)
            out += (c.id + QLatin1Char('\t') + c.title.text(commandLineLanguage(cl)) + QLatin1Char('\n')).toUtf8();
        writeOut(out);
        return ExitOk;
    }
    case CommandLine::Action::DumpData:
    case CommandLine::Action::Summary:
    case CommandLine::Action::Window: {
        const Loaded l = load(cl.file, cl.maxFileBytes);
        if (l.result.status != LoadResult::Status::Ok) {
            printProblems(l);
            return exitCodeFor(l.result);
        }
        writeOut(cl.action == CommandLine::Action::DumpData ? observationsCsv(l.result.workspace)
                                                            : workspaceSummary(l.result.workspace, commandLineLanguage(cl)).toUtf8());
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            writeErr(QStringLiteral("clusterscope: cannot write to standard output"));
            return ExitIoError;
        }
        return ExitOk;
    }
    }
    return ExitInternalError;
}

} // namespace cs
