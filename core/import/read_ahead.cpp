// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/read_ahead.h"

#include <algorithm>

namespace cs {

ReadAhead::ReadAhead(Read read, qint64 chunkBytes, int chunks)
    : m_read(std::move(read))
{
    m_buffers.resize(size_t(std::max(chunks, 2)));
    for (size_t i = 0; i < m_buffers.size(); ++i) {
        m_buffers[i].resize(size_t(std::max<qint64>(chunkBytes, 1)));
        m_free.push_back(int(i));
    }
    m_thread = std::thread([this] { run(); });
}

ReadAhead::~ReadAhead()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ReadAhead::run()
{
    for (;;) {
        int buffer = -1;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
            if (m_stop)
                return;
            buffer = m_free.front();
            m_free.pop_front();
        }
        std::vector<char> &b = m_buffers[size_t(buffer)];
        qint64 n = -1;
        std::exception_ptr thrown;
        try {
            n = m_read(b.data(), qint64(b.size()));
        } catch (...) { // (out of memory inside the reader) passed on to the consumer
            thrown = std::current_exception();
            n = -1;
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_thrown = thrown;
            m_filled.emplace_back(buffer, n);
        }
        m_changed.notify_all();
        if (n <= 0)
            return;
    }
}

qint64 ReadAhead::next(const char **data)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_last <= 0) {
        *data = nullptr;
        if (m_thrown)
            std::rethrow_exception(m_thrown);
        return m_last;
    }
    if (m_lent >= 0) {
        m_free.push_back(m_lent);
        m_lent = -1;
        m_changed.notify_all();
    }
    m_changed.wait(lock, [this] { return !m_filled.empty(); });
    const auto [buffer, n] = m_filled.front();
    m_filled.pop_front();
    if (n <= 0) {
        m_last = n;
        *data = nullptr;
        if (m_thrown)
            std::rethrow_exception(m_thrown);
        return n;
    }
    m_lent = buffer;
    *data = m_buffers[size_t(buffer)].data();
    return n;
}

} // namespace cs
