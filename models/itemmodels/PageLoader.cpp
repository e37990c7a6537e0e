#include "itemmodels/PageLoader.h"

#include "store/Database.h"
#include "store/QueryCanceller.h"

#include <QCoreApplication>

#include <QSqlError>
#include <QSqlQuery>

namespace mianshen::itemmodels {

PageLoader::PageLoader(store::ConnectionSpec spec)
    : m_spec(std::move(spec))
    , m_canceller(std::make_shared<store::QueryCanceller>())
{
}

PageLoader::~PageLoader()
{
    m_canceller->detach();
}

bool PageLoader::ensureOpen(QString *error)
{
    if (m_canceller->isCancelled()) {
        *error = QCoreApplication::translate("PagedTableModel", "Cancelled.");
        return false;
    }
    if (m_db)
        return true;
    auto opened = store::Database::open(m_spec);
    if (!opened) {
        *error = opened.error();
        return false;
    }
    m_db = std::move(opened).value();
    m_canceller->attach(*m_db);
    return true;
}

PageLoader::Rows PageLoader::select(const QString &sql, const QVariantList &values, int columnCount)
{
    Rows result;
    if (!ensureOpen(&result.error))
        return result;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        result.error = query.lastError().text();
        return result;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        result.error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c)
            row << query.value(c);
        result.rows << row;
    }
    query.finish();
    return result;
}

qint64 PageLoader::selectCount(const QString &sql, const QVariantList &values, QString *error)
{
    if (!ensureOpen(error))
        return -1;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return -1;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

} // namespace mianshen::itemmodels
