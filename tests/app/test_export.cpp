// SPDX-License-Identifier: GPL-3.0-or-later
// Chart export (issue #4): PNG, PDF and SVG figures of every default chart in both languages,
// the ToUnicode fix for CJK characters that share a glyph with a Kangxi radical, the window and
// the command line drawing the same picture, and the headless `--export` / `--export-all`
// commands with their exit codes and their promise to leave no file behind after a failure.
//
// The PDF checks use poppler-utils (pdftotext, pdffonts, pdfimages, pdfinfo) and qpdf when they
// are installed, and skip otherwise.
#include "render/chart_export.h"
#include "chart/chart_model.h"
#include "render/chart_style.h"
#include "default_workspace.h"
#include "widgets/main_window.h"
#include "render/pdf_unicode_fix.h"
#include "testutils.h"
#include "persist/workspace_json.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <string>

using cs::ExportFormat;
using cs::ExportOptions;
using cs::Lang;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }
std::string s(const QString &q) { return q.toStdString(); }

const char *const kDefaultCharts[] = {"sei-gdp-share", "sei-added-value", "growth-2023q1q3", "sei-categories-2023",
                                      "clusters-20-8"};

// ---------------------------------------------------------------------------------------------
// The embedded workspace

const cs::Workspace &workspace()
{
    static const cs::Workspace ws = [] {
        const cs::LoadResult r = cs::readWorkspace(cs::defaultWorkspaceJson());
        return r.workspace;
    }();
    return ws;
}

const cs::ChartSpec *chartSpec(const QString &id) { return workspace().chart(id); }

// ---------------------------------------------------------------------------------------------
// External tools

struct ToolRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    std::string describe() const
    {
        return "exit code " + std::to_string(exitCode) + "\n--- stdout ---\n" + out.left(3000).toStdString()
             + "\n--- stderr ---\n" + err.left(3000).toStdString();
    }
};

QString tool(const char *name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

// `inChild`, when set, runs in the child before the program starts (to set resource limits).
ToolRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                   const QString &workingDirectory = QString(), const std::function<void()> &inChild = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (inChild)
        p.setChildProcessModifier(inChild);
    p.setStandardInputFile(QProcess::nullDevice());
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, arguments);
    ToolRun r;
    if (!p.waitForStarted(30000))
        return r;
    r.finished = p.waitForFinished(120000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return runProgram(program, arguments, env);
}

#define REQUIRE_TOOL(var, name)                                                                                        \
    const QString var = tool(name);                                                                                    \
    if (var.isEmpty())                                                                                                 \
    GTEST_SKIP() << name << " is not installed"

// pdftotext's text of a PDF, UTF-8, in reading order.
QString pdfText(const QString &pdftotext, const QString &pdf)
{
    const ToolRun r = runTool(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 0) << "pdftotext " << s(pdf) << "\n" << r.describe();
    return QString::fromUtf8(r.out);
}

// Whether pdftotext's output holds `needle`, a text drawn on one line of the figure (a title, a
// value label): pdftotext gives such a line back whole, so it must be found within one line.
// (Joining pdftotext's lines would let the subtitle's "2023" complete a title whose own "2023"
// did not extract.)
bool textContains(const QString &text, const QString &needle) { return text.contains(needle); }

// The same for a text the figure may wrap over several lines (the source line): a line break is
// read either as a space, for Latin text, or as nothing, for Chinese.
bool textContainsAcrossLines(const QString &text, const QString &needle)
{
    static const QRegularExpression lineBreak(QStringLiteral("[ \\t]*[\\r\\n\\f]+[ \\t]*"));
    QString asSpace = text, asNothing = text;
    asSpace.replace(lineBreak, QStringLiteral(" "));
    asNothing.replace(lineBreak, QString());
    return text.contains(needle) || asSpace.contains(needle) || asNothing.contains(needle);
}

// The code points of `text` in U+2E80–U+2FDF (CJK radicals supplement, Kangxi radicals), as "U+2F50 ⽐".
QStringList radicalsIn(const QString &text)
{
    QStringList out;
    for (char32_t c : text.toUcs4()) {
        if (c >= 0x2E80 && c <= 0x2FDF)
            out << QStringLiteral("U+%1 %2").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper().arg(QString::fromUcs4(&c, 1));
    }
    return out;
}

// pdffonts: the rows' "emb" column, keyed by font name.
struct FontRow {
    QString name;
    QString emb;
};

QList<FontRow> pdfFonts(const QString &pdffonts, const QString &pdf)
{
    const ToolRun r = runTool(pdffonts, {pdf});
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<FontRow> rows;
    if (lines.size() < 2)
        return rows;
    // The second line is dashes, one group per column: the columns' spans.
    QList<QPair<int, int>> spans;
    static const QRegularExpression dashes(QStringLiteral("-+"));
    for (auto it = dashes.globalMatch(lines[1]); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans << qMakePair(int(m.capturedStart()), int(m.capturedLength()));
    }
    const int embColumn = int(lines[0].indexOf(QLatin1String("emb")));
    int emb = -1;
    for (int i = 0; i < spans.size(); ++i) {
        if (embColumn >= spans[i].first && embColumn < spans[i].first + spans[i].second)
            emb = i;
    }
    EXPECT_GE(emb, 0) << "no emb column in pdffonts' header:\n" << r.out.toStdString();
    if (emb < 0)
        return rows;
    for (int i = 2; i < lines.size(); ++i) {
        FontRow row;
        row.name = lines[i].mid(spans[0].first, spans[0].second).trimmed();
        row.emb = lines[i].mid(spans[emb].first, spans[emb].second).trimmed();
        rows << row;
    }
    return rows;
}

// pdfimages -list: the image rows (after the two header lines).
QStringList pdfImageRows(const QString &pdfimages, const QString &pdf)
{
    const ToolRun r = runTool(pdfimages, {QStringLiteral("-list"), pdf});
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_GE(lines.size(), 2) << "pdfimages -list printed no header:\n" << r.describe();
    return lines.mid(2);
}

// pdfinfo's "Page size: W x H pts".
std::optional<QSizeF> pdfPageSize(const QString &pdfinfo, const QString &pdf)
{
    const ToolRun r = runTool(pdfinfo, {pdf});
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    static const QRegularExpression re(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(r.out));
    if (!m.hasMatch())
        return std::nullopt;
    return QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
}

