// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/markdown_text.h"

#include <QRegularExpression>
#include <QStringList>

namespace cs::extract {

namespace {

bool isAsciiPunct(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Index of the bracket closing the one at `open` (nesting and escapes respected), or -1.
qsizetype matching(QStringView s, qsizetype open, QChar openC, QChar closeC)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == u'\\') {
            ++i;
        } else if (s[i] == openC) {
            ++depth;
        } else if (s[i] == closeC && --depth == 0) {
            return i;
        }
    }
    return -1;
}

// [label] followed by (target) or [ref]: returns the index after the whole link and sets the
// label's range; -1 when s[i] does not start one.
qsizetype linkAt(QStringView s, qsizetype i, qsizetype *labelStart, qsizetype *labelEnd)
{
    const qsizetype close = matching(s, i, u'[', u']');
    if (close < 0 || close + 1 >= s.size())
        return -1;
    const QChar next = s[close + 1];
    if (next != u'(' && next != u'[')
        return -1;
    const qsizetype targetEnd = matching(s, close + 1, next, next == u'(' ? QChar(u')') : QChar(u']'));
    if (targetEnd < 0)
        return -1;
    *labelStart = i + 1;
    *labelEnd = close;
    return targetEnd + 1;
}

QString inlineText(QStringView s)
{
    static const QRegularExpression autolink(QStringLiteral("\\G<((?:https?|ftp|mailto):[^<>\\s]+)>"));
    static const QRegularExpression htmlTag(QStringLiteral("\\G</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>"));
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = s[i];
        qsizetype labelStart = 0, labelEnd = 0, after = 0;
        if (c == u'\\' && i + 1 < n && isAsciiPunct(s[i + 1])) {
            out += s[i + 1]; // an escaped marker is text
            i += 2;
        } else if (c == u'!' && i + 1 < n && s[i + 1] == u'[' && (after = linkAt(s, i + 1, &labelStart, &labelEnd)) > 0) {
            i = after; // images are dropped, alt text and all
        } else if (c == u'[' && (after = linkAt(s, i, &labelStart, &labelEnd)) > 0) {
            out += inlineText(s.sliced(labelStart, labelEnd - labelStart));
            i = after;
        } else if (c == u'`') {
            qsizetype run = 1;
            while (i + run < n && s[i + run] == u'`')
                ++run;
            const QString fence(run, u'`');
            const qsizetype close = s.sliced(i + run).indexOf(fence);
            if (close < 0) {
                out += fence;
            } else {
                out += s.sliced(i + run, close).trimmed(); // code is kept verbatim
                run += close + run;
            }
            i += run;
        } else if (c == u'*' || (c == u'~' && i + 1 < n && s[i + 1] == u'~')) {
            // Emphasis and strikethrough markers; a single '~' is a range (1~3月) and stays.
            i += c == u'~' ? 2 : 1;
        } else if (c == u'_') {
            qsizetype run = 1;
            while (i + run < n && s[i + run] == u'_')
                ++run;
            const bool intraword = i > 0 && i + run < n && isWordChar(s[i - 1]) && isWordChar(s[i + run]);
            if (intraword)
                out += s.sliced(i, run); // snake_case, not emphasis
            i += run;
        } else if (c == u'<') {
            if (const QRegularExpressionMatch m = autolink.match(s, i); m.hasMatch()) {
                out += m.capturedView(1);
                i = m.capturedEnd();
            } else if (const QRegularExpressionMatch t = htmlTag.match(s, i); t.hasMatch()) {
                i = t.capturedEnd();
            } else {
                out += c;
                ++i;
            }
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

// A table row "| a | b |" as its cells' text, apart.
QString tableRowText(QStringView line)
{
    QStringView row = line.trimmed();
    if (row.startsWith(u'|'))
        row = row.sliced(1);
    if (row.endsWith(u'|') && !row.endsWith(QLatin1String("\\|")))
        row.chop(1);
    QStringList cells;
    qsizetype start = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\') {
            ++i;
        } else if (row[i] == u'|') {
            cells += inlineText(row.sliced(start, i - start)).trimmed();
            start = i + 1;
        }
    }
    cells += inlineText(row.sliced(start)).trimmed();
    return cells.join(u' ');
}

} // namespace

MarkdownText markdownToText(const QString &markdown)
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    static const QRegularExpression atx(QStringLiteral("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S"));
    static const QRegularExpression quote(QStringLiteral("^ {0,3}>[ \\t]?"));
    static const QRegularExpression bullet(QStringLiteral("^[ \\t]*[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?"));
    static const QRegularExpression tableRule(QStringLiteral("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)+\\|?[ \\t]*$"));

    MarkdownText result;
    QStringList out;
    QString openFence; // the fence a code block opened with, while inside one
    const QStringList lines = markdown.split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!openFence.isEmpty()) {
            const QRegularExpressionMatch m = fence.match(line);
            if (m.hasMatch() && m.captured(1).at(0) == openFence.at(0) && m.captured(1).size() >= openFence.size()
                && line.trimmed() == m.captured(1))
                openFence.clear();
            else
                out += line;
            continue;
        }
        if (const QRegularExpressionMatch m = fence.match(line); m.hasMatch()) {
            openFence = m.captured(1);
            continue;
        }
        // "Title\n=====": the previous line is a heading. A lone "---" is a rule.
        if (const QRegularExpressionMatch m = setext.match(line); m.hasMatch()) {
            const bool underlines = !out.isEmpty() && !out.last().trimmed().isEmpty();
            if (underlines && result.title.isEmpty())
                result.title = out.last().trimmed();
            if (underlines || rule.match(line).hasMatch()) {
                out += QString();
                continue;
            }
        }
        if (rule.match(line).hasMatch() || definition.match(line).hasMatch()) {
            out += QString();
            continue;
        }
        while (true) { // "> > nested" quotes
            const QRegularExpressionMatch m = quote.match(line);
            if (!m.hasMatch())
                break;
            line.remove(0, m.capturedLength());
        }
        if (const QRegularExpressionMatch m = atx.match(line); m.hasMatch()) {
            const QString heading = inlineText(m.capturedView(1)).trimmed();
            if (result.title.isEmpty())
                result.title = heading;
            out += heading;
            continue;
        }
        if (tableRule.match(line).hasMatch() && line.contains(u'|'))
            continue; // the rule under a table's header row

        if (line.trimmed().startsWith(u'|')) {
            out += tableRowText(line);
            continue;
        }
        if (const QRegularExpressionMatch m = bullet.match(line); m.hasMatch())
            line.remove(0, m.capturedLength());
        const QString text = inlineText(line);
        if (text.trimmed().isEmpty() && !line.trimmed().isEmpty())
            continue; // a line of only an image or markers is no paragraph break
        out += text;
    }
    result.text = out.join(u'\n');
    return result;
}

bool looksLikeMarkdown(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^\\s*#{1,6}[ \\t]+\\S"));
    return heading.match(text.left(4096)).hasMatch();
}

} // namespace cs::extract
