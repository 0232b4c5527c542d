// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace cs {

// Reads a stream on a second thread, a few chunks ahead of the one consuming it, so that producing
// the bytes (inflating a compressed workbook part and counting it against the limits) overlaps
// with parsing them. `read` fills a buffer and returns the bytes read, 0 at the end or negative
// on an error; it runs on the reading thread only, and is not called again after it returns 0 or
// less or throws (what it throws, out of memory say, is thrown again by next(), in its place in
// the stream). The object stops the thread and waits for it when destroyed (after an early stop
// or an exception in the consumer too), so whatever `read` uses must outlive it. The constructor
// throws std::system_error when no thread can be started.
class ReadAhead
{
public:
    using Read = std::function<qint64(char *data, qint64 maxSize)>;

    explicit ReadAhead(Read read, qint64 chunkBytes = qint64(1) << 18, int chunks = 4);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next chunk, in order: `*data` points at its bytes until the next call. Returns their
    // count, or what `read` returned at the end or on an error (and the same again after that);
    // throws what `read` threw.
    qint64 next(const char **data);

private:
    void run();

    Read m_read;
    std::vector<std::vector<char>> m_buffers;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<int> m_free;                      // buffers the reader may fill
    std::deque<std::pair<int, qint64>> m_filled; // buffers read, in order, and their byte counts
    int m_lent = -1;                             // the buffer the consumer holds
    qint64 m_last = 1;                           // the end's or the error's return, once seen
    std::exception_ptr m_thrown;                 // what `read` threw, thrown again at its place
    bool m_stop = false;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace cs