// Every entry of a directory, hidden ones too (QSaveFile's temporary files are named after the target).
QStringList entriesOf(const QString &dir)
{
    QStringList e = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    return e;
}

// ---------------------------------------------------------------------------------------------
// Exporting

// The directory every figure of this process is written to.
QString figureDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

QString exportTo(const QString &fileName, const cs::ChartSpec &spec, const ExportOptions &options, const cs::Workspace &ws)
{
    const QString path = QDir(figureDir()).filePath(fileName);
    QFile::remove(path);
    QString error;
    const bool ok = cs::exportChart(ws, spec, {}, options, path, &error);
    EXPECT_TRUE(ok) << s(path) << ": " << s(error);
    EXPECT_TRUE(QFileInfo(path).isFile()) << s(path);
    return ok ? path : QString();
}

QString exportDefault(const QString &chartId, Lang lang, ExportFormat format, ExportOptions options = {},
                      const QString &tag = QString())
{
    const cs::ChartSpec *spec = chartSpec(chartId);
    EXPECT_NE(spec, nullptr) << "no chart " << s(chartId) << " in the embedded workspace";
    if (!spec)
        return {};
    options.lang = lang;
    const QString name = chartId + QLatin1Char('-') + cs::langCode(lang) + tag + QLatin1Char('.') + cs::exportFormatName(format);
    return exportTo(name, *spec, options, workspace());
}

// ---------------------------------------------------------------------------------------------
// Running clusterscope as a script would: no display, no platform chosen for it.

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("QT_FONT_DPI")); // set for this test process only; a user's shell does not have it
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

ToolRun runCli(const QStringList &arguments, const QString &workingDirectory = QString(),
               const QProcessEnvironment &env = headlessEnvironment())
{
    return runProgram(QStringLiteral(CLUSTERSCOPE_BIN), arguments, env, workingDirectory);
}

#define ASSERT_CLI_EXIT(run, code)                                                                                         \
    do {                                                                                                               \
        ASSERT_TRUE((run).finished) << "clusterscope did not start or did not finish\n" << (run).describe();          \
        ASSERT_EQ((run).exitCode, (code)) << (run).describe();                                                         \
    } while (false)

// A usage or I/O error is one line on stderr.
#define EXPECT_ONE_LINE_ON_STDERR(run)                                                                                 \
    do {                                                                                                               \
        EXPECT_EQ((run).err.count('\n'), 1) << (run).describe();                                                       \
        EXPECT_TRUE((run).err.endsWith('\n')) << (run).describe();                                                     \
        EXPECT_GT((run).err.trimmed().size(), 0) << (run).describe();                                                  \
    } while (false)

// ---------------------------------------------------------------------------------------------
// Every default chart, in both languages

struct ChartCase {
    const char *chart;
    Lang lang;
};

void PrintTo(const ChartCase &c, std::ostream *os) { *os << c.chart << (c.lang == Lang::Zh ? " zh" : " en"); }

std::string caseName(const ::testing::TestParamInfo<ChartCase> &info)
{
    std::string name = info.param.chart;
    std::replace(name.begin(), name.end(), '-', '_');
    return name + (info.param.lang == Lang::Zh ? "_zh" : "_en");
}

std::vector<ChartCase> allCases()
{
    std::vector<ChartCase> cases;
    for (const char *chart : kDefaultCharts) {
        cases.push_back({chart, Lang::Zh});
        cases.push_back({chart, Lang::En});
    }
    return cases;
}

class Export : public ::testing::TestWithParam<ChartCase>
{
protected:
    QString chartId() const { return QString::fromLatin1(GetParam().chart); }
    Lang lang() const { return GetParam().lang; }
    QString title() const
    {
        const cs::ChartSpec *spec = chartSpec(chartId());
        return spec ? spec->title.text(lang()) : QString();
    }
    cs::ChartModel model() const
    {
        const cs::ChartSpec *spec = chartSpec(chartId());
        return spec ? cs::buildChartModel(workspace(), *spec, lang()) : cs::ChartModel();
    }
    QString sourceStart() const { return lang() == Lang::Zh ? u("来源：") : u("Source"); }
    QString path(ExportFormat format, const ExportOptions &options = {}, const QString &tag = QString()) const
    {
        return exportDefault(chartId(), lang(), format, options, tag);
    }
};

} // namespace

INSTANTIATE_TEST_SUITE_P(DefaultCharts, Export, ::testing::ValuesIn(allCases()), caseName);

TEST_P(Export, ChartIsInTheEmbeddedWorkspaceWithATitle)
{
    ASSERT_NE(chartSpec(chartId()), nullptr);
    EXPECT_FALSE(title().isEmpty());
    EXPECT_TRUE(model().emptyMessage.isEmpty()) << s(model().emptyMessage);
}

TEST_P(Export, PngIsTwiceTheLogicalSizeByDefault)
{
    const QString file = path(ExportFormat::Png);
    ASSERT_FALSE(file.isEmpty());
    const QImage image(file);
    ASSERT_FALSE(image.isNull()) << "QImage cannot read " << s(file);
    EXPECT_EQ(image.size(), QSize(800 * 2, 500 * 2));
}

TEST_P(Export, PngRecordsItsDpiByDefault)
{
    const QString file = path(ExportFormat::Png);
    ASSERT_FALSE(file.isEmpty());
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 96.0 * 2, 1.0) << "dots per metre " << image.dotsPerMeterX();
    EXPECT_NEAR(image.dotsPerMeterY() * 0.0254, 96.0 * 2, 1.0) << "dots per metre " << image.dotsPerMeterY();
}

TEST_P(Export, PngFollowsSizeAndScale)
{
    ExportOptions o;
    o.size = QSize(640, 400);
    o.scale = 1.5;
    const QString file = path(ExportFormat::Png, o, QStringLiteral("-640x400@1.5"));
    ASSERT_FALSE(file.isEmpty());
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(960, 600));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 96.0 * 1.5, 1.0) << "dots per metre " << image.dotsPerMeterX();
}

