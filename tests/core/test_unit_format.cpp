// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/measure.h"
#include "chart/quantity_format.h"
#include "model/unit.h"

#include <gtest/gtest.h>

using namespace cs;

namespace {
const Unit &u(const char *id)
{
    const Unit *unit = units::find(QString::fromUtf8(id));
    EXPECT_NE(unit, nullptr) << id;
    static Unit none;
    return unit ? *unit : none;
}
std::string s(const QString &q) { return q.toStdString(); }
} // namespace

TEST(Unit, ConvertsWithinADimension)
{
    EXPECT_DOUBLE_EQ(*units::convert(10393.39, u("yi-yuan"), u("yuan")), 1039339000000.0);
    EXPECT_DOUBLE_EQ(*units::convert(1, u("yi-yuan"), u("wan-yuan")), 10000.0);
    EXPECT_DOUBLE_EQ(*units::convert(6.2, u("wan-ming"), u("ming")), 62000.0);
    EXPECT_DOUBLE_EQ(*units::convert(2000, u("wan-sqm"), u("sqm")), 2e7);
    EXPECT_DOUBLE_EQ(*units::convert(13, u("year"), u("month")), 156.0);
    EXPECT_DOUBLE_EQ(*units::convert(62000, u("person"), u("wan-person")), 6.2);
}

TEST(Unit, RefusesToConvertAcrossDimensionsOrMeasureWords)
{
    EXPECT_FALSE(units::convert(1, u("yi-yuan"), u("percent")).has_value());
    EXPECT_FALSE(units::convert(1, u("percent"), u("pp")).has_value());
    EXPECT_FALSE(units::convert(1, u("jia"), u("liang")).has_value()); // 家 and 辆 count different things
    EXPECT_FALSE(units::convert(1, u("year"), u("sqm")).has_value());
    EXPECT_EQ(units::find(QStringLiteral("furlong")), nullptr);
}

TEST(Unit, EveryUnitHasBothLabelsAndABase)
{
    for (const Unit &unit : units::all()) {
        if (unit.dimension == Dimension::Other)
            continue; // "number": a plain number has no unit to show
        EXPECT_FALSE(unit.label.zh.isEmpty()) << s(unit.id);
        EXPECT_FALSE(unit.label.en.isEmpty()) << s(unit.id);
        EXPECT_NE(units::baseOf(unit), nullptr) << s(unit.id);
    }
    EXPECT_EQ(units::baseOf(u("wan-liang"))->id, QStringLiteral("liang"));
}

// Custom units are made once and owned by the registry: they were `new`ed into a hash of raw
// pointers and leaked at exit (LeakSanitizer under the asan preset). The pointer handed out must
// stay valid and the same however many custom units are made after it.
TEST(Unit, CustomUnitIsMadeOnceAndKeepsItsAddress)
{
    const Unit *first = units::find(units::customUnitId(QStringLiteral("widgets per bushel")));
    ASSERT_NE(first, nullptr);
    for (int i = 0; i < 1000; ++i)
        ASSERT_NE(units::find(units::customUnitId(QStringLiteral("unit %1").arg(i))), nullptr);
    EXPECT_EQ(units::find(units::customUnitId(QStringLiteral("widgets per bushel"))), first);
    EXPECT_EQ(first->id, QStringLiteral("custom:widgets per bushel"));
    EXPECT_EQ(first->label.en, QStringLiteral("widgets per bushel"));
    EXPECT_EQ(first->dimension, Dimension::Other);
    EXPECT_EQ(units::find(QStringLiteral("custom:")), nullptr);
    EXPECT_TRUE(first->convertibleTo(*first));
    EXPECT_FALSE(first->convertibleTo(*units::find(units::customUnitId(QStringLiteral("unit 1")))));
}

TEST(QuantityFormat, YiYuanInChineseAndTrillionsInEnglish)
{
    EXPECT_EQ(s(formatQuantity(10393.39, u("yi-yuan"), Qualifier::Exact, Lang::Zh)), "10393.39亿元");
    EXPECT_EQ(s(formatQuantity(10393.39, u("yi-yuan"), Qualifier::Exact, Lang::En)), "1.04 trillion yuan");
    EXPECT_EQ(s(formatQuantity(4566, u("yi-yuan"), Qualifier::Exact, Lang::En)), "456.6 billion yuan");
}

