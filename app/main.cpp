// SPDX-License-Identifier: GPL-3.0-or-later
// Clusterscope: regional industry indicators and their clusters, charted with their sources.
#include "render/chart_style.h"
#include "cli/command_line.h"
#include "cli/exit_codes.h"
#include "model/memory_tuning.h"
#include "model/workspace.h"
#include "persist/workspace_file.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <unistd.h>
#include <cstdio>

namespace {
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Clusterscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Clusterscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLUSTERSCOPE_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    cs::tuneAllocatorForLargeData();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cs::CommandLine cl = cs::parseCommandLine(arguments);
    if (!cl.error.isEmpty()) {
        cs::printErrorLine(QStringLiteral("clusterscope: %1 (see --help)").arg(cl.error));
        return cs::ExitUsage;
    }
    if (cs::needsOffscreenGui(cl)) {
        // Charts are drawn by QCustomPlot widgets, but never shown: no display is needed.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) // spare scripts Qt's warning about it
            qputenv("XDG_RUNTIME_DIR", QDir::tempPath().toLocal8Bit() + "/clusterscope-runtime-" + QByteArray::number(getuid()));
        QApplication app(argc, argv);
        setIdentity();
        return cs::runCommandLine(cl);
    }
    if (cl.action != cs::CommandLine::Action::Window) {
        QCoreApplication app(argc, argv); // no display needed
        setIdentity();
        return cs::runCommandLine(cl);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setFont(cs::chartFont(13)); // Simplified Chinese face for the whole UI
    // A data file (CSV, XLSX, XLS, JSON-stat, …) opens the import dialog on it, over the embedded
    // workspace; a workspace opens as the window's document.
    const bool dataFile = !cl.file.isEmpty() && QFileInfo(cl.file).isFile() && !cs::isWorkspaceFile(cl.file);
    const QString workspaceFile = dataFile ? QString() : cl.file;
    cs::Workspace ws;
    if (const int code = cs::loadWorkspaceOrReport(workspaceFile, &ws, cl.maxFileBytes); code != cs::ExitOk)
        return code;
    cs::MainWindow window(std::move(ws), workspaceFile); // no file: the embedded workspace
    if (cl.lang == QLatin1String("zh") || cl.lang == QLatin1String("en"))
        window.setLanguage(cl.lang == QLatin1String("zh") ? cs::Lang::Zh : cs::Lang::En);
    window.show();
    window.document()->checkRecovery(); // unsaved work left by a crash
    if (dataFile)
        QTimer::singleShot(0, &window, [&window, file = cl.file] { window.importDialogOn(file); });
    return app.exec();
}
