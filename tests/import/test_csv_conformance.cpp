// SPDX-License-Identifier: GPL-3.0-or-later
// Public CSV test suites, read from ../shared/conformance (never copied here), run through the
// reader: csv-spectrum, PapaParse, uniVocity, Apache Commons CSV, mafintosh/csv-parser and
// csvlint.rb. Each suite's README/SOURCE.txt says how its expectations are encoded.
//
// Every case runs unless it is in kExcludedCases below, with the reason. A case whose options
// the reader does not have and that is not in that list fails, so the list stays complete.
// Each suite prints "conformance <suite>: run N, passed P, excluded E", and the whole file a
// summary at the end (also recorded as test properties).
//
// Choices of the reader that the suites see (documented in core/import/csv_reader.cpp):
// - The line break that ends the last record does not start another one. PapaParse returns a
//   final [""] row when the input ends with a line break; that one row is dropped from its
//   expectations before comparing (nothing else is adjusted).
// - CR, LF and CRLF all end records, whatever the first line used.
// - Quote problems are warnings; a quote inside an unquoted field is kept and warned about
//   (StrayQuote), also where a suite expects silence. Errors of PapaParse's "Delimiter" type
//   (undetectable delimiter: we fall back to ',' quietly) are not compared.
#include "import/csv_reader.h"
#include "testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <optional>

using cs::CsvOptions;
using cs::CsvResult;
using cs::CsvWarning;

