// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, end to end: runs the real `clusterscope` executable and checks its exit
// codes (0 ok, 1 internal error, 2 usage error, 3 invalid input, 4 cannot read or write), its
// standard output and its standard error.
#include "testutils.h"
#include "cli/cli_run.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const char *const kCsvHeader = "indicator,indicator_name,subject,cluster,period,value,unit,qualifier,source";

TEST(CommandLine, CsvHelperParsesQuotedFieldsWithCommasQuotesAndNewlines)
{
    // The helper the data tests rely on, checked on its own.
    const Csv csv = parseCsv("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n");
    ASSERT_TRUE(csv.error.isEmpty()) << csv.error.toStdString();
    ASSERT_EQ(csv.rows.size(), 3);
    EXPECT_EQ(csv.rows[0], (QStringList{"a", "b", "c"}));
    EXPECT_EQ(csv.rows[1], (QStringList{"x,1", "say \"hi\"", "two\nlines"}));
    EXPECT_EQ(csv.rows[2], (QStringList{"", "", ""}));
    EXPECT_FALSE(parseCsv("\"open\n").error.isEmpty());
    EXPECT_FALSE(parseCsv("a\"b\n").error.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Fixtures and helpers

QByteArray embeddedWorkspaceJson()
{
    QFile f(QStringLiteral(":/clusterscope/default-workspace.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int embeddedObservationCount()
{
    const QJsonDocument doc = QJsonDocument::fromJson(embeddedWorkspaceJson());
    if (!doc.isObject() || !doc.object().value(QStringLiteral("observations")).isArray())
        return -1;
    return int(doc.object().value(QStringLiteral("observations")).toArray().size());
}

// 1-based line of the first occurrence of `needle` in `text` (0 when absent).
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
}

// 1-based column (in bytes; the lines this is used on are ASCII) of `needle` in line `line`.
int columnOf(const QByteArray &text, int line, const QByteArray &needle)
{
    const QList<QByteArray> all = text.split('\n');
    if (line < 1 || line > all.size())
        return 0;
    const qsizetype at = all[line - 1].indexOf(needle);
    return at < 0 ? 0 : int(at) + 1;
}

struct Location {
    bool matched = false;
    int line = 0;
    int column = 0;
    QString rest; // what follows "FILE:LINE:COLUMN: "
};

// Parses "<file>:LINE:COLUMN: ..." at the start of `line`.
Location locationPrefix(const QString &line, const QString &file)
{
    const QRegularExpression re(QStringLiteral("^%1:(\\d+):(\\d+): (.*)$").arg(QRegularExpression::escape(file)));
    const QRegularExpressionMatch m = re.match(line);
    Location loc;
    if (!m.hasMatch())
        return loc;
    loc.matched = true;
    loc.line = m.captured(1).toInt();
    loc.column = m.captured(2).toInt();
    loc.rest = m.captured(3);
    return loc;
}

// A temporary directory holding the embedded workspace as saved by `clusterscope -o`.
class SavedWorkspace
{
public:
    SavedWorkspace()
    {
        if (!dir.isValid())
            return;
        path = dir.filePath(QStringLiteral("workspace.json"));
        const CliRun r = runCli({QStringLiteral("-o"), path});
        if (r.finished && r.exitStatus == QProcess::NormalExit && r.exitCode == 0)
            bytes = cs::test::readFile(path);
    }
    bool isValid() const { return !bytes.isEmpty(); }
    QString file(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    QString path;
    QByteArray bytes; // the canonical text of the embedded workspace
};

#define ASSERT_SAVED(ws) ASSERT_TRUE((ws).isValid()) << "could not save the embedded workspace with clusterscope -o"

// Writes `bytes` to `name` in the workspace's directory and returns its path.
QString writeVariant(const SavedWorkspace &ws, const QString &name, const QByteArray &bytes)
{
    const QString path = ws.file(name);
    EXPECT_TRUE(cs::test::writeFile(path, bytes)) << path.toStdString();
    return path;
}

// Usage errors: exit 2, nothing on stdout, one line on stderr.
void expectUsageError(const QStringList &arguments, const QString &mentioned)
{
    SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
    const CliRun r = runCli(arguments);
    ASSERT_EXIT_CODE(r, 2);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    const QStringList errLines = lines(r.err);
    ASSERT_EQ(errLines.size(), 1) << r.describe();
    EXPECT_TRUE(errLines.first().contains(mentioned)) << "stderr should mention " << mentioned.toStdString() << "\n"
                                                      << r.describe();
}

// ---------------------------------------------------------------------------------------------
// --help, --version and usage errors

TEST(CommandLine, HelpExitsZeroAndPrintsUsage)
{
    const CliRun r = runCli({QStringLiteral("--help")});
    ASSERT_EXIT_CODE(r, 0);
    EXPECT_TRUE(r.out.startsWith("Usage:")) << r.describe();
    EXPECT_TRUE(r.out.contains("--dump-data")) << r.describe();
    EXPECT_TRUE(r.out.contains("--validate")) << r.describe();
    EXPECT_TRUE(r.err.isEmpty()) << r.describe();

    const CliRun shortForm = runCli({QStringLiteral("-h")});
    ASSERT_EXIT_CODE(shortForm, 0);
    EXPECT_EQ(shortForm.out, r.out);
}

TEST(CommandLine, VersionExitsZeroAndPrintsNameAndVersion)
{
    const CliRun r = runCli({QStringLiteral("--version")});
    ASSERT_EXIT_CODE(r, 0);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^clusterscope \\d+\\.\\d+\\.\\d+\\n$")).match(QString::fromUtf8(r.out)).hasMatch())
        << r.describe();
#ifdef CLUSTERSCOPE_VERSION
    EXPECT_EQ(r.out, QByteArray("clusterscope " CLUSTERSCOPE_VERSION "\n"));
#endif
    EXPECT_TRUE(r.err.isEmpty()) << r.describe();
}

TEST(CommandLine, UnknownOptionIsUsageErrorWithOneLineOnStderr)
{
    expectUsageError({QStringLiteral("--bogus")}, QStringLiteral("--bogus"));
}

TEST(CommandLine, TwoFilesIsUsageError)
{
    expectUsageError({QStringLiteral("one.json"), QStringLiteral("two.json")}, QStringLiteral("two.json"));
}

TEST(CommandLine, ValidateWithoutFileIsUsageError)
{
    expectUsageError({QStringLiteral("--validate")}, QStringLiteral("--validate"));
}

TEST(CommandLine, DumpDataCombinedWithValidateIsUsageError)
{
    expectUsageError({QStringLiteral("--dump-data"), QStringLiteral("--validate")}, QStringLiteral("--validate"));
}

TEST(CommandLine, OutputOptionWithoutValueIsUsageError)
{
    expectUsageError({QStringLiteral("-o")}, QStringLiteral("-o"));
}

// ---------------------------------------------------------------------------------------------
// --dump-data

TEST(CommandLine, DumpDataFirstLineIsExactHeader)
{
    const CliRun r = runCli({QStringLiteral("--dump-data")});
    ASSERT_EXIT_CODE(r, 0);
    const qsizetype eol = r.out.indexOf('\n');
    ASSERT_GT(eol, 0) << r.describe();
    QByteArray first = r.out.left(eol);
    if (first.endsWith('\r'))
        first.chop(1);
    EXPECT_EQ(first.toStdString(), std::string(kCsvHeader));
    EXPECT_TRUE(r.err.isEmpty()) << r.describe();
}

TEST(CommandLine, DumpDataOutputIsValidUtf8)
{
    const CliRun r = runCli({QStringLiteral("--dump-data")});
    ASSERT_EXIT_CODE(r, 0);
    ASSERT_FALSE(r.out.isEmpty());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(r.out);
    EXPECT_FALSE(decoder.hasError()) << "--dump-data output is not valid UTF-8";
    EXPECT_FALSE(r.out.startsWith("\xEF\xBB\xBF")) << "no byte-order mark before the header";
    EXPECT_TRUE(text.contains(QStringLiteral("战略性新兴产业增加值"))) << "Chinese names survive as UTF-8";
}

TEST(CommandLine, DumpDataHasNineFieldsPerRowAndOneRowPerObservation)
{
    const int observations = embeddedObservationCount();
    ASSERT_GT(observations, 50) << "cannot read the embedded workspace from :/clusterscope/default-workspace.json";

    const CliRun r = runCli({QStringLiteral("--dump-data")});
    ASSERT_EXIT_CODE(r, 0);
    const Csv csv = parseCsv(r.out);
    ASSERT_TRUE(csv.error.isEmpty()) << "not RFC 4180 CSV: " << csv.error.toStdString();
    ASSERT_FALSE(csv.rows.isEmpty());
    EXPECT_EQ(csv.rows.first().join(QLatin1Char(',')).toStdString(), std::string(kCsvHeader));
    for (qsizetype i = 0; i < csv.rows.size(); ++i)
        EXPECT_EQ(csv.rows[i].size(), 9) << "row " << i << ": " << csv.rows[i].join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(csv.rows.size() - 1, observations) << "data rows (without the header) vs observations";
}

TEST(CommandLine, DumpDataContainsKnownFiguresWithPeriodsQualifiersAndSources)
{
    const CliRun r = runCli({QStringLiteral("--dump-data")});
    ASSERT_EXIT_CODE(r, 0);
    const Csv csv = parseCsv(r.out);
    ASSERT_TRUE(csv.error.isEmpty()) << csv.error.toStdString();

    auto has = [&](const QStringList &expected) {
        return std::any_of(csv.rows.cbegin(), csv.rows.cend(), [&](const QStringList &row) { return row == expected; });
    };
    auto hasMatching = [&](const QString &indicator, int column, const QString &value) {
        return std::any_of(csv.rows.cbegin(), csv.rows.cend(), [&](const QStringList &row) {
            return row.size() == 9 && row[0] == indicator && row[column] == value;
        });
    };

    // Columns: 0 indicator, 1 indicator_name, 2 subject, 3 cluster, 4 period, 5 value, 6 unit,
    // 7 qualifier, 8 source.
    EXPECT_TRUE(has(QString::fromUtf8("sei-gdp-share,战略性新兴产业增加值占GDP比重,shenzhen,,2023-Q1/2023-Q3,42.5,%,,"
                                      "xinhua-2023-11-shenzhen-sei")
                        .split(QLatin1Char(','))))
        << "the 2023 Q1–Q3 SEI share of GDP (42.5%, Xinhua)";
    EXPECT_TRUE(std::any_of(csv.rows.cbegin(), csv.rows.cend(), [](const QStringList &row) {
        return row.size() == 9 && row[0].startsWith(QLatin1String("byd-")) && row[2] == QLatin1String("byd")
            && row[4] == QLatin1String("2023-11-24") && row[5] == QLatin1String("6000000") && row[7].isEmpty();
    })) << "BYD's 6,000,000th new-energy vehicle on 2023-11-24";
    EXPECT_TRUE(hasMatching(QStringLiteral("listed-companies"), 7, QStringLiteral(">")))
        << "listed companies: more than (qualifier >)";
    EXPECT_TRUE(hasMatching(QStringLiteral("factory-space-target"), 7, QStringLiteral(">=")))
        << "factory space target: at least (qualifier >=)";
    EXPECT_TRUE(std::any_of(csv.rows.cbegin(), csv.rows.cend(), [](const QStringList &row) {
        return row.size() == 9 && row[0] == QLatin1String("sei-added-value") && row[4] == QLatin1String("2018")
            && row[5] == QLatin1String("9150") && row[7] == QLatin1String("~")
            && row[8] == QLatin1String("apppk-2019-01-19");
    })) << "SEI added value 2018: about 9150 (qualifier ~), source apppk-2019-01-19";
}

TEST(CommandLine, DumpDataOfSavedFileEqualsDumpOfEmbeddedWorkspace)
{
    SavedWorkspace ws;
    ASSERT_SAVED(ws);
    const CliRun embedded = runCli({QStringLiteral("--dump-data")});
    const CliRun fromFile = runCli({QStringLiteral("--dump-data"), ws.path});
    ASSERT_EXIT_CODE(embedded, 0);
    ASSERT_EXIT_CODE(fromFile, 0);
    EXPECT_FALSE(fromFile.out.isEmpty());
    EXPECT_EQ(fromFile.out, embedded.out);
    EXPECT_TRUE(fromFile.err.isEmpty()) << fromFile.describe();
}

TEST(CommandLine, DumpDataOfInvalidFileIsInvalidInputWithNothingOnStdout)
{
    SavedWorkspace ws;
    ASSERT_SAVED(ws);
    const QString path = writeVariant(ws, QStringLiteral("truncated.json"), ws.bytes.left(ws.bytes.size() / 2));
    const CliRun r = runCli({QStringLiteral("--dump-data"), path});
    ASSERT_EXIT_CODE(r, 3);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_TRUE(r.err.startsWith(path.toUtf8() + ':')) << r.describe();
}

// ---------------------------------------------------------------------------------------------
// -o / --output

TEST(CommandLine, OutputWritesCanonicalWorkspaceFileSilently)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliRun r = runCli({QStringLiteral("-o"), out});
    ASSERT_EXIT_CODE(r, 0);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_TRUE(r.err.isEmpty()) << r.describe();
    const QByteArray bytes = cs::test::readFile(out);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(bytes.endsWith('\n'));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(doc.object().value(QStringLiteral("format")).toString(), QStringLiteral("clusterscope-workspace"));
    EXPECT_EQ(doc.object().value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(doc.object().value(QStringLiteral("observations")).toArray().size(), embeddedObservationCount());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("out.json")})
        << "no temporary file left beside the output";
}

TEST(CommandLine, OutputOfSavedFileIsByteIdentical)
{
    SavedWorkspace ws;
    ASSERT_SAVED(ws);
    const QString again = ws.file(QStringLiteral("again.json"));
    const CliRun r = runCli({ws.path, QStringLiteral("--output"), again});
    ASSERT_EXIT_CODE(r, 0);
    EXPECT_EQ(cs::test::readFile(again), ws.bytes) << "load + save must reproduce the canonical bytes";

    // Saving a file over itself leaves it unchanged too.
    const CliRun inPlace = runCli({again, QStringLiteral("-o"), again});
    ASSERT_EXIT_CODE(inPlace, 0);
    EXPECT_EQ(cs::test::readFile(again), ws.bytes);
}

TEST(CommandLine, OutputIntoMissingDirectoryIsIoErrorAndCreatesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("no-such-dir/out.json"));
    const CliRun r = runCli({QStringLiteral("-o"), out});
    ASSERT_EXIT_CODE(r, 4);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_TRUE(r.err.contains(out.toUtf8())) << "stderr names the output file\n" << r.describe();
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty())
        << "nothing created: " << QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(' ').toStdString();
}

// ---------------------------------------------------------------------------------------------
// --validate

TEST(CommandLine, ValidateSavedEmbeddedWorkspaceExitsZeroSilently)
{
    SavedWorkspace ws;
    ASSERT_SAVED(ws);
    const CliRun r = runCli({QStringLiteral("--validate"), ws.path});
    ASSERT_EXIT_CODE(r, 0);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_TRUE(r.err.isEmpty()) << r.describe();
}

TEST(CommandLine, ValidateTruncatedFileIsInvalidInputWithLineAndColumn)
{
    SavedWorkspace ws;
    ASSERT_SAVED(ws);
    const QByteArray half = ws.bytes.left(ws.bytes.size() / 2);
    const QString path = writeVariant(ws, QStringLiteral("truncated.json"), half);
    const CliRun r = runCli({QStringLiteral("--validate"), path});
    ASSERT_EXIT_CODE(r, 3);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    const QStringList errLines = lines(r.err);
    ASSERT_FALSE(errLines.isEmpty()) << r.describe();
    const Location loc = locationPrefix(errLines.first(), path);
    ASSERT_TRUE(loc.matched) << "first stderr line should start with FILE:LINE:COLUMN:\n" << r.describe();
    const int linesInFile = int(half.count('\n')) + 1;
    EXPECT_GT(loc.line, 1) << "the error is half-way into the file, not on line 1";
    EXPECT_LE(loc.line, linesInFile);
    EXPECT_GE(loc.line, linesInFile / 2) << "the error is near the cut, not near the top";
    EXPECT_GE(loc.column, 1);
}

TEST(CommandLine, ValidateNewerVersionIsInvalidInputAtTheVersionLine)
{
    SavedWorkspace ws;
    ASSERT_SAVED(ws);
    QByteArray text = ws.bytes;
    ASSERT_EQ(text.count("\"version\": 1"), 1);
    text.replace("\"version\": 1", "\"version\": 3");
    const QString path = writeVariant(ws, QStringLiteral("v3.json"), text);
    const int versionLine = lineOf(text, "\"version\"");
    ASSERT_EQ(versionLine, 3) << "the canonical file has \"version\" on line 3";

    const CliRun r = runCli({QStringLiteral("--validate"), path});
    ASSERT_EXIT_CODE(r, 3);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    const QStringList errLines = lines(r.err);
    ASSERT_FALSE(errLines.isEmpty()) << r.describe();
    const Location loc = locationPrefix(errLines.first(), path);
    ASSERT_TRUE(loc.matched) << r.describe();
    EXPECT_EQ(loc.line, versionLine) << r.describe();
    EXPECT_TRUE(loc.column == columnOf(text, versionLine, "\"version\"") || loc.column == columnOf(text, versionLine, "3"))
        << "the column points at the key or at its value\n" << r.describe();
    EXPECT_TRUE(loc.rest.contains(QLatin1String("newer"))) << r.describe();
}

TEST(CommandLine, ValidateMalformedPeriodIsInvalidInputAtItsLine)
{
    SavedWorkspace ws;
    ASSERT_SAVED(ws);
    QByteArray text = ws.bytes;
    const qsizetype observations = text.indexOf("\"observations\": [");
    ASSERT_GE(observations, 0);
    const QByteArray from = "\"period\": \"2019\"";
    const qsizetype at = text.indexOf(from, observations);
    ASSERT_GE(at, 0) << "no observation with period 2019";
    text.replace(at, from.size(), "\"period\": \"2023-Q5\"");
    const QString path = writeVariant(ws, QStringLiteral("q5.json"), text);
    const int periodLine = lineOf(text, "\"2023-Q5\"");
    ASSERT_GT(periodLine, 3);

    const CliRun r = runCli({QStringLiteral("--validate"), path});
    ASSERT_EXIT_CODE(r, 3);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    const QStringList errLines = lines(r.err);
    ASSERT_EQ(errLines.size(), 1) << "exactly one problem\n" << r.describe();
    const Location loc = locationPrefix(errLines.first(), path);
    ASSERT_TRUE(loc.matched) << r.describe();
    EXPECT_EQ(loc.line, periodLine) << r.describe();
    EXPECT_TRUE(loc.column == columnOf(text, periodLine, "\"period\"") || loc.column == columnOf(text, periodLine, "\"2023-Q5\""))
        << "the column points at the key or at its value\n" << r.describe();
    EXPECT_TRUE(loc.rest.contains(QLatin1String("2023-Q5"))) << r.describe();
}

TEST(CommandLine, ValidateShareAbove100PercentIsInvalidInput)
{
    SavedWorkspace ws;
    ASSERT_SAVED(ws);
    QByteArray text = ws.bytes;
    const qsizetype observations = text.indexOf("\"observations\": [");
    ASSERT_GE(observations, 0);
    const qsizetype indicator = text.indexOf("\"indicator\": \"sei-gdp-share\"", observations);
    ASSERT_GE(indicator, 0);
    const QByteArray key = "\"value\": ";
    const qsizetype value = text.indexOf(key, indicator);
    ASSERT_GE(value, 0);
    const qsizetype numberStart = value + key.size();
    qsizetype numberEnd = numberStart;
    while (numberEnd < text.size() && QByteArray("0123456789.eE+-").contains(text.at(numberEnd)))
        ++numberEnd;
    ASSERT_GT(numberEnd, numberStart);
    text.replace(numberStart, numberEnd - numberStart, "140");
    ASSERT_TRUE(QJsonDocument::fromJson(text).isObject()) << "the edit keeps the JSON valid";
    const QString path = writeVariant(ws, QStringLiteral("share.json"), text);
    const int valueLine = int(text.left(numberStart).count('\n')) + 1;

    const CliRun r = runCli({QStringLiteral("--validate"), path});
    ASSERT_EXIT_CODE(r, 3);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    const QStringList errLines = lines(r.err);
    ASSERT_EQ(errLines.size(), 1) << "exactly one problem\n" << r.describe();
    EXPECT_TRUE(errLines.first().contains(QLatin1String("share"))) << r.describe();
    EXPECT_TRUE(errLines.first().contains(QLatin1String("140"))) << r.describe();
    const Location loc = locationPrefix(errLines.first(), path);
    ASSERT_TRUE(loc.matched) << r.describe();
    EXPECT_EQ(loc.line, valueLine) << r.describe();
}

TEST(CommandLine, ValidateMissingFileIsIoError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("does-not-exist.json"));
    const CliRun r = runCli({QStringLiteral("--validate"), path});
    ASSERT_EXIT_CODE(r, 4);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_EQ(lines(r.err).size(), 1) << r.describe();
    EXPECT_TRUE(r.err.startsWith(path.toUtf8() + ':')) << r.describe();
}

