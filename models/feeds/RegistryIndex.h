#pragma once

#include "domain/SubjectIndex.h"

#include <QString>

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mianshen::store {
class Database;
}

namespace mianshen::feeds {

// The keys of a registry (persons' id numbers or enterprises' credit codes),
// in memory with a hash index, to report dangling references while a feed is
// imported: about 26 bytes per registry row (a million persons: 26 MB),
// independent of the size of the file being imported.
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
    // The position of `key` in m_keys, or -1; the last answer is kept (a
    // feed's rows come grouped by subject).
    std::int32_t find(std::string_view key) const;

    std::vector<Key> m_keys;
    domain::SubjectIndex m_index;
    std::vector<quint64> m_nameHashes; // parallel to m_keys when loaded with names
    mutable Key m_lastKey{};
    mutable std::int32_t m_lastFound = -2;   // -2: nothing asked yet
};

} // namespace mianshen::feeds
