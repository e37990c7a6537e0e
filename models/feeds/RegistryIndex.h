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
    bool load(store::Database &db, const QString &registry, QString *error);
    bool contains(std::string_view key) const;
    qsizetype size() const { return qsizetype(m_keys.size()); }

private:
    using Key = std::array<char, 18>;
    std::vector<Key> m_keys;
    mutable Key m_lastHit{};
    mutable bool m_hasLastHit = false;
};

} // namespace mianshen::feeds
