#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace mianshen::store {
class Database;
}

namespace mianshen::audit {

// What verifying the audit log's chain found.
struct VerifyReport final {
    Q_DECLARE_TR_FUNCTIONS(mianshen::audit::VerifyReport)
public:
    enum class Break {
        None,       // every row gives its hash and links to the one before
        Changed,    // brokenId's contents (or its hash) were changed after it was written
        Deleted,    // rows brokenId..nextId-1 are missing (nextId 0: at the end)
        Inserted,   // brokenId was put between two rows that were chained to each other
    };
    Break kind = Break::None;
    qint64 rowsChecked = 0;     // rows read before the verifier stopped
    qint64 lastId = 0;          // the last row read (0: the log is empty)
    QByteArray headHash;        // that row's hash: write it down to detect later losses at the end
    qint64 brokenId = 0;        // the first row that does not match
    qint64 nextId = 0;          // the row the break was seen at (Deleted: the row after the gap)
    QString detail;             // Changed: which check failed

    bool intact() const { return kind == Break::None; }
    QString kindName() const;   // "intact" | "changed" | "deleted" | "inserted"
    QString message() const;    // one sentence in the user's language
};

// Called every few thousand rows with how many were checked; returning false
// stops the verification (the result is then a failure "cancelled").
using VerifyProgress = std::function<bool(qint64 rowsChecked)>;

// Reads audit_log in id order, streaming (constant memory), recomputes every
// hash and checks every link, and names the first row that does not match.
// It reads one consistent snapshot. On SQLite it also notices rows deleted
// at the end (sqlite_sequence remembers the highest id written); on
// PostgreSQL losses at the very end show only against a head hash written
// down earlier. A database error is a failure; a broken chain is a report.
domain::Result<VerifyReport> verifyAuditChain(store::Database &db, const VerifyProgress &progress = {});

} // namespace mianshen::audit
