// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/subject.h"
#include "model/enum_ids.h"

namespace cs {

QString subjectKindId(SubjectKind k)
{
    switch (k) {
    case SubjectKind::Region: return QStringLiteral("region");
    case SubjectKind::Company: return QStringLiteral("company");
    case SubjectKind::Place: return QStringLiteral("place");
    case SubjectKind::Cluster: return QStringLiteral("cluster");
    case SubjectKind::Category: return QStringLiteral("category");
    }
    return {};
}

std::optional<SubjectKind> subjectKindFromId(const QString &id)
{
    return enumFromId(id, {SubjectKind::Region, SubjectKind::Company, SubjectKind::Place, SubjectKind::Cluster,
                           SubjectKind::Category},
                      subjectKindId);
}

} // namespace cs
