// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace cs {

// The workspace browser's only reading of the values themselves (Workspace::observations): each
// indicator's values, how many there are, and which indicators' values an edit, an undo or a redo
// changed, without reading every value's texts again.
class IndicatorValues
{
public:
    // Reads every value. With `values`, each indicator's values too, in workspace order.
    void reset(const Workspace &ws, QHash<QString, QList<const Observation *>> *values = nullptr);

    // After a change of `ws` (the workspace of the last reset): the indicators whose values
    // changed since the last reset or call, in anything their rows show (a value, its period,
    // qualifier, source or derivation, the order or the number of values). To be called after
    // every change, each an undo step's redo or undo: see placeKey in the .cpp.
    QSet<QString> changedIndicators(const Workspace &ws);

    int count(const QString &indicatorId) const { return m_indicators.value(indicatorId).count; }
    // The values of these indicators, each in workspace order.
    QHash<QString, QList<const Observation *>> valuesOf(const Workspace &ws, const QSet<QString> &indicatorIds) const;

private:
    struct Summary {
        int count = 0;
        quint64 fingerprint = 0; // of the values' contents, in order
        qsizetype first = -1;    // positions of the first and last value in Workspace::observations
        qsizetype last = -1;
        bool sameValues(const Summary &o) const { return count == o.count && fingerprint == o.fingerprint; }
    };
    // While the number of values stays, what changed is found by blocks of positions: a block's
    // fingerprint is of its values' fields and of where their texts are, not of the texts (at a
    // million values 20 ms; reading the texts too, one heap allocation each, 30-45 ms); only the
    // indicators of the blocks whose fingerprint changed, before and after, are read again.
    static constexpr qsizetype kBlock = 256;
    static quint64 blockFingerprint(const Workspace &ws, qsizetype block);
    static QSet<QString> indicatorsOfBlock(const Workspace &ws, qsizetype block);

    QHash<QString, Summary> m_indicators;
    QList<quint64> m_blocks;                // fingerprint of each block
    QList<QStringList> m_blockIndicators;   // the indicators each block's values belong to
    qsizetype m_size = 0;                   // values when last read
};

// The value an indicator's row shows: the last point of its series (indicatorSeries: the
// preferred value at its latest dated period), else, with no dated value, its first value;
// nullptr when it has none.
const Observation *latestValue(const Workspace &ws, const QList<const Observation *> &values);

} // namespace cs
