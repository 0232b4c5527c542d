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

// ---- Period::parseInput: what people type, and everything the app shows ----------------------

namespace {

// Every kind of period, across the year: years, quarters and their spans, months and their
// spans, ISO weeks (53 in 2020) and their spans, days (a leap day) and their spans.
QList<Period> periodsOfEveryKind()
{
    QList<Period> out;
    for (int y : {1000, 2019, 2020, 2023, 9999})
        out << Period::year(y);
    for (int a = 1; a <= 4; ++a) {
        out << Period::quarter(2023, a);
        for (int b = a + 1; b <= 4; ++b) {
            if (!(a == 1 && b == 4))
                out << Period::span(Period::quarter(2023, a), Period::quarter(2023, b));
        }
    }
    for (int a = 1; a <= 12; ++a) {
        out << Period::month(2023, a);
        for (int b = a + 1; b <= 12; ++b) {
            if (!(a == 1 && b == 12))
                out << Period::span(Period::month(2024, a), Period::month(2024, b));
        }
    }
    for (int w : {1, 5, 31, 52, 53})
        out << Period::week(2020, w);
    out << Period::span(Period::week(2022, 5), Period::week(2022, 9)) << Period::span(Period::week(2020, 1), Period::week(2020, 53));
    for (const QDate &d : {QDate(2023, 11, 24), QDate(2024, 2, 29), QDate(2023, 1, 1), QDate(2023, 12, 31)})
        out << Period::day(d);
    out << Period::span(Period::day(QDate(2023, 1, 1)), Period::day(QDate(2023, 3, 5)))
        << Period::span(Period::day(QDate(2023, 9, 1)), Period::day(QDate(2023, 9, 30)))
        << Period::span(Period::day(QDate(2024, 2, 10)), Period::day(QDate(2024, 12, 31)));
    return out;
}

// Digits and spaces as a Chinese input method types them: ２０２３年　第３季度.
QString fullWidth(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c >= u'0' && c <= u'9')
            out += QChar(0xFF10 + (c.unicode() - u'0'));
        else if (c == u' ')
            out += QChar(0x3000);
        else
            out += c;
    }
    return out;
}

std::string input(const char *text)
{
    QString error;
    const Period period = Period::parseInput(QString::fromUtf8(text), &error);
    return period.isValid() ? s(period.toString()) : "invalid: " + s(error);
}

} // namespace

TEST(PeriodInput, EveryLabelInBothLanguagesReadsBackAsItsPeriod)
{
    const QList<Period> periods = periodsOfEveryKind();
    ASSERT_GT(periods.size(), 100);
    for (const Period &period : periods) {
        ASSERT_TRUE(period.isValid());
        for (Lang lang : {Lang::Zh, Lang::En}) {
            const QString label = period.label(lang);
            QString error;
            EXPECT_EQ(Period::parseInput(label, &error), period) << s(label) << " → " << s(error);
            EXPECT_EQ(Period::parseInput(fullWidth(label)), period) << s(fullWidth(label));
            EXPECT_EQ(Period::parseInput(QStringLiteral("  ") + label + QStringLiteral(" ")), period) << s(label);
        }
        EXPECT_EQ(Period::parseInput(period.toString()), period) << s(period.toString());
    }
}

