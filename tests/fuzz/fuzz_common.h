// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets: a check that stops the fuzzer with a message, so that a broken
// invariant is reported (and its input saved) like a crash.

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s) at %s:%d\n", what, #condition, __FILE__, __LINE__);      \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
