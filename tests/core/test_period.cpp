// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/period.h"

#include <QStringList>
#include <algorithm>
#include <gtest/gtest.h>

using cs::Lang;
using cs::Period;
using cs::PeriodKind;

namespace {
Period p(const char *text)
{
    QString error;
    const Period period = Period::parse(QString::fromUtf8(text), &error);
    EXPECT_TRUE(period.isValid()) << text << ": " << error.toStdString();
    return period;
}
QString parseError(const char *text)
{
    QString error;
    EXPECT_FALSE(Period::parse(QString::fromUtf8(text), &error).isValid()) << text;
    return error;
}
std::string s(const QString &q) { return q.toStdString(); }
} // namespace

TEST(Period, CanonicalTextRoundTripsForEveryKind)
{
    for (const char *text : {"2019", "2023-Q3", "2023-09", "2023-11-24", "2022-W31", "2023-Q1/2023-Q3", "2023-01/2023-09",
                             "2023-W01/2023-W10", "2023-01-01/2023-03-31", "2023-Q2/2023-Q3"})
        EXPECT_EQ(s(p(text).toString()), text);
}

TEST(Period, KindsAreRecognised)
{
    EXPECT_EQ(p("2019").kind(), PeriodKind::FullYear);
    EXPECT_EQ(p("2023-Q3").kind(), PeriodKind::Quarter);
    EXPECT_EQ(p("2023-09").kind(), PeriodKind::Month);
    EXPECT_EQ(p("2022-W31").kind(), PeriodKind::Week);
    EXPECT_EQ(p("2023-11-24").kind(), PeriodKind::Day);
    EXPECT_EQ(p("2023-Q1/2023-Q3").kind(), PeriodKind::YearToDate);
    EXPECT_EQ(p("2023-01/2023-09").kind(), PeriodKind::YearToDate);
    EXPECT_EQ(p("2023-Q2/2023-Q3").kind(), PeriodKind::Span);
    EXPECT_TRUE(p("2023-Q1/2023-Q3").isYearToDate());
    EXPECT_FALSE(p("2023").isYearToDate());
}

TEST(Period, MalformedPeriodsAreRejectedWithAPreciseMessage)
{
    EXPECT_NE(parseError("2023-Q5").indexOf(QStringLiteral("Q1–Q4")), -1);
    EXPECT_NE(parseError("2023-13").indexOf(QStringLiteral("01–12")), -1);
    EXPECT_NE(parseError("2023-02-30").indexOf(QStringLiteral("no such day")), -1);
    EXPECT_NE(parseError("2022-W53").indexOf(QStringLiteral("W01–W52")), -1); // 2022 has 52 ISO weeks
    EXPECT_TRUE(p("2020-W53").isValid());                                      // 2020 has 53
    EXPECT_NE(parseError("2023-Q3/2023-Q1").indexOf(QStringLiteral("ends before it starts")), -1);
    EXPECT_NE(parseError("2023-Q1/2023-09").indexOf(QStringLiteral("same kind")), -1);
    EXPECT_NE(parseError("2022-Q4/2023-Q1").indexOf(QStringLiteral("within one year")), -1);
    EXPECT_NE(parseError("2019/2022").indexOf(QStringLiteral("within one year")), -1);
    EXPECT_NE(parseError("2023-Q1/2023-Q4").indexOf(QStringLiteral("write it as the year 2023")), -1);
    EXPECT_NE(parseError("Q3 2023").indexOf(QStringLiteral("is not a period")), -1);
    EXPECT_NE(parseError("").indexOf(QStringLiteral("empty")), -1);
    EXPECT_NE(parseError("0999").indexOf(QStringLiteral("out of range")), -1);
    parseError("2023-Q1/2023-Q2/2023-Q3");
    parseError("2023-9");
}

TEST(Period, ASpanOfOneStepIsThatStep)
{
    EXPECT_EQ(p("2023-Q2/2023-Q2"), Period::quarter(2023, 2));
    EXPECT_EQ(s(p("2023-Q2/2023-Q2").toString()), "2023-Q2");
}

TEST(Period, SortsByEndThenStartSoYearToDateFallsBetweenYears)
{
    QList<Period> list = {p("2023"), p("2023-Q1/2023-Q3"), p("2019"), p("2022"), p("2023-Q3"), p("2023-09"),
                          p("2023-11-24"), p("2022-W31"), p("2023-01/2023-09")};
    std::sort(list.begin(), list.end());
    QStringList texts;
    for (const Period &x : list)
        texts << x.toString();
    EXPECT_EQ(s(texts.join(QLatin1Char(' '))),
              "2019 2022-W31 2022 2023-Q1/2023-Q3 2023-01/2023-09 2023-Q3 2023-09 2023-11-24 2023");
}