TEST(PeriodInput, FormsPeopleTypeFromTheNews)
{
    EXPECT_EQ(input("2023年前三季度"), "2023-Q1/2023-Q3");
    EXPECT_EQ(input("2023 Q1–Q3"), "2023-Q1/2023-Q3");
    EXPECT_EQ(input("2023Q1-Q3"), "2023-Q1/2023-Q3");
    EXPECT_EQ(input("Q1–Q3 2023"), "2023-Q1/2023-Q3");
    EXPECT_EQ(input("2023年9月"), "2023-09");
    EXPECT_EQ(input("Q3 2023"), "2023-Q3");
    EXPECT_EQ(input("2023年第三季度"), "2023-Q3");
    EXPECT_EQ(input("2023年3季度"), "2023-Q3");
    EXPECT_EQ(input("2023年上半年"), "2023-Q1/2023-Q2");
    EXPECT_EQ(input("2023年下半年"), "2023-Q3/2023-Q4");
    EXPECT_EQ(input("2023 H1"), "2023-Q1/2023-Q2");
    EXPECT_EQ(input("2023H2"), "2023-Q3/2023-Q4");
    EXPECT_EQ(input("2023-S1"), "2023-Q1/2023-Q2"); // SDMX's semesters
    EXPECT_EQ(input("2023-S2"), "2023-Q3/2023-Q4");
    EXPECT_EQ(input("2023S2"), "2023-Q3/2023-Q4");
    EXPECT_EQ(Period::parseInput(QStringLiteral("2023-S2")).kind(), PeriodKind::Span) << "the second half is not year-to-date";
    EXPECT_EQ(input("Sep 2023"), "2023-09");
    EXPECT_EQ(input("September 2023"), "2023-09");
    EXPECT_EQ(input("2023年"), "2023");
    EXPECT_EQ(input("2023年度"), "2023");
    EXPECT_EQ(input("2023-09"), "2023-09");
    EXPECT_EQ(input("2023年1-9月"), "2023-01/2023-09");
    EXPECT_EQ(input("2023年1—9月"), "2023-01/2023-09");
    EXPECT_EQ(input("２０２３年　１－９月"), "2023-01/2023-09");
    EXPECT_EQ(input("2023年1-12月"), "2023") << "the whole year is the year";
    EXPECT_EQ(input("2023年9月1日"), "2023-09-01");
    EXPECT_EQ(input("1 Sep 2023"), "2023-09-01");
    EXPECT_EQ(input("Sep 1, 2023"), "2023-09-01");
    EXPECT_EQ(input("2022年第31周"), "2022-W31");
}

TEST(PeriodInput, NonPeriodsAreRefusedWithAReason)
{
    EXPECT_EQ(input("sometime"), "invalid: 'sometime' is not a period I can read");
    EXPECT_EQ(input(""), "invalid: empty period");
    EXPECT_EQ(input("2023年13月").rfind("invalid: ", 0), 0u);
    EXPECT_EQ(input("Foo 2023").rfind("invalid: ", 0), 0u);
    EXPECT_EQ(input("2023 Q3–Q1"), "invalid: '2023-Q3/2023-Q1': the span ends before it starts");
    EXPECT_EQ(input("2021 W53").rfind("invalid: '2021-W53': ISO year 2021 has weeks W01–W52", 0), 0u);
}

// The order of periods is by last day, then first day, then step (years first): the same whether
// worked out from the dates or, as operator< does where it can, from the years and step numbers.
TEST(Period, OrderAgreesWithTheDates)
{
    QList<Period> all;
    for (int y : {1999, 2020, 2021}) {
        all << Period::year(y);
        for (int q = 1; q <= 4; ++q)
            all << Period::quarter(y, q) << Period::span(Period::quarter(y, 1), Period::quarter(y, q));
        for (int m = 1; m <= 12; ++m)
            all << Period::month(y, m) << Period::span(Period::month(y, 1), Period::month(y, m))
                << Period::span(Period::month(y, m), Period::month(y, 12));
        for (int w : {1, 2, 52, 53})
            all << Period::week(y, w);
        for (int d : {1, 31, 59, 60, 365})
            all << Period::day(QDate(y, 1, 1).addDays(d - 1));
    }
    all.removeAll(Period());
    auto byDates = [](const Period &a, const Period &b) {
        const auto rank = [](const Period &p) { return int(p.granularity()); };
        return std::make_tuple(a.endDate().toJulianDay(), a.startDate().toJulianDay(), rank(a))
            < std::make_tuple(b.endDate().toJulianDay(), b.startDate().toJulianDay(), rank(b));
    };
    int compared = 0;
    for (const Period &a : all)
        for (const Period &b : all) {
            ASSERT_EQ(a < b, byDates(a, b)) << a.toString().toStdString() << " < " << b.toString().toStdString();
            ++compared;
        }
    EXPECT_GT(compared, 10000);
}
