// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/background_job.h"

#include <QEventLoop>
#include <QMutex>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

namespace cs {

namespace {

QMutex holdMutex;
QWaitCondition holdReleased;
bool held = false;

// Blocks while jobs are held; false when the job was cancelled meanwhile.
bool passHold(const QPromise<void> &promise)
{
    QMutexLocker lock(&holdMutex);
    while (held) {
        if (promise.isCanceled())
            return false;
        holdReleased.wait(&holdMutex, 20);
    }
    return true;
}

} // namespace

void BackgroundJob::holdJobs(bool hold)
{
    QMutexLocker lock(&holdMutex);
    held = hold;
    if (!hold)
        holdReleased.wakeAll();
}

BackgroundJob::BackgroundJob(std::function<void(JobControl &)> work, QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundJob::finished);
    auto progress = [this] { emit progressChanged(progressValue(), progressMinimum(), progressMaximum()); };
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this, progress);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, progress);
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)](QPromise<void> &promise) {
        if (!passHold(promise))
            return;
        JobControl control(promise);
        work(control);
    }));
}

BackgroundJob::~BackgroundJob()
{
    m_watcher.disconnect(this);
    cancel();
}

void BackgroundJob::cancel()
{
    if (m_watcher.isFinished())
        return;
    m_cancelled = true;
    m_watcher.cancel();
}

bool BackgroundJob::wait()
{
    if (!m_watcher.isFinished() && !m_cancelled) {
        QEventLoop loop;
        connect(this, &BackgroundJob::finished, &loop, &QEventLoop::quit);
        connect(&m_watcher, &QFutureWatcherBase::canceled, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !m_cancelled;
}

} // namespace cs
