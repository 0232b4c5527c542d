// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace cs {

// The encodings of the files people download: UTF-8 with or without a byte-order mark,
// UTF-16 with one, GB18030 (and its subsets GBK and GB2312: China's NBS exports), Latin-1.
enum class TextEncoding { Utf8, Utf16Le, Utf16Be, Gb18030, Latin1 };

QString textEncodingName(TextEncoding e); // "utf-8", "utf-16le", "utf-16be", "gb18030", "latin1"
// Accepts those names and common aliases (utf8, gbk, gb2312, cp936, iso-8859-1, ...), any case.
std::optional<TextEncoding> textEncodingFromName(const QString &name);

struct DetectedEncoding {
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes of byte-order mark at the start, to skip
};

// From a byte-order mark if there is one; else UTF-8 if the bytes are valid UTF-8; else
// GB18030 if they decode as GB18030 without errors and contain Chinese; else Latin-1.
// Looks at the first `sample` bytes only (a cut multibyte character at the end is allowed).
DetectedEncoding detectEncoding(const QByteArray &bytes, qsizetype sample = 1 << 20);

// Decodes with Qt's (ICU-backed) QStringDecoder. `*invalid` counts replacement characters
// produced by malformed input (not U+FFFD the input spells itself; an incomplete character at
// the end counts). A byte-order mark of `encoding` at the start is skipped; UTF-16's unpaired
// surrogates become U+FFFD.
QString decodeText(const QByteArray &bytes, TextEncoding encoding, qsizetype *invalid = nullptr);

} // namespace cs
