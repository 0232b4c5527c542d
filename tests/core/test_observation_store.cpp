// SPDX-License-Identifier: GPL-3.0-or-later
// The observation store's source rows: cells stored once as UTF-8, read back as written.
#include "model/observation_store.h"

#include <gtest/gtest.h>

using namespace cs;

// Chinese, a character outside the BMP, empty cells and a long cell come back as written; the
// unit separator (which ends each stored cell) inside a cell comes back as a space, and the
// cells after it stay in their columns.
TEST(ObservationStore, SourceRowsKeepTheirCells)
{
    ObservationStore obs;
    const QStringList chinese = {QStringLiteral("深圳"), QStringLiteral("战略性新兴产业增加值"), QString(), QStringLiteral("2023年前三季度"),
                                 QStringLiteral("𝕏 10393.39"), QString(5000, QLatin1Char('x')), QString()};
    const int a = obs.addSourceRow({QStringLiteral("a.csv"), 2, chinese, -1});
    const int b = obs.addSourceRow({QStringLiteral("b.csv"), 7, {QStringLiteral("x\x1fy"), QStringLiteral("z")}, a});
    const int c = obs.addSourceRow({QStringLiteral("b.csv"), 8, {}, -1});
    EXPECT_EQ(obs.sourceRow(a).cells, chinese);
    EXPECT_EQ(obs.sourceRow(a).line, 2);
    EXPECT_EQ(obs.sourceRowCell(a, 4), QStringLiteral("𝕏 10393.39"));
    EXPECT_EQ(obs.sourceRowCell(a, 6), QString());
    EXPECT_EQ(obs.sourceRow(b).cells, (QStringList{QStringLiteral("x y"), QStringLiteral("z")}));
    EXPECT_EQ(obs.sourceRow(b).header, a);
    EXPECT_EQ(obs.sourceRowCell(b, 1), QStringLiteral("z"));
    EXPECT_TRUE(obs.sourceRow(c).cells.isEmpty());
    EXPECT_EQ(obs.sourceRow(c).file, QStringLiteral("b.csv"));
}
