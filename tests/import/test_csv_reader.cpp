// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csv_reader.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

#include <string>

using cs::CsvOptions;
using cs::CsvResult;
using cs::CsvWarning;
using cs::TextEncoding;
using Rows = QList<QStringList>;

namespace {

CsvResult read(const QByteArray &bytes, CsvOptions options = {})
{
    return cs::readCsv(bytes, options);
}

CsvOptions withDelimiter(char d)
{
    CsvOptions o;
    o.delimiter = d;
    return o;
}

QList<CsvWarning> warningsOf(const CsvResult &r, CsvWarning::Kind kind)
{
    QList<CsvWarning> out;
    for (const CsvWarning &w : r.warnings)
        if (w.kind == kind)
            out.append(w);
    return out;
}

// Rows as scanCsvUtf8 sees them, copied out of the callback.
struct Scanned {
    std::vector<std::vector<std::string>> rows;
    std::vector<qint64> lines;
    QList<CsvWarning> warnings;
    qint64 records = 0;
};

Scanned scanAll(std::string_view input, char delimiter = ',', char quote = '"')
{
    Scanned s;
    s.records = cs::scanCsvUtf8(
        input, delimiter, quote,
        [&](qint64 line, const std::vector<std::string_view> &fields) {
            s.lines.push_back(line);
            s.rows.emplace_back(fields.begin(), fields.end());
            return true;
        },
        &s.warnings);
    return s;
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

// --- Records and line ends -----------------------------------------------------------------

TEST(ReadCsv, SimpleTableWithLineNumbers)
{
    const CsvResult r = read("a,b,c\n1,2,3\n4,5,6\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "6"}}));
    EXPECT_EQ(r.table.lines, (QList<qint64>{1, 2, 3}));
    EXPECT_TRUE(r.warnings.isEmpty());
}

TEST(ReadCsv, LineEndingLf)
{
    EXPECT_EQ(read("a,b\n1,2\n").table.rows, (Rows{{"a", "b"}, {"1", "2"}}));
}

TEST(ReadCsv, LineEndingCrlf)
{
    const CsvResult r = read("a,b\r\n1,2\r\n3,4");
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
    EXPECT_EQ(r.table.lines, (QList<qint64>{1, 2, 3}));
}

TEST(ReadCsv, LineEndingLoneCr)
{
    const CsvResult r = read("a,b\r1,2\r3,4\r");
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
    EXPECT_EQ(r.table.lines, (QList<qint64>{1, 2, 3}));
}

TEST(ReadCsv, MixedLineEndingsEachEndARecord)
{
    const CsvResult r = read("a,b\r\n1,2\n3,4\r5,6");
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}}));
    EXPECT_EQ(r.table.lines, (QList<qint64>{1, 2, 3, 4}));
}

TEST(ReadCsv, TrailingLineBreakDoesNotAddARow)
{
    EXPECT_EQ(read("a,b\n1,2\n").table.rows.size(), 2);
    EXPECT_EQ(read("a,b\r\n1,2\r\n").table.rows.size(), 2);
    EXPECT_EQ(read("a,b\r1,2\r").table.rows.size(), 2);
}

TEST(ReadCsv, EmptyLineInTheMiddleIsARowWithOneEmptyField)
{
    const CsvResult r = read("a,b\n\n1,2\n");
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b"}, {""}, {"1", "2"}}));
    EXPECT_EQ(r.table.lines, (QList<qint64>{1, 2, 3}));
    EXPECT_TRUE(warningsOf(r, CsvWarning::Kind::RaggedRow).isEmpty()) << "a blank line is not a ragged row";
}

TEST(ReadCsv, EmptyLineBeforeTheFinalLineBreakIsKept)
{
    // "a,b\n\n": line 2 is empty and ends with a line break; only the final break adds nothing.
    EXPECT_EQ(read("a,b\n\n").table.rows, (Rows{{"a", "b"}, {""}}));
}

TEST(ReadCsv, EmptyInputHasNoRows)
{
    const CsvResult r = read(QByteArray());
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(r.table.rows.isEmpty());
    EXPECT_TRUE(r.warnings.isEmpty());
    EXPECT_EQ(r.delimiter, ',');
}

TEST(ReadCsv, BomOnlyInputHasNoRows)
{
    EXPECT_TRUE(read("\xEF\xBB\xBF").table.rows.isEmpty());
}

