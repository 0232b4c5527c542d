// SPDX-License-Identifier: GPL-3.0-or-later
// A stream read on a second thread ahead of its consumer (a large workbook part inflated while
// the previous chunk is parsed): every byte in order, errors passed on in their place, and the
// thread stopped whenever the consumer stops, early or by an exception.
#include "import/read_ahead.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <new>
#include <stdexcept>
#include <string>

using namespace cs;

namespace {

// A stream of `total` bytes (a repeating pattern) handed out in uneven pieces, as an inflater
// gives them; then `end` (0, or negative for an error).
struct PatternReader {
    qint64 total = 0;
    qint64 end = 0;
    qint64 pos = 0;
    std::atomic<int> calls{0};
    std::atomic<int> callsAfterEnd{0};
    bool ended = false;

    qint64 operator()(char *data, qint64 maxSize)
    {
        ++calls;
        if (ended)
            ++callsAfterEnd;
        if (pos >= total) {
            ended = true;
            return end;
        }
        const qint64 n = std::min({maxSize, total - pos, qint64(1 + (pos * 7919) % 5000)});
        for (qint64 i = 0; i < n; ++i)
            data[i] = char('a' + (pos + i) % 23);
        pos += n;
        return n;
    }
};

std::string pattern(qint64 size)
{
    std::string s(size_t(size), '\0');
    for (qint64 i = 0; i < size; ++i)
        s[size_t(i)] = char('a' + i % 23);
    return s;
}

} // namespace

TEST(ReadAhead, GivesEveryByteInOrderThenTheEnd)
{
    PatternReader reader;
    reader.total = 1000003;
    std::string got;
    {
        ReadAhead ahead([&reader](char *d, qint64 n) { return reader(d, n); }, 4096, 3);
        for (;;) {
            const char *data = nullptr;
            const qint64 n = ahead.next(&data);
            if (n <= 0) {
                EXPECT_EQ(n, 0);
                break;
            }
            ASSERT_NE(data, nullptr);
            ASSERT_LE(n, 4096);
            got.append(data, size_t(n));
        }
        const char *data = nullptr;
        EXPECT_EQ(ahead.next(&data), 0); // the end stays the end
    }
    EXPECT_EQ(got, pattern(1000003));
    EXPECT_EQ(reader.callsAfterEnd.load(), 0);
}

TEST(ReadAhead, AnErrorComesAfterTheBytesReadBeforeItAndStays)
{
    PatternReader reader;
    reader.total = 10000;
    reader.end = -1;
    ReadAhead ahead([&reader](char *d, qint64 n) { return reader(d, n); }, 1024, 2);
    qint64 bytes = 0;
    qint64 n = 0;
    const char *data = nullptr;
    while ((n = ahead.next(&data)) > 0)
        bytes += n;
    EXPECT_EQ(bytes, 10000);
    EXPECT_EQ(n, -1);
    EXPECT_EQ(ahead.next(&data), -1);
    EXPECT_EQ(data, nullptr);
    EXPECT_EQ(reader.callsAfterEnd.load(), 0);
}

TEST(ReadAhead, StoppingEarlyReadsOnlyAFewChunksAhead)
{
    std::atomic<int> calls{0};
    {
        // An endless stream: the consumer takes two chunks and stops.
        ReadAhead ahead(
            [&calls](char *d, qint64 n) {
                ++calls;
                std::fill(d, d + n, 'x');
                return n;
            },
            512, 4);
        const char *data = nullptr;
        EXPECT_EQ(ahead.next(&data), 512);
        EXPECT_EQ(ahead.next(&data), 512);
    } // joins here, or the test hangs
    EXPECT_GE(calls.load(), 2);
    EXPECT_LE(calls.load(), 2 + 4); // never more than the buffers hold
}

TEST(ReadAhead, AConsumerThatThrowsStopsTheReader)
{
    PatternReader reader;
    reader.total = qint64(1) << 40; // would take hours to read
    EXPECT_THROW(
        {
            ReadAhead ahead([&reader](char *d, qint64 n) { return reader(d, n); }, 4096, 3);
            const char *data = nullptr;
            ahead.next(&data);
            throw std::runtime_error("a parse error in the first chunk");
        },
        std::runtime_error);
    EXPECT_LT(reader.pos, qint64(1) << 20);
}

TEST(ReadAhead, WhatTheReaderThrowsIsThrownToTheConsumerInItsPlace)
{
    int calls = 0;
    ReadAhead ahead(
        [&calls](char *d, qint64 n) -> qint64 {
            if (++calls > 1)
                throw std::bad_alloc();
            std::fill(d, d + n, 'y');
            return n;
        },
        100, 2);
    const char *data = nullptr;
    EXPECT_EQ(ahead.next(&data), 100);
    EXPECT_EQ(std::string(data, 100), std::string(100, 'y'));
    EXPECT_THROW(ahead.next(&data), std::bad_alloc); // after the bytes read before it
    EXPECT_THROW(ahead.next(&data), std::bad_alloc); // and again
    EXPECT_EQ(calls, 2);
}
