// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVector>

namespace cs::extract {

// An article's text as the extractor reads it, with a map back to the text as given.
//
// Articles arrive laid out: copied from a PDF or a newspaper column, lines are wrapped wherever
// the column ended ("10393.39 亿\n\n元"), often with blank lines between them, and characters are
// spaced out ("产 品 实 现"). The extractor reads a clean text in which a line break inside a
// paragraph is gone and spaces between Chinese characters and digits are dropped (spaces between
// Latin words stay). Paragraph ends are kept as '\n'. Every clean character remembers where it was.
class PreparedText
{
public:
    explicit PreparedText(const QString &original);

    const QString &text() const { return m_text; }
    // The original offset of clean position `i` (0 ≤ i ≤ size: size maps to the original's end).
    qsizetype originalStart(qsizetype i) const { return m_orig.at(i); }
    // The original end (exclusive) of the clean range ending (exclusive) at `i`.
    qsizetype originalEnd(qsizetype i) const { return i == 0 ? m_orig.at(0) : m_orig.at(i - 1) + 1; }

    struct Range {
        qsizetype start = 0; // clean offsets, [start, end)
        qsizetype end = 0;
        int paragraph = 0;   // index of the paragraph the range is in
    };
    static constexpr qsizetype kMaxSentence = 1000;
    // Sentences: ended by 。！？；!? (and a closing quote or bracket right after), by ". " before
    // a capital in English, or by a paragraph end; one longer than kMaxSentence is cut at a clause
    // mark. Leading spaces are not part of a sentence.
    const QList<Range> &sentences() const { return m_sentences; }

private:
    void buildText(const QString &original);
    void splitSentences();

    QString m_text;
    QVector<qint32> m_orig; // 4 bytes a character: an article is at most 64 MB
    QList<Range> m_sentences;
};

// Clause ends within a sentence: ，,、：:（） and the sentence's end.
bool isClauseBreak(QChar c);

} // namespace cs::extract
