// SPDX-License-Identifier: GPL-3.0-or-later
#include "persist/json_precheck.h"

namespace cs {

JsonPrecheck precheckJson(const QByteArray &bytes, const JsonLimits &limits)
{
    JsonPrecheck r;
    const char *const begin = bytes.constData();
    const char *const end = begin + bytes.size();
    int depth = 0;
    qint64 items = 0;
    auto fail = [&](const char *at, const QString &message) {
        r.error = message;
        r.offset = at - begin;
        return r;
    };
    for (const char *p = begin; p < end; ++p) {
        const char c = *p;
        switch (c) {
        case '"': { // a string: skip it, escapes included
            ++items;
            ++p;
            while (p < end && *p != '"')
                p += *p == '\\' ? 2 : 1;
            if (p >= end)
                return r; // unterminated: the parser says so
            break;
        }
        case '[':
        case '{':
            ++items;
            if (++depth > limits.maxDepth)
                return fail(p, QStringLiteral("JSON nested deeper than %1 levels (the limit)").arg(limits.maxDepth));
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                const char *start = p;
                while (p + 1 < end && (p[1] == '-' || p[1] == '+' || p[1] == '.' || p[1] == 'e' || p[1] == 'E'
                                       || (p[1] >= '0' && p[1] <= '9')))
                    ++p;
                ++items;
                if (p + 1 - start > limits.maxNumberChars)
                    return fail(start, QStringLiteral("a number %1 characters long; the limit is %2")
                                           .arg(p + 1 - start).arg(limits.maxNumberChars));
            } else if (c == 't' || c == 'f' || c == 'n') {
                ++items;
                while (p + 1 < end && p[1] >= 'a' && p[1] <= 'z')
                    ++p;
            }
            break;
        }
        if (items > limits.maxItems)
            return fail(p, QStringLiteral("more than %1 values (the limit)").arg(limits.maxItems));
    }
    return r;
}

} // namespace cs
