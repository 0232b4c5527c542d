// SPDX-License-Identifier: GPL-3.0-or-later
// Numerals and quantities: the forms statistical articles use, from the seed articles and issue #14.
#include "extract/quantities.h"
#include "model/unit.h"
#include "testutils.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace cs::extract;
using cs::Qualifier;

namespace {

double parsed(const char *text)
{
    const auto v = parseNumeral(QString::fromUtf8(text));
    EXPECT_TRUE(v.has_value()) << text;
    return v.value_or(-999999);
}

QList<Quantity> find(const char *text) { return findQuantities(QString::fromUtf8(text)); }

// The only quantity in `text`; fails when there is not exactly one.
Quantity only(const char *text)
{
    const QList<Quantity> qs = find(text);
    EXPECT_EQ(qs.size(), 1) << text;
    return qs.value(0);
}

QString u8(const char *s) { return QString::fromUtf8(s); }

} // namespace

TEST(ParseNumeral, DigitsSeparatorsAndFullWidth)
{
    EXPECT_DOUBLE_EQ(parsed("10393.39"), 10393.39);
    EXPECT_DOUBLE_EQ(parsed("１１.92"), 11.92);
    EXPECT_DOUBLE_EQ(parsed("62,000"), 62000);
    EXPECT_DOUBLE_EQ(parsed("1,100.9"), 1100.9);
    EXPECT_DOUBLE_EQ(parsed("４，５６５"), 4565);
    EXPECT_DOUBLE_EQ(parsed("-10000"), -10000);
    EXPECT_DOUBLE_EQ(parsed(".5"), 0.5);
    EXPECT_FALSE(parseNumeral(u8("1, 234")).has_value()); // two numbers
}

TEST(ParseNumeral, ChineseNumerals)
{
    EXPECT_DOUBLE_EQ(parsed("一百五十二"), 152);
    EXPECT_DOUBLE_EQ(parsed("两千四百五"), 2450);
    EXPECT_DOUBLE_EQ(parsed("三百一"), 310);
    EXPECT_DOUBLE_EQ(parsed("十五"), 15);
    EXPECT_DOUBLE_EQ(parsed("零"), 0);
    EXPECT_DOUBLE_EQ(parsed("一千零一"), 1001);
    EXPECT_DOUBLE_EQ(parsed("四亿五千六百四十二万零一十五"), 456420015);
    EXPECT_DOUBLE_EQ(parsed("八点三"), 8.3);
    EXPECT_DOUBLE_EQ(parsed("两千万点五五四四"), 20000000.5544);
    EXPECT_DOUBLE_EQ(parsed("负三十二"), -32);
    EXPECT_FALSE(parseNumeral(u8("万")).has_value());
    EXPECT_FALSE(parseNumeral(u8("九九")).has_value()); // a digit string, not one number
}

TEST(ParseNumeral, FinancialAndTraditionalForms)
{
    EXPECT_DOUBLE_EQ(parsed("壹仟"), 1000);
    EXPECT_DOUBLE_EQ(parsed("贰拾"), 20);
    EXPECT_DOUBLE_EQ(parsed("肆佰陸拾"), 460);
    EXPECT_DOUBLE_EQ(parsed("十萬柒仟捌佰伍拾肆"), 107854);
    EXPECT_DOUBLE_EQ(parsed("兩千四百五"), 2450);
    EXPECT_DOUBLE_EQ(parsed("五億零六"), 500000006);
}

TEST(ParseNumeral, MixedDigitsAndMultipliers)
{
    EXPECT_DOUBLE_EQ(parsed("5万4千"), 54000);
    EXPECT_DOUBLE_EQ(parsed("5万4千6百"), 54600);
    EXPECT_DOUBLE_EQ(parsed("4.78万亿"), 4.78e12);
    EXPECT_DOUBLE_EQ(parsed("3万4000"), 34000);
    EXPECT_DOUBLE_EQ(parsed("10万万"), 1e9);
    EXPECT_DOUBLE_EQ(parsed("二十一万亿"), 21e12);
}

TEST(ParseNumeral, Fractions)
{
    EXPECT_NEAR(parsed("三分之一"), 1.0 / 3, 1e-12);
    EXPECT_DOUBLE_EQ(parsed("五分之一"), 0.2);
    EXPECT_DOUBLE_EQ(parsed("3又一千分之23"), 3.023);
    EXPECT_DOUBLE_EQ(parsed("1 3/5"), 1.6);
    EXPECT_DOUBLE_EQ(parsed("-3/2"), -1.5);
    EXPECT_DOUBLE_EQ(parsed("负一又二分之一"), -1.5);
}

