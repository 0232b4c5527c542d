// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"

#include "default_workspace.h"
#include "cli/exit_codes.h"
#include "cli/export_command.h"
#include "cli/import_command.h"
#include "persist/input_limits.h"
#include "import/text_encoding.h"
#include "query/observation_csv.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "query/workspace_summary.h"

#include <QFileInfo>
#include <QRegularExpression>
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

Loaded load(const QString &file, qint64 maxFileBytes)
{
    if (file.isEmpty())
        return {readWorkspace(defaultWorkspaceJson()), QStringLiteral("(embedded workspace)")};
    WorkspaceReadOptions options;
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

int loadWorkspaceOrReport(const QString &file, Workspace *out, qint64 maxFileBytes)
{
    const Loaded l = load(file, maxFileBytes);
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
        "FILE is a Clusterscope workspace (.json); without it, the embedded Shenzhen workspace is used.\n"
        "\n"
        "  (no option)        open the window on FILE\n"
        "  --summary [FILE]   print what the workspace holds\n"
        "  --dump-data [FILE] print every observation as CSV (UTF-8, RFC 4180):\n"
        "                     indicator,indicator_name,subject,cluster,period,value,unit,qualifier,source\n"
        "  --validate FILE    print each problem as FILE:LINE:COLUMN: message\n"
        "  --list-charts [FILE]  print id<TAB>title for every chart\n"
        "  --lang zh|en       language of chart titles and text (default: the system's)\n"
        "  -o, --output OUT   write the workspace to OUT (canonical JSON, written atomically)\n"
        "  --export OUT --chart ID [--size WxH] [--scale N] [--lang zh|en] [--no-title] [--no-source] [FILE]\n"
        "                     draw one chart to OUT; the format comes from the extension: .png, .pdf, .svg\n"
        "                     (defaults: 800x500 logical pixels, scale 2); runs without a display\n"
        "  --export-all DIR [--formats png,pdf,svg] [FILE]\n"
        "                     draw every chart of the workspace into DIR as ID.FORMAT\n"
        "  --export OUT --series INDICATOR[@SUBJECT] FILE\n"
        "                     draw one series of a workspace or a data file (imported on the fly)\n"
        "  --import DATA -o OUT.json [--layout long|wide|indicator-columns|auto] [--encoding E]\n"
        "                     [--delimiter D] [--skip-rows N] [--sheet NAME|N]\n"
        "                     import a CSV, TSV or XLSX file into a new workspace\n"
        "  --dump-table DATA [same options]\n"
        "                     print the table as read (decoded and split), as a JSON array of rows\n"
        "  --max-file-size SIZE  refuse larger files (SIZE like 512M or 2G; defaults: 128M for\n"
        "                     workspaces, 256M for data files read whole)\n"
        "  -h, --help         print this help\n"
        "  -v, --version      print the version\n"
        "\n"
        "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 invalid input, 4 cannot read or write.\n");
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    QStringList positional;
    bool actionSet = false;
    auto setAction = [&](CommandLine::Action a, const QString &arg) {
        if (a == CommandLine::Action::Import && actionSet && cl.action == CommandLine::Action::Save) {
            cl.action = a; // "-o OUT --import DATA": -o belongs to the import
            return;
        }
        if (actionSet && cl.action != a) {
            cl.error = QStringLiteral("'%1' cannot be combined with another action").arg(arg);
            return;
        }
        cl.action = a;
        actionSet = true;
    };
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size() && cl.error.isEmpty(); ++i) {
        const QString &a = arguments[i];
        if (optionsEnded || !a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            positional << a;
        } else if (a == QLatin1String("--")) {
            optionsEnded = true;
        } else if (a == QLatin1String("--dump-data")) {
            setAction(CommandLine::Action::DumpData, a);
        } else if (a == QLatin1String("--validate")) {
            setAction(CommandLine::Action::Validate, a);
        } else if (a == QLatin1String("--export") || a == QLatin1String("--export-all")) {
            setAction(a == QLatin1String("--export") ? CommandLine::Action::Export : CommandLine::Action::ExportAll, a);
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty() || arguments[i + 1].startsWith(QLatin1String("--")))
                cl.error = QStringLiteral("'%1' needs %2").arg(a, a == QLatin1String("--export") ? QStringLiteral("an output file")
                                                                                                : QStringLiteral("a directory"));
            else
                cl.exportPath = arguments[++i];
        } else if (a == QLatin1String("--import") || a == QLatin1String("--dump-table")) {
            setAction(a == QLatin1String("--import") ? CommandLine::Action::Import : CommandLine::Action::DumpTable, a);
        } else if (a == QLatin1String("--series") || a == QLatin1String("--layout") || a == QLatin1String("--encoding")
                   || a == QLatin1String("--delimiter") || a == QLatin1String("--skip-rows") || a == QLatin1String("--sheet")
                   || a == QLatin1String("--max-file-size")) {
            if (i + 1 >= arguments.size()) {
                cl.error = QStringLiteral("'%1' needs a value").arg(a);
                break;
            }
            const QString v = arguments[++i];
            if (a == QLatin1String("--series")) {
                cl.series = v;
            } else if (a == QLatin1String("--layout")) {
                cl.layout = v;
                if (!QStringList{QStringLiteral("auto"), QStringLiteral("long"), QStringLiteral("wide"), QStringLiteral("indicator-columns")}.contains(v))
                    cl.error = QStringLiteral("--layout takes long, wide, indicator-columns or auto, not '%1'").arg(v);
            } else if (a == QLatin1String("--encoding")) {
                cl.encoding = v;
                if (!textEncodingFromName(v))
                    cl.error = QStringLiteral("unknown encoding '%1': use utf-8, utf-16le, utf-16be, gb18030 (gbk) or latin1").arg(v);
            } else if (a == QLatin1String("--delimiter")) {
                cl.delimiter = v;
                if (v != QLatin1String("tab") && v != QLatin1String("\\t") && (v.size() != 1 || v.at(0).unicode() > 127))
                    cl.error = QStringLiteral("--delimiter takes one character or 'tab', not '%1'").arg(v);
            } else if (a == QLatin1String("--skip-rows")) {
                bool ok = false;
                cl.skipRows = v.toInt(&ok);
                if (!ok || cl.skipRows < 0)
                    cl.error = QStringLiteral("--skip-rows takes a whole number from 0, not '%1'").arg(v);
            } else if (a == QLatin1String("--max-file-size")) {
                cl.maxFileBytes = parseByteSize(v);
                if (cl.maxFileBytes <= 0)
                    cl.error = QStringLiteral("--max-file-size takes a size such as 512M or 2G, not '%1'").arg(v);
            } else {
                cl.sheet = v;
            }
        } else if (a == QLatin1String("--chart") || a == QLatin1String("--size") || a == QLatin1String("--scale")
                   || a == QLatin1String("--formats")) {
            if (i + 1 >= arguments.size()) {
                cl.error = QStringLiteral("'%1' needs a value").arg(a);
                break;
            }
            const QString v = arguments[++i];
            if (a == QLatin1String("--chart")) {
                cl.chartId = v;
            } else if (a == QLatin1String("--size")) {
                static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
                const QRegularExpressionMatch m = re.match(v);
                cl.width = m.hasMatch() ? m.captured(1).toInt() : 0;
                cl.height = m.hasMatch() ? m.captured(2).toInt() : 0;
                if (cl.width < 100 || cl.height < 80 || cl.width > 8000 || cl.height > 8000)
                    cl.error = QStringLiteral("--size takes WIDTHxHEIGHT in logical pixels, from 100x80 to 8000x8000, not '%1'").arg(v);
            } else if (a == QLatin1String("--scale")) {
                bool ok = false;
                cl.scale = v.toDouble(&ok);
                if (!ok || cl.scale < 0.25 || cl.scale > 10)
                    cl.error = QStringLiteral("--scale takes a number from 0.25 to 10, not '%1'").arg(v);
            } else {
                cl.formats = v.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (const QString &f : cl.formats) {
                    if (f != QLatin1String("png") && f != QLatin1String("pdf") && f != QLatin1String("svg"))
                        cl.error = QStringLiteral("--formats takes png, pdf and svg, not '%1'").arg(f);
                }
                if (cl.formats.isEmpty())
                    cl.error = QStringLiteral("--formats needs at least one of png, pdf, svg");
            }
        } else if (a == QLatin1String("--no-title")) {
            cl.includeTitle = false;
        } else if (a == QLatin1String("--no-source")) {
            cl.includeSource = false;
        } else if (a == QLatin1String("--list-charts")) {
            setAction(CommandLine::Action::ListCharts, a);
        } else if (a == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size())
                cl.error = QStringLiteral("'--lang' needs zh or en");
            else if (arguments[i + 1] != QLatin1String("zh") && arguments[i + 1] != QLatin1String("en"))
                cl.error = QStringLiteral("'--lang' takes zh or en, not '%1'").arg(arguments[i + 1]);
            else
                cl.lang = arguments[++i];
        } else if (a == QLatin1String("--summary")) {
            setAction(CommandLine::Action::Summary, a);
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (cl.action != CommandLine::Action::Import)
                setAction(CommandLine::Action::Save, a);
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty())
                cl.error = QStringLiteral("'%1' needs an output file name").arg(a);
            else
                cl.output = arguments[++i];
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            setAction(CommandLine::Action::Help, a);
        } else if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            setAction(CommandLine::Action::Version, a);
        } else {
            cl.error = QStringLiteral("unknown option '%1'").arg(a);
        }
    }
    if (!cl.error.isEmpty())
        return cl;
    if (positional.size() > 1) {
        cl.error = QStringLiteral("one FILE at most, got %1: %2").arg(positional.size()).arg(positional.join(QLatin1Char(' ')));
        return cl;
    }
    if (!positional.isEmpty())
        cl.file = positional.first();
    const QString ext = QFileInfo(cl.exportPath).suffix().toLower();
    if (cl.action == CommandLine::Action::Export && cl.chartId.isEmpty() == cl.series.isEmpty())
        cl.error = QStringLiteral("--export needs either --chart ID (see --list-charts) or --series INDICATOR[@SUBJECT]");
    else if (cl.action == CommandLine::Action::Export && !cl.series.isEmpty() && cl.file.isEmpty())
        cl.error = QStringLiteral("--export --series needs a FILE: a workspace or a data file");
    else if ((cl.action == CommandLine::Action::Import || cl.action == CommandLine::Action::DumpTable) && cl.file.isEmpty())
        cl.error = QStringLiteral("'%1' needs a data FILE").arg(cl.action == CommandLine::Action::Import ? QStringLiteral("--import")
                                                                                                       : QStringLiteral("--dump-table"));
    else if (cl.action == CommandLine::Action::Import && cl.output.isEmpty())
        cl.error = QStringLiteral("--import needs -o OUT.json: where to write the imported workspace");
    else if (cl.action == CommandLine::Action::Export && ext != QLatin1String("png") && ext != QLatin1String("pdf")
             && ext != QLatin1String("svg"))
        cl.error = QStringLiteral("cannot tell the format of '%1': the name must end in .png, .pdf or .svg").arg(cl.exportPath);
    else if (cl.file == QLatin1String("-"))
        cl.error = QStringLiteral("reading a workspace from standard input is not supported; give a file name");
    else if (cl.action == CommandLine::Action::Validate && cl.file.isEmpty())
        cl.error = QStringLiteral("--validate needs a FILE");
    else if ((cl.action == CommandLine::Action::Help || cl.action == CommandLine::Action::Version) && !cl.file.isEmpty())
        cl.error = QStringLiteral("--help and --version take no FILE");
    return cl;
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
