// SPDX-License-Identifier: GPL-3.0-or-later
// A column of keys in one, two or four bytes per entry: every entry reads back as written across
// widening, insertion, removal and blocks appended from a file, and the width follows the largest.
#include "model/key_column.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>

using namespace cs;

namespace {

void expectSame(const KeyColumn &c, const std::vector<qint32> &expected)
{
    ASSERT_EQ(c.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        ASSERT_EQ(c[i], expected[i]) << "entry " << i;
}

} // namespace

TEST(KeyColumn, TheWidthFollowsTheLargestEntry)
{
    KeyColumn c;
    std::vector<qint32> expected;
    c.reserve(1000);
    for (qint32 v : {-1, 0, 253}) {
        c.push_back(v);
        expected.push_back(v);
    }
    EXPECT_EQ(c.width(), 1);
    c.push_back(254); // no longer fits one byte with -1 beside it
    expected.push_back(254);
    EXPECT_EQ(c.width(), 2);
    EXPECT_GE(c.capacity(), 1000u); // the room asked for stays
    c.push_back(65533);
    expected.push_back(65533);
    EXPECT_EQ(c.width(), 2);
    c.set(0, 65534);
    expected[0] = 65534;
    EXPECT_EQ(c.width(), 4);
    c.push_back(-7); // a wrong key read from a file stays as it is, for the check to see
    c.push_back(std::numeric_limits<qint32>::max());
    expected.push_back(-7);
    expected.push_back(std::numeric_limits<qint32>::max());
    expectSame(c, expected);
    EXPECT_EQ(c.memoryBytes(), qint64(c.capacity()) * 4);
}

TEST(KeyColumn, EditsMatchAVectorOfTheSameEntries)
{
    std::mt19937 random(5);
    for (const qint32 largest : {200, 60000, 5000000}) {
        KeyColumn c;
        std::vector<qint32> v;
        std::uniform_int_distribution<qint32> key(-1, largest);
        for (int step = 0; step < 3000; ++step) {
            const qint32 k = key(random);
            switch (random() % 5) {
            case 0:
            case 1:
                c.push_back(k);
                v.push_back(k);
                break;
            case 2:
                if (!v.empty()) {
                    const size_t at = random() % v.size();
                    c.set(at, k);
                    v[at] = k;
                }
                break;
            case 3: {
                const size_t at = v.empty() ? 0 : random() % (v.size() + 1);
                c.insert(at, k);
                v.insert(v.begin() + qsizetype(at), k);
                break;
            }
            case 4:
                if (!v.empty()) {
                    const size_t at = random() % v.size();
                    c.erase(at);
                    v.erase(v.begin() + qsizetype(at));
                }
                break;
            }
        }
        expectSame(c, v);
        // Removing every third entry keeps the rest in order.
        std::vector<bool> gone(v.size());
        std::vector<qint32> kept;
        for (size_t i = 0; i < v.size(); ++i) {
            gone[i] = i % 3 == 0;
            if (!gone[i])
                kept.push_back(v[i]);
        }
        c.keep(gone);
        expectSame(c, kept);
        std::vector<qint32> out(kept.size());
        c.copyTo(0, kept.size(), out.data());
        EXPECT_EQ(out, kept);
    }
}

TEST(KeyColumn, BlocksAppendedWidenOnceAndResizeFillsWithNone)
{
    KeyColumn c;
    const std::vector<qint32> small = {0, 1, 2, -1, 7};
    c.append(small.data(), small.size());
    EXPECT_EQ(c.width(), 1);
    const std::vector<qint32> large = {300, -1, 70000};
    c.append(large.data(), large.size());
    EXPECT_EQ(c.width(), 4);
    expectSame(c, {0, 1, 2, -1, 7, 300, -1, 70000});
    c.resize(3);
    expectSame(c, {0, 1, 2});
    c.resize(5);
    expectSame(c, {0, 1, 2, -1, -1});
    KeyColumn narrow;
    narrow.push_back(4);
    narrow.resize(3);
    expectSame(narrow, {4, -1, -1});
    narrow.assign(4, -1);
    expectSame(narrow, {-1, -1, -1, -1});
    EXPECT_EQ(narrow.width(), 1);
}