TEST_P(Export, PdfHasNoImages)
{
    REQUIRE_TOOL(pdfimages, "pdfimages");
    const QString file = path(ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const QStringList images = pdfImageRows(pdfimages, file);
    EXPECT_TRUE(images.isEmpty()) << "raster images in the PDF:\n" << s(images.join(QLatin1Char('\n')));
}

TEST_P(Export, PdfHasNoImageXObjectsOnceDecompressed)
{
    REQUIRE_TOOL(qpdf, "qpdf");
    const QString file = path(ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const QString qdf = file + QStringLiteral(".qdf");
    const ToolRun r = runTool(qpdf, {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), file, qdf});
    ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 3) << "qpdf cannot read the PDF\n" << r.describe(); // 3: warnings
    const QByteArray bytes = cs::test::readFile(qdf);
    ASSERT_TRUE(bytes.contains("/Font")) << "the decompressed PDF has no fonts: did qpdf decompress it?";
    static const QRegularExpression image(QStringLiteral("/Subtype\\s*/Image"));
    EXPECT_FALSE(image.match(QString::fromLatin1(bytes)).hasMatch()) << "an image XObject in " << s(file);
    // Inline images: BI … ID … EI in a content stream.
    static const QRegularExpression inlineImage(QStringLiteral("(^|\\s)BI\\s+/"));
    EXPECT_FALSE(inlineImage.match(QString::fromLatin1(bytes)).hasMatch()) << "an inline image in " << s(file);
}

TEST_P(Export, PdfEmbedsEveryFont)
{
    REQUIRE_TOOL(pdffonts, "pdffonts");
    const QString file = path(ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const QList<FontRow> fonts = pdfFonts(pdffonts, file);
    ASSERT_FALSE(fonts.isEmpty()) << "pdffonts lists no font: the text is not text";
    for (const FontRow &f : fonts)
        EXPECT_EQ(f.emb, u("yes")) << "font not embedded: " << s(f.name);
}

TEST_P(Export, PdfPageIsTheFigure600By375Points)
{
    REQUIRE_TOOL(pdfinfo, "pdfinfo");
    const QString file = path(ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const std::optional<QSizeF> page = pdfPageSize(pdfinfo, file);
    ASSERT_TRUE(page.has_value()) << "no page size from pdfinfo";
    EXPECT_NEAR(page->width(), 600.0, 0.01);
    EXPECT_NEAR(page->height(), 375.0, 0.01);
}

TEST_P(Export, PdfTextHasTheTitleExactly)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QString file = path(ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const QString text = pdfText(pdftotext, file);
    EXPECT_TRUE(textContains(text, title())) << "title «" << s(title()) << "» not in pdftotext's output:\n" << s(text);
}

TEST_P(Export, PdfTextHasTheSourceLineStart)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QString file = path(ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const QString text = pdfText(pdftotext, file);
    EXPECT_TRUE(text.contains(sourceStart())) << "«" << s(sourceStart()) << "» not in:\n" << s(text);
}

TEST_P(Export, PdfTextHasTheWholeSourceLineExactly)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QString line = model().sourceLine;
    ASSERT_FALSE(line.isEmpty());
    const QString file = path(ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const QString text = pdfText(pdftotext, file);
    EXPECT_TRUE(textContainsAcrossLines(text, line)) << "source line «" << s(line) << "» not in pdftotext's output:\n" << s(text);
}

TEST_P(Export, PdfTextHasEveryValueLabelAndTheSubtitle)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const cs::ChartModel m = model();
    QStringList labels;
    if (!m.subtitle.isEmpty())
        labels << m.subtitle;
    for (const cs::ChartSeries &series : m.series) {
        if (!series.visible)
            continue;
        for (const cs::ChartPoint &p : series.points) {
            if (!p.valueLabel.isEmpty())
                labels << p.valueLabel;
        }
    }
    const QString file = path(ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const QString text = pdfText(pdftotext, file);
    QStringList missing;
    for (const QString &label : labels) {
        if (!textContains(text, label))
            missing << label;
    }
    EXPECT_TRUE(missing.isEmpty()) << "not in pdftotext's output: «" << s(missing.join(u("», «"))) << "»\n" << s(text);
}

TEST_P(Export, PdfTextHasNoRadicalCodePoints)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QString file = path(ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const QString text = pdfText(pdftotext, file);
    ASSERT_FALSE(text.trimmed().isEmpty()) << "pdftotext extracted no text";
    const QStringList radicals = radicalsIn(text);
    EXPECT_TRUE(radicals.isEmpty()) << "radicals in the text: " << s(radicals.join(u(", "))) << "\n" << s(text);
}

TEST_P(Export, SvgIsWellFormedWithThePixelSizeAndViewBox)
{
    const QString file = path(ExportFormat::Svg);
    ASSERT_FALSE(file.isEmpty());
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    bool sawRoot = false;
    int texts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (!sawRoot) {
            sawRoot = true;
            EXPECT_EQ(xml.name(), u("svg"));
            const QXmlStreamAttributes a = xml.attributes();
            EXPECT_EQ(a.value(u("width")), u("800"));
            EXPECT_EQ(a.value(u("height")), u("500"));
            EXPECT_EQ(a.value(u("viewBox")).toString().simplified(), u("0 0 800 500"));
        }
        if (xml.name() == u("text"))
            ++texts;
    }
    EXPECT_FALSE(xml.hasError()) << s(xml.errorString()) << " at line " << xml.lineNumber();
    EXPECT_TRUE(sawRoot);
    EXPECT_GT(texts, 0) << "no <text> element: the text was drawn as paths";
}

TEST_P(Export, SvgTextHasTheTitle)
{
    const QString file = path(ExportFormat::Svg);
    ASSERT_FALSE(file.isEmpty());
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    // The text of every <text> element, joined: QSvgGenerator may split a line into several.
    QXmlStreamReader xml(&f);
    QString joined;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u("text"))
            ++depth;
        else if (xml.isEndElement() && xml.name() == u("text"))
            --depth;
        else if (xml.isCharacters() && depth > 0)
            joined += xml.text();
    }
    ASSERT_FALSE(xml.hasError()) << s(xml.errorString());
    QString wanted = title();
    wanted.remove(QRegularExpression(QStringLiteral("\\s")));
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(joined.contains(wanted)) << "title «" << s(title()) << "» not in the <text> elements: " << s(joined);
}

// ---------------------------------------------------------------------------------------------
// One chart, the options

TEST(Export, SeiGdpShareZhPdfTextHasTheShareAndTheThreeValues)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QString file = exportDefault(u("sei-gdp-share"), Lang::Zh, ExportFormat::Pdf);
    ASSERT_FALSE(file.isEmpty());
    const QString text = pdfText(pdftotext, file);
    for (const char *wanted : {"占GDP比重", "37.7", "41.1", "42.5"})
        EXPECT_TRUE(text.contains(u(wanted))) << wanted << " not in:\n" << s(text);
}

