// SPDX-License-Identifier: GPL-3.0-or-later
// The browser after an edit, an undo or a redo of values: the rows of the indicators whose values
// changed show their new latest value and their clusters' counts, and every row stays the object
// it was (the tree is not built again, which takes seconds for ten thousand indicators). The
// latest value is the last point of the indicator's series.
#include "widgets/indicator_values.h"
#include "widgets/main_window.h"
#include "widgets/workspace_browser.h"
#include "default_workspace.h"
#include "persist/workspace_json.h"
#include "query/workspace_queries.h"
#include "workspace_fixture.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

using namespace cs;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

Observation value(const char *id, const char *indicator, Period period, double v, const char *source = "bulletin")
{
    Observation o;
    o.id = u(id);
    o.indicator = u(indicator);
    o.period = period;
    o.value = v;
    o.source = u(source);
    o.quote = u("Quote for ") + o.id;
    return o;
}

Indicator firms(const char *id, const char *cluster)
{
    Indicator i;
    i.id = u(id);
    i.name = {i.id + u("（中）"), i.id};
    i.subject = u("city");
    i.cluster = u(cluster);
    i.unit = u("jia");
    i.measure = Measure::Count;
    return i;
}

// The small workspace, with "gva" (three years, in cluster A1) and "exports" (two values of 2023
// from two sources: the primary one is shown), and a second primary source.
Workspace workspace()
{
    Workspace ws = test::smallWorkspace();
    Source office = ws.sources.first();
    office.id = u("office");
    ws.sources << office;
    ws.indicators << firms("gva", "cl-a1") << firms("exports", "cl-b1");
    ws.observations << value("gva-2021", "gva", Period::year(2021), 10) << value("gva-2022", "gva", Period::year(2022), 11)
                    << value("gva-2023", "gva", Period::year(2023), 12)
                    << value("exports-news", "exports", Period::year(2023), 1, "news")
                    << value("exports-bulletin", "exports", Period::year(2023), 2);
    return ws;
}

// Every cell of the tree, in order, with its text.
QList<std::pair<QStandardItem *, QString>> cells(const QStandardItem *parent)
{
    QList<std::pair<QStandardItem *, QString>> out;
    for (int r = 0; r < parent->rowCount(); ++r) {
        for (int c = 0; c < parent->columnCount(); ++c) {
            if (QStandardItem *cell = parent->child(r, c)) {
                out.append({cell, cell->text()});
                out += cells(cell);
            }
        }
    }
    return out;
}

// The row of an indicator or a taxonomy node: its second cell (latest value, or value count).
const QStandardItem *valueCell(const QStandardItem *parent, const QString &id)
{
    for (int r = 0; r < parent->rowCount(); ++r) {
        const QStandardItem *name = parent->child(r, 0);
        if (name->data(WorkspaceBrowser::IdRole).toString() == id)
            return parent->child(r, 1);
        if (const QStandardItem *found = valueCell(name, id))
            return found;
    }
    return nullptr;
}

class BrowserUpdates : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>(workspace());
        window->setLanguage(Lang::En);
        window->show();
        QApplication::processEvents();
        before = cells(model()->invisibleRootItem());
        ASSERT_GT(before.size(), 20);
        for (const auto &[cell, text] : before) // a cell made again has no mark (its address may be the same)
            cell->setData(true, kMark);
    }
    static constexpr int kMark = Qt::UserRole + 99;

    QStandardItemModel *model() const { return window->browser()->model(); }
    Document *doc() const { return window->document(); }
    QString shown(const char *id) const
    {
        const QStandardItem *cell = valueCell(model()->invisibleRootItem(), u(id));
        return cell ? cell->text() : u("(no row)");
    }

    // The tree holds the same cells as before, each with its text as before except `changed`.
    void expectOnlyChanged(const QSet<QString> &changedIds) const
    {
        const auto after = cells(model()->invisibleRootItem());
        ASSERT_EQ(after.size(), before.size()) << "rows added or removed";
        QSet<const QStandardItem *> changedCells;
        for (const QString &id : changedIds)
            changedCells.insert(valueCell(model()->invisibleRootItem(), id));
        for (qsizetype i = 0; i < after.size(); ++i) {
            ASSERT_EQ(after[i].first, before[i].first) << "cell " << i << " was made again: the tree was rebuilt";
            ASSERT_TRUE(after[i].first->data(kMark).toBool()) << "cell " << i << " was made again: the tree was rebuilt";
            if (!changedCells.contains(after[i].first)) {
                EXPECT_EQ(after[i].second, before[i].second) << "cell " << i;
            }
        }
    }

    std::unique_ptr<MainWindow> window;
    QList<std::pair<QStandardItem *, QString>> before;
};

} // namespace

TEST_F(BrowserUpdates, EditingAValueChangesOnlyItsIndicatorsRow)
{
    EXPECT_EQ(shown("gva").toStdString(), "12 firms · 2023");
    Observation edited = *doc()->observation(u("gva-2023"));
    edited.value = 77;
    QString error;
    ASSERT_TRUE(doc()->replaceObservation(edited, &error)) << error.toStdString();
    EXPECT_EQ(shown("gva").toStdString(), "77 firms · 2023");
    expectOnlyChanged({u("gva")});

    window->undoStack()->undo();
    EXPECT_EQ(shown("gva").toStdString(), "12 firms · 2023");
    expectOnlyChanged({}); // every text as it was
    window->undoStack()->redo();
    EXPECT_EQ(shown("gva").toStdString(), "77 firms · 2023");
    expectOnlyChanged({u("gva")});
}

