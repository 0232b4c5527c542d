// SPDX-License-Identifier: GPL-3.0-or-later
// Running the real `clusterscope` executable from a test, and reading the CSV it prints.
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

#include <string>

namespace {

// ---------------------------------------------------------------------------------------------
// Running the executable

struct CliRun {
    bool finished = false; // started, and ended within the time limit
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // For failure messages.
    std::string describe() const
    {
        return "exit code " + std::to_string(exitCode) + (exitStatus == QProcess::CrashExit ? " (crashed)" : "")
             + "\n--- stdout ---\n" + out.left(2000).toStdString() + "\n--- stderr ---\n" + err.left(2000).toStdString();
    }
};

inline CliRun runCli(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // stdin closed: nothing may wait for input
    p.setProgram(QStringLiteral(CLUSTERSCOPE_BIN));
    p.setArguments(arguments);
    p.start();
    CliRun r;
    if (!p.waitForStarted(30000))
        return r;
    r.finished = p.waitForFinished(60000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitStatus = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Asserts the process ran to its end without crashing, with the given exit code.
#define ASSERT_EXIT_CODE(run, code)                                                                                    \
    do {                                                                                                               \
        ASSERT_TRUE((run).finished) << "clusterscope did not start or did not finish\n" << (run).describe();          \
        ASSERT_EQ((run).exitStatus, QProcess::NormalExit) << (run).describe();                                         \
        ASSERT_EQ((run).exitCode, (code)) << (run).describe();                                                         \
    } while (false)

inline QStringList lines(const QByteArray &bytes)
{
    QStringList l = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    return l;
}

// ---------------------------------------------------------------------------------------------
// RFC 4180 CSV

struct Csv {
    QList<QStringList> rows;
    QString error; // empty when the text is well-formed CSV
};

// Parses CSV per RFC 4180: fields separated by commas, records by CRLF or LF; a field in double
// quotes may hold commas, line breaks and doubled quotes. A final line break ends the last record.
inline Csv parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    Csv csv;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool rowHasContent = false; // something (even an empty field before a comma) since the row began
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                csv.error = QStringLiteral("a quote inside an unquoted field at character %1").arg(i);
                return csv;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            rowHasContent = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldWasQuoted = false;
            rowHasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r')) {
                if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n')) {
                    csv.error = QStringLiteral("a bare CR at character %1").arg(i);
                    return csv;
                }
                ++i;
            }
            row << field;
            csv.rows << row;
            row.clear();
            field.clear();
            fieldWasQuoted = false;
            rowHasContent = false;
        } else {
            if (fieldWasQuoted) {
                csv.error = QStringLiteral("text after a closing quote at character %1").arg(i);
                return csv;
            }
            field += c;
            rowHasContent = true;
        }
    }
    if (inQuotes) {
        csv.error = QStringLiteral("an unterminated quoted field");
        return csv;
    }
    if (rowHasContent) { // the last record has no line break after it
        row << field;
        csv.rows << row;
    }
    return csv;
}

} // namespace