TEST(QuantityFormat, WanInChineseAndThousandsInEnglish)
{
    EXPECT_EQ(s(formatQuantity(6.2, u("wan-ming"), Qualifier::Exact, Lang::Zh)), "6.2万名");
    EXPECT_EQ(s(formatQuantity(6.2, u("wan-ming"), Qualifier::Exact, Lang::En)), "62,000 people");
    EXPECT_EQ(s(formatQuantity(62000, u("person"), Qualifier::Exact, Lang::Zh)), "6.2万人");
    EXPECT_EQ(s(formatQuantity(6000000, u("liang"), Qualifier::Exact, Lang::Zh)), "600万辆");
    EXPECT_EQ(s(formatQuantity(6000000, u("liang"), Qualifier::Exact, Lang::En)), "6 million vehicles");
    EXPECT_EQ(s(formatQuantity(2000, u("wan-sqm"), Qualifier::AtLeast, Lang::En)), "≥ 20 million m²");
}

TEST(QuantityFormat, QualifierIsAlwaysShown)
{
    EXPECT_EQ(s(formatQuantity(270, u("yi-yuan"), Qualifier::MoreThan, Lang::Zh)), "> 270亿元");
    EXPECT_EQ(s(formatQuantity(270, u("yi-yuan"), Qualifier::MoreThan, Lang::En)), "> 27 billion yuan");
    EXPECT_EQ(s(formatQuantity(37, u("percent"), Qualifier::About, Lang::En)), "≈ 37%");
    EXPECT_EQ(s(formatQuantity(6000, u("ge"), Qualifier::MoreThan, Lang::En)), "> 6,000 units");
    EXPECT_EQ(s(formatValueLabel(6000, Qualifier::MoreThan, Lang::En)), "6,000+");
    EXPECT_EQ(s(formatValueLabel(6000, Qualifier::MoreThan, Lang::Zh)), "6000+");
    EXPECT_EQ(s(formatValueLabel(2000, Qualifier::AtLeast, Lang::Zh)), "≥2000");
    EXPECT_EQ(s(formatValueLabel(37, Qualifier::About, Lang::Zh)), "≈37");
    EXPECT_EQ(s(formatValueLabel(42.5, Qualifier::Exact, Lang::Zh)), "42.5");
}

TEST(QuantityFormat, PercentDurationAndPercentagePoints)
{
    EXPECT_EQ(s(formatQuantity(42.5, u("percent"), Qualifier::Exact, Lang::Zh)), "42.5%");
    EXPECT_EQ(s(formatQuantity(42.5, u("percent"), Qualifier::Exact, Lang::En)), "42.5%");
    EXPECT_EQ(s(formatQuantity(1.4, u("pp"), Qualifier::Exact, Lang::Zh)), "1.4个百分点");
    EXPECT_EQ(s(formatQuantity(1.4, u("pp"), Qualifier::Exact, Lang::En)), "1.4 pp");
    EXPECT_EQ(s(formatQuantity(13, u("year"), Qualifier::Exact, Lang::En)), "13 years");
    EXPECT_EQ(s(formatQuantity(1, u("year"), Qualifier::Exact, Lang::En)), "1 year");
    EXPECT_EQ(s(formatQuantity(3, u("month"), Qualifier::MoreThan, Lang::Zh)), "> 3个月");
}

TEST(QuantityFormat, PlainDecimalHasNoGroupingOrExponent)
{
    EXPECT_EQ(s(plainDecimal(6000000)), "6000000");
    EXPECT_EQ(s(plainDecimal(10393.39)), "10393.39");
    EXPECT_EQ(s(plainDecimal(1e21)), "1000000000000000000000");
    EXPECT_EQ(s(plainDecimal(0.0001)), "0.0001");
    EXPECT_EQ(s(plainDecimal(-0.0)), "0");
    EXPECT_EQ(s(formatNumber(-1234567.891, Lang::En)), "-1,234,567.89");
    EXPECT_EQ(s(formatNumber(-1234567.891, Lang::Zh)), "-1234567.89");
}

TEST(Measure, UnitMustFitTheMeasure)
{
    EXPECT_TRUE(unitMismatch(Measure::Share, u("percent")).isEmpty());
    EXPECT_FALSE(unitMismatch(Measure::Share, u("yi-yuan")).isEmpty());
    EXPECT_FALSE(unitMismatch(Measure::Growth, u("jia")).isEmpty());
    EXPECT_TRUE(unitMismatch(Measure::Duration, u("month")).isEmpty());
    EXPECT_FALSE(unitMismatch(Measure::Duration, u("yi-yuan")).isEmpty());
    EXPECT_TRUE(unitMismatch(Measure::Count, u("jia")).isEmpty());
    EXPECT_FALSE(unitMismatch(Measure::Count, u("yi-yuan")).isEmpty());
    EXPECT_FALSE(unitMismatch(Measure::Level, u("percent")).isEmpty());
    EXPECT_TRUE(unitMismatch(Measure::Target, u("wan-sqm")).isEmpty());
    for (const char *id : {"level", "growth", "share", "cumulative", "count", "ratio", "duration", "target"})
        EXPECT_EQ(s(measureId(*measureFromId(QString::fromUtf8(id)))), id);
}
