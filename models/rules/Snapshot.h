#pragma once

#include "catalog/FeedCatalog.h"
#include "domain/SubjectIndex.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace mianshen::rules {

// The data a policy is evaluated over: a columnar, read-only, in-memory copy
// of the feed records of a set of subjects. Built once per run by a
// SnapshotBuilder (the matching engine from the database, `policy test` from
// a policy's example records), then shared read-only by every thread.
//
// Layout (the contract between the builder, the compiler and the engine):
//  - Subjects: two SubjectTables (persons, enterprises). A subject is a dense
//    index 0..n-1 with its 18-character id. `registered` says whether the
//    registry feed (persons / enterprises) has its row.
//  - Feeds: one FeedTable per (feed, subject kind). A feed about either kind
//    (credit_records, bank_accounts, ...) has a table for persons and one for
//    enterprises. Rows are grouped by subject: the rows of subject s are
//    [offsets[s], offsets[s+1]). A registry table has exactly one row per
//    subject, row index == subject index (unregistered subjects hold zeros).
//  - Columns: only the columns declared to the builder, one typed array each
//    (see ValueKind). Optional columns carry a presence bitmap. A column that
//    references a registry (employer_credit_code -> enterprises) also carries
//    `target`: the referenced subject's index, or -1 when the registry does
//    not know it (a dangling reference).

// How a column's values are stored.
enum class ValueKind : std::uint8_t {
    Bool,    // u8: 0 / 1
    Integer, // i64 (Integer and Year columns)
    Money,   // i64 fen
    Decimal, // i64 hundredths
    Date,    // i32 days since 1970-01-01 (proleptic Gregorian; DayNumber)
    Month,   // i32 month index year*12 + (month-1) (as domain::Month::index)
    String   // i32 id into Snapshot::strings() (text, enum, codes, areas)
};

ValueKind valueKindFor(catalog::ColumnType type);

// Days since 1970-01-01 <-> civil date, exact, branch-light (H. Hinnant).
namespace DayNumber {
std::int32_t fromCivil(int year, int month, int day);
void toCivil(std::int32_t days, int &year, int &month, int &day);
// "YYYY-MM-DD" that is a real date; false otherwise.
bool parse(QStringView text, std::int32_t &days);
QString toString(std::int32_t days);
}
// "YYYY-MM" -> month index; false otherwise.
bool parseMonthIndex(QStringView text, std::int32_t &index);
QString monthIndexToString(std::int32_t index);

enum class SubjectKind : std::uint8_t { Person = 0, Enterprise = 1 };
constexpr int SubjectKindCount = 2;

struct SubjectTable final
{
    SubjectKind kind = SubjectKind::Person;
    std::vector<std::array<char, 18>> ids;   // ASCII, not NUL-terminated
    std::vector<std::uint8_t> registered;    // 1 when the registry row exists
    domain::SubjectIndex index;              // id -> position in ids

    std::int32_t size() const { return std::int32_t(ids.size()); }
    QString id(std::int32_t index) const;
    std::int32_t find(QStringView id) const; // -1 when absent
    std::int32_t find(const char *id18) const { return index.find(ids, id18); }
};

struct ColumnArray final
{
    QString name;                            // catalog column name
    catalog::ColumnType type = catalog::ColumnType::Text;
    ValueKind kind = ValueKind::String;
    bool optional = false;
    std::vector<std::int64_t> i64;           // Integer, Money, Decimal
    std::vector<std::int32_t> i32;           // Date, Month, String
    std::vector<std::uint8_t> u8;            // Bool
    std::vector<std::uint64_t> presence;     // optional columns: bit per row
    // Reference columns only (catalog Column::references names one registry,
    // and the column is not the feed's subject column):
    bool isReference = false;
    SubjectKind targetKind = SubjectKind::Enterprise;
    std::vector<std::int32_t> target;        // subject index or -1 (dangling)

    bool present(std::int32_t row) const
    {
        return !optional || (presence[std::size_t(row) >> 6] >> (row & 63)) & 1u;
    }
    // The value widened to 64 bits (any kind), as the evaluator sees it.
    std::int64_t value(std::int32_t row) const
    {
        switch (kind) {
        case ValueKind::Bool: return u8[std::size_t(row)];
        case ValueKind::Integer:
        case ValueKind::Money:
        case ValueKind::Decimal: return i64[std::size_t(row)];
        default: return i32[std::size_t(row)];
        }
    }
};

struct FeedTable final
{
    const catalog::Feed *feed = nullptr;
    SubjectKind subjectKind = SubjectKind::Person;
    bool registry = false;
    std::int32_t rowCount = 0;
    std::vector<std::int32_t> offsets;       // size = subjects + 1
    std::vector<ColumnArray> columns;

    const ColumnArray *column(const QString &name) const; // null if not held
    std::int32_t begin(std::int32_t subject) const { return offsets[std::size_t(subject)]; }
    std::int32_t end(std::int32_t subject) const { return offsets[std::size_t(subject) + 1]; }
};

class Snapshot final
{
public:
    const SubjectTable &subjects(SubjectKind kind) const { return m_subjects[int(kind)]; }
    // The table of a feed for subjects of a kind; null when not held.
    const FeedTable *table(const QString &feed, SubjectKind kind) const;
    const std::vector<FeedTable> &tables() const { return m_tables; }

    // Interned strings: every String column value is an id into this list.
    const QString &string(std::int32_t id) const { return m_strings[id]; }
    std::int32_t stringId(const QString &text) const { return m_stringIds.value(text, -1); }
    std::int32_t stringCount() const { return std::int32_t(m_strings.size()); }

private:
    friend class SnapshotBuilder;
    std::array<SubjectTable, SubjectKindCount> m_subjects;
    std::vector<FeedTable> m_tables;
    QHash<QString, int> m_tableIndex; // "feed/kind" -> index into m_tables
    QStringList m_strings;
    QHash<QString, std::int32_t> m_stringIds;
};

// A (feed, column) a compiled policy reads; the builder holds exactly these.
struct ColumnUse final
{
    QString feed;
    QString column;
    friend bool operator==(const ColumnUse &, const ColumnUse &) = default;
};

} // namespace mianshen::rules
