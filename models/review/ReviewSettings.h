#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

class QJsonObject;

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

// The "review" block of a policy file (docs/policies.md):
//   "review": {"four_eyes": {"above_yuan": "5000.00", "flags": ["HIGH_AMOUNT"]},
//              "deadline_working_days": 5}
// read from the published version's source (published_policies.source),
// together with who published that version.
struct ReviewSettings final
{
    std::optional<std::int64_t> fourEyesAboveFen;   // two approvals when amount > this
    QStringList fourEyesFlags;                      // two approvals when any of these fired
    int deadlineWorkingDays = 5;                    // overdue after this many working days (Mon-Fri)
    QString publishedBy;                            // published_policies.published_by of the version
    std::optional<std::int64_t> budgetFen;          // the policy's budget ("budget": {"yuan"}), if any

    // The block of a parsed policy file (missing block = the defaults).
    static ReviewSettings fromPolicyJson(const QJsonObject &policy);
    // The published version's settings (cached per connection is the caller's business).
    static domain::Result<ReviewSettings> load(store::Database &db, const QString &policyCode, int version);
};

} // namespace mianshen::review
