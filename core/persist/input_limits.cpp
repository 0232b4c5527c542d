// SPDX-License-Identifier: GPL-3.0-or-later
#include "persist/input_limits.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace cs {

QString openForReading(QFile &f)
{
    if (QFileInfo(f.fileName()).isDir())
        return QStringLiteral("cannot read: it is a directory");
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read: %1").arg(f.errorString());
    return QString();
}

QString byteSizeText(qint64 bytes)
{
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    double v = double(bytes);
    int u = -1;
    while (v >= 1024 && u < 3) {
        v /= 1024;
        ++u;
    }
    const bool whole = v == double(qint64(v));
    return QStringLiteral("%1 %2").arg(whole ? QString::number(qint64(v)) : QString::number(v, 'f', 1), QLatin1String(units[u]));
}

QString fileTooLargeMessage(qint64 size, qint64 limit)
{
    return QStringLiteral("the file is %1, more than the limit of %2 (--max-file-size raises it)").arg(byteSizeText(size), byteSizeText(limit));
}

qint64 parseByteSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,15})\\s*(?:([KMGT])(?:i?B)?|B|bytes)?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    qint64 v = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toUpper();
    const int shift = unit.isEmpty() ? 0 : unit == QLatin1String("K") ? 10 : unit == QLatin1String("M") ? 20 : unit == QLatin1String("G") ? 30 : 40;
    if (shift > 0 && v > (std::numeric_limits<qint64>::max() >> shift))
        return -1;
    return v << shift;
}

QString oneLineMessage(const QString &message, int maxChars)
{
    QString s = message;
    for (QChar &c : s)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    if (maxChars > 0 && s.size() > maxChars) {
        const qsizetype tail = std::min<qsizetype>(80, maxChars / 4);
        qsizetype head = maxChars - tail - 1;
        // Never split a surrogate pair.
        if (head > 0 && s.at(head - 1).isHighSurrogate())
            --head;
        qsizetype tailStart = s.size() - tail;
        if (s.at(tailStart).isLowSurrogate())
            ++tailStart;
        s = s.left(head) + QChar(0x2026) + s.mid(tailStart);
    }
    return s;
}

} // namespace cs