TEST(Export, RenderFigureGivesTheSameBytesAsTheExportedFile)
{
    const cs::ChartSpec *spec = chartSpec(u("sei-gdp-share"));
    ASSERT_NE(spec, nullptr);
    const QString file = exportDefault(u("sei-gdp-share"), Lang::Zh, ExportFormat::Svg);
    ASSERT_FALSE(file.isEmpty());
    QString error;
    const QByteArray bytes = cs::renderFigure(cs::buildChartModel(workspace(), *spec, Lang::Zh), ExportFormat::Svg, {}, &error);
    ASSERT_FALSE(bytes.isEmpty()) << s(error);
    EXPECT_EQ(bytes, cs::test::readFile(file));
}

TEST(Export, PdfPageFollowsTheLogicalSize)
{
    REQUIRE_TOOL(pdfinfo, "pdfinfo");
    ExportOptions o;
    o.size = QSize(640, 400);
    const QString file = exportDefault(u("sei-added-value"), Lang::En, ExportFormat::Pdf, o, u("-640x400"));
    ASSERT_FALSE(file.isEmpty());
    const std::optional<QSizeF> page = pdfPageSize(pdfinfo, file);
    ASSERT_TRUE(page.has_value());
    EXPECT_NEAR(page->width(), 480.0, 0.01);
    EXPECT_NEAR(page->height(), 300.0, 0.01);
}

TEST(Export, SvgFollowsTheLogicalSize)
{
    ExportOptions o;
    o.size = QSize(640, 400);
    const QString file = exportDefault(u("sei-added-value"), Lang::En, ExportFormat::Svg, o, u("-640x400"));
    ASSERT_FALSE(file.isEmpty());
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    ASSERT_EQ(xml.name(), u("svg"));
    EXPECT_EQ(xml.attributes().value(u("width")), u("640"));
    EXPECT_EQ(xml.attributes().value(u("height")), u("400"));
    EXPECT_EQ(xml.attributes().value(u("viewBox")).toString().simplified(), u("0 0 640 400"));
}

TEST(Export, PdfWithoutTitleLacksTheTitle)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QString title = chartSpec(u("sei-gdp-share"))->title.zh;
    ExportOptions o;
    o.includeTitle = false;
    const QString without = exportDefault(u("sei-gdp-share"), Lang::Zh, ExportFormat::Pdf, o, u("-no-title"));
    const QString with = exportDefault(u("sei-gdp-share"), Lang::Zh, ExportFormat::Pdf);
    ASSERT_FALSE(without.isEmpty());
    ASSERT_FALSE(with.isEmpty());
    ASSERT_TRUE(textContains(pdfText(pdftotext, with), title)) << "the title is not there even when asked for";
    const QString text = pdfText(pdftotext, without);
    EXPECT_FALSE(textContainsAcrossLines(text, title)) << s(text);
    EXPECT_TRUE(text.contains(u("来源"))) << "the source line went with the title:\n" << s(text);
}

TEST(Export, PdfWithoutSourceLacksTheSourceLine)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    ExportOptions o;
    o.includeSource = false;
    const QString without = exportDefault(u("sei-gdp-share"), Lang::Zh, ExportFormat::Pdf, o, u("-no-source"));
    const QString with = exportDefault(u("sei-gdp-share"), Lang::Zh, ExportFormat::Pdf);
    ASSERT_FALSE(without.isEmpty());
    ASSERT_FALSE(with.isEmpty());
    ASSERT_TRUE(pdfText(pdftotext, with).contains(u("来源"))) << "the source line is not there even when asked for";
    const QString text = pdfText(pdftotext, without);
    EXPECT_FALSE(text.contains(u("来源"))) << s(text);
    EXPECT_TRUE(textContains(text, chartSpec(u("sei-gdp-share"))->title.zh)) << "the title went with the source:\n" << s(text);
}

TEST(Export, UnknownExtensionFailsAndWritesNothing)
{
    const QTemporaryDir dir;
    const QString target = dir.filePath(u("x.bmp"));
    QString error;
    EXPECT_FALSE(cs::exportChart(workspace(), *chartSpec(u("sei-gdp-share")), {}, {}, target, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty()) << s(entriesOf(dir.path()).join(u(", ")));
}

TEST(Export, MissingDirectoryFailsAndWritesNothing)
{
    const QTemporaryDir dir;
    const QString target = dir.filePath(u("missing/x.pdf"));
    QString error;
    EXPECT_FALSE(cs::exportChart(workspace(), *chartSpec(u("sei-gdp-share")), {}, {}, target, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty()) << s(entriesOf(dir.path()).join(u(", ")));
}

// A title made of characters whose glyphs Noto Sans CJK shares with radicals: Qt's PDF writer
// maps each to the radical (⼀ ⼈ ⼤ ⼯ ⽣ ⽤ ⽐ ⻓ ⻔ ⻅ ⻋ ⺠); the export must give them back.
TEST(Export, PdfTextGivesBackATitleFullOfRadicalSharingCharacters)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QString title = u("一人大工生用比长门见车民");
    cs::Workspace ws = workspace();
    auto spec = std::find_if(ws.charts.begin(), ws.charts.end(), [](const cs::ChartSpec &c) { return c.id == u("sei-gdp-share"); });
    ASSERT_NE(spec, ws.charts.end());
    spec->title.zh = title;
    ExportOptions o;
    o.lang = Lang::Zh;
    const QString file = exportTo(u("radicals-title.pdf"), *spec, o, ws);
    ASSERT_FALSE(file.isEmpty());
    const QString text = pdfText(pdftotext, file);
    EXPECT_TRUE(textContains(text, title)) << "title «" << s(title) << "» not in:\n" << s(text);
    EXPECT_TRUE(radicalsIn(text).isEmpty()) << s(radicalsIn(text).join(u(", ")));
}

// Same picture everywhere: the window's export and the command line's.
TEST(Export, WindowAndCommandLineGiveIdenticalPngPixels)
{
    const cs::LoadResult r = cs::readWorkspace(cs::defaultWorkspaceJson());
    ASSERT_TRUE(r.isUsable());
    cs::MainWindow window(r.workspace);
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showChart(u("sei-gdp-share"));
    QApplication::processEvents();
    ASSERT_EQ(window.currentSpec().id, u("sei-gdp-share"));

    const QTemporaryDir dir;
    const QString fromWindow = dir.filePath(u("window.png"));
    const QString fromCli = dir.filePath(u("cli.png"));
    QString error;
    ASSERT_TRUE(window.exportCurrentChart(fromWindow, ExportOptions{}, &error)) << s(error);
    const ToolRun run = runCli({u("--export"), fromCli, u("--chart"), u("sei-gdp-share"), u("--lang"), u("zh")});
    ASSERT_CLI_EXIT(run, 0);

    const QImage a = QImage(fromWindow).convertToFormat(QImage::Format_ARGB32);
    const QImage b = QImage(fromCli).convertToFormat(QImage::Format_ARGB32);
    ASSERT_FALSE(a.isNull());
    ASSERT_FALSE(b.isNull());
    ASSERT_EQ(a.size(), b.size());
    int differing = 0;
    QPoint first(-1, -1);
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (pa[x] != pb[x]) {
                if (differing++ == 0)
                    first = QPoint(x, y);
            }
        }
    }
    EXPECT_EQ(differing, 0) << "pixels differ, the first at (" << first.x() << ", " << first.y() << ")";
    EXPECT_EQ(a.dotsPerMeterX(), b.dotsPerMeterX());
}

