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

// The fields of a value that its indicator's row depends on, besides its texts: the value, its
// period, qualifier and derivation (which value is latest, and how it reads).
quint64 fieldsKey(const Observation &o)
{
    const quint64 period = (quint64(o.period.granularity()) << 56) ^ (quint64(quint32(o.period.year())) << 32)
                         ^ (quint64(quint16(o.period.firstIndex())) << 16) ^ quint64(quint16(o.period.lastIndex()));
    quint64 key = bitsOf(o.value);
    key = key * kPrime + period;
    return key * kPrime + (quint64(o.qualifier) << 1 | quint64(o.derived));
}

// The same and where its indicator's and source's texts are, without reading them. A text that
// changed is at another address than the text it replaced, as long as that one still exists; and
// it does until the next call: an edit, an undo or a redo puts in a copy of a value its undo step
// holds, and the step holds the value it replaced too (each keeps its state before and after).
quint64 placeKey(const Observation &o)
{
    quint64 key = fieldsKey(o);
    key = key * kPrime + quint64(quintptr(o.indicator.constData())) + quint64(o.indicator.size());
    return key * kPrime + quint64(quintptr(o.source.constData())) + quint64(o.source.size());
}

bool sameText(const QString &a, const QString &b)
{
    return a.constData() == b.constData() ? a.size() == b.size() : a == b;
}

// The source's hash, computed again only when the text differs from the last value's (the values
// of an indicator mostly share a source).
class SourceHash
{
public:
    quint64 operator()(const QString &source)
    {
        if (!m_last || !sameText(source, *m_last))
            m_hash = qHash(source);
        m_last = &source;
        return m_hash;
    }

private:
    const QString *m_last = nullptr;
    quint64 m_hash = 0;
};

// The fields and the source's text (which of two values at one period is preferred).
quint64 contentKey(const Observation &o, SourceHash &sourceHash)
{
    return fieldsKey(o) * kPrime + sourceHash(o.source);
}

// Runs of values of one indicator (an indicator's values usually lie together): an indicator is
// looked up once per run, not once per value.
template<class Visit>
void forEachValue(const Workspace &ws, qsizetype from, qsizetype to, Visit visit)
{
    const QString *runId = nullptr;
    for (qsizetype i = from; i < to; ++i) {
        const Observation &o = ws.observations[i];
        visit(i, o, !runId || !sameText(o.indicator, *runId));
        runId = &o.indicator;
    }
}

} // namespace

void IndicatorValues::reset(const Workspace &ws, QHash<QString, QList<const Observation *>> *values)
{
    const qsizetype n = ws.observations.size();
    m_size = n;
    m_indicators.clear();
    m_indicators.reserve(ws.indicators.size());
    m_blocks = QList<quint64>((n + kBlock - 1) / kBlock, 0);
    m_blockIndicators = QList<QStringList>(m_blocks.size());
    Summary *run = nullptr; // pointers into the hashes stay valid until their next insertion, which is here
    QList<const Observation *> *runValues = nullptr;
    SourceHash sourceHash;
    forEachValue(ws, 0, n, [&](qsizetype i, const Observation &o, bool newRun) {
        if (newRun) {
            run = &m_indicators[o.indicator];
            if (values)
                runValues = &(*values)[o.indicator];
        }
        if (run->count++ == 0)
            run->first = i;
        run->last = i;
        run->fingerprint = run->fingerprint * kPrime + contentKey(o, sourceHash); // in order: a reordering shows
        if (runValues)
            runValues->append(&o);
        const qsizetype block = i / kBlock;
        if (newRun || i % kBlock == 0)
            m_blockIndicators[block].append(o.indicator);
        m_blocks[block] = m_blocks[block] * kPrime + placeKey(o);
    });
}

quint64 IndicatorValues::blockFingerprint(const Workspace &ws, qsizetype block)
{
    quint64 print = 0;
    const qsizetype end = std::min(ws.observations.size(), (block + 1) * kBlock);
    for (qsizetype i = block * kBlock; i < end; ++i)
        print = print * kPrime + placeKey(ws.observations[i]);
    return print;
}