TEST(ReadCsv, EmptyFieldsAndTrailingDelimiter)
{
    EXPECT_EQ(read("a,,c,\n,,,\n").table.rows, (Rows{{"a", "", "c", ""}, {"", "", "", ""}}));
}

// --- Quotes -------------------------------------------------------------------------------

TEST(ReadCsvQuotes, DelimiterInsideQuotes)
{
    EXPECT_EQ(read("city,zip\n\"Anytown, WW\",08123\n").table.rows, (Rows{{"city", "zip"}, {"Anytown, WW", "08123"}}));
}

TEST(ReadCsvQuotes, DoubledQuotesAreOneQuote)
{
    EXPECT_EQ(read("a,b\n1,\"ha \"\"ha\"\" ha\"\n").table.rows, (Rows{{"a", "b"}, {"1", "ha \"ha\" ha"}}));
    EXPECT_EQ(read("\"\"\"\"\n").table.rows, (Rows{{"\""}}));
    EXPECT_EQ(read("\"\",x\n").table.rows, (Rows{{"", "x"}}));
}

TEST(ReadCsvQuotes, LineBreaksInsideQuotesAreKeptAsTheyAre)
{
    const CsvResult r = read("a,b\n\"x\ny\",1\n\"p\r\nq\",2\n\"m\rn\",3\nlast,4\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b"}, {"x\ny", "1"}, {"p\r\nq", "2"}, {"m\rn", "3"}, {"last", "4"}}));
    // Each record's first line, counting the breaks inside quotes.
    EXPECT_EQ(r.table.lines, (QList<qint64>{1, 2, 4, 6, 8}));
}

TEST(ReadCsvQuotes, SpacesAfterTheClosingQuoteAreDropped)
{
    const CsvResult r = read("A,\"B\" ,C\r\n\"D\"  \r\n");
    EXPECT_EQ(r.table.rows, (Rows{{"A", "B", "C"}, {"D"}}));
    EXPECT_TRUE(warningsOf(r, CsvWarning::Kind::StrayQuote).isEmpty());
}

TEST(ReadCsvQuotes, QuoteInsideAnUnquotedFieldIsKeptWithAWarning)
{
    const CsvResult r = read("name,size\nscreen,27\" wide\n");
    EXPECT_EQ(r.table.rows, (Rows{{"name", "size"}, {"screen", "27\" wide"}}));
    const auto stray = warningsOf(r, CsvWarning::Kind::StrayQuote);
    ASSERT_EQ(stray.size(), 1);
    EXPECT_EQ(stray[0].line, 2);
    EXPECT_EQ(stray[0].column, 2);
}

TEST(ReadCsvQuotes, TextAfterTheClosingQuoteIsKeptWithAWarning)
{
    const CsvResult r = read("a,b\n\"x\"yz,2\n");
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b"}, {"xyz", "2"}}));
    const auto stray = warningsOf(r, CsvWarning::Kind::StrayQuote);
    ASSERT_EQ(stray.size(), 1);
    EXPECT_EQ(stray[0].line, 2);
    EXPECT_EQ(stray[0].column, 1);
}

TEST(ReadCsvQuotes, QuoteAfterLeadingSpacesIsText)
{
    const CsvResult r = read("a,b\n1,  \"x\"\n");
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b"}, {"1", "  \"x\""}}));
    EXPECT_EQ(warningsOf(r, CsvWarning::Kind::StrayQuote).size(), 1);
}

TEST(ReadCsvQuotes, UnterminatedQuoteKeepsTheRestWithAWarning)
{
    const CsvResult r = read("a,b\n1,\"open\n2,3\n");
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b"}, {"1", "open\n2,3\n"}}));
    const auto open = warningsOf(r, CsvWarning::Kind::UnterminatedQuote);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0].line, 2);
    EXPECT_EQ(open[0].column, 2);
}

TEST(ReadCsvQuotes, SingleQuoteAsQuoteCharacter)
{
    CsvOptions o;
    o.quote = '\'';
    EXPECT_EQ(read("a,'b,c','it''s'\n", o).table.rows, (Rows{{"a", "b,c", "it's"}}));
}

TEST(ReadCsvQuotes, WarningsAreCappedPerKind)
{
    QByteArray bytes = "a,b\n";
    for (int i = 0; i < 1000; ++i)
        bytes += "x\"y,1\n";
    const CsvResult r = read(bytes);
    EXPECT_EQ(r.table.rows.size(), 1001);
    const auto stray = warningsOf(r, CsvWarning::Kind::StrayQuote);
    ASSERT_EQ(stray.size(), 101); // 100 listed, then one that counts the rest
    EXPECT_TRUE(stray.back().message.contains(QStringLiteral("900"))) << stray.back().message.toStdString();
}

