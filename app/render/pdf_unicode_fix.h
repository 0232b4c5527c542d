// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace cs {

// Qt's PDF writer builds each font's ToUnicode CMap from the font's character map, glyph by glyph,
// taking the lowest code point that maps to a glyph. When characters share a glyph the wrong one
// wins: 比 is written as the Kangxi radical ⽐ (U+2F50), 门 as ⻔, 户 as 戶, an en dash as a figure
// dash, a space as a tab; and a ligature comes out as ﬃ. Copying and searching then fail:
// 占GDP比重 reads 占GDP⽐重. These functions rewrite the CMaps of a finished PDF, with qpdf.

// What a mapped text should be instead; returns the text unchanged when it is right.
using ToUnicodeFix = std::function<QString(const QString &)>;

// Radicals (U+2E80–U+2FDF, U+31C0–U+31EF) → their equivalent unified ideographs (Unicode's
// EquivalentUnifiedIdeograph.txt); compatibility ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) → their letters.
QString standardToUnicodeFix(const QString &text);

// Rewrites every destination of a ToUnicode CMap (bfchar entries, bfrange arrays, counting
// bfranges) through `fix`. Only destinations that change are rewritten; everything else comes
// back byte for byte. A counting range that meets a change becomes an explicit array.
QByteArray fixToUnicodeCMap(const QByteArray &cmap, const ToUnicodeFix &fix = standardToUnicodeFix,
                            int *fixedMappings = nullptr);

// Applies fixToUnicodeCMap to every ToUnicode CMap of `pdf`. Returns the fixed PDF, or an empty
// array and *error.
QByteArray fixPdfToUnicode(const QByteArray &pdf, const ToUnicodeFix &fix = standardToUnicodeFix,
                           int *fixedMappings = nullptr, QString *error = nullptr);

} // namespace cs
