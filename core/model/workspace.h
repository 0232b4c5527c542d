// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chart_spec.h"
#include "model/indicator.h"
#include "model/observation.h"
#include "model/source.h"
#include "model/subject.h"
#include "model/taxonomy.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace cs {

// Everything a user works with: sources, subjects, the cluster taxonomy, indicators, their
// observations, and chart definitions. Lookups return nullptr when the id is unknown.
struct Workspace {
    static constexpr int kFormatVersion = 1;

    LocalizedText title;
    QList<Source> sources;
    QList<Subject> subjects;
    Taxonomy taxonomy;
    QList<Indicator> indicators;
    QList<Observation> observations;
    QList<ChartSpec> charts;

    const Source *source(const QString &id) const;
    const Subject *subject(const QString &id) const;
    const Indicator *indicator(const QString &id) const;
    const Observation *observation(const QString &id) const;
    const ChartSpec *chart(const QString &id) const;
    QList<const Observation *> observationsOf(const QString &indicatorId) const;
    // Indicators whose `partOf` is `totalId`, in workspace order.
    QList<const Indicator *> partsOf(const QString &totalId) const;

    friend bool operator==(const Workspace &a, const Workspace &b)
    {
        return a.title == b.title && a.sources == b.sources && a.subjects == b.subjects && a.taxonomy == b.taxonomy
            && a.indicators == b.indicators && a.observations == b.observations && a.charts == b.charts;
    }
};

// Lookups by id in constant time, and each indicator's observations, for work over large
// workspaces (a million imported values). Valid while the workspace is not changed.
class WorkspaceIndex
{
public:
    explicit WorkspaceIndex(const Workspace &ws);
    const Source *source(const QString &id) const { return m_sources.value(id); }
    const Subject *subject(const QString &id) const { return m_subjects.value(id); }
    const Indicator *indicator(const QString &id) const { return m_indicators.value(id); }
    const Observation *observation(const QString &id) const { return m_observations.value(id); }
    QList<const Observation *> observationsOf(const QString &indicatorId) const { return m_byIndicator.value(indicatorId); }
    bool hasParts(const QString &indicatorId) const { return m_totals.contains(indicatorId); }

private:
    QHash<QString, const Source *> m_sources;
    QHash<QString, const Subject *> m_subjects;
    QHash<QString, const Indicator *> m_indicators;
    QHash<QString, const Observation *> m_observations;
    QHash<QString, QList<const Observation *>> m_byIndicator;
    QSet<QString> m_totals;
};

} // namespace cs
