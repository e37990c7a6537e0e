#include "demo/DemoRecordsWriter.h"

#include "demo/DemoVocabulary.h"
#include "demo/DemoWorld.h"
#include "domain/IdentityCodes.h"

#include <cstdio>
#include <cstring>
#include <functional>
#include <span>
#include <string>

namespace mianshen::demo {

namespace voc = vocabulary;
using namespace std::string_view_literals;
using namespace std::string_literals;

namespace {

constexpr int EndOfData = CivilDate::toDays(2021, 12, 31);

constexpr int days(int y, int m, int d) { return CivilDate::toDays(y, m, d); }
int yearOf(int dayNumber) { return CivilDate::fromDays(dayNumber).year; }
int monthOf(int dayNumber)
{
    const CivilDate d = CivilDate::fromDays(dayNumber);
    return monthIndex(d.year, d.month);
}
int addYears(int dayNumber, int years)
{
    CivilDate d = CivilDate::fromDays(dayNumber);
    d.year += years;
    if (d.month == 2 && d.day == 29)
        d.day = 28;
    return d.days();
}
int randomDay(DemoRandom &rng, int from, int to) { return int(rng.between(from, std::max(from, to))); }

template <typename T>
const T &pick(DemoRandom &rng, std::span<const T> list) { return list[rng.below(list.size())]; }

std::string_view sv(const std::array<char, 18> &a) { return {a.data(), a.size()}; }

} // namespace

class DemoRecordsWriter::Impl final
{
public:
    Impl(const DemoWorld &world, DemoFeedFiles &files)
        : w(world), f(files)
    {
    }

    void run()
    {
        for (std::uint32_t i = 0; i < std::uint32_t(w.personCount()); ++i)
            writePerson(i);
        writeGhostPersonRows();
        for (int i = 0; i < w.enterpriseCount(); ++i)
            writeEnterprise(i);
    }

private:
    CsvFileWriter &out(DemoFeed id) { return *f[std::size_t(id)]; }

    void writePerson(std::uint32_t index)
    {
        const PersonCore p = w.person(index);
        const PersonLife life = w.life(index, p);
        DemoRandom rng = DemoRandom::forEntity(w.seed(), std::uint64_t(Stream::PersonRecords), index);
        const std::string_view id = p.idNumber();
        const CivilDate birth = CivilDate::fromDays(p.birthDays);

        CsvFileWriter &persons = out(Persons);
        persons.plain(id);
        persons.comma();
        persons.text(p.name());
        persons.comma();
        persons.plain(p.male ? "M"sv : "F"sv);
        persons.comma();
        persons.date(p.birthDays);
        persons.comma();
        persons.plain(DemoWorld::areaCode(p.householdArea));
        persons.endRow();

        // Employment records: every job, a few never registered.
        for (int s = 0; s < life.spellCount; ++s) {
            const Spell &sp = life.spells[std::size_t(s)];
            if (rng.chance(40))
                continue;
            CsvFileWriter &e = out(EmploymentRecords);
            e.plain(id);
            e.comma();
            e.plain(sv(w.creditCode(std::uint32_t(sp.employer))));
            e.comma();
            e.date(sp.startDays);
            e.comma();
            if (sp.endDays != Spell::OpenEnd)
                e.date(sp.endDays);
            e.comma();
            e.plain(DemoWorld::areaCode(w.enterpriseArea(std::uint32_t(sp.employer))));
            e.endRow();
        }

        writeEducation(index, p, life, birth, rng);
        const int skill = writeSkills(index, id, life, birth, rng);
        writeTitle(index, id, life, birth, rng);
        const auto talent = writeTalent(id, life, skill, rng);
        const int zoneFirstHomeDate = writeHousing(index, id, p, life, birth, rng);
        const bool firstHomeInZone = zoneFirstHomeDate != 0;
        writeResidence(id, p, life, rng);
        writePublicSector(id, life, birth, rng);
        if (life.deathDays) {
            CsvFileWriter &d = out(DeathRecords);
            d.plain(id);
            d.comma();
            d.date(life.deathDays);
            d.endRow();
        }
        if (rng.chance(4))
            creditRecord(id, "serious_dishonesty"sv, randomDay(rng, days(2016, 1, 1), EndOfData), rng,
                         rng.chance(500) ? "肇庆市中级人民法院"sv : "肇庆市端州区人民法院"sv);
        if (rng.chance(life.spellCount ? 850 : 450))
            personBankAccount(index, p, rng);
        personSubsidies(id, talent, firstHomeInZone, rng);
        personLicences(index, id, life, birth, rng);
        personPayments(id, life, talent, zoneFirstHomeDate, rng);
    }