namespace {

// --- The cases not run, and why ------------------------------------------------------------

struct ExcludedCase {
    const char *suite;
    const char *name; // as the suite names it (PapaParse: "<list>/<description>")
    const char *reason;
};

// Reasons shared by several cases.
constexpr const char *kComments = "comment lines (option 'comments'): not a reader option; metadata lines are skipped by the importer";
constexpr const char *kSkipEmpty = "skipEmptyLines: not a reader option; blank lines stay rows of one empty field";
constexpr const char *kTyping = "dynamicTyping: values are typed by the importer, the reader returns strings";
constexpr const char *kTransform = "JavaScript callback (transform / transformHeader / delimiter function)";
constexpr const char *kPreview = "preview (first N rows): not a reader option";
constexpr const char *kSkipLines = "skipFirstNLines / skipLines: not a reader option (the importer skips lines)";
constexpr const char *kHeaderRename = "duplicate header renaming is PapaParse's header mode, not reading";
constexpr const char *kEscapeChar = "escape character other than the quote (backslash escapes): RFC 4180 has none";
constexpr const char *kMultiCharDelimiter = "multi-character delimiter: the reader takes one byte";
constexpr const char *kQuoteRecovery =
    "malformed quotes: PapaParse keeps a quote not followed by a delimiter as text inside the quoted field "
    "(and may swallow the rest of the file); we close the field there and continue it unquoted, as Python's csv "
    "does. The data differ by design; that a quote warning is reported is still checked";
constexpr const char *kBlankRows = "blank_rows: a validator's judgement; the reader keeps blank lines as rows";
constexpr const char *kLineBreaks = "line_breaks / nonrfc_line_breaks: the reader accepts CRLF, LF and CR, mixed, by design";
constexpr const char *kHttp = "HTTP metadata (content type, charset header, URL, 404): not the reader's input";

const ExcludedCase kExcludedCases[] = {
    // csv-spectrum
    {"csv-spectrum", "location_coordinates",
     "broken upstream (conformance README): its JSON is not an array and the phone number differs from the CSV's"},

    // PapaParse
    {"papaparse", "CORE_PARSER_TESTS/Quoted field has invalid trailing quote after delimiter with a valid closer", kQuoteRecovery},
    {"papaparse", "CORE_PARSER_TESTS/Quoted field has invalid trailing quote after delimiter", kQuoteRecovery},
    {"papaparse", "CORE_PARSER_TESTS/Quoted field has invalid trailing quote before delimiter", kQuoteRecovery},
    {"papaparse", "CORE_PARSER_TESTS/Quoted field has invalid trailing quote after new line", kQuoteRecovery},
    {"papaparse", "CORE_PARSER_TESTS/Commented line at beginning", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Commented line in middle", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Commented line at end", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Two comment lines consecutively", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Two comment lines consecutively at end of file", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Three comment lines consecutively at beginning of file", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Entire file is comment lines", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Comment with non-default character", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Bad comments value specified", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Multi-character comment string", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Input with only a commented line", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Input with only a commented line and blank line after", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Fast mode with comments", kComments},
    {"papaparse", "CORE_PARSER_TESTS/Fast mode with preview", kPreview},
    {"papaparse", "CORE_PARSER_TESTS/Simple duplicated header names", kHeaderRename},
    {"papaparse", "CORE_PARSER_TESTS/Duplicated header names with headerTransform", kHeaderRename},
    {"papaparse", "CORE_PARSER_TESTS/Duplicated header names existing column", kHeaderRename},
    {"papaparse", "CORE_PARSER_TESTS/Duplicate header names with __proto__ field", kHeaderRename},
    {"papaparse", "PARSE_TESTS/Mixed slash n and slash r should choose first as precident",
     "PapaParse picks one line-break style from the first line; the reader ends records at every CR, LF and CRLF"},
    {"papaparse", "PARSE_TESTS/Header rows are transformed when transformHeader function is provided", kTransform},
    {"papaparse", "PARSE_TESTS/transformHeader accepts and optional index attribute", kTransform},
    {"papaparse", "PARSE_TESTS/Bad delimiter (\\n)",
     "a line break given as delimiter is refused with an error instead of being replaced by a guess"},
    {"papaparse", "PARSE_TESTS/Multi-character delimiter", kMultiCharDelimiter},
    {"papaparse", "PARSE_TESTS/Multi-character delimiter (length 2) with quoted field", kMultiCharDelimiter},
    {"papaparse", "PARSE_TESTS/Callback delimiter", kTransform},
    {"papaparse", "PARSE_TESTS/Dynamic typing converts numeric literals and maintains precision", kTyping},
    {"papaparse", "PARSE_TESTS/Dynamic typing converts boolean literals", kTyping},
    {"papaparse", "PARSE_TESTS/Dynamic typing doesn't convert other types", kTyping},
    {"papaparse", "PARSE_TESTS/Dynamic typing applies to specific columns", kTyping},
    {"papaparse", "PARSE_TESTS/Dynamic typing applies to specific columns by index", kTyping},
    {"papaparse", "PARSE_TESTS/Dynamic typing can be applied to `__parsed_extra`", kTyping},
    {"papaparse", "PARSE_TESTS/Dynamic typing by indices can be determined by function", kTyping},
    {"papaparse", "PARSE_TESTS/Dynamic typing by headers can be determined by function", kTyping},
    {"papaparse", "PARSE_TESTS/Dynamic typing converts empty values into NULL", kTyping},
    {"papaparse", "PARSE_TESTS/Custom transform function is applied to values", kTransform},
    {"papaparse", "PARSE_TESTS/Custom transform accepts column number also", kTransform},
    {"papaparse", "PARSE_TESTS/Custom transform accepts header name when using header", kTransform},
    {"papaparse", "PARSE_TESTS/Dynamic typing converts ISO date strings to Dates", kTyping},
    {"papaparse", "PARSE_TESTS/Dynamic typing skips ISO date strings ocurring in other strings", kTyping},
    {"papaparse", "PARSE_TESTS/Preview 1 row", kPreview},
    {"papaparse", "PARSE_TESTS/Preview 2 rows", kPreview},
    {"papaparse", "PARSE_TESTS/Preview all (3) rows", kPreview},
    {"papaparse", "PARSE_TESTS/Preview more rows than input has", kPreview},
    {"papaparse", "PARSE_TESTS/Preview should count rows, not lines", kPreview},
    {"papaparse", "PARSE_TESTS/Preview with header row", kPreview},
    {"papaparse", "PARSE_TESTS/Skip empty lines", kSkipEmpty},
    {"papaparse", "PARSE_TESTS/Skip empty lines, with newline at end of input", kSkipEmpty},
    {"papaparse", "PARSE_TESTS/Skip empty lines, with empty input", kSkipEmpty},
    {"papaparse", "PARSE_TESTS/Skip empty lines, with first line only whitespace", kSkipEmpty},
    {"papaparse", "PARSE_TESTS/Skip empty lines while detecting delimiter", kSkipEmpty},
    {"papaparse", "PARSE_TESTS/Lines with comments are not used when guessing the delimiter in an escaped file", kComments},
    {"papaparse", "PARSE_TESTS/Lines with comments are not used when guessing the delimiter in a non-escaped file", kComments},
    {"papaparse", "PARSE_TESTS/Custom escape character in the middle", kEscapeChar},
    {"papaparse", "PARSE_TESTS/Custom escape character at the end", kEscapeChar},
    {"papaparse", "PARSE_TESTS/Custom escape character not used for escaping", kEscapeChar},
    {"papaparse", "PARSE_TESTS/Header row with preceding comment", kComments},
    {"papaparse", "PARSE_TESTS/Using \\r\\n endings with \\n in header field with skip empty lines uses \\r\\n linebreak", kSkipEmpty},
    {"papaparse", "PARSE_TESTS/Parsing with skipEmptyLines set to 'greedy'", kSkipEmpty},
    {"papaparse", "PARSE_TESTS/Parsing with skipEmptyLines set to 'greedy' with quotes and delimiters as content", kSkipEmpty},
    {"papaparse", "PARSE_TESTS/Skip First N number of lines , with header and 2 rows", kSkipLines},
    {"papaparse", "PARSE_TESTS/Skip First N number of lines , with header false", kSkipLines},
    {"papaparse", "PARSE_TESTS/Skip First N number of lines , with header false and skipFirstNLines as negative value", kSkipLines},
    {"papaparse", "PARSE_TESTS/Skip first 2 lines , with custom newline character", kSkipLines},

    // Apache Commons CSV (CSVFileParser control files, and the regression inputs)
    {"apache-commons-csv", "test_default.txt", "IgnoreEmpty=true (skip blank lines): not a reader option"},
    {"apache-commons-csv", "test_default_comment.txt", "CommentStart=# and IgnoreEmpty=true: not reader options"},
    {"apache-commons-csv", "test_rfc4180_trim.txt", "IgnoreSpaces=true (trim unquoted fields): not a reader option"},
    {"apache-commons-csv", "testCSV85_default.txt", "CommentStart=# with CheckComments: not a reader option"},
    {"apache-commons-csv", "testCSV85_ignoreEmpty.txt", "CommentStart=# and IgnoreEmpty=true: not reader options"},
    {"apache-commons-csv", "testCSV246_checkWithNoComment.txt", "CommentStart=# with CheckComments: not a reader option"},
    {"apache-commons-csv", "CSV-141/csv-141.csv", "expectations (Java test) need the backslash escape character; RFC 4180 has none"},
    {"apache-commons-csv", "csv-167/sample1.csv", "expectations (Java test) need comment lines and a backslash escape"},

    // mafintosh/csv-parser snapshot sections (test/snapshots/*.md)
    {"mafintosh-csv-parser", "test.js.md/binary stanity", "stream API test with inline data, no fixture"},
    {"mafintosh-csv-parser", "test.js.md/supports strings", "stream API test with inline data, no fixture"},
    {"mafintosh-csv-parser", "byteOffset.test.js.md/simple csv with byte offset", "byte offsets of rows are not reported"},
    {"mafintosh-csv-parser", "byteOffset.test.js.md/large dataset with byte offset",
     "byte offsets of rows are not reported (and large-dataset.csv is omitted from the copy)"},
    {"mafintosh-csv-parser", "headers.test.js.md/custom escape character", kEscapeChar},
    {"mafintosh-csv-parser", "issues.test.js.md/strict + skipLines (#136)", kSkipLines},
    {"mafintosh-csv-parser", "mapHeaders.test.js.md/rename columns", kTransform},
    {"mafintosh-csv-parser", "mapHeaders.test.js.md/skip columns a and c", kTransform},
    {"mafintosh-csv-parser", "mapValues.test.js.md/map values", kTransform},
    {"mafintosh-csv-parser", "newline.test.js.md/newline", "custom newline character ('X'): records end at CR/LF only"},
    {"mafintosh-csv-parser", "quote.test.js.md/custom quote and escape character", kEscapeChar},
    {"mafintosh-csv-parser", "skipComments.test.js.md/comment", kComments},
    {"mafintosh-csv-parser", "skipComments.test.js.md/custom comment", kComments},
    {"mafintosh-csv-parser", "strict.test.js.md/strict#2",
     "second section of the same name whose values are all undefined (a test that throws); the first is run"},

    // csvlint.rb scenarios
    {"csvlint-rb", "validation_errors.feature/Successfully report a CSV with blank rows", kBlankRows},
    {"csvlint-rb", "validation_errors.feature/Successfully report a CSV with multiple trailing empty rows", kBlankRows},
    {"csvlint-rb", "validation_errors.feature/Successfully report a CSV with an empty row", kBlankRows},
    {"csvlint-rb", "validation_errors.feature/Report invalid file",
     "an .xls given as CSV: undeclared bytes that are not UTF-8 are read as Latin-1, where every byte is valid"},
    {"csvlint-rb", "validation_errors.feature/Incorrect extension", kHttp},
    {"csvlint-rb", "validation_errors.feature/Handles urls that 404", kHttp},
    {"csvlint-rb", "validation_errors.feature/Incorrect line endings specified in settings", kLineBreaks},
    {"csvlint-rb", "validation_errors.feature/inconsistent line endings in file cause an error", kLineBreaks},
    {"csvlint-rb", "validation_errors.feature/inconsistent line endings with unquoted fields in file cause an error", kLineBreaks},
    {"csvlint-rb", "validation_warnings.feature/ISO-8859-1 Encoding",
     "csvlint warns that the declared encoding is not UTF-8; the reader decodes Latin-1 without a warning"},
    {"csvlint-rb", "validation_warnings.feature/User doesn't supply encoding", kHttp},
    {"csvlint-rb", "validation_warnings.feature/Title rows", "title_row: a validator's judgement (the importer skips title lines)"},
    {"csvlint-rb", "validation_warnings.feature/catch excel warnings", "excel: spreadsheet files are the XLSX reader's"},
    {"csvlint-rb", "validation_info.feature/LF line endings in file give an info message", kLineBreaks},
    {"csvlint-rb", "validation_info.feature/CRLF line endings in file produces no info messages",
     "info messages (header option, line-break info) are a validator's"},
    {"csvlint-rb", "csv_options.feature/Warn if options seem to return invalid data", "check_options: a validator's judgement"},
    {"csvlint-rb", "csvupload.feature/Title rows, I wish to trigger a :title_row type message", "title_row: a validator's judgement"},
    {"csvlint-rb", "csvupload.feature/LF line endings in file give an info message of type :nonrfc_line_breaks", kLineBreaks},
    {"csvlint-rb", "csvupload.feature/CRLF line endings in file produces no info messages of type :nonrfc_line_breaks",
     "info messages (header option, line-break info) are a validator's"},
    {"csvlint-rb", "csvupload.feature/Incorrect line endings specified in settings", kLineBreaks},
    {"csvlint-rb", "csvupload.feature/inconsistent line endings in file cause an error", kLineBreaks},
    {"csvlint-rb", "csvupload.feature/inconsistent line endings with unquoted fields in file cause an error", kLineBreaks},
    {"csvlint-rb", "csvupload.feature/Report invalid file",
     "an .xls given as CSV: undeclared bytes that are not UTF-8 are read as Latin-1, where every byte is valid"},
    {"csvlint-rb", "csvupload.feature/Successfully report a CSV with blank rows", kBlankRows},
    {"csvlint-rb", "csvupload.feature/Successfully report a CSV with multiple trailing empty rows", kBlankRows},
    {"csvlint-rb", "csvupload.feature/Successfully report a CSV with an empty row", kBlankRows},
    {"csvlint-rb", "csvupload.feature/Warn if options seem to return invalid data", "check_options: a validator's judgement"},
    {"csvlint-rb", "cli.feature", "command-line tool and schemas, not reading"},
    {"csvlint-rb", "schema_validation.feature", "schema validation, not reading"},
    {"csvlint-rb", "csvw_schema_validation.feature", "CSVW schema validation, not reading"},
    {"csvlint-rb", "check_format.feature", "value-format consistency (inconsistent_values), not reading"},
    {"csvlint-rb", "information.feature", "HTTP metadata and dialect information, not reading"},
};

const char *excludedReason(const char *suite, const QString &name)
{
    for (const ExcludedCase &e : kExcludedCases) {
        if (qstrcmp(e.suite, suite) == 0 && name == QString::fromUtf8(e.name))
            return e.reason;
    }
    return nullptr;
}

// --- Tallies and the summary ---------------------------------------------------------------

struct Tally {
    int run = 0, passed = 0, excluded = 0;
};

std::map<std::string, Tally> &tallies()
{
    static std::map<std::string, Tally> t;
    return t;
}

// Counts a case that ran; `mismatch` empty means it passed.
void record(const char *suite, const QString &name, const QString &mismatch)
{
    Tally &t = tallies()[suite];
    ++t.run;
    if (mismatch.isEmpty())
        ++t.passed;
    else
        ADD_FAILURE() << suite << " / " << name.toStdString() << ": " << mismatch.toStdString();
}

void recordExcluded(const char *suite)
{
    ++tallies()[suite].excluded;
}

void printTally(const char *suite)
{
    const Tally &t = tallies()[suite];
    std::cout << "[conformance] " << suite << ": run " << t.run << ", passed " << t.passed << ", excluded " << t.excluded
              << std::endl;
    ::testing::Test::RecordProperty("run", t.run);
    ::testing::Test::RecordProperty("passed", t.passed);
    ::testing::Test::RecordProperty("excluded", t.excluded);
}

class ConformanceSummary : public ::testing::Environment
{
public:
    void TearDown() override
    {
        if (tallies().empty())
            return;
        Tally total;
        for (const auto &[suite, t] : tallies()) {
            total.run += t.run;
            total.passed += t.passed;
            total.excluded += t.excluded;
        }
        std::cout << "[conformance] all suites: run " << total.run << ", passed " << total.passed << ", excluded "
                  << total.excluded << " (reasons: kExcludedCases in tests/test_csv_conformance.cpp)" << std::endl;
    }
};
[[maybe_unused]] ::testing::Environment *const kSummary = ::testing::AddGlobalTestEnvironment(new ConformanceSummary);

// --- Helpers -------------------------------------------------------------------------------

QString conformanceDir(const QString &suite)
{
    const QString shared = cs::test::sharedDir();
    if (shared.isEmpty())
        return {};
    const QString dir = shared + QStringLiteral("/conformance/") + suite;
    return QDir(dir).exists() ? dir : QString();
}

#define REQUIRE_SUITE(var, suite)                                                                                      \
    const QString var = conformanceDir(QStringLiteral(suite));                                                         \
    if (var.isEmpty())                                                                                                 \
    GTEST_SKIP() << "../shared/conformance/" suite " is not present"

QString compact(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

QJsonArray rowsAsArrays(const QList<QStringList> &rows)
{
    QJsonArray out;
    for (const QStringList &r : rows)
        out.append(QJsonArray::fromStringList(r));
    return out;
}

// Rows as objects keyed by the first row. Short rows have fewer keys; extra fields go to
// `extraKey(i)` (PapaParse: "__parsed_extra" array; csv-parser: "_<i>").
enum class Extras { PapaParse, CsvParser };
QJsonArray rowsAsObjects(const QStringList &header, const QList<QStringList> &rows, Extras extras)
{
    QJsonArray out;
    for (const QStringList &row : rows) {
        QJsonObject o;
        QJsonArray extra;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i < header.size())
                o.insert(header[i], row[i]);
            else if (extras == Extras::PapaParse)
                extra.append(row[i]);
            else
                o.insert(QStringLiteral("_%1").arg(i), row[i]);
        }
        if (!extra.isEmpty())
            o.insert(QStringLiteral("__parsed_extra"), extra);
        out.append(o);
    }
    return out;
}

