// SPDX-License-Identifier: GPL-3.0-or-later
// The browser names the workspace's own taxonomy, in the window's language, and shows no
// taxonomy when the workspace has none.
#include "widgets/workspace_browser.h"
#include "default_workspace.h"
#include "persist/workspace_json.h"
#include "workspace_fixture.h"

#include <QCoreApplication>
#include <QStandardItemModel>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace cs;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

QStringList topRows(const WorkspaceBrowser &b)
{
    QStringList out;
    for (int r = 0; r < b.model()->rowCount(); ++r)
        out << b.model()->item(r, 0)->text();
    return out;
}

QString summaryOf(const WorkspaceBrowser &b, int row) { return b.model()->item(row, 1)->text(); }

// The UI in Chinese, as the window installs it, for the life of the object.
struct ChineseUi {
    QTranslator translator;
    ChineseUi()
    {
        EXPECT_TRUE(translator.load(QStringLiteral(":/i18n/clusterscope_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    ~ChineseUi() { QCoreApplication::removeTranslator(&translator); }
};

} // namespace

TEST(WorkspaceBrowser, NamesTheDefaultWorkspacesTaxonomyInBothLanguages)
{
    const LoadResult r = readWorkspace(defaultWorkspaceJson());
    WorkspaceBrowser b;
    b.setWorkspace(&r.workspace, Lang::En);
    ASSERT_FALSE(topRows(b).isEmpty());
    EXPECT_EQ(topRows(b).first(), u("Shenzhen \"20+8\" industry clusters (2022 edition)"));
    EXPECT_EQ(summaryOf(b, 0), u("%1 clusters + %2 future industries").arg(r.workspace.taxonomy.clusterCount()).arg(8));
    {
        ChineseUi zh;
        b.setWorkspace(&r.workspace, Lang::Zh);
        EXPECT_EQ(topRows(b).first(), u("深圳“20+8”产业集群（2022年版）"));
    }
}

TEST(WorkspaceBrowser, NamesAnotherTaxonomyByItsOwnTitle)
{
    Workspace ws = test::smallWorkspace();
    ws.taxonomy.title = {u("某市重点产业链"), u("Key industry chains of the city")};
    ws.taxonomy.edition = u("2024");
    ws.taxonomy.futureIndustries.clear();
    WorkspaceBrowser b;
    b.setWorkspace(&ws, Lang::En);
    EXPECT_EQ(topRows(b), (QStringList{u("Key industry chains of the city (2024 edition)"), u("Subjects"), u("Indicators")}));
    EXPECT_FALSE(topRows(b).join(QLatin1Char(' ')).contains(u("20+8")));
    EXPECT_EQ(summaryOf(b, 0), u("2 clusters"));
    EXPECT_EQ(b.model()->item(0, 0)->rowCount(), 2) << "two categories, no empty future industries";
    ws.taxonomy.title = {};
    ws.taxonomy.edition.clear();
    b.setWorkspace(&ws, Lang::Zh);
    EXPECT_EQ(topRows(b).first(), u("tax")) << "untitled: its id";
}

TEST(WorkspaceBrowser, ShowsNoTaxonomyWhenTheWorkspaceHasNone)
{
    Workspace ws = test::smallWorkspace();
    ws.taxonomy = Taxonomy();
    for (Indicator &i : ws.indicators)
        i.cluster.clear();
    WorkspaceBrowser b;
    for (Lang lang : {Lang::Zh, Lang::En}) {
        b.setWorkspace(&ws, lang);
        EXPECT_EQ(topRows(b), (QStringList{u("Subjects"), u("Indicators")}));
    }
    const Workspace empty;
    b.setWorkspace(&empty, Lang::En);
    EXPECT_EQ(topRows(b), (QStringList{u("Subjects"), u("Indicators")})) << "File → New";
}
