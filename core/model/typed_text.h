// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace cs {

// Text as people type or paste it, and as files write it: full-width forms (２０２３, １２３．４％,
// Ｑ３, ～) and ideographic or no-break spaces read as their ASCII selves; trimmed.
QString normalizedTypedText(QStringView text);

// A digit written in Chinese (〇一二三四五六七八九, and 两 for 2) or in Arabic; -1 otherwise.
int chineseDigit(QChar c);

} // namespace cs
