// SPDX-License-Identifier: GPL-3.0-or-later
// The chart-definition editor: the dialog returns what it was given when nothing changes, OK is
// refused for charts that break the rules, a chart is made from the current selection, and
// adding or editing a chart is undone to byte-identical output.
#include "dialogs/chart_editor.h"
#include "chart/chart_model.h"
#include "default_workspace.h"
#include "query/validation.h"
#include "persist/workspace_json.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using cs::ChartEditorDialog;
using cs::ChartSpec;
using cs::Workspace;

namespace {

Workspace embedded()
{
    const cs::LoadResult r = cs::readWorkspace(cs::defaultWorkspaceJson());
    EXPECT_TRUE(r.isUsable());
    return r.workspace;
}

QPushButton *okButton(ChartEditorDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString problemText(ChartEditorDialog &d) { return d.findChild<QLabel *>(QStringLiteral("problems"))->text(); }

bool chartProblems(const Workspace &ws)
{
    for (const cs::Problem &p : cs::validate(ws)) {
        if (p.path.startsWith(QLatin1String("charts[")))
            return true;
    }
    return false;
}

} // namespace

TEST(ChartEditor, UnchangedDialogReturnsIdenticalSpec)
{
    const Workspace ws = embedded();
    const ChartSpec *chart = ws.chart(QStringLiteral("sei-gdp-share"));
    ASSERT_TRUE(chart);
    ChartEditorDialog d(ws, *chart, nullptr);
    EXPECT_FALSE(d.isNewChart());
    EXPECT_TRUE(d.isAcceptable()) << d.problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(okButton(d)->isEnabled());
    EXPECT_EQ(d.spec(), *chart);
    // Every chart of the embedded workspace comes back unchanged too.
    for (const ChartSpec &c : ws.charts) {
        ChartEditorDialog each(ws, c, nullptr);
        EXPECT_EQ(each.spec(), c) << c.id.toStdString();
        EXPECT_TRUE(each.isAcceptable()) << c.id.toStdString();
    }
}

TEST(ChartEditor, ChangingChineseTitleChangesSpecTitle)
{
    const Workspace ws = embedded();
    const ChartSpec chart = *ws.chart(QStringLiteral("sei-gdp-share"));
    ChartEditorDialog d(ws, chart, nullptr);
    d.findChild<QLineEdit *>(QStringLiteral("titleZh"))->setText(QStringLiteral("新标题"));
    EXPECT_EQ(d.spec().title.zh, QStringLiteral("新标题"));
    EXPECT_EQ(d.spec().title.en, chart.title.en);
    ChartSpec expected = chart;
    expected.title.zh = QStringLiteral("新标题");
    EXPECT_EQ(d.spec(), expected);
    EXPECT_TRUE(okButton(d)->isEnabled());
}

TEST(ChartEditor, InvalidBreakdownPeriodDisablesOkWithMessage)
{
    const Workspace ws = embedded();
    const ChartSpec chart = *ws.chart(QStringLiteral("sei-categories-2023"));
    ChartEditorDialog d(ws, chart, nullptr);
    ASSERT_TRUE(okButton(d)->isEnabled());
    d.findChild<QLineEdit *>(QStringLiteral("period"))->setText(QStringLiteral("2023-Q5"));
    EXPECT_FALSE(okButton(d)->isEnabled());
    EXPECT_FALSE(d.isAcceptable());
    EXPECT_TRUE(problemText(d).contains(QStringLiteral("2023-Q5"))) << problemText(d).toStdString();
    d.findChild<QLineEdit *>(QStringLiteral("period"))->setText(QStringLiteral("2022"));
    EXPECT_TRUE(okButton(d)->isEnabled());
    EXPECT_EQ(d.spec().query.period, cs::Period::year(2022));
    d.findChild<QLineEdit *>(QStringLiteral("period"))->clear();
    EXPECT_FALSE(okButton(d)->isEnabled()); // a breakdown needs a period
}

TEST(ChartEditor, UnknownIndicatorDisablesOkWithMessage)
{
    const Workspace ws = embedded();
    const ChartSpec chart = *ws.chart(QStringLiteral("sei-added-value"));
    ChartEditorDialog d(ws, chart, nullptr);
    auto *table = d.findChild<QTableWidget *>(QStringLiteral("seriesTable"));
    ASSERT_EQ(table->rowCount(), 2);
    auto *indicator = qobject_cast<QComboBox *>(table->cellWidget(1, 0));
    ASSERT_TRUE(indicator);
    indicator->setEditText(QStringLiteral("no-such-indicator"));
    EXPECT_FALSE(okButton(d)->isEnabled());
    EXPECT_TRUE(problemText(d).contains(QStringLiteral("第2个系列：本工作区没有指标“no-such-indicator”")))
        << problemText(d).toStdString();
    EXPECT_EQ(d.spec().series[1].indicator, QStringLiteral("no-such-indicator"));
    indicator->setEditText(QStringLiteral("gdp-growth"));
    EXPECT_TRUE(okButton(d)->isEnabled()) << problemText(d).toStdString();

    // The total of a breakdown into parts too.
    ChartEditorDialog b(ws, *ws.chart(QStringLiteral("sei-categories-2023")), nullptr);
    b.findChild<QComboBox *>(QStringLiteral("total"))->setEditText(QStringLiteral("nothing"));
    EXPECT_FALSE(okButton(b)->isEnabled());
    EXPECT_TRUE(problemText(b).contains(QStringLiteral("本工作区没有指标“nothing”")));
}

TEST(ChartEditor, NewChartIdMustBeNonEmptyAndUnique)
{
    const Workspace ws = embedded();
    ChartSpec fresh = cs::chartSpecFromSelection(ws, cs::indicatorChartSpec(ws, QStringLiteral("gdp-growth")),
                                                 QStringLiteral("GDP growth"));
    ChartEditorDialog d(ws, fresh, nullptr);
    EXPECT_TRUE(d.isNewChart());
    EXPECT_TRUE(okButton(d)->isEnabled()) << problemText(d).toStdString();
    auto *id = d.findChild<QLineEdit *>(QStringLiteral("chartId"));
    id->setText(QStringLiteral("sei-gdp-share"));
    EXPECT_FALSE(okButton(d)->isEnabled());
    EXPECT_TRUE(problemText(d).contains(QStringLiteral("sei-gdp-share")));
    id->clear();
    EXPECT_FALSE(okButton(d)->isEnabled());
    id->setText(QStringLiteral("my-gdp-growth"));
    EXPECT_TRUE(okButton(d)->isEnabled());
    EXPECT_EQ(d.spec().id, QStringLiteral("my-gdp-growth"));
}

TEST(ChartEditor, ChartFromSelectionIsValidWithUniqueId)
{
    Workspace ws = embedded();
    const ChartSpec adHoc = cs::indicatorChartSpec(ws, QStringLiteral("sei-added-value"));
    // "sei-added-value" is already a chart's id: the new one gets another.
    const ChartSpec c = cs::chartSpecFromSelection(ws, adHoc, QStringLiteral("sei-added-value"));
    EXPECT_FALSE(c.id.isEmpty());
    EXPECT_FALSE(ws.chart(c.id));
    EXPECT_EQ(c.id, QStringLiteral("sei-added-value-2"));
    EXPECT_EQ(c.kind, adHoc.kind);
    EXPECT_EQ(c.series, adHoc.series);
    EXPECT_EQ(c.title, adHoc.title);
    ws.charts.append(c);
    EXPECT_FALSE(chartProblems(ws));
    EXPECT_TRUE(cs::validate(ws).isEmpty());

    // An id without usable characters falls back to the ad-hoc chart's own.
    const ChartSpec c2 = cs::chartSpecFromSelection(ws, adHoc, QStringLiteral("新图表"));
    EXPECT_EQ(c2.id, QStringLiteral("indicator-sei-added-value"));

    // A category's breakdown keeps its query.
    bool tested = false;
    for (const cs::ClusterCategory &cat : ws.taxonomy.categories) {
        if (const auto node = cs::taxonomyNodeChartSpec(ws, cat.id)) {
            const ChartSpec n = cs::chartSpecFromSelection(ws, *node, QStringLiteral("Node chart"));
            EXPECT_EQ(n.id, QStringLiteral("node-chart"));
            EXPECT_EQ(n.query, node->query);
            Workspace copy = ws;
            copy.charts.append(n);
            EXPECT_FALSE(chartProblems(copy));
            tested = true;
            break;
        }
    }
    EXPECT_TRUE(tested);
}

TEST(ChartEditor, EditChartUndoGivesByteIdenticalOutputAndRedoTheEdit)
{
    Workspace ws = embedded();
    const QByteArray before = cs::writeWorkspace(ws);
    ChartSpec edited = *ws.chart(QStringLiteral("sei-categories-2023"));
    edited.title.zh = QStringLiteral("改过的标题");
    edited.sort = cs::SortOrder::Ascending;
    Workspace expected = ws;
    *std::find_if(expected.charts.begin(), expected.charts.end(),
                  [](const ChartSpec &c) { return c.id == QLatin1String("sei-categories-2023"); }) = edited;
    int calls = 0;
    QUndoStack stack;
    stack.push(new cs::ReplaceChartCommand(&ws, *ws.chart(QStringLiteral("sei-categories-2023")), edited,
                                           [&] { ++calls; }));
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(ws, expected);
    const QByteArray after = cs::writeWorkspace(ws);
    EXPECT_NE(after, before);
    stack.undo();
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(cs::writeWorkspace(ws), before);
    stack.redo();
    EXPECT_EQ(cs::writeWorkspace(ws), after);
    EXPECT_EQ(ws, expected);
}

TEST(ChartEditor, AddChartUndoGivesByteIdenticalOutputAndRedoTheAddition)
{
    Workspace ws = embedded();
    const QByteArray before = cs::writeWorkspace(ws);
    const ChartSpec c = cs::chartSpecFromSelection(ws, cs::indicatorChartSpec(ws, QStringLiteral("sei-added-value")),
                                                   QStringLiteral("mine"));
    QUndoStack stack;
    stack.push(new cs::ReplaceChartCommand(&ws, std::nullopt, c, {}));
    ASSERT_EQ(ws.charts.size(), 6);
    EXPECT_EQ(ws.charts.last(), c);
    const QByteArray after = cs::writeWorkspace(ws);
    stack.undo();
    EXPECT_EQ(cs::writeWorkspace(ws), before);
    stack.redo();
    EXPECT_EQ(cs::writeWorkspace(ws), after);
    // The saved file reads back with the new chart and no problems.
    const cs::LoadResult r = cs::readWorkspace(after);
    EXPECT_EQ(r.status, cs::LoadResult::Status::Ok);
    EXPECT_EQ(r.workspace.charts.last(), c);
}

TEST(ChartEditor, DialogEditThroughUndoCommandRoundTrips)
{
    Workspace ws = embedded();
    const QByteArray before = cs::writeWorkspace(ws);
    const ChartSpec old = *ws.chart(QStringLiteral("sei-gdp-share"));
    ChartEditorDialog d(ws, old, nullptr);
    d.findChild<QLineEdit *>(QStringLiteral("titleEn"))->setText(QStringLiteral("Edited"));
    ASSERT_TRUE(d.isAcceptable());
    QUndoStack stack;
    stack.push(new cs::ReplaceChartCommand(&ws, old, d.spec(), {}));
    EXPECT_EQ(ws.charts.first().title.en, QStringLiteral("Edited"));
    EXPECT_EQ(ws.charts.first().series, old.series); // sources and period kinds kept
    stack.undo();
    EXPECT_EQ(cs::writeWorkspace(ws), before);
}