TEST(CommandLine, ValidateDirectoryIsIoError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a-directory.json"));
    ASSERT_TRUE(QDir().mkpath(path));
    const CliRun r = runCli({QStringLiteral("--validate"), path});
    ASSERT_EXIT_CODE(r, 4);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_EQ(lines(r.err).size(), 1) << r.describe();
    EXPECT_TRUE(r.err.startsWith(path.toUtf8() + ':')) << r.describe();
}

TEST(CommandLine, ValidateNonJsonFileIsInvalidInput)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hello.json"));
    ASSERT_TRUE(cs::test::writeFile(path, "hello\n"));
    const CliRun r = runCli({QStringLiteral("--validate"), path});
    ASSERT_EXIT_CODE(r, 3);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    const QStringList errLines = lines(r.err);
    ASSERT_FALSE(errLines.isEmpty()) << r.describe();
    const Location loc = locationPrefix(errLines.first(), path);
    ASSERT_TRUE(loc.matched) << r.describe();
    EXPECT_EQ(loc.line, 1) << r.describe();
}

TEST(CommandLine, ValidateJsonArrayIsNotAWorkspace)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("array.json"));
    ASSERT_TRUE(cs::test::writeFile(path, "[]\n"));
    const CliRun r = runCli({QStringLiteral("--validate"), path});
    ASSERT_EXIT_CODE(r, 3);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_TRUE(r.err.startsWith(path.toUtf8() + ':')) << r.describe();
    EXPECT_TRUE(r.err.contains("not a Clusterscope workspace")) << r.describe();
}

