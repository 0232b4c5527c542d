// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace cs {

// Interned strings: each distinct text once, named by a small integer key. Key 0 is the empty
// string. Texts handed out share the pool's copy (QString's implicit sharing), so reading a key
// allocates nothing.
class StringPool
{
public:
    StringPool() { key(QString()); }
    int key(const QString &text)
    {
        const auto it = m_keys.constFind(text);
        if (it != m_keys.constEnd())
            return it.value();
        const int k = int(m_texts.size());
        m_texts.append(text);
        m_keys.insert(text, k);
        return k;
    }
    int find(const QString &text) const { return m_keys.value(text, -1); }

    // The key of `text` through a one-entry cache: a column's values come in runs (a million
    // values of fifty indicators), so most lookups compare one short string instead of hashing.
    struct Last {
        QString text;
        int key = -1;
    };
    int key(QStringView text, Last &last)
    {
        if (last.key >= 0 && text == QStringView(last.text))
            return last.key;
        last.text = text.toString();
        last.key = key(last.text);
        return last.key;
    }
    const QString &text(int key) const { return m_texts[key]; }
    int size() const { return int(m_texts.size()); }
    qint64 memoryBytes() const
    {
        qint64 n = 0;
        for (const QString &t : m_texts)
            n += 2 * qint64(t.capacity()) + 48; // the text, its entry here and in the hash
        return n;
    }

private:
    QList<QString> m_texts;
    QHash<QString, int> m_keys;
};

} // namespace cs
