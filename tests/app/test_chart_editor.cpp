// SPDX-License-Identifier: GPL-3.0-or-later
// The chart-definition editor: the dialog returns what it was given when nothing changes, OK is
// refused for charts that break the rules, a chart is made from the current selection, and
// adding or editing a chart is undone to byte-identical output. Indicators are chosen by name and
// a panel's subjects by ticking them in a searchable list.
#include "dialogs/chart_editor.h"
#include "dialogs/indicator_picker.h"
#include "dialogs/subject_picker.h"
#include "chart/chart_model.h"
#include "default_workspace.h"
#include "query/validation.h"
#include "persist/workspace_json.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
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

namespace {

// The embedded workspace plus a panel: one indicator "gdp" without a subject of its own, with
// values for 30 economies in 2020–2022 (each economy's value grows with its place in the list).
Workspace withPanel()
{
    Workspace ws = embedded();
    const std::pair<const char *, const char *> economies[] = {
        {"China", "中国"},       {"Chile", "智利"},       {"United States", "美国"}, {"India", "印度"},
        {"Japan", "日本"},       {"Germany", "德国"},     {"France", "法国"},        {"Brazil", "巴西"},
        {"Italy", "意大利"},     {"Canada", "加拿大"},    {"Russia", "俄罗斯"},      {"Korea", "韩国"},
        {"Australia", "澳大利亚"}, {"Spain", "西班牙"},   {"Mexico", "墨西哥"},      {"Indonesia", "印度尼西亚"},
        {"Netherlands", "荷兰"}, {"Saudi Arabia", "沙特阿拉伯"}, {"Turkey", "土耳其"}, {"Switzerland", "瑞士"},
        {"Poland", "波兰"},      {"Argentina", "阿根廷"}, {"Sweden", "瑞典"},        {"Belgium", "比利时"},
        {"Thailand", "泰国"},    {"Nigeria", "尼日利亚"}, {"Austria", "奥地利"},     {"Norway", "挪威"},
        {"Israel", "以色列"},    {"Ireland", "爱尔兰"},
    };
    cs::Indicator gdp;
    gdp.id = QStringLiteral("gdp");
    gdp.name = {QStringLiteral("国内生产总值"), QStringLiteral("GDP at market prices")};
    gdp.unit = ws.indicator(QStringLiteral("sei-added-value"))->unit;
    ws.indicators.append(gdp);
    int n = 0;
    for (const auto &[en, zh] : economies) {
        cs::Subject s;
        s.id = cs::chartIdSlug(QString::fromUtf8(en));
        s.name = {QString::fromUtf8(zh), QString::fromUtf8(en)};
        ws.subjects.append(s);
        for (int year = 2020; year <= 2022; ++year) {
            cs::Observation o;
            o.id = QStringLiteral("gdp#%1").arg(++n);
            o.indicator = gdp.id;
            o.subject = s.id;
            o.period = cs::Period::year(year);
            o.value = 1000.0 * n;
            o.source = ws.sources.first().id;
            o.quote = QStringLiteral("GDP %1").arg(n);
            ws.observations << o;
        }
    }
    EXPECT_TRUE(cs::validate(ws).isEmpty()) << cs::validate(ws).first().message.toStdString();
    return ws;
}

ChartSpec gdpChart(const QStringList &subjects)
{
    ChartSpec c;
    c.id = QStringLiteral("gdp-chart");
    c.title = {QStringLiteral("国内生产总值"), QStringLiteral("GDP")};
    c.kind = cs::ChartKind::TimeSeries;
    for (const QString &subject : subjects) {
        cs::SeriesSpec s;
        s.indicator = QStringLiteral("gdp");
        s.subject = subject;
        s.style = cs::SeriesStyle::Line;
        c.series << s;
    }
    return c;
}

// The rows a picker's filter leaves, as shown.
QStringList shown(QSortFilterProxyModel *proxy)
{
    QStringList out;
    for (int i = 0; i < proxy->rowCount(); ++i)
        out << proxy->index(i, 0).data().toString();
    return out;
}

// Ticks or unticks the first row the subject filter leaves for `text`, as a click on its box does.
bool tick(cs::SubjectPicker *picker, const QString &text, bool on = true)
{
    picker->searchField()->setText(text);
    QSortFilterProxyModel *proxy = picker->proxy();
    if (proxy->rowCount() == 0)
        return false;
    const QModelIndex at = proxy->index(0, 0);
    if (!(proxy->flags(at) & Qt::ItemIsUserCheckable) || !(proxy->flags(at) & Qt::ItemIsEnabled))
        return false;
    return proxy->setData(at, on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

QTableWidget *seriesTable(ChartEditorDialog &d) { return d.findChild<QTableWidget *>(QStringLiteral("seriesTable")); }

} // namespace

TEST(ChartEditorPicker, TypingFiltersThePanelsSubjectsByEitherName)
{
    const Workspace ws = withPanel();
    ChartEditorDialog d(ws, gdpChart({QString()}), nullptr);
    d.setLanguage(cs::Lang::En);
    cs::SubjectPicker *subjects = d.subjectPicker();
    ASSERT_FALSE(subjects->parentWidget()->isHidden()); // the chosen indicator is a panel
    EXPECT_EQ(subjects->proxy()->rowCount(), 30);
    subjects->searchField()->setText(QStringLiteral("chi"));
    EXPECT_EQ(shown(subjects->proxy()), (QStringList{QStringLiteral("Chile"), QStringLiteral("China")}));
    subjects->searchField()->setText(QStringLiteral("CHINA"));
    EXPECT_EQ(shown(subjects->proxy()), QStringList{QStringLiteral("China")});
    subjects->searchField()->setText(QStringLiteral("智利")); // the other language's name
    EXPECT_EQ(shown(subjects->proxy()), QStringList{QStringLiteral("Chile")});
    subjects->searchField()->setText(QStringLiteral("united-states")); // the id
    EXPECT_EQ(shown(subjects->proxy()), QStringList{QStringLiteral("United States")});
    // In Chinese the same subjects are shown by their Chinese names.
    d.setLanguage(cs::Lang::Zh);
    subjects->searchField()->setText(QStringLiteral("chi"));
    const QStringList zh = shown(subjects->proxy());
    EXPECT_EQ(QSet<QString>(zh.cbegin(), zh.cend()), (QSet<QString>{QStringLiteral("中国"), QStringLiteral("智利")}));
    // A panel series without a subject is not a chart yet.
    subjects->searchField()->clear();
    EXPECT_FALSE(d.isAcceptable());
    EXPECT_TRUE(problemText(d).contains(QStringLiteral("国内生产总值"))) << problemText(d).toStdString();
}

TEST(ChartEditorPicker, TickingChinaAndTheUnitedStatesGivesTwoLineSeries)
{
    const Workspace ws = withPanel();
    ChartSpec start = gdpChart({});
    ChartEditorDialog d(ws, start, nullptr);
    d.setLanguage(cs::Lang::En);
    // No series yet: choosing the panel in the indicator list lists its subjects.
    d.indicatorPicker()->searchField()->setText(QStringLiteral("gdp at market"));
    ASSERT_EQ(d.indicatorPicker()->proxy()->rowCount(), 1);
    d.indicatorPicker()->view()->setCurrentIndex(d.indicatorPicker()->proxy()->index(0, 0));
    ASSERT_EQ(seriesTable(d)->rowCount(), 1);
    ASSERT_FALSE(d.subjectPicker()->parentWidget()->isHidden());
    // "chi" leaves Chile and China, sorted by name: a tick and an untick of Chile leave no series
    // of it; then China and the United States are ticked by name.
    EXPECT_TRUE(tick(d.subjectPicker(), QStringLiteral("chi")));
    EXPECT_EQ(d.subjectPicker()->ticked(), QSet<QString>{QStringLiteral("chile")});
    EXPECT_TRUE(tick(d.subjectPicker(), QStringLiteral("chile"), false));
    EXPECT_TRUE(d.spec().series.isEmpty());
    EXPECT_TRUE(tick(d.subjectPicker(), QStringLiteral("china")));
    EXPECT_TRUE(tick(d.subjectPicker(), QStringLiteral("united st")));
    EXPECT_EQ(d.subjectPicker()->ticked(), (QSet<QString>{QStringLiteral("china"), QStringLiteral("united-states")}));
    ASSERT_TRUE(d.isAcceptable()) << d.problems().join(QLatin1Char('\n')).toStdString();
    const ChartSpec spec = d.spec();
    ASSERT_EQ(spec.series.size(), 2);
    EXPECT_EQ(spec.series, gdpChart({QStringLiteral("china"), QStringLiteral("united-states")}).series);
    // The table names the subjects.
    EXPECT_EQ(seriesTable(d)->item(0, 1)->text(), QStringLiteral("China"));
    EXPECT_EQ(seriesTable(d)->item(1, 1)->text(), QStringLiteral("United States"));
    // The chart it defines draws one line per subject.
    Workspace copy = ws;
    copy.charts.append(spec);
    EXPECT_TRUE(cs::validate(copy).isEmpty());
}

TEST(ChartEditorPicker, EditingAPanelChartTicksItsSubjectsAndUntickingRemovesTheSeries)
{
    const Workspace ws = withPanel();
    const ChartSpec chart = gdpChart({QStringLiteral("japan"), QStringLiteral("china"), QStringLiteral("india")});
    ChartEditorDialog d(ws, chart, nullptr);
    EXPECT_EQ(d.spec(), chart);
    EXPECT_TRUE(d.isAcceptable()) << d.problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(d.subjectPicker()->ticked(),
              (QSet<QString>{QStringLiteral("japan"), QStringLiteral("china"), QStringLiteral("india")}));
    EXPECT_EQ(seriesTable(d)->item(0, 1)->text(), QStringLiteral("日本"));
    EXPECT_TRUE(tick(d.subjectPicker(), QStringLiteral("china"), false));
    EXPECT_EQ(d.spec().series, gdpChart({QStringLiteral("japan"), QStringLiteral("india")}).series);
    EXPECT_EQ(d.subjectPicker()->ticked(), (QSet<QString>{QStringLiteral("japan"), QStringLiteral("india")}));
    // Removing a series in the table unticks its subject.
    seriesTable(d)->selectRow(1);
    d.findChild<QPushButton *>(QStringLiteral("removeSeries"))->click();
    EXPECT_EQ(d.subjectPicker()->ticked(), QSet<QString>{QStringLiteral("japan")});
    // A subject with no values for the panel (a chart from a file) is refused by name.
    ChartEditorDialog bad(ws, gdpChart({QStringLiteral("shenzhen")}), nullptr);
    EXPECT_FALSE(bad.isAcceptable());
    EXPECT_TRUE(problemText(bad).contains(QStringLiteral("shenzhen"))) << problemText(bad).toStdString();
}

TEST(ChartEditorPicker, AtMostTwelveSubjectsCanBeTicked)
{
    const Workspace ws = withPanel();
    ChartEditorDialog d(ws, gdpChart({}), nullptr);
    d.setLanguage(cs::Lang::En);
    d.indicatorPicker()->searchField()->setText(QStringLiteral("国内生产总值"));
    d.indicatorPicker()->view()->setCurrentIndex(d.indicatorPicker()->proxy()->index(0, 0));
    cs::SubjectPicker *p = d.subjectPicker();
    const QStringList names{"Japan", "Germany", "France", "Brazil", "Italy", "Canada",
                            "Russia", "Korea", "Australia", "Spain", "Mexico", "Poland"};
    for (const QString &name : names)
        EXPECT_TRUE(tick(p, name)) << name.toStdString();
    ASSERT_EQ(p->ticked().size(), cs::SubjectPicker::kMaxTicked);
    EXPECT_FALSE(tick(p, QStringLiteral("China"))); // disabled
    EXPECT_EQ(p->ticked().size(), 12);
    EXPECT_TRUE(p->limitLabel()->text().contains(QStringLiteral("untick"))) << p->limitLabel()->text().toStdString();
    EXPECT_EQ(d.spec().series.size(), 12);
    EXPECT_TRUE(tick(p, QStringLiteral("Poland"), false));
    EXPECT_TRUE(tick(p, QStringLiteral("China")));
    EXPECT_EQ(d.spec().series.last().subject, QStringLiteral("china"));
    EXPECT_TRUE(d.isAcceptable()) << d.problems().join(QLatin1Char('\n')).toStdString();
}

TEST(ChartEditorPicker, AnIndicatorIsFoundByItsChineseNameAndChosenForTheSelectedSeries)
{
    const Workspace ws = embedded();
    const ChartSpec chart = *ws.chart(QStringLiteral("sei-added-value"));
    ChartEditorDialog d(ws, chart, nullptr);
    cs::IndicatorPicker *picker = d.indicatorPicker();
    // The first series is selected and shown; one of a single subject lists no subjects.
    EXPECT_EQ(picker->currentIndicator(), chart.series[0].indicator);
    EXPECT_TRUE(d.subjectPicker()->parentWidget()->isHidden());
    picker->searchField()->setText(QStringLiteral("地区生产总值"));
    ASSERT_EQ(picker->proxy()->rowCount(), 1);
    EXPECT_EQ(picker->proxy()->index(0, 0).data(cs::IndicatorListModel::IdRole).toString(), QStringLiteral("gdp-growth"));
    EXPECT_EQ(picker->proxy()->index(0, 0).data().toString(), QStringLiteral("地区生产总值增速"));
    // English name and id match too.
    picker->searchField()->setText(QStringLiteral("gdp growth"));
    EXPECT_EQ(shown(picker->proxy()), QStringList{QStringLiteral("地区生产总值增速")});
    picker->searchField()->setText(QStringLiteral("huawei-net"));
    EXPECT_EQ(shown(picker->proxy()), QStringList{QStringLiteral("华为净利润率")});
    // Choosing one sets the selected series' indicator and leaves its other fields alone.
    seriesTable(d)->selectRow(1);
    picker->searchField()->setText(QStringLiteral("地区生产总值"));
    picker->view()->setCurrentIndex(picker->proxy()->index(0, 0));
    ChartSpec expected = chart;
    expected.series[1].indicator = QStringLiteral("gdp-growth");
    EXPECT_EQ(d.spec(), expected);
    EXPECT_TRUE(d.isAcceptable()) << d.problems().join(QLatin1Char('\n')).toStdString();
    // The row shows the name, and filtering never changes the choice.
    EXPECT_EQ(qobject_cast<QComboBox *>(seriesTable(d)->cellWidget(1, 0))->currentText(), QStringLiteral("地区生产总值增速"));
    picker->searchField()->setText(QStringLiteral("华为"));
    picker->searchField()->clear();
    EXPECT_EQ(d.spec(), expected);
}

TEST(ChartEditorPicker, TenThousandIndicatorsAreHeldOnceAndFiltered)
{
    Workspace ws = embedded();
    for (int i = 0; i < 10000; ++i) {
        cs::Indicator ind;
        ind.id = QStringLiteral("wdi-%1").arg(i);
        ind.name = {QStringLiteral("指标%1").arg(i), QStringLiteral("Indicator number %1").arg(i)};
        ind.subject = QStringLiteral("shenzhen");
        ind.unit = ws.indicators.first().unit;
        ws.indicators.append(ind);
    }
    ChartEditorDialog d(ws, *ws.chart(QStringLiteral("sei-added-value")), nullptr);
    QTableWidget *table = seriesTable(d);
    ASSERT_EQ(table->rowCount(), 2);
    // Every row's indicator box shows the picker's one model: no copy of the list per row.
    QAbstractItemModel *model = d.indicatorPicker()->proxy()->sourceModel();
    for (int row = 0; row < table->rowCount(); ++row)
        EXPECT_EQ(qobject_cast<QComboBox *>(table->cellWidget(row, 0))->model(), model);
    EXPECT_EQ(model->rowCount(), ws.indicators.size());
    d.indicatorPicker()->searchField()->setText(QStringLiteral("number 4567"));
    EXPECT_EQ(shown(d.indicatorPicker()->proxy()), QStringList{QStringLiteral("指标4567")});
    d.indicatorPicker()->searchField()->setText(QStringLiteral("指标999"));
    EXPECT_EQ(d.indicatorPicker()->proxy()->rowCount(), 11); // 999 and 9990–9999
}

TEST(ChartEditorPicker, TypingAndEnterInTheSubjectSearchTicksAndKeepsTheFocus)
{
    const Workspace ws = withPanel();
    ChartEditorDialog d(ws, gdpChart({QStringLiteral("japan")}), nullptr);
    d.setLanguage(cs::Lang::En);
    d.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&d));
    QLineEdit *search = d.subjectPicker()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("chi"));
    EXPECT_EQ(shown(d.subjectPicker()->proxy()), (QStringList{QStringLiteral("Chile"), QStringLiteral("China")}));
    QTest::keyClick(search, Qt::Key_Return); // the first match
    EXPECT_EQ(d.spec().series, gdpChart({QStringLiteral("japan"), QStringLiteral("chile")}).series);
    // The new series is selected, but typing goes on in the search field, not in its boxes.
    EXPECT_EQ(seriesTable(d)->currentRow(), 1);
    EXPECT_EQ(QApplication::focusWidget(), search);
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("united"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(d.spec().series.last().subject, QStringLiteral("united-states"));
    EXPECT_EQ(QApplication::focusWidget(), search);
    EXPECT_TRUE(d.isAcceptable()) << d.problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(okButton(d)->isEnabled());
}
