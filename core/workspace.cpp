// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

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

} // namespace cs
