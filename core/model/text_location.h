// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cs {

// A line and column in a text file, both counted from 1; the column counts characters.
struct TextLocation {
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
};

} // namespace cs
