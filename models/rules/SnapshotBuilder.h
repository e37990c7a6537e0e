#pragma once

#include "rules/Snapshot.h"

#include <vector>

namespace mianshen::rules {

// Builds a Snapshot. Usage:
//   SnapshotBuilder b(FeedCatalog::builtin());
//   b.declareColumn("social_insurance", "month");       // or declare(policy.columnUses())
//   int p = b.addSubject(SubjectKind::Person, "110101199003071234");
//   int row = b.addRow("social_insurance", SubjectKind::Person, p);
//   b.setMonth(row, monthSlot, Month::fromYearMonth(2021, 9).index());  // typed setters, or
//   b.setText(row, slot, u"2021-09");                                    // text, parsed by type
//   Snapshot s = std::move(b).finish();
// Slots (column indexes inside a table) come from columnSlot(). Subjects and
// rows may come in any order; finish() groups rows by subject and resolves
// references. Registry rows (persons, enterprises) are added with addRow like
// any other and mark their subject registered.
class SnapshotBuilder final
{
public:
    explicit SnapshotBuilder(const catalog::FeedCatalog &catalog);

    // Declares a column to hold (its feed's tables for every subject kind the
    // feed serves). Unknown feed or column: failure. Declaring twice is fine.
    domain::Status declareColumn(const QString &feed, const QString &column);
    domain::Status declare(const std::vector<ColumnUse> &uses);
    // Declares a feed with no columns (rows still counted, e.g. for count()).
    domain::Status declareFeed(const QString &feed);
    bool holdsFeed(const QString &feed) const;

    // Adds (or finds) a subject; ids are 18 ASCII characters (else -1).
    std::int32_t addSubject(SubjectKind kind, QStringView id);
    std::int32_t addSubject(SubjectKind kind, const char *id18);   // bulk path: no allocation
    void reserveSubjects(SubjectKind kind, std::size_t count);
    // The ids of the subjects added so far, by index.
    const std::vector<std::array<char, 18>> &subjectIds(SubjectKind kind) const { return m_snapshot.m_subjects[int(kind)].ids; }
    std::int32_t subjectCount(SubjectKind kind) const;
    // A subject added so far that has its registry row (-1 when not).
    std::int32_t findRegistered(SubjectKind kind, const char *id18) const
    {
        const SubjectTable &t = m_snapshot.m_subjects[int(kind)];
        const std::int32_t s = t.find(id18);
        return s >= 0 && t.registered[std::size_t(s)] ? s : -1;
    }

    // Table handle of a declared feed for a subject kind; -1 if not declared
    // or the feed is not about that kind.
    int tableHandle(const QString &feed, SubjectKind kind) const;
    // Slot of a declared column in a table, -1 if not held.
    int columnSlot(int table, const QString &column) const;
    const catalog::Column *columnInfo(int table, int slot) const;

    // Appends a row for a subject; every held column starts at zero/absent.
    // Returns the row handle for the setters below.
    std::int32_t addRow(int table, std::int32_t subject);

    void setBool(int table, std::int32_t row, int slot, bool value);
    void setInt64(int table, std::int32_t row, int slot, std::int64_t value); // Integer/Year/Money fen/Decimal x100
    void setDay(int table, std::int32_t row, int slot, std::int32_t dayNumber);
    void setMonth(int table, std::int32_t row, int slot, std::int32_t monthIndex);
    void setString(int table, std::int32_t row, int slot, const QString &value); // also fills reference keys
    void setAbsent(int table, std::int32_t row, int slot); // optional columns (the default)
    // Bulk path (matching's SnapshotLoader): appends a row per entry of
    // `subjects` (every held column at zero/absent) and returns the first
    // row's handle; then setColumn() fills a column of those rows in one pass.
    std::int32_t appendRows(int table, const std::vector<std::int32_t> &subjects);
    // Rows firstRow + i take values[picks[i]] where present[picks[i]] (else
    // absent), for i < picks.size(). Values as the typed setters take them;
    // String columns: indexes into `stringIds`, which holds internString() ids
    // (reference columns resolve their target from them at finish()).
    void setColumn(int table, int slot, std::int32_t firstRow, const std::vector<std::uint32_t> &picks,
                   const std::int64_t *values, const std::uint8_t *present, const std::int32_t *stringIds);
    // Parses text as the catalog type (yuan for money, "1"/"true"/"是" for
    // bool, ...). Empty text = absent (optional columns only). Failure names
    // the column and the reason; the row is left as it was.
    domain::Status setText(int table, std::int32_t row, int slot, QStringView text);

    std::int32_t internString(const QString &text);

    Snapshot finish() &&;

private:
    struct PendingTable
    {
        FeedTable table;
        std::vector<std::int32_t> rowSubject;
    };
    void growColumn(ColumnArray &column, std::int32_t rows);
    void setPresent(ColumnArray &column, std::int32_t row, bool present);

    const catalog::FeedCatalog &m_catalog;
    Snapshot m_snapshot;
    std::vector<PendingTable> m_pending;
};

} // namespace mianshen::rules
