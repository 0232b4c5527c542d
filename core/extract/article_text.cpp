// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/article_text.h"

#include "extract/html_text.h"
#include "extract/markdown_text.h"
#include "import/text_encoding.h"
#include "persist/input_limits.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace cs::extract {

namespace {

enum class Format { Text, Html, Markdown };

std::optional<Format> formatFromName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        return Format::Html;
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown")
        return Format::Markdown;
    if (suffix == u"txt" || suffix == u"text")
        return Format::Text;
    return std::nullopt;
}

QString encodingLabel(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16Le: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be: return QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030: return QStringLiteral("GB18030");
    case TextEncoding::Latin1: return QStringLiteral("ISO-8859-1");
    }
    return QString();
}

// What a file is when its first bytes are a known binary format's signature, else nullptr.
const char *binarySignature(const QByteArray &b)
{
    static const struct {
        QByteArrayView magic;
        const char *what;
    } signatures[] = {
        {QByteArrayView("\x89PNG\r\n\x1a\n", 8), "a PNG image"},
        {QByteArrayView("\xFF\xD8\xFF", 3), "a JPEG image"},
        {QByteArrayView("GIF8", 4), "a GIF image"},
        {QByteArrayView("PK\x03\x04", 4), "a ZIP archive (or a Word or Excel file)"},
        {QByteArrayView("PK\x05\x06", 4), "an empty ZIP archive"},
        {QByteArrayView("%PDF-", 5), "a PDF"},
        {QByteArrayView("\x1F\x8B", 2), "a gzip archive"},
        {QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "an old Word or Excel file"},
        {QByteArrayView("7z\xBC\xAF\x27\x1C", 6), "a 7z archive"},
        {QByteArrayView("Rar!\x1A\x07", 6), "a RAR archive"},
        {QByteArrayView("\x7F" "ELF", 4), "a program"},
        {QByteArrayView("SQLite format 3\0", 16), "an SQLite database"},
    };
    for (const auto &s : signatures)
        if (b.startsWith(s.magic))
            return s.what;
    return nullptr;
}

// UTF-16 without a byte-order mark (Windows' "Unicode" text sometimes lacks one): in mostly-ASCII
// or CJK text every other byte is zero on one side and rarely on the other.
std::optional<TextEncoding> utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += bytes[i] == '\0';
        zeroOdd += bytes[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs)
        return TextEncoding::Utf16Le;
    if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs)
        return TextEncoding::Utf16Be;
    return std::nullopt;
}

// Characters that text does not hold: C0 controls other than layout, DEL, C1 controls (what
// Latin-1 makes of binary bytes).
qsizetype controlCount(const QString &text)
{
    qsizetype count = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' && u != 0x1A)
            || (u >= 0x7F && u <= 0x9F))
            ++count;
    }
    return count;
}

// Lines with their runs of whitespace (full-width spaces too) collapsed to one space and
// trimmed; CR LF, CR, form feeds and Unicode line separators are line breaks. Blank lines are
// kept singly (paragraphs in plain text) or dropped (HTML, where blocks already make lines).
QString tidyLines(QStringView s, bool keepBlankLines)
{
    QString out;
    out.reserve(s.size());
    int breaks = 0;
    bool space = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n')
            continue;
        if (c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            ++breaks;
            space = false;
        } else if (c.isSpace()) {
            space = true;
        } else if (c == QChar::ByteOrderMark || c == u'\x1A') { // a stray BOM; DOS's end-of-file mark
            continue;
        } else {
            if (!out.isEmpty()) {
                if (breaks >= 2 && keepBlankLines)
                    out += QLatin1String("\n\n");
                else if (breaks >= 1)
                    out += u'\n';
                else if (space)
                    out += u' ';
            }
            breaks = 0;
            space = false;
            out += c;
        }
    }
    return out;
}

QString prefixed(const QString &name, const QString &message)
{
    return name.isEmpty() ? message : name + QLatin1String(": ") + message;
}

QString tooLargeMessage(qint64 size)
{
    return QStringLiteral("the file is %1, more than the %2 an article may have")
        .arg(byteSizeText(size), byteSizeText(kMaxArticleBytes));
}

} // namespace

