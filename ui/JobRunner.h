#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace mianshen::ui {

// What a long job and the window share while it runs: the job writes its
// progress, the window reads it a few times a second and sets cancel.
struct JobControl final
{
    std::atomic<bool> cancel{false};
    std::atomic<int> phase{0};
    std::atomic<int> step{0};          // e.g. the file being imported
    std::atomic<qint64> done{0};
    std::atomic<qint64> items{0};      // things handled so far (rows read...)
    std::atomic<qint64> total{0};
    std::atomic<qint64> perSecond{0};
    std::atomic<qint64> secondsLeft{-1};

    void reset();
};

// The one way the window runs long work (an import, a matching run, opening
// and migrating a database, a CSV export) without freezing: start() runs the
// work on a worker thread of the global pool, progress() is emitted on the
// GUI thread every few hundred milliseconds while it runs, cancel() asks it
// to stop, and the result is handed to the `done` callback on the GUI thread
// once, followed by finished(). No nested event loop: the caller returns at
// once and reacts to finished().
//
// The work must not touch widgets nor a QSqlDatabase of another thread: it
// opens its own connection. It gets the shared JobControl (also after the
// runner is gone when detached).
class JobRunner final : public QObject
{
    Q_OBJECT
public:
    enum class OnDestroy { CancelAndWait, Detach };

    explicit JobRunner(QObject *parent = nullptr, OnDestroy onDestroy = OnDestroy::CancelAndWait);
    // CancelAndWait: sets cancel and waits for the work (it must honour
    // cancel soon). Detach: lets the work finish on its own and drops its
    // result (for work that cannot be interrupted, like a connection attempt
    // that times out by itself).
    ~JobRunner() override;

    // Starts `work`; false when a job is running. `done` receives its result
    // on the GUI thread.
    template <typename T>
    bool start(std::function<T(JobControl &)> work, std::function<void(T)> done)
    {
        return startErased([work = std::move(work), done = std::move(done)](JobControl &control) {
            auto value = std::make_shared<T>(work(control));
            return std::function<void()>([done, value] { done(std::move(*value)); });
        });
    }

    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_control->cancel; }
    const JobControl &control() const { return *m_control; }
    // Blocks until the running job is done and delivers its result now (for
    // tests and scripted use only; the window never calls it).
    void waitForFinished();
    // Milliseconds between progress() signals (default 200).
    void setProgressInterval(int ms) { m_tick.setInterval(ms); }

Q_SIGNALS:
    void progress();
    void finished();

private:
    bool startErased(std::function<std::function<void()>(JobControl &)> work);
    void deliver();

    std::shared_ptr<JobControl> m_control;
    QFutureWatcher<std::function<void()>> m_watcher;
    QTimer m_tick;
    OnDestroy m_onDestroy;
    bool m_running = false;
    quint64 m_generation = 0;
    quint64 m_delivered = 0;
};

} // namespace mianshen::ui
