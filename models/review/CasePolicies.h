#pragma once

#include "domain/Result.h"
#include "rules/Text.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

// What the review desk's filters offer: the published policies' codes and
// their flags with labels (from the newest version of each policy).
struct CasePolicies final
{
    QStringList codes;                          // sorted
    QList<QPair<QString, QString>> flags;       // (flag id, label), each id once, sorted by label
    QHash<QString, QString> labels;             // "policy/flag" -> label, and "flag" -> the first label

    static domain::Result<CasePolicies> read(store::Database &db, rules::Language language);
};

} // namespace mianshen::review
