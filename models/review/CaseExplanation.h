#pragma once

#include "domain/Result.h"
#include "rules/Text.h"

#include <QCoreApplication>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

// The explanation of a case's decision in plain words. The one place the
// review desk asks the matching area for it (the way `mianshen why` does),
// so that a change in how explanations are stored touches only this file.
class CaseExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::CaseExplanation)
public:
    // runPeriod: the month of the run that decided the case. The stored
    // explanation of the decision (as it was when decided) when there is
    // one, else a fresh evaluation's.
    static domain::Result<QString> explain(store::Database &db, const QString &runPeriod, const QString &policyCode,
                                           const QString &subjectId, rules::Language language);
};

} // namespace mianshen::review
