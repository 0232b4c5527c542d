// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/exit_codes.h"

#include "persist/input_limits.h"

#include <cstdio>

namespace cs {

void printErrorLine(const QString &message)
{
    std::fprintf(stderr, "%s\n", oneLineMessage(message).toUtf8().constData());
}

} // namespace cs
