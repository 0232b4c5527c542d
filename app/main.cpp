// SPDX-License-Identifier: GPL-3.0-or-later
// Clusterscope: regional industry indicators and their clusters, charted with their sources.
#include "command_line.h"
#include "exit_codes.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    cs::CommandLine cl = cs::parseCommandLine(arguments);
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "clusterscope: %s (see --help)\n", cl.error.toUtf8().constData());
        return cs::ExitUsage;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Clusterscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Clusterscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLUSTERSCOPE_VERSION));
    if (cl.action == cs::CommandLine::Action::Window)
        cl.action = cs::CommandLine::Action::Summary; // the window arrives with issue #3
    return cs::runCommandLine(cl);
}
