#pragma once

// Small helpers the matching area's repositories share (internal header).

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace mianshen::matching::detail {

// `what` says what failed, marked where it is written with
// QT_TRANSLATE_NOOP("mianshen::matching::Sql", ...): "read the awards".
inline QString sqlFailure(const QSqlQuery &query, const char *what)
{
    return QCoreApplication::translate("mianshen::matching::Sql", "The database could not %1: %2")
        .arg(QCoreApplication::translate("mianshen::matching::Sql", what), query.lastError().text());
}

// Prepares and executes; on failure returns the error text.
inline domain::Status exec(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        return domain::Status::failure(sqlFailure(query, what));
    return {};
}

// Qt binds a null QString as SQL NULL; columns that are NOT NULL get ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QString nowText()
{
    return domain::Clock::nowUtc().toString(Qt::ISODateWithMs);
}

} // namespace mianshen::matching::detail
