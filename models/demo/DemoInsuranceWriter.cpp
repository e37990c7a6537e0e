#include "demo/DemoInsuranceWriter.h"

#include "demo/CsvFileWriter.h"
#include "demo/DemoWorld.h"

#include <algorithm>
#include <cstring>

namespace mianshen::demo {

using namespace std::string_view_literals;

namespace {
int monthOf(int dayNumber)
{
    const CivilDate d = CivilDate::fromDays(dayNumber);
    return monthIndex(d.year, d.month);
}
} // namespace

void DemoInsuranceWriter::write(const DemoWorld &w, CsvFileWriter &out)
{
    char prefix[64];
    for (std::uint32_t index = 0; index < std::uint32_t(w.personCount()); ++index) {
        const PersonCore p = w.person(index);
        const PersonLife life = w.life(index, p);
        if (life.spellCount == 0)
            continue;
        DemoRandom rng = DemoRandom::forEntity(w.seed(), std::uint64_t(Stream::SocialInsurance), index);
        std::int64_t raise[4];
        for (auto &r : raise)
            r = rng.between(1000, 1080);
        std::int64_t base = life.baseFen2018;
        for (int s = 0; s < life.spellCount; ++s) {
            const Spell &sp = life.spells[std::size_t(s)];
            if (s > 0)
                base = base * rng.between(950, 1250) / 1000;
            if (life.wholeYuanBase)
                base = base / 100 * 100;
            if (sp.endDays != Spell::OpenEnd && sp.endDays < CivilDate::toDays(2018, 1, 1))
                continue;
            const int first = std::max(DemoWorld::FirstMonth, monthOf(sp.startDays));
            const int last = sp.endDays == Spell::OpenEnd ? DemoWorld::LastMonth : std::min(DemoWorld::LastMonth, monthOf(sp.endDays));
            // "id,employer," then per row: month, area, base, type.
            std::memcpy(prefix, p.id.data(), 18);
            prefix[18] = ',';
            const auto employer = w.creditCode(std::uint32_t(sp.employer));
            std::memcpy(prefix + 19, employer.data(), 18);
            prefix[37] = ',';
            const std::string_view head(prefix, 38);
            const std::string_view area = DemoWorld::areaCode(w.enterpriseArea(std::uint32_t(sp.employer)));
            for (int m = first; m <= last; ++m) {
                if (rng.chance(12)) // arrears: the employer did not pay this month
                    continue;
                const int year = m / 12;
                std::int64_t b = base;
                for (int y = 2018; y < year; ++y)
                    b = b * raise[y - 2018] / 1000;
                if (life.wholeYuanBase)
                    b = b / 100 * 100;
                for (int t = 0; t < 2; ++t) {
                    out.plain(head);
                    out.month(m);
                    out.comma();
                    out.plain(area);
                    out.comma();
                    out.money(b);
                    out.plain(t == 0 ? ",pension"sv : ",medical"sv);
                    out.endRow();
                }
            }
        }
    }
}

} // namespace mianshen::demo