// ---------------------------------------------------------------------------------------------
// The ToUnicode fix

namespace {

// A ToUnicode CMap as Qt's PDF writer writes it, around the given bfchar and bfrange lines.
QByteArray cmapWith(const QByteArray &body)
{
    return QByteArray("/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n")
         + body
         + QByteArray("endcmap\n"
                      "CMapName currentdict /CMap defineresource pop\n"
                      "end\n"
                      "end\n");
}

// The destinations of the line starting with `source` ("<0005>"), in order, upper-case hex.
QStringList destinationsOf(const QByteArray &cmap, const QByteArray &source)
{
    for (const QByteArray &line : cmap.split('\n')) {
        if (!line.trimmed().startsWith(source))
            continue;
        QStringList tokens;
        static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]*)>"));
        for (auto it = hex.globalMatch(QString::fromLatin1(line)); it.hasNext();)
            tokens << it.next().captured(1).toUpper();
        const bool range = line.contains('[') || tokens.size() == 3;
        return tokens.mid(range ? 2 : 1);
    }
    return {};
}

} // namespace

TEST(PdfUnicodeFix, BfcharRadicalBecomesTheIdeograph)
{
    const QByteArray cmap = cmapWith("2 beginbfchar\n<0005> <2F50>\n<0006> <0041>\nendbfchar\n");
    int count = -1;
    const QByteArray fixed = cs::fixToUnicodeCMap(cmap, cs::standardToUnicodeFix, &count);
    EXPECT_EQ(destinationsOf(fixed, "<0005>"), QStringList{u("6BD4")}) << fixed.toStdString(); // ⽐ → 比
    EXPECT_EQ(destinationsOf(fixed, "<0006>"), QStringList{u("0041")}) << fixed.toStdString();
    EXPECT_EQ(count, 1);
    EXPECT_FALSE(fixed.contains("2F50")) << fixed.toStdString();
}

TEST(PdfUnicodeFix, BfrangeArrayRadicalsBecomeIdeographs)
{
    // ⽐ (Kangxi radical) → 比; ⻔ (radicals supplement, which NFKC leaves alone) → 门.
    const QByteArray cmap = cmapWith("1 beginbfrange\n<0001> <0004> [<0041> <2F50> <2ED4> <5360> ]\nendbfrange\n");
    int count = -1;
    const QByteArray fixed = cs::fixToUnicodeCMap(cmap, cs::standardToUnicodeFix, &count);
    EXPECT_EQ(destinationsOf(fixed, "<0001>"), (QStringList{u("0041"), u("6BD4"), u("95E8"), u("5360")})) << fixed.toStdString();
    EXPECT_EQ(count, 2);
}

TEST(PdfUnicodeFix, CountingBfrangeThroughRadicalsIsExpandedAndFixed)
{
    // ⽏ ⽐ ⽑ → 毋 比 毛
    const QByteArray cmap = cmapWith("1 beginbfrange\n<0010> <0012> <2F4F>\nendbfrange\n");
    int count = -1;
    const QByteArray fixed = cs::fixToUnicodeCMap(cmap, cs::standardToUnicodeFix, &count);
    EXPECT_EQ(destinationsOf(fixed, "<0010>"), (QStringList{u("6BCB"), u("6BD4"), u("6BDB")})) << fixed.toStdString();
    EXPECT_TRUE(fixed.contains("<0010> <0012> [")) << "the counting range is not an array:\n" << fixed.toStdString();
    EXPECT_EQ(count, 3);
}

TEST(PdfUnicodeFix, CountingBfrangeWithoutRadicalsIsKept)
{
    const QByteArray cmap = cmapWith("1 beginbfrange\n<0010> <0019> <0030>\nendbfrange\n");
    int count = -1;
    const QByteArray fixed = cs::fixToUnicodeCMap(cmap, cs::standardToUnicodeFix, &count);
    EXPECT_EQ(fixed.toStdString(), cmap.toStdString());
    EXPECT_EQ(count, 0);
}

TEST(PdfUnicodeFix, UntouchedQtCMapComesBackByteIdentical)
{
    // Copied from a Qt 6.4 PDF of an English chart.
    const QByteArray cmap = cmapWith("4 beginbfrange\n"
                                     "<0000> <0000> <0000>\n"
                                     "<0001> <0007> [<0053> <0068> <0065> <006E> <007A> <0020> <0022> ]\n"
                                     "<000A> <000A> <002B>\n"
                                     "<000C> <000F> [<0069> <0064> <0075> <0073> ]\n"
                                     "endbfrange\n"
                                     "2 beginbfchar\n"
                                     "<0020> <6BD4>\n"
                                     "<0021> <FF1A>\n"
                                     "endbfchar\n");
    int count = -1;
    EXPECT_EQ(cs::fixToUnicodeCMap(cmap, cs::standardToUnicodeFix, &count).toStdString(), cmap.toStdString());
    EXPECT_EQ(count, 0);
}

