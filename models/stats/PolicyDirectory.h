#pragma once

#include "domain/Result.h"
#include "rules/Text.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::stats {

// What statistics need to know of a policy, from its newest published
// version (published_policies.source read back by the rules' loader).
struct PolicyFacts final
{
    QString code;
    rules::Text title;
    rules::Text department;       // the policy file's "department"
    QString subjectKind;          // 'person' | 'enterprise'
    std::optional<qint64> budgetFen;
    bool patent = false;          // its expressions read enterprise.patents
    QString patentKind;           // the kind its items filter on ("invention", ...), empty = any
};

class PolicyDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::stats::PolicyDirectory)
public:
    // Every published code (withdrawn ones too: they were paid), sorted.
    static domain::Result<QList<PolicyFacts>> load(store::Database &db);
    // The facts of `code` in `facts`, or a stand-in with the code as title.
    static PolicyFacts find(const QList<PolicyFacts> &facts, const QString &code);
};

} // namespace mianshen::stats