QString mismatch(const QJsonValue &expected, const QJsonValue &actual)
{
    return expected == actual ? QString() : QStringLiteral("expected %1, got %2").arg(compact(expected), compact(actual));
}

bool hasWarning(const CsvResult &r, CsvWarning::Kind kind, qint64 line = 0)
{
    for (const CsvWarning &w : r.warnings)
        if (w.kind == kind && (line == 0 || w.line == line))
            return true;
    return false;
}

QString describeWarnings(const CsvResult &r)
{
    QStringList out;
    static const char *names[] = {"RaggedRow", "UnterminatedQuote", "StrayQuote", "InvalidEncoding"};
    for (const CsvWarning &w : r.warnings)
        out << QStringLiteral("%1@%2:%3").arg(QLatin1String(names[int(w.kind)])).arg(w.line).arg(w.column);
    return out.join(u", ");
}

// A checkout applies `eol=crlf` from .gitattributes; the copy may hold the raw blobs (LF).
QByteArray applyEolCrlf(QByteArray bytes)
{
    if (bytes.contains('\r'))
        return bytes;
    return bytes.replace("\n", "\r\n");
}

// --- csv-spectrum ----------------------------------------------------------------------------

QJsonArray spectrumExpectation(const QString &dir, const QString &name)
{
    return QJsonDocument::fromJson(cs::test::readFile(dir + QStringLiteral("/json/") + name + QStringLiteral(".json")))
        .array();
}

// The bytes of csvs/<name>.csv as a checkout has them (.gitattributes: csvs/*_crlf.csv eol=crlf).
QByteArray spectrumInput(const QString &dir, const QString &name)
{
    QByteArray bytes = cs::test::readFile(dir + QStringLiteral("/csvs/") + name + QStringLiteral(".csv"));
    const QByteArray attributes = cs::test::readFile(dir + QStringLiteral("/.gitattributes"));
    if (name.endsWith(QStringLiteral("_crlf")) && attributes.contains("csvs/*_crlf.csv eol=crlf"))
        bytes = applyEolCrlf(bytes);
    return bytes;
}

QJsonArray spectrumParse(const QByteArray &bytes, CsvResult *out = nullptr)
{
    const CsvResult r = cs::readCsv(bytes);
    if (out)
        *out = r;
    if (r.table.rows.isEmpty())
        return {};
    return rowsAsObjects(r.table.rows.front(), r.table.rows.mid(1), Extras::CsvParser);
}

} // namespace

TEST(CsvConformance, CsvSpectrumParsesExactly)
{
    REQUIRE_SUITE(dir, "csv-spectrum");
    const char *suite = "csv-spectrum";
    const QStringList files = QDir(dir + QStringLiteral("/csvs")).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 12);
    for (const QString &file : files) {
        const QString name = QFileInfo(file).completeBaseName();
        if (excludedReason(suite, name)) {
            recordExcluded(suite);
            continue;
        }
        CsvResult r;
        const QJsonArray actual = spectrumParse(spectrumInput(dir, name), &r);
        QString problem = mismatch(spectrumExpectation(dir, name), actual);
        if (problem.isEmpty() && !r.warnings.isEmpty())
            problem = QStringLiteral("unexpected warnings: ") + describeWarnings(r);
        record(suite, name, problem);
    }
    printTally(suite);
}

// --- PapaParse ---------------------------------------------------------------------------------

