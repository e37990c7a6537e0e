#include "feeds/RegistryIndex.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
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

bool RegistryIndex::nameMatches(std::string_view key, std::string_view name) const
{
    if (m_nameHashes.empty() || key.size() != 18)
        return true;
    Key k;
    std::memcpy(k.data(), key.data(), 18);
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), k);
    if (it == m_keys.end() || *it != k)
        return true;
    return m_nameHashes[std::size_t(it - m_keys.begin())] == nameHash(name);
}

bool RegistryIndex::load(store::Database &db, const QString &registry, QString *error, bool withNames)
{
    m_keys.clear();
    m_nameHashes.clear();
    m_hasLastHit = false;
    const QString keyColumn = registry == u"persons" ? QStringLiteral("id_number") : QStringLiteral("credit_code");
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + keyColumn + (withNames ? QStringLiteral(", name") : QString())
                    + QStringLiteral(" FROM ") + registry + QStringLiteral(" ORDER BY ") + keyColumn)) {
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
    // Sorted by the database's collation; make sure it is byte order (and keep names aligned).
    if (!std::is_sorted(m_keys.begin(), m_keys.end())) {
        std::vector<std::size_t> order(m_keys.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return m_keys[a] < m_keys[b]; });
        std::vector<Key> keys(m_keys.size());
        std::vector<quint64> names(m_nameHashes.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            keys[i] = m_keys[order[i]];
            if (!names.empty())
                names[i] = m_nameHashes[order[i]];
        }
        m_keys = std::move(keys);
        m_nameHashes = std::move(names);
    }
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
