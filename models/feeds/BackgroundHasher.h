#pragma once

#include <QByteArray>
#include <QCryptographicHash>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace mianshen::feeds {

// SHA-256 of a stream computed on a second thread, so that hashing a large
// delivery costs no time on the importing thread when a core is free.
// Bounded: at most maxQueued chunks wait (memory stays flat).
class BackgroundHasher final
{
public:
    explicit BackgroundHasher(int maxQueued = 8);
    ~BackgroundHasher();
    BackgroundHasher(const BackgroundHasher &) = delete;
    BackgroundHasher &operator=(const BackgroundHasher &) = delete;

    void addData(const char *data, qsizetype size);
    // Waits for the queued data and returns the digest (call once).
    QByteArray result();

private:
    void run();

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    int m_maxQueued;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace mianshen::feeds
