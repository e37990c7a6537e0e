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

QString inList(const QString &column, const QStringList &items, QVariantList &values)
{
    if (items.isEmpty())
        return QStringLiteral("1 = 1");
    for (const QString &item : items)
        values << item;
    return column + QStringLiteral(" IN (") + QStringList(items.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
}

} // namespace mianshen::store