    void writeEducation(std::uint32_t index, const PersonCore &p, const PersonLife &life, const CivilDate &birth,
                        DemoRandom &rng)
    {
        if (life.education == Education::None)
            return;
        const std::string_view major = pick(rng, voc::majors());
        int year = birth.year + (life.education == Education::Associate ? 21 : 22) + int(rng.below(2));
        auto degree = [&](std::string_view level, char levelDigit, bool overseasPossible, unsigned partTimePm) {
            const bool partTime = rng.chance(partTimePm);
            if (partTime)
                year += int(rng.below(6));
            const int graduation = days(year, 6, 20) + int(rng.below(25));
            if (graduation > EndOfData)
                return false;
            const bool overseas = overseasPossible && !partTime
                && rng.chance(level == "master"sv ? 120 : level == "doctor"sv ? 80 : 20);
            CsvFileWriter &e = out(EducationFeed);
            e.plain(p.idNumber());
            e.comma();
            e.plain(level);
            e.comma();
            e.boolean(!partTime);
            e.comma();
            const voc::School &school = overseas ? pick(rng, voc::overseasUniversities())
                : level == "associate"sv ? pick(rng, voc::colleges()) : pick(rng, voc::universities());
            e.text(school.name);
            e.comma();
            e.text(major);
            e.comma();
            e.date(graduation);
            e.comma();
            if (overseas) {
                e.plain("教留服认"sv);
                e.plain(school.code);
                e.plain("["sv);
                e.integer(year);
                e.plain("]"sv);
                e.zeroPadded(index, 8);
                e.put(levelDigit);
                e.plain("号"sv);
            } else {
                e.plain(school.code);
                e.integer(year);
                e.put(levelDigit);
                e.zeroPadded(index, 8);
            }
            e.comma();
            e.boolean(overseas);
            e.endRow();
            return true;
        };
        if (life.education == Education::Associate) {
            degree("associate"sv, '6', false, 250);
            return;
        }
        if (!degree("bachelor"sv, '5', true, 80) || life.education == Education::Bachelor)
            return;
        year += 3;
        if (!degree("master"sv, '4', true, 150) || life.education == Education::Master)
            return;
        year += 3 + int(rng.below(2));
        degree("doctor"sv, '1', true, 20);
    }

    int writeSkills(std::uint32_t index, std::string_view id, const PersonLife &life, const CivilDate &birth,
                    DemoRandom &rng)
    {
        const bool vocational = life.education <= Education::Associate && life.spellCount > 0;
        if (!rng.chance(vocational ? 180 : 40))
            return 0;
        int best = 9;
        const int count = rng.chance(200) ? 2 : 1;
        std::size_t occupation = rng.below(voc::occupationCodes().size());
        for (int k = 0; k < count; ++k) {
            const auto l = rng.below(100);
            const int level = l < 30 ? 5 : l < 65 ? 4 : l < 87 ? 3 : l < 97 ? 2 : 1;
            best = std::min(best, level);
            const int issued = randomDay(rng, std::max(days(2008, 1, 1), days(birth.year + 20, 1, 1)), EndOfData);
            CsvFileWriter &s = out(SkillCertificates);
            s.plain(id);
            s.comma();
            s.plain(voc::occupationCodes()[(occupation + std::size_t(k)) % voc::occupationCodes().size()]);
            s.comma();
            s.integer(level);
            s.comma();
            s.date(issued);
            s.comma();
            s.put('S');
            s.integer(yearOf(issued));
            s.plain("4412"sv);
            s.integer(level);
            s.zeroPadded(index, 8);
            s.integer(k + 1);
            s.endRow();
        }
        return best == 9 ? 0 : best;
    }

    void writeTitle(std::uint32_t index, std::string_view id, const PersonLife &life, const CivilDate &birth,
                    DemoRandom &rng)
    {
        static constexpr unsigned Chance[5] = {10, 60, 180, 200, 350};
        if (!rng.chance(Chance[int(life.education)]))
            return;
        const auto l = rng.below(100);
        std::string_view level;
        char digit;
        if (life.education == Education::Doctor)
            level = l < 20 ? "senior"sv : l < 60 ? "deputy_senior"sv : "intermediate"sv;
        else if (life.education == Education::Master)
            level = l < 15 ? "deputy_senior"sv : l < 60 ? "intermediate"sv : "junior"sv;
        else
            level = l < 2 ? "senior"sv : l < 10 ? "deputy_senior"sv : l < 45 ? "intermediate"sv : "junior"sv;
        digit = level == "senior"sv ? '1' : level == "deputy_senior"sv ? '2' : level == "intermediate"sv ? '3' : '4';
        const int issued = randomDay(rng, std::max(days(2000, 1, 1), days(birth.year + 26, 1, 1)), EndOfData);
        if (issued > EndOfData)
            return;
        CsvFileWriter &t = out(ProfessionalTitles);
        t.plain(id);
        t.comma();
        t.plain(level);
        t.comma();
        t.plain(pick(rng, voc::titleFields()));
        t.comma();
        t.date(issued);
        t.comma();
        t.plain("ZC"sv);
        t.integer(yearOf(issued));
        t.plain("4412"sv);
        t.put(digit);
        t.zeroPadded(index, 8);
        t.endRow();
    }

    struct Talent
    {
        char category = 0; // 0: none
        int issued = 0;
    };

