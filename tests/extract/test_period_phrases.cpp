// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/period_phrases.h"

#include <gtest/gtest.h>

using namespace cs;
using namespace cs::extract;

namespace {

const QDate kArticle(2023, 11, 24); // the seed article's date

QList<PeriodPhrase> find(const QString &text, const QDate &date = kArticle, int defaultYear = 0)
{
    return findPeriods(text, date, defaultYear);
}

// The single phrase found in `text`; fails the test when there is not exactly one.
PeriodPhrase one(const QString &text, const QDate &date = kArticle, int defaultYear = 0)
{
    const QList<PeriodPhrase> all = find(text, date, defaultYear);
    EXPECT_EQ(all.size(), 1) << text.toStdString();
    return all.isEmpty() ? PeriodPhrase{} : all.first();
}

std::string str(const Period &p) { return p.isValid() ? p.toString().toStdString() : std::string("<invalid>"); }

} // namespace

// --- the seed article (2023-11-24) ---

TEST(PeriodPhrases, SeedYearToDateWithThisYear)
{
    const QString text = QStringLiteral("今年前三季度，深圳");
    const PeriodPhrase p = one(text);
    EXPECT_EQ(p.kind, PeriodPhraseKind::Period);
    EXPECT_EQ(str(p.period), "2023-Q1/2023-Q3");
    EXPECT_EQ(p.start, 0);
    EXPECT_EQ(p.end, 6);
    EXPECT_TRUE(p.relative);
    EXPECT_FALSE(p.yearImplied);
}

TEST(PeriodPhrases, SeedYearsWithSpacesAndLineBreaks)
{
    const QString text = QStringLiteral("2019 年 的 37.7％、2022 年 的\n\n41.1％");
    const QList<PeriodPhrase> all = find(text);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(str(all[0].period), "2019");
    EXPECT_EQ(all[0].start, 0);
    EXPECT_EQ(all[0].end, 6); // "2019 年"
    EXPECT_EQ(str(all[1].period), "2022");
    EXPECT_EQ(all[1].start, text.indexOf(QStringLiteral("2022")));
    EXPECT_EQ(all[1].end, text.indexOf(QStringLiteral("2022")) + 6);
}

TEST(PeriodPhrases, SeedMonthOfThisYearWithSpaces)
{
    const PeriodPhrase p = one(QStringLiteral("今年 1 月，国家药监局"));
    EXPECT_EQ(p.kind, PeriodPhraseKind::Period);
    EXPECT_EQ(str(p.period), "2023-01");
    EXPECT_EQ(p.end, 6);
}

TEST(PeriodPhrases, SeedDayIsADate)
{
    const PeriodPhrase p = one(QStringLiteral("11月 24日，总部"));
    EXPECT_EQ(p.kind, PeriodPhraseKind::Date);
    EXPECT_EQ(str(p.period), "2023-11-24");
    EXPECT_TRUE(p.yearImplied);
    EXPECT_EQ(p.end, 7);
}

TEST(PeriodPhrases, SeedUntilNowIsCurrent)
{
    const PeriodPhrase p = one(QStringLiteral("截至目前，这里"));
    EXPECT_EQ(p.kind, PeriodPhraseKind::Current);
    EXPECT_EQ(str(p.period), "2023-11");
    EXPECT_EQ(p.end, 4);
}

TEST(PeriodPhrases, SeedPhotoCaptionDate)
{
    const QString text = QStringLiteral("（2023 年 4 月 17 日摄");
    const PeriodPhrase p = one(text);
    EXPECT_EQ(p.kind, PeriodPhraseKind::Date);
    EXPECT_EQ(str(p.period), "2023-04-17");
    EXPECT_EQ(p.start, 1);
    EXPECT_EQ(p.end, text.indexOf(QStringLiteral("摄")));
}

TEST(PeriodPhrases, SeedEventNameIsNoPeriod)
{
    EXPECT_TRUE(find(QStringLiteral("2023 粤港澳大湾区车展")).isEmpty());
}

TEST(PeriodPhrases, SeedMonthRangeWithDash)
{
    for (const QString &t : {QStringLiteral("1—9月"), QStringLiteral("1-9月"), QStringLiteral("1至9月"),
                             QStringLiteral("1～9月"), QStringLiteral("1 —9月"), QStringLiteral("１－９月份")}) {
        const PeriodPhrase p = one(t);
        EXPECT_EQ(str(p.period), "2023-01/2023-09") << t.toStdString();
        EXPECT_TRUE(p.yearImplied) << t.toStdString();
        EXPECT_EQ(p.period.kind(), PeriodKind::YearToDate);
    }
}

