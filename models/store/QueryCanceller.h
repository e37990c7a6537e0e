#pragma once

#include <memory>
#include <mutex>

struct sqlite3;
struct pg_cancel;

namespace mianshen::store {

class Database;

// Stops the statement running on a connection from another thread:
// sqlite3_interrupt on SQLite, PQcancel on PostgreSQL. The thread that owns
// the connection attaches it after opening and detaches it before closing;
// any thread may call cancel() at any time (before, during or after a
// statement; once cancelled, statements started later are refused by
// isCancelled(), which the owner checks before each). Shared by pointer so
// that the cancelling side may outlive the connection's owner.
class QueryCanceller final
{
public:
    QueryCanceller() = default;
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

    void attach(const Database &db);
    void detach();
    void cancel();
    bool isCancelled() const;

private:
    mutable std::mutex m_mutex;
    sqlite3 *m_sqlite = nullptr;
    pg_cancel *m_postgres = nullptr;
    bool m_cancelled = false;
};

} // namespace mianshen::store
