#include "demo/DemoWorld.h"

#include "demo/DemoVocabulary.h"
#include "domain/IdentityCodes.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace mianshen::demo {

namespace voc = vocabulary;

namespace {

constexpr int BirthFirst = CivilDate::toDays(1958, 1, 1);
constexpr int BirthLast = CivilDate::toDays(2003, 12, 31);
constexpr int BirthDays = BirthLast - BirthFirst + 1;
constexpr std::uint64_t OrgSpace = 100000000ULL;    // 8-digit organisation code bodies
constexpr std::uint64_t NewStyleSpace = 887503681ULL; // 31^6

std::uint64_t coprimeMultiplier(std::uint64_t r, std::uint64_t modulus)
{
    std::uint64_t a = (r % modulus) | 1;
    while (std::gcd(a, modulus) != 1)
        a += 2;
    return a % modulus;
}

// a < 2^32 and b < m < 2^26 here, so the product fits in 64 bits.
std::uint64_t mulMod(std::uint64_t a, std::uint64_t b, std::uint64_t m)
{
    return (a * b) % m;
}

// GB 11714 organisation code check character of an 8-character body.
char organisationCheck(const char *body)
{
    static constexpr int Weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const char c = body[i];
        const int v = (c >= '0' && c <= '9') ? c - '0' : c - 'A' + 10;
        sum += v * Weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
}

int lastDayOfMonth(int month)
{
    return CivilDate::toDays((month + 1) / 12, (month + 1) % 12 + 1, 1) - 1;
}
int firstDayOfMonth(int month)
{
    return CivilDate::toDays(month / 12, month % 12 + 1, 1);
}
int monthOfDay(int days)
{
    const CivilDate d = CivilDate::fromDays(days);
    return monthIndex(d.year, d.month);
}

} // namespace

int DemoWorld::maxPersons()
{
    return BirthDays * 1000 - GhostPersons;
}

