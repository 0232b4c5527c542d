// SPDX-License-Identifier: GPL-3.0-or-later
// extractFigures on single sentences and short paragraphs: the cases the issue names.
#include "extract/figure.h"
#include "extract/qstring_print.h"
#include "extract/prepared_text.h"
#include "model/workspace.h"

#include <gtest/gtest.h>

using namespace cs;
using namespace cs::extract;

namespace {

QList<Figure> figuresOf(const QString &text, QDate date = QDate(2023, 11, 24), const Workspace *ws = nullptr)
{
    ExtractOptions o;
    o.articleDate = date;
    o.workspace = ws;
    return extractFigures(text, o);
}

QStringList values(const QList<Figure> &figures)
{
    QStringList out;
    for (const Figure &f : figures)
        out << QString::number(f.value) + f.unitText;
    return out;
}

} // namespace

TEST(PreparedText, LineBreaksInsideAParagraphAreNotBoundaries)
{
    // A column about nine characters wide, with blank lines between the lines, as the seed has.
    const QString text = QStringLiteral("增加值达 10393.39 亿\n\n元、增长 8.3％，占 GDP\n\n比重提升至 42.5％。\n\n新的段落。");
    const PreparedText p(text);
    EXPECT_TRUE(p.text().startsWith(QStringLiteral("增加值达10393.39亿元、增长8.3％，占GDP比重提升至42.5％。")))
        << qPrintable(p.text());
    // Every clean character maps back to the same character of the original.
    for (qsizetype i = 0; i < p.text().size(); ++i) {
        if (p.text().at(i) != u'\n' && p.text().at(i) != u' ') {
            EXPECT_EQ(text.at(p.originalStart(i)), p.text().at(i));
        }
    }
}

TEST(PreparedText, OneParagraphPerLineWhenLinesEndSentences)
{
    const PreparedText p(QStringLiteral("第一句话。\n第二句话。\n第三句话。"));
    ASSERT_EQ(p.sentences().size(), 3);
    EXPECT_EQ(p.sentences().at(2).paragraph, 2);
}

TEST(PreparedText, EnglishSentencesEndAtAFullStopNotAtADecimalPoint)
{
    const PreparedText p(QStringLiteral("GDP grew 5.4 per cent. Exports fell 2.1 percent."));
    ASSERT_EQ(p.sentences().size(), 2);
    EXPECT_EQ(p.text().mid(p.sentences().at(0).start, p.sentences().at(0).end - p.sentences().at(0).start),
              QStringLiteral("GDP grew 5.4 per cent."));
}

TEST(FigureExtractor, ASeriesInOneSentenceIsThreeValuesWithThreePeriods)
{
    const QList<Figure> f = figuresOf(QStringLiteral(
        "今年前三季度，深圳战略性新兴产业增加值达10393.39亿元、增长8.3％，占GDP比重从2019年的37.7％、2022年的41.1％，进一步提升至42.5％。"));
    ASSERT_EQ(f.size(), 5) << qPrintable(values(f).join(u' '));
    EXPECT_EQ(f[0].measure, FigureMeasure::Level);
    EXPECT_EQ(f[0].unitId, QStringLiteral("yi-yuan"));
    EXPECT_EQ(f[0].subject, QStringLiteral("深圳"));
    EXPECT_EQ(f[0].indicatorName, QStringLiteral("战略性新兴产业增加值"));
    EXPECT_EQ(f[1].measure, FigureMeasure::Growth);
    EXPECT_EQ(f[1].indicatorName, QStringLiteral("战略性新兴产业增加值"));
    EXPECT_EQ(f[2].period.toString(), QStringLiteral("2019"));
    EXPECT_EQ(f[3].period.toString(), QStringLiteral("2022"));
    EXPECT_EQ(f[4].period.toString(), QStringLiteral("2023-Q1/2023-Q3"));
    for (int i = 2; i < 5; ++i) {
        EXPECT_EQ(f[i].measure, FigureMeasure::Share);
        EXPECT_EQ(f[i].indicatorName, QStringLiteral("战略性新兴产业增加值占GDP比重"));
        EXPECT_EQ(f[i].subject, QStringLiteral("深圳"));
    }
}

