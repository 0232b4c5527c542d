// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a World-Bank-shaped workspace straight into a .clusterscope file, as an import of the WDI
// bulk CSV would build it (one panel indicator per series, each value naming its economy and its
// source row, the row's 29 cells stored once), for measuring open and series export on ten
// million values (issue 12) without reading the CSV: the CSV's whole-table reader stops at ten
// million cells, and the 10M-value CSV has 11.6 million.
//
//   make_wdi_workspace OUT.clusterscope [ECONOMIES [INDICATORS [YEARS]]]   (default 266 1500 25)
#include "model/unit.h"
#include "persist/workspace_file.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace cs;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: make_wdi_workspace OUT.clusterscope [ECONOMIES [INDICATORS [YEARS]]]\n");
        return 2;
    }
    const int economies = args.value(2, QStringLiteral("266")).toInt();
    const int indicators = args.value(3, QStringLiteral("1500")).toInt();
    const int years = args.value(4, QStringLiteral("25")).toInt();
    QElapsedTimer timer;
    timer.start();

    Workspace ws;
    ws.title = {QStringLiteral("wdi"), QStringLiteral("wdi")};
    const QString source = QStringLiteral("file-wdi-csv");
    ws.sources.append({source, QStringLiteral("wdi.csv"), {}, QString(), QString(), QStringLiteral("wdi.csv"), Confidence::Primary, QString()});
    for (int e = 0; e < economies; ++e) {
        const QString name = QStringLiteral("Economy %1").arg(e, 3, 10, QLatin1Char('0'));
        ws.subjects.append({QStringLiteral("economy-%1").arg(e, 3, 10, QLatin1Char('0')), SubjectKind::Region, {name, name}, QString()});
    }
    for (int i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.id = QStringLiteral("indicator-%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("Indicator %1").arg(i, 4, 10, QLatin1Char('0'));
        ind.name = {name, name};
        ind.unit = units::customUnitId(QStringLiteral("current US$"));
        ws.indicators.append(ind);
    }
    QStringList header = {QStringLiteral("Country Name"), QStringLiteral("Country Code"), QStringLiteral("Indicator Name"),
                          QStringLiteral("Indicator Code")};
    for (int y = 0; y < years; ++y)
        header << QString::number(1999 + y);
    ObservationStore &obs = ws.observations;
    obs.reserve(economies * indicators * years);
    const int headerRow = obs.addSourceRow({QStringLiteral("wdi.csv"), 1, header, -1});
    std::mt19937 random(11);
    std::uniform_real_distribution<double> start(1, 1e6), step(0.95, 1.08);
    qint64 line = 1, number = 0;
    for (int e = 0; e < economies; ++e) {
        for (int i = 0; i < indicators; ++i) {
            QStringList cells = {ws.subjects[e].name.en, QStringLiteral("E%1").arg(e, 3, 10, QLatin1Char('0')),
                                 ws.indicators[i].name.en + QStringLiteral(" (current US$)"),
                                 QStringLiteral("IND.%1").arg(i, 4, 10, QLatin1Char('0'))};
            std::vector<double> values;
            double level = start(random);
            for (int y = 0; y < years; ++y) {
                level *= step(random);
                values.push_back(level);
                cells << QString::number(level, 'g', 6);
            }
            const int row = obs.addSourceRow({QStringLiteral("wdi.csv"), ++line, cells, headerRow});
            for (int y = 0; y < years; ++y) {
                Observation o;
                o.id = source + QLatin1Char('#') + QString::number(++number);
                o.indicator = ws.indicators[i].id;
                o.subject = ws.subjects[e].id;
                o.period = Period::year(1999 + y);
                o.value = cells[4 + y].toDouble();
                o.source = source;
                o.row = row;
                o.column = 4 + y;
                obs.append(o);
            }
        }
    }
    obs.squeeze();
    std::printf("built %d values, %d source rows, %.1f B/value in memory, in %.1f s\n", obs.size(), obs.sourceRowCount(),
                double(obs.memoryBytes()) / obs.size(), timer.elapsed() / 1000.0);
    const SaveResult saved = saveWorkspace(ws, args[1], false);
    if (!saved.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error));
        return 1;
    }
    std::printf("wrote %s in %.1f s\n", qPrintable(args[1]), timer.elapsed() / 1000.0);
    return 0;
}
