// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

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

// Gives the pages inside [data, data + bytes) back to the kernel: part of a large buffer that will
// never be read again (the rows of a table already imported), while the rest of it is still in
// use. Only whole pages inside the range are given back; they read as zeros afterwards. Elsewhere
// than on Linux, does nothing.
void releasePages(const void *data, std::size_t bytes);

// The same for a container's whole capacity (std::vector, QString, QByteArray).
template <class Container>
void adviseHugePagesFor(const Container &c)
{
    adviseHugePages(c.data(), std::size_t(c.capacity()) * sizeof(*c.data()));
}

} // namespace cs