    Talent writeTalent(std::string_view id, const PersonLife &life, int skillLevel, DemoRandom &rng)
    {
        static constexpr unsigned Chance[5] = {3, 5, 25, 140, 550};
        unsigned chance = Chance[int(life.education)];
        if (skillLevel && skillLevel <= 2)
            chance += 30;
        if (life.everInZone)
            chance += chance / 2;
        if (!rng.chance(chance))
            return {};
        const auto c = rng.below(100);
        char category;
        switch (life.education) {
        case Education::Doctor: category = c < 5 ? 'A' : c < 25 ? 'B' : c < 70 ? 'C' : 'D'; break;
        case Education::Master: category = c < 2 ? 'B' : c < 22 ? 'C' : c < 72 ? 'D' : 'E'; break;
        case Education::Bachelor: category = c < 30 ? 'D' : 'E'; break;
        default: category = c < 10 ? 'D' : 'E'; break;
        }
        const std::string_view issuer = rng.chance(700) ? voc::ZoneArea : voc::CityArea;
        auto row = [&](char cat, int issued) {
            CsvFileWriter &t = out(TalentCertifications);
            t.plain(id);
            t.comma();
            t.put(cat);
            t.comma();
            t.date(issued);
            t.comma();
            t.date(addYears(issued, 3) - 1);
            t.comma();
            t.plain(issuer);
            t.endRow();
        };
        if (rng.chance(120)) // an earlier, expired certification
            row(category == 'E' ? 'E' : char(category + 1), randomDay(rng, days(2014, 1, 1), days(2017, 12, 31)));
        const int issued = randomDay(rng, days(2018, 1, 1), EndOfData);
        row(category, issued);
        return {category, issued};
    }

    // Returns the date of a first home bought in the zone since 2019 (0: none).
    int writeHousing(std::uint32_t index, std::string_view id, const PersonCore &p, const PersonLife &life,
                      const CivilDate &birth, DemoRandom &rng)
    {
        (void)p;
        const int age = 2021 - birth.year;
        const bool zoneFirstHome = life.everInZone && age >= 22 && age <= 45 && rng.chance(120);
        const bool other = !zoneFirstHome && age >= 24 && age <= 60 && rng.chance(life.spellCount ? 60 : 25);
        if (!zoneFirstHome && !other)
            return 0;
        const int contracts = zoneFirstHome ? 1 : (rng.chance(150) ? 2 : 1);
        int firstHomeInZone = 0;
        for (int k = 0; k < contracts; ++k) {
            const bool zone = zoneFirstHome || rng.chance(350);
            const int date = zoneFirstHome ? randomDay(rng, days(2021, 1, 4), days(2021, 12, 28))
                                           : randomDay(rng, days(2016, 1, 1), EndOfData);
            const bool first = zoneFirstHome || (k == 0 && rng.chance(700));
            const std::int64_t areaX100 = rng.between(4500, 16000) + (rng.chance(300) ? 0 : rng.between(1, 99));
            const std::int64_t unitYuan = zone ? rng.between(8500, 12000) : rng.between(6000, 11000);
            const std::int64_t priceFen = areaX100 * unitYuan / 100 * 100;
            const int area = zone ? AreaIndex::Zone : AreaIndex::FirstDistrict + int(rng.below(voc::cityDistricts().size()));
            CsvFileWriter &h = out(HousingTransactions);
            h.plain(id);
            h.comma();
            h.plain("YS"sv);
            h.integer(yearOf(date));
            h.plain("4412"sv);
            h.zeroPadded(index, 8);
            h.integer(k + 1);
            h.comma();
            h.date(date);
            h.comma();
            h.plain(DemoWorld::areaCode(area));
            h.comma();
            h.hundredths(areaX100);
            h.comma();
            h.money(priceFen);
            h.comma();
            h.boolean(first);
            h.comma();
            const int registered = date + int(rng.between(60, 400));
            if (registered <= EndOfData && !rng.chance(80))
                h.date(registered);
            h.endRow();
            if (zone && first && yearOf(date) >= 2019)
                firstHomeInZone = date;
        }
        return firstHomeInZone;
    }

    void writeResidence(std::string_view id, const PersonCore &p, const PersonLife &life, DemoRandom &rng)
    {
        if (!p.migrant || DemoWorld::isLocalArea(p.householdArea) || life.spellCount == 0 || !rng.chance(700))
            return;
        const Spell *local = nullptr;
        for (int s = 0; s < life.spellCount; ++s)
            if (DemoWorld::isLocalArea(w.enterpriseArea(std::uint32_t(life.spells[std::size_t(s)].employer)))) {
                local = &life.spells[std::size_t(s)];
                break;
            }
        if (!local)
            return;
        const int area = w.enterpriseArea(std::uint32_t(local->employer));
        int issue = std::max(local->startDays + int(rng.between(10, 60)), days(2017, 1, 1) + int(rng.below(300)));
        while (issue <= EndOfData) {
            CsvFileWriter &r = out(ResidencePermits);
            r.plain(id);
            r.comma();
            r.plain(DemoWorld::areaCode(area));
            r.comma();
            r.date(issue);
            r.comma();
            r.date(addYears(issue, 1) - 1);
            r.endRow();
            issue = addYears(issue, 1) - int(rng.below(20));
            if (rng.chance(150))
                break;
        }
    }

