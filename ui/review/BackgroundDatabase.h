#pragma once

#include "domain/Result.h"
#include "store/ConnectionSpec.h"

#include <QObject>

#include <functional>

class QThread;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// A database connection of its own on a worker thread (Qt 6.4 connections
// stay in the thread that opened them), for the review desk's reads and
// writes: work is run there one piece at a time in the order given, and its
// continuation comes back on the GUI thread, so the window never waits for
// the database. The pattern of PolicyPreviewRunner and PagedTableModel.
class BackgroundDatabase final : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<domain::Status(store::Database &)>;
    using Done = std::function<void(const domain::Status &)>;

    explicit BackgroundDatabase(const store::ConnectionSpec &spec, QObject *parent = nullptr);
    ~BackgroundDatabase() override;   // waits for the work given (continuations are not called)

    // work runs on the worker thread with its connection (opened on first
    // use; a failure to open is the work's status); done runs afterwards on
    // this object's thread.
    void run(Work work, Done done);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    int m_pending = 0;
};

} // namespace mianshen::ui
