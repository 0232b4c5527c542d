// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/article_reader.h"

#include "document/pdf_article.h"

#include <QFile>
#include <QFileInfo>

namespace cs {

namespace {

bool startsLikePdf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-";
}

} // namespace

extract::ArticleError readArticleFile(const QString &path, extract::ArticleText *out, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0 || startsLikePdf(path))
        return readPdfArticle(path, out, error);
    return extract::readArticle(path, out, error);
}

} // namespace cs
