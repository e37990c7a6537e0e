#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace mianshen::store {

// Prepares sql on query (forward only), binds values in order and runs it;
// false with the query's error when any step fails.
bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &values);

// "column IN (?, ?)" with the items appended to values, in order; "1 = 1"
// (every row) for no items. column must come from a fixed list.
QString inList(const QString &column, const QStringList &items, QVariantList &values);

} // namespace mianshen::store
