#pragma once

#include "domain/Result.h"
#include "matching/MatchingRun.h"

#include <QObject>
#include <QPointer>

#include <optional>

#include <QProgressDialog>
class QWidget;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

class JobRunner;

// Runs a matching run on a worker thread (a JobRunner, over its own
// connection) while a window-modal progress dialog shows the phase,
// evaluations per second and the time left, with Cancel: a cancelled run
// leaves no decisions behind. start() returns at once; finished() comes
// once with result() filled.
class MatchingRunner final : public QObject
{
    Q_OBJECT
public:
    MatchingRunner(const store::Database &db, QWidget *dialogParent);
    ~MatchingRunner() override; // cancels and waits for a running run

    bool start(const matching::RunRequest &request);
    bool isRunning() const;
    void cancel();
    const std::optional<domain::Result<matching::RunResult>> &result() const { return m_result; }
    const matching::RunRequest &request() const { return m_request; }
    QProgressDialog *progressDialog() const { return m_dialog; }

Q_SIGNALS:
    void finished();

private:
    void showProgress();

    const store::Database &m_db;
    QPointer<QWidget> m_parent;
    JobRunner *m_job = nullptr;
    QPointer<QProgressDialog> m_dialog;
    matching::RunRequest m_request;
    std::optional<domain::Result<matching::RunResult>> m_result;
};

} // namespace mianshen::ui
