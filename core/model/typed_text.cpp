// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/typed_text.h"

namespace cs {

QString normalizedTypedText(QStringView text)
{
    bool wide = false;
    for (QChar c : text)
        wide = wide || c.unicode() >= 0x3000 || c.unicode() == 0x00A0;
    QString t = wide ? text.toString().normalized(QString::NormalizationForm_KC) : text.toString();
    if (wide)
        t.replace(QChar(0x3000), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    return t.trimmed();
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == QChar(0x4E24)) // 两
        return 2;
    const int i = int(digits.indexOf(c));
    return i >= 0 ? i : (c.isDigit() ? c.digitValue() : -1);
}

} // namespace cs
