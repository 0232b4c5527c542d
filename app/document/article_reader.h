// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/article_text.h"

#include <QString>

namespace cs {

// Reads an article for extraction, as the window and the command line both do: a PDF (by its
// .pdf extension or its %PDF- signature) with poppler, anything else as text, HTML or Markdown
// (extract::readArticle). Errors are one line, the file name first.
extract::ArticleError readArticleFile(const QString &path, extract::ArticleText *out, QString *error);

} // namespace cs