TEST(CommandLine, ValidateJsonObjectWithoutFormatIsNotAWorkspace)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("object.json"));
    ASSERT_TRUE(cs::test::writeFile(path, "{\"a\":1}\n"));
    const CliRun r = runCli({QStringLiteral("--validate"), path});
    ASSERT_EXIT_CODE(r, 3);
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_TRUE(r.err.startsWith(path.toUtf8() + ':')) << r.describe();
    EXPECT_TRUE(r.err.contains("not a Clusterscope workspace")) << r.describe();
}

TEST(CommandLine, ValidateEmptyFileIsInvalidInputWithoutCrashing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.json"));
    ASSERT_TRUE(cs::test::writeFile(path, QByteArray()));
    ASSERT_TRUE(QFileInfo::exists(path));
    for (const QString &action : {QStringLiteral("--validate"), QStringLiteral("--dump-data")}) {
        SCOPED_TRACE(action.toStdString());
        const CliRun r = runCli({action, path});
        ASSERT_EXIT_CODE(r, 3);
        EXPECT_TRUE(r.out.isEmpty()) << r.describe();
        EXPECT_TRUE(r.err.startsWith(path.toUtf8() + ':')) << r.describe();
    }
}

} // namespace

// ---- --list-charts -------------------------------------------------------------------------

