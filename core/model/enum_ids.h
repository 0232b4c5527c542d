// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <initializer_list>
#include <optional>

namespace cs {

// Reverse of an enum's id function: the value whose id is `id`, if any.
template<typename E>
std::optional<E> enumFromId(const QString &id, std::initializer_list<E> all, QString (*toId)(E))
{
    for (E e : all) {
        if (toId(e) == id)
            return e;
    }
    return std::nullopt;
}

} // namespace cs