QSet<QString> IndicatorValues::indicatorsOfBlock(const Workspace &ws, qsizetype block)
{
    QSet<QString> ids;
    forEachValue(ws, block * kBlock, std::min(ws.observations.size(), (block + 1) * kBlock),
                 [&](qsizetype, const Observation &o, bool newRun) {
                     if (newRun)
                         ids.insert(o.indicator);
                 });
    return ids;
}

QSet<QString> IndicatorValues::changedIndicators(const Workspace &ws)
{
    QSet<QString> changed;
    if (ws.observations.size() != m_size) { // values added or removed: positions moved, all are read
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

    // The same positions: the blocks that changed, and the indicators of their values before and after.
    QSet<QString> touched;
    qsizetype from = m_size, to = 0;
    for (qsizetype b = 0; b < m_blocks.size(); ++b) {
        const quint64 print = blockFingerprint(ws, b);
        if (print == m_blocks[b])
            continue;
        m_blocks[b] = print;
        for (const QString &id : std::as_const(m_blockIndicators[b]))
            touched.insert(id);
        const QSet<QString> now = indicatorsOfBlock(ws, b);
        touched += now;
        m_blockIndicators[b] = QStringList(now.cbegin(), now.cend());
        from = std::min(from, b * kBlock);
        to = std::max(to, std::min(m_size, (b + 1) * kBlock));
    }
    if (touched.isEmpty())
        return changed;

    // Their values read again, all of them: each lies between its indicator's first and last
    // position before, or in a changed block.
    QHash<QString, Summary> now;
    for (const QString &id : std::as_const(touched)) {
        now.insert(id, Summary());
        if (const Summary before = m_indicators.value(id); before.count > 0) {
            from = std::min(from, before.first);
            to = std::max(to, before.last + 1);
        }
    }
    Summary *run = nullptr;
    SourceHash sourceHash;
    forEachValue(ws, from, to, [&](qsizetype i, const Observation &o, bool newRun) {
        if (newRun) {
            const auto it = now.find(o.indicator);
            run = it == now.end() ? nullptr : &it.value();
        }
        if (!run)
            return;
        if (run->count++ == 0)
            run->first = i;
        run->last = i;
        run->fingerprint = run->fingerprint * kPrime + contentKey(o, sourceHash);
    });
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!m_indicators.value(it.key()).sameValues(it.value()))
            changed.insert(it.key());
        if (it->count > 0)
            m_indicators.insert(it.key(), it.value());
        else
            m_indicators.remove(it.key());
    }
    return changed;
}

QHash<QString, QList<const Observation *>> IndicatorValues::valuesOf(const Workspace &ws, const QSet<QString> &indicatorIds) const
{
    QHash<QString, QList<const Observation *>> out;
    qsizetype from = ws.observations.size(), to = 0;
    for (const QString &id : indicatorIds) {
        const Summary s = m_indicators.value(id);
        if (s.count == 0)
            continue;
        from = std::min(from, s.first);
        to = std::max(to, s.last + 1);
        out[id].reserve(s.count);
    }
    QList<const Observation *> *run = nullptr;
    forEachValue(ws, from, std::min(to, ws.observations.size()), [&](qsizetype, const Observation &o, bool newRun) {
        if (newRun) {
            const auto it = out.find(o.indicator);
            run = it == out.end() ? nullptr : &it.value();
        }
        if (run)
            run->append(&o);
    });
    return out;
}

const Observation *latestValue(const Workspace &ws, const QList<const Observation *> &values)
{
    // indicatorSeries keeps, at each dated period, the first of the most preferred values, and
    // sorts the periods: its last point is that value at the greatest period.
    const Observation *latest = nullptr;
    for (const Observation *o : values) {
        if (!o->period.isValid())
            continue;
        if (!latest || latest->period < o->period)
            latest = o;
        else if (o->period == latest->period && observationPreference(ws, *o) < observationPreference(ws, *latest))
            latest = o;
    }
    return latest ? latest : (values.isEmpty() ? nullptr : values.first());
}

} // namespace cs