// --- Ragged rows --------------------------------------------------------------------------

TEST(ReadCsvRagged, ShortAndLongRowsAreReportedWithLineAndColumnAndKept)
{
    const CsvResult r = read("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5"}, {"6", "7", "8", "9"}, {"10", "11", "12"}}));
    const auto ragged = warningsOf(r, CsvWarning::Kind::RaggedRow);
    ASSERT_EQ(ragged.size(), 2);
    EXPECT_EQ(ragged[0].line, 3);
    EXPECT_EQ(ragged[0].column, 3); // the first missing field
    EXPECT_EQ(ragged[1].line, 4);
    EXPECT_EQ(ragged[1].column, 4); // the first extra field
}

TEST(ReadCsvRagged, LineNumbersCountLineBreaksInsideQuotes)
{
    const CsvResult r = read("a,b\n\"multi\nline\",1\nshort\n");
    const auto ragged = warningsOf(r, CsvWarning::Kind::RaggedRow);
    ASSERT_EQ(ragged.size(), 1);
    EXPECT_EQ(ragged[0].line, 4);
}

TEST(ReadCsvRagged, MetadataLinesAboveTheHeaderAreTheRaggedOnes)
{
    // NBS-style: title lines above the table, a note below; the table's width is the common one.
    const CsvResult r = read("数据库：年度数据\n地区,2023年,2022年\n北京,1,2\n天津,3,4\n上海,5,6\n注：示例\n");
    EXPECT_EQ(r.delimiter, ',');
    const auto ragged = warningsOf(r, CsvWarning::Kind::RaggedRow);
    ASSERT_EQ(ragged.size(), 2);
    EXPECT_EQ(ragged[0].line, 1);
    EXPECT_EQ(ragged[1].line, 6);
}

// --- Delimiters ---------------------------------------------------------------------------

TEST(DetectDelimiter, Comma)
{
    EXPECT_EQ(cs::detectDelimiter("a,b,c\n1,2,3\n"), ',');
}

TEST(DetectDelimiter, Semicolon)
{
    // Decimal commas do not fool it: the semicolons split every line the same way.
    EXPECT_EQ(cs::detectDelimiter("region;2021;2022\nA;1,5;2,5\nB;3,25;4\n"), ';');
}

TEST(DetectDelimiter, Tab)
{
    EXPECT_EQ(cs::detectDelimiter("unit,geo\\time\t2021 \t2022 \nEUR,DE\t100 p\t101 \nEUR,FR\t90 \t: \n"), '\t');
}

TEST(DetectDelimiter, Pipe)
{
    EXPECT_EQ(cs::detectDelimiter("a|b|c\n1|2|3\n"), '|');
}

TEST(DetectDelimiter, DelimitersInsideQuotesDoNotCount)
{
    EXPECT_EQ(cs::detectDelimiter("\"a,1\";\"b,2\";c\n\"x,y,z\";2;3\n"), ';');
}

TEST(DetectDelimiter, NoDelimiterFallsBackToComma)
{
    EXPECT_EQ(cs::detectDelimiter("single\ncolumn\n"), ',');
    EXPECT_EQ(cs::detectDelimiter(""), ',');
}

TEST(DetectDelimiter, TheQuoteCharacterIsNeverTheDelimiter)
{
    EXPECT_EQ(cs::detectDelimiter("|a,b|,c\n|d|,e\n", '|'), ',');
}

TEST(ReadCsvDelimiter, EachDelimiterIsDetected)
{
    for (char d : {',', ';', '\t', '|'}) {
        QByteArray bytes = "a,b,c\n1,2,3\n4,5,6\n";
        bytes.replace(',', d);
        const CsvResult r = read(bytes);
        EXPECT_EQ(r.delimiter, d);
        EXPECT_TRUE(r.delimiterDetected);
        EXPECT_EQ(r.table.rows, (Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "6"}})) << "delimiter " << int(d);
    }
}

TEST(ReadCsvDelimiter, OverrideIsUsedAsGiven)
{
    const CsvResult r = read("a;b,c\n1;2,3\n", withDelimiter(';'));
    EXPECT_EQ(r.delimiter, ';');
    EXPECT_FALSE(r.delimiterDetected);
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b,c"}, {"1", "2,3"}}));
}

