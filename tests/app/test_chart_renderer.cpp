// SPDX-License-Identifier: GPL-3.0-or-later
// The one renderer draws every default chart onto a QCustomPlot at 800×500, in Chinese and in
// English, with its title, source line, honesty marks and no overlapping or clipped text.
#include "render/chart_renderer.h"
#include "render/chart_style.h"
#include "default_workspace.h"
#include "testutils.h"
#include "persist/workspace_json.h"

#include <QFontMetricsF>
#include <gtest/gtest.h>
#include <cmath>
#include <memory>
#include <qcustomplot.h>

using namespace cs;

namespace {

const Workspace &embedded()
{
    static const LoadResult r = readWorkspace(defaultWorkspaceJson());
    return r.workspace;
}

QString u(const char *s) { return QString::fromUtf8(s); }

// Wrapped text compared without its line breaks and spaces.
QString squeezed(QString s) { return s.remove(QLatin1Char('\n')).remove(QLatin1Char(' ')); }

struct Drawn {
    std::unique_ptr<QCustomPlot> plot;
    ChartModel model;
    RenderedChart chart;
};

Drawn draw(const QString &chartId, Lang lang, const ChartOptions &options = {})
{
    Drawn d;
    d.plot = std::make_unique<QCustomPlot>();
    d.plot->setAttribute(Qt::WA_DontShowOnScreen);
    d.plot->resize(800, 500);
    d.plot->show(); // delivers the resize, so the plot's viewport is 800×500
    const ChartSpec *spec = embedded().chart(chartId);
    EXPECT_NE(spec, nullptr) << chartId.toStdString();
    if (spec)
        d.model = buildChartModel(embedded(), *spec, lang, options);
    d.chart = renderChart(d.plot.get(), d.model, ChartStyle::light());
    d.plot->replot();
    // CLUSTERSCOPE_TEST_SCREENSHOTS=dir keeps a PNG of every chart drawn, to look at a failure.
    if (const QString dir = qEnvironmentVariable("CLUSTERSCOPE_TEST_SCREENSHOTS"); !dir.isEmpty())
        d.plot->savePng(QStringLiteral("%1/%2-%3.png").arg(dir, chartId, langCode(lang)));
    return d;
}

Drawn draw(const char *chartId, Lang lang) { return draw(u(chartId), lang); }

QList<QCPTextElement *> textElements(QCustomPlot *plot)
{
    QList<QCPTextElement *> out;
    for (QCPLayoutElement *e : plot->plotLayout()->elements(true)) {
        if (auto *t = qobject_cast<QCPTextElement *>(e))
            out << t;
    }
    return out;
}

QList<QCPItemText *> itemTexts(QCustomPlot *plot)
{
    QList<QCPItemText *> out;
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *t = qobject_cast<QCPItemText *>(plot->item(i)); t && t->visible() && !t->text().isEmpty())
            out << t;
    }
    return out;
}

bool hasTextElement(QCustomPlot *plot, const QString &text)
{
    for (QCPTextElement *t : textElements(plot)) {
        if (squeezed(t->text()) == squeezed(text))
            return true;
    }
    return false;
}

QStringList itemTextStrings(QCustomPlot *plot)
{
    QStringList out;
    for (QCPItemText *t : itemTexts(plot))
        out << t->text();
    return out;
}

// Where QCPItemText::draw puts its box (rotation 0): the text's bounding rect grown by the
// padding, aligned on the anchor pixel by the position alignment.
struct Placed {
    QString text;
    QRectF box; // with padding: what must not overlap
    QRectF ink; // the text alone: what must not be clipped
    QCPAxisRect *clip = nullptr;
};

Placed place(QCPItemText *t)
{
    const QFontMetrics fm(t->font());
    QRect textRect = fm.boundingRect(0, 0, 0, 0, Qt::TextDontClip | int(t->textAlignment()), t->text());
    const QMargins pad = t->padding();
    QRect box = textRect.adjusted(-pad.left(), -pad.top(), pad.right(), pad.bottom());
    const QPointF anchor = t->position->pixelPosition();
    QPointF topLeft = anchor;
    const Qt::Alignment a = t->positionAlignment();
    if (a.testFlag(Qt::AlignHCenter))
        topLeft.rx() -= box.width() / 2.0;
    else if (a.testFlag(Qt::AlignRight))
        topLeft.rx() -= box.width();
    if (a.testFlag(Qt::AlignVCenter))
        topLeft.ry() -= box.height() / 2.0;
    else if (a.testFlag(Qt::AlignBottom))
        topLeft.ry() -= box.height();
    box.moveTopLeft(topLeft.toPoint());
    textRect.moveTopLeft(topLeft.toPoint() + QPoint(pad.left(), pad.top()));
    return {t->text(), QRectF(box), QRectF(textRect), t->clipToAxisRect() ? t->clipAxisRect() : nullptr};
}

