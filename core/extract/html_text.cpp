// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/html_text.h"

#include <QRegularExpression>

#include <algorithm>

namespace cs::extract {

namespace {

// Elements whose content is never text for the reader.
bool isSkippedElement(QStringView name)
{
    for (const char *s : {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "textarea"})
        if (name == QLatin1String(s))
            return true;
    return false;
}

bool isBlockElement(QStringView name)
{
    static const char *const blocks[] = {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer", "nav", "aside", "main",
        "blockquote", "pre", "figure", "figcaption", "hr", "address", "form", "fieldset", "legend", "details",
        "summary", "center", "body", "html", "head", "title", "option", "dialog", "hgroup", "menu"};
    for (const char *s : blocks)
        if (name == QLatin1String(s))
            return true;
    return false;
}

// Named entities that occur in news and statistics pages; the rest stay as written.
QChar namedEntity(QStringView name, bool *found)
{
    struct Entity {
        const char *name;
        char16_t c;
    };
    static const Entity entities[] = {
        {"amp", u'&'}, {"lt", u'<'}, {"gt", u'>'}, {"quot", u'"'}, {"apos", u'\''}, {"nbsp", u'\u00A0'},
        {"ensp", u'\u2002'}, {"emsp", u'\u2003'}, {"thinsp", u'\u2009'}, {"copy", u'©'},
        {"reg", u'®'}, {"trade", u'™'}, {"hellip", u'…'}, {"mdash", u'—'}, {"ndash", u'–'}, {"minus", u'−'},
        {"lsquo", u'‘'}, {"rsquo", u'’'}, {"ldquo", u'“'}, {"rdquo", u'”'}, {"laquo", u'«'}, {"raquo", u'»'},
        {"middot", u'·'}, {"bull", u'•'}, {"deg", u'°'}, {"plusmn", u'±'}, {"times", u'×'}, {"divide", u'÷'},
        {"yen", u'¥'}, {"euro", u'€'}, {"pound", u'£'}, {"cent", u'¢'}, {"sect", u'§'}, {"para", u'¶'},
        {"permil", u'‰'}, {"micro", u'µ'}, {"frac12", u'½'}, {"frac14", u'¼'}, {"frac34", u'¾'},
        {"sup2", u'²'}, {"sup3", u'³'}, {"le", u'≤'}, {"ge", u'≥'}, {"ne", u'≠'}, {"asymp", u'≈'},
        {"zwnj", u'\u200C'}, {"zwj", u'\u200D'}, {"shy", u'\u00AD'}};
    for (const Entity &e : entities) {
        if (name == QLatin1String(e.name)) {
            *found = true;
            return QChar(e.c);
        }
    }
    *found = false;
    return QChar();
}

// HTML maps numeric references in 0x80-0x9F to Windows-1252, as browsers do (&#150; is a dash).
char16_t windows1252(uint c)
{
    static const char16_t table[32] = {u'€', 0x81, u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š', u'‹',
                                       u'Œ', 0x8D, u'Ž', 0x8F, 0x90, u'‘', u'’', u'“', u'”', u'•', u'–', u'—',
                                       u'˜', u'™', u'š', u'›', u'œ', 0x9D, u'ž', u'Ÿ'};
    return table[c - 0x80];
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

// Decodes the entity at s[i] == '&' into `out`; returns the index after it (i + 1 when there is
// none, so the '&' is kept as text).
qsizetype decodeEntity(QStringView s, qsizetype i, QString &out)
{
    const qsizetype n = s.size();
    qsizetype j = i + 1;
    if (j < n && s[j] == u'#') {
        ++j;
        const bool hex = j < n && (s[j] == u'x' || s[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        uint value = 0;
        for (; j < n; ++j) {
            const char16_t u = s[j].unicode();
            int d = -1;
            if (u >= u'0' && u <= u'9')
                d = u - u'0';
            else if (hex && u >= u'a' && u <= u'f')
                d = u - u'a' + 10;
            else if (hex && u >= u'A' && u <= u'F')
                d = u - u'A' + 10;
            if (d < 0)
                break;
            value = std::min<uint>(value * (hex ? 16 : 10) + uint(d), 0x110000); // past the last code point
        }
        if (j == digitsStart) {
            out += u'&';
            return i + 1;
        }
        if (j < n && s[j] == u';')
            ++j;
        if (value >= 0x80 && value <= 0x9F) {
            out += QChar(windows1252(value));
        } else if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            out += QChar::ReplacementCharacter;
        } else {
            const char32_t codePoint = value;
            out += QString::fromUcs4(&codePoint, 1);
        }
        return j;
    }
    while (j < n && j - i <= 32 && isAsciiAlnum(s[j]))
        ++j;
    const QStringView name = s.sliced(i + 1, j - i - 1);
    bool found = false;
    const QChar c = namedEntity(name, &found);
    // Browsers accept a missing ';' after the old entities ("&nbsp" before a space); so does this.
    if (!found) {
        out += u'&';
        return i + 1;
    }
    out += c;
    return j < n && s[j] == u';' ? j + 1 : j;
}

QString decodeEntities(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        if (s[i] == u'&') {
            i = decodeEntity(s, i, out);
        } else {
            out += s[i];
            ++i;
        }
    }
    return out;
}

QString collapsed(const QString &s)
{
    return s.simplified();
}

// Index of "</name" (any case) at or after `from`, or -1.
qsizetype findEndTag(const QString &html, qsizetype from, QStringView name)
{
    for (qsizetype i = html.indexOf(QLatin1String("</"), from); i >= 0; i = html.indexOf(QLatin1String("</"), i + 2)) {
        const QStringView after = QStringView(html).sliced(i + 2);
        if (after.startsWith(name, Qt::CaseInsensitive)
            && (after.size() == name.size() || !isAsciiAlnum(after[name.size()])))
            return i;
    }
    return -1;
}

// Index just after the '>' that closes the tag opened at `from`, quotes respected.
qsizetype tagEnd(const QString &html, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            // Only a quote that starts an attribute value opens one ("a=b'c" does not).
            if (i > 0 && (html[i - 1] == u'=' || html[i - 1].isSpace()))
                quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return html.size();
}

} // namespace

HtmlText htmlToText(const QString &html)
{
    HtmlText result;
    QString &out = result.text;
    out.reserve(html.size() / 2);
    QString title, h1;
    qsizetype h1Start = -1;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'&') {
            i = decodeEntity(html, i, out);
            continue;
        }
        if (c != u'<') {
            // Source line breaks and tabs are spaces in HTML; lines come from the elements.
            out += (c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f') ? QChar(u' ') : c;
            ++i;
            continue;
        }
        if (QStringView(html).sliced(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const bool closing = i + 1 < n && html[i + 1] == u'/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart < n && (html[nameStart] == u'!' || html[nameStart] == u'?')) { // doctype, CDATA, PI
            i = tagEnd(html, nameStart);
            continue;
        }
        if (nameStart >= n || !(html[nameStart].unicode() < 128 && html[nameStart].isLetter())) {
            out += c; // a '<' that starts no tag: "a < b"
            ++i;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && (isAsciiAlnum(html[nameEnd]) || html[nameEnd] == u'-' || html[nameEnd] == u':'))
            ++nameEnd;
        const QString name = html.sliced(nameStart, nameEnd - nameStart).toLower();
        const qsizetype after = tagEnd(html, nameEnd);
        const bool selfClosing = after >= 2 && html[after - 2] == u'/';
        if (!closing && !selfClosing && (isSkippedElement(name) || name == u"title")) {
            // Raw content up to the end tag: scripts may hold "<p>" in strings.
            const qsizetype end = findEndTag(html, after, name);
            const qsizetype contentEnd = end < 0 ? n : end;
            if (name == u"title" && title.isEmpty())
                title = collapsed(decodeEntities(QStringView(html).sliced(after, contentEnd - after)));
            i = end < 0 ? n : tagEnd(html, end + 2);
            if (name == u"title")
                out += u'\n';
            continue;
        }
        if (name == u"td" || name == u"th") {
            out += u' ';
        } else if (isBlockElement(name)) {
            out += u'\n';
        }
        if (name == u"h1" && h1.isEmpty()) {
            if (!closing && h1Start < 0)
                h1Start = out.size();
            else if (closing && h1Start >= 0)
                h1 = collapsed(out.sliced(h1Start));
        }
        i = after;
    }

    // <title> is often the headline plus the site's name ("…统计公报_深圳市统计局"): then the <h1>
    // is the better title, and the text need not repeat the <title>.
    if (!h1.isEmpty() && (title.isEmpty() || title.contains(h1))) {
        result.title = h1;
    } else {
        result.title = title;
        if (!title.isEmpty())
            out.prepend(title + u'\n');
    }
    return result;
}

QString htmlDeclaredCharset(const QByteArray &bytes)
{
    // Browsers prescan the first 1024 bytes; pages from Chinese sites sometimes put a long
    // script or style before the <meta>, so look further.
    static const QRegularExpression re(QStringLiteral("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(32 * 1024));
    const QRegularExpressionMatch m = re.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool looksLikeHtml(const QString &text)
{
    const QString start = text.left(1024).trimmed().toLower();
    for (const char *p : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--"})
        if (start.startsWith(QLatin1String(p)))
            return true;
    return false;
}

} // namespace cs::extract
