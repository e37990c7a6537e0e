#include "feeds/BackgroundHasher.h"

#include <openssl/evp.h>

namespace mianshen::feeds {

struct BackgroundHasher::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    Context() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }
    ~Context() { EVP_MD_CTX_free(ctx); }
};

BackgroundHasher::BackgroundHasher(int maxQueued)
    : m_context(new Context), m_maxQueued(maxQueued), m_thread([this] { run(); })
{
}

BackgroundHasher::~BackgroundHasher()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    delete m_context;
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
        EVP_DigestUpdate(m_context->ctx, chunk.constData(), std::size_t(chunk.size()));
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
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context->ctx, digest, &size);
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(size));
}

} // namespace mianshen::feeds
