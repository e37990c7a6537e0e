#pragma once

// Small helpers the matching area's repositories share (internal header).

#include "domain/Result.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace mianshen::matching::detail {

inline QString sqlFailure(const QSqlQuery &query, const char *what)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), query.lastError().text());
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
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace mianshen::matching::detail