// A layout text element (title, subtitle, notes, source line): its text drawn in its rect.
Placed place(QCPTextElement *t)
{
    const QFontMetrics fm(t->font());
    const QRect r = fm.boundingRect(t->rect(), t->textFlags(), t->text());
    return {t->text(), QRectF(r), QRectF(r), nullptr};
}

std::string show(const Placed &p)
{
    QString s = p.text;
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QStringLiteral("\"%1\" at (%2,%3 %4×%5)")
        .arg(s)
        .arg(p.box.x())
        .arg(p.box.y())
        .arg(p.box.width())
        .arg(p.box.height())
        .toStdString();
}

const char *const kDefaultCharts[] = {"sei-gdp-share", "sei-added-value", "growth-2023q1q3", "sei-categories-2023",
                                      "clusters-20-8"};

// One default chart in one language; printed as "growth-2023q1q3 (zh)" in test listings.
struct LayoutCase {
    const char *chart;
    Lang lang;
};

void PrintTo(const LayoutCase &c, std::ostream *os) { *os << c.chart << " (" << langCode(c.lang).toStdString() << ")"; }

QList<LayoutCase> layoutCases()
{
    QList<LayoutCase> out;
    for (const char *id : kDefaultCharts)
        out << LayoutCase{id, Lang::Zh} << LayoutCase{id, Lang::En};
    return out;
}

} // namespace

TEST(ChartRenderer, PlotIs800By500)
{
    const Drawn d = draw("sei-gdp-share", Lang::Zh);
    EXPECT_EQ(d.plot->viewport(), QRect(0, 0, 800, 500));
}

TEST(ChartRenderer, EveryDefaultChartHasItsTitleAndSourceLineInBothLanguages)
{
    for (const char *id : kDefaultCharts) {
        for (Lang lang : {Lang::Zh, Lang::En}) {
            const Drawn d = draw(id, lang);
            SCOPED_TRACE(std::string(id) + (lang == Lang::Zh ? " zh" : " en"));
            ASSERT_FALSE(d.model.title.isEmpty());
            EXPECT_TRUE(hasTextElement(d.plot.get(), d.model.title)) << d.model.title.toStdString();
            ASSERT_FALSE(d.model.sourceLine.isEmpty());
            EXPECT_TRUE(hasTextElement(d.plot.get(), d.model.sourceLine)) << d.model.sourceLine.toStdString();
        }
    }
}

// A plottable the renderer draws and then deletes (an empty year-to-date bar set) must not stay in
// the result: the view selected points through it after it was freed (ASan heap-use-after-free).
TEST(ChartRenderer, RenderedChartMapsOnlyPlottablesStillInThePlot)
{
    for (const char *id : kDefaultCharts) {
        for (Lang lang : {Lang::Zh, Lang::En}) {
            const Drawn d = draw(id, lang);
            SCOPED_TRACE(std::string(id) + (lang == Lang::Zh ? " zh" : " en"));
            QList<QCPAbstractPlottable *> drawn;
            for (int i = 0; i < d.plot->plottableCount(); ++i)
                drawn << d.plot->plottable(i);
            for (QCPAbstractPlottable *p : d.chart.points.keys())
                EXPECT_TRUE(drawn.contains(p));
            for (QCPAbstractPlottable *p : d.chart.seriesKeys.keys())
                EXPECT_TRUE(drawn.contains(p));
        }
    }
}

TEST(ChartRenderer, SeiGdpShareDrawsThreeBars)
{
    const Drawn d = draw("sei-gdp-share", Lang::Zh);
    QSet<double> keys;
    int mapped = 0;
    for (int i = 0; i < d.plot->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(d.plot->plottable(i));
        if (!bars || !bars->visible())
            continue;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            keys.insert(it->key);
        mapped += int(d.chart.points.value(bars).size());
    }
    EXPECT_EQ(keys.size(), 3);
    EXPECT_EQ(mapped, 3); // bars that map back to model points: one per point
}

