#pragma once

// Small helpers the ledger area's classes share (internal header).

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace mianshen::ledger::detail {

// `what` is marked where it is written with
// QT_TRANSLATE_NOOP("mianshen::ledger::Sql", ...): "create the batch".
inline QString sqlFailure(const QSqlQuery &query, const char *what)
{
    return QCoreApplication::translate("mianshen::ledger::Sql", "The database could not %1: %2")
        .arg(QCoreApplication::translate("mianshen::ledger::Sql", what), query.lastError().text());
}

inline domain::Status exec(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        return domain::Status::failure(sqlFailure(query, what));
    return {};
}

inline QString nowText()
{
    return domain::Clock::nowUtc().toString(Qt::ISODate);
}


} // namespace mianshen::ledger::detail
