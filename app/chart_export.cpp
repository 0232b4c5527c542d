// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_export.h"

#include "chart_renderer.h"
#include "pdf_unicode_fix.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace cs {

namespace {

constexpr double kPointsPerPixel = 72.0 / 96.0;

// An offscreen plot drawing `model` at the figure's logical size.
std::unique_ptr<QCustomPlot> plotFor(const ChartModel &model, const ExportOptions &options)
{
    auto plot = std::make_unique<QCustomPlot>();
    plot->setAttribute(Qt::WA_DontShowOnScreen);
    plot->resize(options.size);
    plot->setAntialiasedElements(QCP::aeAll);
    ChartStyle style = ChartStyle::light();
    style.includeTitle = options.includeTitle;
    style.includeSource = options.includeSource;
    style.interactive = false;
    renderChart(plot.get(), model, style);
    return plot;
}

QByteArray png(QCustomPlot *plot, const ExportOptions &o)
{
    QImage image = plot->toPixmap(o.size.width(), o.size.height(), o.scale).toImage();
    const int dotsPerMeter = qRound(96.0 * o.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    return writer.write(image) ? bytes : QByteArray();
}

QByteArray pdf(QCustomPlot *plot, const ChartModel &model, const ExportOptions &o, QString *error)
{
    QByteArray raw;
    {
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Clusterscope " CLUSTERSCOPE_VERSION));
        writer.setTitle(model.title);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(o.size) * kPointsPerPixel, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QCPPainter painter(&writer);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        painter.setWindow(0, 0, o.size.width(), o.size.height());
        plot->toPainter(&painter, o.size.width(), o.size.height());
        painter.end();
    }
    QString fixError;
    QByteArray fixed = fixPdfToUnicode(raw, nullptr, &fixError);
    if (fixed.isEmpty() && error)
        *error = QStringLiteral("cannot post-process the PDF: %1").arg(fixError);
    return fixed;
}

QByteArray svg(QCustomPlot *plot, const ChartModel &model, const ExportOptions &o)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(o.size);
    generator.setViewBox(QRect(QPoint(0, 0), o.size));
    generator.setResolution(96);
    generator.setTitle(model.title);
    generator.setDescription(model.sourceLine);
    QCPPainter painter(&generator);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, o.size.width(), o.size.height());
    painter.end();
    // QSvgGenerator gives the size in millimetres; state it in pixels, the figure's own unit.
    static const QRegularExpression size(QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\""));
    QString text = QString::fromUtf8(bytes);
    text.replace(size, QStringLiteral("<svg width=\"%1\" height=\"%2\"").arg(o.size.width()).arg(o.size.height()));
    return text.toUtf8();
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return ExportFormat::Png;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("svg"))
        return ExportFormat::Svg;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const QString &path)
{
    return exportFormatFromName(QFileInfo(path).suffix());
}

QString exportFormatName(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Svg: return QStringLiteral("svg");
    }
    return {};
}

const QList<ExportPreset> &exportPresets()
{
    // Journal columns: 85 mm and 180 mm wide at 300 dpi; the logical width is the physical width
    // at 96 px per inch, so 12 px text prints at 9 pt.
    static const QList<ExportPreset> presets = {
        {"screen", QSize(800, 500), 2},
        {"social", QSize(1200, 628), 1},
        {"journal-single", QSize(321, 241), 300.0 / 96.0},
        {"journal-double", QSize(680, 425), 300.0 / 96.0},
    };
    return presets;
}

QByteArray renderFigure(const ChartModel &model, ExportFormat format, const ExportOptions &options, QString *error)
{
    const std::unique_ptr<QCustomPlot> plot = plotFor(model, options);
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Png: bytes = png(plot.get(), options); break;
    case ExportFormat::Pdf: bytes = pdf(plot.get(), model, options, error); break;
    case ExportFormat::Svg: bytes = svg(plot.get(), model, options); break;
    }
    if (bytes.isEmpty() && error && error->isEmpty())
        *error = QStringLiteral("cannot draw the %1 figure").arg(exportFormatName(format));
    return bytes;
}

bool exportChart(const Workspace &ws, const ChartSpec &spec, const ChartOptions &chartOptions,
                 const ExportOptions &options, const QString &path, QString *error)
{
    const std::optional<ExportFormat> format = exportFormatFromPath(path);
    if (!format) {
        if (error)
            *error = QStringLiteral("cannot tell the format from '%1': use .png, .pdf or .svg").arg(path);
        return false;
    }
    const ChartModel model = buildChartModel(ws, spec, options.lang, chartOptions);
    const QByteArray bytes = renderFigure(model, *format, options, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

void copyChartToClipboard(const ChartModel &model, const ExportOptions &options)
{
    auto *mime = new QMimeData;
    const std::unique_ptr<QCustomPlot> plot = plotFor(model, options);
    mime->setImageData(plot->toPixmap(options.size.width(), options.size.height(), options.scale).toImage());
    mime->setData(QStringLiteral("image/svg+xml"), svg(plot.get(), model, options));
    mime->setText(model.title + QLatin1Char('\n') + model.sourceLine);
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace cs