TEST_F(BrowserUpdates, AnEarlierValueMovedToALaterPeriodBecomesTheLatest)
{
    Observation moved = *doc()->observation(u("gva-2021"));
    moved.period = Period::year(2024);
    ASSERT_TRUE(doc()->replaceObservation(moved));
    EXPECT_EQ(shown("gva").toStdString(), "10 firms · 2024");
    expectOnlyChanged({u("gva")});
}

TEST_F(BrowserUpdates, TheSourceOfAValueNotShownDecidesWhichIsShown)
{
    EXPECT_EQ(shown("exports").toStdString(), "2 firms · 2023") << "the primary source's value";
    // Both primary now: the first of equals is shown, as the chart's series keeps it.
    Observation news = *doc()->observation(u("exports-news"));
    news.source = u("office");
    QString error;
    ASSERT_TRUE(doc()->replaceObservation(news, &error)) << error.toStdString();
    EXPECT_EQ(shown("exports").toStdString(), "1 firms · 2023");
    expectOnlyChanged({u("exports")});
}

TEST_F(BrowserUpdates, RemovingAValueUpdatesItsRowAndItsClustersCounts)
{
    EXPECT_EQ(shown("cl-a1").toStdString(), "4 values") << "growth-a's and gva's";
    EXPECT_EQ(shown("cat-a").toStdString(), "5 values") << "part-a's and its cluster's";
    QString error;
    ASSERT_TRUE(doc()->removeObservation(u("gva-2023"), &error)) << error.toStdString();
    EXPECT_EQ(shown("gva").toStdString(), "11 firms · 2022");
    EXPECT_EQ(shown("cl-a1").toStdString(), "3 values");
    EXPECT_EQ(shown("cat-a").toStdString(), "4 values");
    expectOnlyChanged({u("gva"), u("cl-a1"), u("cat-a")});
    window->undoStack()->undo();
    expectOnlyChanged({});
}

TEST_F(BrowserUpdates, ANewIndicatorBuildsTheTreeAgain)
{
    QString error;
    ASSERT_TRUE(doc()->addIndicator(firms("imports", "cl-b1"), &error)) << error.toStdString();
    EXPECT_EQ(shown("imports").toStdString(), "no data yet");
    EXPECT_EQ(cells(model()->invisibleRootItem()).size(), before.size() + 2);
}

TEST(IndicatorValues, TheLatestValueIsTheLastPointOfTheSeries)
{
    const LoadResult r = readWorkspace(defaultWorkspaceJson());
    ASSERT_TRUE(r.isUsable());
    for (const Workspace &ws : {r.workspace, workspace()}) {
        for (const Indicator &ind : ws.indicators) {
            const QList<int> all = ws.observationsOf(ind.id);
            const QList<Observation> series = indicatorSeries(ws, ind.id);
            const std::optional<Observation> expected = series.isEmpty()
                ? (all.isEmpty() ? std::nullopt : std::optional<Observation>(ws.observations.at(all.first())))
                : std::optional<Observation>(series.last());
            EXPECT_EQ(latestValue(ws, all), expected) << ind.id.toStdString();
        }
    }
}

TEST(IndicatorValues, NamesTheIndicatorsWhoseValuesChanged)
{
    Workspace ws = workspace();
    IndicatorValues values;
    values.reset(ws);
    EXPECT_TRUE(values.changedIndicators(ws).isEmpty());
    EXPECT_EQ(values.count(u("gva")), 3);

    ws.observations.update(ws.observations.size() - 3, [](Observation &o) { o.value += 1; }); // gva-2023
    EXPECT_EQ(values.changedIndicators(ws), QSet<QString>{u("gva")});
    EXPECT_TRUE(values.changedIndicators(ws).isEmpty()) << "told once";

    const Observation moved = ws.observations.at(ws.observations.size() - 4); // gva-2022, to the end
    ws.observations.removeAt(ws.observations.size() - 4);
    ws.observations.append(moved);
    EXPECT_EQ(values.changedIndicators(ws), QSet<QString>{u("gva")}) << "its values in another order";

    Observation reassigned = ws.observations.last(); // gva-2022 becomes a value of exports
    reassigned.indicator = u("exports");
    ws.observations.replace(ws.observations.size() - 1, reassigned);
    EXPECT_EQ(values.changedIndicators(ws), (QSet<QString>{u("gva"), u("exports")}));
    EXPECT_EQ(values.count(u("gva")), 2);
    EXPECT_EQ(values.count(u("exports")), 3);

    ws.observations.removeAt(ws.observations.size() - 1);
    EXPECT_EQ(values.changedIndicators(ws), QSet<QString>{u("exports")});
    EXPECT_EQ(values.rowsOf(ws, {u("exports")}).value(u("exports")).size(), 2);
}
