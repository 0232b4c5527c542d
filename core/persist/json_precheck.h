// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persist/input_limits.h"

#include <QByteArray>
#include <QString>

namespace cs {

// A pass over JSON text before it is parsed, so that text built to exhaust a parser (nesting a
// million levels deep, hundreds of millions of tiny values, numbers a thousand digits long) is
// refused with a clear message and its position instead. It checks structure only as far as the
// limits need: whatever it lets through is still parsed and checked in full.
struct JsonLimits {
    int maxDepth = limits::kMaxJsonDepth;
    qint64 maxItems = limits::kMaxJsonItems; // values and keys
    int maxNumberChars = limits::kMaxNumberChars;
};

struct JsonPrecheck {
    QString error;      // empty: within the limits
    qint64 offset = 0;  // byte offset of the problem
    bool ok() const { return error.isEmpty(); }
};

JsonPrecheck precheckJson(const QByteArray &bytes, const JsonLimits &limits);

} // namespace cs
