// SPDX-License-Identifier: GPL-3.0-or-later
// The arrays of version-4 blocks: entries as they are or as runs, whichever is shorter, read back
// exactly; a broken array is refused with what is wrong. The test's own reader of the documented
// format (block_columns.h) agrees with the writer.
#include "persist/column_codec.h"

#include "block_columns.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace cs;

namespace {

template <class T>
std::vector<T> roundTrip(const std::vector<T> &values, QByteArray *encoded = nullptr)
{
    const QByteArray bytes = column_codec::encode(values.data(), qsizetype(values.size()));
    if (encoded)
        *encoded = bytes;
    std::vector<T> back = {T(7)}; // appended after what is there
    const std::optional<QString> error = column_codec::decode(bytes, qint64(values.size()), back);
    EXPECT_FALSE(error) << error.value_or(QString()).toStdString();
    EXPECT_EQ(back.front(), T(7));
    back.erase(back.begin());
    EXPECT_EQ(test::plainEntries(bytes, int(sizeof(T))).mid(1), column_codec::plain(values.data(), qsizetype(values.size())));
    return back;
}

} // namespace

TEST(ColumnCodec, EveryShapeReadsBackExactly)
{
    std::mt19937 random(5);
    std::vector<qint32> constant(1000, -1), sequence, cycles, noise, alternating, single = {42};
    for (int i = 0; i < 1000; ++i) {
        sequence.push_back(i + 1);
        cycles.push_back(1999 + i % 25);
        noise.push_back(qint32(random()));
        alternating.push_back(i % 2 ? 5 : -5);
    }
    std::vector<qint32> wrapping = {std::numeric_limits<qint32>::max() - 1, std::numeric_limits<qint32>::max(),
                                          std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::min() + 1};
    for (const std::vector<qint32> *v : {&constant, &sequence, &cycles, &noise, &alternating, &single, &wrapping})
        EXPECT_EQ(roundTrip(*v), *v);
    std::vector<double> values = {0.5, -0.0, 1e300, 3.25, 3.25, 3.25};
    EXPECT_EQ(roundTrip(values), values);
    std::vector<quint64> periods;
    for (int y = 1960; y < 2024; ++y)
        for (quint64 q = 1; q <= 4; ++q)
            periods.push_back(quint64(y) << 40 | q << 24 | q << 8 | 2);
    EXPECT_EQ(roundTrip(periods), periods);
    std::vector<quint8> qualifiers(300, 0);
    qualifiers[150] = 3;
    EXPECT_EQ(roundTrip(qualifiers), qualifiers);
}

TEST(ColumnCodec, TheShorterFormIsWritten)
{
    QByteArray bytes;
    roundTrip(std::vector<qint32>(65536, 12), &bytes);
    EXPECT_EQ(bytes.size(), 1 + 4 + 4 + 4); // one run
    EXPECT_EQ(bytes[0], char(1));
    std::vector<qint32> sequence(65536);
    for (int i = 0; i < 65536; ++i)
        sequence[size_t(i)] = i + 1;
    roundTrip(sequence, &bytes);
    EXPECT_EQ(bytes.size(), 13);
    std::vector<qint32> alternating(100);
    for (int i = 0; i < 100; ++i)
        alternating[size_t(i)] = i % 2;
    roundTrip(alternating, &bytes);
    EXPECT_EQ(bytes.size(), 1 + 4 * 100); // runs of two would be longer: as they are
    EXPECT_EQ(bytes[0], char(0));
}

TEST(ColumnCodec, BrokenArraysAreRefusedWithWhatIsWrong)
{
    const struct {
        QByteArray bytes;
        const char *expected;
    } cases[] = {
        {QByteArray(), "is empty"},
        {QByteArray("\x02\x01\x00\x00\x00", 5), "unknown encoding (2)"},
        {QByteArray("\x00\x01\x00\x00\x00", 5), "holds 4 bytes, not 12 bytes for 3 values"},
        {QByteArray("\x01\x01\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00", 12), "not whole runs of 12"},
        {QByteArray("\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 13), "an empty run"},
        {QByteArray("\x01\x01\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00", 13), "more than 3"},
        {QByteArray("\x01\x01\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00", 13), "runs of 2 values, not 3"},
        {QByteArray("\x01\x01\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff", 13), "more than 3"},
    };
    for (const auto &c : cases) {
        std::vector<qint32> to;
        const std::optional<QString> error = column_codec::decode(c.bytes, 3, to);
        ASSERT_TRUE(error) << c.expected;
        EXPECT_TRUE(error->contains(QLatin1String(c.expected))) << error->toStdString();
    }
}
