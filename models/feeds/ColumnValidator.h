#pragma once

#include "catalog/FeedCatalog.h"
#include "feeds/ImportProblem.h"

#include <QRegularExpression>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mianshen::feeds {

// A validated value, ready to bind: NULL, an integer (fen, hundredths, 0/1,
// year, integer) or text bytes (UTF-8; may point into the CSV record or into
// the caller's scratch buffer when the value was normalised, e.g. a lower-case
// 'x' of an id number made upper-case).
struct FieldValue
{
    enum class Kind : std::uint8_t { Null, Integer, Text };
    // For subject_id: which registry the value belongs to.
    enum class Subject : std::uint8_t { None, Person, Enterprise, Either }; // Either: valid as both

    Kind kind = Kind::Null;
    Subject subject = Subject::None;
    qint64 integer = 0;
    std::string_view text;
};

// Checks one value against one catalog column, exactly as shared/spec/feeds.md
// says (types, enum words, ranges, lengths, patterns, check characters), and
// gives its stored form (FeedCatalog.h). Works on the raw UTF-8 bytes of the
// field (valid UTF-8 is the CSV reader's job) and allocates nothing on the
// success path except for the few columns with a pattern.
class ColumnValidator final
{
public:
    static constexpr std::size_t ScratchSize = 32;

    // isKey: an empty optional key column is stored as '' (not NULL).
    explicit ColumnValidator(const catalog::Column &column, bool isKey = false);

    // ProblemCode::None and `out` filled, or the problem (with `detail` for
    // the reason text when it has a blank). scratch: ScratchSize bytes that
    // must outlive `out`.
    ProblemCode check(std::string_view value, FieldValue &out, char *scratch, QString *detail = nullptr) const;

    const catalog::Column &column() const { return m_column; }

    // The parts, for tests and for the row checks.
    static ProblemCode checkDate(std::string_view v, int *year = nullptr, int *month = nullptr, int *day = nullptr);
    static ProblemCode checkMonth(std::string_view v);
    static ProblemCode checkYear(std::string_view v, qint64 *year = nullptr);
    static ProblemCode checkArea(std::string_view v);
    // 1/0, true/false, 是/否 -> 1/0; -1 if none of them.
    static int parseBool(std::string_view v);
    // Number of Unicode characters in valid UTF-8.
    static qsizetype utf8Length(std::string_view v);

private:
    // The checks of check() by kind of column.
    ProblemCode checkText(std::string_view v, QString *detail) const;
    ProblemCode checkHundredths(std::string_view v, FieldValue &out) const;
    ProblemCode checkInteger(std::string_view v, FieldValue &out, QString *detail) const;
    ProblemCode checkCode(std::string_view v, FieldValue &out, char *scratch, QString *detail) const;

    catalog::Column m_column;
    bool m_isKey;
    std::vector<std::string> m_enum; // enum words as UTF-8
    QRegularExpression m_pattern;    // anchored
};

} // namespace mianshen::feeds
