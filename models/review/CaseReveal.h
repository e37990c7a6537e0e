#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

// Revealing a case's personal data (names, id and account numbers) is an
// action on the record: one audit row "personal_data.reveal" for the award,
// written in its own transaction before anything is shown.
class CaseReveal final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::CaseReveal)
public:
    static domain::Status record(store::Database &db, qint64 awardId, const QString &subjectId);
};

} // namespace mianshen::review
