#include "JobRunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mianshen::ui {

void JobControl::reset()
{
    cancel = false;
    phase = 0;
    step = 0;
    done = 0;
    items = 0;
    total = 0;
    perSecond = 0;
    secondsLeft = -1;
}

JobRunner::JobRunner(QObject *parent, OnDestroy onDestroy)
    : QObject(parent)
    , m_control(std::make_shared<JobControl>())
    , m_onDestroy(onDestroy)
{
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &JobRunner::progress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &JobRunner::deliver);
}

JobRunner::~JobRunner()
{
    if (!m_running)
        return;
    m_control->cancel = true;
    if (m_onDestroy == OnDestroy::CancelAndWait)
        m_watcher.waitForFinished();
}

bool JobRunner::startErased(std::function<std::function<void()>(JobControl &)> work)
{
    if (m_running)
        return false;
    // A detached job still running keeps the old control; this one gets a new one.
    if (m_onDestroy == OnDestroy::Detach)
        m_control = std::make_shared<JobControl>();
    m_control->reset();
    m_running = true;
    ++m_generation;
    std::shared_ptr<JobControl> control = m_control;
    m_watcher.setFuture(QtConcurrent::run([control, work = std::move(work)] { return work(*control); }));
    m_tick.start();
    return true;
}

void JobRunner::cancel()
{
    if (m_running)
        m_control->cancel = true;
}

void JobRunner::deliver()
{
    if (!m_running || m_delivered == m_generation)
        return;
    m_delivered = m_generation;
    m_tick.stop();
    m_running = false;
    Q_EMIT progress();
    const std::function<void()> done = m_watcher.result();
    if (done)
        done();
    Q_EMIT finished();
}

void JobRunner::waitForFinished()
{
    if (!m_running)
        return;
    m_watcher.waitForFinished();
    deliver();
}

} // namespace mianshen::ui
