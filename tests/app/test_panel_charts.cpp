// SPDX-License-Identifier: GPL-3.0-or-later
// Charts of a panel (one indicator, many subjects) imported from an Our World in Data file: a
// cross-section at one period (bars labelled by subject) and lines for chosen subjects.
#include "chart/chart_model.h"
#include "import/data_file.h"
#include "import/table_import.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "query/validation.h"
#include "query/workspace_queries.h"

#include "widgets/main_window.h"
#include "widgets/workspace_browser.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace cs;

namespace {

// Life expectancy at birth as OWID's grapher downloads it; Nigeria has no 2021 value.
const char kLifeExpectancy[] = "Entity,Code,Year,Life expectancy at birth\n"
                               "China,CHN,2019,77.97\nChina,CHN,2020,78.08\nChina,CHN,2021,78.21\n"
                               "United States,USA,2019,78.79\nUnited States,USA,2020,77.41\nUnited States,USA,2021,76.33\n"
                               "India,IND,2019,70.91\nIndia,IND,2020,70.15\nIndia,IND,2021,67.24\n"
                               "Japan,JPN,2019,84.36\nJapan,JPN,2020,84.67\nJapan,JPN,2021,84.45\n"
                               "Germany,DEU,2019,81.63\nGermany,DEU,2020,81.36\nGermany,DEU,2021,80.90\n"
                               "Brazil,BRA,2019,75.34\nBrazil,BRA,2020,74.01\nBrazil,BRA,2021,72.75\n"
                               "Nigeria,NGA,2019,52.91\nNigeria,NGA,2020,52.68\n";

const Workspace &lifeExpectancy()
{
    static const Workspace ws = [] {
        const DataFileResult file = readDataBytes(QByteArray(kLifeExpectancy));
        EXPECT_TRUE(file.ok()) << file.error.toStdString();
        TableImportOptions options;
        options.fileName = QStringLiteral("life-expectancy.csv");
        const TableImportResult r = importTable(file.table, options);
        EXPECT_TRUE(r.ok()) << r.error.toStdString();
        return r.workspace;
    }();
    return ws;
}

const QString kIndicator = QStringLiteral("life-expectancy-at-birth");

Period year(int y) { return Period::parse(QString::number(y)); }

QStringList values(const ChartSeries &s)
{
    QStringList out;
    for (const ChartPoint &p : s.points)
        out << p.valueLabel;
    return out;
}

} // namespace

TEST(PanelCharts, AnOwidFileIsOneIndicatorWithSevenSubjects)
{
    const Workspace &ws = lifeExpectancy();
    ASSERT_EQ(ws.indicators.size(), 1);
    EXPECT_EQ(ws.indicators.first().id, kIndicator);
    EXPECT_TRUE(ws.indicators.first().subject.isEmpty()); // a panel: the values carry the subject
    EXPECT_EQ(ws.subjects.size(), 7);
    EXPECT_EQ(ws.observations.size(), 20);
    ASSERT_NE(ws.subject(QStringLiteral("united-states")), nullptr);
    EXPECT_EQ(ws.subject(QStringLiteral("united-states"))->name.text(Lang::En), QStringLiteral("United States"));
}

TEST(PanelCharts, CrossSectionAt2021HasOneSortedBarPerSubjectWithAValueThen)
{
    const Workspace &ws = lifeExpectancy();
    const ChartSpec spec = crossSectionChartSpec(ws, kIndicator, year(2021));
    EXPECT_EQ(spec.query.scope, BreakdownScope::Subjects);
    EXPECT_EQ(spec.title.en, QStringLiteral("Life expectancy at birth, 2021"));
    const ChartModel m = buildChartModel(ws, spec, Lang::En);
    ASSERT_FALSE(m.isEmpty()) << m.emptyMessage.toStdString();
    EXPECT_TRUE(m.horizontal);
    // Labelled by entity, never by the indicator; Nigeria, without a 2021 value, is absent.
    EXPECT_EQ(m.categories, (QStringList{"Japan", "Germany", "China", "United States", "Brazil", "India"}));
    ASSERT_EQ(m.series.size(), 1);
    EXPECT_EQ(values(m.series.first()), (QStringList{"84.45", "80.9", "78.21", "76.33", "72.75", "67.24"}));
    for (qsizetype i = 0; i < m.series.first().points.size(); ++i)
        EXPECT_EQ(m.series.first().points[i].category, i);
    // The tooltip says which country.
    EXPECT_TRUE(m.series.first().points[0].tooltip.contains(QStringLiteral("Japan")))
        << m.series.first().points[0].tooltip.toStdString();
}

