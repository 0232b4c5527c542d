// SPDX-License-Identifier: GPL-3.0-or-later
#include "persist/json_positions.h"

#include <algorithm>
#include <cstring>

namespace cs {

namespace {
constexpr int kMaxDepth = 512;
}

namespace {
// Moves loc over utf8[from, to).
void advance(TextLocation &loc, const QByteArray &utf8, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\n') {
            ++loc.line;
            loc.column = 1;
        } else if ((c & 0xC0) != 0x80 && c != '\r') {
            ++loc.column; // count characters, not UTF-8 continuation bytes
        }
    }
}
} // namespace

TextLocation locationOfOffset(const QByteArray &utf8, qsizetype byteOffset)
{
    TextLocation loc{1, 1};
    advance(loc, utf8, 0, std::min(byteOffset, utf8.size()));
    return loc;
}

TextLocation JsonPositions::locationOf(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const qsizetype checkpoint = std::min<qsizetype>(offset / kCheckpointBytes, qsizetype(m_checkpoints.size()) - 1);
    TextLocation loc = m_checkpoints[size_t(checkpoint)];
    advance(loc, m_text, checkpoint * kCheckpointBytes, offset);
    return loc;
}

JsonPositions::JsonPositions(const QByteArray &utf8) : m_text(utf8)
{
    TextLocation loc{1, 1};
    m_checkpoints.reserve(size_t(m_text.size() / kCheckpointBytes + 1));
    for (qsizetype at = 0;; at += kCheckpointBytes) {
        m_checkpoints.push_back(loc);
        if (at + kCheckpointBytes > m_text.size())
            break;
        advance(loc, m_text, at, at + kCheckpointBytes);
    }
    qsizetype pos = 0;
    if (m_text.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    skipSpace(pos);
    if (pos < m_text.size())
        scanValue(pos, QString(), 0);
}

QString JsonPositions::childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString JsonPositions::indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

TextLocation JsonPositions::locate(const QString &path) const
{
    QString p = path;
    for (;;) {
        const auto it = m_offsets.constFind(p);
        if (it != m_offsets.constEnd())
            return locationOf(it.value());
        if (p.isEmpty())
            return {1, 1};
        const qsizetype cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        p = cut < 0 ? QString() : p.left(cut);
    }
}

void JsonPositions::skipSpace(qsizetype &pos) const
{
    while (pos < m_text.size()) {
        const char c = m_text[pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++pos;
    }
}

QString JsonPositions::scanString(qsizetype &pos) const
{
    // pos is at the opening quote.
    QByteArray raw;
    ++pos;
    while (pos < m_text.size() && m_text[pos] != '"') {
        if (m_text[pos] == '\\' && pos + 1 < m_text.size()) {
            const char e = m_text[pos + 1];
            switch (e) {
            case 'n': raw += '\n'; break;
            case 't': raw += '\t'; break;
            case 'r': raw += '\r'; break;
            case 'b': raw += '\b'; break;
            case 'f': raw += '\f'; break;
            case 'u': {
                const char16_t unit = static_cast<char16_t>(m_text.mid(pos + 2, 4).toUShort(nullptr, 16));
                raw += QString(QChar(unit)).toUtf8();
                pos += 4;
                break;
            }
            default: raw += e; break;
            }
            pos += 2;
            continue;
        }
        raw += m_text[pos++];
    }
    ++pos; // closing quote
    return QString::fromUtf8(raw);
}

void JsonPositions::scanValue(qsizetype &pos, const QString &path, int depth)
{
    m_offsets.insert(path, pos);
    if (pos >= m_text.size() || depth > kMaxDepth)
        return;
    const char c = m_text[pos];
    if (c == '{') {
        ++pos;
        skipSpace(pos);
        while (pos < m_text.size() && m_text[pos] != '}') {
            if (m_text[pos] != '"')
                return; // not well-formed; stop quietly
            const QString key = scanString(pos);
            skipSpace(pos);
            ++pos; // ':'
            skipSpace(pos);
            scanValue(pos, childPath(path, key), depth + 1);
            skipSpace(pos);
            if (pos < m_text.size() && m_text[pos] == ',') {
                ++pos;
                skipSpace(pos);
            }
        }
        ++pos;
    } else if (c == '[') {
        ++pos;
        skipSpace(pos);
        qsizetype index = 0;
        while (pos < m_text.size() && m_text[pos] != ']') {
            scanValue(pos, indexPath(path, index++), depth + 1);
            skipSpace(pos);
            if (pos < m_text.size() && m_text[pos] == ',') {
                ++pos;
                skipSpace(pos);
            } else if (pos < m_text.size() && m_text[pos] != ']') {
                return;
            }
        }
        ++pos;
    } else if (c == '"') {
        scanString(pos);
    } else {
        while (pos < m_text.size() && !strchr(",]} \t\r\n", m_text[pos]))
            ++pos;
    }
}

} // namespace cs