TEST(ReadCsvDelimiter, OtherSingleByteDelimitersCanBeGiven)
{
    EXPECT_EQ(read("a`b\n1`2\n", withDelimiter('`')).table.rows, (Rows{{"a", "b"}, {"1", "2"}}));
}

TEST(ReadCsvDelimiter, LineBreakOrQuoteAsDelimiterIsAnError)
{
    for (char d : {'\n', '\r', '"'}) {
        const CsvResult r = read("a,b\n", withDelimiter(d));
        EXPECT_FALSE(r.ok()) << int(d);
        EXPECT_TRUE(r.table.rows.isEmpty());
    }
}

// --- Encodings ----------------------------------------------------------------------------

TEST(ReadCsvEncoding, Utf8WithoutBom)
{
    const CsvResult r = read(QStringLiteral("地区,指标\n北京,1\n").toUtf8());
    EXPECT_EQ(r.encoding, TextEncoding::Utf8);
    EXPECT_TRUE(r.encodingDetected);
    EXPECT_EQ(r.table.rows, (Rows{{"地区", "指标"}, {"北京", "1"}}));
}

TEST(ReadCsvEncoding, Utf8BomIsStripped)
{
    const CsvResult r = read("\xEF\xBB\xBF" + QStringLiteral("地区,指标\n北京,1\n").toUtf8());
    EXPECT_EQ(r.encoding, TextEncoding::Utf8);
    EXPECT_EQ(r.table.rows, (Rows{{"地区", "指标"}, {"北京", "1"}}));
}

TEST(ReadCsvEncoding, Utf16LittleEndianWithBom)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (QChar c : QStringLiteral("地区,指标\r\n北京,1\r\n"))
        bytes += char(c.unicode() & 0xFF), bytes += char(c.unicode() >> 8);
    const CsvResult r = read(bytes);
    EXPECT_EQ(r.encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(r.table.rows, (Rows{{"地区", "指标"}, {"北京", "1"}}));
    EXPECT_TRUE(r.warnings.isEmpty());
}

TEST(ReadCsvEncoding, Utf16BigEndianWithBom)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (QChar c : QStringLiteral("地区\t指标\n北京\t1\n"))
        bytes += char(c.unicode() >> 8), bytes += char(c.unicode() & 0xFF);
    const CsvResult r = read(bytes);
    EXPECT_EQ(r.encoding, TextEncoding::Utf16Be);
    EXPECT_EQ(r.delimiter, '\t');
    EXPECT_EQ(r.table.rows, (Rows{{"地区", "指标"}, {"北京", "1"}}));
}

TEST(ReadCsvEncoding, GbkIsDetectedAndDecoded)
{
    const QByteArray gbk = gb18030(QStringLiteral("地区,指标\n北京,1"));
    const CsvResult r = read(gbk);
    EXPECT_EQ(r.encoding, TextEncoding::Gb18030);
    EXPECT_TRUE(r.encodingDetected);
    EXPECT_EQ(r.table.rows, (Rows{{"地区", "指标"}, {"北京", "1"}}));
    EXPECT_TRUE(r.warnings.isEmpty());
}

TEST(ReadCsvEncoding, GbkTrailBytesThatLookLikeDelimitersDoNotSplit)
{
    // 亅 is 0x81 0x7C in GBK: its second byte is '|'; 億 is 0x83 0x7C; 癨 is 0xB0 0x5C ('\\').
    const QString text = QStringLiteral("名称|值\n北京亅|1\n天津億癨|2\n");
    const QByteArray gbk = gb18030(text);
    ASSERT_TRUE(gbk.contains("\x81|")) << "the premise of this test";
    CsvOptions o;
    o.encoding = TextEncoding::Gb18030;
    const CsvResult r = read(gbk, o);
    EXPECT_EQ(r.delimiter, '|');
    EXPECT_EQ(r.table.rows, (Rows{{"名称", "值"}, {"北京亅", "1"}, {"天津億癨", "2"}}));
}

TEST(ReadCsvEncoding, Latin1IsDetectedAndDecoded)
{
    const CsvResult r = read(QString::fromUtf8("Município,População\nSão Paulo,12.3\n").toLatin1());
    EXPECT_EQ(r.encoding, TextEncoding::Latin1);
    EXPECT_EQ(r.table.rows, (Rows{{"Município", "População"}, {"São Paulo", "12.3"}}));
}

