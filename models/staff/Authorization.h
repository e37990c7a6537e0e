#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::staff {

enum class Role { DataClerk, PolicyAuthor, PolicyApprover, Reviewer,
                  PaymentOfficer, PaymentApprover, Manager, Administrator };
QString roleId(Role role);    // "data_clerk", "policy_author", "policy_approver", "reviewer",
                              // "payment_officer", "payment_approver", "manager", "administrator";
                              // PostgreSQL group role: "mianshen_" + roleId(role)
QString roleLabel(Role role); // translated, for the window
enum class Action { Import, RunMatching, PolicyEdit, PolicySubmit, PolicyPublish,
                    PolicyWithdraw, Review, PaymentBatchCreate, PaymentBatchApprove,
                    PaymentExport, PaymentReturns, RecoveryConfirm, ViewStatistics,
                    ViewAudit, RevealPersonalData, ManageStaff };
// OK when the current actor (audit::currentActor) holds a role allowing the
// action; otherwise an error that names the action and the roles that may do it.
[[nodiscard]] domain::Status authorize(store::Database &db, Action action);
[[nodiscard]] domain::Result<QList<Role>> currentRoles(store::Database &db);
// Two-person rules: refuses when actor == other, naming the rule and saying who may act instead.
[[nodiscard]] domain::Status requireDifferentPerson(const QString &rule, const QString &actor,
                                                    const QString &other);

} // namespace mianshen::staff