DemoWorld::DemoWorld(std::uint64_t seed, int personCount, int enterpriseCount)
    : m_seed(seed)
    , m_personCount(personCount)
    , m_enterpriseCount(enterpriseCount)
{
    DemoRandom params = DemoRandom::forEntity(seed, std::uint64_t(Stream::Parameters), 0);
    m_idM = std::uint64_t(BirthDays) * 1000;
    m_idA = coprimeMultiplier(params.next(), m_idM);
    m_idB = params.below(m_idM);
    m_orgA = coprimeMultiplier(params.next(), OrgSpace);
    m_orgB = params.below(OrgSpace);
    const std::uint64_t newA = coprimeMultiplier(params.next(), NewStyleSpace);
    const std::uint64_t newB = params.below(NewStyleSpace);

    const auto districts = voc::cityDistricts();
    const auto nearby = voc::nearbyCities();
    const auto industries = voc::industries();

    m_enterprises.resize(std::size_t(enterpriseCount));
    std::uint32_t newStyleOrdinal = 0;
    for (int i = 0; i < enterpriseCount; ++i) {
        DemoRandom rng = DemoRandom::forEntity(seed, std::uint64_t(Stream::Enterprise), std::uint64_t(i));
        Enterprise &e = m_enterprises[std::size_t(i)];
        const auto a = rng.below(100);
        if (a < 35)
            e.area = AreaIndex::Zone;
        else if (a < 45)
            e.area = AreaIndex::City;
        else if (a < 80)
            e.area = std::uint8_t(AreaIndex::FirstDistrict + rng.below(districts.size()));
        else
            e.area = std::uint8_t(AreaIndex::FirstDistrict + districts.size() + rng.below(nearby.size()));
        e.individual = rng.chance(100);
        const bool tech = !e.individual && rng.chance(e.area == AreaIndex::Zone ? 550 : 250);
        do {
            e.industry = std::uint8_t(rng.below(industries.size()));
        } while (industries[e.industry].technology != tech);
        if (e.individual) {
            e.size = 0;
            e.industry = std::uint8_t(17 + rng.below(5)); // trade, retail, logistics, catering
        } else {
            const auto s = rng.below(100);
            e.size = s < 60 ? 0 : s < 88 ? 1 : s < 98 ? 2 : 3;
        }
        // More enterprises were founded recently.
        e.established = rng.chance(500)
            ? int(rng.between(CivilDate::toDays(2010, 1, 1), CivilDate::toDays(2021, 11, 30)))
            : int(rng.between(CivilDate::toDays(1995, 1, 1), CivilDate::toDays(2021, 11, 30)));
        const auto st = rng.below(100);
        e.status = (e.established < CivilDate::toDays(2020, 1, 1) && st >= 88) ? (st < 92 ? 1 : 2) : 0;
        // A legal representative who was an adult when the enterprise was founded.
        for (int attempt = 0; attempt < 30; ++attempt) {
            e.legalRep = randomPerson(rng);
            if (e.legalRep >= std::uint32_t(personCount) || person(e.legalRep).birthDays <= e.established - 20 * 365)
                break;
        }
        e.namePrefix = std::uint8_t(rng.below(e.area == AreaIndex::Zone ? 4 : 3));
        e.nameSuffix = std::uint8_t(e.size == 3 && rng.chance(500) ? 1 : 0);
        e.tradeChars = {std::uint8_t(rng.below(voc::tradeNameCharacters().size())),
                        std::uint8_t(rng.below(voc::tradeNameCharacters().size()))};
        // Codes issued since 2015 by the market regulator start "MA".
        const bool newStyle = e.established >= CivilDate::toDays(2015, 10, 1) && rng.chance(800);
        std::uint32_t ordinal = 0;
        if (newStyle)
            ordinal = std::uint32_t((newStyleOrdinal++ * newA + newB) % NewStyleSpace);
        e.code = makeCreditCode(std::uint32_t(i), newStyle, ordinal, e.area, e.individual);
    }

    // Employer samplers, weighted by size (only active enterprises hire).
    static constexpr std::uint64_t SizeWeight[4] = {2, 10, 60, 400};
    for (int i = 0; i < enterpriseCount; ++i) {
        const Enterprise &e = m_enterprises[std::size_t(i)];
        if (e.status != 0)
            continue;
        const std::uint64_t w = e.individual ? 1 : SizeWeight[e.size];
        auto &ids = e.area == AreaIndex::Zone ? m_zoneEmployers : m_otherEmployers;
        auto &weights = e.area == AreaIndex::Zone ? m_zoneWeights : m_otherWeights;
        ids.push_back(std::uint32_t(i));
        weights.push_back((weights.empty() ? 0 : weights.back()) + w);
    }
}

std::array<char, 18> DemoWorld::makeCreditCode(std::uint32_t index, bool newStyle, std::uint32_t ordinal, int area,
                                               bool individual) const
{
    std::array<char, 18> code{};
    code[0] = '9';
    code[1] = individual ? '2' : '1';
    std::memcpy(code.data() + 2, areaCode(area).data(), 6);
    char *body = code.data() + 8;
    if (newStyle) {
        body[0] = 'M';
        body[1] = 'A';
        std::uint32_t v = ordinal;
        for (int k = 7; k >= 2; --k) {
            body[k] = domain::identity::CreditCodeAlphabet[v % 31];
            v /= 31;
        }
        // (The credit code alphabet has no I, O, S, V or Z, so neither does the body.)
    } else {
        std::uint64_t v = (std::uint64_t(index) * m_orgA + m_orgB) % OrgSpace;
        for (int k = 7; k >= 0; --k) {
            body[k] = char('0' + v % 10);
            v /= 10;
        }
    }
    body[8] = organisationCheck(body);
    code[17] = *domain::identity::creditCodeCheckCharacter(std::string_view(code.data(), 17));
    return code;
}

