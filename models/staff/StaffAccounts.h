#pragma once

#include "domain/Result.h"
#include "staff/Authorization.h"

#include <QList>
#include <QString>

#include <functional>

namespace mianshen::store {
class Database;
}

namespace mianshen::staff {

struct StaffMember { QString login; QString displayName; QList<Role> roles;
                     bool active = true; QString lastLoginAt; };

// The local staff accounts of a SQLite database (migration 0013), with
// Argon2id password hashes (PasswordHash.h). Every change is recorded in the
// audit log; every change but the first account needs ManageStaff.
class StaffAccounts final {
public:
    explicit StaffAccounts(store::Database &db);
    [[nodiscard]] domain::Result<int> count();
    [[nodiscard]] domain::Status createAccount(const QString &login, const QString &displayName,
                                               const QString &password, const QList<Role> &roles);
    // Verifies the Argon2id hash (a delay after a failure), records "staff.login" in the audit
    // log, and makes `login` the session actor (audit::setSessionActor).
    [[nodiscard]] domain::Status signIn(const QString &login, const QString &password);
    [[nodiscard]] domain::Status grant(const QString &login, Role role);
    [[nodiscard]] domain::Status revoke(const QString &login, Role role);
    [[nodiscard]] domain::Status setActive(const QString &login, bool active);
    [[nodiscard]] domain::Status setPassword(const QString &login, const QString &password);
    [[nodiscard]] domain::Result<QList<StaffMember>> list();

    // The wait after a failed sign-in, in milliseconds (default: sleeps).
    // Tests replace it to record the delays instead of sleeping.
    using Sleeper = std::function<void(int milliseconds)>;
    void setSleeper(Sleeper sleeper);

private:
    store::Database &m_db;
    Sleeper m_sleep;
};

} // namespace mianshen::staff