TEST(CsvConformance, PapaParseCasesWithSupportedOptions)
{
    REQUIRE_SUITE(dir, "papaparse");
    const char *suite = "papaparse";
    const QJsonObject all =
        QJsonDocument::fromJson(cs::test::readFile(dir + QStringLiteral("/papaparse_parse_cases.extracted.json"))).object();
    ASSERT_FALSE(all.isEmpty());
    int total = 0;
    for (const QString &list : {QStringLiteral("CORE_PARSER_TESTS"), QStringLiteral("PARSE_TESTS")}) {
        const bool core = list == u"CORE_PARSER_TESTS";
        for (const QJsonValue caseValue : all.value(list).toArray()) {
            ++total;
            const QJsonObject c = caseValue.toObject();
            const QString name = list + u'/' + c.value(u"description").toString();
            const QByteArray input = c.value(u"input").toString().toUtf8();
            const QJsonObject config = c.value(u"config").toObject();
            const QJsonObject expected = c.value(u"expected").toObject();
            bool expectQuoteError = false, expectFieldMismatch = false;
            for (const QJsonValue e : expected.value(u"errors").toArray()) {
                expectQuoteError |= e.toObject().value(u"type").toString() == u"Quotes";
                expectFieldMismatch |= e.toObject().value(u"type").toString() == u"FieldMismatch";
            }

            CsvOptions options;
            if (config.contains(u"quoteChar"))
                options.quote = config.value(u"quoteChar").toString().toLatin1().at(0);
            if (const char *reason = excludedReason(suite, name)) {
                recordExcluded(suite);
                if (reason == kQuoteRecovery) {
                    // The data differ by design; the problem must still be reported.
                    const CsvResult r = cs::readCsv(input, options);
                    EXPECT_TRUE(hasWarning(r, CsvWarning::Kind::StrayQuote) || hasWarning(r, CsvWarning::Kind::UnterminatedQuote))
                        << name.toStdString();
                }
                continue;
            }

            // Options the reader has (or that change nothing here); anything else must be excluded.
            QString unsupported;
            for (auto it = config.constBegin(); it != config.constEnd(); ++it) {
                const QString key = it.key();
                if (key == u"delimiter" && it.value().isString() && it.value().toString().size() == 1)
                    continue;
                if (key == u"quoteChar" || key == u"newline" || key == u"header")
                    continue;
                if (key == u"preview" && it.value().toInt() == 0)
                    continue; // 0: everything
                if (key == u"fastMode" && !input.contains('"'))
                    continue; // fast mode only means "no quotes"
                unsupported += key + u' ';
            }
            if (!unsupported.isEmpty()) {
                record(suite, name, QStringLiteral("options not supported and the case is not in kExcludedCases: ") + unsupported);
                continue;
            }
            if (config.contains(u"delimiter"))
                options.delimiter = config.value(u"delimiter").toString().toLatin1().at(0);
            else if (core)
                options.delimiter = ','; // Papa.Parser's own default; Papa.parse detects
            const CsvResult r = cs::readCsv(input, options);

            QJsonArray expectedData = expected.value(u"data").toArray();
            // PapaParse's extra [""] row for the line break that ends the input.
            if ((input.endsWith('\n') || input.endsWith('\r')) && !expectedData.isEmpty()
                && expectedData.last() == QJsonArray{QString()})
                expectedData.removeLast();
            QJsonArray actual;
            if (config.value(u"header").toBool()) {
                if (!r.table.rows.isEmpty())
                    actual = rowsAsObjects(r.table.rows.front(), r.table.rows.mid(1), Extras::PapaParse);
            } else {
                actual = rowsAsArrays(r.table.rows);
            }
            QString problem = r.ok() ? mismatch(expectedData, actual) : QStringLiteral("error: ") + r.error;
            const bool quoteWarning = hasWarning(r, CsvWarning::Kind::StrayQuote) || hasWarning(r, CsvWarning::Kind::UnterminatedQuote);
            if (problem.isEmpty() && expectQuoteError && !quoteWarning)
                problem = QStringLiteral("a quote error was expected, none reported");
            if (problem.isEmpty() && !expectQuoteError && hasWarning(r, CsvWarning::Kind::UnterminatedQuote))
                problem = QStringLiteral("unexpected unterminated quote: ") + describeWarnings(r);
            if (problem.isEmpty() && expectFieldMismatch && !hasWarning(r, CsvWarning::Kind::RaggedRow))
                problem = QStringLiteral("a field-count error was expected, no ragged row reported");
            if (problem.isEmpty() && config.value(u"header").toBool() && !expectFieldMismatch
                && hasWarning(r, CsvWarning::Kind::RaggedRow))
                problem = QStringLiteral("unexpected ragged rows: ") + describeWarnings(r);
            record(suite, name, problem);
        }
    }
    EXPECT_EQ(total, 160);
    printTally(suite);
}

// --- uniVocity -------------------------------------------------------------------------------

TEST(CsvConformance, UnivocityCorrectnessFile)
{
    REQUIRE_SUITE(dir, "univocity-csv-parsers-comparison");
    const char *suite = "univocity-csv-parsers-comparison";
    const QJsonObject expected =
        QJsonDocument::fromJson(cs::test::readFile(dir + QStringLiteral("/correctness.expected.json"))).object();
    QJsonArray rows;
    for (const QJsonValue row : expected.value(u"rows").toArray()) {
        QJsonArray r;
        for (const QJsonValue v : row.toArray())
            r.append(v.isNull() ? QString() : v.toString()); // null == empty field
        rows.append(r);
    }
    ASSERT_EQ(rows.size(), 6);
    const CsvResult r = cs::readCsv(cs::test::readFile(dir + u'/' + expected.value(u"file").toString()));
    QString problem = mismatch(rows, rowsAsArrays(r.table.rows)); // exact, no trimming needed
    if (problem.isEmpty() && !r.warnings.isEmpty())
        problem = QStringLiteral("unexpected warnings: ") + describeWarnings(r);
    record(suite, QStringLiteral("correctness.csv"), problem);
    printTally(suite);
}

// --- Apache Commons CSV ------------------------------------------------------------------------

TEST(CsvConformance, ApacheCommonsCsvFileParserControlFiles)
{
    REQUIRE_SUITE(dir, "apache-commons-csv");
    const char *suite = "apache-commons-csv";
    const QString parserDir = dir + QStringLiteral("/CSVFileParser");
    const QStringList controls = QDir(parserDir).entryList({QStringLiteral("test*.txt")}, QDir::Files, QDir::Name);
    ASSERT_GE(controls.size(), 7);
    for (const QString &control : controls) {
        const QStringList lines = QString::fromUtf8(cs::test::readFile(parserDir + u'/' + control)).split(u'\n');
        const QStringList settings = lines.value(0).trimmed().split(u' ', Qt::SkipEmptyParts);
        if (excludedReason(suite, control)) {
            recordExcluded(suite);
            continue;
        }
        if (settings.size() != 1) {
            record(suite, control, QStringLiteral("settings not supported and not in kExcludedCases: ") + settings.join(u' '));
            continue;
        }
        CsvOptions options; // the default format: delimiter ',', quote '"'
        options.delimiter = ',';
        const CsvResult r = cs::readCsv(cs::test::readFile(parserDir + u'/' + settings[0]), options);
        QStringList expected, actual;
        for (qsizetype i = 2; i < lines.size(); ++i) {
            if (!lines[i].isEmpty() && !lines[i].startsWith(u'#'))
                expected << lines[i];
        }
        for (const QStringList &row : r.table.rows)
            actual << QStringLiteral("%1:[%2]").arg(row.size()).arg(row.join(QStringLiteral(", ")));
        record(suite, control,
               expected == actual ? QString()
                                  : QStringLiteral("expected\n%1\ngot\n%2").arg(expected.join(u'\n'), actual.join(u'\n')));
    }
    printTally(suite);
}

