#pragma once

#include "domain/Result.h"
#include "review/CaseFile.h"

#include <QCoreApplication>

namespace mianshen::review {

// Precedents of a case: how the other cases of the same policy carrying the
// same flag were decided (counts per award status) and the last few
// reviewer decisions on them with their reasons.
class CasePrecedents final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::CasePrecedents)
public:
    static constexpr int RecentLimit = 5;

    // One entry per flag of the case; a case without flags gets one entry
    // for the policy as a whole (flag id empty).
    static domain::Result<QList<CasePrecedent>> read(store::Database &db, const CaseFile &file);
};

} // namespace mianshen::review
