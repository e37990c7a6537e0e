#include "store/QueryCanceller.h"

#include "store/Database.h"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace mianshen::store {

QueryCanceller::~QueryCanceller()
{
    detach();
}

void QueryCanceller::attach(const Database &db)
{
    std::lock_guard lock(m_mutex);
    m_sqlite = db.sqliteHandle();
    if (m_postgres)
        PQfreeCancel(m_postgres);
    m_postgres = db.postgresHandle() ? PQgetCancel(db.postgresHandle()) : nullptr;
}

void QueryCanceller::detach()
{
    std::lock_guard lock(m_mutex);
    m_sqlite = nullptr;
    if (m_postgres)
        PQfreeCancel(m_postgres);
    m_postgres = nullptr;
}

void QueryCanceller::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
    if (m_postgres) {
        char error[256];
        PQcancel(m_postgres, error, int(sizeof error));
    }
}

bool QueryCanceller::isCancelled() const
{
    std::lock_guard lock(m_mutex);
    return m_cancelled;
}

} // namespace mianshen::store
