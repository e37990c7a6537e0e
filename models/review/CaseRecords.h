#pragma once

#include "domain/Result.h"
#include "review/CaseFile.h"
#include "rules/Text.h"

#include <QCoreApplication>
#include <vector>

namespace mianshen::rules {
struct ColumnUse;
}

namespace mianshen::review {

// The subject's records that a policy reads: per feed the policy uses (and
// the subject's registry), the subject's rows with the columns the policy
// reads plus the feed's key, and the delivery each row came from.
class CaseRecords final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::CaseRecords)
public:
    static constexpr int RowLimit = 100;   // per feed

    static domain::Result<QList<CaseFeedRecords>> read(store::Database &db, const std::vector<rules::ColumnUse> &uses,
                                                       const QString &subjectKind, const QString &subjectId,
                                                       rules::Language language);
};

} // namespace mianshen::review
