// SPDX-License-Identifier: GPL-3.0-or-later
// The app tests run the real widgets offscreen, with settings kept away from the user's own.
#include "testutils.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    cs::test::prepareHeadlessEnvironment();
    QStandardPaths::setTestModeEnabled(true); // standard locations under ~/.qttest, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("ClusterscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ClusterscopeTests"));
    // Each test process gets settings of its own, empty, as a new user would (ctest runs in parallel).
    const QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, settingsDir.path());
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