    void writePublicSector(std::string_view id, const PersonLife &life, const CivilDate &birth, DemoRandom &rng)
    {
        if (!life.publicSector)
            return;
        static constexpr int OrgArea[10] = {0, 0, 2, 0, 2, 0, 2, 0, 0, 9};
        const std::size_t org = rng.below(voc::publicOrganisations().size());
        const int since = randomDay(rng, days(birth.year + 22, 7, 1), std::min(days(birth.year + 32, 7, 1), EndOfData));
        CsvFileWriter &s = out(PublicSectorStaff);
        s.plain(id);
        s.comma();
        s.text(voc::publicOrganisations()[org]);
        s.comma();
        s.plain(DemoWorld::areaCode(OrgArea[org]));
        s.comma();
        s.date(since);
        s.comma();
        if (rng.chance(80))
            s.date(randomDay(rng, std::max(since + 365, days(2018, 1, 1)), EndOfData));
        s.endRow();
    }

    void creditRecord(std::string_view subject, std::string_view list, int listed, DemoRandom &rng,
                      std::string_view authority)
    {
        if (listed > EndOfData)
            return;
        CsvFileWriter &c = out(CreditRecords);
        c.plain(subject);
        c.comma();
        c.plain(list);
        c.comma();
        c.date(listed);
        c.comma();
        const int removed = listed + int(rng.between(60, 900));
        if (rng.chance(450) && removed <= EndOfData)
            c.date(removed);
        c.comma();
        c.text(authority);
        c.endRow();
    }

    void bankAccount(std::string_view subject, std::string_view name, std::uint64_t number, int digits,
                     DemoRandom &rng)
    {
        CsvFileWriter &b = out(BankAccounts);
        b.plain(subject);
        b.comma();
        b.text(pick(rng, voc::banks()));
        b.comma();
        b.zeroPadded(number, digits);
        b.comma();
        b.text(name);
        b.comma();
        b.boolean(!rng.chance(50));
        b.comma();
        b.date(randomDay(rng, days(2012, 1, 1), EndOfData));
        b.endRow();
    }

    void personBankAccount(std::uint32_t index, const PersonCore &p, DemoRandom &rng)
    {
        std::string name(p.name());
        if (rng.chance(10)) { // the account holder's name does not match the registry
            const auto given = p.male ? voc::maleGivenCharacters() : voc::femaleGivenCharacters();
            name.resize(p.surnameLength);
            name += given[rng.below(given.size())];
            name += "某"sv;
        }
        // Social security card accounts: 19 digits, UnionPay "62" + issuer + account.
        (void)index;
        const std::uint64_t number = 6200000000000000000ULL + rng.below(100000000000000000ULL);
        bankAccount(p.idNumber(), name, number, 19, rng);
    }

    void subsidy(std::string_view subject, std::string_view code, std::string_view name, int year,
                 std::int64_t fen, DemoRandom &rng)
    {
        CsvFileWriter &s = out(ExternalSubsidies);
        s.plain(subject);
        s.comma();
        s.plain(code);
        s.comma();
        s.text(name);
        s.comma();
        s.integer(year);
        s.comma();
        s.money(fen);
        s.comma();
        s.date(randomDay(rng, days(year, 3, 1), days(year, 12, 20)));
        s.endRow();
    }

    void personSubsidies(std::string_view id, const Talent &talent, bool firstHomeInZone, DemoRandom &rng)
    {
        if (talent.category && rng.chance(400)) {
            for (int y = std::max(2019, yearOf(talent.issued)); y <= 2021; ++y)
                if (rng.chance(700))
                    subsidy(id, "ZQ-TALENT-HOUSING"sv, "肇庆市人才安居补贴"sv, y, rng.between(200, 600) * 10000, rng);
        }
        if (rng.chance(15))
            subsidy(id, "GD-FLEX-EMPLOYMENT"sv, "灵活就业人员社会保险补贴"sv, int(rng.between(2018, 2021)),
                    rng.between(100000, 500000), rng);
        if (firstHomeInZone && rng.chance(300))
            subsidy(id, "ZQ-HOME-DEED-TAX"sv, "肇庆市首套住房契税补贴"sv, 2021, rng.between(300000, 1500000), rng);
    }

    void licence(std::string_view subject, std::string_view type, int issued, int expiry, std::string_view issuer,
                 const std::function<void(CsvFileWriter &)> &number)
    {
        CsvFileWriter &l = out(ELicences);
        l.plain(subject);
        l.comma();
        l.plain(type);
        l.comma();
        number(l);
        l.comma();
        l.date(issued);
        l.comma();
        if (expiry)
            l.date(expiry);
        l.comma();
        l.text(issuer);
        l.endRow();
    }