std::array<char, 18> DemoWorld::creditCode(std::uint32_t index) const
{
    if (index < std::uint32_t(m_enterpriseCount))
        return m_enterprises[index].code;
    return makeCreditCode(index, false, 0, AreaIndex::Zone, false);
}

int DemoWorld::enterpriseArea(std::uint32_t index) const
{
    return index < std::uint32_t(m_enterpriseCount) ? m_enterprises[index].area : AreaIndex::Zone;
}

std::string DemoWorld::enterpriseName(int index) const
{
    const Enterprise &e = m_enterprises[std::size_t(index)];
    const auto trade = voc::tradeNameCharacters();
    const auto industry = voc::industries()[e.industry];
    std::string name;
    name.reserve(64);
    static constexpr std::string_view Prefixes[4] = {"肇庆市", "广东", "", "肇庆高新区"};
    name += Prefixes[e.namePrefix];
    name += trade[e.tradeChars[0]];
    name += trade[e.tradeChars[1]];
    if (e.individual) {
        name += voc::individualBusinessWords()[(e.tradeChars[0] + e.tradeChars[1]) % voc::individualBusinessWords().size()];
        return name;
    }
    name += industry.word;
    name += e.nameSuffix ? std::string_view("股份有限公司") : std::string_view("有限公司");
    return name;
}

std::string_view DemoWorld::areaCode(int areaIndex)
{
    if (areaIndex == AreaIndex::Zone)
        return voc::ZoneArea;
    if (areaIndex == AreaIndex::City)
        return voc::CityArea;
    std::size_t i = std::size_t(areaIndex - AreaIndex::FirstDistrict);
    if (i < voc::cityDistricts().size())
        return voc::cityDistricts()[i];
    i -= voc::cityDistricts().size();
    if (i < voc::nearbyCities().size())
        return voc::nearbyCities()[i];
    i -= voc::nearbyCities().size();
    return voc::migrantHomeAreas()[i];
}

int DemoWorld::areaCount()
{
    return int(AreaIndex::FirstDistrict + voc::cityDistricts().size() + voc::nearbyCities().size()
               + voc::migrantHomeAreas().size());
}

bool DemoWorld::isLocalArea(int areaIndex)
{
    return areaIndex < int(AreaIndex::FirstDistrict + voc::cityDistricts().size());
}

std::uint32_t DemoWorld::randomPerson(DemoRandom &rng) const
{
    if (rng.chance(3))
        return std::uint32_t(m_personCount) + std::uint32_t(rng.below(GhostPersons));
    return std::uint32_t(rng.below(std::uint64_t(std::max(1, m_personCount))));
}

