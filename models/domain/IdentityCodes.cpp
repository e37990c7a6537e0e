#include "domain/IdentityCodes.h"

#include <array>
#include <ctime>

namespace mianshen::domain::identity {

namespace {

constexpr std::array<int, 17> IdWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view IdCheckChars = "10X98765432";
constexpr std::array<int, 17> CreditWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::array<int, 12> PatentWeights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

// Lookup table: credit code character value or -1.
constexpr std::array<std::int8_t, 128> makeCreditTable()
{
    std::array<std::int8_t, 128> table{};
    for (auto &v : table)
        v = -1;
    for (std::size_t i = 0; i < CreditCodeAlphabet.size(); ++i)
        table[static_cast<unsigned char>(CreditCodeAlphabet[i])] = static_cast<std::int8_t>(i);
    return table;
}
constexpr auto CreditTable = makeCreditTable();

// Uniform access to a character of either view as a code point (UTF-16 code
// units are enough: every valid character is ASCII).
inline char32_t at(std::string_view s, qsizetype i) { return static_cast<unsigned char>(s[std::size_t(i)]); }
inline char32_t at(QStringView s, qsizetype i) { return s[i].unicode(); }
inline qsizetype len(std::string_view s) { return qsizetype(s.size()); }
inline qsizetype len(QStringView s) { return s.size(); }

inline std::string_view sub(std::string_view s, qsizetype from, qsizetype n) { return s.substr(std::size_t(from), std::size_t(n)); }
inline QStringView sub(QStringView s, qsizetype from, qsizetype n) { return s.sliced(from, n); }

inline bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

template <typename View>
std::optional<char> idCheck(View body)
{
    if (len(body) != 17)
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const char32_t c = at(body, i);
        if (!isDigit(c))
            return std::nullopt;
        sum += int(c - U'0') * IdWeights[std::size_t(i)];
    }
    return IdCheckChars[std::size_t(sum % 11)];
}

template <typename View>
int digitsValue(View s, qsizetype from, qsizetype count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i)
        v = v * 10 + int(at(s, i) - U'0');
    return v;
}

template <typename View>
QDate birthDate(View code)
{
    if (len(code) < 14)
        return {};
    for (qsizetype i = 6; i < 14; ++i)
        if (!isDigit(at(code, i)))
            return {};
    const int y = digitsValue(code, 6, 4);
    const int m = digitsValue(code, 10, 2);
    const int d = digitsValue(code, 12, 2);
    if (!QDate::isValid(y, m, d))
        return {};
    return QDate(y, m, d);
}

template <typename View>
std::optional<bool> isMale(View code)
{
    if (len(code) < 17 || !isDigit(at(code, 16)))
        return std::nullopt;
    return (int(at(code, 16) - U'0') % 2) == 1;
}

// Today (UTC) as yyyymmdd: the latest birth date an id number can hold when
// no delivery date is given. Cheap (no locale, no allocation).
int todayKey()
{
    const std::time_t now = std::time(nullptr);
    // days since 1970-01-01 -> civil date (H. Hinnant)
    std::int64_t z = std::int64_t(now / 86400) + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = std::int64_t(yoe) + era * 400 + (m <= 2);
    return int(y * 10000 + m * 100 + d);
}

// GB 11643: a birth date from 1900-01-01 up to the delivery date.
template <typename View>
bool birthDateInRange(View code, int latestKey)
{
    const QDate b = birthDate(code);
    if (!b.isValid() || b.year() < 1900)
        return false;
    return b.year() * 10000 + b.month() * 100 + b.day() <= latestKey;
}

template <typename View>
CodeProblem checkId(View code, int latestKey = 0)
{
    if (len(code) != IdNumberLength)
        return CodeProblem::Length;
    for (qsizetype i = 0; i < 17; ++i)
        if (!isDigit(at(code, i)))
            return CodeProblem::Character;
    char32_t last = at(code, 17);
    if (last == U'x')
        last = U'X';
    if (!isDigit(last) && last != U'X')
        return CodeProblem::Character;
    const auto expected = idCheck(sub(code, 0, 17));
    if (!expected || char32_t(static_cast<unsigned char>(*expected)) != last)
        return CodeProblem::CheckCharacter;
    if (!birthDateInRange(code, latestKey > 0 ? latestKey : todayKey()))
        return CodeProblem::BirthDate;
    return CodeProblem::None;
}

