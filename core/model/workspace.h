// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chart_spec.h"
#include "model/indicator.h"
#include "model/observation.h"
#include "model/observation_store.h"
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
    static constexpr int kFormatVersion = 2; // JSON: 2 adds values' subjects and source rows

    LocalizedText title;
    QList<Source> sources;
    QList<Subject> subjects;
    Taxonomy taxonomy;
    QList<Indicator> indicators;
    ObservationStore observations;
    QList<ChartSpec> charts;

    const Source *source(const QString &id) const;
    const Subject *subject(const QString &id) const;
    const Indicator *indicator(const QString &id) const;
    // The row of the first observation with this id; a scan (WorkspaceIndex looks up in constant time).
    std::optional<int> observationRow(const QString &id) const;
    std::optional<Observation> observation(const QString &id) const;
    const ChartSpec *chart(const QString &id) const;
    // The rows of an indicator's observations, in workspace order; a scan.
    QList<int> observationsOf(const QString &indicatorId) const;
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
    std::optional<int> observationRow(const QString &id) const;
    // The rows of an indicator's observations, in workspace order.
    QList<int> observationsOf(const QString &indicatorId) const; // (built on first use: validation needs none)
    bool hasParts(const QString &indicatorId) const { return m_totals.contains(indicatorId); }
    bool hasAnyParts() const { return !m_totals.isEmpty(); }

private:
    QHash<QString, const Source *> m_sources;
    QHash<QString, const Subject *> m_subjects;
    QHash<QString, const Indicator *> m_indicators;
    const Workspace *m_ws;
    mutable QHash<quint64, int> m_observations; // idKey → first row with that id, built on first use
    mutable bool m_observationsBuilt = false;
    void buildByIndicator() const;
    mutable QHash<QString, QList<int>> m_byIndicator;
    mutable bool m_byIndicatorBuilt = false;
    QSet<QString> m_totals;
};

} // namespace cs