TEST(ParseNumeral, EnglishWordsAndScales)
{
    EXPECT_DOUBLE_EQ(parsed("1.3 trillion"), 1.3e12);
    EXPECT_DOUBLE_EQ(parsed("two million"), 2e6);
    EXPECT_DOUBLE_EQ(parsed("1.5bn"), 1.5e9);
    EXPECT_DOUBLE_EQ(parsed("forty-five"), 45);
    EXPECT_DOUBLE_EQ(parsed("40k"), 40000);
}

TEST(FindQuantities, SeedArticleAmountAcrossLineBreaks)
{
    const QList<Quantity> qs = find("增加值达 10393.39 亿\n\n元、增长 8.3％");
    ASSERT_EQ(qs.size(), 2);
    EXPECT_DOUBLE_EQ(qs[0].value, 10393.39);
    EXPECT_EQ(qs[0].unitText, u8("亿元"));
    EXPECT_EQ(qs[0].unitId, u8("yi-yuan"));
    EXPECT_DOUBLE_EQ(qs[0].unitScale, 1e8);
    EXPECT_EQ(qs[0].kind, QuantityKind::Currency);
    EXPECT_EQ(qs[0].currency, u8("CNY"));
    EXPECT_EQ(qs[0].start, 5);
    EXPECT_EQ(qs[0].end, 18); // through "\n\n元"
    EXPECT_DOUBLE_EQ(qs[1].value, 8.3);
    EXPECT_EQ(qs[1].kind, QuantityKind::Percent);
    EXPECT_EQ(qs[1].unitId, u8("percent"));
    EXPECT_EQ(qs[1].unitText, u8("%"));
}

TEST(FindQuantities, OrdinalsAndLargeFiguresAfterDi)
{
    const Quantity car = only("第 600万辆新能\n\n源汽车");
    EXPECT_DOUBLE_EQ(car.value, 600);
    EXPECT_EQ(car.unitText, u8("万辆"));
    EXPECT_DOUBLE_EQ(car.unitScale, 1e4);
    EXPECT_EQ(car.kind, QuantityKind::Count);
    EXPECT_EQ(car.role, NumberRole::Figure);

    const Quantity batch = only("第五批");
    EXPECT_DOUBLE_EQ(batch.value, 5);
    EXPECT_EQ(batch.role, NumberRole::Ordinal);
    EXPECT_EQ(only("第六个").role, NumberRole::Ordinal);
    EXPECT_EQ(only("第一批").role, NumberRole::Ordinal);
    EXPECT_EQ(only("第3季度").role, NumberRole::Ordinal);
}

TEST(FindQuantities, Codes)
{
    EXPECT_EQ(only("X9 联盟").role, NumberRole::Code);
    EXPECT_EQ(only("G20峰会").role, NumberRole::Code);
    EXPECT_EQ(only("5G基站").role, NumberRole::Code);
    const QList<Quantity> flu = find("H1N1流感");
    ASSERT_EQ(flu.size(), 2);
    EXPECT_EQ(flu[0].role, NumberRole::Code);
    EXPECT_EQ(flu[1].role, NumberRole::Code);
    for (const Quantity &q : find("电话 0755-88888888 或 13812345678"))
        EXPECT_EQ(q.role, NumberRole::Code);
    for (const Quantity &q : find("2023-11-24发布"))
        EXPECT_EQ(q.role, NumberRole::Code);
}

TEST(FindQuantities, ListNumbers)
{
    EXPECT_EQ(find("1. 总体情况")[0].role, NumberRole::ListNumber);
    EXPECT_EQ(find("一、工业生产")[0].role, NumberRole::ListNumber);
    EXPECT_EQ(find("（一）工业生产")[0].role, NumberRole::ListNumber);
    EXPECT_EQ(find("见图一")[0].role, NumberRole::ListNumber);
    EXPECT_EQ(find("增长。\n2. 投资")[0].role, NumberRole::ListNumber);
    EXPECT_EQ(only("增长1.5%").role, NumberRole::Figure);
}

TEST(FindQuantities, YearBeforeNianIsNoDuration)
{
    const QList<Quantity> qs = find("2019 年 的 37.7％");
    ASSERT_EQ(qs.size(), 2);
    EXPECT_EQ(qs[0].kind, QuantityKind::Number);
    EXPECT_EQ(qs[0].role, NumberRole::Code);
    EXPECT_DOUBLE_EQ(qs[0].value, 2019);
    EXPECT_EQ(qs[1].kind, QuantityKind::Percent);
    EXPECT_DOUBLE_EQ(qs[1].value, 37.7);
    EXPECT_TRUE(find("二〇二三年").isEmpty()); // a year in digits: the period layer's
}

