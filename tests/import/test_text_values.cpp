// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/text_values.h"
#include "chart/quantity_format.h"
#include "model/unit.h"

#include <gtest/gtest.h>

using namespace cs;

namespace {
std::string periodOf(const char *text)
{
    QString error;
    const Period p = parsePeriodText(QString::fromUtf8(text), &error);
    return p.isValid() ? p.toString().toStdString() : "invalid: " + error.toStdString();
}
double valueOf(const char *text)
{
    const NumberText n = parseNumberText(QString::fromUtf8(text));
    EXPECT_EQ(n.status, NumberText::Status::Value) << text;
    return n.value;
}
bool isMissing(const char *text) { return parseNumberText(QString::fromUtf8(text)).status == NumberText::Status::Missing; }
bool isInvalid(const char *text) { return parseNumberText(QString::fromUtf8(text)).status == NumberText::Status::Invalid; }
} // namespace

TEST(PeriodText, YearsInEveryForm)
{
    EXPECT_EQ(periodOf("2023"), "2023");
    EXPECT_EQ(periodOf("2023年"), "2023");
    EXPECT_EQ(periodOf(" 2023 "), "2023"); // Eurostat headers carry trailing spaces
    EXPECT_EQ(periodOf("1960 [YR1960]"), "1960"); // World Bank DataBank
    EXPECT_EQ(periodOf("YR1960"), "1960");
    EXPECT_EQ(periodOf("２０２３年"), "2023"); // full-width digits
}

TEST(PeriodText, QuartersInEveryForm)
{
    for (const char *q : {"2023Q3", "2023-Q3", "2023 Q3", "2023q3", "2023年第三季度", "2023年第3季度", "2023年三季度", "Q3 2023"})
        EXPECT_EQ(periodOf(q), "2023-Q3") << q;
}

TEST(PeriodText, YearToDateSpans)
{
    EXPECT_EQ(periodOf("2023年1-9月"), "2023-01/2023-09");
    EXPECT_EQ(periodOf("2023年1—9月"), "2023-01/2023-09");
    EXPECT_EQ(periodOf("2023年1～9月份"), "2023-01/2023-09");
    EXPECT_EQ(periodOf("2023年前三季度"), "2023-Q1/2023-Q3");
    EXPECT_EQ(periodOf("2023年上半年"), "2023-Q1/2023-Q2");
    EXPECT_EQ(periodOf("2023年1-3季度"), "2023-Q1/2023-Q3");
    EXPECT_EQ(periodOf("2023年1-12月"), "2023"); // the whole year is the year
}

TEST(PeriodText, MonthsWeeksAndDates)
{
    for (const char *m : {"2023-09", "2023年9月", "2023年09月", "2023M09", "2023M9", "2023/09", "2023.9"})
        EXPECT_EQ(periodOf(m), "2023-09") << m;
    EXPECT_EQ(periodOf("2022W31"), "2022-W31");
    EXPECT_EQ(periodOf("2022-W31"), "2022-W31");
    EXPECT_EQ(periodOf("2023-09-01"), "2023-09-01");
    EXPECT_EQ(periodOf("2023/9/1"), "2023-09-01");
    EXPECT_EQ(periodOf("2023年9月1日"), "2023-09-01");
}

TEST(PeriodText, NonPeriodsAreRefusedWithAMessage)
{
    EXPECT_EQ(periodOf("Country Name"), "invalid: 'Country Name' is not a period I can read");
    EXPECT_EQ(periodOf("2023年13月").rfind("invalid", 0), 0u);
    EXPECT_EQ(periodOf("2023-02-30").rfind("invalid", 0), 0u);
    EXPECT_EQ(periodOf("GDP (亿元)").rfind("invalid", 0), 0u);
}

// Found by fuzz_text_values: file forms built periods with years below 1000 that canonical text
// (four-digit years) cannot write back, so an imported "YR0980" column made an unloadable file.
TEST(PeriodText, YearsBelowOneThousandAreRefusedInEveryFileForm)
{
    for (const char *text : {"YR0980", "0980 [YR0980]", "0980年", "0980Q3", "0980年第三季度", "0980年上半年", "0980年9月",
                             "0980M09", "0980年1-9月", "0322-07-01", "0322/7/1", "0322年7月1日", "0000"})
        EXPECT_EQ(periodOf(text).rfind("invalid: ", 0), 0u) << text << " → " << periodOf(text);
    EXPECT_EQ(periodOf("1000年"), "1000");
}

