// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cs::test {

// Built with AddressSanitizer (the asan preset): everything runs several times slower and memory
// is shadowed, so waits are longer and peak-memory bounds are not checked.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitizedBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitizedBuild = true;
#else
inline constexpr bool kSanitizedBuild = false;
#endif
#else
inline constexpr bool kSanitizedBuild = false;
#endif

// This process's resident memory in bytes (Linux: /proc/self/statm), or -1 where it cannot be read.
inline qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : -1;
}

// A wait in milliseconds, longer under a sanitizer.
inline int waitMs(int ms) { return kSanitizedBuild ? ms * 5 : ms; }

// Tests run without a display, in a fixed locale, at 96 DPI.
inline void prepareHeadlessEnvironment()
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    qputenv("QT_FONT_DPI", "96");
    qputenv("LC_ALL", "C.UTF-8");
}

// ../shared from the project root; empty when it is not there (tests that need it skip).
inline QString sharedDir()
{
    const QString dir = QStringLiteral(CLUSTERSCOPE_SHARED_DIR);
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Writes `bytes` to `name` in `dir` and returns its path.
inline QString writeFileIn(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    EXPECT_TRUE(writeFile(path, bytes)) << path.toStdString();
    return path;
}

} // namespace cs::test

#define CS_REQUIRE_SHARED(dirVar)                                                                                      \
    const QString dirVar = cs::test::sharedDir();                                                                      \
    if (dirVar.isEmpty())                                                                                              \
    GTEST_SKIP() << "../shared is not present"
