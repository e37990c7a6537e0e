#include "feeds/RegistryIndex.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>

namespace mianshen::feeds {

bool RegistryIndex::load(store::Database &db, const QString &registry, QString *error)
{
    m_keys.clear();
    m_hasLastHit = false;
    const QString keyColumn = registry == u"persons" ? QStringLiteral("id_number") : QStringLiteral("credit_code");
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + keyColumn + QStringLiteral(" FROM ") + registry)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QByteArray value = query.value(0).toString().toLatin1();
        if (value.size() != 18)
            continue;
        Key k;
        std::memcpy(k.data(), value.constData(), 18);
        m_keys.push_back(k);
    }
    query.finish();
    std::sort(m_keys.begin(), m_keys.end());
    m_keys.shrink_to_fit();
    return true;
}

bool RegistryIndex::contains(std::string_view key) const
{
    if (key.size() != 18)
        return false;
    Key k;
    std::memcpy(k.data(), key.data(), 18);
    if (m_hasLastHit && k == m_lastHit)
        return true;
    if (!std::binary_search(m_keys.begin(), m_keys.end(), k))
        return false;
    m_lastHit = k;
    m_hasLastHit = true;
    return true;
}

} // namespace mianshen::feeds
