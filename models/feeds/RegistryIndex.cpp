#include "feeds/RegistryIndex.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>
#include <string>

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
    // Identifiers from the two registries' fixed names only.
    const QString sql = QStringLiteral("SELECT ") + keyColumn + (withNames ? QStringLiteral(", name") : QString())
        + QStringLiteral(" FROM ") + registry;
    auto add = [&](const char *key, std::size_t keySize, std::string_view name) {
        if (!key || keySize != 18)
            return;
        Key k;
        std::memcpy(k.data(), key, 18);
        m_keys.push_back(k);
        if (withNames)
            m_nameHashes.push_back(nameHash(name));
    };
    if (sqlite3 *handle = db.sqliteHandle()) {
        // SQLite's own interface: a million keys in a fraction of the time
        // QSqlQuery takes (a QString per value).
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *key = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            const std::size_t keySize = std::size_t(sqlite3_column_bytes(stmt, 0));
            std::string_view name;
            if (withNames) {
                const auto *n = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
                name = n ? std::string_view(n, std::size_t(sqlite3_column_bytes(stmt, 1))) : std::string_view();
            }
            add(key, keySize, name);
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
    } else {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            const QByteArray key = query.value(0).toString().toLatin1();
            const std::string name = withNames ? query.value(1).toString().toStdString() : std::string();
            add(key.constData(), std::size_t(key.size()), name);
        }
    }
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
