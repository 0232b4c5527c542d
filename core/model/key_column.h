// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/memory_tuning.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace cs {

// A column of keys (a string's key, a column number, an index; -1 for none) kept in the fewest
// bytes that hold its largest: one byte per entry while every entry is from -1 to 253, two up to
// 65,533, four beyond. A workspace's hundreds of indicators and subjects fit in one or two bytes
// where a qint32 takes four: six such columns of the observation store hold 16 to 18 bytes less
// per value (160 MB of a ten-million-value import). A larger entry widens the column: a copy,
// once, at most twice in its life.
class KeyColumn
{
public:
    size_t size() const { return m_width == 1 ? m_8.size() : m_width == 2 ? m_16.size() : m_32.size(); }
    bool empty() const { return size() == 0; }
    int width() const { return m_width; } // bytes per entry
    size_t capacity() const { return m_width == 1 ? m_8.capacity() : m_width == 2 ? m_16.capacity() : m_32.capacity(); }
    qint64 memoryBytes() const { return qint64(capacity()) * m_width; }

    Q_ALWAYS_INLINE qint32 operator[](size_t i) const
    {
        if (m_width == 1)
            return qint32(m_8[i]) - 1;
        if (m_width == 2)
            return qint32(m_16[i]) - 1;
        return m_32[i];
    }

    void set(size_t i, qint32 v)
    {
        fit(v);
        if (m_width == 1)
            m_8[i] = quint8(v + 1);
        else if (m_width == 2)
            m_16[i] = quint16(v + 1);
        else
            m_32[i] = v;
    }
    void push_back(qint32 v)
    {
        fit(v);
        if (m_width == 1)
            m_8.push_back(quint8(v + 1));
        else if (m_width == 2)
            m_16.push_back(quint16(v + 1));
        else
            m_32.push_back(v);
    }
    // Appends n entries (a block read from a file), widening once for the largest.
    void append(const qint32 *values, size_t n)
    {
        if (n == 0)
            return;
        const auto [lo, hi] = std::minmax_element(values, values + n);
        fit(*lo);
        fit(*hi);
        if (m_width == 4) {
            m_32.insert(m_32.end(), values, values + n);
        } else if (m_width == 2) {
            const size_t at = m_16.size();
            m_16.resize(at + n);
            quint16 *out = m_16.data() + at;
            for (size_t i = 0; i < n; ++i)
                out[i] = quint16(values[i] + 1);
        } else {
            const size_t at = m_8.size();
            m_8.resize(at + n);
            quint8 *out = m_8.data() + at;
            for (size_t i = 0; i < n; ++i)
                out[i] = quint8(values[i] + 1);
        }
    }
    // Entries [from, from + n) as qint32, into `out`.
    void copyTo(size_t from, size_t n, qint32 *out) const
    {
        if (m_width == 4)
            std::memcpy(out, m_32.data() + from, n * sizeof(qint32));
        else
            for (size_t i = 0; i < n; ++i)
                out[i] = (*this)[from + i];
    }
    void insert(size_t at, qint32 v)
    {
        fit(v);
        if (m_width == 1)
            m_8.insert(m_8.begin() + qsizetype(at), quint8(v + 1));
        else if (m_width == 2)
            m_16.insert(m_16.begin() + qsizetype(at), quint16(v + 1));
        else
            m_32.insert(m_32.begin() + qsizetype(at), v);
    }
    void erase(size_t at)
    {
        if (m_width == 1)
            m_8.erase(m_8.begin() + qsizetype(at));
        else if (m_width == 2)
            m_16.erase(m_16.begin() + qsizetype(at));
        else
            m_32.erase(m_32.begin() + qsizetype(at));
    }
    // Keeps the entries whose flag in `gone` is false, in order.
    void keep(const std::vector<bool> &gone)
    {
        auto compact = [&](auto &v) {
            size_t to = 0;
            for (size_t from = 0; from < v.size(); ++from)
                if (!gone[from])
                    v[to++] = v[from];
            v.resize(to);
        };
        if (m_width == 1)
            compact(m_8);
        else if (m_width == 2)
            compact(m_16);
        else
            compact(m_32);
    }
    // n entries: those past the present end -1 (none).
    void resize(size_t n)
    {
        if (m_width == 1)
            m_8.resize(n, 0);
        else if (m_width == 2)
            m_16.resize(n, 0);
        else
            m_32.resize(n, -1);
    }
    void assign(size_t n, qint32 v)
    {
        fit(v);
        if (m_width == 1)
            m_8.assign(n, quint8(v + 1));
        else if (m_width == 2)
            m_16.assign(n, quint16(v + 1));
        else
            m_32.assign(n, v);
    }
    // Its buffer: where, and its room in bytes.
    std::pair<const void *, size_t> buffer() const
    {
        if (m_width == 1)
            return {m_8.data(), m_8.capacity()};
        if (m_width == 2)
            return {m_16.data(), m_16.capacity() * 2};
        return {m_32.data(), m_32.capacity() * 4};
    }
    // Room for n entries; kept when the column widens. With `largest`, the entries to come go up
    // to it: the room is made at its width at once.
    void reserve(size_t n, qint32 largest = 0)
    {
        fit(largest);
        m_reserved = std::max(m_reserved, n);
        if (m_width == 1) {
            m_8.reserve(n);
            adviseHugePagesFor(m_8);
        } else if (m_width == 2) {
            m_16.reserve(n);
            adviseHugePagesFor(m_16);
        } else {
            m_32.reserve(n);
            adviseHugePagesFor(m_32);
        }
    }
    void shrink_to_fit()
    {
        m_reserved = 0;
        m_8.shrink_to_fit();
        m_16.shrink_to_fit();
        m_32.shrink_to_fit();
    }

private:
    static int widthFor(qint32 v) { return v >= -1 && v <= 253 ? 1 : v >= -1 && v <= 65533 ? 2 : 4; }
    void fit(qint32 v)
    {
        if (widthFor(v) > m_width)
            widen(widthFor(v));
    }
    void widen(int width)
    {
        const size_t n = size();
        const size_t room = std::max(m_reserved, n + 1);
        if (width == 2) {
            m_16.reserve(room);
            for (size_t i = 0; i < n; ++i)
                m_16.push_back(quint16(m_8[i])); // (both hold the entry plus one)
        } else {
            m_32.reserve(room);
            for (size_t i = 0; i < n; ++i)
                m_32.push_back((*this)[i]);
        }
        m_8 = {};
        if (width == 4)
            m_16 = {};
        m_width = width;
        if (width == 2)
            adviseHugePagesFor(m_16);
        else
            adviseHugePagesFor(m_32);
    }

    int m_width = 1;
    size_t m_reserved = 0;
    std::vector<quint8> m_8;   // entry + 1
    std::vector<quint16> m_16; // entry + 1
    std::vector<qint32> m_32;  // the entry
};

} // namespace cs
