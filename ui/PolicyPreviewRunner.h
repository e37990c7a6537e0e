#pragma once

#include "domain/Result.h"
#include "matching/PolicyPreview.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// Runs a what-if preview (matching::PolicyPreview) on a worker thread, over
// its own connection (opened there with openAnother()), so that the GUI
// stays responsive: progress() is emitted on the GUI thread a few times a
// second, cancel() stops it, finished() comes once with the result. The
// preview writes nothing, so a cancelled one leaves nothing behind.
class PolicyPreviewRunner final : public QObject
{
    Q_OBJECT
public:
    explicit PolicyPreviewRunner(const store::Database &db, QObject *parent = nullptr);
    ~PolicyPreviewRunner() override;   // cancels and waits for a running preview

    // Starts previewing `file` for `period`; false when one is running.
    bool start(const QString &file, const QString &period);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }
    bool isCancelling() const { return m_cancel; }
    // The last finished preview (empty before the first).
    const std::optional<domain::Result<matching::PreviewResult>> &result() const { return m_result; }

Q_SIGNALS:
    // phase: matching::Progress::Phase; done / total: evaluations.
    void progress(int phase, qint64 done, qint64 total, qint64 perSecond, qint64 secondsLeft);
    void finished();

private:
    void poll();

    const store::Database &m_db;
    QFutureWatcher<domain::Result<matching::PreviewResult>> m_watcher;
    QTimer m_tick;
    std::optional<domain::Result<matching::PreviewResult>> m_result;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_phase{0};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_perSecond{0};
    std::atomic<qint64> m_secondsLeft{-1};
};

} // namespace mianshen::ui