TEST(Period, OrderIsTotalAndConsistentWithEquality)
{
    const QList<Period> all = {p("2023"), p("2023-Q1/2023-Q3"), p("2023-01/2023-09"), p("2023-Q3"), p("2023-09"),
                               p("2023-09-30"), p("2023-W39"), p("2023-Q3/2023-Q3"), p("2023-07/2023-09")};
    for (const Period &a : all) {
        for (const Period &b : all) {
            const int relations = int(a < b) + int(b < a) + int(a == b);
            EXPECT_EQ(relations, 1) << s(a.toString()) << " vs " << s(b.toString());
        }
    }
}

TEST(Period, ChineseLabels)
{
    EXPECT_EQ(s(p("2019").label(Lang::Zh)), "2019年");
    EXPECT_EQ(s(p("2023-Q3").label(Lang::Zh)), "2023年第三季度");
    EXPECT_EQ(s(p("2023-Q1/2023-Q3").label(Lang::Zh)), "2023年前三季度");
    EXPECT_EQ(s(p("2023-Q1/2023-Q2").label(Lang::Zh)), "2023年上半年");
    EXPECT_EQ(s(p("2023-01/2023-09").label(Lang::Zh)), "2023年1–9月");
    EXPECT_EQ(s(p("2023-09").label(Lang::Zh)), "2023年9月");
    EXPECT_EQ(s(p("2023-11-24").label(Lang::Zh)), "2023年11月24日");
    EXPECT_EQ(s(p("2022-W31").label(Lang::Zh)), "2022年第31周");
}

TEST(Period, EnglishLabels)
{
    EXPECT_EQ(s(p("2019").label(Lang::En)), "2019");
    EXPECT_EQ(s(p("2023-Q3").label(Lang::En)), "2023 Q3");
    EXPECT_EQ(s(p("2023-Q1/2023-Q3").label(Lang::En)), "2023 Q1–Q3");
    EXPECT_EQ(s(p("2023-01/2023-09").label(Lang::En)), "2023 Jan–Sep");
    EXPECT_EQ(s(p("2023-09").label(Lang::En)), "Sep 2023");
    EXPECT_EQ(s(p("2023-11-24").label(Lang::En)), "24 Nov 2023");
    EXPECT_EQ(s(p("2022-W31").label(Lang::En)), "2022 W31");
}

TEST(Period, FullYearAndYearToDateAreNeverComparable)
{
    EXPECT_FALSE(p("2023").isComparableWith(p("2023-Q1/2023-Q3")));
    EXPECT_FALSE(p("2022").isComparableWith(p("2023-Q1/2023-Q3")));
    EXPECT_TRUE(p("2019").isComparableWith(p("2022")));
    EXPECT_TRUE(p("2022-Q1/2022-Q3").isComparableWith(p("2023-Q1/2023-Q3")));
    EXPECT_TRUE(p("2023-01/2023-09").isComparableWith(p("2022-Q1/2022-Q3"))); // same months of the year
    EXPECT_FALSE(p("2023-Q1/2023-Q2").isComparableWith(p("2023-Q1/2023-Q3")));
    EXPECT_FALSE(p("2023-Q3").isComparableWith(p("2023-Q1/2023-Q3")));
    EXPECT_FALSE(p("2023-09").isComparableWith(p("2023-Q3")));
    EXPECT_TRUE(p("2023-01/2023-02").isComparableWith(p("2024-01/2024-02"))); // leap February still matches
    EXPECT_FALSE(Period().isComparableWith(Period()));
}

TEST(Period, StartAndEndDates)
{
    EXPECT_EQ(p("2023-Q1/2023-Q3").startDate(), QDate(2023, 1, 1));
    EXPECT_EQ(p("2023-Q1/2023-Q3").endDate(), QDate(2023, 9, 30));
    EXPECT_EQ(p("2022-W31").startDate(), QDate(2022, 8, 1)); // a Monday
    EXPECT_EQ(p("2022-W31").endDate(), QDate(2022, 8, 7));
    EXPECT_EQ(p("2024-02").endDate(), QDate(2024, 2, 29));
    EXPECT_EQ(p("2021-W01").startDate(), QDate(2021, 1, 4));
}

// Found by fuzz_text_values: Period::year(980) was a valid period whose canonical text "980"
// Period::parse refuses. The factories now make only periods canonical text can hold.
TEST(Period, FactoriesRefuseYearsAndStepsThatCanonicalTextCannotHold)
{
    EXPECT_FALSE(Period::year(980).isValid());
    EXPECT_FALSE(Period::year(10000).isValid());
    EXPECT_FALSE(Period::quarter(2023, 5).isValid());
    EXPECT_FALSE(Period::quarter(2023, 0).isValid());
    EXPECT_FALSE(Period::month(2023, 13).isValid());
    EXPECT_FALSE(Period::week(2023, 53).isValid()); // 2023 has 52 ISO weeks
    EXPECT_TRUE(Period::week(2020, 53).isValid());
    EXPECT_FALSE(Period::day(QDate(322, 7, 1)).isValid());
    EXPECT_EQ(s(Period::year(1000).toString()), "1000");
    EXPECT_EQ(s(Period::day(QDate(9999, 12, 31)).toString()), "9999-12-31");
}
