// SPDX-License-Identifier: GPL-3.0-or-later
#include "exit_codes.h"

#include "input_limits.h"

#include <cstdio>

namespace cs {

void printErrorLine(const QString &message)
{
    std::fprintf(stderr, "%s\n", oneLineMessage(message).toUtf8().constData());
}

} // namespace cs
