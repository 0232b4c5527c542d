// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/taxonomy.h"

namespace cs {

int Taxonomy::clusterCount() const
{
    int n = 0;
    for (const ClusterCategory &c : categories)
        n += c.clusters.size();
    return n;
}

TaxonomyNode Taxonomy::find(const QString &id) const
{
    for (const ClusterCategory &cat : categories) {
        if (cat.id == id)
            return {TaxonomyNode::Kind::Category, cat.id, cat.name, QString()};
        for (const Cluster &cl : cat.clusters) {
            if (cl.id == id)
                return {TaxonomyNode::Kind::Cluster, cl.id, cl.name, cat.id};
        }
    }
    for (const Cluster &f : futureIndustries) {
        if (f.id == id)
            return {TaxonomyNode::Kind::FutureIndustry, f.id, f.name, QString()};
    }
    return {};
}

} // namespace cs