// Found by fuzz_text_values: once the year was checked, "0322-07-01" came back invalid with no
// message for the caller.
TEST(PeriodText, DateWithYearOutOfRangeIsRefusedWithAMessage)
{
    EXPECT_EQ(periodOf("0322-07-01"), "invalid: '0322-07-01' is not a period I can read");
    EXPECT_EQ(periodOf("0322年7月"), "invalid: '0322年7月' is not a period I can read");
}

TEST(PeriodText, FirstOfMonthDatesBecomeMonthsQuartersOrYears)
{
    auto coarsen = [](std::initializer_list<const char *> texts) {
        QList<Period> ps;
        for (const char *t : texts)
            ps << Period::parse(QString::fromLatin1(t));
        coarsenFirstOfPeriodDates(ps);
        QStringList out;
        for (const Period &p : ps)
            out << p.toString();
        return out.join(QLatin1Char(' ')).toStdString();
    };
    EXPECT_EQ(coarsen({"2023-01-01", "2023-02-01", "2023-03-01"}), "2023-01 2023-02 2023-03");
    EXPECT_EQ(coarsen({"2023-01-01", "2023-04-01", "2023-07-01"}), "2023-Q1 2023-Q2 2023-Q3");
    EXPECT_EQ(coarsen({"2021-01-01", "2022-01-01", "2023-01-01"}), "2021 2022 2023");
    EXPECT_EQ(coarsen({"2023-01-01", "2023-01-15"}), "2023-01-01 2023-01-15"); // daily data stays daily
    EXPECT_EQ(coarsen({"2023-01-01"}), "2023-01-01");                           // one date: no spacing to read
}

TEST(NumberText, PlainGroupedFullWidthAndPercent)
{
    EXPECT_DOUBLE_EQ(valueOf("10393.39"), 10393.39);
    EXPECT_DOUBLE_EQ(valueOf("1,234,567.8"), 1234567.8);
    EXPECT_DOUBLE_EQ(valueOf("１２３．４"), 123.4);
    EXPECT_DOUBLE_EQ(valueOf("-5.4"), -5.4);
    EXPECT_DOUBLE_EQ(valueOf("+8.3"), 8.3);
    EXPECT_DOUBLE_EQ(valueOf(" 42 "), 42);
    const NumberText pct = parseNumberText(QStringLiteral("42.5％"));
    EXPECT_EQ(pct.status, NumberText::Status::Value);
    EXPECT_TRUE(pct.percent);
    EXPECT_DOUBLE_EQ(pct.value, 42.5);
    EXPECT_TRUE(parseNumberText(QStringLiteral("12.5%")).percent);
}

// Statistical software writes large and small values with an exponent ("1.06403e+06" from R's
// and C's %g); each form reads as the same number, and a broken exponent is no number.
TEST(NumberText, ExponentFormsReadAsNumbers)
{
    EXPECT_DOUBLE_EQ(valueOf("1.06403e+06"), 1064030);
    EXPECT_DOUBLE_EQ(valueOf("2E-3"), 0.002);
    EXPECT_DOUBLE_EQ(valueOf("-7.5e2"), -750);
    EXPECT_DOUBLE_EQ(valueOf("3e5"), 300000);
    for (const char *bad : {"1e", "e5", "1e+", "1.2e3.4", "1e-5e2", "-e5", "1ee5"})
        EXPECT_TRUE(isInvalid(bad)) << bad;
}

TEST(NumberText, MissingMarkersAreNeverZero)
{
    for (const char *m : {"", " ", "-", "—", "–", "..", "...", ":", "NA", "N/A", "#N/A", "nan", "null", "."})
        EXPECT_TRUE(isMissing(m)) << m;
    EXPECT_FALSE(isMissing("0"));
    EXPECT_DOUBLE_EQ(valueOf("0"), 0);
}

TEST(NumberText, EurostatFlagsAreKept)
{
    const NumberText p = parseNumberText(QStringLiteral("100 p"));
    EXPECT_EQ(p.status, NumberText::Status::Value);
    EXPECT_DOUBLE_EQ(p.value, 100);
    EXPECT_EQ(p.flag, QStringLiteral("p"));
    const NumberText c = parseNumberText(QStringLiteral(": c"));
    EXPECT_EQ(c.status, NumberText::Status::Missing);
    EXPECT_EQ(c.flag, QStringLiteral("c"));
    EXPECT_EQ(parseNumberText(QStringLiteral("12.3 be")).flag, QStringLiteral("be"));
}

