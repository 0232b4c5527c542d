// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes → a .clusterscope file → readWorkspaceFile. An input that starts with SQLite's magic is
// the file itself; any other input is a list of byte patches (3 bytes each: a 16-bit offset,
// taken modulo the size, and the byte to put there) applied to a valid workspace database made
// at start-up, so that most inputs get past the header check into SQLite's pages and the
// reader's checks. Each file is read whole and as one series, then the base workspace is saved
// over it in place. A workspace that loads must save again and read back to the same canonical
// JSON.
#include "fuzz_common.h"
#include "persist/workspace_file.h"
#include "persist/workspace_sqlite.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>

using namespace cs;

namespace {

// A small workspace touching every table: taxonomy, parts, growth, derived values and their
// inputs, periods of every step, qualifiers, a panel's value with its source row, a chart.
const char kWorkspace[] = R"({"format": "clusterscope-workspace", "version": 2, "title": {"en": "Fuzz", "zh": "模糊"},
 "sources": [{"id": "s", "title": "Bulletin", "confidence": "primary", "date": "2024-03"}],
 "subjects": [{"id": "city", "kind": "region", "name": {"en": "City"}},
              {"id": "firm", "kind": "company", "name": {"zh": "公司"}, "parent": "city"}],
 "taxonomy": {"id": "t", "edition": "2022", "source": "s",
              "categories": [{"id": "c", "name": {"en": "C"}, "clusters": [{"id": "c1", "name": {"en": "C1"}, "note": "n"}]}],
              "futureIndustries": [{"id": "f", "name": {"en": "F"}}]},
 "indicators": [{"id": "total", "name": {"en": "Total"}, "subject": "city", "unit": "yi-yuan", "measure": "level"},
                {"id": "part", "name": {"en": "Part"}, "subject": "city", "cluster": "c1", "unit": "yi-yuan", "measure": "level", "partOf": "total"},
                {"id": "growth", "name": {"en": "Growth"}, "subject": "firm", "cluster": "f", "unit": "percent", "measure": "growth", "growthOf": "total"},
                {"id": "panel", "name": {"en": "Panel"}, "unit": "yi-yuan", "measure": "level"}],
 "observations": [{"id": "o1", "indicator": "total", "period": "2023", "value": 100.5, "source": "s", "quote": "q"},
                  {"id": "o2", "indicator": "part", "period": "2023", "value": 60, "source": "s", "qualifier": ">"},
                  {"id": "o3", "indicator": "growth", "period": "2023-Q1/2023-Q3", "value": 9.4, "source": "s"},
                  {"id": "o4", "indicator": "total", "period": "2022-W31", "value": 1, "source": "s"},
                  {"id": "o5", "indicator": "total", "period": "2023-11-24", "value": 2, "source": "s", "note": "n"},
                  {"id": "o6", "indicator": "total", "period": "2023-01/2023-05", "value": 3, "source": "s"},
                  {"id": "o7", "indicator": "total", "value": 4, "source": "s", "derived": true, "inputs": ["o1", "o2"]},
                  {"id": "s#8", "indicator": "panel", "subject": "city", "period": "2021-03", "value": 5, "source": "s", "row": 1, "column": 2}],
 "rows": [{"cells": ["region", "period", "value"], "file": "p.csv", "line": 1},
          {"cells": ["city", "2021-03", "5"], "file": "p.csv", "header": 0, "line": 2}],
 "charts": [{"id": "ch", "kind": "time-series", "title": {"en": "Chart"}, "series": [{"indicator": "total", "style": "line"}]}]})";

struct Scratch {
    QTemporaryDir dir;
    QByteArray base; // the valid database
    Workspace workspace; // what it holds
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
};

Scratch &scratch()
{
    static const std::unique_ptr<Scratch> s = [] {
        auto s = std::make_unique<Scratch>();
        const LoadResult ws = readWorkspace(QByteArray(kWorkspace));
        FUZZ_CHECK(ws.status == LoadResult::Status::Ok, "the base workspace is valid");
        FUZZ_CHECK(saveWorkspace(ws.workspace, s->path("base.clusterscope"), false).ok, "the base database is written");
        s->workspace = ws.workspace;
        QFile f(s->path("base.clusterscope"));
        FUZZ_CHECK(f.open(QIODevice::ReadOnly), "the base database is read");
        s->base = f.readAll();
        return s;
    }();
    return *s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Scratch &s = scratch();
    QByteArray bytes;
    if (size >= 16 && QByteArray::fromRawData(reinterpret_cast<const char *>(data), 16) == QByteArray("SQLite format 3\0", 16)) {
        bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    } else {
        bytes = s.base;
        for (std::size_t i = 0; i + 3 <= size; i += 3)
            bytes[((data[i] << 8) | data[i + 1]) % bytes.size()] = char(data[i + 2]);
    }
    const QString input = s.path("input.clusterscope");
    {
        QFile f(input);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size(), "the input is written");
    }
    // Reading one series (the first indicator's, of every subject) reads only its blocks: it
    // refuses with one line or reads, whatever the whole file holds.
    WorkspaceReadOptions oneSeries;
    oneSeries.series = [](const Workspace &meta) -> std::optional<std::pair<QString, QString>> {
        if (meta.indicators.isEmpty())
            return std::nullopt;
        return std::pair{meta.indicators.first().id, QString()};
    };
    const LoadResult series = readWorkspaceFile(input, oneSeries);
    FUZZ_CHECK(series.isUsable() || (series.problems.size() == 1 && !series.problems.first().message.contains(QLatin1Char('\n'))),
               "a series read refused gives one one-line problem");
    const LoadResult loaded = readWorkspaceFile(input);
    // Saving over the file in place opens it for writing: whatever it holds, the save either
    // declines (the caller then writes a new file) or leaves a file that reads as what was saved.
    if (updateWorkspaceSqlite(s.workspace, input)) {
        const LoadResult updated = readWorkspaceFile(input);
        if (!updated.isUsable())
            std::fprintf(stderr, "after a save in place: %s\n", qPrintable(updated.problems.first().message));
        FUZZ_CHECK(updated.isUsable() && updated.workspace == s.workspace, "a file saved in place reads as what was saved");
    }
    if (!loaded.isUsable()) {
        FUZZ_CHECK(loaded.problems.size() == 1 && !loaded.problems.first().message.contains(QLatin1Char('\n')),
                   "a refused file gives one one-line problem");
        return 0;
    }
    const QByteArray json = writeWorkspace(loaded.workspace);
    const QString again = s.path("again.clusterscope");
    QFile::remove(again);
    const SaveResult saved = saveWorkspace(loaded.workspace, again, false);
    if (!saved.ok)
        std::fprintf(stderr, "save: %s\n", qPrintable(saved.error));
    FUZZ_CHECK(saved.ok, "a workspace read from a .clusterscope file saves again");
    const LoadResult reread = readWorkspaceFile(again);
    FUZZ_CHECK(reread.isUsable(), "a saved workspace reads back");
    FUZZ_CHECK(writeWorkspace(reread.workspace) == json, "the saved workspace is the same (same canonical JSON)");
    return 0;
}
