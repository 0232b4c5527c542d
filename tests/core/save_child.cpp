// SPDX-License-Identifier: GPL-3.0-or-later
// The child process of KillDuringSaveLeavesOldOrNewValidFile: it saves a large workspace over and
// over, alternating two versions, until it is killed.
//
//   save_child --versions DIR       write the two versions to DIR/a.json and DIR/b.json, exit
//   save_child A.json B.json TARGET  print "ready" once, then save B, A, B, A, ... to TARGET
//                                    forever, through the app's save (with the FILE~ backup)
//
//   save_child A.clusterscope B.clusterscope TARGET.clusterscope [--in-place]
//                                    the same as SQLite: the two workspaces are read once, and
//                                    each save writes the whole database (saveWorkspace with the
//                                    backup, as the window's first Save of a file does), or with
//                                    --in-place updates the file in place (without the backup,
//                                    as the window's later saves do)
//
// A is the embedded workspace enlarged with generated observations (about 6 MB of canonical
// JSON); B is A with one value changed. The loop saves the canonical bytes read once at start
// (saveWorkspaceBytes: saveWorkspace minus the serialisation), so nearly every moment the test
// can kill it at is inside the file writing, not in building JSON in memory.
#include "default_workspace.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"

#include <QCoreApplication>
#include <QFile>
#include <QDate>
#include <cstdio>

using namespace cs;

namespace {

constexpr int kGeneratedObservations = 14000;

Workspace versionA()
{
    Workspace ws = readWorkspace(defaultWorkspaceJson()).workspace;
    Indicator ind = ws.indicators.first();
    ind.id = QStringLiteral("generated-daily-series");
    ind.partOf.clear();
    ind.growthOf.clear();
    ind.measure = Measure::Level;
    ws.indicators.append(ind);
    const QString source = ws.sources.first().id;
    const QDate first(1900, 1, 1);
    ws.observations.reserve(ws.observations.size() + kGeneratedObservations);
    for (int i = 0; i < kGeneratedObservations; ++i) {
        Observation o;
        o.id = QStringLiteral("generated-%1").arg(i, 6, 10, QLatin1Char('0'));
        o.indicator = ind.id;
        o.period = Period::day(first.addDays(i));
        o.value = 1000 + (i * 7919 % 100000) / 100.0;
        o.source = source;
        o.quote = QStringLiteral("第%1个生成的数值，用于测试保存时被强行终止的情形：文件必须是旧版本或新版本。 "
                                 "Generated value %1, for the test that kills a save at a random moment.")
                      .arg(i);
        ws.observations.append(o);
    }
    return ws;
}

Workspace versionB(Workspace ws)
{
    Observation last = ws.observations.last();
    last.value += 1;
    ws.observations.replace(ws.observations.size() - 1, last);
    return ws;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--versions")) {
        const Workspace a = versionA();
        const SaveResult ra = saveWorkspace(a, args.at(2) + QStringLiteral("/a.json"), false);
        const SaveResult rb = saveWorkspace(versionB(a), args.at(2) + QStringLiteral("/b.json"), false);
        if (!ra.ok || !rb.ok) {
            std::fprintf(stderr, "%s\n", (ra.ok ? rb.error : ra.error).toUtf8().constData());
            return 1;
        }
        return 0;
    }
    const bool inPlace = args.size() == 5 && args.at(4) == QLatin1String("--in-place");
    if (args.size() != 4 && !inPlace) {
        std::fprintf(stderr, "usage: save_child --versions DIR | save_child A B TARGET [--in-place]\n");
        return 2;
    }
    QByteArray versions[2];
    for (int i = 0; i < 2; ++i) {
        QFile f(args.at(1 + i));
        if (!f.open(QIODevice::ReadOnly) || (versions[i] = f.readAll()).isEmpty()) {
            std::fprintf(stderr, "cannot read %s\n", args.at(1 + i).toUtf8().constData());
            return 1;
        }
    }
    const QString target = args.at(3);
    const bool sqlite = target.endsWith(QLatin1String(".clusterscope"));
    Workspace workspaces[2]; // A and B are then .clusterscope files themselves (quicker to read)
    if (sqlite)
        for (int i = 0; i < 2; ++i)
            workspaces[i] = readWorkspaceFile(args.at(1 + i)).workspace;
    // The only output: the test measures its random delays from here, not from start-up.
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (int n = 1;; n = 1 - n) { // B first, then A, B, ...
        const SaveResult r = sqlite ? saveWorkspace(workspaces[n], target, !inPlace) : saveWorkspaceBytes(versions[n], target);
        if (!r.ok) {
            std::fprintf(stderr, "%s\n", r.error.toUtf8().constData());
            return 1;
        }
    }
}
