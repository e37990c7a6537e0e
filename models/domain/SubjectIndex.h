#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace mianshen::domain {

// Subject id (18 ASCII characters) -> dense index, for a million subjects
// looked up tens of millions of times (a matching snapshot being built, a
// feed's references checked on import): open addressing over the ids the
// owner keeps, no allocation per lookup (a QHash<QByteArray, int> costs two
// allocations and a rehash chain per key), one memory access where a binary
// search over a million ids takes twenty.
class SubjectIndex final
{
public:
    using Id = std::array<char, 18>;

    // The index of `id` in `ids`, or -1.
    std::int32_t find(const std::vector<Id> &ids, const char *id) const;
    // Records that ids[index] is `id` (not present yet).
    void insert(const std::vector<Id> &ids, std::int32_t index);
    void reserve(const std::vector<Id> &ids, std::size_t count);

private:
    static std::uint64_t hash(const char *id);
    void grow(const std::vector<Id> &ids, std::size_t capacity);

    std::vector<std::int32_t> m_slots;   // index + 1; 0 = empty; size a power of two
    std::size_t m_used = 0;
};

} // namespace mianshen::domain