TEST(NumberText, TextAndAmbiguousCommasAreInvalid)
{
    EXPECT_TRUE(isInvalid("abc"));
    EXPECT_TRUE(isInvalid("1,5"));      // a decimal comma or a broken group: refused, not guessed
    EXPECT_TRUE(isInvalid("12,34,567")); // not groups of three
    EXPECT_TRUE(isInvalid("1e400"));     // not finite
}

TEST(HeaderUnit, UnitsInHeadersAreTakenAsTheUnit)
{
    EXPECT_EQ(splitHeaderUnit(QStringLiteral("企业法人单位数(个)")).unit, QStringLiteral("个"));
    EXPECT_EQ(splitHeaderUnit(QStringLiteral("企业法人单位数(个)")).name, QStringLiteral("企业法人单位数"));
    EXPECT_EQ(splitHeaderUnit(QStringLiteral("GDP (亿元)")).unit, QStringLiteral("亿元"));
    EXPECT_EQ(splitHeaderUnit(QStringLiteral("年末常住人口（万人）")).unit, QStringLiteral("万人"));
    EXPECT_EQ(splitHeaderUnit(QStringLiteral("GDP (current US$)")).unit, QStringLiteral("current US$"));
    EXPECT_TRUE(splitHeaderUnit(QStringLiteral("Population, total")).unit.isEmpty());
}

// OWID's "Life expectancy at birth (historical)" gave the unit "historical": only unit text in a
// parenthesis is the unit; anything else stays in the name.
TEST(HeaderUnit, AParenthesisThatIsNotAUnitStaysInTheName)
{
    const HeaderName historical = splitHeaderUnit(QStringLiteral("Life expectancy at birth (historical)"));
    EXPECT_TRUE(historical.unit.isEmpty());
    EXPECT_EQ(historical.name, QStringLiteral("Life expectancy at birth (historical)"));
    for (const char *notUnit : {"excluding China", "historical", "projection", "OECD members", "M2", "2019 revision"})
        EXPECT_FALSE(isUnitText(QString::fromUtf8(notUnit))) << notUnit;
    for (const char *unit : {"%", "％", "亿元", "万人", "个", "元/吨", "万千瓦时", "人/平方公里", "亿美元", "current US$", "constant 2015 US$",
                             "% of GDP", "per 1,000 people", "kg per capita", "2015=100", "million tonnes", "years", "‰", "€",
                             "thousand persons", "TWh", "t CO2", "USD", "EUR", "m2", "'000", "000s", "AUD", "AUD m", "bn", "kt",
                             "NZD '000", "$m"})
        EXPECT_TRUE(isUnitText(QString::fromUtf8(unit))) << unit;
    EXPECT_EQ(splitHeaderUnit(QStringLiteral("Employed persons ('000)")).unit, QStringLiteral("'000"));
    EXPECT_EQ(splitHeaderUnit(QStringLiteral("Exports (AUD m)")).name, QStringLiteral("Exports"));
    EXPECT_EQ(splitHeaderUnit(QStringLiteral("CO2 emissions (t CO2)")).unit, QStringLiteral("t CO2"));
    EXPECT_EQ(splitHeaderUnit(QStringLiteral("货币和准货币(M2)供应量期末值(亿元)")).name, QStringLiteral("货币和准货币(M2)供应量期末值"));
    EXPECT_EQ(units::fromText(QStringLiteral("亿元"))->id, QStringLiteral("yi-yuan"));
    EXPECT_EQ(units::fromText(QStringLiteral("万人"))->id, QStringLiteral("wan-person"));
    EXPECT_EQ(units::fromText(QStringLiteral("％"))->id, QStringLiteral("percent"));
    EXPECT_EQ(units::fromText(QStringLiteral("个"))->id, QStringLiteral("ge"));
    EXPECT_EQ(units::fromText(QStringLiteral("current US$")), nullptr);
    const Unit *custom = units::find(units::customUnitId(QStringLiteral("current US$")));
    ASSERT_NE(custom, nullptr);
    EXPECT_EQ(custom->label.en, QStringLiteral("current US$"));
    EXPECT_FALSE(custom->convertibleTo(*units::find(QStringLiteral("yuan"))));
}

// ---- values as typed and as shown ----------------------------------------------------------