PersonCore DemoWorld::person(std::uint32_t index) const
{
    PersonCore p;
    DemoRandom rng = DemoRandom::forEntity(m_seed, std::uint64_t(Stream::PersonCore), index);
    const std::uint64_t k = (mulMod(index, m_idA, m_idM) + m_idB) % m_idM;
    p.birthDays = BirthFirst + int(k / 1000);
    const int order = int(k % 1000);
    p.male = (order % 2) == 1;

    const auto districts = voc::cityDistricts();
    const auto homes = voc::migrantHomeAreas();
    const auto nearby = voc::nearbyCities();
    int birthArea;
    p.migrant = rng.chance(450);
    if (!p.migrant) {
        birthArea = AreaIndex::FirstDistrict + int(rng.below(districts.size()));
        p.householdArea = rng.chance(150) ? AreaIndex::Zone : birthArea;
    } else {
        const int firstHome = AreaIndex::FirstDistrict + int(districts.size() + nearby.size());
        birthArea = firstHome + int(rng.below(homes.size()));
        const auto h = rng.below(100);
        p.householdArea = h < 55 ? birthArea : h < 85 ? AreaIndex::Zone : AreaIndex::FirstDistrict + int(rng.below(districts.size()));
    }
    // Nearby cities' codes are city codes; birth registrations use district codes.
    std::memcpy(p.id.data(), areaCode(birthArea).data(), 6);
    const CivilDate b = CivilDate::fromDays(p.birthDays);
    char *d = p.id.data() + 6;
    const int parts[3] = {b.year, b.month, b.day};
    d[0] = char('0' + parts[0] / 1000);
    d[1] = char('0' + parts[0] / 100 % 10);
    d[2] = char('0' + parts[0] / 10 % 10);
    d[3] = char('0' + parts[0] % 10);
    d[4] = char('0' + parts[1] / 10);
    d[5] = char('0' + parts[1] % 10);
    d[6] = char('0' + parts[2] / 10);
    d[7] = char('0' + parts[2] % 10);
    d[8] = char('0' + order / 100);
    d[9] = char('0' + order / 10 % 10);
    d[10] = char('0' + order % 10);
    p.id[17] = *domain::identity::idNumberCheckCharacter(std::string_view(p.id.data(), 17));

    // Name: surname (by frequency) and one or two given characters.
    const auto surnames = voc::surnames();
    std::uint64_t total = 0;
    for (const auto &s : surnames)
        total += std::uint64_t(s.weight);
    std::uint64_t r = rng.below(total);
    std::size_t si = 0;
    while (r >= std::uint64_t(surnames[si].weight)) {
        r -= std::uint64_t(surnames[si].weight);
        ++si;
    }
    std::size_t n = 0;
    auto add = [&p, &n](std::string_view s) {
        std::memcpy(p.nameBytes.data() + n, s.data(), s.size());
        n += s.size();
    };
    add(surnames[si].word);
    p.surnameLength = std::uint8_t(n);
    const auto given = p.male ? voc::maleGivenCharacters() : voc::femaleGivenCharacters();
    add(given[rng.below(given.size())]);
    if (rng.chance(780))
        add(given[rng.below(given.size())]);
    p.nameLength = std::uint8_t(n);
    return p;
}

std::int32_t DemoWorld::pickEmployer(DemoRandom &rng, bool zone) const
{
    if (rng.chance(2))
        return m_enterpriseCount + std::int32_t(rng.below(GhostEnterprises));
    const auto &ids = zone && !m_zoneEmployers.empty() ? m_zoneEmployers : m_otherEmployers;
    const auto &weights = zone && !m_zoneEmployers.empty() ? m_zoneWeights : m_otherWeights;
    if (ids.empty())
        return m_enterpriseCount + std::int32_t(rng.below(GhostEnterprises));
    return std::int32_t(ids[rng.weighted(weights)]);
}

