// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"

#include <QList>
#include <QString>

namespace cs {

struct Cluster {
    QString id;
    LocalizedText name;
    QString note;
    friend bool operator==(const Cluster &a, const Cluster &b) { return a.id == b.id && a.name == b.name && a.note == b.note; }
};

struct ClusterCategory {
    QString id;
    LocalizedText name;
    QList<Cluster> clusters;
    friend bool operator==(const ClusterCategory &a, const ClusterCategory &b)
    {
        return a.id == b.id && a.name == b.name && a.clusters == b.clusters;
    }
};

// A node of the taxonomy that an indicator can be attached to.
struct TaxonomyNode {
    enum class Kind { None, Category, Cluster, FutureIndustry };
    Kind kind = Kind::None;
    QString id;
    LocalizedText name;
    QString categoryId; // for a cluster: its category
    explicit operator bool() const { return kind != Kind::None; }
};

// An industrial-cluster taxonomy such as Shenzhen's "20+8" (2022 edition): categories holding
// clusters, plus future industries. The list is revised over time, so it carries its edition.
struct Taxonomy {
    QString id;
    QString edition; // "2022"
    LocalizedText title;
    QString source;  // source id
    QList<ClusterCategory> categories;
    QList<Cluster> futureIndustries;

    bool isEmpty() const { return categories.isEmpty() && futureIndustries.isEmpty(); }
    int clusterCount() const;
    TaxonomyNode find(const QString &id) const;

    friend bool operator==(const Taxonomy &a, const Taxonomy &b)
    {
        return a.id == b.id && a.edition == b.edition && a.title == b.title && a.source == b.source
            && a.categories == b.categories && a.futureIndustries == b.futureIndustries;
    }
};

} // namespace cs
