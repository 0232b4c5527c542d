// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/text_encoding.h"

#include <QStringDecoder>

#include <cstdint>
#include <cstring>

namespace cs {

namespace {

// Result of checking bytes as UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF).
struct Utf8Check {
    qsizetype validPrefix = 0;  // bytes before the first ill-formed sequence (== size when valid)
    bool cutAtEnd = false;      // the only problem is an incomplete sequence at the very end
};

Utf8Check checkUtf8(const unsigned char *s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs, eight bytes at a time.
        while (n - i >= 8) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        unsigned char lo = 0x80, hi = 0xBF; // range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return {i, false};
        }
        for (int k = 1; k <= need; ++k) {
            if (i + k >= n)
                return {i, true}; // a well-formed start, cut by the end of the bytes
            const unsigned char t = s[i + k];
            const unsigned char tlo = k == 1 ? lo : 0x80, thi = k == 1 ? hi : 0xBF;
            if (t < tlo || t > thi)
                return {i, false};
        }
        i += need + 1;
    }
    return {n, false};
}

// Whether bytes that decode as GB18030 without error look like Chinese text rather than a
// single-byte European encoding that happens to decode (Latin-1 "ó" followed by a letter is a
// valid GBK pair). Chinese text is mostly GB2312 pairs (both bytes >= 0xA1), with hanzi, and
// its non-ASCII bytes come in runs of several characters.
bool looksLikeChinese(const unsigned char *s, qsizetype n)
{
    qsizetype gb2312Pairs = 0, hanziPairs = 0, otherSequences = 0;
    qsizetype highBytes = 0, highBytesInLongRuns = 0, run = 0;
    auto endRun = [&] {
        if (run >= 4)
            highBytesInLongRuns += run;
        run = 0;
    };
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            endRun();
            ++i;
            continue;
        }
        qsizetype len = 1;
        if (i + 1 < n) {
            const unsigned char t = s[i + 1];
            if (t >= 0x30 && t <= 0x39)
                len = 4; // GB18030 four-byte form
            else
                len = 2;
            if (len == 2 && c >= 0xA1 && c <= 0xF7 && t >= 0xA1 && t <= 0xFE) {
                ++gb2312Pairs;
                if (c >= 0xB0)
                    ++hanziPairs;
            } else {
                ++otherSequences;
            }
        }
        len = std::min(len, n - i);
        highBytes += len; // the trail bytes of a sequence count as part of the run
        run += len;
        i += len;
    }
    endRun();
    return hanziPairs > 0 && gb2312Pairs > otherSequences && highBytesInLongRuns * 2 >= highBytes;
}

qsizetype countOccurrences(QByteArrayView haystack, QByteArrayView needle)
{
    qsizetype count = 0;
    for (qsizetype from = haystack.indexOf(needle); from >= 0; from = haystack.indexOf(needle, from + needle.size()))
        ++count;
    return count;
}

} // namespace

QString textEncodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16Be:
        return QStringLiteral("utf-16be");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    case TextEncoding::Latin1:
        return QStringLiteral("latin1");
    }
    return QStringLiteral("utf-8");
}

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    // Compare without case, spaces, hyphens and underscores: "UTF_8", "utf 8", "Utf-8" are utf8.
    QString key;
    for (QChar c : name.trimmed()) {
        if (c != u'-' && c != u'_' && c != u' ')
            key += c.toLower();
    }
    if (key == u"utf8" || key == u"ascii" || key == u"usascii")
        return TextEncoding::Utf8;
    // "utf-16" alone (and Windows' "Unicode") is little-endian; a byte-order mark in the file
    // still decides when readCsv sees one.
    if (key == u"utf16le" || key == u"utf16" || key == u"ucs2" || key == u"ucs2le" || key == u"unicode")
        return TextEncoding::Utf16Le;
    if (key == u"utf16be" || key == u"ucs2be" || key == u"unicodefffe")
        return TextEncoding::Utf16Be;
    if (key == u"gb18030" || key == u"gbk" || key == u"gb2312" || key == u"cp936" || key == u"ms936"
        || key == u"windows936" || key == u"euccn" || key == u"xgbk" || key == u"csgb2312" || key == u"gb231280"
        || key == u"chinese")
        return TextEncoding::Gb18030;
    if (key == u"latin1" || key == u"l1" || key == u"iso88591" || key == u"iso885911987" || key == u"cp819"
        || key == u"ibm819" || key == u"csisolatin1" || key == u"isoir100")
        return TextEncoding::Latin1;
    return std::nullopt;
}