TEST(ChartRenderer, SeiGdpShareHatchesTheYearToDateBar)
{
    const Drawn d = draw("sei-gdp-share", Lang::Zh);
    QCPBars *hatched = nullptr;
    for (int i = 0; i < d.plot->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(d.plot->plottable(i));
        if (bars && bars->brush().style() == Qt::BDiagPattern)
            hatched = bars;
    }
    ASSERT_NE(hatched, nullptr);
    ASSERT_EQ(hatched->dataCount(), 1);
    const QVector<PointRef> refs = d.chart.points.value(hatched);
    ASSERT_EQ(refs.size(), 1);
    EXPECT_TRUE(d.model.series[refs[0].series].points[refs[0].point].yearToDate);
}

TEST(ChartRenderer, SeiGdpShareValueLabelsMarkTheCumulativeValue)
{
    const QStringList zh = itemTextStrings(draw("sei-gdp-share", Lang::Zh).plot.get());
    for (const char *label : {"37.7", "41.1", "42.5\n累计"})
        EXPECT_TRUE(zh.contains(u(label))) << label << " not in " << zh.join(u(" | ")).toStdString();
    const QStringList en = itemTextStrings(draw("sei-gdp-share", Lang::En).plot.get());
    for (const char *label : {"37.7", "41.1", "42.5\nYTD"})
        EXPECT_TRUE(en.contains(u(label))) << label << " not in " << en.join(u(" | ")).toStdString();
}

TEST(ChartRenderer, SeiAddedValueDrawsAnArrowForTheLowerBound)
{
    const Drawn d = draw("sei-added-value", Lang::Zh);
    int arrows = 0;
    for (int i = 0; i < d.plot->itemCount(); ++i) {
        if (auto *line = qobject_cast<QCPItemLine *>(d.plot->item(i)); line && line->head().style() != QCPLineEnding::esNone)
            ++arrows;
    }
    EXPECT_GE(arrows, 1);
    EXPECT_TRUE(itemTextStrings(d.plot.get()).contains(u("13000+")));
}

TEST(ChartRenderer, SeiAddedValueHasARightAxisForGrowth)
{
    const Drawn d = draw("sei-added-value", Lang::En);
    QCPAxisRect *rect = d.plot->axisRect();
    ASSERT_NE(rect, nullptr);
    EXPECT_TRUE(rect->axis(QCPAxis::atRight)->visible());
    EXPECT_EQ(rect->axis(QCPAxis::atRight)->label(), u("%"));
}

TEST(ChartRenderer, GrowthComparisonDrawsReferenceLinesForGdpAndSei)
{
    const Drawn d = draw("growth-2023q1q3", Lang::En);
    int lines = 0;
    for (int i = 0; i < d.plot->itemCount(); ++i)
        lines += qobject_cast<QCPItemStraightLine *>(d.plot->item(i)) != nullptr;
    EXPECT_EQ(lines, 2);
}

// ---- text layout, for every default chart in both languages ----------------------------------

class ChartRendererLayout : public ::testing::TestWithParam<LayoutCase>
{
};

TEST_P(ChartRendererLayout, NoTwoTextsOverlapAndAllLieInsideThePlot)
{
    const Drawn d = draw(GetParam().chart, GetParam().lang);
    QList<Placed> texts;
    for (QCPItemText *t : itemTexts(d.plot.get()))
        texts << place(t);
    for (QCPTextElement *t : textElements(d.plot.get()))
        texts << place(t);
    ASSERT_FALSE(texts.isEmpty());
    const QRectF widget(0, 0, 800, 500);
    for (int i = 0; i < texts.size(); ++i) {
        EXPECT_TRUE(widget.adjusted(-1, -1, 1, 1).contains(texts[i].box)) << "outside the plot: " << show(texts[i]);
        for (int j = i + 1; j < texts.size(); ++j) {
            // 1px of tolerance: each box shrunk by half a pixel.
            const QRectF a = texts[i].box.adjusted(0.5, 0.5, -0.5, -0.5), b = texts[j].box.adjusted(0.5, 0.5, -0.5, -0.5);
            EXPECT_FALSE(a.intersects(b)) << "overlap: " << show(texts[i]) << " and " << show(texts[j]);
        }
    }
}