TEST(FindQuantities, Durations)
{
    const Quantity years = only("用时 13 年");
    EXPECT_EQ(years.kind, QuantityKind::Duration);
    EXPECT_DOUBLE_EQ(years.value, 13);
    EXPECT_EQ(years.unitText, u8("年"));
    EXPECT_EQ(years.unitId, u8("year"));

    const Quantity months = only("仅用时 3个多月");
    EXPECT_EQ(months.kind, QuantityKind::Duration);
    EXPECT_DOUBLE_EQ(months.value, 3);
    EXPECT_EQ(months.unitText, u8("个月"));
    EXPECT_EQ(months.unitId, u8("month"));
    EXPECT_EQ(months.inner, Qualifier::MoreThan);

    const Quantity more = only("3 年多时间");
    EXPECT_EQ(more.kind, QuantityKind::Duration);
    EXPECT_EQ(more.inner, Qualifier::MoreThan);
    EXPECT_EQ(more.end, 3); // 多 after the unit qualifies the phrase; the span ends at 年
    EXPECT_EQ(only("历经3年").kind, QuantityKind::Duration);
    EXPECT_EQ(only("连续5年").kind, QuantityKind::Duration);
    EXPECT_EQ(only("历时3月").kind, QuantityKind::Duration);
    EXPECT_EQ(only("3月份").role, NumberRole::Code); // a month of the year
}

TEST(FindQuantities, InnerMoreThan)
{
    const Quantity firms = only("80 多\n\n家");
    EXPECT_DOUBLE_EQ(firms.value, 80);
    EXPECT_EQ(firms.unitText, u8("家"));
    EXPECT_EQ(firms.unitId, u8("jia"));
    EXPECT_EQ(firms.inner, Qualifier::MoreThan);

    EXPECT_EQ(only("500多家").inner, Qualifier::MoreThan);
    const Quantity people = only("2000余人");
    EXPECT_EQ(people.inner, Qualifier::MoreThan);
    EXPECT_EQ(people.kind, QuantityKind::Persons);
    EXPECT_EQ(people.unitId, u8("person"));
    const Quantity dozen = only("十几个");
    EXPECT_DOUBLE_EQ(dozen.value, 10);
    EXPECT_EQ(dozen.inner, Qualifier::MoreThan);
    const Quantity plus = only("13000+");
    EXPECT_DOUBLE_EQ(plus.value, 13000);
    EXPECT_EQ(plus.inner, Qualifier::MoreThan);
    const Quantity wan = only("十多万人");
    EXPECT_DOUBLE_EQ(wan.value, 10);
    EXPECT_EQ(wan.unitText, u8("万人"));
    EXPECT_EQ(wan.inner, Qualifier::MoreThan);
}

TEST(FindQuantities, CountsAndPersons)
{
    const Quantity students = only("6.2万名在校生");
    EXPECT_DOUBLE_EQ(students.value, 6.2);
    EXPECT_EQ(students.unitText, u8("万名"));
    EXPECT_EQ(students.unitId, u8("wan-ming"));
    EXPECT_DOUBLE_EQ(students.unitScale, 1e4);

    const Quantity staff = only("超 2000 名");
    EXPECT_EQ(staff.start, 2); // 超 is the figure layer's
    EXPECT_DOUBLE_EQ(staff.value, 2000);
    EXPECT_EQ(staff.unitId, u8("ming"));
    EXPECT_EQ(staff.inner, Qualifier::Exact);

    const Quantity industries = only("8大未来产业");
    EXPECT_EQ(industries.kind, QuantityKind::Count);
    EXPECT_EQ(industries.unitId, u8("ge"));
    EXPECT_EQ(industries.unitText, u8("大")); // as written
    EXPECT_EQ(industries.end, 2);
    EXPECT_DOUBLE_EQ(industries.value, 8);
    EXPECT_EQ(only("大于8").kind, QuantityKind::Number);

    const Quantity projects = only("签约项目 35 项");
    EXPECT_EQ(projects.unitId, u8("xiang"));
    EXPECT_EQ(only("12座").unitId, cs::units::customUnitId(u8("座")));
    const Quantity jobs = only("62,000 jobs");
    EXPECT_DOUBLE_EQ(jobs.value, 62000);
    EXPECT_EQ(jobs.kind, QuantityKind::Count);
}

