#pragma once

#include "feeds/FeedWriter.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;
struct sqlite3_stmt;

namespace mianshen::feeds {

// The SQLite bulk path: the sqlite3 C API on the connection's own handle,
// prepared statements reused for every row, inside the caller's transaction.
// Per row: INSERT OR IGNORE; when the key exists, an UPDATE of the rows whose
// values differ (counted as updated), else an UPDATE of import_id alone
// (unchanged). A snapshot's UPDATEs skip rows this import already wrote,
// which reveals a duplicate key.
// A first snapshot (empty table; allowMultiRow) inserts kRowsPerInsert rows
// per statement instead: SQLite's fixed cost per statement (step, reset,
// halt, cursor set-up) is paid once per 64 rows (10-15% less CPU measured).
// Such a statement cannot tell which of its rows hit a duplicate key, so when
// one does, the writer fails with needsStagedRetry() and the import is run
// again row by row (allowMultiRow false) to report each duplicate with its
// line; a file with duplicate keys is rejected (or quarantined) anyway.
//
// The statements run on a writer thread of their own: write() copies the
// validated row into a batch and returns Buffered; full batches go to the
// writer thread through a short queue (memory flat in the file's size). On the
// 2-core machine this overlaps reading and validating (about half the work)
// with SQLite's B-tree inserts (the other half) instead of doing them in turn.
// Outcomes that the caller reports (duplicate keys, deletes of missing keys)
// come back as LateOutcomes with their lines (takeLateOutcomes as the import
// goes on, the rest at finish()); the counts at finish(). The importing thread
// does not touch the connection while the writer thread may be using it: it
// calls flush() first (finish, findDuplicates and the destructor do).
// While it works the page cache is 256 MiB (fewer pages spilled to the WAL
// in the middle of a big transaction); the previous size is restored after.
class SqliteFeedWriter final : public FeedWriter
{
public:
    explicit SqliteFeedWriter(sqlite3 *db, bool allowMultiRow = true);
    ~SqliteFeedWriter() override;

    bool begin(const catalog::Feed &feed, bool delta, qint64 importId, bool quarantine) override;
    Outcome write(const std::vector<FieldValue> &values, RowValidator::Op op, qint64 line) override;
    bool flush() override;
    void takeLateOutcomes(std::vector<LateOutcome> &late) override;
    bool finish(Counts &counts, std::vector<LateOutcome> &late) override;
    bool findDuplicates(std::vector<LateOutcome> &late) override;
    QString lastError() const override;
    bool needsStagedRetry() const override;

private:
    // Validated rows, copied: each value's kind, integer and text (as offset
    // and length in `text`; integer values keep their text for the key).
    struct Batch
    {
        struct Value
        {
            FieldValue::Kind kind;
            qint64 integer;
            std::uint32_t offset, size;
        };
        std::vector<Value> values; // rows() * columns
        std::string text;
        std::vector<qint64> lines;
        std::vector<RowValidator::Op> ops;
        std::size_t rows() const { return lines.size(); }
        void clear()
        {
            values.clear();
            text.clear();
            lines.clear();
            ops.clear();
        }
    };
    static constexpr std::size_t kBatchRows = 8192;
    static constexpr std::size_t kMaxQueued = 3;
    static constexpr std::size_t kRowsPerInsert = 64;

    bool prepare(const QString &sql, sqlite3_stmt **stmt);
    bool stepDone(sqlite3_stmt *stmt);
    void finalizeAll();
    void submit();
    void stopThread();
    // Writer thread.
    void run();
    bool writeBatch(const Batch &batch);
    bool bindRow(sqlite3_stmt *stmt, const Batch &batch, std::size_t row, bool keysOnly, int firstParam = 0);
    QString keyText(const Batch &batch, std::size_t row) const;

    sqlite3 *m_db;
    bool m_allowMultiRow;
    bool m_multiRow = false; // this import inserts kRowsPerInsert rows per statement
    const catalog::Feed *m_feed = nullptr;
    bool m_delta = false;
    bool m_wasEmpty = false;
    qint64 m_importId = 0;
    std::size_t m_columns = 0;
    std::vector<bool> m_isKey;
    std::vector<int> m_keyColumns; // in the feed's key order
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr; // only when a value differs; null when the feed has no value column
    sqlite3_stmt *m_touch = nullptr;  // import_id alone
    sqlite3_stmt *m_delete = nullptr;
    sqlite3_stmt *m_insertMany = nullptr;
    QByteArray m_previousCacheSize; // restored when done (the import raises it to 256 MiB)

    std::unique_ptr<Batch> m_filling; // the batch write() adds to (importing thread)

    // Shared with the writer thread (under m_mutex).
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue;
    std::vector<std::unique_ptr<Batch>> m_spare; // emptied batches, reused
    bool m_busy = false;      // the writer thread is writing a batch
    bool m_stop = false;
    bool m_failed = false;
    bool m_retry = false; // a multi-row insert met a duplicate key
    QString m_error;
    Counts m_counts;
    std::vector<LateOutcome> m_late;
    std::thread m_thread;
};

} // namespace mianshen::feeds
