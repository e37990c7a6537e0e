#include "feeds/BackgroundHasher.h"

namespace mianshen::feeds {

BackgroundHasher::BackgroundHasher(int maxQueued) : m_maxQueued(maxQueued), m_thread([this] { run(); }) {}

BackgroundHasher::~BackgroundHasher()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundHasher::addData(const char *data, qsizetype size)
{
    QByteArray chunk(data, size);
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return int(m_queue.size()) < m_maxQueued; });
    m_queue.push_back(std::move(chunk));
    lock.unlock();
    m_changed.notify_all();
}

void BackgroundHasher::run()
{
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                return;
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        m_hash.addData(chunk);
    }
}

QByteArray BackgroundHasher::result()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    return m_hash.result();
}

} // namespace mianshen::feeds
