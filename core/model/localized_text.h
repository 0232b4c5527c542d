// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cs {

// The two display languages of the app.
enum class Lang { Zh, En };

inline QString langCode(Lang lang) { return lang == Lang::Zh ? QStringLiteral("zh") : QStringLiteral("en"); }

// A name or title in Chinese and English. Either may be empty; text() falls back to the other.
struct LocalizedText {
    QString zh;
    QString en;

    QString text(Lang lang) const
    {
        const QString &preferred = lang == Lang::Zh ? zh : en;
        return preferred.isEmpty() ? (lang == Lang::Zh ? en : zh) : preferred;
    }
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    friend bool operator==(const LocalizedText &a, const LocalizedText &b) { return a.zh == b.zh && a.en == b.en; }
    friend bool operator!=(const LocalizedText &a, const LocalizedText &b) { return !(a == b); }
};

} // namespace cs