TEST(ReadCsvEncoding, GbkAfterALongAsciiStartIsStillDetected)
{
    // The first MiB (the detection sample) is ASCII; the Chinese comes later. The whole file is
    // not UTF-8, so the decision is taken again on all of it.
    const QByteArray bytes = QByteArray("region,value\n") + QByteArray("abc,1\n").repeated(200000)
        + gb18030(QStringLiteral("北京市,2\n天津市,3\n上海市,4\n"));
    ASSERT_GT(bytes.size(), 1 << 20);
    const CsvResult r = read(bytes);
    EXPECT_EQ(r.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(r.table.rows.last(), (QStringList{"上海市", "4"}));
    EXPECT_TRUE(warningsOf(r, CsvWarning::Kind::InvalidEncoding).isEmpty());
}

TEST(ReadCsvEncoding, OverrideDecodesAsGiven)
{
    // The same Latin-1 bytes forced to Latin-1, and GBK bytes forced to GB18030.
    CsvOptions latin;
    latin.encoding = TextEncoding::Latin1;
    const CsvResult r = read("caf\xE9,1\n", latin);
    EXPECT_EQ(r.encoding, TextEncoding::Latin1);
    EXPECT_FALSE(r.encodingDetected);
    EXPECT_EQ(r.table.rows, (Rows{{"café", "1"}}));

    CsvOptions gb;
    gb.encoding = TextEncoding::Gb18030;
    EXPECT_EQ(read(gb18030(QStringLiteral("深圳,1\n")), gb).table.rows, (Rows{{"深圳", "1"}}));
}

TEST(ReadCsvEncoding, WrongOverrideReportsInvalidBytesWithPosition)
{
    CsvOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    const CsvResult r = read("name,city\nx,caf\xE9\n", utf8);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.rows.size(), 2);
    EXPECT_EQ(r.table.cell(1, 1), QStringLiteral("caf") + QChar::ReplacementCharacter);
    const auto bad = warningsOf(r, CsvWarning::Kind::InvalidEncoding);
    ASSERT_EQ(bad.size(), 1);
    EXPECT_EQ(bad[0].line, 2);
    EXPECT_EQ(bad[0].column, 2);
}

TEST(ReadCsvEncoding, Utf16OverrideFollowsTheByteOrderMark)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (char c : std::string("a,b\n"))
        bytes += '\0', bytes += c;
    CsvOptions o;
    o.encoding = TextEncoding::Utf16Le;
    const CsvResult r = read(bytes, o);
    EXPECT_EQ(r.encoding, TextEncoding::Utf16Be);
    EXPECT_EQ(r.table.rows, (Rows{{"a", "b"}}));
}

// --- Limits -------------------------------------------------------------------------------

TEST(ReadCsvLimits, LineLongerThanTheLimitIsAnErrorOnItsLine)
{
    CsvOptions o;
    o.maxRecordBytes = 64;
    const CsvResult r = read("a,b\n1,2\n" + QByteArray(100, 'x') + ",y\n", o);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_NE(r.error.indexOf(QStringLiteral("longer than the limit of 64 bytes")), -1) << r.error.toStdString();
    EXPECT_TRUE(r.table.rows.isEmpty());
}

TEST(ReadCsvLimits, RecordSpanningLinesInQuotesCountsAsOneLine)
{
    CsvOptions o;
    o.maxRecordBytes = 64;
    EXPECT_TRUE(read("a,b\n1,\"" + QByteArray(25, 'x') + "\n" + QByteArray(25, 'y') + "\"\n", o).ok()); // 56 bytes
    const CsvResult r = read("a,b\n1,\"" + QByteArray(40, 'x') + "\n" + QByteArray(40, 'y') + "\"\n", o);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 2);
}

TEST(ReadCsvLimits, DefaultLimitsRefuseAFiftyMegabyteLineAndSeventeenThousandColumns)
{
    const CsvResult longLine = read("a," + QByteArray(50 << 20, 'b') + "\n");
    EXPECT_FALSE(longLine.ok());
    EXPECT_NE(longLine.error.indexOf(QStringLiteral("4 MiB")), -1) << longLine.error.toStdString();
    const CsvResult wide = read(QByteArray("c,").repeated(17000) + "c\n");
    EXPECT_FALSE(wide.ok());
    EXPECT_EQ(wide.errorColumn, 16385);
    QByteArray atLimit = QByteArray("c,").repeated(16383) + "c\n";
    EXPECT_TRUE(read(atLimit).ok());
}

