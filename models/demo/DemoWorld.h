#pragma once

#include "demo/CivilDate.h"
#include "demo/DemoRandom.h"

#include <array>
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mianshen::demo {

// Random streams: each kind of fact about an entity draws from its own one.
enum class Stream : std::uint64_t {
    PersonCore = 1, PersonLife, PersonRecords, SocialInsurance, Enterprise, EnterpriseRecords, Parameters
};

// Areas by index: 0 the zone (441200-GX), 1 the city (441200), then the city's
// districts, nearby cities, and home areas of people from elsewhere.
struct AreaIndex
{
    static constexpr int Zone = 0;
    static constexpr int City = 1;
    static constexpr int FirstDistrict = 2;
};

struct PersonCore final
{
    std::array<char, 18> id{};
    int birthDays = 0;
    bool male = false;
    std::array<char, 24> nameBytes{};
    std::uint8_t nameLength = 0;
    std::uint8_t surnameLength = 0; // bytes of the surname in nameBytes
    int householdArea = 0;          // area index
    bool migrant = false;           // born outside the city

    std::string_view idNumber() const { return {id.data(), id.size()}; }
    std::string_view name() const { return {nameBytes.data(), nameLength}; }
};

// One job: an employer and the days it lasted (endDays = OpenEnd: ongoing).
struct Spell final
{
    static constexpr int OpenEnd = INT_MAX;
    std::int32_t employer = 0; // enterprise index; >= enterpriseCount: not in the registry
    std::int32_t startDays = 0;
    std::int32_t endDays = OpenEnd;
};

enum class Education : std::uint8_t { None, Associate, Bachelor, Master, Doctor };

struct PersonLife final
{
    Education education = Education::None;
    bool publicSector = false;
    int deathDays = 0; // 0: alive at the end of 2021
    std::int64_t baseFen2018 = 0;
    bool wholeYuanBase = true;
    std::uint8_t spellCount = 0;
    std::array<Spell, 10> spells{};
    bool everInZone = false;
};

struct Enterprise final
{
    std::array<char, 18> code{};
    std::int32_t established = 0;
    std::uint32_t legalRep = 0; // person index (may be a person not in the registry)
    std::uint8_t area = 0;      // area index
    std::uint8_t status = 0;    // 0 active, 1 revoked, 2 deregistered
    std::uint8_t size = 0;      // 0 micro, 1 small, 2 medium, 3 large
    std::uint8_t industry = 0;  // index into vocabulary::industries()
    std::uint8_t namePrefix = 0;
    std::uint8_t nameSuffix = 0;
    std::array<std::uint8_t, 2> tradeChars{};
    bool individual = false;    // individual business (category 2)

    std::string_view creditCode() const { return {code.data(), code.size()}; }
};

// The synthetic district: the parts every feed shares. Persons are computed
// on demand from their index (nothing per person is kept in memory);
// enterprises (a few bytes each) are built once.
class DemoWorld final
{
public:
    DemoWorld(std::uint64_t seed, int personCount, int enterpriseCount);

    static constexpr int FirstMonth = monthIndex(2018, 1);
    static constexpr int LastMonth = monthIndex(2021, 12);
    static constexpr int GhostPersons = 20;     // ids used in feeds but missing from persons
    static constexpr int GhostEnterprises = 20; // credit codes missing from enterprises
    static int maxPersons();

    std::uint64_t seed() const { return m_seed; }
    int personCount() const { return m_personCount; }
    int enterpriseCount() const { return m_enterpriseCount; }

    // index in [0, personCount + GhostPersons).
    PersonCore person(std::uint32_t index) const;
    PersonLife life(std::uint32_t index, const PersonCore &core) const;

    const Enterprise &enterprise(int index) const { return m_enterprises[std::size_t(index)]; }
    // Code of an enterprise, or of a ghost (index >= enterpriseCount).
    std::array<char, 18> creditCode(std::uint32_t index) const;
    int enterpriseArea(std::uint32_t index) const;
    std::string enterpriseName(int index) const;

    static std::string_view areaCode(int areaIndex);
    static int areaCount();
    static bool isLocalArea(int areaIndex); // the zone, the city or one of its districts

    // A random person (mostly registered) as someone's counterpart.
    std::uint32_t randomPerson(DemoRandom &rng) const;

private:
    std::array<char, 18> makeCreditCode(std::uint32_t index, bool newStyle, std::uint32_t newStyleOrdinal,
                                        int area, bool individual) const;
    std::int32_t pickEmployer(DemoRandom &rng, bool zone) const;

    std::uint64_t m_seed;
    int m_personCount;
    int m_enterpriseCount;
    // Person index -> (birth day, order number) bijection: k = (i * A + B) mod M.
    std::uint64_t m_idA = 1, m_idB = 0, m_idM = 1;
    std::uint64_t m_orgA = 1, m_orgB = 0;
    std::vector<Enterprise> m_enterprises;
    std::vector<std::uint32_t> m_zoneEmployers, m_otherEmployers;
    std::vector<std::uint64_t> m_zoneWeights, m_otherWeights; // cumulative
};

} // namespace mianshen::demo
