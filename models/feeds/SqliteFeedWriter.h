#pragma once

#include "feeds/FeedWriter.h"

#include <QByteArray>

struct sqlite3;
struct sqlite3_stmt;

namespace mianshen::feeds {

// The SQLite bulk path: the sqlite3 C API on the connection's own handle,
// prepared statements reused for every row, inside the caller's transaction.
// Per row: INSERT OR IGNORE; when the key exists, an UPDATE (a snapshot's
// UPDATE skips rows this import already wrote, which reveals a duplicate key).
// While it works the page cache is 256 MiB (fewer pages spilled to the WAL
// in the middle of a big transaction); the previous size is restored after.
class SqliteFeedWriter final : public FeedWriter
{
public:
    explicit SqliteFeedWriter(sqlite3 *db);
    ~SqliteFeedWriter() override;

    bool begin(const catalog::Feed &feed, bool delta, qint64 importId, bool quarantine) override;
    Outcome write(const std::vector<FieldValue> &values, RowValidator::Op op, qint64 line) override;
    bool finish(Counts &counts, std::vector<LateOutcome> &late) override;
    QString lastError() const override { return m_error; }

private:
    bool prepare(const QString &sql, sqlite3_stmt **stmt);
    bool bindAll(sqlite3_stmt *stmt, const std::vector<FieldValue> &values, bool keysOnly);
    bool stepDone(sqlite3_stmt *stmt);
    void finalizeAll();

    sqlite3 *m_db;
    const catalog::Feed *m_feed = nullptr;
    bool m_delta = false;
    bool m_wasEmpty = false;
    qint64 m_importId = 0;
    std::vector<bool> m_isKey;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr;
    sqlite3_stmt *m_delete = nullptr;
    QString m_error;
    QByteArray m_previousCacheSize; // restored when done (the import raises it to 256 MiB)
};

} // namespace mianshen::feeds
