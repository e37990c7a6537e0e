#pragma once

#include "catalog/FeedCatalog.h"
#include "domain/Result.h"
#include "rules/Snapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

// The rows of one key range of one feed, decoded from the database's native
// form into typed arrays (the kinds of rules::ValueKind).
struct FeedChunk final
{
    struct Column final
    {
        std::vector<std::int64_t> values;   // Bool 0/1, Integer, Money fen, Decimal x100, Date day number,
                                            // Month index, String: index into FeedChunk::strings
        std::vector<std::uint8_t> present;  // 0 = NULL (or '' in an optional key column)
        // String columns: the last few distinct values seen (sorted input
        // repeats them), checked before the hash.
        std::array<std::int32_t, 4> recent{{-1, -1, -1, -1}};
        int recentNext = 0;
    };
    std::vector<std::array<char, 18>> subjects;   // the subject column, per row
    std::vector<std::uint8_t> subjectKinds;       // rules::SubjectKind per row
    std::vector<Column> columns;                  // as FeedReader::Request::columns
    QList<QByteArray> strings;                    // UTF-8 values of String columns
    std::unordered_map<std::string_view, std::int32_t> stringIndex;   // views into `strings`
    std::int64_t rows = 0;
    std::int64_t skipped = 0;                     // rows whose subject is not 18 characters

    std::int32_t intern(const char *data, int size);
    std::int32_t intern(Column &column, const char *data, int size);
};

// Reads only the requested columns of a feed table through the database's
// own C interface: sqlite3_prepare_v2 / sqlite3_step / sqlite3_column_* on
// SQLite (without mmap), COPY (SELECT ...) TO STDOUT through libpq on
// PostgreSQL (a filtered request: a SELECT with bound values per range, as
// COPY takes no parameters). A table is cut into ranges (subject-key ranges on SQLite, whose
// feed tables are WITHOUT ROWID and clustered by key; heap block (ctid)
// ranges on PostgreSQL); the ranges are fixed by the data, not by the thread count, and each is read on its own connection
// (store::Database::openAnother in the reading thread). Chunks come back in
// range order, so the concatenation is the same whatever the thread count.
class FeedReader final
{
public:
    struct Request final
    {
        const catalog::Feed *feed = nullptr;
        QList<const catalog::Column *> columns;  // not including the subject column
        // SQLite: sorted subject ids that cut the table into key ranges, used
        // when the feed's primary key starts with its subject column (the
        // loader takes them from the registries it read first). Empty: one range.
        QList<QByteArray> boundaries;
        // Only the rows of this subject (one-subject explanations); empty = all.
        QByteArray subjectEquals;
        // Only the rows that pass one of these alternatives (each a list of
        // tests that must all hold); empty = every row. Values are bound.
        struct Test final
        {
            const catalog::Column *column = nullptr;
            QList<QByteArray> values;   // the column's stored text is one of these
        };
        QList<QList<Test>> rowFilter;
    };

    explicit FeedReader(const store::Database &db);

    void setThreads(int threads) { m_threads = qMax(1, threads); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // PostgreSQL: rows per heap-block range (default 2,000,000).
    void setRangeSize(std::int64_t rows) { m_rangeSize = qMax<std::int64_t>(1, rows); }

    // SQLite: whether the feed's rows are stored in subject order (its key
    // starts with the subject column), so that it is read in key ranges.
    static bool clusteredBySubject(const catalog::Feed &feed);

    // Reads every request; result[i] holds the chunks of requests[i], in key order.
    domain::Result<std::vector<std::vector<FeedChunk>>> read(const QList<Request> &requests);
    // Streams: hands each chunk to `consume` on the calling thread, in request
    // and range order, while the reading threads work ahead (a few ranges at
    // most, so memory stays bounded). A failed consume stops the reading.
    using ChunkConsumer = std::function<domain::Status(int request, FeedChunk &&chunk)>;
    domain::Status readInOrder(const QList<Request> &requests, const ChunkConsumer &consume);

private:
    const store::Database &m_db;
    int m_threads = 1;
    std::int64_t m_rangeSize = 2000000;
    const std::atomic<bool> *m_cancel = nullptr;
};

// Fast exact parsers over ASCII bytes (no allocation).
namespace fastparse {
bool date(const char *p, int n, std::int32_t &dayNumber);   // "YYYY-MM-DD", a real date
bool month(const char *p, int n, std::int32_t &monthIndex); // "YYYY-MM"
bool int64(const char *p, int n, std::int64_t &value);      // optional '-', digits
}

} // namespace mianshen::matching