TEST(ReadCsvLimits, TableWithMoreCellsThanTheLimitIsAnError)
{
    CsvOptions o;
    o.maxCells = 10;
    EXPECT_TRUE(read("a,b\n1,2\n3,4\n5,6\n7,8\n", o).ok()); // exactly 10
    const CsvResult r = read("a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n", o);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 6);
    EXPECT_TRUE(r.table.rows.isEmpty());
}

TEST(ReadCsvLimits, FieldOverTheLimitIsAnErrorWithPositionAndAnEmptyTable)
{
    CsvOptions o;
    o.maxFieldBytes = 8;
    const CsvResult r = read("a,b\n1,2\n3,123456789\n", o);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_EQ(r.errorColumn, 2);
    EXPECT_TRUE(r.table.rows.isEmpty());
    EXPECT_TRUE(r.table.lines.isEmpty());
}

TEST(ReadCsvLimits, FieldAtTheLimitIsFine)
{
    CsvOptions o;
    o.maxFieldBytes = 9;
    EXPECT_TRUE(read("a,b\n3,123456789\n", o).ok());
}

TEST(ReadCsvLimits, HugeQuotedFieldOverTheLimit)
{
    CsvOptions o;
    o.maxFieldBytes = 1 << 20;
    const QByteArray huge = "id,text\n1,ok\n2,\"" + QByteArray(8 << 20, 'x') + "\"\n";
    const CsvResult r = read(huge, o);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_EQ(r.errorColumn, 2);
    EXPECT_TRUE(r.table.rows.isEmpty());
}

TEST(ReadCsvLimits, HugeFieldWithDoubledQuotesStopsEarly)
{
    CsvOptions o;
    o.maxFieldBytes = 1000;
    const CsvResult r = read("\"" + QByteArray("\"\"").repeated(1 << 20) + "\"\n", o);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 1);
    EXPECT_EQ(r.errorColumn, 1);
}

TEST(ReadCsvLimits, UnterminatedQuoteRunningPastTheLimitIsAnError)
{
    CsvOptions o;
    o.maxFieldBytes = 100;
    const CsvResult r = read("a,b\n1,\"" + QByteArray("x\n").repeated(1000), o);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 2);
    EXPECT_EQ(r.errorColumn, 2);
}

TEST(ReadCsvLimits, TooManyColumnsIsAnErrorWithPosition)
{
    CsvOptions o;
    o.maxColumns = 3;
    const CsvResult r = read("a,b,c\n1,2,3\n1,2,3,4,5\n", o);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_EQ(r.errorColumn, 4);
    EXPECT_TRUE(r.table.rows.isEmpty());
}

TEST(ReadCsvLimits, WideRowStopsAtTheLimitWithoutReadingTheRest)
{
    CsvOptions o;
    o.maxColumns = 1000;
    const CsvResult r = read(QByteArray(",").repeated(10'000'000) + "\n", o);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorColumn, 1001);
}

TEST(ReadCsvLimits, LimitsApplyAfterDecoding)
{
    CsvOptions o;
    o.maxFieldBytes = 6; // 北京 is 6 bytes of UTF-8 (4 of GBK)
    o.encoding = TextEncoding::Gb18030;
    EXPECT_TRUE(read(gb18030(QStringLiteral("北京,1\n")), o).ok());
    EXPECT_FALSE(read(gb18030(QStringLiteral("北京市,1\n")), o).ok());
}

// --- scanCsvUtf8 ---------------------------------------------------------------------------

TEST(ScanCsvUtf8, FieldsAreViewsIntoTheInput)
{
    const std::string input = "abc,\"quoted, plain\",z\n";
    const char *begin = input.data(), *end = input.data() + input.size();
    bool allInside = true;
    cs::scanCsvUtf8(input, ',', '"', [&](qint64, const std::vector<std::string_view> &fields) {
        for (std::string_view f : fields)
            allInside = allInside && f.data() >= begin && f.data() + f.size() <= end;
        return true;
    });
    EXPECT_TRUE(allInside);
}

