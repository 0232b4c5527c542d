// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The arrays of a .clusterscope block (docs/workspace-format.md, "Column encoding"): one column of
// fixed-width entries (int32, int64, float64 as its 64 bits, uint8), little-endian. Version 4
// starts each with a byte saying how the entries follow:
//   0  as they are: count entries;
//   1  as runs: (first, step, length) triples, first and step one entry wide (step is the
//      difference to the entry before, modulo 2^width), length a uint32 ≥ 1; the lengths add up
//      to count. A constant column is one run, 1, 2, 3… is one run, a year cycle one run per
//      cycle.
// The writer takes the shorter. Version 3 arrays are the entries alone, without the byte.
// Internal to core/persist.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtEndian>

#include <cstring>
#include <optional>
#include <type_traits>
#include <vector>

namespace cs::column_codec {

// The entry's bits: an unsigned integer of its width (a double's are its IEEE 754 bits).
template <class T>
using Bits = std::make_unsigned_t<std::conditional_t<std::is_same_v<T, double>, quint64, T>>;

template <class T>
Bits<T> bitsOf(const T &v)
{
    Bits<T> b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

template <class T>
void put(QByteArray &out, Bits<T> b)
{
    char bytes[sizeof b];
    qToLittleEndian(b, bytes);
    out.append(bytes, qsizetype(sizeof b));
}

enum : char { kAsTheyAre = 0, kRuns = 1 };

// The entries as they are, little-endian, without the encoding byte (version 3, and the keys of
// observation_block_keys).
template <class T>
QByteArray plain(const T *values, qsizetype n)
{
    QByteArray out(n * qsizetype(sizeof(T)), Qt::Uninitialized);
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        std::memcpy(out.data(), values, size_t(out.size()));
    } else {
        for (qsizetype i = 0; i < n; ++i)
            qToLittleEndian(bitsOf(values[i]), out.data() + i * qsizetype(sizeof(T)));
    }
    return out;
}

// Version 4: the encoding byte, then the entries or their runs, whichever is shorter.
template <class T>
QByteArray encode(const T *values, qsizetype n)
{
    using B = Bits<T>;
    // Runs of a constant step: (start, step) for each.
    std::vector<std::pair<qsizetype, B>> runs;
    const qsizetype runBytes = 2 * qsizetype(sizeof(B)) + 4;
    for (qsizetype i = 0; i < n;) {
        const B step = i + 1 < n ? B(bitsOf(values[i + 1]) - bitsOf(values[i])) : B(0);
        qsizetype j = i + 1;
        while (j < n && B(bitsOf(values[j]) - bitsOf(values[j - 1])) == step)
            ++j;
        runs.emplace_back(i, step);
        i = j;
        if (qsizetype(runs.size()) * runBytes >= n * qsizetype(sizeof(T)))
            return QByteArray(1, kAsTheyAre) + plain(values, n); // runs would be no shorter
    }
    QByteArray out;
    out.reserve(1 + qsizetype(runs.size()) * runBytes);
    out.append(kRuns);
    for (size_t r = 0; r < runs.size(); ++r) {
        const qsizetype end = r + 1 < runs.size() ? runs[r + 1].first : n;
        put<T>(out, bitsOf(values[runs[r].first]));
        put<T>(out, runs[r].second);
        put<quint32>(out, quint32(end - runs[r].first));
    }
    return out;
}

// Appends the `count` entries of a version-4 array to `to`; an error message (what is wrong with
// the array), or nothing.
template <class T>
std::optional<QString> decode(QByteArrayView blob, qint64 count, std::vector<T> &to)
{
    using B = Bits<T>;
    constexpr qsizetype width = qsizetype(sizeof(T));
    if (blob.isEmpty())
        return QStringLiteral("is empty");
    const QByteArrayView body = blob.sliced(1);
    if (blob[0] == kAsTheyAre) {
        if (body.size() != count * width)
            return QStringLiteral("holds %1 bytes, not %2 bytes for %3 values").arg(body.size()).arg(count * width).arg(count);
        const size_t at = to.size();
        to.resize(at + size_t(count));
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            std::memcpy(to.data() + at, body.data(), size_t(body.size()));
        } else {
            for (qint64 i = 0; i < count; ++i) {
                const B b = qFromLittleEndian<B>(body.data() + i * width);
                std::memcpy(to.data() + at + size_t(i), &b, sizeof b);
            }
        }
        return std::nullopt;
    }
    if (blob[0] != kRuns)
        return QStringLiteral("has an unknown encoding (%1)").arg(int(quint8(blob[0])));
    constexpr qsizetype runBytes = 2 * width + 4;
    if (body.size() % runBytes != 0)
        return QStringLiteral("holds %1 bytes, not whole runs of %2").arg(body.size()).arg(runBytes);
    qint64 left = count;
    for (qsizetype r = 0; r < body.size(); r += runBytes) {
        B value = qFromLittleEndian<B>(body.data() + r);
        const B step = qFromLittleEndian<B>(body.data() + r + width);
        const quint32 length = qFromLittleEndian<quint32>(body.data() + r + 2 * width);
        if (length == 0 || qint64(length) > left)
            return QStringLiteral("has runs of more than %1 values, or an empty run").arg(count);
        left -= length;
        for (quint32 k = 0; k < length; ++k, value = B(value + step)) {
            T v;
            std::memcpy(&v, &value, sizeof v);
            to.push_back(v);
        }
    }
    if (left != 0)
        return QStringLiteral("has runs of %1 values, not %2").arg(count - left).arg(count);
    return std::nullopt;
}

} // namespace cs::column_codec