TEST(PanelCharts, CrossSectionDefaultsToTheLatestPeriodWithTheMostSubjects)
{
    const Workspace &ws = lifeExpectancy();
    // 2019 and 2020 have all seven; 2021 lacks Nigeria.
    const ChartSpec spec = crossSectionChartSpec(ws, kIndicator);
    EXPECT_EQ(spec.query.period, year(2020));
    EXPECT_EQ(spec.sort, SortOrder::Descending);
    EXPECT_EQ(buildChartModel(ws, spec, Lang::En).categories.size(), 7);
}

TEST(PanelCharts, CrossSectionOfChosenSubjectsKeepsTheirOrderUnsorted)
{
    const Workspace &ws = lifeExpectancy();
    BreakdownQuery q;
    q.scope = BreakdownScope::Subjects;
    q.indicators = {kIndicator};
    q.subjects = {QStringLiteral("nigeria"), QStringLiteral("india"), QStringLiteral("japan")};
    q.period = year(2020);
    const WorkspaceIndex index(ws);
    for (const WorkspaceIndex *idx : {static_cast<const WorkspaceIndex *>(nullptr), &index}) {
        const QList<BreakdownItem> items = breakdown(ws, q, SortOrder::None, idx);
        ASSERT_EQ(items.size(), 3);
        EXPECT_EQ(items[0].subject, QStringLiteral("nigeria"));
        EXPECT_EQ(items[0].observation.value, 52.68);
        EXPECT_EQ(items[1].subject, QStringLiteral("india"));
        EXPECT_EQ(items[2].subject, QStringLiteral("japan"));
        EXPECT_EQ(items[2].observation.value, 84.67);
    }
}

TEST(PanelCharts, CrossSectionNeverTakesAYearToDateValueForTheYear)
{
    Workspace ws = lifeExpectancy();
    Observation ytd = ws.observations.last(); // Nigeria, 2020
    ASSERT_EQ(ytd.subject, QStringLiteral("nigeria"));
    ytd.id = QStringLiteral("nigeria-2021-q1-q3");
    ytd.period = Period::parse(QStringLiteral("2021-Q1/2021-Q3"));
    ytd.value = 52.5;
    ws.observations.append(ytd);
    BreakdownQuery q;
    q.scope = BreakdownScope::Subjects;
    q.indicators = {kIndicator};
    q.subjects = {QStringLiteral("nigeria"), QStringLiteral("india")};
    q.period = year(2021);
    const QList<BreakdownItem> full = breakdown(ws, q);
    ASSERT_EQ(full.size(), 1); // Nigeria has no full-year value: left out, not drawn as zero
    EXPECT_EQ(full[0].subject, QStringLiteral("india"));
    q.period = ytd.period;
    const QList<BreakdownItem> span = breakdown(ws, q);
    ASSERT_EQ(span.size(), 1);
    EXPECT_EQ(span[0].observation.id, ytd.id);
}

TEST(PanelCharts, CrossSectionInChineseNamesTheSubjectsAndTitlesInChinese)
{
    const Workspace &ws = lifeExpectancy();
    const ChartSpec spec = crossSectionChartSpec(ws, kIndicator, year(2021));
    const ChartModel m = buildChartModel(ws, spec, Lang::Zh);
    EXPECT_EQ(m.title, ws.indicators.first().name.text(Lang::Zh) + QStringLiteral("，") + year(2021).label(Lang::Zh));
    QStringList expected;
    for (const char *id : {"japan", "germany", "china", "united-states", "brazil", "india"})
        expected << ws.subject(QString::fromUtf8(id))->name.text(Lang::Zh);
    EXPECT_EQ(m.categories, expected);
}