TEST(FigureExtractor, FenbieListsPairNamesWithFiguresInOrder)
{
    const QList<Figure> f = figuresOf(QStringLiteral("2022年，高新技术产业、战略性新兴产业和装备制造业增加值分别增长17.3%、14.6%和9.2%。"));
    ASSERT_EQ(f.size(), 3);
    EXPECT_EQ(f[0].indicatorName, QStringLiteral("高新技术产业"));
    EXPECT_EQ(f[1].indicatorName, QStringLiteral("战略性新兴产业"));
    EXPECT_EQ(f[2].indicatorName, QStringLiteral("装备制造业增加值"));
    EXPECT_DOUBLE_EQ(f[2].value, 9.2);
    for (const Figure &x : f) {
        EXPECT_EQ(x.measure, FigureMeasure::Growth);
        EXPECT_EQ(x.period.toString(), QStringLiteral("2022"));
    }
}

TEST(FigureExtractor, FallsAreNegativeAndPercentagePointsAreChanges)
{
    const QList<Figure> f = figuresOf(QStringLiteral("1—9月，利润总额同比下降6.4%，利润率回落0.9个百分点，就业人数增加2.1万人。"));
    ASSERT_EQ(f.size(), 3) << qPrintable(values(f).join(u' '));
    EXPECT_DOUBLE_EQ(f[0].value, -6.4);
    EXPECT_EQ(f[0].measure, FigureMeasure::Growth);
    EXPECT_EQ(f[0].period.toString(), QStringLiteral("2023-01/2023-09"));
    EXPECT_DOUBLE_EQ(f[1].value, -0.9);
    EXPECT_EQ(f[1].measure, FigureMeasure::Change);
    EXPECT_EQ(f[2].measure, FigureMeasure::Change);
}

TEST(FigureExtractor, QualifiersBeforeInsideAndAfter)
{
    const QList<Figure> f = figuresOf(QStringLiteral("已有上市企业500多家，总估值超过270亿元，约9150亿元，不少于2000万平方米，不足5%，300人左右。"));
    ASSERT_EQ(f.size(), 6) << qPrintable(values(f).join(u' '));
    EXPECT_EQ(f[0].qualifier, Qualifier::MoreThan);
    EXPECT_EQ(f[1].qualifier, Qualifier::MoreThan);
    EXPECT_EQ(f[2].qualifier, Qualifier::About);
    EXPECT_EQ(f[3].qualifier, Qualifier::AtLeast);
    EXPECT_EQ(f[4].qualifier, Qualifier::LessThan);
    EXPECT_EQ(f[5].qualifier, Qualifier::About);
}

TEST(FigureExtractor, DatesOrdinalsCodesAndPhoneNumbersAreNotFigures)
{
    const QList<Figure> f = figuresOf(QStringLiteral(
        "2023年1月6日，第五批名单公布，第六个项目开工，X9联盟成立，咨询电话0755-88123456。（图一）这是2023年4月17日拍摄的。"));
    EXPECT_TRUE(f.isEmpty()) << qPrintable(values(f).join(u' '));
}

TEST(FigureExtractor, AMilestoneIsACumulativeFigureAtItsDate)
{
    const QList<Figure> f = figuresOf(QStringLiteral("11月24日，比亚迪公司宣布，第600万辆新能源汽车下线。"));
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].measure, FigureMeasure::Cumulative);
    EXPECT_EQ(f[0].period.toString(), QStringLiteral("2023-11-24"));
    EXPECT_EQ(f[0].subject, QStringLiteral("比亚迪公司"));
}

