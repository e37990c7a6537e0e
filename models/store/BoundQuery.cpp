#include "store/BoundQuery.h"

#include <QSqlQuery>

namespace mianshen::store {

bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec();
}

} // namespace mianshen::store
