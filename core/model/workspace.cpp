// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/workspace.h"

namespace cs {

namespace {
template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

const Source *Workspace::source(const QString &id) const { return findById(sources, id); }
const Subject *Workspace::subject(const QString &id) const { return findById(subjects, id); }
const Indicator *Workspace::indicator(const QString &id) const { return findById(indicators, id); }
std::optional<int> Workspace::observationRow(const QString &id) const
{
    const std::optional<quint64> key = observations.idKeyOf(id);
    for (int i = 0; key && i < observations.size(); ++i) {
        if (observations.idKey(i) == *key)
            return i;
    }
    return std::nullopt;
}

std::optional<Observation> Workspace::observation(const QString &id) const
{
    const std::optional<int> row = observationRow(id);
    return row ? std::optional<Observation>(observations.at(*row)) : std::nullopt;
}
const ChartSpec *Workspace::chart(const QString &id) const { return findById(charts, id); }

QList<int> Workspace::observationsOf(const QString &indicatorId) const
{
    QList<int> out;
    const int key = observations.keyOf(indicatorId);
    for (int i = 0; key >= 0 && i < observations.size(); ++i) {
        if (observations.indicatorKey(i) == key)
            out.append(i);
    }
    return out;
}

QList<const Indicator *> Workspace::partsOf(const QString &totalId) const
{
    QList<const Indicator *> out;
    for (const Indicator &i : indicators) {
        if (!totalId.isEmpty() && i.partOf == totalId)
            out.append(&i);
    }
    return out;
}

WorkspaceIndex::WorkspaceIndex(const Workspace &ws) : m_ws(&ws)
{
    // The first of duplicate ids wins, as in Workspace's own lookups.
    auto first = [](auto &hash, const QString &id, auto *value) {
        if (!hash.contains(id))
            hash.insert(id, value);
    };
    for (const Source &s : ws.sources)
        first(m_sources, s.id, &s);
    for (const Subject &s : ws.subjects)
        first(m_subjects, s.id, &s);
    for (const Indicator &i : ws.indicators) {
        first(m_indicators, i.id, &i);
        if (!i.partOf.isEmpty())
            m_totals.insert(i.partOf);
    }
}

QList<int> WorkspaceIndex::observationsOf(const QString &indicatorId) const
{
    if (!m_byIndicatorBuilt) {
        buildByIndicator();
        m_byIndicatorBuilt = true;
    }
    return m_byIndicator.value(indicatorId);
}

void WorkspaceIndex::buildByIndicator() const
{
    // Indicator key → rows, by the store's keys (no string hashing per value): counted first, so
    // that each list is allocated once at its size and filled in place (grown by doubling, ten
    // million rows would touch twice their memory).
    const ObservationStore &obs = m_ws->observations;
    std::vector<int> counts(size_t(obs.keyCount()), 0);
    for (int i = 0; i < obs.size(); ++i)
        ++counts[size_t(obs.indicatorKey(i))];
    std::vector<QList<int>> byKey(counts.size());
    std::vector<int *> next(counts.size(), nullptr);
    for (size_t k = 0; k < counts.size(); ++k)
        if (counts[k] > 0) {
            byKey[k].resize(counts[k]);
            next[k] = byKey[k].data();
        }
    for (int i = 0; i < obs.size(); ++i)
        *next[size_t(obs.indicatorKey(i))]++ = i;
    for (size_t k = 0; k < byKey.size(); ++k)
        if (!byKey[k].isEmpty())
            m_byIndicator.insert(obs.indicator(byKey[k].first()), std::move(byKey[k]));
}

std::optional<int> WorkspaceIndex::observationRow(const QString &id) const
{
    const ObservationStore &obs = m_ws->observations;
    if (!m_observationsBuilt) {
        m_observations.reserve(obs.size());
        for (int i = obs.size() - 1; i >= 0; --i) // the first of duplicate ids wins
            m_observations.insert(obs.idKey(i), i);
        m_observationsBuilt = true;
    }
    const std::optional<quint64> key = obs.idKeyOf(id);
    const auto it = key ? m_observations.constFind(*key) : m_observations.constEnd();
    return it == m_observations.constEnd() ? std::nullopt : std::optional<int>(it.value());
}

} // namespace cs
