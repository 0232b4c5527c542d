// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <thread>
#include <utility>
#include <vector>

namespace cs {

// Asks the kernel to back a large buffer that is about to be filled (an import's columns, a
// table's text) with transparent huge pages. Where Linux gives them only on request (the
// "madvise" setting, common on desktops and virtual machines), the buffer is otherwise mapped
// 4 KiB at a time, one page fault each: a 50 MB workbook's import took 135,000 faults, a quarter
// of its time. Only whole 2 MiB pages inside the buffer are advised; small buffers, other
// systems and a kernel that refuses are left as they are. Never changes the buffer's contents.
void adviseHugePages(const void *data, std::size_t bytes);

// Tells the C library's allocator to keep freed blocks of up to 32 MiB for reuse (glibc: the
// mmap threshold at 32 MiB, the most its own adaptive threshold reaches, and the heap trimmed only
// past 64 MiB free at its top). Importing and saving build and drop blocks of hundreds of KB
// thousands of times (a block of 65,536 values per column, SQLite's copy of each blob); returned
// to the kernel each time, every one was faulted in again: 85,000 of the 160,000 page faults of
// a 10-million-value import. Called once, at the start of main(). Elsewhere, does nothing.
void tuneAllocatorForLargeData();

// The system's memory page size.
std::size_t pageSize();

// Gives the pages inside [data, data + bytes) back to the kernel: part of a large buffer that will
// never be read again (the rows of a table already imported), while the rest of it is still in
// use. Only whole pages inside the range are given back; they read as zeros afterwards. Elsewhere
// than on Linux, does nothing.
void releasePages(const void *data, std::size_t bytes);

// Faults in, on a second thread, the pages of buffers that the calling thread is about to fill
// (a workspace's columns, allocated at their size, as its blocks are read). A page's first touch
// makes the kernel zero it: a third of the time of opening a ten-million-value workspace, spent
// one fault at a time in the thread that fills the buffers. Here the kernel zeroes them on the
// other core, ahead of that thread (madvise MADV_POPULATE_WRITE, Linux 5.14 and later: the pages
// are mapped as if written, their contents untouched). Ranges are faulted in slices, all buffers
// at the same pace, as they are filled. Stopped and joined when destroyed; where the system has
// no such call, or no thread can be started, does nothing.
class Prefault
{
public:
    Prefault() = default;
    Prefault(const Prefault &) = delete;
    Prefault &operator=(const Prefault &) = delete;
    ~Prefault();
    void add(const void *data, std::size_t bytes);
    template <class Container>
    void addCapacity(const Container &c)
    {
        add(c.data(), std::size_t(c.capacity()) * sizeof(*c.data()));
    }
    void start();
    // Waits until every page is faulted in (destroying it instead stops at the next slice).
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::vector<std::pair<std::uintptr_t, std::size_t>> m_ranges;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// The same for a container's whole capacity (std::vector, QString, QByteArray).
template <class Container>
void adviseHugePagesFor(const Container &c)
{
    adviseHugePages(c.data(), std::size_t(c.capacity()) * sizeof(*c.data()));
}

} // namespace cs
