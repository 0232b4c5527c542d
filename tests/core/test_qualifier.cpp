// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/qualifier.h"

#include <gtest/gtest.h>

using cs::Qualifier;

TEST(Qualifier, CodesRoundTrip)
{
    for (Qualifier q : {Qualifier::Exact, Qualifier::MoreThan, Qualifier::AtLeast, Qualifier::About, Qualifier::LessThan,
                        Qualifier::AtMost})
        EXPECT_EQ(cs::qualifierFromCode(cs::qualifierCode(q)), q);
    EXPECT_EQ(cs::qualifierCode(Qualifier::Exact), QString());
    EXPECT_EQ(cs::qualifierCode(Qualifier::MoreThan), QStringLiteral(">"));
    EXPECT_EQ(cs::qualifierCode(Qualifier::AtLeast), QStringLiteral(">="));
    EXPECT_EQ(cs::qualifierCode(Qualifier::About), QStringLiteral("~"));
    EXPECT_EQ(cs::qualifierCode(Qualifier::LessThan), QStringLiteral("<"));
    EXPECT_FALSE(cs::qualifierFromCode(QStringLiteral("=>")).has_value());
}

TEST(Qualifier, ReadFromTheArticlesChineseWording)
{
    auto q = [](const char *phrase) { return cs::qualifierFromChinese(QString::fromUtf8(phrase)); };
    EXPECT_EQ(q("已累计交付超 6000个机器人"), Qualifier::MoreThan);
    EXPECT_EQ(q("总估值超过 270 亿元"), Qualifier::MoreThan);
    EXPECT_EQ(q("上市企业 500 多家"), Qualifier::MoreThan);
    EXPECT_EQ(q("仅用时 3个多月"), Qualifier::MoreThan);
    EXPECT_EQ(q("1000家以上"), Qualifier::MoreThan);
    EXPECT_EQ(q("每年推出不少于 2000 万平方米"), Qualifier::AtLeast);
    EXPECT_EQ(q("约 9150 亿元"), Qualifier::About);
    EXPECT_EQ(q("近半数高校"), Qualifier::About);
    EXPECT_EQ(q("不超过 5 年"), Qualifier::AtMost);
    EXPECT_EQ(q("不足 100 家"), Qualifier::LessThan);
    EXPECT_EQ(q("国家级专精特新企业742家"), Qualifier::Exact);
}

TEST(Qualifier, BoundsAreClassified)
{
    EXPECT_TRUE(cs::isLowerBound(Qualifier::MoreThan));
    EXPECT_TRUE(cs::isLowerBound(Qualifier::AtLeast));
    EXPECT_FALSE(cs::isLowerBound(Qualifier::About));
    EXPECT_TRUE(cs::isUpperBound(Qualifier::LessThan));
    EXPECT_EQ(cs::qualifierSymbol(Qualifier::About), QStringLiteral("≈"));
    EXPECT_EQ(cs::qualifierWords(Qualifier::AtLeast, cs::Lang::Zh), QStringLiteral("不少于"));
}

TEST(Qualifier, ATypedValueLosesItsLeadingQualifier)
{
    auto take = [](const char *typed, QString *rest) {
        *rest = QString::fromUtf8(typed);
        return cs::takeQualifierPrefix(*rest);
    };
    QString rest;
    EXPECT_EQ(take(" >= 2000 ", &rest), Qualifier::AtLeast);
    EXPECT_EQ(rest, QStringLiteral("2000"));
    EXPECT_EQ(take(">13000", &rest), Qualifier::MoreThan);
    EXPECT_EQ(rest, QStringLiteral("13000"));
    EXPECT_EQ(take("≈9150", &rest), Qualifier::About);
    EXPECT_EQ(take("≤5", &rest), Qualifier::AtMost);
    EXPECT_EQ(take("37.7", &rest), Qualifier::Exact);
    EXPECT_EQ(rest, QStringLiteral("37.7"));
}

TEST(Qualifier, WordsTypedNextToANumber)
{
    auto w = [](const char *words) { return cs::qualifierFromWords(QString::fromUtf8(words)); };
    EXPECT_EQ(w(""), Qualifier::Exact);
    EXPECT_EQ(w("超过"), Qualifier::MoreThan);
    EXPECT_EQ(w("以上"), Qualifier::MoreThan);
    EXPECT_EQ(w("+"), Qualifier::MoreThan);
    EXPECT_EQ(w("≥"), Qualifier::AtLeast);
    EXPECT_EQ(w(">="), Qualifier::AtLeast);
    EXPECT_EQ(w("约"), Qualifier::About);
    EXPECT_EQ(w("About"), Qualifier::About);
    EXPECT_EQ(w("less  than"), Qualifier::LessThan);
    EXPECT_EQ(w("不超过"), Qualifier::AtMost);
    EXPECT_FALSE(w("GDP").has_value());
    EXPECT_FALSE(w("超过了很多").has_value()) << "the whole text, not a word inside it";
    // Each qualifier's own words, in both languages, read back as it.
    for (Qualifier q : {Qualifier::MoreThan, Qualifier::AtLeast, Qualifier::About, Qualifier::LessThan, Qualifier::AtMost}) {
        EXPECT_EQ(cs::qualifierFromWords(cs::qualifierWords(q, cs::Lang::Zh)), q);
        EXPECT_EQ(cs::qualifierFromWords(cs::qualifierWords(q, cs::Lang::En)), q);
        EXPECT_EQ(cs::qualifierFromWords(cs::qualifierSymbol(q)), q);
    }
}