TEST_P(ChartRendererLayout, NoTextIsClippedByTheAxisRect)
{
    const Drawn d = draw(GetParam().chart, GetParam().lang);
    for (QCPItemText *t : itemTexts(d.plot.get())) {
        const Placed p = place(t);
        if (p.clip) {
            EXPECT_TRUE(QRectF(p.clip->rect()).adjusted(-1, -1, 1, 1).contains(p.ink)) << "clipped: " << show(p) << " by the axis rect "
                                                                                  << show({QString(), QRectF(p.clip->rect()), {}, nullptr});
        }
    }
}

TEST_P(ChartRendererLayout, NoLegendEntryIsCutOff)
{
    const Drawn d = draw(GetParam().chart, GetParam().lang);
    for (QCPLayoutElement *e : d.plot->plotLayout()->elements(true)) {
        auto *legend = qobject_cast<QCPLegend *>(e);
        if (!legend)
            continue;
        for (int i = 0; i < legend->itemCount(); ++i) {
            auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
            if (!item)
                continue;
            // As QCPPlottableLegendItem::draw lays it out; the item is clipped to its outer rect.
            const QString name = item->plottable()->name();
            const QRect textRect = QFontMetrics(item->font()).boundingRect(0, 0, 0, legend->iconSize().height(),
                                                                          Qt::TextDontClip, name);
            const int textRight = item->rect().x() + legend->iconSize().width() + legend->iconTextPadding() + textRect.width();
            const int limit = std::min(item->outerRect().right() + 1, 800);
            EXPECT_LE(textRight, limit + 1) << "legend entry cut off: \"" << name.toStdString() << "\" needs up to x="
                                            << textRight << ", shown up to x=" << limit;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(DefaultCharts, ChartRendererLayout,
                         ::testing::ValuesIn(layoutCases()),
                         [](const ::testing::TestParamInfo<LayoutCase> &info) {
                             std::string name = info.param.chart;
                             for (char &c : name)
                                 c = c == '-' ? '_' : c;
                             return name + "_" + langCode(info.param.lang).toStdString();
                         });


// A tick step of 2.5 must be labelled 2.5 and 7.5, not rounded to "3" and "8" under the gridline
// (seen on China's GDP growth from a World Bank DataBank file: values 7.75 to 14.19).
TEST(ChartRenderer, ValueAxisTicksShowTheDecimalsTheirStepNeeds)
{
    cs::Workspace ws;
    ws.sources = {{QStringLiteral("wb"), QStringLiteral("DataBank"), {}, QString(), QString(), QString(), cs::Confidence::Primary, QString()}};
    ws.subjects = {{QStringLiteral("china"), cs::SubjectKind::Region, {QString(), QStringLiteral("China")}, QString()}};
    cs::Indicator growth;
    growth.id = QStringLiteral("gdp-growth");
    growth.name = {QString(), QStringLiteral("GDP growth")};
    growth.subject = QStringLiteral("china");
    growth.unit = QStringLiteral("percent");
    growth.measure = cs::Measure::Growth;
    ws.indicators = {growth};
    const double values[] = {8.43, 14.19, 9.62, 7.75};
    for (int i = 0; i < 4; ++i) {
        cs::Observation o;
        o.id = QStringLiteral("o%1").arg(i);
        o.indicator = growth.id;
        o.period = cs::Period::year(2006 + i);
        o.value = values[i];
        o.source = QStringLiteral("wb");
        ws.observations << o;
    }
    QCustomPlot plot;
    plot.resize(800, 500);
    const cs::ChartSpec spec = cs::indicatorChartSpec(ws, growth.id);
    const cs::RenderedChart rendered = cs::renderChart(&plot, cs::buildChartModel(ws, spec, cs::Lang::En), cs::ChartStyle::light());
    plot.replot();
    ASSERT_NE(rendered.valueAxis, nullptr);
    const QStringList labels = rendered.valueAxis->tickVectorLabels();
    const QVector<double> ticks = rendered.valueAxis->tickVector();
    ASSERT_FALSE(ticks.isEmpty());
    bool fractional = false;
    for (int i = 0; i < ticks.size(); ++i) { // each label reads back as its tick
        EXPECT_NEAR(QString(labels[i]).remove(QLatin1Char(',')).toDouble(), ticks[i], 1e-9) << labels[i].toStdString();
        fractional = fractional || ticks[i] != std::floor(ticks[i]);
    }
    EXPECT_TRUE(fractional) << "the axis should step by 2.5 here; the test no longer pins the bug";
}
