// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chart_model.h"
#include "model/workspace.h"

#include <QSize>
#include <QString>
#include <optional>

class QCustomPlot;

namespace cs {

enum class ExportFormat { Png, Pdf, Svg };
std::optional<ExportFormat> exportFormatFromPath(const QString &path); // by extension
std::optional<ExportFormat> exportFormatFromName(const QString &name); // "png", "pdf", "svg"
QString exportFormatName(ExportFormat f);

struct ExportOptions {
    QSize size{800, 500}; // logical pixels (1 px = 1/96 inch)
    double scale = 2;     // PNG pixels per logical pixel; the PNG records 96·scale DPI
    Lang lang = Lang::Zh;
    bool includeTitle = true;
    bool includeSource = true;
};

// Size presets of the export dialog: logical size and scale.
struct ExportPreset {
    const char *id;
    QSize size;
    double scale;
};
const QList<ExportPreset> &exportPresets(); // screen, social, journal single and double column

// Draws the chart into the figure's bytes through the one renderer, at the given size.
// PNG: (W·scale)×(H·scale) pixels with its DPI; PDF: vector, page = figure, fonts embedded,
// text that extracts exactly; SVG: text kept as text, width/height/viewBox set.
QByteArray renderFigure(const ChartModel &model, ExportFormat format, const ExportOptions &options, QString *error);

// Why an export failed: the path names no format, the figure could not be drawn (an internal
// failure), or the file could not be written.
enum class ExportFailure { None, Format, Render, Write };

// Exports to `path` atomically (a temporary file renamed into place): a failure leaves no file.
bool exportChart(const Workspace &ws, const ChartSpec &spec, const ChartOptions &chartOptions,
                 const ExportOptions &options, const QString &path, QString *error,
                 ExportFailure *failure = nullptr);

// A PNG and an SVG of the chart for the clipboard.
void copyChartToClipboard(const ChartModel &model, const ExportOptions &options);

} // namespace cs
