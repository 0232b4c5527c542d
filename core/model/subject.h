// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"

#include <QString>
#include <optional>

namespace cs {

enum class SubjectKind { Region, Company, Place, Cluster, Category };

QString subjectKindId(SubjectKind k); // "region", "company", "place", "cluster", "category"
std::optional<SubjectKind> subjectKindFromId(const QString &id);

// What a value is about: Shenzhen, BYD, Guangming Science City, a cluster.
struct Subject {
    QString id;
    SubjectKind kind = SubjectKind::Region;
    LocalizedText name;
    QString parent; // a containing subject, e.g. a place within a region; may be empty

    friend bool operator==(const Subject &a, const Subject &b)
    {
        return a.id == b.id && a.kind == b.kind && a.name == b.name && a.parent == b.parent;
    }
};

} // namespace cs
