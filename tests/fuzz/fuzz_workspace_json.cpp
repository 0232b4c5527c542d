// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes → readWorkspace; a workspace that loads is validated and written, and the written bytes
// must load again and write to the same bytes (the canonical form is a fixed point).
#include "fuzz_common.h"
#include "query/validation.h"
#include "persist/workspace_json.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace cs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult loaded = readWorkspace(bytes);
    if (!loaded.isUsable())
        return 0;
    (void)validate(loaded.workspace);
    const QByteArray written = writeWorkspace(loaded.workspace);
    const LoadResult again = readWorkspace(written);
    if (!again.isUsable()) {
        std::fprintf(stderr, "written:\n%s\nproblem: %s\n", written.constData(),
                     again.problems.isEmpty() ? "" : qPrintable(again.problems.front().format(QStringLiteral("written"))));
    }
    FUZZ_CHECK(again.isUsable(), "a written workspace loads again");
    const QByteArray rewritten = writeWorkspace(again.workspace);
    if (rewritten != written)
        std::fprintf(stderr, "written:\n%s\nrewritten:\n%s\n", written.constData(), rewritten.constData());
    FUZZ_CHECK(rewritten == written, "writing is canonical: read(write(ws)) writes the same bytes");
    return 0;
}
