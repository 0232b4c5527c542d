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

// An import's keyed values read back as the same observations as values appended whole: the id is
// its prefix and number, the texts are the keys' texts, and the source row and column are kept.
TEST(ObservationStore, KeyedValuesReadBackAsWholeValues)
{
    ObservationStore whole, keyed;
    const int row = keyed.addSourceRow({QStringLiteral("p.csv"), 2, {QStringLiteral("cn"), QStringLiteral("5")}, -1});
    whole.addSourceRow({QStringLiteral("p.csv"), 2, {QStringLiteral("cn"), QStringLiteral("5")}, -1});
    for (int n : {1, 10, 999999999}) {
        Observation o;
        o.id = QStringLiteral("file-p#") + QString::number(n);
        o.indicator = QStringLiteral("gdp");
        o.subject = QStringLiteral("cn");
        o.source = QStringLiteral("file-p");
        o.period = Period::year(2000 + n % 20);
        o.value = n / 4.0;
        o.row = row;
        o.column = 1;
        whole.append(o);
        ObservationStore::KeyedValue v;
        v.idPrefix = keyed.internKey(QStringLiteral("file-p#"));
        v.idNumber = n;
        v.indicator = keyed.internKey(QStringLiteral("gdp"));
        v.subject = keyed.internKey(QStringLiteral("cn"));
        v.source = keyed.internKey(QStringLiteral("file-p"));
        v.period = o.period;
        v.value = o.value;
        v.row = row;
        v.column = 1;
        keyed.appendKeyed(v);
    }
    EXPECT_EQ(keyed, whole);
    EXPECT_EQ(keyed.id(2), QStringLiteral("file-p#999999999"));
    EXPECT_EQ(keyed.at(0).subject, QStringLiteral("cn"));
    EXPECT_EQ(keyed.idKey(1), keyed.idKeyOf(QStringLiteral("file-p#10")));
}
