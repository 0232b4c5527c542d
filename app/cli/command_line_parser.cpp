// SPDX-License-Identifier: GPL-3.0-or-later
// parseCommandLine: QCommandLineParser splits the arguments; here every option found is checked,
// in the order given, and every error becomes one line in the wording of --help. Nothing here
// prints or exits: the caller gets the error text.
#include "cli/command_line.h"

#include "import/text_encoding.h"
#include "persist/input_limits.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace cs {

namespace {

enum class Opt {
    DumpData, Validate, Summary, ListCharts, Export, ExportAll, Import, DumpTable, Output, Help, Version,
    Series, Layout, Encoding, Delimiter, SkipRows, Sheet, MaxFileSize, Chart, Size, Scale, Formats, Lang,
    NoTitle, NoSource, Extract, Date,
};

struct OptionSpec {
    Opt id;
    QStringList names;
    QString valueName;          // empty: a flag
    const char *missingValue;   // the error when the value is missing; %1 is the option as typed
};

const std::vector<OptionSpec> &optionSpecs()
{
    const auto names = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *n : list)
            out << QLatin1String(n);
        return out;
    };
    const char *const needsValue = "'%1' needs a value";
    static const std::vector<OptionSpec> specs = {
        {Opt::DumpData, names({"dump-data"}), {}, nullptr},
        {Opt::Validate, names({"validate"}), {}, nullptr},
        {Opt::Summary, names({"summary"}), {}, nullptr},
        {Opt::ListCharts, names({"list-charts"}), {}, nullptr},
        {Opt::Export, names({"export"}), QStringLiteral("OUT"), "'%1' needs an output file"},
        {Opt::ExportAll, names({"export-all"}), QStringLiteral("DIR"), "'%1' needs a directory"},
        {Opt::Import, names({"import"}), {}, nullptr},
        {Opt::Extract, names({"extract"}), {}, nullptr},
        {Opt::Date, names({"date"}), QStringLiteral("YYYY-MM-DD"), "'%1' needs the article's date, YYYY-MM-DD"},
        {Opt::DumpTable, names({"dump-table"}), {}, nullptr},
        {Opt::Output, names({"o", "output"}), QStringLiteral("OUT"), "'%1' needs an output file name"},
        {Opt::Help, names({"h", "help"}), {}, nullptr},
        {Opt::Version, names({"v", "version"}), {}, nullptr},
        {Opt::Series, names({"series"}), QStringLiteral("INDICATOR[@SUBJECT]"), needsValue},
        {Opt::Layout, names({"layout"}), QStringLiteral("LAYOUT"), needsValue},
        {Opt::Encoding, names({"encoding"}), QStringLiteral("E"), needsValue},
        {Opt::Delimiter, names({"delimiter"}), QStringLiteral("D"), needsValue},
        {Opt::SkipRows, names({"skip-rows"}), QStringLiteral("N"), needsValue},
        {Opt::Sheet, names({"sheet"}), QStringLiteral("NAME|N"), needsValue},
        {Opt::MaxFileSize, names({"max-file-size"}), QStringLiteral("SIZE"), needsValue},
        {Opt::Chart, names({"chart"}), QStringLiteral("ID"), needsValue},
        {Opt::Size, names({"size"}), QStringLiteral("WxH"), needsValue},
        {Opt::Scale, names({"scale"}), QStringLiteral("N"), needsValue},
        {Opt::Formats, names({"formats"}), QStringLiteral("LIST"), needsValue},
        {Opt::Lang, names({"lang"}), QStringLiteral("zh|en"), "'%1' needs zh or en"},
        {Opt::NoTitle, names({"no-title"}), {}, nullptr},
        {Opt::NoSource, names({"no-source"}), {}, nullptr},
    };
    return specs;
}

const OptionSpec *specNamed(const QString &name)
{
    for (const OptionSpec &s : optionSpecs())
        if (s.names.contains(name))
            return &s;
    return nullptr;
}

