// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/text_encoding.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <gtest/gtest.h>

using cs::DetectedEncoding;
using cs::TextEncoding;

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    EXPECT_TRUE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    EXPECT_FALSE(encoder.hasError());
    return bytes;
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out += littleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1} : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}

const QString kChinese = QStringLiteral("地区,指标\n北京,1");

} // namespace

TEST(TextEncodingNames, EachEncodingHasItsCanonicalName)
{
    EXPECT_EQ(cs::textEncodingName(TextEncoding::Utf8), "utf-8");
    EXPECT_EQ(cs::textEncodingName(TextEncoding::Utf16Le), "utf-16le");
    EXPECT_EQ(cs::textEncodingName(TextEncoding::Utf16Be), "utf-16be");
    EXPECT_EQ(cs::textEncodingName(TextEncoding::Gb18030), "gb18030");
    EXPECT_EQ(cs::textEncodingName(TextEncoding::Latin1), "latin1");
}

TEST(TextEncodingNames, CanonicalNamesRoundTrip)
{
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16Le, TextEncoding::Utf16Be, TextEncoding::Gb18030,
                           TextEncoding::Latin1})
        EXPECT_EQ(cs::textEncodingFromName(cs::textEncodingName(e)), e) << cs::textEncodingName(e).toStdString();
}

TEST(TextEncodingNames, CommonAliasesInAnyCase)
{
    EXPECT_EQ(cs::textEncodingFromName("UTF8"), TextEncoding::Utf8);
    EXPECT_EQ(cs::textEncodingFromName(" utf_8 "), TextEncoding::Utf8);
    EXPECT_EQ(cs::textEncodingFromName("US-ASCII"), TextEncoding::Utf8);
    EXPECT_EQ(cs::textEncodingFromName("UTF-16LE"), TextEncoding::Utf16Le);
    EXPECT_EQ(cs::textEncodingFromName("utf-16"), TextEncoding::Utf16Le);
    EXPECT_EQ(cs::textEncodingFromName("UTF-16BE"), TextEncoding::Utf16Be);
    for (const char *gb : {"GBK", "gbk", "GB2312", "gb_2312-80", "CP936", "windows-936", "EUC-CN", "GB18030"})
        EXPECT_EQ(cs::textEncodingFromName(QString::fromLatin1(gb)), TextEncoding::Gb18030) << gb;
    for (const char *l1 : {"ISO-8859-1", "iso8859-1", "Latin1", "latin-1", "L1", "CP819"})
        EXPECT_EQ(cs::textEncodingFromName(QString::fromLatin1(l1)), TextEncoding::Latin1) << l1;
}

TEST(TextEncodingNames, UnknownNamesAreRefused)
{
    EXPECT_FALSE(cs::textEncodingFromName("ebcdic"));
    EXPECT_FALSE(cs::textEncodingFromName(""));
    // Windows-1252 differs from Latin-1 in 0x80-0x9F, so it is not silently taken as Latin-1.
    EXPECT_FALSE(cs::textEncodingFromName("windows-1252"));
}

TEST(DetectEncoding, Utf8WithoutBom)
{
    const DetectedEncoding d = cs::detectEncoding(kChinese.toUtf8());
    EXPECT_EQ(d.encoding, TextEncoding::Utf8);
    EXPECT_EQ(d.bomLength, 0);
}

TEST(DetectEncoding, PlainAsciiIsUtf8)
{
    EXPECT_EQ(cs::detectEncoding("a,b,c\n1,2,3\n").encoding, TextEncoding::Utf8);
    EXPECT_EQ(cs::detectEncoding(QByteArray()).encoding, TextEncoding::Utf8);
}

TEST(DetectEncoding, Utf8Bom)
{
    const DetectedEncoding d = cs::detectEncoding("\xEF\xBB\xBF" + kChinese.toUtf8());
    EXPECT_EQ(d.encoding, TextEncoding::Utf8);
    EXPECT_EQ(d.bomLength, 3);
}