PersonLife DemoWorld::life(std::uint32_t index, const PersonCore &core) const
{
    PersonLife life;
    DemoRandom rng = DemoRandom::forEntity(m_seed, std::uint64_t(Stream::PersonLife), index);
    const CivilDate birth = CivilDate::fromDays(core.birthDays);
    const int birthMonth = monthIndex(birth.year, birth.month);

    // Education: the young are more often graduates.
    const bool young = birth.year >= 1980;
    const auto e = rng.below(1000);
    if (e < 10)
        life.education = Education::Doctor;
    else if (e < (young ? 80u : 40u))
        life.education = Education::Master;
    else if (e < (young ? 380u : 220u))
        life.education = Education::Bachelor;
    else if (e < (young ? 560u : 400u))
        life.education = Education::Associate;

    const int endOfData = CivilDate::toDays(2021, 12, 31);
    if ((birth.year < 1970 ? rng.chance(25) : rng.chance(3)))
        life.deathDays = int(rng.between(CivilDate::toDays(2018, 1, 1), endOfData));

    const int age2018 = 2018 - birth.year;
    life.publicSector = age2018 >= 20 && age2018 <= 58 && rng.chance(30);

    static constexpr std::int64_t BaseRange[5][2] = {
        {3300, 6500}, {3800, 8000}, {5000, 13000}, {8000, 22000}, {12000, 34000}};
    const auto &range = BaseRange[int(life.education)];
    life.wholeYuanBase = rng.chance(750);
    life.baseFen2018 = rng.between(range[0], range[1]) * 100 + (life.wholeYuanBase ? 0 : rng.between(1, 99));

    if (life.publicSector || !rng.chance(490))
        return life;

    // Months this person can work in the window: from 18 (or graduation)
    // to retirement (men 60, women 55) or death.
    static constexpr int StartAge[5] = {18, 21, 22, 25, 28};
    int first = std::max(FirstMonth, birthMonth + StartAge[int(life.education)] * 12 + 6);
    int last = std::min(LastMonth, birthMonth + (core.male ? 60 : 55) * 12 - 1);
    if (life.deathDays)
        last = std::min(last, monthOfDay(life.deathDays) - 1);
    if (first > last)
        return life;
    const bool untilEnd = last == LastMonth;

    // An earlier job that ended before the window (employment records only).
    const int careerStart = birthMonth + StartAge[int(life.education)] * 12 + 6;
    int priorEnd = 0;
    if (careerStart < FirstMonth - 24 && rng.chance(300)) {
        const int s = int(rng.between(careerStart, FirstMonth - 24));
        const int en = int(rng.between(s + 3, FirstMonth - 2));
        Spell sp;
        sp.employer = pickEmployer(rng, rng.chance(250));
        sp.startDays = firstDayOfMonth(s) + int(rng.below(28));
        sp.endDays = firstDayOfMonth(en) + int(rng.below(28));
        if (sp.employer >= m_enterpriseCount || m_enterprises[std::size_t(sp.employer)].established < sp.startDays) {
            life.spells[life.spellCount++] = sp;
            priorEnd = sp.endDays;
        }
    }

    int month = first;
    bool employed = rng.chance(first == FirstMonth ? 780 : 300);
    bool carried = employed && first == FirstMonth && careerStart < FirstMonth; // job began before 2018
    while (month <= last && life.spellCount < life.spells.size()) {
        if (!employed) {
            month += 1 + int(rng.below(rng.chance(300) ? 18 : 6));
            employed = true;
            continue;
        }
        const bool zone = rng.chance(230); // about 15% of persons work in the zone at some time
        const int length = rng.chance(350) ? int(rng.between(36, 96)) : int(rng.between(4, 36));
        int endMonth = month + length - 1;
        Spell sp;
        for (int attempt = 0; attempt < 3; ++attempt) {
            sp.employer = pickEmployer(rng, zone);
            int start = carried ? firstDayOfMonth(int(rng.between(std::max(careerStart, FirstMonth - 120), FirstMonth - 1)))
                                    + int(rng.below(28))
                                : firstDayOfMonth(month) + int(rng.below(10));
            if (carried && priorEnd && start <= priorEnd) // jobs do not overlap
                start = priorEnd + 1 + int(rng.below(60));
            if (sp.employer < m_enterpriseCount) {
                const int est = m_enterprises[std::size_t(sp.employer)].established;
                if (est + 30 > start)
                    start = est + 30;
            }
            sp.startDays = start;
            if (monthOfDay(start) <= std::min(endMonth, last))
                break;
            sp.startDays = 0;
        }
        if (sp.startDays != 0) {
            if (endMonth >= last && untilEnd) {
                sp.endDays = Spell::OpenEnd;
            } else {
                endMonth = std::min(endMonth, last);
                sp.endDays = std::max(sp.startDays, lastDayOfMonth(endMonth) - int(rng.below(20)));
            }
            if (!life.deathDays || sp.startDays < life.deathDays) {
                life.spells[life.spellCount++] = sp;
                if (DemoWorld::enterpriseArea(std::uint32_t(sp.employer)) == AreaIndex::Zone)
                    life.everInZone = true;
            }
        }
        carried = false;
        month = endMonth + 1;
        employed = rng.chance(420); // straight into the next job, or a gap first
    }
    return life;
}

} // namespace mianshen::demo
