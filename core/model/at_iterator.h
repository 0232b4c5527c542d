// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <iterator>

namespace cs {

// A forward iterator over a container that builds its items on reading (container.at(i) returns
// a value, not a reference): the observation store, a table's rows.
template <class Container, class Value>
class AtIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Value;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Value;
    AtIterator(const Container *c, qsizetype i) : m_c(c), m_i(i) {}
    Value operator*() const { return m_c->at(m_i); }
    AtIterator &operator++()
    {
        ++m_i;
        return *this;
    }
    bool operator==(const AtIterator &o) const { return m_i == o.m_i; }
    bool operator!=(const AtIterator &o) const { return m_i != o.m_i; }

private:
    const Container *m_c;
    qsizetype m_i;
};

} // namespace cs
