#pragma once

#include "feeds/FeedWriter.h"

#include <string>

struct pg_conn;
struct pg_result;

namespace mianshen::feeds {

// The PostgreSQL bulk path: rows stream through COPY (libpq PQputCopyData on
// the connection's own handle) into a temporary table, then a few set-based
// statements merge it into the feed table, inside the caller's transaction.
// Every outcome is known only at finish(): duplicates within a snapshot and
// deletes of missing keys come back as late outcomes with their lines.
// A delta applies the last operation of each key (file order).
// Fast path: a snapshot into an empty table (not in quarantine mode) is
// COPYed straight into the feed table under a savepoint, as psql's \copy
// would; a duplicate key then fails the COPY (needsStagedRetry()), and the
// importer runs the file again through the staging table to report every
// duplicate with its line.
class PostgresFeedWriter final : public FeedWriter
{
public:
    explicit PostgresFeedWriter(pg_conn *conn, bool allowDirect = true);
    ~PostgresFeedWriter() override;

    bool begin(const catalog::Feed &feed, bool delta, qint64 importId, bool quarantine) override;
    Outcome write(const std::vector<FieldValue> &values, RowValidator::Op op, qint64 line) override;
    bool finish(Counts &counts, std::vector<LateOutcome> &late) override;
    bool findDuplicates(std::vector<LateOutcome> &late) override;
    QString lastError() const override { return m_error; }
    bool needsStagedRetry() const override { return m_directDuplicate; }

private:
    bool endCopy();
    QString duplicatesQuery() const;
    // Runs a statement; false (and lastError) unless it succeeded. rows: the
    // affected row count; result: kept for the caller (PQclear it) if non-null.
    bool exec(const QString &sql, qint64 *rows = nullptr, pg_result **result = nullptr);
    bool flush();
    bool lateOutcomes(const QString &sql, Outcome outcome, std::vector<LateOutcome> &late);
    QString keyMatch(const QString &left, const QString &right) const;
    bool updateCounting(const QString &source, const QString &condition, qint64 *matched, qint64 *changed);

    pg_conn *m_conn;
    const catalog::Feed *m_feed = nullptr;
    bool m_delta = false;
    bool m_quarantine = false;
    bool m_copying = false;
    bool m_allowDirect = true;
    bool m_direct = false;          // COPY straight into the feed table
    bool m_directDuplicate = false; // ... which met a duplicate key
    std::string m_importIdText;
    qint64 m_importId = 0;
    qint64 m_rows = 0;
    std::string m_buffer;
    QString m_error;
    QStringList m_keyColumns;    // SQL names
    QStringList m_valueColumns;  // non-key SQL names
    QStringList m_allColumns;
};

} // namespace mianshen::feeds
