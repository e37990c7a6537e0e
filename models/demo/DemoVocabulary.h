#pragma once

#include <span>
#include <string_view>

// Word lists of the demo district: names, places, schools, industries.
// Real Chinese surnames (weighted roughly by frequency), given-name
// characters, universities, GB/T 2260 area codes and GB/T 4754 industries.
namespace mianshen::demo::vocabulary {

struct WeightedWord
{
    std::string_view word;
    int weight;
};

struct Industry
{
    std::string_view code; // GB/T 4754
    std::string_view word; // as it appears in a company name
    bool technology;       // patents, R&D, high-tech certification likely
};

struct School
{
    std::string_view name;
    std::string_view code; // 5-digit national school code (overseas: country tag)
};

// The development zone and its surroundings.
inline constexpr std::string_view ZoneArea = "441200-GX";
inline constexpr std::string_view CityArea = "441200";
// City districts and counties (441200 Zhaoqing).
std::span<const std::string_view> cityDistricts();
// Nearby cities (Guangzhou, Foshan, Shenzhen, Dongguan, Yunfu, Jiangmen).
std::span<const std::string_view> nearbyCities();
// Home areas of people who moved here (other provinces and cities).
std::span<const std::string_view> migrantHomeAreas();

std::span<const WeightedWord> surnames();
std::span<const std::string_view> maleGivenCharacters();
std::span<const std::string_view> femaleGivenCharacters();

std::span<const std::string_view> tradeNameCharacters();
std::span<const Industry> industries();
std::span<const std::string_view> individualBusinessWords();

std::span<const School> universities();
std::span<const School> colleges(); // associate degrees
std::span<const School> overseasUniversities();
std::span<const std::string_view> majors();

std::span<const std::string_view> occupationCodes();
std::span<const std::string_view> titleFields();
std::span<const std::string_view> publicOrganisations();
std::span<const std::string_view> banks();

std::span<const std::string_view> patentSubjects();
std::span<const std::string_view> patentInventionForms();
std::span<const std::string_view> designProducts();

} // namespace mianshen::demo::vocabulary
