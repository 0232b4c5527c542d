// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>

namespace cs {

// Runs `work` on a worker thread while the window goes on handling events (it repaints, and
// timers and the file watcher keep running). If the work takes longer than `showAfterMs`, a
// window-modal progress dialog appears whose Cancel button abandons it: the result is then
// std::nullopt and is dropped when the worker finishes. The work must not touch widgets or
// anything the window owns; give it copies.
template <class T>
std::optional<T> runInBackground(QWidget *parent, const QString &label, std::function<T()> work, int showAfterMs = 300)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(label, QObject::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumDuration(showAfterMs);
    progress.setValue(0);
    bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished())
        loop.exec();
    if (cancelled && !watcher.isFinished())
        return std::nullopt;
    return watcher.result();
}

} // namespace cs
