#pragma once

#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::audit {

// Who acts, for every row of the audit log and every recorded decision.
// PostgreSQL: the login of the connection (`SELECT session_user`), which the
// server has authenticated. SQLite: the operating-system user
// (domain::currentActor, i.e. $USER), which only the computer's own login
// vouches for. Never empty: "unknown" when neither can be found.
QString currentActor(store::Database &db);

// The staff account signed in on this desk (staff::StaffAccounts::signIn),
// for the whole process. SQLite: when set, currentActor returns it instead of
// the operating-system user. PostgreSQL keeps session_user (the server's own
// login). An empty login clears it (sign out).
void setSessionActor(const QString &login);
// The login set by setSessionActor, or empty.
QString sessionActor();

} // namespace mianshen::audit
