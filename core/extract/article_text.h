// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cs::extract {

// An article read from a file, as text ready for extraction.
struct ArticleText {
    QString text;     // decoded; HTML and Markdown reduced to their text, paragraphs on lines of their own
    QString title;    // <title> or the first heading, when the file has one
    QString encoding; // what the bytes were decoded from: UTF-8, GB18030, UTF-16LE, …
};

enum class ArticleError { None, Unreadable, Empty, Binary, TooLarge };

// Reads a .txt, .md or .html article (by extension, else by content): decodes it with the
// import's encoding detection (UTF-8, GBK/GB18030, UTF-16 with a BOM), strips HTML scripts, styles,
// comments and tags and decodes entities, keeps Markdown's text. On failure returns
// ArticleError and a one-line message in *error. Files over kMaxArticleBytes are refused.
constexpr qint64 kMaxArticleBytes = 64ll * 1024 * 1024;
ArticleError readArticle(const QString &path, ArticleText *out, QString *error);
// The same for bytes already in memory (a paste, a dropped file); `nameHint` picks the format.
ArticleError articleFromBytes(const QByteArray &bytes, const QString &nameHint, ArticleText *out, QString *error);

} // namespace cs::extract
