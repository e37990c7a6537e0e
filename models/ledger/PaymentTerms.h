#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

// What the ledger needs of a policy: its budget and its "payment" block
// (docs/policies.md), read from the newest published version of each code.
struct PaymentTerms final
{
    QString policyCode;
    QString subjectKind = QStringLiteral("person");
    bool monthly = false;
    std::optional<qint64> budgetFen;                 // none = no limit
    qint64 secondApprovalAboveFen = 100000000;       // default ¥1,000,000.00
    int expireAfterMonths = 3;
    QStringList duplicatePrograms;                   // external_subsidies program codes containing one of these

    static constexpr qint64 defaultSecondApprovalAboveFen = 100000000;
    static constexpr int defaultExpireAfterMonths = 3;

    // Every published code (withdrawn ones too: their awards still pay).
    static domain::Result<QHash<QString, PaymentTerms>> loadAll(store::Database &db);
    // The terms written in a policy file's text (a published source).
    static PaymentTerms fromSource(const QString &code, const QString &source);
};

} // namespace mianshen::ledger