    void personLicences(std::uint32_t index, std::string_view id, const PersonLife &life, const CivilDate &birth,
                        DemoRandom &rng)
    {
        if (life.education < Education::Associate || !rng.chance(30))
            return;
        const int issued = randomDay(rng, days(std::max(2005, birth.year + 23), 1, 1), EndOfData);
        if (issued > EndOfData)
            return;
        const auto t = rng.below(3);
        static constexpr std::string_view Types[3] = {"teacher_qualification"sv, "medical_practitioner"sv, "real_estate_agent"sv};
        static constexpr std::string_view Issuers[3] = {"肇庆市教育局"sv, "广东省卫生健康委员会"sv, "肇庆市住房和城乡建设局"sv};
        static constexpr std::string_view Prefix[3] = {"JS"sv, "YS"sv, "FJ"sv};
        licence(id, Types[t], issued, t == 2 ? addYears(issued, 3) - 1 : 0, Issuers[t], [&](CsvFileWriter &l) {
            l.plain(Prefix[t]);
            l.integer(yearOf(issued));
            l.plain("4412"sv);
            l.zeroPadded(index, 8);
        });
    }

    void payment(std::string_view policy, std::string_view subject, int period, std::int64_t fen, int paid)
    {
        CsvFileWriter &p = out(PaymentHistory);
        p.plain(policy);
        p.comma();
        p.plain(subject);
        p.comma();
        if (period >= 0)
            p.month(period);
        p.comma();
        p.money(fen);
        p.comma();
        p.date(paid);
        p.endRow();
    }

    // Payments the bureau made by hand under the shipped policies before this
    // program (policies effective from 2021-01; history up to 2021-06).
    static constexpr int HistoryFirst = monthIndex(2021, 1);
    static constexpr int HistoryLast = monthIndex(2021, 6);
    static int paidDay(int period, int day) { return days((period + 1) / 12, (period + 1) % 12 + 1, day); }

    void personPayments(std::string_view id, const PersonLife &life, const Talent &talent, int zoneFirstHomeDate,
                        DemoRandom &rng)
    {
        // TALENT-LIVING: monthly living allowance by talent grade.
        if (talent.category && life.everInZone && talent.issued <= days(2021, 6, 30) && rng.chance(600)) {
            static constexpr std::int64_t Monthly[5] = {1000000, 600000, 300000, 150000, 80000};
            const std::int64_t fen = Monthly[talent.category - 'A'];
            for (int m = std::max(monthOf(talent.issued), HistoryFirst); m <= HistoryLast; ++m)
                payment("TALENT-LIVING"sv, id, m, fen, paidDay(m, 10));
        }
        // TALENT-HOME: one-off home purchase subsidy by degree (no period).
        const bool talented = talent.category || life.education >= Education::Bachelor;
        if (zoneFirstHomeDate >= days(2021, 1, 1) && talented && zoneFirstHomeDate <= days(2021, 6, 30) && rng.chance(500)) {
            static constexpr std::int64_t ByDegree[5] = {2000000, 2000000, 3000000, 5000000, 10000000};
            payment("TALENT-HOME"sv, id, -1, ByDegree[int(life.education)],
                    randomDay(rng, zoneFirstHomeDate + 30, zoneFirstHomeDate + 120));
        }
    }

    // PATENT-INVENTION / -UTILITY / -DESIGN / -PCT: per item granted (filed)
    // in the month, paid by hand to some zone enterprises.
    void enterprisePayments(std::string_view code, const Enterprise &e, DemoRandom &rng)
    {
        if (e.area != AreaIndex::Zone || e.status != 0 || !rng.chance(600))
            return;
        struct Policy { std::string_view code; std::int64_t perItemFen; };
        static constexpr Policy Policies[4] = {{"PATENT-INVENTION"sv, 500000}, {"PATENT-UTILITY"sv, 100000},
                                               {"PATENT-DESIGN"sv, 50000}, {"PATENT-PCT"sv, 1000000}};
        for (int p = 0; p < 4; ++p) {
            for (int m = HistoryFirst; m <= HistoryLast; ++m) {
                const int items = m_historyItems[std::size_t(p)][std::size_t(m - HistoryFirst)];
                if (items)
                    payment(Policies[p].code, code, m, Policies[p].perItemFen * items, paidDay(m, 15));
            }
        }
    }

    // Rows about people who are not (yet) in the persons registry.
    void writeGhostPersonRows()
    {
        for (int k = 0; k < 5; ++k) {
            const std::uint32_t index = std::uint32_t(w.personCount() + k);
            const PersonCore p = w.person(index);
            DemoRandom rng = DemoRandom::forEntity(w.seed(), std::uint64_t(Stream::PersonRecords), index);
            PersonLife life;
            life.everInZone = true;
            writeHousing(index, p.idNumber(), p, life, CivilDate{1990, 1, 1}, rng);
            const int issued = randomDay(rng, days(2019, 1, 1), EndOfData);
            CsvFileWriter &t = out(TalentCertifications);
            t.plain(p.idNumber());
            t.plain(",E,"sv);
            t.date(issued);
            t.comma();
            t.date(addYears(issued, 3) - 1);
            t.comma();
            t.plain(voc::ZoneArea);
            t.endRow();
        }
    }