TEST(CsvConformance, ApacheCommonsCsvRegressionInputs)
{
    REQUIRE_SUITE(dir, "apache-commons-csv");
    const char *suite = "apache-commons-csv";
    for (const char *excluded : {"CSV-141/csv-141.csv", "csv-167/sample1.csv"}) {
        ASSERT_TRUE(excludedReason(suite, QString::fromLatin1(excluded)));
        recordExcluded(suite);
    }

    {   // bom.csv: the byte-order mark is not part of the first header.
        const CsvResult r = cs::readCsv(cs::test::readFile(dir + QStringLiteral("/CSVFileParser/bom.csv")));
        QString problem;
        if (r.table.rows.isEmpty() || r.table.cell(0, 0) != u"Date")
            problem = QStringLiteral("first header is '%1'").arg(r.table.cell(0, 0));
        else if (!r.warnings.isEmpty())
            problem = describeWarnings(r);
        else if (r.table.columnCount() != 6)
            problem = QStringLiteral("%1 columns").arg(r.table.columnCount());
        record(suite, QStringLiteral("CSVFileParser/bom.csv"), problem);
    }
    {   // CSV-196: multi-byte UTF-8 (Japanese, emoji) read as written.
        const CsvResult j = cs::readCsv(cs::test::readFile(dir + QStringLiteral("/CSV-196/japanese.csv")));
        QString problem;
        if (j.table.rows.size() != 4 || j.table.columnCount() != 17 || !j.warnings.isEmpty()
            || !j.table.cell(1, 2).startsWith(QStringLiteral("きちんと節分")))
            problem = QStringLiteral("japanese.csv: %1 rows, cell '%2' %3")
                          .arg(j.table.rows.size())
                          .arg(j.table.cell(1, 2), describeWarnings(j));
        const CsvResult e = cs::readCsv(cs::test::readFile(dir + QStringLiteral("/CSV-196/emoji.csv")));
        if (e.table.rows.size() < 2 || e.table.columnCount() != 16 || !e.warnings.isEmpty()
            || e.table.cell(1, 1) != QString::fromUtf8("😄").repeated(10))
            problem += QStringLiteral(" emoji.csv: %1 rows, cell '%2'").arg(e.table.rows.size()).arg(e.table.cell(1, 1));
        record(suite, QStringLiteral("CSV-196"), problem);
    }
    {   // CSV-290: PostgreSQL's CSV export equals its text export (tab-separated, backslash
        // escapes, no quoting), as the Java test checks.
        const CsvResult csv = cs::readCsv(cs::test::readFile(dir + QStringLiteral("/CSV-290/psql.csv")));
        CsvOptions text;
        text.delimiter = '\t';
        text.quote = '\x01'; // the text format has no quotes
        const CsvResult tsv = cs::readCsv(cs::test::readFile(dir + QStringLiteral("/CSV-290/psql.tsv")), text);
        QList<QStringList> unescaped;
        for (const QStringList &row : tsv.table.rows) {
            QStringList out;
            for (const QString &field : row) {
                QString v;
                for (qsizetype i = 0; i < field.size(); ++i) {
                    if (field[i] != u'\\' || i + 1 == field.size()) {
                        v += field[i];
                        continue;
                    }
                    const QChar n = field[++i];
                    v += n == u'n' ? QChar(u'\n') : n == u'r' ? QChar(u'\r') : n == u't' ? QChar(u'\t') : n == u'b' ? QChar(u'\b')
                         : n == u'N' ? QString() : QString(n);
                }
                out << v;
            }
            unescaped << out;
        }
        QString problem = mismatch(rowsAsArrays(unescaped), rowsAsArrays(csv.table.rows));
        if (problem.isEmpty() && csv.table.rows.size() != 3)
            problem = QStringLiteral("%1 rows").arg(csv.table.rows.size());
        record(suite, QStringLiteral("CSV-290/psql.csv"), problem);
    }
    {   // CSV-254: empty and empty-quoted fields at the ends of rows.
        const CsvResult r = cs::readCsv(cs::test::readFile(dir + QStringLiteral("/CSV-254/csv-254.csv")));
        record(suite, QStringLiteral("CSV-254/csv-254.csv"),
               mismatch(rowsAsArrays({{"AA", "33", ""}, {"AA", "", ""}, {"", "33", "CC"}}), rowsAsArrays(r.table.rows)));
    }
    printTally(suite);
}

// --- mafintosh/csv-parser ----------------------------------------------------------------------

namespace {

// Reads the JavaScript-like values of AVA snapshot reports (concordance format): objects with
// bare or quoted keys, arrays, 'strings', `templates` (␊ = LF, ␍ = CR, each line break of the
// source followed by the indentation of the line the template starts on), numbers, undefined.
class SnapshotValueParser
{
public:
    explicit SnapshotValueParser(QString text) : m_s(std::move(text)) { }
    QJsonValue parse()
    {
        const QJsonValue v = value();
        skipSpace();
        if (m_pos != m_s.size())
            m_ok = false;
        return v;
    }
    bool ok() const { return m_ok; }

private:
    QChar peek() const { return m_pos < m_s.size() ? m_s[m_pos] : QChar(); }
    void skipSpace()
    {
        while (m_pos < m_s.size() && m_s[m_pos].isSpace())
            ++m_pos;
    }
    QJsonValue value()
    {
        skipSpace();
        const QChar c = peek();
        if (c == u'{') {
            ++m_pos;
            QJsonObject o;
            for (;;) {
                skipSpace();
                if (peek() == u'}') {
                    ++m_pos;
                    return o;
                }
                const QString key = peek() == u'\'' ? quoted() : word();
                skipSpace();
                if (peek() != u':')
                    return fail();
                ++m_pos;
                o.insert(key, value());
                skipSpace();
                if (peek() == u',')
                    ++m_pos;
                if (!m_ok || m_pos >= m_s.size())
                    return fail();
            }
        }
        if (c == u'[') {
            ++m_pos;
            QJsonArray a;
            for (;;) {
                skipSpace();
                if (peek() == u']') {
                    ++m_pos;
                    return a;
                }
                a.append(value());
                skipSpace();
                if (peek() == u',')
                    ++m_pos;
                if (!m_ok || m_pos >= m_s.size())
                    return fail();
            }
        }
        if (c == u'\'')
            return quoted();
        if (c == u'`')
            return templateLiteral();
        const QString w = word();
        if (w == u"undefined" || w == u"null")
            return QJsonValue::Null;
        bool number = false;
        const double d = w.toDouble(&number);
        return number ? QJsonValue(d) : fail();
    }
    QString word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && (m_s[m_pos].isLetterOrNumber() || m_s[m_pos] == u'_' || m_s[m_pos] == u'$'
                                      || m_s[m_pos] == u'.' || m_s[m_pos] == u'-'))
            ++m_pos;
        if (m_pos == start)
            m_ok = false;
        return m_s.mid(start, m_pos - start);
    }
    QString quoted()
    {
        QString out;
        ++m_pos; // '
        while (m_pos < m_s.size() && m_s[m_pos] != u'\'') {
            if (m_s[m_pos] == u'\\' && m_pos + 1 < m_s.size()) {
                const QChar n = m_s[++m_pos];
                out += n == u'n' ? QChar(u'\n') : n == u'r' ? QChar(u'\r') : n == u't' ? QChar(u'\t') : n;
            } else {
                out += m_s[m_pos];
            }
            ++m_pos;
        }
        if (m_pos >= m_s.size())
            m_ok = false;
        ++m_pos;
        return out;
    }
    QString templateLiteral()
    {
        const qsizetype lineStart = m_s.lastIndexOf(u'\n', m_pos) + 1;
        qsizetype indent = 0;
        while (lineStart + indent < m_s.size() && m_s[lineStart + indent] == u' ')
            ++indent;
        QString out;
        ++m_pos; // `
        while (m_pos < m_s.size() && m_s[m_pos] != u'`') {
            const QChar c = m_s[m_pos];
            if (c == u'\n') {
                ++m_pos;
                for (qsizetype k = 0; k < indent && peek() == u' '; ++k)
                    ++m_pos;
                continue;
            }
            if (c == QChar(0x240A))
                out += u'\n';
            else if (c == QChar(0x240D))
                out += u'\r';
            else if (c == u'\\' && m_pos + 1 < m_s.size())
                out += m_s[++m_pos];
            else
                out += c;
            ++m_pos;
        }
        if (m_pos >= m_s.size())
            m_ok = false;
        ++m_pos;
        return out;
    }
    QJsonValue fail()
    {
        m_ok = false;
        m_pos = m_s.size();
        return QJsonValue::Undefined;
    }

    QString m_s;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

