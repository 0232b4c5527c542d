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
const Observation *Workspace::observation(const QString &id) const { return findById(observations, id); }
const ChartSpec *Workspace::chart(const QString &id) const { return findById(charts, id); }

QList<const Observation *> Workspace::observationsOf(const QString &indicatorId) const
{
    QList<const Observation *> out;
    for (const Observation &o : observations) {
        if (o.indicator == indicatorId)
            out.append(&o);
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

WorkspaceIndex::WorkspaceIndex(const Workspace &ws)
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
    m_observations.reserve(ws.observations.size());
    for (const Observation &o : ws.observations) {
        first(m_observations, o.id, &o);
        m_byIndicator[o.indicator].append(&o);
    }
}

} // namespace cs