    void writeEnterprise(int index)
    {
        const Enterprise &e = w.enterprise(index);
        DemoRandom rng = DemoRandom::forEntity(w.seed(), std::uint64_t(Stream::EnterpriseRecords), std::uint64_t(index));
        const std::string_view code = e.creditCode();
        const std::string name = w.enterpriseName(index);
        const voc::Industry &industry = voc::industries()[e.industry];
        const int founded = yearOf(e.established);
        const bool active = e.status == 0;
        const int lastYear = active ? 2021 : 2019;

        CsvFileWriter &r = out(Enterprises);
        r.plain(code);
        r.comma();
        r.text(name);
        r.comma();
        r.plain(w.person(e.legalRep).idNumber());
        r.comma();
        r.plain(DemoWorld::areaCode(e.area));
        r.comma();
        r.date(e.established);
        r.comma();
        static constexpr std::string_view Status[3] = {"active"sv, "revoked"sv, "deregistered"sv};
        static constexpr std::string_view Size[4] = {"micro"sv, "small"sv, "medium"sv, "large"sv};
        r.plain(Status[e.status]);
        r.comma();
        r.plain(industry.code);
        r.comma();
        r.plain(Size[e.size]);
        r.endRow();

        m_historyItems = {};
        const int inventions = writePatents(index, e, industry, rng);
        writePct(code, e, inventions, rng);
        const int highTechYear = writeHighTech(code, e, industry, rng);

        // Taxes and annual reports (reports for 2018-2020; 2021's are due in 2022).
        static constexpr std::int64_t TaxYuan[4][2] = {{0, 80000}, {80000, 1200000}, {1000000, 12000000}, {10000000, 200000000}};
        static constexpr std::int64_t RevenueYuan[4][2] = {{50000, 3000000}, {3000000, 30000000}, {20000000, 300000000}, {300000000, 5000000000}};
        static constexpr std::int64_t Employees[4][2] = {{1, 9}, {10, 99}, {100, 999}, {1000, 6000}};
        const bool branch = !e.individual && e.size >= 2 && rng.chance(150);
        const int branchArea = AreaIndex::FirstDistrict + int(rng.below(voc::cityDistricts().size()));
        for (int y = std::max(2018, founded); y <= lastYear; ++y) {
            for (int b = 0; b < (branch && branchArea != e.area ? 2 : 1); ++b) {
                CsvFileWriter &t = out(TaxPayments);
                t.plain(code);
                t.comma();
                t.integer(y);
                t.comma();
                t.plain(DemoWorld::areaCode(b ? branchArea : e.area));
                t.comma();
                const bool none = e.size == 0 && rng.chance(150);
                t.money(none ? 0 : rng.between(TaxYuan[e.size][0], TaxYuan[e.size][1]) * 100 + rng.between(0, 99));
                t.endRow();
            }
        }
        for (int y = std::max(2018, founded); y <= std::min(2020, lastYear); ++y) {
            if (rng.chance(60)) { // no report: listed for abnormal operations
                creditRecord(code, "abnormal_operations"sv, days(y + 1, 7, 1) + int(rng.below(60)), rng,
                             "肇庆市市场监督管理局"sv);
                continue;
            }
            const std::int64_t revenue = rng.between(RevenueYuan[e.size][0], RevenueYuan[e.size][1]) * 100;
            CsvFileWriter &a = out(AnnualReports);
            a.plain(code);
            a.comma();
            a.integer(y);
            a.comma();
            a.money(revenue);
            a.comma();
            a.integer(rng.between(Employees[e.size][0], Employees[e.size][1]));
            a.comma();
            a.money(industry.technology ? revenue / 1000 * rng.between(30, 90) : (rng.chance(200) ? revenue / 1000 * rng.between(1, 5) : 0));
            a.endRow();
        }
        if (rng.chance(5))
            creditRecord(code, "serious_dishonesty"sv, randomDay(rng, days(2016, 1, 1), EndOfData), rng, "肇庆市中级人民法院"sv);
        if (rng.chance(10))
            creditRecord(code, "major_tax_violation"sv, randomDay(rng, days(2016, 1, 1), EndOfData), rng,
                         "国家税务总局肇庆市税务局"sv);

        if (rng.chance(880)) {
            std::string accountName = name;
            if (rng.chance(10)) // renamed without updating the bank
                accountName = "肇庆"s + std::string(voc::tradeNameCharacters()[rng.below(voc::tradeNameCharacters().size())]) + "实业有限公司"s;
            const int digits = int(rng.between(14, 22));
            std::uint64_t number = 44;
            for (int d = 2; d < digits && d < 18; ++d)
                number = number * 10 + rng.below(10);
            if (digits > 18) {
                // Longer accounts: the first 18 digits, then the rest written separately.
                CsvFileWriter &b = out(BankAccounts);
                b.plain(code);
                b.comma();
                b.text(pick(rng, voc::banks()));
                b.comma();
                b.zeroPadded(number, 18);
                b.zeroPadded(rng.below(10000), digits - 18);
                b.comma();
                b.text(accountName);
                b.comma();
                b.boolean(!rng.chance(60));
                b.comma();
                b.date(randomDay(rng, std::max(e.established, days(2012, 1, 1)), EndOfData));
                b.endRow();
            } else {
                bankAccount(code, accountName, number, digits, rng);
            }
        }

        if (industry.technology && !e.individual && rng.chance(200))
            subsidy(code, "GD-RD-SUBSIDY"sv, "广东省企业研究开发财政补助"sv, int(rng.between(std::max(2019, founded), 2021)),
                    rng.between(50000, 3000000) * 100, rng);
        if (highTechYear >= 2018 && rng.chance(600))
            subsidy(code, "ZQ-HIGHTECH-AWARD"sv, "肇庆市高新技术企业认定奖励"sv, highTechYear, rng.between(10, 30) * 1000000, rng);
        if (active && !e.individual && rng.chance(100))
            subsidy(code, "GD-JOB-STABILITY"sv, "失业保险稳岗返还"sv, int(rng.between(2020, 2021)), rng.between(1000, 200000) * 100, rng);

        writeEnterpriseLicences(index, e, industry, rng);

        enterprisePayments(code, e, rng);
    }

