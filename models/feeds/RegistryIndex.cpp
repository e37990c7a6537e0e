#include "feeds/RegistryIndex.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

namespace mianshen::feeds {

quint64 RegistryIndex::nameHash(std::string_view name)
{
    quint64 h = 14695981039346656037ULL; // FNV-1a
    for (char c : name) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

std::int32_t RegistryIndex::find(std::string_view key) const
{
    if (key.size() != 18)
        return -1;
    Key k;
    std::memcpy(k.data(), key.data(), 18);
    if (m_lastFound != -2 && k == m_lastKey)
        return m_lastFound;
    m_lastKey = k;
    m_lastFound = m_index.find(m_keys, k.data());
    return m_lastFound;
}

bool RegistryIndex::nameMatches(std::string_view key, std::string_view name) const
{
    if (m_nameHashes.empty())
        return true;
    const std::int32_t i = find(key);
    return i < 0 || m_nameHashes[std::size_t(i)] == nameHash(name);
}

bool RegistryIndex::load(store::Database &db, const QString &registry, QString *error, bool withNames)
{
    m_keys.clear();
    m_nameHashes.clear();
    m_index = {};
    m_lastFound = -2;
    const QString keyColumn = registry == u"persons" ? QStringLiteral("id_number") : QStringLiteral("credit_code");
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + keyColumn + (withNames ? QStringLiteral(", name") : QString())
                    + QStringLiteral(" FROM ") + registry)) {
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
        if (withNames)
            m_nameHashes.push_back(nameHash(query.value(1).toString().toStdString()));
    }
    query.finish();
    m_keys.shrink_to_fit();
    m_index.reserve(m_keys, m_keys.size());
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        m_index.insert(m_keys, std::int32_t(i));
    return true;
}

bool RegistryIndex::contains(std::string_view key) const
{
    return find(key) >= 0;
}

} // namespace mianshen::feeds
