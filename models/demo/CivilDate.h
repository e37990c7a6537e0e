#pragma once

#include <cstdint>

namespace mianshen::demo {

// Proleptic Gregorian dates as a day number (days since 1970-01-01), with
// exact conversion both ways (H. Hinnant's algorithms), for the generator's
// date arithmetic without QDate's overhead.
struct CivilDate final
{
    int year = 1970;
    int month = 1;
    int day = 1;

    static constexpr int toDays(int y, int m, int d)
    {
        y -= m <= 2;
        const int era = (y >= 0 ? y : y - 399) / 400;
        const unsigned yoe = static_cast<unsigned>(y - era * 400);
        const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
        const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + static_cast<int>(doe) - 719468;
    }

    static constexpr CivilDate fromDays(int z)
    {
        z += 719468;
        const int era = (z >= 0 ? z : z - 146096) / 146097;
        const unsigned doe = static_cast<unsigned>(z - era * 146097);
        const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const int y = static_cast<int>(yoe) + era * 400;
        const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const unsigned mp = (5 * doy + 2) / 153;
        const unsigned d = doy - (153 * mp + 2) / 5 + 1;
        const unsigned m = mp < 10 ? mp + 3 : mp - 9;
        return CivilDate{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
    }

    constexpr int days() const { return toDays(year, month, day); }
};

static_assert(CivilDate::toDays(1970, 1, 1) == 0);
static_assert(CivilDate::toDays(2000, 3, 1) - CivilDate::toDays(2000, 2, 28) == 2);
static_assert(CivilDate::fromDays(CivilDate::toDays(2021, 12, 31)).day == 31);

// Month index: year * 12 + (month - 1).
constexpr int monthIndex(int year, int month) { return year * 12 + month - 1; }

} // namespace mianshen::demo
