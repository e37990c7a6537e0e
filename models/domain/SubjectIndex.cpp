#include "domain/SubjectIndex.h"

#include <cstring>

namespace mianshen::domain {

std::uint64_t SubjectIndex::hash(const char *id)
{
    std::uint64_t a, b;
    std::uint16_t c;
    std::memcpy(&a, id, 8);
    std::memcpy(&b, id + 8, 8);
    std::memcpy(&c, id + 16, 2);
    std::uint64_t h = a * 0x9E3779B97F4A7C15ull;
    h ^= (b + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    h ^= (std::uint64_t(c) + 0x165667B19E3779F9ull) * 0xD6E8FEB86659FD93ull;
    return h ^ (h >> 29);
}

std::int32_t SubjectIndex::find(const std::vector<Id> &ids, const char *id) const
{
    if (m_slots.empty())
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash(id) & mask;; i = (i + 1) & mask) {
        const std::int32_t s = m_slots[i];
        if (s == 0)
            return -1;
        if (std::memcmp(ids[std::size_t(s - 1)].data(), id, 18) == 0)
            return s - 1;
    }
}

void SubjectIndex::insert(const std::vector<Id> &ids, std::int32_t index)
{
    if ((m_used + 1) * 2 > m_slots.size())
        grow(ids, m_slots.empty() ? 1024 : m_slots.size() * 2);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash(ids[std::size_t(index)].data()) & mask;
    while (m_slots[i] != 0)
        i = (i + 1) & mask;
    m_slots[i] = index + 1;
    ++m_used;
}

void SubjectIndex::reserve(const std::vector<Id> &ids, std::size_t count)
{
    std::size_t capacity = 1024;
    while (capacity < count * 2)
        capacity *= 2;
    if (capacity > m_slots.size())
        grow(ids, capacity);
}

void SubjectIndex::grow(const std::vector<Id> &ids, std::size_t capacity)
{
    std::vector<std::int32_t> old = std::move(m_slots);
    m_slots.assign(capacity, 0);
    const std::size_t mask = capacity - 1;
    for (const std::int32_t s : old) {
        if (s == 0)
            continue;
        std::size_t i = hash(ids[std::size_t(s - 1)].data()) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace mianshen::domain