TEST(PeriodPhrases, SeedEndOfMonthIsPointInTime)
{
    for (const QString &t : {QStringLiteral("6月末"), QStringLiteral("6月底")}) {
        const PeriodPhrase p = one(t);
        EXPECT_EQ(p.kind, PeriodPhraseKind::PointInTime) << t.toStdString();
        EXPECT_EQ(str(p.period), "2023-06") << t.toStdString();
    }
}

TEST(PeriodPhrases, SeedSamePeriodLastYear)
{
    const PeriodPhrase p = one(QStringLiteral("比去年同期增长"));
    EXPECT_EQ(p.kind, PeriodPhraseKind::SamePeriod);
    EXPECT_FALSE(p.period.isValid());
    EXPECT_EQ(one(QStringLiteral("上年同期")).kind, PeriodPhraseKind::SamePeriod);
    EXPECT_EQ(one(QStringLiteral("同比同期")).kind, PeriodPhraseKind::SamePeriod);
}

TEST(PeriodPhrases, SeedPreviousYear)
{
    const PeriodPhrase p = one(QStringLiteral("上年"));
    EXPECT_EQ(p.kind, PeriodPhraseKind::Period);
    EXPECT_EQ(str(p.period), "2022");
    EXPECT_TRUE(p.relative);
}

// --- Chinese forms ---

TEST(PeriodPhrases, YearsAndYearToDate)
{
    EXPECT_EQ(str(one(QStringLiteral("2023年度")).period), "2023");
    EXPECT_EQ(str(one(QStringLiteral("2023年前三季度")).period), "2023-Q1/2023-Q3");
    EXPECT_EQ(str(one(QStringLiteral("前三季度")).period), "2023-Q1/2023-Q3");
    EXPECT_EQ(str(one(QStringLiteral("二〇一九年")).period), "2019");
    EXPECT_EQ(str(one(QStringLiteral("２０１９年")).period), "2019");
    EXPECT_EQ(str(one(QStringLiteral("2021年前两个季度")).period), "2021-Q1/2021-Q2");
    EXPECT_EQ(str(one(QStringLiteral("2022年前十一个月")).period), "2022-01/2022-11");
}

TEST(PeriodPhrases, HalvesAndQuarters)
{
    EXPECT_EQ(str(one(QStringLiteral("上半年")).period), "2023-Q1/2023-Q2");
    const PeriodPhrase h2 = one(QStringLiteral("下半年"));
    EXPECT_EQ(str(h2.period), "2023-Q3/2023-Q4");
    EXPECT_EQ(h2.period.kind(), PeriodKind::Span);
    EXPECT_EQ(str(one(QStringLiteral("一季度")).period), "2023-Q1");
    EXPECT_EQ(str(one(QStringLiteral("第一季度")).period), "2023-Q1");
    EXPECT_EQ(str(one(QStringLiteral("三季度")).period), "2023-Q3");
    EXPECT_EQ(str(one(QStringLiteral("第三季度")).period), "2023-Q3");
}

TEST(PeriodPhrases, Months)
{
    EXPECT_EQ(str(one(QStringLiteral("2023年9月")).period), "2023-09");
    EXPECT_EQ(str(one(QStringLiteral("9月")).period), "2023-09");
    EXPECT_EQ(str(one(QStringLiteral("十二月")).period), "2023-12");
    EXPECT_TRUE(find(QStringLiteral("9个月")).isEmpty());
}

TEST(PeriodPhrases, PointsInTime)
{
    auto point = [](const QString &t, const char *expected) {
        const PeriodPhrase p = one(t);
        EXPECT_EQ(p.kind, PeriodPhraseKind::PointInTime) << t.toStdString();
        EXPECT_EQ(str(p.period), expected) << t.toStdString();
    };
    point(QStringLiteral("二季度末"), "2023-Q2");
    point(QStringLiteral("三季度末"), "2023-Q3");
    point(QStringLiteral("年末"), "2023");
    point(QStringLiteral("年底"), "2023");
    point(QStringLiteral("2022年末"), "2022");
    point(QStringLiteral("截至9月底"), "2023-09");
    point(QStringLiteral("截至2023年6月"), "2023-06");
    point(QStringLiteral("截至 6 月末"), "2023-06");
}

