#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::staff {

// A sign-in attempt of a SQLite desk (staff_login_attempts, migration 0013).
struct LoginAttempt final {
    QString login;
    QString at;
    bool succeeded = false;
};

// A session: on PostgreSQL a connection of a login to this database; on a
// SQLite desk the account signed in to this program.
struct StaffSession final {
    QString login;
    QString since;   // UTC, "yyyy-MM-dd HH:mm:ss"
    QString client;  // the client's address, or "this desk"
    QString state;   // PostgreSQL: active / idle / ...; SQLite: empty
};

// What the Administration page lists besides the staff: the newest sign-in
// attempts and the open sessions.
class StaffSessions final
{
public:
    explicit StaffSessions(store::Database &db);

    [[nodiscard]] domain::Result<QList<LoginAttempt>> recentAttempts(int limit = 200);
    [[nodiscard]] domain::Result<QList<StaffSession>> open();

private:
    [[nodiscard]] domain::Result<QList<StaffSession>> serverSessions();
    [[nodiscard]] domain::Result<QList<StaffSession>> deskSession();

    store::Database &m_db;
};

} // namespace mianshen::staff
