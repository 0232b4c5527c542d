// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>

namespace cs {

// The look of a chart: fonts and colours. The window follows the system palette; exports use
// the light style.
struct ChartStyle {
    QColor background;
    QColor foreground;
    QColor muted; // notes, source line, grid labels
    QColor grid;
    bool includeTitle = true;
    bool includeSource = true;
    bool interactive = true; // the window: hidden series keep a "click to show" legend entry

    static ChartStyle light();
    static ChartStyle fromPalette(const QPalette &palette);
};

// Chart text is set in Open Sans for Latin letters and digits and in the Simplified Chinese face
// Noto Sans CJK SC for Chinese (never the Japanese default that fontconfig may otherwise pick).
// Latin text shaped inside the CJK font gets digit glyphs that a PDF cannot map back to text.
QString chartFontFamily();        // the Chinese face
QStringList chartFontFamilies();  // the Latin face first, then the Chinese face
QFont chartFont(qreal pixelSize, bool bold = false);

// Okabe–Ito: eight colours colour-blind readers can tell apart (yellow last: weak on white).
const QList<QColor> &okabeIto();
QColor seriesColor(int index);
QColor emphasisColor(); // vermillion, for reference values

} // namespace cs
