#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// The newest sign-in attempts of a SQLite desk (staff_login_attempts,
// migration 0013), for the Administration page.
struct LoginAttempt final {
    QString login;
    QString at;
    bool succeeded = false;
};
domain::Result<QList<LoginAttempt>> recentLoginAttempts(store::Database &db, int limit = 200);

} // namespace mianshen::ui
