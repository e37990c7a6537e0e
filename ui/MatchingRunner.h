#pragma once

#include "domain/Result.h"
#include "matching/MatchingRun.h"

#include <QObject>

#include <atomic>

class QWidget;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// Runs a matching run on a worker thread (over its own connection, opened
// there with openAnother()) while a progress dialog shows the phase,
// evaluations per second and the time left, with Cancel: a cancelled run
// leaves no decisions behind.
class MatchingRunner final : public QObject
{
    Q_OBJECT
public:
    MatchingRunner(const store::Database &db, QWidget *dialogParent);

    domain::Result<matching::RunResult> run(const matching::RunRequest &request);
    void cancel() { m_cancel = true; }

private:
    const store::Database &m_db;
    QWidget *m_parent;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_phase{0};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_perSecond{0};
    std::atomic<qint64> m_secondsLeft{-1};
};

} // namespace mianshen::ui