TEST(FindQuantities, PlusBetweenNumbersIsNoQualifier)
{
    const QList<Quantity> qs = find("“20＋8”");
    ASSERT_EQ(qs.size(), 2);
    EXPECT_DOUBLE_EQ(qs[0].value, 20);
    EXPECT_DOUBLE_EQ(qs[1].value, 8);
    for (const Quantity &q : qs) {
        EXPECT_EQ(q.kind, QuantityKind::Number);
        EXPECT_EQ(q.role, NumberRole::Figure);
        EXPECT_EQ(q.inner, Qualifier::Exact);
    }
}

TEST(FindQuantities, Percentages)
{
    const Quantity chinese = only("百分之八点三");
    EXPECT_EQ(chinese.kind, QuantityKind::Percent);
    EXPECT_DOUBLE_EQ(chinese.value, 8.3);
    EXPECT_EQ(chinese.start, 0);
    EXPECT_EQ(chinese.numberStart, 3);

    const Quantity english = only("8.3 per cent");
    EXPECT_EQ(english.kind, QuantityKind::Percent);
    EXPECT_DOUBLE_EQ(english.value, 8.3);
    EXPECT_EQ(english.unitId, u8("percent"));

    const Quantity points = only("提高 0.5 个百分点");
    EXPECT_EQ(points.kind, QuantityKind::PercentagePoint);
    EXPECT_EQ(points.unitId, u8("pp"));
    EXPECT_EQ(only("1.2 percentage points").kind, QuantityKind::PercentagePoint);

    const Quantity permille = only("千分之三");
    EXPECT_EQ(permille.kind, QuantityKind::Permille);
    EXPECT_DOUBLE_EQ(permille.value, 3);
    EXPECT_EQ(only("5‰").kind, QuantityKind::Permille);
    EXPECT_DOUBLE_EQ(only("万分之三").value, 0.03);
    EXPECT_DOUBLE_EQ(only("负3.9%").value, -3.9);
}

TEST(FindQuantities, Currencies)
{
    const Quantity trillion = only("1.3 trillion yuan");
    EXPECT_EQ(trillion.kind, QuantityKind::Currency);
    EXPECT_DOUBLE_EQ(trillion.value, 1.3);
    EXPECT_EQ(trillion.unitText, u8("trillion yuan"));
    EXPECT_DOUBLE_EQ(trillion.unitScale, 1e12);
    EXPECT_EQ(trillion.currency, u8("CNY"));

    const Quantity wanyi = only("4.78万亿元");
    EXPECT_EQ(wanyi.unitText, u8("万亿元"));
    EXPECT_DOUBLE_EQ(wanyi.unitScale, 1e12);
    EXPECT_TRUE(wanyi.unitId == u8("wanyi-yuan") || wanyi.unitId == cs::units::customUnitId(u8("万亿元")));

    const Quantity dollars = only("1200亿美元");
    EXPECT_EQ(dollars.currency, u8("USD"));
    EXPECT_DOUBLE_EQ(dollars.value * dollars.unitScale, 1.2e11);

    EXPECT_EQ(only("1.95港元").currency, u8("HKD"));
    EXPECT_EQ(only("每股1.95港元").unitText, u8("港元"));
    const Quantity symbol = only("US$1.5 billion");
    EXPECT_EQ(symbol.currency, u8("USD"));
    EXPECT_DOUBLE_EQ(symbol.value, 1.5);
    EXPECT_DOUBLE_EQ(only("两千万元").value, 2000);
    EXPECT_EQ(only("两千万元").unitId, u8("wan-yuan"));
    EXPECT_DOUBLE_EQ(only("123元1角1分").value, 123.11);
    EXPECT_EQ(only("港币两千九百六十元").currency, u8("HKD"));
}

TEST(FindQuantities, AreasAndOtherMeasures)
{
    const Quantity area = only("建筑面积12万平方米");
    EXPECT_EQ(area.kind, QuantityKind::Area);
    EXPECT_EQ(area.unitId, u8("wan-sqm"));
    EXPECT_EQ(only("387万亩").kind, QuantityKind::Area);
    const Quantity tons = only("产量 300 万吨");
    EXPECT_EQ(tons.kind, QuantityKind::Other);
    EXPECT_EQ(tons.unitId, cs::units::customUnitId(u8("万吨")));
}