TEST(ScanCsvUtf8, SeveralEscapedFieldsInOneRowStayValidDuringTheCallback)
{
    // Regression: unescaped fields share one scratch buffer; growing it must not leave earlier
    // views of the same row dangling.
    std::string input;
    for (int i = 0; i < 50; ++i)
        input += "\"" + std::string(std::size_t(i * 7 + 1), 'a' + char(i % 26)) + "\"\"x\"\"\",";
    input += "end\n";
    bool ok = true;
    cs::scanCsvUtf8(input, ',', '"', [&](qint64, const std::vector<std::string_view> &fields) {
        if (fields.size() != 51)
            ok = false;
        for (std::size_t i = 0; i < 50 && ok; ++i)
            ok = fields[i] == std::string(i * 7 + 1, 'a' + char(i % 26)) + "\"x\"";
        return true;
    });
    EXPECT_TRUE(ok);
}

TEST(ScanCsvUtf8, ReturnsRecordsAndLines)
{
    const Scanned s = scanAll("a,b\r\n\"1\n2\",3\r\n4,5");
    EXPECT_EQ(s.records, 3);
    EXPECT_EQ(s.lines, (std::vector<qint64>{1, 2, 4}));
    EXPECT_EQ(s.rows[1], (std::vector<std::string>{"1\n2", "3"}));
}

TEST(ScanCsvUtf8, ReturningFalseStops)
{
    qint64 seen = 0;
    const qint64 records = cs::scanCsvUtf8("1\n2\n3\n4\n", ',', '"', [&](qint64, const std::vector<std::string_view> &) {
        return ++seen < 2;
    });
    EXPECT_EQ(seen, 2);
    EXPECT_EQ(records, 2);
}

TEST(ScanCsvUtf8, SkipsTheBom)
{
    const Scanned s = scanAll("\xEF\xBB\xBF" "a,b\n");
    ASSERT_EQ(s.rows.size(), 1u);
    EXPECT_EQ(s.rows[0][0], "a");
}

TEST(ScanCsvUtf8, ReportsQuoteProblemsButNotRaggedRows)
{
    const Scanned s = scanAll("a,b\n1\n2,x\"y\n\"open");
    ASSERT_EQ(s.warnings.size(), 2);
    EXPECT_EQ(s.warnings[0].kind, CsvWarning::Kind::StrayQuote);
    EXPECT_EQ(s.warnings[0].line, 3);
    EXPECT_EQ(s.warnings[1].kind, CsvWarning::Kind::UnterminatedQuote);
    EXPECT_EQ(s.warnings[1].line, 4);
}

TEST(ScanCsvUtf8, LimitsStopBeforeTheOffendingRecord)
{
    cs::CsvScanError error;
    qint64 delivered = 0;
    const qint64 records = cs::scanCsvUtf8(
        "a,b\n1,2\n1,2,3\n", ',', '"',
        [&](qint64, const std::vector<std::string_view> &) {
            ++delivered;
            return true;
        },
        nullptr, 0, 2, &error);
    EXPECT_EQ(records, 2);
    EXPECT_EQ(delivered, 2);
    EXPECT_EQ(error.line, 3);
    EXPECT_EQ(error.column, 3);
    EXPECT_FALSE(error.message.isEmpty());
}

// --- scanCsvUtf8Parallel ------------------------------------------------------------------

namespace {

std::string mixedInput(int rows, bool strayQuote)
{
    std::string s = "id,name,note\r\n";
    for (int i = 0; i < rows; ++i) {
        s += std::to_string(i) + ",";
        s += i % 7 == 0 ? "\"multi\r\nline, with \"\"quotes\"\"\"" : "plain" + std::to_string(i % 13);
        s += i % 5 == 0 ? ",\"x\ny\"\n" : ",z\r\n";
        if (strayQuote && i == rows / 2)
            s += "bad\"quote,1,2\n";
    }
    return s;
}

} // namespace

TEST(ScanCsvUtf8Parallel, SameRowsAndLinesAsTheSerialScan)
{
    const std::string input = mixedInput(300000, false);
    ASSERT_GT(input.size(), 4u << 20);
    const Scanned serial = scanAll(input);
    std::vector<Scanned> parts(4);
    const cs::CsvParallelScan p = cs::scanCsvUtf8Parallel(
        input, ',', '"', 4, [&](int part, qint64 line, const std::vector<std::string_view> &fields) {
            parts[std::size_t(part)].lines.push_back(line);
            parts[std::size_t(part)].rows.emplace_back(fields.begin(), fields.end());
            return true;
        });
    EXPECT_GT(p.parts, 1);
    EXPECT_TRUE(p.consistent);
    EXPECT_EQ(p.records, serial.records);
    Scanned joined;
    for (int k = 0; k < p.parts; ++k) {
        joined.rows.insert(joined.rows.end(), parts[std::size_t(k)].rows.begin(), parts[std::size_t(k)].rows.end());
        joined.lines.insert(joined.lines.end(), parts[std::size_t(k)].lines.begin(), parts[std::size_t(k)].lines.end());
    }
    EXPECT_TRUE(joined.rows == serial.rows);
    EXPECT_TRUE(joined.lines == serial.lines);
}