TEST(PanelCharts, LinesForTwoSubjectsAreNamedBySubjectWithTheirPoints)
{
    const Workspace &ws = lifeExpectancy();
    const ChartSpec spec = indicatorChartSpec(ws, kIndicator, {QStringLiteral("china"), QStringLiteral("united-states")});
    const ChartModel m = buildChartModel(ws, spec, Lang::En);
    ASSERT_FALSE(m.isEmpty()) << m.emptyMessage.toStdString();
    EXPECT_EQ(m.categories, (QStringList{"2019", "2020", "2021"}));
    ASSERT_EQ(m.series.size(), 2);
    EXPECT_EQ(m.series[0].name, QStringLiteral("China"));
    EXPECT_EQ(m.series[1].name, QStringLiteral("United States"));
    EXPECT_EQ(m.series[0].style, SeriesStyle::Line);
    EXPECT_EQ(values(m.series[0]), (QStringList{"77.97", "78.08", "78.21"}));
    EXPECT_EQ(values(m.series[1]), (QStringList{"78.79", "77.41", "76.33"}));
}

TEST(PanelCharts, CrossSectionSpecRoundTripsThroughJson)
{
    const Workspace &ws = lifeExpectancy();
    const ChartSpec all = crossSectionChartSpec(ws, kIndicator, year(2021));
    ChartSpec some = all;
    some.id = QStringLiteral("some");
    some.query.subjects = {QStringLiteral("japan"), QStringLiteral("china")};
    for (const ChartSpec &spec : {all, some}) {
        const QByteArray json = writeChartSpec(spec);
        EXPECT_TRUE(json.contains("\"scope\":\"subjects\"")) << json.toStdString();
        Problems problems;
        const ChartSpec back = readChartSpec(json, QStringLiteral("charts[0]"), problems);
        EXPECT_TRUE(problems.isEmpty()) << problems.first().message.toStdString();
        EXPECT_EQ(back, spec);
        EXPECT_EQ(writeChartSpec(back), json);
    }
    // Canonical: no "subjects" key when the query has none.
    EXPECT_FALSE(writeChartSpec(all).contains("\"subjects\":[")) << writeChartSpec(all).toStdString();
    EXPECT_TRUE(writeChartSpec(some).contains("\"subjects\":[\"japan\",\"china\"]")) << writeChartSpec(some).toStdString();
}

TEST(PanelCharts, CrossSectionChartRoundTripsThroughAClusterscopeFile)
{
    Workspace ws = lifeExpectancy();
    ChartSpec spec = crossSectionChartSpec(ws, kIndicator, year(2021));
    spec.query.subjects = {QStringLiteral("japan"), QStringLiteral("china")};
    ws.charts = {spec};
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("panel.clusterscope"));
    const SaveResult saved = saveWorkspace(ws, path);
    ASSERT_TRUE(saved.ok) << saved.error.toStdString();
    const LoadResult back = readWorkspaceFile(path);
    ASSERT_EQ(back.status, LoadResult::Status::Ok) << (back.problems.isEmpty() ? std::string() : back.problems.first().message.toStdString());
    ASSERT_EQ(back.workspace.charts.size(), 1);
    EXPECT_EQ(back.workspace.charts.first(), spec);
    EXPECT_EQ(buildChartModel(back.workspace, back.workspace.charts.first(), Lang::En).categories,
              (QStringList{"Japan", "China"})); // sorted: Japan 84.45 before China 78.21
}