TEST(FindQuantities, RoundHundredsAfterApproximationWords)
{
    const Quantity firms = only("企业近百家");
    EXPECT_DOUBLE_EQ(firms.value, 100);
    EXPECT_EQ(firms.unitId, u8("jia"));
    EXPECT_EQ(firms.start, 3); // 近 is the figure layer's
    const Quantity people = only("上万人");
    EXPECT_DOUBLE_EQ(people.value, 1);
    EXPECT_EQ(people.unitText, u8("万人"));
    EXPECT_DOUBLE_EQ(only("超千亿元").value, 1000);
    EXPECT_TRUE(find("百姓").isEmpty());
}

TEST(FindQuantities, IndefiniteArticleIsNoCount)
{
    EXPECT_TRUE(find("一个智能化的“生命铸造工厂”").isEmpty());
    EXPECT_TRUE(find("治疗的一种设备").isEmpty());
    EXPECT_EQ(find("新增一个项目").size(), 1);
}

TEST(FindQuantities, BareNumbersKeepTheirMultiplier)
{
    const Quantity q = only("2.4万");
    EXPECT_EQ(q.kind, QuantityKind::Number);
    EXPECT_DOUBLE_EQ(q.value, 2.4);
    EXPECT_EQ(q.unitText, u8("万"));
    EXPECT_DOUBLE_EQ(q.unitScale, 1e4);
    EXPECT_TRUE(q.unitId.isEmpty());
    EXPECT_DOUBLE_EQ(q.numeralValue, 24000);
}

TEST(FindQuantities, WordsWithNumeralCharactersAreNoNumbers)
{
    for (const char *text : {"一些", "一起", "一看", "统一", "万一", "四川", "陆地", "入伍", "一带一路", "半数", "十分重要",
                             "两两", "千方百计", "一度出现", "一次性使用", "涌现一批企业", "打开网址 https://example.com/a?x=30%25"})
        EXPECT_TRUE(find(text).isEmpty()) << text;
    EXPECT_EQ(find("单销量排名前三的品牌").size(), 1);
}

TEST(FindNumberRanges, CommonForms)
{
    const QList<NumberRange> tilde = findNumberRanges(u8("大概有20~100个"));
    ASSERT_EQ(tilde.size(), 1);
    EXPECT_DOUBLE_EQ(*tilde[0].low, 20);
    EXPECT_DOUBLE_EQ(*tilde[0].high, 100);

    const QList<NumberRange> between = findNumberRanges(u8("10000与20000之间"));
    ASSERT_EQ(between.size(), 1);
    EXPECT_EQ(between[0].start, 0);
    EXPECT_EQ(between[0].end, 13);

    const QList<NumberRange> closed = findNumberRanges(u8("大于等于一百小于等于三百一"));
    ASSERT_EQ(closed.size(), 1);
    EXPECT_DOUBLE_EQ(*closed[0].low, 100);
    EXPECT_DOUBLE_EQ(*closed[0].high, 310);
    EXPECT_TRUE(closed[0].lowInclusive);
    EXPECT_TRUE(closed[0].highInclusive);

    const QList<NumberRange> open = findNumberRanges(u8("五百多"));
    ASSERT_EQ(open.size(), 1);
    EXPECT_DOUBLE_EQ(*open[0].low, 500);
    EXPECT_FALSE(open[0].lowInclusive);
    EXPECT_FALSE(open[0].high.has_value());

    const QList<NumberRange> percent = findNumberRanges(u8("增长5%-8%"));
    ASSERT_EQ(percent.size(), 1);
    EXPECT_DOUBLE_EQ(*percent[0].low, 5);
    EXPECT_DOUBLE_EQ(*percent[0].high, 8);

    const QList<NumberRange> fill = findNumberRanges(u8("两到三万港元"));
    ASSERT_EQ(fill.size(), 1);
    EXPECT_DOUBLE_EQ(*fill[0].low, 20000);
}

// A long article finds every quantity of every copy (its speed is timed in tests/bench/extract_bench).
TEST(FindQuantities, ALongArticleFindsEveryQuantityOfEveryCopy)
{
    const QString sentence = u8("2023年全市规模以上工业增加值达 10393.39 亿元、增长 8.3％，新增 80 多家企业，"
                                "吸纳就业超 2000 名，第 600万辆新能源汽车下线，用时 13 年。");
    const qsizetype once = findQuantities(sentence).size();
    ASSERT_GT(once, 0);
    EXPECT_EQ(findQuantities(sentence.repeated(200)).size(), once * 200);
}
