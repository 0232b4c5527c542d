// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/prepared_text.h"

#include <algorithm>

namespace cs::extract {

namespace {

bool isSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\u3000' || c == u'\u00a0' || c == u'\r'; }

// Chinese characters, CJK and full-width punctuation, and the general punctuation Chinese text
// uses (“ ” — …): a space next to one of these is layout, not a word break.
bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x2E80 || (u >= 0x2010 && u <= 0x206F);
}

bool isLatinWordChar(QChar c) { return c.isLetterOrNumber() && !isWide(c); }

bool endsSentence(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?' || c == u'.' || c == u'．';
}

bool isCloser(QChar c)
{
    return c == u'”' || c == u'’' || c == u'」' || c == u'』' || c == u'）' || c == u')' || c == u'"' || c == u'\'' || c == u'】';
}

struct Line {
    qsizetype start = 0; // first and one past the last non-space character, in the original
    qsizetype end = 0;
};

// A line's width as laid out: a Chinese character is two columns, spaces do not count (a line
// spaced out to fill the column is as short as its characters).
qsizetype lineLength(const QString &s, const Line &l)
{
    qsizetype width = 0;
    for (qsizetype i = l.start; i < l.end; ++i)
        width += isSpace(s.at(i)) ? 0 : isWide(s.at(i)) ? 2 : 1;
    return width;
}

bool lineEndsSentence(const QString &s, const Line &l)
{
    qsizetype i = l.end - 1;
    while (i > l.start && isCloser(s.at(i)))
        --i;
    return endsSentence(s.at(i)) || s.at(i) == u'：' || s.at(i) == u':';
}

} // namespace

bool isClauseBreak(QChar c)
{
    return c == u'，' || c == u',' || c == u'、' || c == u'：' || c == u':' || c == u'；' || c == u';' || c == u'（'
        || c == u'）' || c == u'(' || c == u')' || c == u'\n';
}

PreparedText::PreparedText(const QString &original)
{
    buildText(original);
    splitSentences();
}

// Lines are joined into paragraphs. Text whose lines mostly end a sentence is one paragraph per
// line. Otherwise it is laid out in a column: a paragraph ends at a line that ends a sentence and
// is clearly shorter than the column (its last line), or before an indented line.
void PreparedText::buildText(const QString &s)
{
    QList<Line> lines;
    QList<bool> indented;
    for (qsizetype pos = 0; pos <= s.size();) {
        qsizetype nl = s.indexOf(u'\n', pos);
        if (nl < 0)
            nl = s.size();
        Line l{pos, nl};
        while (l.start < l.end && isSpace(s.at(l.start)))
            ++l.start;
        while (l.end > l.start && isSpace(s.at(l.end - 1)))
            --l.end;
        if (l.end > l.start) {
            lines.append(l);
            indented.append(l.start - pos >= 2 || (l.start > pos && s.at(l.start - 1) == u'\u3000'));
        }
        pos = nl + 1;
    }
    if (lines.isEmpty()) {
        m_orig.append(qint32(s.size()));
        return;
    }

    qsizetype endings = 0;
    QVector<qsizetype> lengths;
    for (const Line &l : lines) {
        endings += lineEndsSentence(s, l) ? 1 : 0;
        lengths.append(lineLength(s, l));
    }
    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
    const qsizetype median = lengths.at(lengths.size() / 2);
    const bool linePerParagraph = lines.size() < 3 || endings * 10 >= lines.size() * 6;

    m_text.reserve(s.size());
    m_orig.reserve(s.size() + 1);
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const Line &l = lines.at(li);
        // The line's characters; a run of spaces stays (as one) only where neither side is Chinese.
        for (qsizetype i = l.start; i < l.end; ++i) {
            const QChar c = s.at(i);
            if (isSpace(c)) {
                qsizetype j = i;
                while (j < l.end && isSpace(s.at(j)))
                    ++j;
                if (!m_text.isEmpty() && !isWide(m_text.back()) && !isWide(s.at(j))) {
                    m_text.append(u' ');
                    m_orig.append(qint32(i));
                }
                i = j - 1;
                continue;
            }
            m_text.append(c);
            m_orig.append(qint32(i));
        }
        if (li + 1 == lines.size())
            break;
        const Line &next = lines.at(li + 1);
        bool paragraphEnd = linePerParagraph;
        const QChar last = s.at(l.end - 1);
        if (!paragraphEnd && lineEndsSentence(s, l))
            paragraphEnd = lineLength(s, l) * 100 < median * 85 || indented.at(li + 1)
                || s.mid(next.start, 2) == QStringLiteral("——");
        // A short line that does not run on (no comma at its end) is a heading or a byline.
        else if (!paragraphEnd && lineLength(s, l) * 100 < median * 60 && last != u'，' && last != u'、' && last != u',' && last != u'“'
                 && last != u'（' && last != u'(')
            paragraphEnd = true;
        if (paragraphEnd) {
            m_text.append(u'\n');
            m_orig.append(qint32(l.end));
        } else if (isLatinWordChar(s.at(l.end - 1)) && isLatinWordChar(s.at(next.start))) {
            m_text.append(u' '); // English words wrapped onto the next line
            m_orig.append(qint32(l.end));
        }
    }
    m_orig.append(qint32(s.size()));
}

void PreparedText::splitSentences()
{
    const QString &t = m_text;
    int paragraph = 0;
    qsizetype start = 0;
    const auto append = [&](qsizetype end) {
        while (start < end && (t.at(start) == u' ' || t.at(start) == u'\n'))
            ++start;
        if (end > start)
            m_sentences.append(Range{start, end, paragraph});
        start = end;
    };
    // A run of text with no sentence end (a table flattened into a line) is cut at a clause mark
    // every kMaxSentence characters: the words that give a figure its meaning are near it, and
    // every figure reads back over its sentence.
    const auto close = [&](qsizetype end) {
        while (end - start > kMaxSentence) {
            qsizetype cut = start + kMaxSentence;
            while (cut > start + kMaxSentence / 2 && !isClauseBreak(t.at(cut - 1)) && t.at(cut - 1) != u' ')
                --cut;
            if (cut <= start + kMaxSentence / 2)
                cut = start + kMaxSentence;
            append(cut);
        }
        append(end);
    };
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'\n') {
            close(i);
            ++paragraph;
            continue;
        }
        if (!endsSentence(c))
            continue;
        if (c == u'.' || c == u'．') {
            // English: a full stop followed by a space (or the end) and not a decimal point.
            const bool atEnd = i + 1 >= t.size() || t.at(i + 1) == u'\n';
            if (!atEnd && t.at(i + 1) != u' ' && !isCloser(t.at(i + 1)))
                continue;
            if (!atEnd && t.at(i + 1) == u' ' && i + 2 < t.size() && t.at(i + 2).isLower())
                continue; // "approx. 5", "U.S. dollars"
        }
        qsizetype end = i + 1;
        while (end < t.size() && isCloser(t.at(end)))
            ++end;
        close(end);
        i = end - 1;
    }
    close(t.size());
}

} // namespace cs::extract