TEST(ScanCsvUtf8Parallel, CrlfAcrossAChunkBoundaryKeepsLineNumbers)
{
    // Regression: with every alignment of 13-byte CRLF lines against the midpoint, one of them
    // puts the CR at the end of the first nominal chunk and the LF at the start of the second.
    bool straddled = false;
    for (int shift = 0; shift < 26; ++shift) {
        // A first line of shift+4 bytes, then 161320 or 161321 lines of 13 bytes (> 2 MiB).
        std::string input = std::string(std::size_t(shift / 2), 'p') + ",0\r\n";
        const int lineCount = 161320 + shift % 2;
        input.reserve(input.size() + 13 * std::size_t(lineCount));
        for (int i = 0; i < lineCount; ++i)
            input += "abcdefg,hij\r\n";
        const std::size_t half = input.size() / 2;
        straddled |= input[half - 1] == '\r' && input[half] == '\n';
        const Scanned serial = scanAll(input);
        std::vector<std::vector<qint64>> lines(2);
        const cs::CsvParallelScan p = cs::scanCsvUtf8Parallel(
            input, ',', '"', 2, [&](int part, qint64 line, const std::vector<std::string_view> &) {
                lines[std::size_t(part)].push_back(line);
                return true;
            });
        ASSERT_EQ(p.parts, 2) << "shift " << shift;
        std::vector<qint64> joined = lines[0];
        joined.insert(joined.end(), lines[1].begin(), lines[1].end());
        ASSERT_TRUE(joined == serial.lines) << "shift " << shift;
    }
    EXPECT_TRUE(straddled) << "no alignment put a CRLF across the boundary";
}

TEST(ScanCsvUtf8Parallel, CrlfAcrossAChunkBoundaryAtTheEndOfAVectorBlock)
{
    // Regression: the CR is the last byte of the first chunk and of a 16-byte block (the chunk
    // is a multiple of 16 bytes long), its LF the first byte of the second chunk.
    const std::size_t half = 16 * 70000;
    const std::size_t k = (half - 12 - 4) % 13; // first line: k bytes + ",0\r\n"
    std::string input = std::string(k, 'p') + ",0\r\n";
    while (input.size() + 13 <= 2 * half)
        input += "abcdefg,hij\r\n";
    input += std::string(2 * half - input.size(), 'x'); // a last line without a line break
    ASSERT_EQ(input.size(), 2 * half);
    ASSERT_EQ(input[half - 1], '\r');
    ASSERT_EQ(input[half], '\n');
    const Scanned serial = scanAll(input);
    std::vector<std::vector<qint64>> lines(2);
    const cs::CsvParallelScan p = cs::scanCsvUtf8Parallel(input, ',', '"', 2,
                                                          [&](int part, qint64 line, const std::vector<std::string_view> &) {
                                                              lines[std::size_t(part)].push_back(line);
                                                              return true;
                                                          });
    ASSERT_EQ(p.parts, 2);
    std::vector<qint64> joined = lines[0];
    joined.insert(joined.end(), lines[1].begin(), lines[1].end());
    EXPECT_TRUE(joined == serial.lines);
}

TEST(ScanCsvUtf8Parallel, StrayQuoteMakesTheSplitInconsistent)
{
    const std::string input = mixedInput(300000, true);
    const cs::CsvParallelScan p = cs::scanCsvUtf8Parallel(
        input, ',', '"', 4, [](int, qint64, const std::vector<std::string_view> &) { return true; });
    ASSERT_GT(p.parts, 1);
    EXPECT_FALSE(p.consistent);
}

TEST(ScanCsvUtf8Parallel, SmallInputIsOnePart)
{
    qint64 rows = 0;
    const cs::CsvParallelScan p = cs::scanCsvUtf8Parallel("a,b\n1,2\n", ',', '"', 8,
                                                          [&](int part, qint64, const std::vector<std::string_view> &) {
                                                              EXPECT_EQ(part, 0);
                                                              ++rows;
                                                              return true;
                                                          });
    EXPECT_EQ(p.parts, 1);
    EXPECT_EQ(p.records, 2);
    EXPECT_EQ(rows, 2);
}