struct SnapshotSection {
    QString name; // "<file>/<section>", "#2" for a repeated name
    QList<QPair<QString, QJsonValue>> items; // label, value
    bool parsed = true;
};

QList<SnapshotSection> readSnapshot(const QString &path)
{
    QList<SnapshotSection> sections;
    const QString file = QFileInfo(path).fileName();
    const QStringList lines = QString::fromUtf8(cs::test::readFile(path)).split(u'\n');
    QString label, block;
    auto flush = [&] {
        if (!label.isNull() && !sections.isEmpty()) {
            SnapshotValueParser parser(block);
            const QJsonValue v = parser.parse();
            sections.last().parsed = sections.last().parsed && parser.ok();
            sections.last().items.append({label, v});
        }
        label = QString();
        block.clear();
    };
    QMap<QString, int> seen;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("## "))) {
            flush();
            QString name = file + u'/' + line.mid(3).trimmed();
            if (++seen[name] > 1)
                name += QStringLiteral("#%1").arg(seen[name]);
            sections.append({name, {}, true});
        } else if (line.startsWith(QStringLiteral("> "))) {
            flush();
            label = line.mid(2).trimmed();
        } else if (!label.isNull()) {
            block += line + u'\n';
        }
    }
    flush();
    return sections;
}

enum class Header { FirstRow, Given, Indexes };
struct CsvParserCase {
    const char *section;
    const char *fixture;
    char delimiter = ',';
    char quote = '"';
    Header header = Header::FirstRow;
    qint64 raggedLine = 0; // strict mode: this line must be reported
};

// csv-parser's option for each snapshot section (from the upstream test files, which are not
// in the copy: fixture and options as their collect() calls name them).
const CsvParserCase kCsvParserCases[] = {
    {"test.js.md/simple csv", "basic.csv"},
    {"test.js.md/newlines in a cell", "newlines.csv"},
    {"test.js.md/raw escaped quotes", "escape-quotes.csv"},
    {"test.js.md/raw escaped quotes and newlines", "quotes+newlines.csv"},
    {"test.js.md/csv-spectrum", nullptr}, // one label per csv-spectrum file
    {"headers.test.js.md/headers option", "headers.csv", ',', '"', Header::Given},
    {"headers.test.js.md/headers: false", "no-headers.csv", ',', '"', Header::Indexes},
    {"escape.test.js.md/headers: false, numeric column names", "basic.csv", ',', '"', Header::Indexes},
    {"issues.test.js.md/backtick separator (#105)", "backtick.csv", '`'},
    {"quote.test.js.md/custom quote character", "option-quote.csv", ',', '\''},
    {"quote.test.js.md/quote many", "option-quote-many.csv", ',', '\''},
    {"strict.test.js.md/strict", "strict.csv", ',', '"', Header::FirstRow, 4},
    {"strictNo.test.js.md/strict: false - less columns", "strict-false-less-columns.csv"},
    {"strictNo.test.js.md/strict: false - more columns", "strict-false-more-columns.csv"},
};

QJsonArray csvParserRows(const CsvResult &r, Header header)
{
    QList<QStringList> rows = r.table.rows;
    QStringList keys;
    if (header == Header::FirstRow && !rows.isEmpty())
        keys = rows.takeFirst();
    else if (header == Header::Given)
        keys = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    else
        for (int i = 0; i < r.table.columnCount(); ++i)
            keys << QString::number(i);
    QJsonArray out = rowsAsObjects(keys, rows, Extras::CsvParser);
    if (header == Header::Indexes) { // no "_<i>" keys there: every column is numbered
        QJsonArray fixed;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject o;
            for (qsizetype k = 0; k < rows[i].size(); ++k)
                o.insert(QString::number(k), rows[i][k]);
            fixed.append(o);
        }
        out = fixed;
    }
    return out;
}

} // namespace

