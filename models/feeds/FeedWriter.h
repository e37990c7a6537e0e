#pragma once

#include "catalog/FeedCatalog.h"
#include "feeds/ColumnValidator.h"
#include "feeds/RowValidator.h"

#include <QString>

#include <vector>

namespace mianshen::feeds {

// Writes validated rows into a feed table, inside the importer's transaction
// (the bulk path of one dialect). Snapshot: rows are upserted with the
// import's id, and finish() deletes the rows of earlier imports, so the table
// ends up holding exactly the file. Delta: upsert / delete by key, in file order.
class FeedWriter
{
public:
    enum class Outcome : std::uint8_t {
        Inserted, Updated, Deleted, // Updated: an existing row whose values changed
        Duplicate,     // snapshot: the key was already written by this import
        DeleteMissing, // delta: delete of a key that is not there
        Buffered,      // the outcome is known at finish() (see LateOutcome)
        Failed,        // database error (lastError)
    };
    struct LateOutcome
    {
        qint64 line = 0;
        Outcome outcome = Outcome::Duplicate;
        QString key; // the key values, ", "-separated
    };
    struct Counts
    {
        qint64 inserted = 0;
        qint64 updated = 0;   // existing rows whose values changed
        qint64 deleted = 0;
        qint64 unchanged = 0; // existing rows written again with the same values
    };

    virtual ~FeedWriter() = default;
    virtual bool begin(const catalog::Feed &feed, bool delta, qint64 importId, bool quarantine) = 0;
    virtual Outcome write(const std::vector<FieldValue> &values, RowValidator::Op op, qint64 line) = 0;
    // Completes the writes. counts: what the buffered writes and the snapshot
    // clean-up did (added to by the caller's own counts of immediate outcomes).
    // late: outcomes only known now (duplicates, deletes of missing keys); in
    // quarantine mode duplicates are left out and reported here.
    virtual bool finish(Counts &counts, std::vector<LateOutcome> &late) = 0;
    // For a file that is rejected anyway: the duplicate keys not yet reported
    // by write() (PostgreSQL finds them only at the end), without merging.
    virtual bool findDuplicates(std::vector<LateOutcome> &late) { Q_UNUSED(late); return true; }
    // Waits until every row given to write() is in the database (a writer that
    // works on another thread); false after a database error (lastError).
    // The caller uses the connection itself only after this.
    virtual bool flush() { return true; }
    // Outcomes of buffered rows known so far (taken out: the caller lists
    // them as it goes, so that they need no memory to the end of the file).
    virtual void takeLateOutcomes(std::vector<LateOutcome> &late) { Q_UNUSED(late); }
    virtual QString lastError() const = 0;
    // After a failed finish()/findDuplicates(): the fast path met a duplicate
    // key it cannot locate; the import must be run again with staging.
    virtual bool needsStagedRetry() const { return false; }
};

} // namespace mianshen::feeds