TEST(FigureExtractor, TheTwentyPlusEightLabelIsTwoCounts)
{
    const QList<Figure> f = figuresOf(QStringLiteral("2022年，深圳培育发展壮大“20＋8”产业集群。"));
    ASSERT_EQ(f.size(), 2);
    EXPECT_EQ(f[0].value, 20);
    EXPECT_EQ(f[1].value, 8);
    EXPECT_EQ(f[0].measure, FigureMeasure::Count);
    EXPECT_EQ(f[0].period.toString(), QStringLiteral("2022"));
}

TEST(FigureExtractor, APeriodCarriesThroughItsParagraphAndNoFurther)
{
    const QList<Figure> f = figuresOf(QStringLiteral("2022年，深圳研发投入强度达5.81%。企业研发投入占比达94.9%。\n专利申请85项。"));
    ASSERT_EQ(f.size(), 3);
    EXPECT_EQ(f[0].period.toString(), QStringLiteral("2022"));
    EXPECT_EQ(f[1].period.toString(), QStringLiteral("2022"));
    EXPECT_FALSE(f[2].period.isValid());
    EXPECT_EQ(f[0].measure, FigureMeasure::Ratio);
    EXPECT_EQ(f[1].measure, FigureMeasure::Share);
}

TEST(FigureExtractor, CurrentFiguresTakeTheArticlesMonth)
{
    const QList<Figure> f = figuresOf(QStringLiteral("截至目前，这里拥有6.2万名在校生、2.4万名教职工。"));
    ASSERT_EQ(f.size(), 2);
    EXPECT_EQ(f[0].period.toString(), QStringLiteral("2023-11"));
    EXPECT_EQ(f[0].indicatorName, QStringLiteral("在校生"));
    EXPECT_EQ(f[0].unitText, QStringLiteral("万名"));
    EXPECT_DOUBLE_EQ(f[0].value, 6.2);
}

TEST(FigureExtractor, WithoutADateRelativePeriodsStayUnresolved)
{
    const QList<Figure> f = figuresOf(QStringLiteral("今年前三季度，深圳地区生产总值增长5.4％。"), QDate());
    ASSERT_EQ(f.size(), 1);
    EXPECT_FALSE(f[0].period.isValid());
}

TEST(FigureExtractor, OffsetsAndQuotePointIntoTheText)
{
    const QString text = QStringLiteral("前言。\n华为公司实现销售收入 4566 亿元、同比增长 2.4％，净利润率为 16％。");
    const QList<Figure> f = figuresOf(text);
    ASSERT_EQ(f.size(), 3);
    EXPECT_EQ(text.mid(f[0].start, f[0].end - f[0].start), QStringLiteral("4566 亿元"));
    EXPECT_EQ(f[0].quote, QStringLiteral("华为公司实现销售收入4566亿元、同比增长2.4％，净利润率为16％。"));
    EXPECT_EQ(f[0].indicatorName, QStringLiteral("销售收入"));
    EXPECT_EQ(f[2].measure, FigureMeasure::Ratio);
    EXPECT_EQ(text.mid(f[2].start, f[2].end - f[2].start), QStringLiteral("16％"));
}

TEST(FigureExtractor, MatchesTheWorkspacesSubjectsAndIndicatorsByName)
{
    Workspace ws;
    ws.subjects.append(Subject{QStringLiteral("shenzhen"), SubjectKind::Region, {QStringLiteral("深圳市"), QStringLiteral("Shenzhen")}, {}});
    Indicator ind;
    ind.id = QStringLiteral("sz-sei-share");
    ind.name = {QStringLiteral("战略性新兴产业增加值占GDP比重"), QStringLiteral("SEI share of GDP")};
    ind.subject = QStringLiteral("shenzhen");
    ind.unit = QStringLiteral("percent");
    ind.measure = Measure::Share;
    ws.indicators.append(ind);
    const QList<Figure> f = figuresOf(QStringLiteral("2022年，深圳战略性新兴产业增加值占GDP比重为41.1％。"), QDate(2023, 11, 24), &ws);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].subjectId, QStringLiteral("shenzhen"));
    EXPECT_EQ(f[0].indicatorId, QStringLiteral("sz-sei-share"));
}