namespace {
std::string typed(const char *text)
{
    const TypedValue v = parseTypedValue(QString::fromUtf8(text));
    if (v.number.status != NumberText::Status::Value)
        return "invalid";
    std::string out = (qualifierCode(v.qualifier).isEmpty() ? std::string("=") : qualifierCode(v.qualifier).toStdString())
        + " " + plainDecimal(v.number.value).toStdString() + (v.number.percent ? "%" : "");
    if (!v.unit.isEmpty())
        out += " [" + v.unit.toStdString() + "]";
    return out;
}
} // namespace

TEST(TypedValue, QualifiersBeforeAndAfterTheNumber)
{
    EXPECT_EQ(typed("超过270"), "> 270");
    EXPECT_EQ(typed("270以上"), "> 270");
    EXPECT_EQ(typed("6000+"), "> 6000");
    EXPECT_EQ(typed("6000多"), "> 6000");
    EXPECT_EQ(typed("500余"), "> 500");
    EXPECT_EQ(typed("≈9150"), "~ 9150");
    EXPECT_EQ(typed("约9150"), "~ 9150");
    EXPECT_EQ(typed("近37%"), "~ 37%");
    EXPECT_EQ(typed("37%左右"), "~ 37%");
    EXPECT_EQ(typed("不到5"), "< 5");
    EXPECT_EQ(typed("<5"), "< 5");
    EXPECT_EQ(typed(">= 3"), ">= 3");
    EXPECT_EQ(typed("不少于2000"), ">= 2000");
    EXPECT_EQ(typed("不超过5"), "<= 5");
    EXPECT_EQ(typed("5.4"), "= 5.4");
    EXPECT_EQ(typed("+8.3"), "= 8.3");
    EXPECT_EQ(typed("-2.1%"), "= -2.1%");
    EXPECT_EQ(typed("５．４％"), "= 5.4%");
    EXPECT_EQ(typed("more than 270"), "> 270");
    EXPECT_EQ(typed("about 9,150"), "~ 9150");
}

TEST(TypedValue, UnitTextIsKeptApart)
{
    EXPECT_EQ(typed("> 270亿元"), "> 270 [亿元]");
    EXPECT_EQ(typed("6000多亿元"), "> 6000 [亿元]");
    EXPECT_EQ(typed("270亿元以上"), "> 270 [亿元]");
    EXPECT_EQ(typed("约 9150 亿元"), "~ 9150 [亿元]");
    EXPECT_EQ(typed("> 27 billion yuan"), "> 27 [billion yuan]");
}

TEST(TypedValue, TextThatIsNoQualifiedNumberIsRefused)
{
    EXPECT_EQ(typed("GDP 270"), "invalid");
    EXPECT_EQ(typed("约270以上"), "invalid") << "two qualifiers that disagree";
    EXPECT_EQ(typed("abc"), "invalid");
    EXPECT_EQ(typed(""), "invalid");
    EXPECT_EQ(typed("1,23"), "invalid");
}

// What the app shows for a value — its label on a chart, its words in a tooltip, its quantity
// in the table — reads back as the same number and qualifier.
TEST(TypedValue, EveryDisplayFormReadsBack)
{
    const Unit *yi = units::find(QStringLiteral("yi-yuan"));
    ASSERT_NE(yi, nullptr);
    for (double value : {5.0, 37.5, 270.0, 9150.0, 6000.0, 123456.75}) {
        for (Qualifier q : {Qualifier::Exact, Qualifier::MoreThan, Qualifier::AtLeast, Qualifier::About, Qualifier::LessThan,
                            Qualifier::AtMost}) {
            for (Lang lang : {Lang::Zh, Lang::En}) {
                QStringList shown = {formatValueLabel(value, q, lang), formatQuantity(value, *yi, q, Lang::Zh)};
                if (q != Qualifier::Exact)
                    shown << qualifierWords(q, lang) + (lang == Lang::Zh ? QString() : QStringLiteral(" ")) + formatNumber(value, lang);
                for (const QString &text : shown) {
                    const TypedValue v = parseTypedValue(text);
                    ASSERT_EQ(v.number.status, NumberText::Status::Value) << text.toStdString();
                    EXPECT_DOUBLE_EQ(v.number.value, value) << text.toStdString();
                    EXPECT_EQ(v.qualifier, q) << text.toStdString();
                }
            }
        }
    }
}