TEST(CsvConformance, MafintoshCsvParserSnapshots)
{
    REQUIRE_SUITE(dir, "mafintosh-csv-parser");
    const char *suite = "mafintosh-csv-parser";
    const QString spectrumDir = conformanceDir(QStringLiteral("csv-spectrum"));
    const QString fixtures = dir + QStringLiteral("/test/fixtures/");
    QList<SnapshotSection> sections;
    for (const QString &f : QDir(dir + QStringLiteral("/test/snapshots")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        sections += readSnapshot(dir + QStringLiteral("/test/snapshots/") + f);
    ASSERT_GE(sections.size(), 25);

    for (const SnapshotSection &section : std::as_const(sections)) {
        if (excludedReason(suite, section.name)) {
            recordExcluded(suite);
            continue;
        }
        const CsvParserCase *c = nullptr;
        for (const CsvParserCase &candidate : kCsvParserCases)
            if (section.name == QString::fromUtf8(candidate.section))
                c = &candidate;
        if (!c) {
            record(suite, section.name, QStringLiteral("section neither run nor in kExcludedCases"));
            continue;
        }
        if (!section.parsed) {
            record(suite, section.name, QStringLiteral("snapshot not understood"));
            continue;
        }
        if (!c->fixture) { // the csv-spectrum files, one per label
            if (spectrumDir.isEmpty()) {
                recordExcluded(suite);
                continue;
            }
            for (const auto &[label, expected] : section.items)
                record(suite, section.name + u'/' + label, mismatch(expected, spectrumParse(spectrumInput(spectrumDir, label))));
            continue;
        }
        CsvOptions options;
        options.delimiter = c->delimiter; // csv-parser does not detect: its default is ','
        options.quote = c->quote;
        const CsvResult r = cs::readCsv(cs::test::readFile(fixtures + QString::fromLatin1(c->fixture)), options);
        const QJsonArray actual = csvParserRows(r, c->header);
        QJsonArray expected;
        bool wholeResult = false;
        for (const auto &item : section.items) {
            if (item.second.isArray()) {
                wholeResult = true;
                for (const QJsonValue v : item.second.toArray())
                    expected.append(v);
            } else {
                expected.append(item.second);
            }
        }
        QString problem;
        if (wholeResult)
            problem = mismatch(expected, actual);
        else // "first row", "second row", ...: the rows in order
            for (qsizetype i = 0; i < expected.size() && problem.isEmpty(); ++i)
                problem = mismatch(expected[i], actual.at(i));
        if (problem.isEmpty() && c->raggedLine && !hasWarning(r, CsvWarning::Kind::RaggedRow, c->raggedLine))
            problem = QStringLiteral("strict: the ragged row on line %1 is not reported (%2)").arg(c->raggedLine).arg(describeWarnings(r));
        record(suite, section.name, problem);
    }
    printTally(suite);
}

TEST(CsvConformance, MafintoshCsvParserInputs)
{
    REQUIRE_SUITE(dir, "mafintosh-csv-parser");
    const char *suite = "mafintosh-csv-parser";
    const QString spectrumDir = conformanceDir(QStringLiteral("csv-spectrum"));
    if (spectrumDir.isEmpty())
        GTEST_SKIP() << "the expectations come from csv-spectrum, which is not present";
    const QString fixtures = dir + QStringLiteral("/test/fixtures/");

    // bench/utf8.csv, utf16.csv (LE with BOM) and utf16-big.csv (BE with BOM) hold the text of
    // csv-spectrum's utf8.csv; latin.csv the same in ISO-8859-1, with © for ʤ.
    const QJsonArray utf8Expected = spectrumExpectation(spectrumDir, QStringLiteral("utf8"));
    struct EncodedInput {
        const char *file;
        cs::TextEncoding encoding;
    };
    for (const EncodedInput &in : {EncodedInput{"bench/utf8.csv", cs::TextEncoding::Utf8},
                                   EncodedInput{"bench/utf16.csv", cs::TextEncoding::Utf16Le},
                                   EncodedInput{"bench/utf16-big.csv", cs::TextEncoding::Utf16Be},
                                   EncodedInput{"bench/latin.csv", cs::TextEncoding::Latin1}}) {
        CsvResult r;
        const QJsonArray actual = spectrumParse(cs::test::readFile(fixtures + QString::fromLatin1(in.file)), &r);
        QJsonArray expected = utf8Expected;
        if (in.encoding == cs::TextEncoding::Latin1) {
            QJsonObject last = expected.last().toObject();
            last.insert(QStringLiteral("c"), QStringLiteral("©"));
            expected.replace(expected.size() - 1, last);
        }
        QString problem = mismatch(expected, actual);
        if (problem.isEmpty() && r.encoding != in.encoding)
            problem = QStringLiteral("encoding detected as ") + cs::textEncodingName(r.encoding);
        if (problem.isEmpty() && !r.warnings.isEmpty())
            problem = describeWarnings(r);
        record(suite, QString::fromLatin1(in.file), problem);
    }
    {   // bench/mac-newlines.csv: CR alone ends records, and is kept inside quotes (the rows are
        // the file's text; it has no snapshot).
        CsvResult r;
        const QJsonArray actual = spectrumParse(cs::test::readFile(fixtures + QStringLiteral("bench/mac-newlines.csv")), &r);
        const QJsonArray expected{QJsonObject{{"a", "1"}, {"b", "2"}, {"c", "3"}},
                                  QJsonObject{{"a", "Once upon\ra time"}, {"b", "5"}, {"c", "6"}}};
        QString problem = mismatch(expected, actual);
        if (problem.isEmpty() && r.table.lines != QList<qint64>{1, 2, 3})
            problem = QStringLiteral("line numbers");
        record(suite, QStringLiteral("bench/mac-newlines.csv"), problem);
    }
    // comma-in-quote.csv is csv-spectrum's comma_in_quotes.csv.
    record(suite, QStringLiteral("comma-in-quote.csv"),
           mismatch(spectrumExpectation(spectrumDir, QStringLiteral("comma_in_quotes")),
                    spectrumParse(cs::test::readFile(fixtures + QStringLiteral("comma-in-quote.csv")))));
    {   // Inputs without a snapshot: the rows RFC 4180 gives (as Python's csv module reads them).
        struct Plain {
            const char *file;
            QList<QStringList> rows;
        };
        const Plain plain[] = {
            {"bad-data.csv", {{"", "somejunk", "<! />"}, {"", "nope", ""}, {"yes", "yup", "yeah"}, {"ok", "ok", "ok!"}}},
            {"empty-columns.csv", {{"2007-01-01", "", ""}, {"2007-01-02", "", ""}}},
        };
        for (const Plain &p : plain) {
            CsvOptions comma;
            comma.delimiter = ',';
            record(suite, QString::fromLatin1(p.file),
                   mismatch(rowsAsArrays(p.rows), rowsAsArrays(cs::readCsv(cs::test::readFile(fixtures + QString::fromLatin1(p.file)), comma).table.rows)));
        }
    }
    {   // geojson.csv: JSON in quoted fields, with doubled quotes, comes out as parseable JSON.
        const CsvResult r = cs::readCsv(cs::test::readFile(fixtures + QStringLiteral("geojson.csv")));
        QString problem;
        if (r.table.rows.size() != 4 || r.table.columnCount() != 4 || !r.warnings.isEmpty())
            problem = QStringLiteral("%1 rows, %2").arg(r.table.rows.size()).arg(describeWarnings(r));
        for (qsizetype i = 1; i < r.table.rows.size() && problem.isEmpty(); ++i) {
            const QJsonObject g = QJsonDocument::fromJson(r.table.cell(int(i), 3).toUtf8()).object();
            if (g.value(u"type").toString().isEmpty())
                problem = QStringLiteral("row %1: not JSON: %2").arg(i).arg(r.table.cell(int(i), 3));
        }
        record(suite, QStringLiteral("geojson.csv"), problem);
    }
    {   // option-maxRowBytes.csv (716 KB): 4594 rows of 15 fields, the longest 142 bytes, except
        // line 4578, which starts with a stray quote: it reads as three fields, as Python's csv
        // module reads it, with the quote problems and the short row reported there. A field
        // limit below 142 bytes is an error with its position.
        const QByteArray bytes = cs::test::readFile(fixtures + QStringLiteral("option-maxRowBytes.csv"));
        const CsvResult r = cs::readCsv(bytes);
        QString problem;
        int fifteen = 0;
        for (const QStringList &row : r.table.rows)
            fifteen += row.size() == 15;
        const qsizetype odd = r.table.lines.indexOf(4578);
        if (r.table.rows.size() != 4594 || fifteen != 4593 || odd < 0
            || r.table.rows[odd] != QStringList{QStringLiteral("2015-12-02T21:07:16.730Z,46.5141667,-122.5953333,0.018,1.49,ml,11,221,"
                                                              "0.04665,0.17,uw,uw61094962,2015-12-02T21:56:13.892Z,24km ESE of Napavine"),
                                               QStringLiteral(" Washington\""), QStringLiteral("explosion")}
            || !hasWarning(r, CsvWarning::Kind::StrayQuote, 4578) || !hasWarning(r, CsvWarning::Kind::RaggedRow, 4578))
            problem = QStringLiteral("%1 rows, %2 of 15 fields, %3").arg(r.table.rows.size()).arg(fifteen).arg(describeWarnings(r));
        CsvOptions limited;
        limited.maxFieldBytes = 141;
        const CsvResult l = cs::readCsv(bytes, limited);
        if (l.ok() || l.errorLine < 2 || l.errorColumn < 1 || !l.table.rows.isEmpty())
            problem += QStringLiteral(" limit 141: ok=%1 line %2").arg(l.ok()).arg(l.errorLine);
        limited.maxFieldBytes = 142;
        if (!cs::readCsv(bytes, limited).ok())
            problem += QStringLiteral(" limit 142 refused");
        record(suite, QStringLiteral("option-maxRowBytes.csv"), problem);
    }
    printTally(suite);
}

// --- csvlint.rb --------------------------------------------------------------------------------

namespace {

struct Scenario {
    QString name;
    QStringList steps;
    QList<QByteArray> docStrings;
};

QList<Scenario> readFeature(const QString &path)
{
    QList<Scenario> out;
    const QStringList lines = QString::fromUtf8(cs::test::readFile(path)).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString t = lines[i].trimmed();
        if (t.startsWith(QStringLiteral("Scenario:"))) {
            out.append({t.mid(9).trimmed(), {}, {}});
        } else if (t == u"\"\"\"" && !out.isEmpty()) {
            // A doc string: its lines lose the indentation of the opening delimiter.
            const qsizetype indent = lines[i].indexOf(u'"');
            QStringList content;
            for (++i; i < lines.size() && lines[i].trimmed() != u"\"\"\""; ++i) {
                QString l = lines[i];
                qsizetype k = 0;
                while (k < indent && k < l.size() && l[k] == u' ')
                    ++k;
                content << l.mid(k);
            }
            out.last().docStrings.append(content.join(u'\n').toUtf8());
        } else if (!out.isEmpty() && QRegularExpression(QStringLiteral("^(Given|And|When|Then|But) ")).match(t).hasMatch()) {
            out.last().steps << t;
        }
    }
    return out;
}

// csvlint's error types that are reader warnings.
std::optional<CsvWarning::Kind> warningFor(const QString &type)
{
    if (type == u"ragged_rows")
        return CsvWarning::Kind::RaggedRow;
    if (type == u"unclosed_quote")
        return CsvWarning::Kind::UnterminatedQuote;
    if (type == u"whitespace") // whitespace before a quote: the quote is then a stray one
        return CsvWarning::Kind::StrayQuote;
    if (type == u"invalid_encoding" || type == u"content_encoding")
        return CsvWarning::Kind::InvalidEncoding;
    return std::nullopt;
}

// Runs one scenario; returns the mismatch, or sets *unsupported to the step not understood.
QString runScenario(const QString &fixtures, const Scenario &s, QString *unsupported)
{
    QByteArray bytes;
    CsvOptions options;
    enum class Ask { None, Errors, Valid, Warnings } ask = Ask::None;
    int expectedCount = -1;
    QString expectedType, noErrorsOfType;
    qint64 expectedRow = 0;
    std::optional<bool> expectedValid;
    int doc = 0;
    auto refuse = [&](const QString &step) {
        *unsupported = step;
        return QString();
    };
    for (const QString &step : s.steps) {
        const QString body = step.section(u' ', 1); // without Given/And/When/Then
        QRegularExpressionMatch m;
        auto matches = [&](const char *pattern) {
            m = QRegularExpression(QString::fromUtf8(pattern)).match(body);
            return m.hasMatch();
        };
        if (matches("^I have a CSV with the following content:$")) {
            bytes = s.docStrings.value(doc++);
        } else if (matches("^(?:I have a CSV file called|I parse a file called) \"(.+)\"$")) {
            bytes = cs::test::readFile(fixtures + m.captured(1));
        } else if (matches("^it is stored at the url \"[^\"]*\"$") || matches("^it is parsed as a StringIO$")
                   || matches("^the content type is set to \"text/csv\"$")) {
            // where the bytes come from (the CSV content type changes nothing): nothing to do
        } else if (matches("^it is encoded as \"(.+)\"$")) {
            const auto e = cs::textEncodingFromName(m.captured(1));
            if (!e)
                return refuse(step);
            if (*e == cs::TextEncoding::Latin1)
                bytes = QString::fromUtf8(bytes).toLatin1();
        } else if (matches("^I set an encoding header of \"(.+)\"$")) {
            options.encoding = cs::textEncodingFromName(m.captured(1));
            if (!options.encoding)
                return refuse(step);
        } else if (matches("^I set the delimiter to \"(.)\"$")) {
            options.delimiter = m.captured(1).toLatin1().at(0);
        } else if (matches("^I set quotechar to \"(.)\"\\s*$")) {
            options.quote = m.captured(1).toLatin1().at(0);
        } else if (matches("^I ask if there are errors$")) {
            ask = Ask::Errors;
        } else if (matches("^I ask if the CSV is valid$")) {
            ask = Ask::Valid;
        } else if (matches("^I ask if there are warnings$")) {
            ask = Ask::Warnings;
        } else if (matches("^there should be (\\d+) (?:error|errors|warning|warnings)$")) {
            expectedCount = m.captured(1).toInt();
        } else if (matches("^that error should have the type \"(.+)\"$")) {
            expectedType = m.captured(1);
            if (!warningFor(expectedType))
                return refuse(step);
        } else if (matches("^that error should have the row \"(\\d+)\"$")) {
            expectedRow = m.captured(1).toLongLong();
        } else if (matches("^that error should have the content")) {
            // the row's text: the reader reports line and column instead
        } else if (matches("^there should be no \"(.+)\" errors$")) {
            noErrorsOfType = m.captured(1);
            if (!warningFor(noErrorsOfType))
                return refuse(step);
        } else if (matches("^I should get the value of (true|false)$")) {
            expectedValid = m.captured(1) == u"true";
        } else {
            return refuse(step);
        }
    }
    if (ask == Ask::Warnings && expectedCount != 0)
        return refuse(QStringLiteral("warnings other than none"));

    const CsvResult r = cs::readCsv(bytes, options);
    if (!r.ok())
        return QStringLiteral("error: ") + r.error;
    if (expectedValid && *expectedValid != r.warnings.isEmpty())
        return QStringLiteral("valid should be %1; warnings: %2").arg(*expectedValid).arg(describeWarnings(r));
    if (ask == Ask::Warnings && !r.warnings.isEmpty())
        return QStringLiteral("no warnings expected: ") + describeWarnings(r);
    if (!noErrorsOfType.isEmpty() && hasWarning(r, *warningFor(noErrorsOfType)))
        return QStringLiteral("unexpected ") + describeWarnings(r);
    if (ask == Ask::Errors && expectedCount >= 0) {
        if (r.warnings.size() != expectedCount)
            return QStringLiteral("%1 errors expected: %2").arg(expectedCount).arg(describeWarnings(r));
        if (!expectedType.isEmpty() && !hasWarning(r, *warningFor(expectedType), expectedRow))
            return QStringLiteral("expected %1 at row %2: %3").arg(expectedType).arg(expectedRow).arg(describeWarnings(r));
    }
    return {};
}

} // namespace

TEST(CsvConformance, CsvlintScenarios)
{
    REQUIRE_SUITE(dir, "csvlint-rb");
    const char *suite = "csvlint-rb";
    const QString features = dir + QStringLiteral("/features/");
    const QStringList files = QDir(features).entryList({QStringLiteral("*.feature")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 10);
    for (const QString &file : files) {
        if (excludedReason(suite, file)) {
            recordExcluded(suite);
            continue;
        }
        for (const Scenario &s : readFeature(features + file)) {
            const QString name = file + u'/' + s.name;
            if (excludedReason(suite, name)) {
                recordExcluded(suite);
                continue;
            }
            QString unsupported;
            const QString problem = runScenario(features + QStringLiteral("fixtures/"), s, &unsupported);
            record(suite, name,
                   unsupported.isEmpty() ? problem : QStringLiteral("step not supported and not in kExcludedCases: ") + unsupported);
        }
    }
    printTally(suite);
}

TEST(CsvConformance, CsvlintSampleFiles)
{
    REQUIRE_SUITE(dir, "csvlint-rb");
    const char *suite = "csvlint-rb";
    const QString fixtures = dir + QStringLiteral("/features/fixtures/");
    // The same three records with each kind of line ending (expectations: the files' text).
    for (const char *file : {"cr-line-endings.csv", "crlf-line-endings.csv", "lf-line-endings.csv",
                             "inconsistent-line-endings.csv", "inconsistent-line-endings-unquoted.csv"}) {
        const CsvResult r = cs::readCsv(cs::test::readFile(fixtures + QString::fromLatin1(file)));
        QString problem;
        if (r.table.rows.size() != 3 || r.table.columnCount() != 3 || !r.warnings.isEmpty()
            || r.table.cell(0, 0) != u"Foo" || r.table.cell(1, 2) != u"Boff" || r.table.cell(2, 1) != u"Teaspoon")
            problem = compact(rowsAsArrays(r.table.rows)) + u' ' + describeWarnings(r);
        if (problem.isEmpty() && r.table.lines != QList<qint64>{1, 2, 3})
            problem = QStringLiteral("line numbers");
        record(suite, QString::fromLatin1(file), problem);
    }
    {   // invalid-byte-sequence.csv: Portuguese in ISO-8859-1 (it also decodes as GBK).
        const CsvResult r = cs::readCsv(cs::test::readFile(fixtures + QStringLiteral("invalid-byte-sequence.csv")));
        QString problem;
        if (r.encoding != cs::TextEncoding::Latin1 || hasWarning(r, CsvWarning::Kind::InvalidEncoding)
            || r.table.cell(0, 2) != QStringLiteral("Histórico"))
            problem = cs::textEncodingName(r.encoding) + u' ' + r.table.cell(0, 2);
        record(suite, QStringLiteral("invalid-byte-sequence.csv"), problem);
    }
    {   // invalid_many_rows.csv: `"3" "` on line 4 is a stray quote; a blank line on line 8.
        const CsvResult r = cs::readCsv(cs::test::readFile(fixtures + QStringLiteral("invalid_many_rows.csv")));
        QString problem;
        if (!hasWarning(r, CsvWarning::Kind::StrayQuote, 4) || r.table.rows.size() != 12 || r.table.rows[7] != QStringList{QString()})
            problem = describeWarnings(r);
        record(suite, QStringLiteral("invalid_many_rows.csv"), problem);
    }
    for (const char *file : {"valid.csv", "valid_many_rows.csv", "white space in filename.csv", "windows-line-endings.csv", "title-row.csv"}) {
        const CsvResult r = cs::readCsv(cs::test::readFile(fixtures + QString::fromLatin1(file)));
        record(suite, QString::fromLatin1(file),
               r.table.rows.size() >= 2 && r.table.columnCount() == 3 && r.warnings.isEmpty() ? QString() : describeWarnings(r));
    }
    printTally(suite);
}