TEST(PanelCharts, ChosenSubjectsWithoutAValueAreNamedInANote)
{
    const Workspace &ws = lifeExpectancy();
    ChartSpec spec = crossSectionChartSpec(ws, kIndicator, year(2021));
    spec.query.subjects = {QStringLiteral("nigeria"), QStringLiteral("china")};
    const ChartModel m = buildChartModel(ws, spec, Lang::En);
    EXPECT_EQ(m.categories, QStringList{QStringLiteral("China")});
    EXPECT_TRUE(m.notes.contains(QStringLiteral("No value for 2021: Nigeria"))) << m.notes.join(QLatin1Char('|')).toStdString();
    spec.query.subjects = {QStringLiteral("china")};
    EXPECT_TRUE(buildChartModel(ws, spec, Lang::En).notes.isEmpty());
}

TEST(PanelCharts, UnknownSubjectsInAChartAreReported)
{
    Workspace ws = lifeExpectancy();
    ChartSpec spec = crossSectionChartSpec(ws, kIndicator, year(2021));
    spec.query.subjects = {QStringLiteral("china"), QStringLiteral("atlantis")};
    ws.charts = {spec};
    const Problems problems = validate(ws);
    ASSERT_EQ(problems.size(), 1) << problems.first().message.toStdString();
    EXPECT_EQ(problems.first().code, ProblemCode::UnknownReference);
    EXPECT_EQ(problems.first().path, QStringLiteral("charts[0].query.subjects[1]"));
    EXPECT_EQ(problems.first().args, (QStringList{"subject", "atlantis"}));

    spec.query.subjects.clear();
    spec.query.indicators.clear();
    ws.charts = {spec};
    ASSERT_EQ(validate(ws).size(), 1);
    EXPECT_EQ(validate(ws).first().code, ProblemCode::BreakdownNeedsIndicators);
}

// The window: Ctrl+click two countries in the browser draws one line chart of both; one click on
// a country of a panel draws the panel's indicator for it.
TEST(PanelCharts, TwoSubjectsSelectedInTheBrowserDrawOneLineChartOfBoth)
{
    MainWindow window{lifeExpectancy()};
    WorkspaceBrowser *browser = window.browser();
    QTreeView *view = browser->view();
    auto subjectRow = [&](const QString &id) {
        const QAbstractItemModel *m = view->model();
        for (int top = 0; top < m->rowCount(); ++top) {
            const QModelIndex group = m->index(top, 0);
            for (int r = 0; r < m->rowCount(group); ++r) {
                const QModelIndex i = m->index(r, 0, group);
                if (WorkspaceBrowser::ItemKind(i.data(WorkspaceBrowser::KindRole).toInt()) == WorkspaceBrowser::ItemKind::Subject
                    && i.data(WorkspaceBrowser::IdRole).toString() == id)
                    return i;
            }
        }
        return QModelIndex();
    };
    const QModelIndex china = subjectRow(QStringLiteral("china")), us = subjectRow(QStringLiteral("united-states"));
    ASSERT_TRUE(china.isValid() && us.isValid());

    emit view->clicked(china); // one click: China alone
    ASSERT_EQ(window.currentSpec().series.size(), 1);
    EXPECT_EQ(window.currentSpec().series.first().subject, QStringLiteral("china"));
    EXPECT_EQ(window.currentSpec().series.first().indicator, kIndicator);

    QSignalSpy several(browser, &WorkspaceBrowser::subjectsChosen);
    view->selectionModel()->select(china, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(us, QItemSelectionModel::Select | QItemSelectionModel::Rows); // Ctrl+click
    emit view->clicked(us);
    ASSERT_EQ(several.size(), 1);
    EXPECT_EQ(several.first().first().toStringList(), (QStringList{QStringLiteral("china"), QStringLiteral("united-states")}));
    const ChartSpec &spec = window.currentSpec();
    ASSERT_EQ(spec.series.size(), 2);
    EXPECT_EQ(spec.series[0].subject, QStringLiteral("china"));
    EXPECT_EQ(spec.series[1].subject, QStringLiteral("united-states"));
    const ChartModel m = buildChartModel(window.workspace(), spec, Lang::En);
    ASSERT_EQ(m.series.size(), 2);
    EXPECT_EQ(m.series[0].name, QStringLiteral("China"));
    EXPECT_EQ(m.series[1].name, QStringLiteral("United States"));
}
