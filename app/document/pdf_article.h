// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/article_text.h"

#include <QString>

namespace cs {

// The text of a PDF article with poppler: every page in reading order, pages apart by a blank
// line, the document's Title as the title. Errors, one line after the file name: Unreadable (the
// file cannot be opened), TooLarge, Binary (not a PDF, damaged or cut short, or locked by a
// password), Empty (no text layer: a scan).
extract::ArticleError readPdfArticle(const QString &path, extract::ArticleText *out, QString *error);

} // namespace cs