ArticleError articleFromBytes(const QByteArray &bytes, const QString &nameHint, ArticleText *out, QString *error)
{
    const QString name = QFileInfo(nameHint).fileName();
    auto fail = [&](ArticleError e, const QString &message) {
        if (error)
            *error = prefixed(name, message);
        return e;
    };
    if (bytes.isEmpty())
        return fail(ArticleError::Empty, QStringLiteral("the file is empty"));
    if (bytes.size() > kMaxArticleBytes)
        return fail(ArticleError::TooLarge, tooLargeMessage(bytes.size()));
    if (const char *what = binarySignature(bytes))
        return fail(ArticleError::Binary, QStringLiteral("this is %1, not text").arg(QLatin1String(what)));

    const DetectedEncoding detected = detectEncoding(bytes);
    const bool bom = detected.bomLength > 0;
    TextEncoding encoding = detected.encoding;
    if (!bom && bytes.contains('\0')) {
        const std::optional<TextEncoding> utf16 = utf16WithoutBom(bytes);
        if (!utf16)
            return fail(ArticleError::Binary, QStringLiteral("the file is binary, not text (it holds NUL bytes)"));
        encoding = *utf16;
    }
    qsizetype invalid = 0;
    QString text = decodeText(bytes, encoding, &invalid);

    const Format format = formatFromName(nameHint).value_or(
        looksLikeHtml(text) ? Format::Html : looksLikeMarkdown(text) ? Format::Markdown : Format::Text);
    const bool asciiCompatible = encoding != TextEncoding::Utf16Le && encoding != TextEncoding::Utf16Be;
    if (format == Format::Html && !bom && asciiCompatible) {
        // The page's <meta charset> wins over detection, unless detection found UTF-8 or GB18030
        // that decodes cleanly and the declared one does not (a template's wrong declaration).
        // A declared UTF-16 in bytes scanned as ASCII cannot be right, as browsers also decide.
        const std::optional<TextEncoding> declared = textEncodingFromName(htmlDeclaredCharset(bytes));
        if (declared && *declared != encoding && *declared != TextEncoding::Utf16Le && *declared != TextEncoding::Utf16Be) {
            qsizetype declaredInvalid = 0;
            QString declaredText = decodeText(bytes, *declared, &declaredInvalid);
            if (!(declaredInvalid > 0 && invalid == 0 && encoding != TextEncoding::Latin1)) {
                text = std::move(declaredText);
                encoding = *declared;
                invalid = declaredInvalid;
            }
        }
    }

    // Binary bytes that got past the signatures and the NUL test decode as Latin-1 full of
    // control characters, or as UTF-8/GB18030 full of invalid sequences.
    if ((controlCount(text) + invalid) * 20 > text.size())
        return fail(ArticleError::Binary,
                    QStringLiteral("the file is binary, not text (too many control characters or invalid bytes)"));

    ArticleText article;
    article.encoding = encodingLabel(encoding);
    switch (format) {
    case Format::Html: {
        HtmlText html = htmlToText(text);
        article.text = tidyLines(html.text, false);
        article.title = html.title;
        break;
    }
    case Format::Markdown: {
        MarkdownText md = markdownToText(text);
        article.text = tidyLines(md.text, true);
        article.title = md.title;
        break;
    }
    case Format::Text:
        // Plain text is kept as decoded (only a byte-order mark goes), so the offsets the
        // extractor reports are offsets into it.
        article.text = text.startsWith(QChar::ByteOrderMark) ? text.mid(1) : text;
        if (tidyLines(article.text, false).isEmpty())
            article.text.clear();
        break;
    }
    if (article.text.isEmpty())
        return fail(ArticleError::Empty, format == Format::Html ? QStringLiteral("the page has no text, only markup")
                                                                : QStringLiteral("the file has no text, only whitespace"));
    if (out)
        *out = std::move(article);
    if (error)
        error->clear();
    return ArticleError::None;
}

ArticleError readArticle(const QString &path, ArticleText *out, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (const QString message = openForReading(f); !message.isEmpty()) {
        if (error)
            *error = prefixed(name.isEmpty() ? path : name, message);
        return ArticleError::Unreadable;
    }
    if (f.size() > kMaxArticleBytes) {
        if (error)
            *error = prefixed(name, tooLargeMessage(f.size()));
        return ArticleError::TooLarge;
    }
    // At most one byte over the limit: a pipe or a device reports no size.
    const QByteArray bytes = f.read(kMaxArticleBytes + 1);
    if (f.error() != QFileDevice::NoError) {
        if (error)
            *error = prefixed(name, QStringLiteral("cannot read: %1").arg(f.errorString()));
        return ArticleError::Unreadable;
    }
    return articleFromBytes(bytes, path, out, error);
}

} // namespace cs::extract
