// SPDX-License-Identifier: GPL-3.0-or-later
#include "persist/input_limits.h"

#include <gtest/gtest.h>

using namespace cs;

TEST(InputLimits, SizesInMessagesUseBinaryUnits)
{
    EXPECT_EQ(byteSizeText(900), QStringLiteral("900 bytes"));
    EXPECT_EQ(byteSizeText(4096), QStringLiteral("4 KiB"));
    EXPECT_EQ(byteSizeText(256ll << 20), QStringLiteral("256 MiB"));
    EXPECT_EQ(byteSizeText(3ll << 29), QStringLiteral("1.5 GiB"));
}

TEST(InputLimits, SizesOnTheCommandLine)
{
    EXPECT_EQ(parseByteSize(QStringLiteral("1048576")), 1048576);
    EXPECT_EQ(parseByteSize(QStringLiteral("512K")), 512 * 1024);
    EXPECT_EQ(parseByteSize(QStringLiteral("256M")), 256ll << 20);
    EXPECT_EQ(parseByteSize(QStringLiteral("2GiB")), 2ll << 30);
    EXPECT_EQ(parseByteSize(QStringLiteral("2g")), 2ll << 30);
    EXPECT_EQ(parseByteSize(QStringLiteral("1X")), -1);
    EXPECT_EQ(parseByteSize(QStringLiteral("-1")), -1);
    EXPECT_EQ(parseByteSize(QStringLiteral("")), -1);
    EXPECT_EQ(parseByteSize(QStringLiteral("999999999999999T")), -1); // would overflow
}

TEST(InputLimits, OneLineMessageHasNoLineBreaksAndKeepsBothEnds)
{
    EXPECT_EQ(oneLineMessage(QStringLiteral("a\nb\r\tc")), QStringLiteral("a b  c"));
    const QString longMessage = QStringLiteral("start ") + QString(1000, QLatin1Char('9')) + QStringLiteral(" end");
    const QString shortened = oneLineMessage(longMessage, 100);
    EXPECT_EQ(shortened.size(), 100);
    EXPECT_TRUE(shortened.startsWith(QStringLiteral("start 999")));
    EXPECT_TRUE(shortened.endsWith(QStringLiteral("999 end")));
    EXPECT_TRUE(shortened.contains(QChar(0x2026)));
    EXPECT_EQ(oneLineMessage(QStringLiteral("short")), QStringLiteral("short"));
}

TEST(InputLimits, OneLineMessageNeverSplitsASurrogatePair)
{
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QString::fromUcs4(U"\U0001F600");
    const QString shortened = oneLineMessage(emoji, 51);
    for (qsizetype i = 0; i < shortened.size(); ++i) {
        if (shortened.at(i).isHighSurrogate()) {
            EXPECT_TRUE(i + 1 < shortened.size() && shortened.at(i + 1).isLowSurrogate());
        }
        if (shortened.at(i).isLowSurrogate()) {
            EXPECT_TRUE(i > 0 && shortened.at(i - 1).isHighSurrogate());
        }
    }
}
