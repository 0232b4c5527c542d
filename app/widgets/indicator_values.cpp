// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/indicator_values.h"

#include "query/workspace_queries.h"

#include <cstring>

namespace cs {

namespace {
constexpr quint64 kPrime = 0x100000001b3ULL; // odd: a change of any one term changes a sum of them

quint64 bitsOf(double value)
{
    quint64 bits = 0;
    static_assert(sizeof(bits) == sizeof(value));
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

// Runs of rows of one indicator (an indicator's values usually lie together): an indicator is
// looked up once per run, not once per value.
template<class Visit>
void forEachRow(const ObservationStore &obs, int from, int to, Visit visit)
{
    int runKey = -1;
    for (int i = from; i < to; ++i) {
        visit(i, obs.indicatorKey(i) != runKey);
        runKey = obs.indicatorKey(i);
    }
}
} // namespace

// Everything a row of the browser depends on, as numbers: equal keys in the pool are equal texts.
quint64 IndicatorValues::rowKey(const ObservationStore &obs, int row)
{
    quint64 key = bitsOf(obs.value(row));
    key = key * kPrime + periodCode(obs.period(row));
    key = key * kPrime + (quint64(obs.qualifier(row)) << 1 | quint64(obs.derived(row)));
    key = key * kPrime + quint64(obs.indicatorKey(row));
    key = key * kPrime + quint64(obs.subjectKey(row));
    return key * kPrime + quint64(obs.sourceKey(row));
}

void IndicatorValues::reset(const Workspace &ws, QHash<QString, QList<int>> *rows)
{
    const ObservationStore &obs = ws.observations;
    const int n = obs.size();
    m_size = n;
    m_indicators.clear();
    m_indicators.reserve(ws.indicators.size());
    m_blocks = QList<quint64>((n + kBlock - 1) / kBlock, 0);
    m_blockIndicators = QList<QSet<int>>(m_blocks.size());
    Summary *run = nullptr; // pointers into the hashes stay valid until their next insertion, which is here
    QList<int> *runRows = nullptr;
    forEachRow(obs, 0, n, [&](int i, bool newRun) {
        if (newRun) {
            run = &m_indicators[obs.indicator(i)];
            if (rows)
                runRows = &(*rows)[obs.indicator(i)];
        }
        if (run->count++ == 0)
            run->first = i;
        run->last = i;
        run->fingerprint = run->fingerprint * kPrime + rowKey(obs, i); // in order: a reordering shows
        if (runRows)
            runRows->append(i);
        const int block = i / kBlock;
        if (newRun || i % kBlock == 0)
            m_blockIndicators[block].insert(obs.indicatorKey(i));
        m_blocks[block] = m_blocks[block] * kPrime + rowKey(obs, i);
    });
}

quint64 IndicatorValues::blockFingerprint(const ObservationStore &obs, int block)
{
    quint64 print = 0;
    const int end = std::min(obs.size(), (block + 1) * kBlock);
    for (int i = block * kBlock; i < end; ++i)
        print = print * kPrime + rowKey(obs, i);
    return print;
}

QSet<int> IndicatorValues::indicatorsOfBlock(const ObservationStore &obs, int block)
{
    QSet<int> keys;
    forEachRow(obs, block * kBlock, std::min(obs.size(), (block + 1) * kBlock), [&](int i, bool newRun) {
        if (newRun)
            keys.insert(obs.indicatorKey(i));
    });
    return keys;
}

QSet<QString> IndicatorValues::changedIndicators(const Workspace &ws)
{
    const ObservationStore &obs = ws.observations;
    QSet<QString> changed;
    if (obs.size() != m_size) { // values added or removed: rows moved, all are read
        const QHash<QString, Summary> before = m_indicators;
        reset(ws);
        for (auto it = m_indicators.cbegin(); it != m_indicators.cend(); ++it) {
            if (!before.value(it.key()).sameValues(it.value()))
                changed.insert(it.key());
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!m_indicators.contains(it.key()))
                changed.insert(it.key());
        }
        return changed;
    }

    // The same rows: the blocks that changed, and the indicators of their values before and after.
    // Keys of the pool are stable: a key read before names the same text now.
    QSet<int> touched;
    int from = m_size, to = 0;
    for (int b = 0; b < m_blocks.size(); ++b) {
        const quint64 print = blockFingerprint(obs, b);
        if (print == m_blocks[b])
            continue;
        m_blocks[b] = print;
        touched += m_blockIndicators[b];
        m_blockIndicators[b] = indicatorsOfBlock(obs, b);
        touched += m_blockIndicators[b];
        from = std::min(from, b * kBlock);
        to = std::max(to, std::min(m_size, (b + 1) * kBlock));
    }
    if (touched.isEmpty())
        return changed;

    // Their values read again, all of them: each lies between its indicator's first and last row
    // before, or in a changed block.
    QHash<int, Summary> now;
    for (int key : std::as_const(touched)) {
        now.insert(key, Summary());
        // The text of a key: the first row in a changed block that has it, or the summary's row.
        for (auto it = m_indicators.cbegin(); it != m_indicators.cend(); ++it) {
            if (it->count > 0 && obs.keyOf(it.key()) == key) {
                from = std::min(from, it->first);
                to = std::max(to, it->last + 1);
            }
        }
    }
    Summary *run = nullptr;
    QHash<int, QString> names; // key → indicator id, as found in the rows read
    forEachRow(obs, from, to, [&](int i, bool newRun) {
        if (newRun) {
            const auto it = now.find(obs.indicatorKey(i));
            run = it == now.end() ? nullptr : &it.value();
            if (run)
                names.insert(obs.indicatorKey(i), obs.indicator(i));
        }
        if (!run)
            return;
        if (run->count++ == 0)
            run->first = i;
        run->last = i;
        run->fingerprint = run->fingerprint * kPrime + rowKey(obs, i);
    });
    for (auto it = m_indicators.cbegin(); it != m_indicators.cend(); ++it) // indicators left with no value
        if (const int key = obs.keyOf(it.key()); now.contains(key) && !names.contains(key))
            names.insert(key, it.key());
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const QString id = names.value(it.key());
        if (id.isNull())
            continue;
        if (!m_indicators.value(id).sameValues(it.value()))
            changed.insert(id);
        if (it->count > 0)
            m_indicators.insert(id, it.value());
        else
            m_indicators.remove(id);
    }
    return changed;
}

QHash<QString, QList<int>> IndicatorValues::rowsOf(const Workspace &ws, const QSet<QString> &indicatorIds) const
{
    const ObservationStore &obs = ws.observations;
    QHash<QString, QList<int>> out;
    QHash<int, QList<int> *> byKey;
    int from = obs.size(), to = 0;
    for (const QString &id : indicatorIds) {
        const Summary s = m_indicators.value(id);
        if (s.count == 0)
            continue;
        from = std::min(from, s.first);
        to = std::max(to, s.last + 1);
        out[id].reserve(s.count);
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        byKey.insert(obs.keyOf(it.key()), &it.value());
    QList<int> *run = nullptr;
    forEachRow(obs, from, std::min(to, obs.size()), [&](int i, bool newRun) {
        if (newRun)
            run = byKey.value(obs.indicatorKey(i));
        if (run)
            run->append(i);
    });
    return out;
}

std::optional<Observation> latestValue(const Workspace &ws, const QList<int> &rows)
{
    return latestOf(ws, rows);
}

} // namespace cs
