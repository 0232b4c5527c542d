// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/figure.h"
#include "model/indicator.h"
#include "model/observation.h"
#include "model/source.h"
#include "model/subject.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace cs {
struct Workspace;
}

namespace cs::extract {

// What accepting extracted figures adds to a workspace: the article as a Source, the subjects and
// indicators that do not exist yet, and one observation per figure (its quote the figure's
// sentence). Shared by `clusterscope --extract FILE -o OUT` and the window's Extract dialog, so
// both store a figure the same way.
struct FigureAdditions {
    Source source;                  // the article (confidence primary); its id unused in `ws`
    QList<Subject> subjects;        // new subjects, ids unused in `ws`
    QList<Indicator> indicators;    // new indicators, ids unused in `ws`
    QList<Observation> observations;// one per figure, in the figures' order (but see repeats)
    QList<int> figureOf;            // for each observation, the index of its figure in `figures`
    QStringList duplicates;         // for each observation that repeats a value already in `ws` (same
                                    // indicator, subject, period and value): a line saying which;
                                    // and for each figure left out as a repeat (below)
    QList<int> duplicateFigures;    // the indexes of the figures those lines are about
    QList<int> repeatedFigures;     // figures left out: an earlier figure of the same article gives
                                    // the same indicator, subject and period (the workspace's rules
                                    // allow one value per figure and source)
};

// Builds the additions for `figures` against `ws`: a figure whose subjectId/indicatorId is set
// uses that subject/indicator; otherwise one is made from its subject and indicator name, unit and
// measure (figures naming the same subject and indicator share it, and reuse a workspace
// indicator of that subject, name, unit and measure). A figure without a subject gets the subject
// "未指明" (unspecified), for the user to correct. A matched indicator of one subject keeps its
// subject; a matched panel indicator's value names the figure's subject. `source.id` may be
// empty: an id is made from the title or date.
FigureAdditions additionsForFigures(const Workspace &ws, const QList<Figure> &figures, const Source &source);

// Appends the additions to `ws` (source, subjects, indicators, observations).
void applyAdditions(Workspace &ws, const FigureAdditions &additions);

// The measure a figure is stored under, made to fit its unit when the extractor's guess does
// not (the workspace's rules refuse e.g. a level in %): a rate in % is a ratio, an amount a level.
// A change in percentage points fits no measure but a target; it becomes a level of a custom
// 个百分点 unit (`*unitId` is changed), so that the value still reads as written.
void fitMeasure(Measure *measure, QString *unitId);

// `value`, written in the unit `fromUnitId` (empty: a bare number, unit "number"), in the unit
// `toUnitId`: as is when the units are the same, converted when they convert (10393.39 亿元 →
// 103933900 万元), nullopt when they do not (% into 亿元): a value is stored in its indicator's unit.
std::optional<double> valueInUnit(double value, const QString &fromUnitId, const QString &toUnitId);

} // namespace cs::extract
