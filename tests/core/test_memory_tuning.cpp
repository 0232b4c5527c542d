// SPDX-License-Identifier: GPL-3.0-or-later
// Faulting pages in on a second thread never changes what a buffer holds, makes the pages
// resident where the kernel can, and stops cleanly however early it is destroyed.
#include "model/memory_tuning.h"

#include "testutils.h"

#include <gtest/gtest.h>

#include <numeric>
#include <vector>

using namespace cs;

TEST(Prefault, ContentsStayAndTheRoomBecomesResident)
{
    std::vector<qint64> filled(4 << 20); // 32 MB written before: must read back unchanged
    std::iota(filled.begin(), filled.end(), qint64(7));
    std::vector<double> room;
    room.reserve(8 << 20); // 64 MB reserved, not yet written
    const qint64 before = test::residentBytes();
    {
        Prefault p;
        p.addCapacity(filled);
        p.addCapacity(room);
        p.start();
        for (int i = 0; i < (8 << 20); ++i) // filled while the other thread faults the pages in
            room.push_back(i * 0.5);
    } // joined
    for (size_t i = 0; i < filled.size(); i += 4097)
        ASSERT_EQ(filled[i], qint64(i) + 7);
    for (size_t i = 0; i < room.size(); i += 4099)
        ASSERT_EQ(room[i], double(i) * 0.5);
    EXPECT_GE(test::residentBytes() - before, qint64(60) << 20); // the room is resident, however it got so
}

TEST(Prefault, ResidentBeforeBeingWritten)
{
#if !defined(__linux__)
    GTEST_SKIP() << "Linux only";
#endif
    std::vector<char> room;
    room.reserve(64 << 20);
    const qint64 before = test::residentBytes();
    {
        Prefault p;
        p.addCapacity(room);
        p.start();
        p.wait();
    }
    const qint64 grown = test::residentBytes() - before;
    if (grown < (qint64(32) << 20))
        GTEST_SKIP() << "this kernel does not fault pages in on request (MADV_POPULATE_WRITE, Linux 5.14)";
    EXPECT_GE(grown, qint64(60) << 20);
    EXPECT_TRUE(room.empty());
}

TEST(Prefault, DestroyedAtOnceOrNeverStartedStopsCleanly)
{
    std::vector<int> room;
    room.reserve(64 << 20); // 256 MB of address space
    for (int round = 0; round < 20; ++round) {
        Prefault p;
        p.addCapacity(room);
        if (round % 2 == 0)
            p.start();
    } // each stops at its next slice and is joined
    Prefault small;
    std::vector<int> few(1000);
    small.addCapacity(few);
    small.start(); // a few kilobytes: no thread at all
    SUCCEED();
}
