// SPDX-License-Identifier: GPL-3.0-or-later
// A table's rows kept compact: cells added as text, from UTF-8, or as a repeat of an earlier cell
// read back as written, and each row keeps its own cells.
#include "import/text_table.h"

#include <gtest/gtest.h>

using namespace cs;

TEST(TextRows, CellsFromUtf8ReadBackAsWritten)
{
    TextRows rows;
    const QStringList cells = {QStringLiteral("2023"), QString(), QStringLiteral("深圳市"), QStringLiteral("𝕏 10393.39 亿元"),
                               QStringLiteral("Zürich"), QStringLiteral("plain ascii, then 中文"),
                               QStringLiteral("a\uFEFFb"), QStringLiteral("\uFEFFx")}; // byte-order marks inside cells are kept
    for (const QString &c : cells) {
        const QByteArray utf8 = c.toUtf8();
        rows.addCellUtf8(utf8.constData(), utf8.size());
    }
    rows.endRow();
    const qsizetype first = rows.addCell(QStringLiteral("北京"));
    rows.addCellLike(first);
    rows.endRow();
    rows.endRow(); // an empty row
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0), cells);
    EXPECT_EQ(rows.at(1), (QStringList{QStringLiteral("北京"), QStringLiteral("北京")}));
    EXPECT_TRUE(rows.at(2).isEmpty());
    EXPECT_EQ(rows.cell(0, 3), QStringLiteral("𝕏 10393.39 亿元"));
    EXPECT_TRUE(rows.cell(0, 99).isEmpty());
}
