// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace cs {

// The workspace browser's only reading of the values themselves (Workspace::observations): each
// indicator's rows, how many there are, and which indicators' values an edit, an undo or a redo
// changed, found from the store's columns (numbers, no texts) without rebuilding the tree.
class IndicatorValues
{
public:
    // Reads every value's columns once. With `rows`, each indicator's rows too, in workspace order.
    void reset(const Workspace &ws, QHash<QString, QList<int>> *rows = nullptr);

    // After a change of `ws` (the workspace of the last reset): the indicators whose values
    // changed since the last reset or call, in anything their rows show (a value, its subject,
    // period, qualifier, source or derivation, the order or the number of values).
    QSet<QString> changedIndicators(const Workspace &ws);

    int count(const QString &indicatorId) const { return m_indicators.value(indicatorId).count; }
    // The rows of these indicators, each in workspace order.
    QHash<QString, QList<int>> rowsOf(const Workspace &ws, const QSet<QString> &indicatorIds) const;

private:
    struct Summary {
        int count = 0;
        quint64 fingerprint = 0; // of the values' columns, in order
        int first = -1;          // rows of the first and last value
        int last = -1;
        bool sameValues(const Summary &o) const { return count == o.count && fingerprint == o.fingerprint; }
    };
    // While the number of values stays, what changed is found by blocks of rows: only the
    // indicators of the blocks whose fingerprint changed, before and after, are read again.
    static constexpr int kBlock = 256;
    static quint64 rowKey(const ObservationStore &obs, int row);
    static quint64 blockFingerprint(const ObservationStore &obs, int block);
    static QSet<int> indicatorsOfBlock(const ObservationStore &obs, int block);

    QHash<QString, Summary> m_indicators;
    QList<quint64> m_blocks;          // fingerprint of each block
    QList<QSet<int>> m_blockIndicators; // the indicator keys each block's values belong to
    int m_size = 0;                   // values when last read
};

// The value an indicator's row shows: the last point of its series (the preferred value at its
// latest dated period), else, with no dated value, its first value; none when it has none.
std::optional<Observation> latestValue(const Workspace &ws, const QList<int> &rows);

} // namespace cs
