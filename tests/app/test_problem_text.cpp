// SPDX-License-Identifier: GPL-3.0-or-later
// Problems from core carry a code and arguments; the window words every code for people, in
// Chinese and in English, with the place named as people count (the 8th chart, not charts[7]).
#include "document/problem_text.h"
#include "persist/workspace_json.h"
#include "query/validation.h"
#include "workspace_fixture.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace cs;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }
bool hasChinese(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}
} // namespace

TEST(ProblemText, EveryCodeHasChineseAndEnglishWords)
{
    const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (int c = 0; c < kProblemCodeCount; ++c) {
        Problem p;
        p.code = ProblemCode(c);
        p.path = QStringLiteral("observations[2].period");
        p.message = QStringLiteral("developer message");
        p.args = {QStringLiteral("arg-a"), QStringLiteral("arg-b"), QStringLiteral("charts[0]"), QStringLiteral("arg-d"),
                  QStringLiteral("arg-e")};
        const QString zh = problemText(p, Lang::Zh), en = problemText(p, Lang::En);
        EXPECT_TRUE(hasChinese(zh)) << "code " << c << ": " << zh.toStdString();
        EXPECT_TRUE(zh.startsWith(u("第3个数值"))) << "code " << c << ": " << zh.toStdString();
        EXPECT_TRUE(en.startsWith(u("Value 3"))) << "code " << c << ": " << en.toStdString();
        EXPECT_FALSE(hasChinese(en)) << "code " << c << ": " << en.toStdString();
        for (const QString &text : {zh, en}) {
            EXPECT_FALSE(text.contains(p.message)) << "code " << c << " is worded, not passed through";
            EXPECT_FALSE(placeholder.match(text).hasMatch()) << "code " << c << ": " << text.toStdString();
        }
        EXPECT_NE(zh, en);
    }
}

TEST(ProblemText, ValidationProblemsAreWordedWithThePlaceCountedFromOne)
{
    Workspace ws = test::smallWorkspace();
    ChartSpec growth;
    growth.id = QStringLiteral("growth");
    growth.kind = ChartKind::GrowthComparison;
    growth.title = {u("增长"), u("Growth")};
    growth.query.scope = BreakdownScope::All;
    for (qsizetype i = ws.charts.size(); i < 7; ++i) {
        ChartSpec copy = ws.charts.first();
        copy.id = QStringLiteral("copy-%1").arg(i);
        ws.charts << copy;
    }
    ws.charts << growth; // charts[7]
    const Problems problems = validate(ws);
    const auto it = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.path == QStringLiteral("charts[7].query"); });
    ASSERT_NE(it, problems.cend());
    EXPECT_EQ(it->message, u("a growth-comparison chart needs a period")) << "the command line's words are unchanged";
    EXPECT_EQ(it->code, ProblemCode::ChartNeedsPeriod);
    EXPECT_EQ(problemText(*it, Lang::Zh), u("第8个图表：增长对比图需要一个时期"));
    EXPECT_EQ(problemText(*it, Lang::En), u("Chart 8: a growth comparison needs a period"));
}

TEST(ProblemText, ReadingProblemsNameTheKeyAndTheType)
{
    const LoadResult r = readWorkspace(R"({"format": "clusterscope-workspace", "version": 1,
        "sources": [{"id": "s", "title": 5}], "subjects": [], "indicators": [], "observations": [], "charts": []})");
    const auto it = std::find_if(r.problems.cbegin(), r.problems.cend(), [](const Problem &p) { return p.code == ProblemCode::WrongType; });
    ASSERT_NE(it, r.problems.cend());
    EXPECT_EQ(problemText(*it, Lang::Zh), u("第1个来源的“title”：应为文本，实际为数字"));
    EXPECT_EQ(problemText(*it, Lang::En), u("Source 1, \"title\": expected a text, found a number"));
}

TEST(ProblemText, UnknownReferencesNameWhatIsMissing)
{
    Workspace ws = test::smallWorkspace();
    ws.observations.update(1, [&](Observation &o) { o.source = QStringLiteral("nowhere"); });
    const Problems problems = validate(ws);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].message, u("unknown source 'nowhere'"));
    EXPECT_EQ(problemText(problems[0], Lang::Zh), u("第2个数值：本工作区没有来源“nowhere”"));
    EXPECT_EQ(problemText(problems[0], Lang::En), u("Value 2: there is no source \"nowhere\" in this workspace"));
}
