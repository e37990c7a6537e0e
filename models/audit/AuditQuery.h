#pragma once

#include "audit/AuditChain.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

class QIODevice;

namespace mianshen::store {
class Database;
}

namespace mianshen::audit {

// Which rows of the audit log to show. Empty fields do not filter; text
// fields match exactly. Times are bounds in the stored form (ISO 8601 UTC
// with milliseconds): from inclusive, to exclusive.
struct AuditFilter final {
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString fromUtc;
    QString toUtc;
};

// Reading the audit log: the filter's SQL (values bound), lists and CSV.
class AuditQuery final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::audit::AuditQuery)
public:
    // The stored columns in order (id, at, actor, role, action, entity,
    // entity_id, before_json, after_json, reason, prev_hash, hash).
    static QStringList columnNames();
    static QString selectColumns();     // "id, at, ..., hash"

    // Conditions joined by AND ("" when the filter is empty); appends the
    // values to bind, in order.
    static QString conditions(const AuditFilter &filter, QVariantList *values);

    // A time a person typed, as a stored-form bound: "2026-12-01",
    // "2026-12-01T08:30", "2026-12-01T08:30:00+08:00", ... (no offset = UTC).
    // As an upper bound a date means the end of that day, and a time
    // without seconds the end of that minute.
    static domain::Result<QString> timeBound(const QString &text, bool upper);

    // Rows matching the filter in id order; limit > 0 keeps the newest
    // `limit` rows (still oldest first).
    static domain::Result<QList<AuditRow>> list(store::Database &db, const AuditFilter &filter, int limit = 0);
    // The same as CSV with a header line of the column names, streamed
    // (without a limit the memory used does not grow with the log).
    static domain::Result<qint64> writeCsv(store::Database &db, const AuditFilter &filter, int limit, QIODevice &out);
};

} // namespace mianshen::audit