TEST(PdfUnicodeFix, UntouchedCMapInAnotherLayoutComesBackByteIdentical)
{
    // Valid CMap syntax Qt does not happen to write: no space before "]", CRLF line ends,
    // lower-case hex, two entries on a line.
    const QByteArray cmap = cmapWith("1 beginbfrange\r\n<0001> <0002> [<0041> <0042>]\r\nendbfrange\r\n"
                                     "2 beginbfchar\r\n<0003> <00e9> <0004> <6bd4>\r\nendbfchar\r\n");
    int count = -1;
    EXPECT_EQ(cs::fixToUnicodeCMap(cmap, cs::standardToUnicodeFix, &count).toStdString(), cmap.toStdString());
    EXPECT_EQ(count, 0);
}

TEST(PdfUnicodeFix, CountsEveryFixedMapping)
{
    const QByteArray cmap = cmapWith("3 beginbfchar\n<0001> <2F00>\n<0002> <2EA0>\n<0003> <4E00>\nendbfchar\n"
                                     "2 beginbfrange\n<0004> <0005> [<2F08> <2F24> ]\n<0006> <0007> <2F2F>\nendbfrange\n");
    int count = -1;
    const QByteArray fixed = cs::fixToUnicodeCMap(cmap, cs::standardToUnicodeFix, &count);
    EXPECT_EQ(count, 6) << fixed.toStdString(); // ⼀ ⺠ | ⼈ ⼤ | ⼯ ⼰
    EXPECT_EQ(destinationsOf(fixed, "<0001>"), QStringList{u("4E00")});           // 一
    EXPECT_EQ(destinationsOf(fixed, "<0002>"), QStringList{u("6C11")});           // 民
    EXPECT_EQ(destinationsOf(fixed, "<0003>"), QStringList{u("4E00")});           // already right
    EXPECT_EQ(destinationsOf(fixed, "<0004>"), (QStringList{u("4EBA"), u("5927")})); // 人 大
    EXPECT_EQ(destinationsOf(fixed, "<0006>"), (QStringList{u("5DE5"), u("5DF1")})); // 工 己
    EXPECT_TRUE(radicalsIn(QString::fromLatin1(fixed)).isEmpty());
}

// The whole-PDF fix on what Qt's writer gives by itself for radical-sharing characters.
TEST(PdfUnicodeFix, FixesAQtPdfOfRadicalSharingCharacters)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QString title = u("一人大工生用比长门见车民");
    QByteArray raw;
    {
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(600, 375), QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        painter.setFont(cs::chartFont(20, true));
        painter.drawText(QPointF(20, 40), title);
        painter.setFont(cs::chartFont(12));
        painter.drawText(QPointF(20, 80), title);
        painter.end();
    }
    ASSERT_FALSE(raw.isEmpty());
    const QTemporaryDir dir;
    const QString rawPath = dir.filePath(u("raw.pdf"));
    ASSERT_TRUE(cs::test::writeFile(rawPath, raw));
    const int radicalsBefore = int(radicalsIn(pdfText(pdftotext, rawPath)).size());

    int count = -1;
    QString error;
    const QByteArray fixed = cs::fixPdfToUnicode(raw, cs::standardToUnicodeFix, &count, &error);
    ASSERT_FALSE(fixed.isEmpty()) << s(error);
    const QString fixedPath = dir.filePath(u("fixed.pdf"));
    ASSERT_TRUE(cs::test::writeFile(fixedPath, fixed));
    const QString text = pdfText(pdftotext, fixedPath);
    EXPECT_EQ(text.count(title), 2) << s(text);
    EXPECT_TRUE(radicalsIn(text).isEmpty()) << s(radicalsIn(text).join(u(", ")));
    // Each font's map had its radicals fixed; a glyph is mapped once per font however often drawn.
    EXPECT_GT(count, 0);
    if (radicalsBefore > 0) {
        EXPECT_GE(count, radicalsBefore / 2) << "radicals before the fix: " << radicalsBefore;
    }
}

TEST(PdfUnicodeFix, PdfWithoutRadicalsStaysReadable)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    QByteArray raw;
    {
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        QPainter painter(&writer);
        painter.setFont(cs::chartFont(14));
        painter.drawText(QPointF(20, 40), u("Source: Xinhua"));
        painter.end();
    }
    int count = -1;
    QString error;
    const QByteArray fixed = cs::fixPdfToUnicode(raw, cs::standardToUnicodeFix, &count, &error);
    ASSERT_FALSE(fixed.isEmpty()) << s(error);
    EXPECT_EQ(count, 0);
    const QTemporaryDir dir;
    ASSERT_TRUE(cs::test::writeFile(dir.filePath(u("f.pdf")), fixed));
    EXPECT_TRUE(pdfText(pdftotext, dir.filePath(u("f.pdf"))).contains(u("Source")));
}

TEST(PdfUnicodeFix, NotAPdfGivesAnError)
{
    QString error;
    int count = -1;
    EXPECT_TRUE(cs::fixPdfToUnicode("this is not a PDF", cs::standardToUnicodeFix, &count, &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// The command line, headless

TEST(ExportCommand, ExportsWithNoDisplayAndNoPlatformSet)
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("x.png"));
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("sei-gdp-share"), u("--lang"), u("zh")});
    ASSERT_CLI_EXIT(run, 0);
    EXPECT_TRUE(QFileInfo(out).isFile());
    EXPECT_EQ(QImage(out).size(), QSize(1600, 1000));
    EXPECT_TRUE(run.err.isEmpty()) << "warnings on a successful export:\n" << run.err.toStdString();
    EXPECT_EQ(entriesOf(dir.path()), QStringList{u("x.png")});
}

TEST(ExportCommand, ExportsEvenWithAnUnreachableDisplaySet)
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("x.svg"));
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":97")); // no X server there
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("sei-gdp-share")}, QString(), env);
    ASSERT_CLI_EXIT(run, 0);
    EXPECT_TRUE(QFileInfo(out).isFile());
}

TEST(ExportCommand, SizeAndScaleGiveThePngSize)
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("x.png"));
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("clusters-20-8"), u("--size"), u("640x400"),
                                u("--scale"), u("1.5"), u("--lang"), u("en")});
    ASSERT_CLI_EXIT(run, 0);
    const QImage image(out);
    EXPECT_EQ(image.size(), QSize(960, 600));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 144.0, 1.0);
}

