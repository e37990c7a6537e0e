#pragma once

#include <QString>

#include <array>
#include <string_view>
#include <vector>

namespace mianshen::store {
class Database;
}

namespace mianshen::feeds {

// The keys of a registry (persons' id numbers or enterprises' credit codes),
// sorted in memory, to report dangling references while a feed is imported:
// 18 bytes per registry row (a million persons: 18 MB), independent of the
// size of the file being imported.
class RegistryIndex final
{
public:
    // Loads every key of `registry` ("persons" or "enterprises"). False (with
    // error) if the query fails.
    // withNames: also keep a 64-bit hash of each row's name, for nameMatches().
    bool load(store::Database &db, const QString &registry, QString *error, bool withNames = false);
    bool contains(std::string_view key) const;
    // Whether `name` equals the registered name of `key` (true when the key
    // is not in the registry or names were not loaded).
    bool nameMatches(std::string_view key, std::string_view name) const;
    static quint64 nameHash(std::string_view name);
    qsizetype size() const { return qsizetype(m_keys.size()); }

private:
    using Key = std::array<char, 18>;
    std::vector<Key> m_keys;
    std::vector<quint64> m_nameHashes; // parallel to m_keys when loaded with names
    mutable Key m_lastHit{};
    mutable bool m_hasLastHit = false;
};

} // namespace mianshen::feeds