TEST(PeriodPhrases, Dates)
{
    for (const QString &t : {QStringLiteral("2023年1月6日"), QStringLiteral("2023-01-06"), QStringLiteral("2023/1/6")}) {
        const PeriodPhrase p = one(t);
        EXPECT_EQ(p.kind, PeriodPhraseKind::Date) << t.toStdString();
        EXPECT_EQ(str(p.period), "2023-01-06") << t.toStdString();
        EXPECT_FALSE(p.yearImplied);
    }
}

TEST(PeriodPhrases, RelativeYears)
{
    EXPECT_EQ(str(one(QStringLiteral("今年")).period), "2023");
    EXPECT_EQ(str(one(QStringLiteral("本年")).period), "2023");
    EXPECT_EQ(str(one(QStringLiteral("去年")).period), "2022");
    EXPECT_EQ(str(one(QStringLiteral("前年")).period), "2021");
    EXPECT_EQ(str(one(QStringLiteral("明年")).period), "2024");
    EXPECT_EQ(str(one(QStringLiteral("去年四季度")).period), "2022-Q4");
    EXPECT_FALSE(one(QStringLiteral("今年")).period.isValid() && !one(QStringLiteral("今年")).relative);
    // Without an article date a relative phrase has no period.
    EXPECT_FALSE(one(QStringLiteral("去年"), QDate()).period.isValid());
}

TEST(PeriodPhrases, CurrentWords)
{
    for (const char16_t *w : {u"目前", u"截至目前", u"如今", u"当前", u"现在", u"近日"}) {
        const PeriodPhrase p = one(QString::fromUtf16(w));
        EXPECT_EQ(p.kind, PeriodPhraseKind::Current);
        EXPECT_EQ(str(p.period), "2023-11");
    }
    EXPECT_TRUE(find(QStringLiteral("主要体现在三个方面")).isEmpty());
}

TEST(PeriodPhrases, FiveYearPlansHaveNoPeriod)
{
    const PeriodPhrase p = one(QStringLiteral("“十四五”时期"));
    EXPECT_EQ(p.kind, PeriodPhraseKind::Period);
    EXPECT_FALSE(p.period.isValid());
    EXPECT_EQ(p.start, 1);
    EXPECT_EQ(p.end, 4);
    EXPECT_FALSE(one(QStringLiteral("十三五")).period.isValid());
}

TEST(PeriodPhrases, ChineseNumeralsAndFullWidth)
{
    EXPECT_EQ(str(one(QStringLiteral("二零二二年十一月")).period), "2022-11");
    EXPECT_EQ(str(one(QStringLiteral("１１月２４日")).period), "2023-11-24");
    EXPECT_EQ(str(one(QStringLiteral("一至九月")).period), "2023-01/2023-09");
}

TEST(PeriodPhrases, Ranges)
{
    EXPECT_EQ(str(one(QStringLiteral("2017年8月至11月")).period), "2017-08/2017-11");
    EXPECT_EQ(str(one(QStringLiteral("从2015年1月至12月")).period), "2015");
    EXPECT_EQ(str(one(QStringLiteral("2019年4月12-19日")).period), "2019-04-12/2019-04-19");
    // A span across years is a period phrase the model cannot express.
    const PeriodPhrase across = one(QStringLiteral("2017年五月至2018年四月"));
    EXPECT_EQ(across.kind, PeriodPhraseKind::Period);
    EXPECT_FALSE(across.period.isValid());
}

TEST(PeriodPhrases, ListOfDaysKeepsTheMonth)
{
    const QList<PeriodPhrase> all = find(QStringLiteral("9月10日、11日举行"));
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(str(all[0].period), "2023-09-10");
    EXPECT_EQ(str(all[1].period), "2023-09-11");
    EXPECT_EQ(all[1].kind, PeriodPhraseKind::Date);
    // A day alone is in the article's month; a count of days is no date.
    EXPECT_EQ(str(one(QStringLiteral("24日，总部")).period), "2023-11-24");
    EXPECT_TRUE(find(QStringLiteral("60日内完成")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("15日内完成")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("每月3日发布")).isEmpty());
    // Open up to the article's day: a period phrase without a period.
    const PeriodPhrase since = one(QStringLiteral("今年以来，全市"));
    EXPECT_EQ(since.end, 4);
    EXPECT_FALSE(since.period.isValid());
}

// --- implied years ---

TEST(PeriodPhrases, ImpliedYearTakesTheDefaultYear)
{
    const PeriodPhrase p = one(QStringLiteral("1-9月"), kArticle, 2021);
    EXPECT_EQ(str(p.period), "2021-01/2021-09");
    EXPECT_TRUE(p.yearImplied);
}