TEST(ExportCommand, SeiGdpSharePdfIsVectorAndItsTextExtractsExactly)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("x.pdf"));
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("sei-gdp-share"), u("--lang"), u("zh")});
    ASSERT_CLI_EXIT(run, 0);
    const QString text = pdfText(pdftotext, out);
    for (const char *wanted : {"占GDP比重", "37.7", "41.1", "42.5"})
        EXPECT_TRUE(text.contains(u(wanted))) << wanted << " not in:\n" << s(text);
    if (const QString pdfimages = tool("pdfimages"); !pdfimages.isEmpty()) {
        EXPECT_TRUE(pdfImageRows(pdfimages, out).isEmpty());
    }
}

TEST(ExportCommand, NoTitleAndNoSourceOptionsLeaveThemOut)
{
    REQUIRE_TOOL(pdftotext, "pdftotext");
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("x.pdf"));
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("sei-gdp-share"), u("--lang"), u("zh"),
                                u("--no-title"), u("--no-source")});
    ASSERT_CLI_EXIT(run, 0);
    const QString text = pdfText(pdftotext, out);
    EXPECT_FALSE(textContainsAcrossLines(text, u("战略性新兴产业增加值占GDP比重"))) << s(text);
    EXPECT_FALSE(text.contains(u("来源"))) << s(text);
    EXPECT_TRUE(text.contains(u("41.1"))) << s(text);
}

TEST(ExportCommand, UnknownChartIsAUsageErrorOnOneLineAndWritesNothing)
{
    const QTemporaryDir dir;
    const ToolRun run = runCli({u("--export"), dir.filePath(u("x.png")), u("--chart"), u("no-such-chart")});
    ASSERT_CLI_EXIT(run, 2);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_TRUE(run.err.contains("no-such-chart")) << run.describe();
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty()) << s(entriesOf(dir.path()).join(u(", ")));
}

TEST(ExportCommand, TooSmallSizeIsAUsageError)
{
    const QTemporaryDir dir;
    const ToolRun run = runCli({u("--export"), dir.filePath(u("x.png")), u("--chart"), u("sei-gdp-share"), u("--size"), u("10x10")});
    ASSERT_CLI_EXIT(run, 2);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty());
}

TEST(ExportCommand, MalformedSizeIsAUsageError)
{
    const QTemporaryDir dir;
    const ToolRun run = runCli({u("--export"), dir.filePath(u("x.png")), u("--chart"), u("sei-gdp-share"), u("--size"), u("abc")});
    ASSERT_CLI_EXIT(run, 2);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty());
}

TEST(ExportCommand, ZeroScaleIsAUsageError)
{
    const QTemporaryDir dir;
    const ToolRun run = runCli({u("--export"), dir.filePath(u("x.png")), u("--chart"), u("sei-gdp-share"), u("--scale"), u("0")});
    ASSERT_CLI_EXIT(run, 2);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty());
}

TEST(ExportCommand, UnknownExtensionIsAUsageErrorAndWritesNothing)
{
    const QTemporaryDir dir;
    const ToolRun run = runCli({u("--export"), dir.filePath(u("x.bmp")), u("--chart"), u("sei-gdp-share")});
    ASSERT_CLI_EXIT(run, 2);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty()) << s(entriesOf(dir.path()).join(u(", ")));
}

TEST(ExportCommand, UnknownFormatInExportAllIsAUsageError)
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("all"));
    const ToolRun run = runCli({u("--export-all"), out, u("--formats"), u("png,gif")});
    ASSERT_CLI_EXIT(run, 2);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_TRUE(entriesOf(out).isEmpty()) << s(entriesOf(out).join(u(", ")));
}

TEST(ExportCommand, MissingDirectoryIsAnIoErrorAndWritesNothing)
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("no-such-dir/x.png"));
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("sei-gdp-share")});
    ASSERT_CLI_EXIT(run, 4);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty()) << s(entriesOf(dir.path()).join(u(", ")));
}

TEST(ExportCommand, NonexistentRootDirectoryIsAnIoError)
{
    ASSERT_FALSE(QFileInfo::exists(u("/nonexistent-dir"))) << "/nonexistent-dir exists on this machine";
    const ToolRun run = runCli({u("--export"), u("/nonexistent-dir/x.png"), u("--chart"), u("sei-gdp-share")});
    ASSERT_CLI_EXIT(run, 4);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_FALSE(QFileInfo::exists(u("/nonexistent-dir/x.png")));
}

// A directory no user can write in, root included: a path under a regular file.
TEST(ExportCommand, OutputUnderARegularFileIsAnIoErrorAndWritesNothing)
{
    const QTemporaryDir dir;
    const QString plain = dir.filePath(u("plain.txt"));
    ASSERT_TRUE(cs::test::writeFile(plain, "not a directory"));
    const QString out = plain + u("/x.pdf");
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("sei-gdp-share")});
    ASSERT_CLI_EXIT(run, 4);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_TRUE(run.err.contains("cannot write")) << run.describe();
    EXPECT_EQ(cs::test::readFile(plain), QByteArray("not a directory"));
    EXPECT_EQ(entriesOf(dir.path()), QStringList{u("plain.txt")});
}

// A figure that cannot be drawn is an internal error (exit 1) with its reason, never "cannot
// write" (exit 4): an 80000×80000-pixel PNG (25.6 GB) when the process may not allocate that
// much, by an address-space limit or, under AddressSanitizer, its allocation limit.
TEST(ExportCommand, AFigureThatCannotBeDrawnIsAnInternalErrorWithItsReasonAndWritesNothing)
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("huge.png"));
    QProcessEnvironment env = headlessEnvironment();
    std::function<void()> limit;
    if (cs::test::kSanitizedBuild) {
        env.insert(u("ASAN_OPTIONS"), u("allocator_may_return_null=1:max_allocation_size_mb=4096"));
    } else {
        limit = [] {
            const rlimit fourGiB{rlim_t(4) << 30, rlim_t(4) << 30};
            setrlimit(RLIMIT_AS, &fourGiB);
        };
    }
    const ToolRun run = runProgram(QStringLiteral(CLUSTERSCOPE_BIN),
                                   {u("--export"), out, u("--chart"), u("sei-gdp-share"), u("--size"), u("8000x8000"),
                                    u("--scale"), u("10")},
                                   env, QString(), limit);
    ASSERT_CLI_EXIT(run, 1);
    const QList<QByteArray> errLines = run.err.trimmed().split('\n');
    EXPECT_TRUE(errLines.last().contains("cannot draw the png figure")) << run.describe();
    EXPECT_TRUE(errLines.last().contains("80000")) << run.describe();
    EXPECT_FALSE(run.err.contains("cannot write")) << run.describe();
    EXPECT_TRUE(entriesOf(dir.path()).isEmpty()) << s(entriesOf(dir.path()).join(u(", ")));
}

