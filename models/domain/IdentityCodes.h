#pragma once

#include <QDate>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <string_view>

// Check characters of the identity codes used by the feeds
// (see shared/spec/feeds.md):
//   - resident identity number, GB 11643-1999 (18 characters);
//   - unified social credit code, GB 32100-2015 (18 characters);
//   - Chinese patent number, "ZL" + 12-digit application number + "." + check.
//
// Every function exists for QStringView (UI, tests) and for std::string_view
// over raw UTF-8 bytes (the importer's and the generator's fast paths: pass
// std::string_view(ptr, len)). Both forms give the same answers; they never
// allocate.
namespace mianshen::domain::identity {

// What is wrong with a code (None = valid).
enum class CodeProblem : std::uint8_t {
    None,
    Length,         // not the right number of characters
    Character,      // a character outside the code's alphabet / shape
    CheckCharacter, // shape right, check character wrong
    BirthDate,      // id number only: digits 7-14 are not a real date from 1900-01-01 to the delivery date
};

// --- Resident identity number (GB 11643) -----------------------------------
inline constexpr int IdNumberLength = 18;

// The check character ('0'-'9' or 'X') for the first 17 digits; nullopt if
// body is not exactly 17 ASCII digits.
std::optional<char> idNumberCheckCharacter(std::string_view body17);
std::optional<char> idNumberCheckCharacter(QStringView body17);

// Shape (17 digits + digit/X/x), check character and birth date: digits
// 7-14 must be a real date from 1900-01-01 up to the delivery date (GB 11643;
// without one, today in UTC). A credit code whose digits 7-14 read as
// "00930512" is therefore not an id number.
// A lower-case 'x' is accepted (the importer stores it upper-case).
CodeProblem checkIdNumber(std::string_view code);
CodeProblem checkIdNumber(QStringView code);
CodeProblem checkIdNumber(std::string_view code, QDate delivered);
CodeProblem checkIdNumber(QStringView code, QDate delivered);
inline bool isValidIdNumber(std::string_view code) { return checkIdNumber(code) == CodeProblem::None; }
inline bool isValidIdNumber(QStringView code) { return checkIdNumber(code) == CodeProblem::None; }

// Birth date in digits 7-14; invalid QDate if the code is too short or the
// date is not real. Gender from digit 17: odd = male. Neither checks the
// check character (use checkIdNumber first).
QDate idNumberBirthDate(std::string_view code);
QDate idNumberBirthDate(QStringView code);
std::optional<bool> idNumberIsMale(std::string_view code);
std::optional<bool> idNumberIsMale(QStringView code);

// --- Unified social credit code (GB 32100) ---------------------------------
inline constexpr int CreditCodeLength = 18;
// The 31-character alphabet; a character's value is its index.
inline constexpr std::string_view CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Value 0-30 of an alphabet character, -1 if not in the alphabet (lower case
// is not in the alphabet).
int creditCodeCharValue(char32_t c);

std::optional<char> creditCodeCheckCharacter(std::string_view body17);
std::optional<char> creditCodeCheckCharacter(QStringView body17);
CodeProblem checkCreditCode(std::string_view code);
CodeProblem checkCreditCode(QStringView code);
inline bool isValidCreditCode(std::string_view code) { return checkCreditCode(code) == CodeProblem::None; }
inline bool isValidCreditCode(QStringView code) { return checkCreditCode(code) == CodeProblem::None; }

// --- Patent number ----------------------------------------------------------
inline constexpr int PatentNumberLength = 16; // "ZL" + 12 digits + "." + check

// The check character ('0'-'9' or 'X') of a 12-digit application number.
std::optional<char> patentCheckCharacter(std::string_view digits12);
std::optional<char> patentCheckCharacter(QStringView digits12);
// Shape ("ZL", 12 digits, '.', digit or 'X') and check character.
CodeProblem checkPatentNumber(std::string_view code);
CodeProblem checkPatentNumber(QStringView code);
inline bool isValidPatentNumber(std::string_view code) { return checkPatentNumber(code) == CodeProblem::None; }
inline bool isValidPatentNumber(QStringView code) { return checkPatentNumber(code) == CodeProblem::None; }

// The kind digit (5th digit of the application number: 1 invention,
// 2 utility model, 3 design, 8/9 PCT national phase); -1 if the code is not
// shaped like a patent number.
int patentKindDigit(std::string_view code);
int patentKindDigit(QStringView code);

// The feed's `kind` a kind digit counts as ("invention", "utility_model",
// "design"; 8 counts as invention, 9 as utility model); empty if none.
std::string_view patentKindForDigit(int kindDigit);

} // namespace mianshen::domain::identity