DetectedEncoding detectEncoding(const QByteArray &bytes, qsizetype sample)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return {TextEncoding::Utf8, 3};
    if (size >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return {TextEncoding::Utf16Le, 2};
    if (size >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return {TextEncoding::Utf16Be, 2};

    const qsizetype n = sample > 0 ? std::min(size, sample) : size;
    const bool truncated = n < size; // only then may the sample end inside a character

    const Utf8Check utf8 = checkUtf8(s, n);
    if (utf8.validPrefix == n || (utf8.cutAtEnd && truncated))
        return {TextEncoding::Utf8, 0};

    // A stateful decoder keeps an incomplete character at the end of a truncated sample pending
    // (no error); a stateless one reports it, which is right when the sample is the whole file.
    QStringDecoder gb("GB18030", truncated ? QStringDecoder::Flag::Default : QStringDecoder::Flag::Stateless);
    if (gb.isValid()) {
        const QString decoded = gb.decode(QByteArrayView(bytes.constData(), n));
        Q_UNUSED(decoded);
        if (!gb.hasError() && looksLikeChinese(s, n))
            return {TextEncoding::Gb18030, 0};
    }
    return {TextEncoding::Latin1, 0};
}

QString decodeText(const QByteArray &bytes, TextEncoding encoding, qsizetype *invalid)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    QByteArrayView body(bytes);
    // Skip this encoding's byte-order mark; a second one is kept as U+FEFF (ConvertInitialBom).
    if (encoding == TextEncoding::Utf8 && size >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        body = body.sliced(3);
    else if (encoding == TextEncoding::Utf16Le && size >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        body = body.sliced(2);
    else if (encoding == TextEncoding::Utf16Be && size >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        body = body.sliced(2);
    else if (encoding == TextEncoding::Gb18030 && size >= 4 && s[0] == 0x84 && s[1] == 0x31 && s[2] == 0x95 && s[3] == 0x33)
        body = body.sliced(4);

    if (encoding == TextEncoding::Latin1) {
        if (invalid)
            *invalid = 0; // every byte is a Latin-1 character
        return QString::fromLatin1(body);
    }

    const QStringDecoder::Flags flags = QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom;
    QStringDecoder decoder = [&] {
        switch (encoding) {
        case TextEncoding::Utf16Le:
            return QStringDecoder(QStringDecoder::Utf16LE, flags);
        case TextEncoding::Utf16Be:
            return QStringDecoder(QStringDecoder::Utf16BE, flags);
        case TextEncoding::Gb18030:
            return QStringDecoder("GB18030", flags);
        default:
            return QStringDecoder(QStringDecoder::Utf8, flags);
        }
    }();
    QString text = decoder.decode(body);

    if (encoding == TextEncoding::Utf16Le || encoding == TextEncoding::Utf16Be) {
        // Qt's UTF-16 decoder neither flags an odd last byte (it appends U+FFFD) nor unpaired
        // surrogates (it passes them through): count both, and replace the surrogates.
        qsizetype bad = body.size() % 2;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (c.isSurrogate()) {
                text[i] = QChar::ReplacementCharacter;
                ++bad;
            }
        }
        if (invalid)
            *invalid = bad;
        return text;
    }

    if (invalid) {
        *invalid = 0;
        if (decoder.hasError()) {
            // Replacement characters in the output, less those the input spelled legitimately.
            const qsizetype produced = text.count(QChar::ReplacementCharacter);
            qsizetype legitimate = 0;
            switch (encoding) {
            case TextEncoding::Utf8:
                legitimate = countOccurrences(body, "\xEF\xBF\xBD");
                break;
            case TextEncoding::Gb18030:
                legitimate = countOccurrences(body, "\x84\x31\xA4\x37");
                break;
            case TextEncoding::Utf16Le:
            case TextEncoding::Utf16Be:
            case TextEncoding::Latin1:
                break;
            }
            *invalid = std::max<qsizetype>(1, produced - legitimate);
        }
    }
    return text;
}

} // namespace cs
