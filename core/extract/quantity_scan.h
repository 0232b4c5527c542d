// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/unit_words.h"

#include <QString>
#include <QStringView>

namespace cs::extract::scan {

// Helpers shared by the quantity and range scanners (internal to extraction).

qsizetype skipSpaces(QStringView t, qsizetype p, int most);
// End of `word` matched at `p` (traditional forms folded, spaces between characters skipped,
// Latin case-insensitive and whole-word), or -1. `more` (optional) is set when 个多/个余 was read through.
qsizetype matchWord(QStringView t, qsizetype p, QStringView word, bool *more);

struct UnitMatch {
    qsizetype end = -1;
    const unitwords::UnitWord *word = nullptr;
    bool more = false; // 3个多月
};
UnitMatch longestUnit(QStringView t, qsizetype p);

// Clusterscope's id for a unit as written; sets `scale` (1e8 for 亿元). Custom when unknown.
QString resolveUnitId(const QString &unitText, const char *hint, double multiplier, double *scale);
// text[b, e) without spaces, traditional and full-width forms folded.
QString normalisedText(QStringView t, qsizetype b, qsizetype e);
bool isClauseStart(QStringView t, qsizetype p);
bool nonNumberWordAt(QStringView t, qsizetype pos);
bool durationWordBefore(QStringView t, qsizetype pos);

} // namespace cs::extract::scan
