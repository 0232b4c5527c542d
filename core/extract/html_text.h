// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cs::extract {

// A web page reduced to its text: scripts, styles, noscript, templates and comments dropped,
// block elements (p, div, br, li, h1-h6, tr, …) on lines of their own, table cells apart,
// entities decoded. Whitespace is not yet collapsed (the caller tidies lines).
struct HtmlText {
    QString text;
    QString title; // <title>, or the first <h1> when <title> is only it plus the site's name
};
HtmlText htmlToText(const QString &html);

// The charset a page declares in a <meta> near its start ("gbk", "utf-8"), or empty. The bytes are
// scanned as ASCII, so this is for pages in ASCII-compatible encodings (not UTF-16).
QString htmlDeclaredCharset(const QByteArray &bytes);

// Whether text looks like HTML rather than prose: starts with a doctype, <html>, <head>, … .
bool looksLikeHtml(const QString &text);

} // namespace cs::extract
