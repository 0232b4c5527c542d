// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/memory_tuning.h"

#include <cerrno>
#include <cstdint>
#include <system_error>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cs {

void adviseHugePages(const void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    if (data == nullptr || bytes < 2 * kHuge)
        return;
    const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // advice: failure is harmless
#else
    (void)data;
    (void)bytes;
#endif
}

std::size_t pageSize()
{
#if defined(__linux__)
    static const std::size_t size = std::size_t(sysconf(_SC_PAGESIZE));
    return size;
#else
    return 4096;
#endif
}

void releasePages(const void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_DONTNEED)
    const std::uintptr_t kPage = pageSize(); // madvise rounds the length up to it
    if (data == nullptr)
        return;
    const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(data) + kPage - 1) & ~(kPage - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kPage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
#else
    (void)data;
    (void)bytes;
#endif
}

Prefault::~Prefault()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void Prefault::add(const void *data, std::size_t bytes)
{
    if (data != nullptr && bytes > 0)
        m_ranges.emplace_back(reinterpret_cast<std::uintptr_t>(data), bytes);
}

void Prefault::start()
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    const std::uintptr_t kPage = pageSize();
    std::vector<std::pair<std::uintptr_t, std::size_t>> ranges; // whole pages inside each range
    std::size_t total = 0;
    for (const auto &[data, bytes] : m_ranges) {
        const std::uintptr_t begin = (data + kPage - 1) & ~(kPage - 1);
        const std::uintptr_t end = (data + bytes) & ~(kPage - 1);
        if (end > begin) {
            ranges.emplace_back(begin, end - begin);
            total += end - begin;
        }
    }
    if (total < (std::size_t(16) << 20) || m_thread.joinable())
        return; // a few megabytes: not worth a thread
    try {
        m_thread = std::thread([this, kPage, ranges = std::move(ranges)] {
            constexpr int kSlices = 64;
            for (int slice = 0; slice < kSlices && !m_stop; ++slice) {
                for (const auto &[begin, bytes] : ranges) {
                    const std::uintptr_t from = begin + (bytes / kSlices * std::size_t(slice) & ~(kPage - 1));
                    const std::uintptr_t to = slice + 1 == kSlices ? begin + bytes : begin + (bytes / kSlices * std::size_t(slice + 1) & ~(kPage - 1));
                    // (an old kernel does not know the call: the filling thread faults the pages
                    // in itself; a range given back meanwhile is passed over)
                    if (to > from && madvise(reinterpret_cast<void *>(from), to - from, MADV_POPULATE_WRITE) != 0 && errno == EINVAL)
                        return;
                }
            }
        });
    } catch (const std::system_error &) {
        // no thread to be had: the pages are faulted in as they are filled
    }
#endif
}

void tuneAllocatorForLargeData()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

} // namespace cs