TEST(CommandLine, ListChartsPrintsIdTabTitleForEveryDefaultChart)
{
    const CliRun zh = runCli({QStringLiteral("--list-charts"), QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(zh.exitCode, 0) << zh.describe();
    const QStringList lines = QString::fromUtf8(zh.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5);
    EXPECT_EQ(lines[0], QStringLiteral("sei-gdp-share\t战略性新兴产业增加值占GDP比重"));
    QStringList ids;
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        ASSERT_EQ(fields.size(), 2) << line.toStdString();
        EXPECT_FALSE(fields[1].isEmpty());
        ids << fields[0];
    }
    EXPECT_EQ(ids, QStringList({QStringLiteral("sei-gdp-share"), QStringLiteral("sei-added-value"),
                                QStringLiteral("growth-2023q1q3"), QStringLiteral("sei-categories-2023"),
                                QStringLiteral("clusters-20-8")}));
    const CliRun en = runCli({QStringLiteral("--list-charts"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(QString::fromUtf8(en.out).startsWith(QStringLiteral("sei-gdp-share\tStrategic emerging industries: share of GDP\n")));
}

TEST(CommandLine, LangTakesOnlyZhOrEn)
{
    const CliRun r = runCli({QStringLiteral("--list-charts"), QStringLiteral("--lang"), QStringLiteral("fr")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
}
