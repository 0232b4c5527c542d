// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

namespace cs {

// What a job sees of itself on its worker thread: whether it was cancelled (checked between
// phases and inside loops that can stop), and how far it has got.
class JobControl
{
public:
    explicit JobControl(QPromise<void> &promise) : m_promise(promise) {}
    bool isCancelled() const { return m_promise.isCanceled(); }
    void setProgressRange(int minimum, int maximum) { m_promise.setProgressRange(minimum, maximum); }
    void setProgress(int value) { m_promise.setProgressValue(value); }

private:
    QPromise<void> &m_promise;
};

// The one way Clusterscope runs work off the UI thread. The work gets copies of its inputs, a
// JobControl to report progress and to see a cancel; a cancelled job stops at its next check
// (its result, if any, is never delivered). finished() comes on the thread that started the job.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundJob(std::function<void(JobControl &)> work, QObject *parent = nullptr);
    ~BackgroundJob() override; // cancels a running job

    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_watcher.isFinished(); }
    int progressMinimum() const { return m_watcher.progressMinimum(); }
    int progressMaximum() const { return m_watcher.progressMaximum(); }
    int progressValue() const { return m_watcher.progressValue(); }

    // Waits for the job while the event loop goes on (the window repaints, a progress dialog
    // can cancel). False when the job was cancelled.
    bool wait();

    // Runs `work` and returns its result, or nothing when cancelled; `started` is told about the
    // job first (the window shows its progress dialog).
    template<class T>
    static std::optional<T> run(std::function<T(JobControl &)> work, const std::function<void(BackgroundJob *)> &started)
    {
        auto result = std::make_shared<std::optional<T>>();
        BackgroundJob job([result, work = std::move(work)](JobControl &control) {
            T value = work(control);
            if (!control.isCancelled())
                *result = std::move(value);
        });
        if (started)
            started(&job);
        if (!job.wait())
            return std::nullopt;
        return std::move(*result);
    }

    // For tests: while held, new jobs wait before they start (or until cancelled), so a test can
    // see the progress dialog of a job that would otherwise end first.
    static void holdJobs(bool hold);

signals:
    void progressChanged(int value, int minimum, int maximum);
    void finished();

private:
    QFutureWatcher<void> m_watcher;
    bool m_cancelled = false;
};

} // namespace cs
