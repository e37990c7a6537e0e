#pragma once

#include "staff/Authorization.h"

#include <QList>
#include <QString>

#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::staff {

// The fixed tables behind authorize(): every role, which roles may do an
// action, the action's name in a sentence. docs/roles.md shows the same table.
QList<Role> allRoles();
QList<Action> allActions();
QList<Role> rolesAllowed(Action action);
QString actionLabel(Action action);           // translated: "import a feed"
std::optional<Role> roleFromId(const QString &id);

// Whether roles are enforced on this database:
// NotSetUp  - SQLite without any staff account, or PostgreSQL where
//             `mianshen roles install` was never run: everyone acts with
//             every role (the command line says so once).
// SoleAccount - SQLite with exactly one active account: the login may be skipped.
// Enforced  - roles are checked.
enum class Enforcement { NotSetUp, SoleAccount, Enforced };
[[nodiscard]] domain::Result<Enforcement> enforcement(store::Database &db);
// One sentence for stderr or the status bar saying why roles are not
// checked, or empty when they are.
QString enforcementNotice(Enforcement state);

} // namespace mianshen::staff
