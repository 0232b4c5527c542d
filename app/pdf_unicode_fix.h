// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cs {

// Qt's PDF writer maps CJK characters whose glyph a font shares with a Kangxi radical (一 人 大 工
// 生 用 比 长 …) to the radical's code point (U+2F00–U+2FDF, or U+2E80–U+2EFF) in the font's
// ToUnicode CMap, so copying or searching the PDF gives 占GDP⽐重 instead of 占GDP比重.
// This rewrites every ToUnicode CMap of `pdf`, mapping such code points to their NFKC
// equivalent unified ideographs (⽐ → 比, ⻔ → 门), with qpdf. Returns the fixed PDF, or an empty array and *error.
QByteArray fixPdfToUnicode(const QByteArray &pdf, int *fixedMappings = nullptr, QString *error = nullptr);

// The CMap part of the fix, on one ToUnicode stream's text.
QByteArray fixToUnicodeCMap(const QByteArray &cmap, int *fixedMappings = nullptr);

} // namespace cs
