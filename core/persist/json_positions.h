// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/text_location.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace cs {

TextLocation locationOfOffset(const QByteArray &utf8, qsizetype byteOffset);

// Where each value of a well-formed JSON document starts, by path: `charts[0].series[1].axis`.
// QJsonDocument reports offsets only for syntax errors; this gives semantic errors a place too.
class JsonPositions
{
public:
    explicit JsonPositions(const QByteArray &utf8);

    // The location of `path`, or of its nearest ancestor that exists (a missing key is reported
    // at the object that lacks it).
    TextLocation locate(const QString &path) const;

    static QString childPath(const QString &parent, const QString &key);
    static QString indexPath(const QString &parent, qsizetype index);

private:
    void scanValue(qsizetype &pos, const QString &path, int depth);
    void skipSpace(qsizetype &pos) const;
    QString scanString(qsizetype &pos) const;

    TextLocation locationOf(qsizetype offset) const;

    QByteArray m_text;
    QHash<QString, qsizetype> m_offsets;
    // The location at every kCheckpointBytes-th byte, so that finding many positions in a large
    // file (one per problem) costs a short scan each, not a scan from the start.
    static constexpr qsizetype kCheckpointBytes = 4096;
    std::vector<TextLocation> m_checkpoints;
};

} // namespace cs