    // Returns the number of granted invention patents (before 2021).
    int writePatents(int index, const Enterprise &e, const voc::Industry &industry, DemoRandom &rng)
    {
        if (e.individual)
            return 0;
        static constexpr int Expected[2][4] = {{1, 2, 20, 80}, {12, 40, 150, 600}}; // tenths
        const int expected = Expected[industry.technology ? 1 : 0][e.size];
        const int count = int(rng.below(std::uint64_t(2 * expected + 10)) / 10);
        const int firstYear = std::max(2008, yearOf(e.established));
        int inventions = 0;
        for (int k = 0; k < count; ++k) {
            if (firstYear > 2021)
                break;
            const auto kd = rng.below(100);
            int kind = industry.technology ? (kd < 35 ? 1 : kd < 85 ? 2 : 3) : (kd < 10 ? 1 : kd < 65 ? 2 : 3);
            if (kind == 1 && rng.chance(40))
                kind = 8;
            else if (kind == 2 && rng.chance(10))
                kind = 9;
            const int year = int(rng.between(firstYear, 2021));
            const int applied = randomDay(rng, std::max(days(year, 1, 2), e.established + 30), days(year, 12, 30));
            if (yearOf(applied) != year)
                continue;
            const bool invention = kind == 1 || kind == 8;
            const int granted = applied + (invention ? int(rng.between(540, 1300)) : kind == 3 ? int(rng.between(120, 270)) : int(rng.between(150, 360)));
            if (granted > EndOfData)
                continue;
            std::uint32_t &counter = m_patentSerial[std::size_t(year - 2000)][std::size_t(kind)];
            if (counter == 0)
                counter = std::uint32_t(100000 + rng.below(400000));
            counter += 1 + std::uint32_t(rng.below(40));
            char digits[16];
            std::snprintf(digits, sizeof digits, "%04d%d%07u", year, kind, counter % 10000000u);
            const char check = *domain::identity::patentCheckCharacter(std::string_view(digits, 12));
            const bool old = granted < days(2012, 1, 1);
            const auto st = rng.below(100);
            const std::string_view status = (old && kind != 1 && kind != 8) || st >= 96 ? (st % 5 == 0 ? "invalidated"sv : "lapsed"sv)
                : st < 84 ? "valid"sv : st < 96 ? "lapsed"sv : "invalidated"sv;
            CsvFileWriter &p = out(Patents);
            p.plain("ZL"sv);
            p.plain(std::string_view(digits, 12));
            p.put('.');
            p.put(check);
            p.comma();
            p.plain(domain::identity::patentKindForDigit(kind));
            p.comma();
            std::string title;
            if (kind == 3) {
                title = pick(rng, voc::designProducts());
            } else if (rng.chance(10)) {
                title = "一种基于\"互联网+\"的"s + std::string(pick(rng, voc::patentSubjects())) + "管理系统, 方法及装置"s;
            } else {
                title = "一种"s + std::string(pick(rng, voc::patentSubjects())) + std::string(pick(rng, voc::patentInventionForms()));
            }
            p.text(title);
            p.comma();
            p.plain(rng.chance(3) ? sv(w.creditCode(std::uint32_t(w.enterpriseCount() + int(rng.below(DemoWorld::GhostEnterprises)))))
                                  : e.creditCode());
            p.comma();
            p.date(applied);
            p.comma();
            p.date(granted);
            p.comma();
            p.plain(status);
            p.endRow();
            if (invention && granted < days(2021, 1, 1))
                ++inventions;
            const int grantMonth = monthOf(granted);
            if (status == "valid"sv && grantMonth >= HistoryFirst && grantMonth <= HistoryLast)
                ++m_historyItems[invention ? 0 : kind == 3 ? 2 : 1][std::size_t(grantMonth - HistoryFirst)];
        }
        (void)index;
        return inventions;
    }

