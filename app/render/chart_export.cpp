// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/chart_export.h"

#include "render/chart_renderer.h"
#include "render/pdf_unicode_fix.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
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

QByteArray png(QCustomPlot *plot, const ExportOptions &o, QString *error)
{
    QImage image = plot->toPixmap(o.size.width(), o.size.height(), o.scale).toImage();
    if (image.isNull()) {
        if (error)
            *error = QStringLiteral("cannot draw the png figure: no memory for an image of %1×%2 pixels")
                         .arg(qRound(o.size.width() * o.scale))
                         .arg(qRound(o.size.height() * o.scale));
        return QByteArray();
    }
    const int dotsPerMeter = qRound(96.0 * o.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Flat-coloured charts compress almost as well at a fast zlib level; the default one spends
    // half of a headless export's time for a few per cent of size.
    writer.setQuality(80);
    if (writer.write(image))
        return bytes;
    if (error)
        *error = QStringLiteral("cannot encode the png figure: %1").arg(writer.errorString());
    return QByteArray();
}

// Every character the figure draws, read off the laid-out plot: texts, legend entries, axis
// labels and tick labels.
QString drawnText(QCustomPlot *plot)
{
    QString text = QStringLiteral(" \n");
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *t = qobject_cast<QCPItemText *>(plot->item(i)))
            text += t->text();
    for (QCPLayoutElement *e : plot->plotLayout()->elements(true)) {
        if (auto *t = qobject_cast<QCPTextElement *>(e))
            text += t->text();
        if (auto *legend = qobject_cast<QCPLegend *>(e))
            for (int i = 0; i < legend->itemCount(); ++i)
                if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
                    text += item->plottable()->name();
        if (auto *rect = qobject_cast<QCPAxisRect *>(e))
            for (QCPAxis *axis : rect->axes())
                text += axis->label() + axis->tickVectorLabels().join(QString());
    }
    return text;
}

// Where characters share a glyph, the one the figure draws is the one the PDF's text must give:
// 户 not 戶, 比 not ⽐, an en dash not a figure dash, a space not a tab.
ToUnicodeFix glyphAwareFix(const QString &drawn)
{
    QList<QRawFont> fonts;
    for (const QString &family : chartFontFamilies()) {
        for (bool bold : {false, true}) {
            QFont f(family);
            f.setPixelSize(12);
            f.setBold(bold);
            fonts << QRawFont::fromFont(f);
        }
    }
    QSet<char32_t> drawnSet;
    for (char32_t c : drawn.toUcs4())
        drawnSet.insert(c);
    auto glyph = [](const QRawFont &font, char32_t c) -> quint32 {
        const QList<quint32> g = font.glyphIndexesForString(QString::fromUcs4(&c, 1));
        return g.size() == 1 ? g.first() : 0;
    };
    QHash<QPair<int, quint32>, char32_t> byGlyph; // (font, glyph) → the drawn character; 0 when two share it
    for (char32_t d : drawnSet) {
        for (int i = 0; i < fonts.size(); ++i) {
            if (const quint32 g = glyph(fonts[i], d)) {
                const auto key = qMakePair(i, g);
                byGlyph.insert(key, byGlyph.contains(key) && byGlyph.value(key) != d ? 0 : d);
            }
        }
    }
    return [fonts, drawnSet, byGlyph, glyph](const QString &text) {
        QString out;
        for (char32_t c : text.toUcs4()) {
            char32_t d = c;
            for (int i = 0; i < fonts.size() && !drawnSet.contains(c) && d == c; ++i)
                if (const quint32 g = glyph(fonts[i], c))
                    d = byGlyph.value(qMakePair(i, g), c) ? byGlyph.value(qMakePair(i, g), c) : c;
            out += QString::fromUcs4(&d, 1);
        }
        return standardToUnicodeFix(out);
    };
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
    QByteArray fixed = fixPdfToUnicode(raw, glyphAwareFix(drawnText(plot)), nullptr, &fixError);
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
    case ExportFormat::Png: bytes = png(plot.get(), options, error); break;
    case ExportFormat::Pdf: bytes = pdf(plot.get(), model, options, error); break;
    case ExportFormat::Svg: bytes = svg(plot.get(), model, options); break;
    }
    if (bytes.isEmpty() && error && error->isEmpty())
        *error = QStringLiteral("cannot draw the %1 figure").arg(exportFormatName(format));
    return bytes;
}

bool exportChart(const Workspace &ws, const ChartSpec &spec, const ChartOptions &chartOptions,
                 const ExportOptions &options, const QString &path, QString *error, ExportFailure *failure)
{
    const auto failed = [&](ExportFailure why, const QString &message) {
        if (error)
            *error = message;
        if (failure)
            *failure = why;
        return false;
    };
    const std::optional<ExportFormat> format = exportFormatFromPath(path);
    if (!format)
        return failed(ExportFailure::Format, QStringLiteral("cannot tell the format from '%1': use .png, .pdf or .svg").arg(path));
    const ChartModel model = buildChartModel(ws, spec, options.lang, chartOptions);
    QString renderError;
    const QByteArray bytes = renderFigure(model, *format, options, &renderError);
    if (bytes.isEmpty())
        return failed(ExportFailure::Render, renderError);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(ExportFailure::Write, reason);
    }
    if (failure)
        *failure = ExportFailure::None;
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
