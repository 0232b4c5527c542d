// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cs::extract {

// A Markdown document reduced to its text: heading #'s, emphasis and code markers, code fence
// lines, images, link targets ([text](url) → text), link definitions, blockquote and bullet
// markers and table rules dropped; each line stays a line.
struct MarkdownText {
    QString text;
    QString title; // the first heading
};
MarkdownText markdownToText(const QString &markdown);

// Whether text looks like Markdown: its first non-blank line is an ATX heading ("# …").
bool looksLikeMarkdown(const QString &text);

} // namespace cs::extract