    void writePct(std::string_view code, const Enterprise &e, int inventions, DemoRandom &rng)
    {
        if (inventions < 2 || !rng.chance(300))
            return;
        const int count = 1 + int(rng.below(3));
        for (int k = 0; k < count; ++k) {
            const int year = int(rng.between(std::max(2015, yearOf(e.established)), 2021));
            std::uint32_t &counter = m_pctSerial[std::size_t(year - 2000)];
            if (counter == 0)
                counter = std::uint32_t(50000 + rng.below(30000));
            counter += 1 + std::uint32_t(rng.below(20));
            const int filed = randomDay(rng, days(year, 1, 5), days(year, 12, 28));
            if (monthOf(filed) >= HistoryFirst && monthOf(filed) <= HistoryLast)
                ++m_historyItems[3][std::size_t(monthOf(filed) - HistoryFirst)];
            CsvFileWriter &p = out(PctApplications);
            p.plain("PCT/CN"sv);
            p.integer(year);
            p.put('/');
            p.zeroPadded(counter % 1000000u, 6);
            p.comma();
            p.plain(code);
            p.comma();
            p.date(filed);
            p.comma();
            const int published = filed + 548 + int(rng.below(30));
            if (published <= EndOfData)
                p.date(published);
            p.endRow();
        }
    }

    // Returns the latest certification year (0: none).
    int writeHighTech(std::string_view code, const Enterprise &e, const voc::Industry &industry, DemoRandom &rng)
    {
        if (e.individual || !industry.technology || !rng.chance(e.area == AreaIndex::Zone ? 450 : 300))
            return 0;
        if (yearOf(e.established) + 1 > 2021)
            return 0;
        int year = int(rng.between(std::max(2013, yearOf(e.established) + 1), 2021));
        int latest = 0;
        while (year <= 2021) {
            std::uint32_t &counter = m_highTechSerial[std::size_t(year - 2000)];
            if (counter == 0)
                counter = std::uint32_t(rng.below(500));
            counter += 1 + std::uint32_t(rng.below(5));
            const int issued = randomDay(rng, days(year, 11, 1), days(year, 12, 28));
            CsvFileWriter &h = out(HighTechCertifications);
            h.plain(code);
            h.comma();
            h.plain("GR"sv);
            h.integer(year);
            h.plain("44"sv);
            h.zeroPadded(counter, 6);
            h.comma();
            h.date(issued);
            h.comma();
            h.date(addYears(issued, 3) - 1);
            h.endRow();
            latest = year;
            if (!rng.chance(700))
                break;
            year += 3;
        }
        return latest;
    }

    void writeEnterpriseLicences(int index, const Enterprise &e, const voc::Industry &industry, DemoRandom &rng)
    {
        const std::string_view code = e.creditCode();
        const int issued = randomDay(rng, std::max(e.established, days(2015, 1, 1)), EndOfData);
        const std::string_view ic = industry.code;
        if (ic == "H6210"sv || ic == "C1469"sv || (e.individual && rng.chance(500))) {
            const bool production = ic == "C1469"sv;
            licence(code, production ? "food_production"sv : "food_business"sv, issued, addYears(issued, 5) - 1,
                    "肇庆市市场监督管理局"sv, [&](CsvFileWriter &l) {
                        l.plain(production ? "SC1"sv : "JY2"sv);
                        l.plain("4412"sv);
                        l.zeroPadded(std::uint64_t(index), 8);
                        l.integer(int(rng.below(10)));
                    });
        } else if (ic == "E4910"sv || ic == "K7010"sv) {
            licence(code, "construction_qualification"sv, issued, rng.chance(200) ? 0 : addYears(issued, 5) - 1,
                    "肇庆市住房和城乡建设局"sv, [&](CsvFileWriter &l) {
                        l.plain("D244"sv);
                        l.zeroPadded(std::uint64_t(index), 8);
                    });
        } else if (ic[0] == 'C' && !e.individual && rng.chance(400)) {
            licence(code, "pollutant_discharge"sv, issued, addYears(issued, 5) - 1, "肇庆市生态环境局"sv,
                    [&](CsvFileWriter &l) {
                        l.plain(code);
                        l.plain("001P"sv);
                    });
        } else if (ic == "C2710"sv || ic == "C3581"sv) {
            licence(code, "drug_or_device_manufacturing"sv, issued, addYears(issued, 5) - 1, "广东省药品监督管理局"sv,
                    [&](CsvFileWriter &l) {
                        l.plain("粤"sv);
                        l.integer(yearOf(issued));
                        l.zeroPadded(std::uint64_t(index), 8);
                    });
        }
    }

    const DemoWorld &w;
    DemoFeedFiles &f;
    std::array<std::array<std::uint32_t, 10>, 30> m_patentSerial{};
    std::array<std::uint32_t, 30> m_pctSerial{};
    std::array<std::uint32_t, 30> m_highTechSerial{};
    // Per policy (invention, utility, design, PCT) and month 2021-01..06: items of the current enterprise.
    std::array<std::array<int, 6>, 4> m_historyItems{};
};

DemoRecordsWriter::DemoRecordsWriter(const DemoWorld &world, DemoFeedFiles &files)
    : d(std::make_unique<Impl>(world, files))
{
}

DemoRecordsWriter::~DemoRecordsWriter() = default;

void DemoRecordsWriter::run()
{
    d->run();
}

} // namespace mianshen::demo
