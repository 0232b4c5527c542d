// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdf_article.h"

#include "persist/input_limits.h"
#include "render/pdf_unicode_fix.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <poppler-qt6.h>

#include <algorithm>
#include <mutex>

namespace cs {

namespace {

// PDFs carry fonts and images besides their text: they may be larger than a text article.
constexpr qint64 kMaxPdfBytes = limits::kMaxDataFileBytes;

void ignorePopplerMessage(const QString &, const QVariant &) {}

// Page text with each line's runs of whitespace made one space and trimmed, blank lines dropped.
QString tidyPage(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines += simple;
    }
    return lines.join(u'\n');
}

// Whether text holds what standardToUnicodeFix changes (all in the BMP); most PDFs do not, and
// the scan is much faster than the fix.
bool needsUnicodeFix(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x2E80 && u <= 0x2FDF) || (u >= 0x31C0 && u <= 0x31EF) || (u >= 0xFB00 && u <= 0xFB06);
    });
}

QString fixedUnicode(const QString &text)
{
    return needsUnicodeFix(text) ? standardToUnicodeFix(text) : text;
}

} // namespace

extract::ArticleError readPdfArticle(const QString &path, extract::ArticleText *out, QString *error)
{
    using extract::ArticleError;
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](ArticleError e, const QString &message) {
        if (error)
            *error = (name.isEmpty() ? path : name) + QLatin1String(": ") + message;
        return e;
    };

    QFile f(path);
    if (const QString message = openForReading(f); !message.isEmpty())
        return fail(ArticleError::Unreadable, message);
    if (f.size() > kMaxPdfBytes)
        return fail(ArticleError::TooLarge, fileTooLargeMessage(f.size(), kMaxPdfBytes));
    // poppler quietly rebuilds a PDF cut short from what is left; a download that stopped half
    // way must say so instead of giving half the figures. The header may follow up to 1 KiB of
    // junk, and %%EOF must be in the last 1 KiB (what readers accept).
    const QByteArray head = f.read(1024);
    if (!head.contains("%PDF-"))
        return fail(ArticleError::Binary, QStringLiteral("this is not a PDF"));
    f.seek(std::max<qint64>(0, f.size() - 1024));
    if (!f.read(1024).contains("%%EOF"))
        return fail(ArticleError::Binary, QStringLiteral("the PDF is damaged or incomplete (it has no end)"));
    f.close();

    static std::once_flag quiet;
    std::call_once(quiet, [] { Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant()); }); // no stderr noise
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return fail(ArticleError::Binary, QStringLiteral("the PDF is damaged and cannot be read"));
    if (doc->isLocked())
        return fail(ArticleError::Binary, QStringLiteral("the PDF is protected by a password"));
    const int pages = doc->numPages();
    if (pages <= 0)
        return fail(ArticleError::Binary, QStringLiteral("the PDF has no pages"));

    QStringList texts;
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        const QString text = tidyPage(page->text(QRectF())); // reading order, not the physical layout
        if (!text.isEmpty())
            texts += text;
    }
    if (texts.isEmpty())
        return fail(ArticleError::Empty, QStringLiteral("the PDF has no text (a scan?)"));

    extract::ArticleText article;
    // PDF writers that map shared glyphs to CJK radicals (⽐ for 比) or ligatures (ﬁ) spoil
    // extraction; radicals never occur in the articles themselves.
    article.text = fixedUnicode(texts.join(QLatin1String("\n\n")));
    article.title = fixedUnicode(doc->info(QStringLiteral("Title")).simplified());
    article.encoding = QStringLiteral("PDF");
    if (out)
        *out = std::move(article);
    if (error)
        error->clear();
    return ArticleError::None;
}

} // namespace cs
