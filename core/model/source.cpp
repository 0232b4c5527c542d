// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/source.h"
#include "model/enum_ids.h"

namespace cs {

QString confidenceId(Confidence c)
{
    switch (c) {
    case Confidence::Primary: return QStringLiteral("primary");
    case Confidence::OfficialCopy: return QStringLiteral("official-copy");
    case Confidence::Secondary: return QStringLiteral("secondary");
    case Confidence::Derived: return QStringLiteral("derived");
    }
    return {};
}

std::optional<Confidence> confidenceFromId(const QString &id)
{
    return enumFromId(id, {Confidence::Primary, Confidence::OfficialCopy, Confidence::Secondary, Confidence::Derived},
                      confidenceId);
}

LocalizedText confidenceName(Confidence c)
{
    switch (c) {
    case Confidence::Primary: return {QStringLiteral("原始来源"), QStringLiteral("primary")};
    case Confidence::OfficialCopy: return {QStringLiteral("官方转载"), QStringLiteral("official copy")};
    case Confidence::Secondary: return {QStringLiteral("二手来源"), QStringLiteral("secondary")};
    case Confidence::Derived: return {QStringLiteral("推算"), QStringLiteral("derived")};
    }
    return {};
}

QString sourceShortName(const Source &s, Lang lang)
{
    const QString label = s.label.text(lang);
    if (!label.isEmpty())
        return label;
    return s.publisher.isEmpty() ? s.title : s.publisher;
}

} // namespace cs
