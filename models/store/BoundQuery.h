#pragma once

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace mianshen::store {

// Prepares sql on query (forward only), binds values in order and runs it;
// false with the query's error when any step fails.
bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &values);

} // namespace mianshen::store
