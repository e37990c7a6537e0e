#pragma once

#include "domain/Result.h"
#include "review/CaseFile.h"

#include <QCoreApplication>

namespace mianshen::review {

// A subject's earlier awards (of every policy), the reviews of its awards
// (this case's own included) and its payments, from this program's ledger
// and from the previous system (payment_history). Newest first.
class CaseHistory final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::CaseHistory)
public:
    static constexpr int RowLimit = 50;   // per list

    // Fills earlierAwards, reviews and payments of `file` (subjectId and awardId set).
    static domain::Status read(store::Database &db, CaseFile &file);
};

} // namespace mianshen::review