TEST(PeriodPhrases, ImpliedYearEarlyInTheYearIsLastYear)
{
    const QDate feb(2024, 2, 10);
    const PeriodPhrase p = one(QStringLiteral("前三季度"), feb);
    EXPECT_EQ(str(p.period), "2023-Q1/2023-Q3");
    EXPECT_TRUE(p.yearImplied);
    // A written year is kept.
    EXPECT_EQ(str(one(QStringLiteral("今年前三季度"), feb).period), "2024-Q1/2024-Q3");
    // A period that is over keeps the article's year.
    EXPECT_EQ(str(one(QStringLiteral("1月"), feb).period), "2024-01");
}

// --- numbers that are not years ---

TEST(PeriodPhrases, NumbersThatAreNotYears)
{
    EXPECT_TRUE(find(QStringLiteral("2000 万平方米")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("X9 车型")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("用时 13 年")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("用时13年建成")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("12019年")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("3.2023年")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("增长 9.5%")).isEmpty());
}

// --- English ---

TEST(PeriodPhrases, English)
{
    EXPECT_EQ(str(one(QStringLiteral("in 2022, sales")).period), "2022");
    EXPECT_EQ(str(one(QStringLiteral("2022")).period), "2022");
    EXPECT_EQ(str(one(QStringLiteral("the first three quarters of 2023")).period), "2023-Q1/2023-Q3");
    EXPECT_EQ(str(one(QStringLiteral("Q1-Q3 2023")).period), "2023-Q1/2023-Q3");
    EXPECT_EQ(str(one(QStringLiteral("January-September")).period), "2023-01/2023-09");
    EXPECT_EQ(str(one(QStringLiteral("in the first half")).period), "2023-Q1/2023-Q2");
    EXPECT_EQ(str(one(QStringLiteral("H1 2023")).period), "2023-Q1/2023-Q2");
    EXPECT_EQ(str(one(QStringLiteral("last year")).period), "2022");
    EXPECT_EQ(str(one(QStringLiteral("this year")).period), "2023");
    const PeriodPhrase asOf = one(QStringLiteral("as of end-September"));
    EXPECT_EQ(asOf.kind, PeriodPhraseKind::PointInTime);
    EXPECT_EQ(str(asOf.period), "2023-09");
    const PeriodPhrase by = one(QStringLiteral("by the end of June"));
    EXPECT_EQ(by.kind, PeriodPhraseKind::PointInTime);
    EXPECT_EQ(str(by.period), "2023-06");
    const PeriodPhrase endOfYear = one(QStringLiteral("by end-2023"));
    EXPECT_EQ(endOfYear.kind, PeriodPhraseKind::PointInTime);
    EXPECT_EQ(str(endOfYear.period), "2023");
    EXPECT_TRUE(find(QStringLiteral("iPhone 15, COVID-19")).isEmpty());
    for (const QString &t : {QStringLiteral("Nov 24, 2023"), QStringLiteral("24 November 2023")}) {
        const PeriodPhrase d = one(t);
        EXPECT_EQ(d.kind, PeriodPhraseKind::Date) << t.toStdString();
        EXPECT_EQ(str(d.period), "2023-11-24") << t.toStdString();
    }
}

TEST(PeriodPhrases, OrderAndOffsetsInALongerText)
{
    const QString text = QStringLiteral("2023年1-9月，全市GDP比上年同期增长5%；截至9月末，贷款余额…");
    const QList<PeriodPhrase> all = find(text);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(str(all[0].period), "2023-01/2023-09");
    EXPECT_EQ(all[0].end, 9);
    EXPECT_EQ(all[1].kind, PeriodPhraseKind::SamePeriod);
    EXPECT_EQ(all[2].kind, PeriodPhraseKind::PointInTime);
    EXPECT_EQ(text.mid(all[2].start, all[2].end - all[2].start), QStringLiteral("截至9月末"));
}

// A long article finds every phrase of every copy (its speed is timed in tests/bench/extract_bench).
TEST(PeriodPhrases, ALongArticleFindsEveryPhraseOfEveryCopy)
{
    const QString sentence = QStringLiteral("今年前三季度，深圳规模以上工业增加值同比增长 5.1%，2022 年 的 41.1％；截至目前，");
    const qsizetype once = findPeriods(sentence, kArticle).size();
    ASSERT_GT(once, 0);
    const QString text = sentence.repeated(200);
    EXPECT_EQ(findPeriods(text, kArticle).size(), once * 200);
}
