// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"

#include <QString>
#include <optional>

namespace cs {

// How far a figure is from the body that published it.
enum class Confidence {
    Primary,      // the original publication
    OfficialCopy, // a government page, read through a copy or translation
    Secondary,    // a news report or blog quoting an official figure
    Derived,      // computed by Clusterscope from other figures
};

QString confidenceId(Confidence c); // "primary", "official-copy", "secondary", "derived"
std::optional<Confidence> confidenceFromId(const QString &id);
struct Source;
// The name a source line shows: the short label, else the publisher, else the title.
QString sourceShortName(const Source &s, Lang lang);
LocalizedText confidenceName(Confidence c);
// Lower is more trustworthy: primary 0 … derived 3.
inline int confidenceRank(Confidence c) { return static_cast<int>(c); }

// Where figures come from.
struct Source {
    QString id;
    QString title;
    LocalizedText label; // a short name for a chart's source line: 新华社 / Xinhua; empty: the publisher
    QString publisher;
    QString date;      // YYYY-MM-DD or YYYY-MM, empty when unknown
    QString reference; // URL, file or citation
    Confidence confidence = Confidence::Primary;
    QString note;

    friend bool operator==(const Source &a, const Source &b)
    {
        return a.id == b.id && a.title == b.title && a.label == b.label && a.publisher == b.publisher && a.date == b.date
            && a.reference == b.reference && a.confidence == b.confidence && a.note == b.note;
    }
};

} // namespace cs
