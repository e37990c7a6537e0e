#include "ui/review/BackgroundDatabase.h"

#include "store/Database.h"

#include <QPointer>
#include <QThread>

#include <memory>

namespace mianshen::ui {

namespace {

// Lives in the worker thread; owns the connection there.
class Worker final : public QObject
{
public:
    explicit Worker(store::ConnectionSpec spec)
        : m_spec(std::move(spec))
    {
    }

    domain::Status run(const BackgroundDatabase::Work &work)
    {
        if (!m_db) {
            auto opened = store::Database::open(m_spec);
            if (!opened)
                return domain::Status::failure(opened.error());
            m_db = std::move(opened.value());
        }
        return work(*m_db);
    }

private:
    store::ConnectionSpec m_spec;
    std::unique_ptr<store::Database> m_db;
};

} // namespace

BackgroundDatabase::BackgroundDatabase(const store::ConnectionSpec &spec, QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("BackgroundDatabase"));
    m_worker = new Worker(spec);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

BackgroundDatabase::~BackgroundDatabase()
{
    // Queued after the work already given, so that all of it is done (a
    // decision is never dropped); the continuations are not called.
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(m_worker, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
}

void BackgroundDatabase::run(Work work, Done done)
{
    if (++m_pending == 1)
        Q_EMIT busyChanged(true);
    auto *worker = static_cast<Worker *>(m_worker);
    QPointer<BackgroundDatabase> self(this);
    QMetaObject::invokeMethod(m_worker, [worker, self, work = std::move(work), done = std::move(done)] {
        const domain::Status status = worker->run(work);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, done, status] {
            if (!self)
                return;
            if (done)
                done(status);
            if (--self->m_pending == 0)
                Q_EMIT self->busyChanged(false);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace mianshen::ui