// --export --series imports a data file on the fly: a file that cannot be written is still exit 4.
TEST(ExportCommand, SeriesFromADataFileIsDrawnAndAnUnwritableOutputIsAnIoError)
{
    const QTemporaryDir dir;
    const QString data = dir.filePath(u("widgets.csv"));
    ASSERT_TRUE(cs::test::writeFile(data, "region,indicator,period,value\nTestville,Widgets,2022,120\n"
                                          "Testville,Widgets,2023,135\n"));
    const QString out = dir.filePath(u("widgets.svg"));
    const ToolRun ok = runCli({u("--export"), out, u("--series"), u("Widgets@Testville"), data});
    ASSERT_CLI_EXIT(ok, 0);
    EXPECT_TRUE(QFileInfo(out).isFile());

    const QString plain = dir.filePath(u("plain.txt"));
    ASSERT_TRUE(cs::test::writeFile(plain, "not a directory"));
    const ToolRun bad = runCli({u("--export"), plain + u("/widgets.svg"), u("--series"), u("Widgets@Testville"), data});
    ASSERT_CLI_EXIT(bad, 4);
    EXPECT_ONE_LINE_ON_STDERR(bad);
    EXPECT_TRUE(bad.err.contains("cannot write")) << bad.describe();
}

TEST(ExportCommand, TargetThatIsADirectoryIsAnIoErrorAndLeavesNoTemporaryFile)
{
    const QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkdir(u("x.pdf")));
    const ToolRun run = runCli({u("--export"), dir.filePath(u("x.pdf")), u("--chart"), u("sei-gdp-share")});
    ASSERT_CLI_EXIT(run, 4);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_EQ(entriesOf(dir.path()), QStringList{u("x.pdf")});
    EXPECT_TRUE(entriesOf(dir.filePath(u("x.pdf"))).isEmpty());
}

TEST(ExportCommand, FailedExportKeepsAnExistingFileUntouched)
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("x.png"));
    ASSERT_TRUE(cs::test::writeFile(out, "previous figure"));
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("no-such-chart")});
    ASSERT_CLI_EXIT(run, 2);
    EXPECT_EQ(cs::test::readFile(out), QByteArray("previous figure"));
    EXPECT_EQ(entriesOf(dir.path()), QStringList{u("x.png")});
}

TEST(ExportCommand, InvalidWorkspaceFileIsInvalidInputAndWritesNothing)
{
    const QTemporaryDir dir;
    const QString file = dir.filePath(u("broken.json"));
    ASSERT_TRUE(cs::test::writeFile(file, "{ \"version\": 1, \"charts\": [ }"));
    const QString out = dir.filePath(u("x.png"));
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("sei-gdp-share"), file});
    ASSERT_CLI_EXIT(run, 3);
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(entriesOf(dir.path()), QStringList{u("broken.json")});
}

TEST(ExportCommand, MissingWorkspaceFileIsAnIoError)
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("x.png"));
    const ToolRun run = runCli({u("--export"), out, u("--chart"), u("sei-gdp-share"), dir.filePath(u("missing.json"))});
    ASSERT_CLI_EXIT(run, 4);
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(ExportCommand, ExportAllWritesEveryChartInEachFormatAndNothingElse)
{
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("figures"));
    const ToolRun run = runCli({u("--export-all"), out, u("--formats"), u("png,svg"), u("--lang"), u("en")});
    ASSERT_CLI_EXIT(run, 0);
    QStringList expected;
    for (const char *chart : kDefaultCharts)
        expected << QString::fromLatin1(chart) + u(".png") << QString::fromLatin1(chart) + u(".svg");
    expected.sort();
    const QStringList written = entriesOf(out);
    EXPECT_EQ(written.size(), 10) << s(written.join(u(", ")));
    EXPECT_EQ(written, expected) << s(written.join(u(", ")));
    for (const char *chart : kDefaultCharts) {
        EXPECT_EQ(QImage(QDir(out).filePath(QString::fromLatin1(chart) + u(".png"))).size(), QSize(1600, 1000)) << chart;
        QFile svg(QDir(out).filePath(QString::fromLatin1(chart) + u(".svg")));
        ASSERT_TRUE(svg.open(QIODevice::ReadOnly)) << chart;
        QXmlStreamReader xml(&svg);
        while (!xml.atEnd())
            xml.readNext();
        EXPECT_FALSE(xml.hasError()) << chart << ": " << s(xml.errorString());
    }
}

TEST(ExportCommand, ExportAllIntoAFileIsAnIoError)
{
    const QTemporaryDir dir;
    const QString file = dir.filePath(u("not-a-dir"));
    ASSERT_TRUE(cs::test::writeFile(file, "x"));
    const ToolRun run = runCli({u("--export-all"), file, u("--formats"), u("png")});
    ASSERT_CLI_EXIT(run, 4);
    EXPECT_ONE_LINE_ON_STDERR(run);
    EXPECT_EQ(cs::test::readFile(file), QByteArray("x"));
}

TEST(ExportCommand, FailedExportAllLeavesNoTemporaryFiles)
{
    // The second chart's SVG cannot be written: a directory is in its way.
    const QTemporaryDir dir;
    const QString out = dir.filePath(u("figures"));
    ASSERT_TRUE(QDir().mkpath(QDir(out).filePath(u("sei-added-value.svg"))));
    const ToolRun run = runCli({u("--export-all"), out, u("--formats"), u("png,svg")});
    ASSERT_CLI_EXIT(run, 4);
    EXPECT_ONE_LINE_ON_STDERR(run);
    const QStringList allowed = {u("sei-gdp-share.png"), u("sei-gdp-share.svg"), u("sei-added-value.png"),
                                 u("sei-added-value.svg")};
    for (const QString &name : entriesOf(out))
        EXPECT_TRUE(allowed.contains(name)) << "stray file after a failed export: " << s(name);
    EXPECT_TRUE(entriesOf(QDir(out).filePath(u("sei-added-value.svg"))).isEmpty());
}