// An option's name as it is typed: -o, --output.
QString typed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// QCommandLineParser's error, in the command line's own wording. A value can only be missing
// after the last argument (any other argument is taken as the value).
QString parseError(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString last = arguments.size() > 1 ? arguments.last() : QString();
    const bool afterDoubleDash = arguments.mid(1, arguments.size() - 2).contains(QStringLiteral("--"));
    if (!afterDoubleDash && last.startsWith(QLatin1Char('-')) && !last.contains(QLatin1Char('='))) {
        const QString name = last.mid(last.startsWith(QLatin1String("--")) ? 2 : 1);
        if (const OptionSpec *s = specNamed(name); s && !s->valueName.isEmpty())
            return QString::fromLatin1(s->missingValue).arg(last);
    }
    if (!parser.unknownOptionNames().isEmpty())
        return QStringLiteral("unknown option '%1'").arg(typed(parser.unknownOptionNames().first()));
    QString text = parser.errorText(); // "Unexpected value after '--no-title=1'."
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// Options are applied in the order given: an action set twice is an error, and "-o OUT --import
// DATA" gives -o to the import.
class OptionApplier
{
public:
    explicit OptionApplier(CommandLine &cl) : cl_(cl) {}

    // Returns the error, or nothing.
    QString apply(const OptionSpec &spec, const QString &arg, const QString &v)
    {
        switch (spec.id) {
        case Opt::DumpData: return setAction(CommandLine::Action::DumpData, arg);
        case Opt::Validate: return setAction(CommandLine::Action::Validate, arg);
        case Opt::Summary: return setAction(CommandLine::Action::Summary, arg);
        case Opt::ListCharts: return setAction(CommandLine::Action::ListCharts, arg);
        case Opt::Import: return setAction(CommandLine::Action::Import, arg);
        case Opt::Extract: return setAction(CommandLine::Action::Extract, arg);
        case Opt::Date:
            cl_.articleDate = QDate::fromString(v, Qt::ISODate);
            if (!cl_.articleDate.isValid() || v.size() != 10)
                return QStringLiteral("'--date' takes a date as YYYY-MM-DD, not '%1'").arg(v);
            return {};
        case Opt::DumpTable: return setAction(CommandLine::Action::DumpTable, arg);
        case Opt::Help: return setAction(CommandLine::Action::Help, arg);
        case Opt::Version: return setAction(CommandLine::Action::Version, arg);
        case Opt::Export:
        case Opt::ExportAll: {
            const QString error =
                setAction(spec.id == Opt::Export ? CommandLine::Action::Export : CommandLine::Action::ExportAll, arg);
            if (!error.isEmpty())
                return error;
            if (v.isEmpty() || v.startsWith(QLatin1String("--"))) // an option, not the output
                return QString::fromLatin1(spec.missingValue).arg(arg);
            cl_.exportPath = v;
            return {};
        }
        case Opt::Output: {
            if (cl_.action != CommandLine::Action::Import && cl_.action != CommandLine::Action::Extract)
                if (const QString error = setAction(CommandLine::Action::Save, arg); !error.isEmpty())
                    return error;
            if (v.isEmpty())
                return QString::fromLatin1(spec.missingValue).arg(arg);
            cl_.output = v;
            return {};
        }
        case Opt::Lang:
            if (v != QLatin1String("zh") && v != QLatin1String("en"))
                return QStringLiteral("'--lang' takes zh or en, not '%1'").arg(v);
            cl_.lang = v;
            return {};
        case Opt::NoTitle: cl_.includeTitle = false; return {};
        case Opt::NoSource: cl_.includeSource = false; return {};
        default: return applyValue(spec.id, v);
        }
    }

private:
    QString setAction(CommandLine::Action a, const QString &arg)
    {
        if ((a == CommandLine::Action::Import || a == CommandLine::Action::Extract) && actionSet_
            && cl_.action == CommandLine::Action::Save) {
            cl_.action = a; // "-o OUT --import DATA": -o belongs to the import (or the extraction)
            return {};
        }
        if (actionSet_ && cl_.action != a)
            return QStringLiteral("'%1' cannot be combined with another action").arg(arg);
        cl_.action = a;
        actionSet_ = true;
        return {};
    }

    // The options that only take a value: the data-file and figure options.
    QString applyValue(Opt id, const QString &v)
    {
        switch (id) {
        case Opt::Series: cl_.series = v; return {};
        case Opt::Sheet: cl_.sheet = v; return {};
        case Opt::Chart: cl_.chartId = v; return {};
        case Opt::Layout:
            cl_.layout = v;
            if (!QStringList{QStringLiteral("auto"), QStringLiteral("long"), QStringLiteral("wide"),
                             QStringLiteral("indicator-columns")}.contains(v))
                return QStringLiteral("--layout takes long, wide, indicator-columns or auto, not '%1'").arg(v);
            return {};
        case Opt::Encoding:
            cl_.encoding = v;
            if (!textEncodingFromName(v))
                return QStringLiteral("unknown encoding '%1': use utf-8, utf-16le, utf-16be, gb18030 (gbk) or latin1").arg(v);
            return {};
        case Opt::Delimiter:
            cl_.delimiter = v;
            if (v != QLatin1String("tab") && v != QLatin1String("\\t") && (v.size() != 1 || v.at(0).unicode() > 127))
                return QStringLiteral("--delimiter takes one character or 'tab', not '%1'").arg(v);
            return {};
        case Opt::SkipRows: {
            bool ok = false;
            cl_.skipRows = v.toInt(&ok);
            if (!ok || cl_.skipRows < 0)
                return QStringLiteral("--skip-rows takes a whole number from 0, not '%1'").arg(v);
            return {};
        }
        case Opt::MaxFileSize:
            cl_.maxFileBytes = parseByteSize(v);
            if (cl_.maxFileBytes <= 0)
                return QStringLiteral("--max-file-size takes a size such as 512M or 2G, not '%1'").arg(v);
            return {};
        case Opt::Size: {
            static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
            const QRegularExpressionMatch m = re.match(v);
            cl_.width = m.hasMatch() ? m.captured(1).toInt() : 0;
            cl_.height = m.hasMatch() ? m.captured(2).toInt() : 0;
            if (cl_.width < 100 || cl_.height < 80 || cl_.width > 8000 || cl_.height > 8000)
                return QStringLiteral("--size takes WIDTHxHEIGHT in logical pixels, from 100x80 to 8000x8000, not '%1'").arg(v);
            return {};
        }
        case Opt::Scale: {
            bool ok = false;
            cl_.scale = v.toDouble(&ok);
            if (!ok || cl_.scale < 0.25 || cl_.scale > 10)
                return QStringLiteral("--scale takes a number from 0.25 to 10, not '%1'").arg(v);
            return {};
        }
        case Opt::Formats: {
            cl_.formats = v.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
            QString error;
            for (const QString &f : std::as_const(cl_.formats))
                if (f != QLatin1String("png") && f != QLatin1String("pdf") && f != QLatin1String("svg"))
                    error = QStringLiteral("--formats takes png, pdf and svg, not '%1'").arg(f);
            if (cl_.formats.isEmpty())
                error = QStringLiteral("--formats needs at least one of png, pdf, svg");
            return error;
        }
        default: return {};
        }
    }

    CommandLine &cl_;
    bool actionSet_ = false;
};

// What the options together still lack or contradict, once each is valid on its own.
QString checkCombination(const CommandLine &cl)
{
    using A = CommandLine::Action;
    const QString ext = QFileInfo(cl.exportPath).suffix().toLower();
    if (cl.action == A::Export && cl.chartId.isEmpty() == cl.series.isEmpty())
        return QStringLiteral("--export needs either --chart ID (see --list-charts) or --series INDICATOR[@SUBJECT]");
    if (cl.action == A::Export && !cl.series.isEmpty() && cl.file.isEmpty())
        return QStringLiteral("--export --series needs a FILE: a workspace or a data file");
    if ((cl.action == A::Import || cl.action == A::DumpTable) && cl.file.isEmpty())
        return QStringLiteral("'%1' needs a data FILE").arg(cl.action == A::Import ? QStringLiteral("--import")
                                                                                   : QStringLiteral("--dump-table"));
    if (cl.action == A::Extract && cl.file.isEmpty())
        return QStringLiteral("'--extract' needs a TEXTFILE: an article as .txt, .md, .html or .pdf");
    if (cl.articleDate.isValid() && cl.action != A::Extract)
        return QStringLiteral("--date goes with --extract");
    if (cl.action == A::Import && cl.output.isEmpty())
        return QStringLiteral("--import needs -o OUT.clusterscope (or OUT.json): where to write the imported workspace");
    if (cl.action == A::Export && ext != QLatin1String("png") && ext != QLatin1String("pdf") && ext != QLatin1String("svg"))
        return QStringLiteral("cannot tell the format of '%1': the name must end in .png, .pdf or .svg").arg(cl.exportPath);
    if (cl.file == QLatin1String("-"))
        return QStringLiteral("reading a workspace from standard input is not supported; give a file name");
    if (cl.action == A::Validate && cl.file.isEmpty())
        return QStringLiteral("--validate needs a FILE");
    if ((cl.action == A::Help || cl.action == A::Version) && !cl.file.isEmpty())
        return QStringLiteral("--help and --version take no FILE");
    return {};
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    for (const OptionSpec &s : optionSpecs())
        parser.addOption(QCommandLineOption(s.names, QString(), s.valueName));
    if (!parser.parse(arguments)) {
        cl.error = parseError(parser, arguments);
        return cl;
    }

    // Each option in the order given, with its values in order (an option given twice: the last wins).
    OptionApplier applier(cl);
    QHash<int, int> valuesTaken; // by option
    const QStringList found = parser.optionNames();
    for (const QString &name : found) {
        const OptionSpec *spec = specNamed(name);
        if (!spec)
            continue; // cannot happen: the parser knows only these
        const QString value = spec->valueName.isEmpty() ? QString() : parser.values(name).value(valuesTaken[int(spec->id)]++);
        cl.error = applier.apply(*spec, typed(name), value);
        if (!cl.error.isEmpty())
            return cl;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        cl.error = QStringLiteral("one FILE at most, got %1: %2").arg(positional.size()).arg(positional.join(QLatin1Char(' ')));
        return cl;
    }
    if (!positional.isEmpty())
        cl.file = positional.first();
    cl.error = checkCombination(cl);
    return cl;
}

} // namespace cs