TEST(DetectEncoding, Utf16LittleEndianBom)
{
    const DetectedEncoding d = cs::detectEncoding(utf16(kChinese, true, true));
    EXPECT_EQ(d.encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(d.bomLength, 2);
}

TEST(DetectEncoding, Utf16BigEndianBom)
{
    const DetectedEncoding d = cs::detectEncoding(utf16(kChinese, false, true));
    EXPECT_EQ(d.encoding, TextEncoding::Utf16Be);
    EXPECT_EQ(d.bomLength, 2);
}

TEST(DetectEncoding, GbkChineseIsGb18030)
{
    const QByteArray gbk = gb18030(kChinese);
    ASSERT_EQ(gbk, QByteArray("\xB5\xD8\xC7\xF8,\xD6\xB8\xB1\xEA\n\xB1\xB1\xBE\xA9,1")); // GBK bytes of the text
    const DetectedEncoding d = cs::detectEncoding(gbk);
    EXPECT_EQ(d.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(d.bomLength, 0);
}

TEST(DetectEncoding, Latin1Text)
{
    // "Município,População\nSão Paulo,12.3" in Latin-1: not UTF-8, and not Chinese.
    const QByteArray latin1 = QString::fromUtf8("Município,População\nSão Paulo,12.3\nBrasília,4.8\n").toLatin1();
    EXPECT_EQ(cs::detectEncoding(latin1).encoding, TextEncoding::Latin1);
}

TEST(DetectEncoding, Latin1ThatDecodesAsGbkIsStillLatin1)
{
    // Every accented letter here is followed by an ASCII letter: GB18030 decodes it without an
    // error (0xF3 0x72 is a valid GBK pair), but it is not Chinese.
    const QByteArray latin1 = QString::fromUtf8("\"Data\",\"Histórico\",\"Número do documento\"\r\n").toLatin1();
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    (void)gb.decode(latin1);
    ASSERT_FALSE(gb.hasError()) << "the premise of this test";
    EXPECT_EQ(cs::detectEncoding(latin1).encoding, TextEncoding::Latin1);
}

TEST(DetectEncoding, Latin1LastByteIsNotTakenForACutUtf8Character)
{
    // "café" in Latin-1 ends with 0xE9, a UTF-8 lead byte; the whole file was examined, so it is
    // not a character cut by the sample.
    EXPECT_EQ(cs::detectEncoding(QByteArray("name\ncaf\xE9")).encoding, TextEncoding::Latin1);
}

TEST(DetectEncoding, Utf8CharacterCutAtTheEndOfTheSampleStaysUtf8)
{
    const QByteArray utf8 = QString::fromUtf8("城市,数值\n深圳,1\n").repeated(50).toUtf8();
    // Cut inside the three bytes of 城 (offset 1 of the character).
    for (qsizetype sample = 1; sample < 40; ++sample) {
        const DetectedEncoding d = cs::detectEncoding(utf8, sample);
        EXPECT_EQ(d.encoding, TextEncoding::Utf8) << "sample " << sample;
    }
}

TEST(DetectEncoding, GbkCharacterCutAtTheEndOfTheSampleStaysGb18030)
{
    const QByteArray gbk = gb18030(QStringLiteral("地区,指标\n北京市,1\n天津市,2\n").repeated(20));
    EXPECT_EQ(cs::detectEncoding(gbk, 11).encoding, TextEncoding::Gb18030); // 11: inside 北
    EXPECT_EQ(cs::detectEncoding(gbk, 12).encoding, TextEncoding::Gb18030);
}

TEST(DetectEncoding, InvalidUtf8AfterTheSampleIsNotSeen)
{
    const QByteArray bytes = QByteArray("a,b\n").repeated(100) + "\xFF";
    EXPECT_EQ(cs::detectEncoding(bytes, 100).encoding, TextEncoding::Utf8);
    EXPECT_EQ(cs::detectEncoding(bytes).encoding, TextEncoding::Latin1);
}

TEST(DetectEncoding, OverlongAndSurrogateSequencesAreNotUtf8)
{
    EXPECT_NE(cs::detectEncoding("a\xC0\xAF").encoding, TextEncoding::Utf8);     // overlong '/'
    EXPECT_NE(cs::detectEncoding("a\xED\xA0\x80z").encoding, TextEncoding::Utf8); // U+D800
    EXPECT_NE(cs::detectEncoding("a\xF4\x90\x80\x80").encoding, TextEncoding::Utf8); // > U+10FFFF
}

TEST(DecodeText, Utf8SkipsTheBom)
{
    qsizetype invalid = -1;
    EXPECT_EQ(cs::decodeText("\xEF\xBB\xBF" + kChinese.toUtf8(), TextEncoding::Utf8, &invalid), kChinese);
    EXPECT_EQ(invalid, 0);
}

TEST(DecodeText, Utf16BothByteOrders)
{
    qsizetype invalid = -1;
    EXPECT_EQ(cs::decodeText(utf16(kChinese, true, true), TextEncoding::Utf16Le, &invalid), kChinese);
    EXPECT_EQ(invalid, 0);
    EXPECT_EQ(cs::decodeText(utf16(kChinese, false, true), TextEncoding::Utf16Be, &invalid), kChinese);
    EXPECT_EQ(invalid, 0);
    EXPECT_EQ(cs::decodeText(utf16(kChinese, false, false), TextEncoding::Utf16Be, &invalid), kChinese);
}

TEST(DecodeText, Gb18030)
{
    qsizetype invalid = -1;
    EXPECT_EQ(cs::decodeText(gb18030(kChinese), TextEncoding::Gb18030, &invalid), kChinese);
    EXPECT_EQ(invalid, 0);
}

TEST(DecodeText, Gb18030FourByteCharacters)
{
    const QString text = QStringLiteral("€ 😀 㐀"); // outside GBK's two-byte table
    EXPECT_EQ(cs::decodeText(gb18030(text), TextEncoding::Gb18030), text);
}

TEST(DecodeText, Latin1EveryByteIsACharacter)
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    qsizetype invalid = -1;
    const QString text = cs::decodeText(all, TextEncoding::Latin1, &invalid);
    ASSERT_EQ(text.size(), 256);
    EXPECT_EQ(text.at(0xE9), QChar(0xE9));
    EXPECT_EQ(invalid, 0);
}

TEST(DecodeText, CountsReplacementsForMalformedUtf8)
{
    qsizetype invalid = 0;
    const QString text = cs::decodeText("a\xFF" "b\xFE" "c", TextEncoding::Utf8, &invalid);
    EXPECT_EQ(text, QString::fromUtf8("a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c"));
    EXPECT_EQ(invalid, 2);
}

TEST(DecodeText, ALegitimateReplacementCharacterIsNotCountedAsInvalid)
{
    qsizetype invalid = -1;
    const QByteArray withFffd = QString(QStringLiteral("x") + QChar::ReplacementCharacter + QStringLiteral("y")).toUtf8();
    EXPECT_EQ(cs::decodeText(withFffd, TextEncoding::Utf8, &invalid).count(QChar::ReplacementCharacter), 1);
    EXPECT_EQ(invalid, 0);
    // One legitimate, one produced by a bad byte.
    EXPECT_EQ(cs::decodeText(withFffd + "\x80", TextEncoding::Utf8, &invalid).count(QChar::ReplacementCharacter), 2);
    EXPECT_EQ(invalid, 1);
}

TEST(DecodeText, TruncatedCharacterAtTheEndIsInvalid)
{
    qsizetype invalid = 0;
    const QString text = cs::decodeText("ab\xE5\x9F", TextEncoding::Utf8, &invalid); // 城 cut
    EXPECT_TRUE(text.startsWith(QStringLiteral("ab")));
    EXPECT_TRUE(text.contains(QChar::ReplacementCharacter));
    EXPECT_GE(invalid, 1);

    invalid = 0;
    const QString odd = cs::decodeText(QByteArray("\xFF\xFE" "a\0b", 5), TextEncoding::Utf16Le, &invalid); // odd byte at the end
    EXPECT_EQ(odd, QStringLiteral("a") + QChar::ReplacementCharacter);
    EXPECT_EQ(invalid, 1);
}

TEST(DecodeText, UnpairedUtf16SurrogatesAreReplacedAndCounted)
{
    qsizetype invalid = 0;
    // D800 alone, then a valid pair (U+1F604), then DC00 alone.
    const QByteArray le("\x00\xD8" "a\0" "\x3D\xD8\x04\xDE" "\x00\xDC", 10);
    const QString text = cs::decodeText(le, TextEncoding::Utf16Le, &invalid);
    EXPECT_EQ(text, QString(QChar::ReplacementCharacter) + QStringLiteral("a😄") + QChar::ReplacementCharacter);
    EXPECT_EQ(invalid, 2);
}

TEST(DecodeText, CountsReplacementsForMalformedGb18030)
{
    qsizetype invalid = 0;
    const QString text = cs::decodeText(gb18030(QStringLiteral("北京")) + "\x80" + ",1", TextEncoding::Gb18030, &invalid);
    EXPECT_TRUE(text.startsWith(QStringLiteral("北京")));
    EXPECT_TRUE(text.endsWith(QStringLiteral(",1")));
    EXPECT_EQ(invalid, 1);
}