TEST(FigureExtractor, EnglishPressRelease)
{
    const QList<Figure> f = figuresOf(QStringLiteral(
        "In 2022, Shenzhen's GDP grew 3.3 per cent to 3.24 trillion yuan, and exports fell 2.1 percent."));
    ASSERT_EQ(f.size(), 3) << qPrintable(values(f).join(u' '));
    EXPECT_EQ(f[0].measure, FigureMeasure::Growth);
    EXPECT_EQ(f[1].measure, FigureMeasure::Level);
    EXPECT_DOUBLE_EQ(f[2].value, -2.1);
    for (const Figure &x : f)
        EXPECT_EQ(x.period.toString(), QStringLiteral("2022"));
}

TEST(FigureExtractor, AComparisonBaseIsNotTheFiguresPeriod)
{
    const QList<Figure> f = figuresOf(QStringLiteral("2022年，深圳地区生产总值达3.2万亿元，比2017年增长40%。全年工业投资增长5%。"),
                                      QDate(2025, 4, 1));
    ASSERT_EQ(f.size(), 3);
    for (const Figure &x : f)
        EXPECT_EQ(x.period.toString(), QStringLiteral("2022"));
}

TEST(FigureExtractor, NegatedAndLongerQualifiersWin)
{
    const QList<Figure> f = figuresOf(QStringLiteral("The city has no more than 500 companies and not less than 20 parks."));
    ASSERT_EQ(f.size(), 2);
    EXPECT_EQ(f[0].qualifier, Qualifier::AtMost);
    EXPECT_EQ(f[1].qualifier, Qualifier::AtLeast);
    EXPECT_EQ(f[0].indicatorName.contains(QLatin1String("city has m")), false);
    const QList<Figure> g = figuresOf(QStringLiteral("带动120家上下游企业，年末全市就业人员320万人。"));
    ASSERT_EQ(g.size(), 2);
    EXPECT_EQ(g[0].qualifier, Qualifier::Exact);
    EXPECT_EQ(g[1].indicatorName, QStringLiteral("就业人员"));
}

TEST(FigureExtractor, ALongSentenceWithoutPunctuationStaysLinear)
{
    // A table flattened into one run of text: 20,000 figures in one "sentence".
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("指标%1 增长%2% ").arg(i % 50).arg(i % 97);
    // Every figure is found (the run is cut into sentences at clause marks, so the work stays
    // linear; extract_bench times it).
    const QList<Figure> f = figuresOf(text);
    EXPECT_EQ(f.size(), 20000);
}

TEST(FigureExtractor, EnglishNamesLeaveOutVerbsAndLinkingWords)
{
    const QList<Figure> f = figuresOf(QStringLiteral(
        "Shenzhen's economy grew 5.4 per cent in 2022. Investment in high-tech manufacturing rose 73.7 per cent, "
        "while retail sales fell 2.1 percent. The city is home to more than 500 listed companies and 742 \"little giant\" firms."));
    ASSERT_EQ(f.size(), 5) << qPrintable(values(f).join(u' '));
    EXPECT_EQ(f[0].subject, QStringLiteral("Shenzhen"));
    EXPECT_EQ(f[0].indicatorName, QStringLiteral("economy"));
    EXPECT_EQ(f[1].indicatorName, QStringLiteral("Investment in high-tech manufacturing"));
    EXPECT_EQ(f[2].indicatorName, QStringLiteral("retail sales"));
    EXPECT_EQ(f[3].indicatorName, QStringLiteral("companies"));
    EXPECT_EQ(f[4].indicatorName, QStringLiteral("firms"));
}
