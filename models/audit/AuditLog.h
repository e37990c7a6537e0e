#pragma once

#include "domain/Result.h"

#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::audit {

// One change a person or a job made, as the caller describes it.
struct AuditEntry final {
    QString actor;       // who (currentActor); empty = currentActor(db)
    QString action;      // dotted verb, e.g. "review.approve", "award.reopen",
                         // "payment.batch.approve", "import", "policy.publish"
    QString entity;      // "award", "payment", "payment_batch", "policy", "import", "run", ...
    QString entityId;
    QString beforeJson;  // compact JSON of the state before, or empty
    QString afterJson;   // compact JSON of the state after, or empty
    QString reason;      // empty when none
    QString role;        // empty until roles exist
};

// Appends one chained row inside the caller's open write transaction
// (db.beginWrite() already called). Serializes writers: on PostgreSQL it
// takes pg_advisory_xact_lock first; on SQLite BEGIN IMMEDIATE already holds
// the write lock. The row's id is the last id + 1, its time now (UTC, ms),
// prev_hash the last row's hash (64 zeros for the first row) and hash
// SHA-256(prev_hash || canonical text) (see AuditChain.h, docs/audit.md).
// Refused without an open transaction. On failure the caller rolls back.
// Call it last in the transaction, after the change's own writes: on
// PostgreSQL the lock is held until commit, so taking row locks after it can
// deadlock with a writer that holds those rows and waits for the log.
[[nodiscard]] domain::Status appendAudit(store::Database &db, const AuditEntry &entry);

} // namespace mianshen::audit
