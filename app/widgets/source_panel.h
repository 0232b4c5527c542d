// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chart_model.h"
#include "render/chart_renderer.h"
#include "model/workspace.h"

#include <QCoreApplication>

namespace cs {

// The HTML of the source panel below the chart: where a number comes from, or what a subject
// holds.
class SourcePanelText
{
    Q_DECLARE_TR_FUNCTIONS(SourcePanelText)
public:
    // The point's indicator, value, period, quote and source; a hint when no point is chosen.
    static QString forPoint(const Workspace &ws, const Observation *o, const ChartModel &chart, PointRef ref, Lang lang);
    // The subject's indicators.
    static QString forSubject(const Workspace &ws, const Subject &subject, Lang lang);
};

} // namespace cs