template <typename View>
std::optional<char> creditCheck(View body)
{
    if (len(body) != 17)
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int v = creditCodeCharValue(at(body, i));
        if (v < 0)
            return std::nullopt;
        sum += v * CreditWeights[std::size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return CreditCodeAlphabet[std::size_t(check)];
}

template <typename View>
CodeProblem checkCredit(View code)
{
    if (len(code) != CreditCodeLength)
        return CodeProblem::Length;
    for (qsizetype i = 0; i < 18; ++i)
        if (creditCodeCharValue(at(code, i)) < 0)
            return CodeProblem::Character;
    const auto expected = creditCheck(sub(code, 0, 17));
    if (!expected || char32_t(static_cast<unsigned char>(*expected)) != at(code, 17))
        return CodeProblem::CheckCharacter;
    return CodeProblem::None;
}

template <typename View>
std::optional<char> patentCheck(View digits)
{
    if (len(digits) != 12)
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < 12; ++i) {
        const char32_t c = at(digits, i);
        if (!isDigit(c))
            return std::nullopt;
        sum += int(c - U'0') * PatentWeights[std::size_t(i)];
    }
    const int check = sum % 11;
    return check == 10 ? 'X' : char('0' + check);
}

template <typename View>
bool patentShape(View code)
{
    if (len(code) != PatentNumberLength || at(code, 0) != U'Z' || at(code, 1) != U'L' || at(code, 14) != U'.')
        return false;
    for (qsizetype i = 2; i < 14; ++i)
        if (!isDigit(at(code, i)))
            return false;
    const char32_t last = at(code, 15);
    return isDigit(last) || last == U'X';
}

template <typename View>
CodeProblem checkPatent(View code)
{
    if (len(code) != PatentNumberLength)
        return CodeProblem::Length;
    if (!patentShape(code))
        return CodeProblem::Character;
    const auto expected = patentCheck(sub(code, 2, 12));
    if (!expected || char32_t(static_cast<unsigned char>(*expected)) != at(code, 15))
        return CodeProblem::CheckCharacter;
    return CodeProblem::None;
}

template <typename View>
int kindDigit(View code)
{
    return patentShape(code) ? int(at(code, 6) - U'0') : -1;
}

} // namespace

std::optional<char> idNumberCheckCharacter(std::string_view body17) { return idCheck(body17); }
std::optional<char> idNumberCheckCharacter(QStringView body17) { return idCheck(body17); }
CodeProblem checkIdNumber(std::string_view code) { return checkId(code); }
CodeProblem checkIdNumber(QStringView code) { return checkId(code); }
namespace {
int keyOf(QDate d) { return d.isValid() ? d.year() * 10000 + d.month() * 100 + d.day() : 0; }
}
CodeProblem checkIdNumber(std::string_view code, QDate delivered) { return checkId(code, keyOf(delivered)); }
CodeProblem checkIdNumber(QStringView code, QDate delivered) { return checkId(code, keyOf(delivered)); }
QDate idNumberBirthDate(std::string_view code) { return birthDate(code); }
QDate idNumberBirthDate(QStringView code) { return birthDate(code); }
std::optional<bool> idNumberIsMale(std::string_view code) { return isMale(code); }
std::optional<bool> idNumberIsMale(QStringView code) { return isMale(code); }

int creditCodeCharValue(char32_t c)
{
    return c < 128 ? CreditTable[std::size_t(c)] : -1;
}
std::optional<char> creditCodeCheckCharacter(std::string_view body17) { return creditCheck(body17); }
std::optional<char> creditCodeCheckCharacter(QStringView body17) { return creditCheck(body17); }
CodeProblem checkCreditCode(std::string_view code) { return checkCredit(code); }
CodeProblem checkCreditCode(QStringView code) { return checkCredit(code); }

std::optional<char> patentCheckCharacter(std::string_view digits12) { return patentCheck(digits12); }
std::optional<char> patentCheckCharacter(QStringView digits12) { return patentCheck(digits12); }
CodeProblem checkPatentNumber(std::string_view code) { return checkPatent(code); }
CodeProblem checkPatentNumber(QStringView code) { return checkPatent(code); }
int patentKindDigit(std::string_view code) { return kindDigit(code); }
int patentKindDigit(QStringView code) { return kindDigit(code); }

std::string_view patentKindForDigit(int kindDigit)
{
    switch (kindDigit) {
    case 1:
    case 8:
        return "invention";
    case 2:
    case 9:
        return "utility_model";
    case 3:
        return "design";
    default:
        return {};
    }
}

} // namespace mianshen::domain::identity
