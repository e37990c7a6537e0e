#include "feeds/SqliteFeedWriter.h"

#include <QStringList>

#include <sqlite3.h>

namespace mianshen::feeds {

SqliteFeedWriter::SqliteFeedWriter(sqlite3 *db, bool allowMultiRow)
    : m_db(db), m_allowMultiRow(allowMultiRow), m_filling(std::make_unique<Batch>())
{
}

SqliteFeedWriter::~SqliteFeedWriter()
{
    stopThread();
    finalizeAll();
    // A PRAGMA takes no bound parameter; the value is the integer read back
    // from PRAGMA cache_size before the import.
    if (!m_previousCacheSize.isEmpty())
        sqlite3_exec(m_db, QByteArray("PRAGMA cache_size = " + m_previousCacheSize).constData(), nullptr, nullptr, nullptr);
}

QString SqliteFeedWriter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool SqliteFeedWriter::needsStagedRetry() const
{
    std::lock_guard lock(m_mutex);
    return m_retry;
}

void SqliteFeedWriter::finalizeAll()
{
    for (sqlite3_stmt **s : {&m_insert, &m_update, &m_touch, &m_delete, &m_insertMany}) {
        if (*s)
            sqlite3_finalize(*s);
        *s = nullptr;
    }
}

bool SqliteFeedWriter::prepare(const QString &sql, sqlite3_stmt **stmt)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, stmt, nullptr)
        != SQLITE_OK) {
        std::lock_guard lock(m_mutex);
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

bool SqliteFeedWriter::begin(const catalog::Feed &feed, bool delta, qint64 importId, bool)
{
    m_feed = &feed;
    m_delta = delta;
    m_importId = importId;
    m_isKey.clear();
    m_keyColumns.clear();
    QStringList columns, params, sets, where, differs;
    const int n = int(feed.columns.size());
    m_columns = std::size_t(n);
    const QString importParam = u'?' + QString::number(n + 1);
    for (int i = 0; i < n; ++i) {
        const catalog::Column &c = feed.columns[i];
        const bool key = feed.isKey(c.name);
        m_isKey.push_back(key);
        const QString p = u'?' + QString::number(i + 1);
        columns << c.sqlName;
        params << p;
        if (key)
            where << c.sqlName + QStringLiteral(" = ") + p;
        else
            sets << c.sqlName + QStringLiteral(" = ") + p;
        if (!key)
            differs << c.sqlName + QStringLiteral(" IS NOT ") + p;
    }
    for (const QString &k : feed.key)
        m_keyColumns.push_back(feed.columnIndex(k));
    sets << QStringLiteral("import_id = ") + importParam;

    // A bigger page cache while the import runs (constant, whatever the file's
    // size): fewer dirty pages spilled to the WAL mid-transaction.
    if (m_previousCacheSize.isEmpty()) {
        sqlite3_stmt *cache = nullptr;
        if (sqlite3_prepare_v2(m_db, "PRAGMA cache_size", -1, &cache, nullptr) == SQLITE_OK && sqlite3_step(cache) == SQLITE_ROW)
            m_previousCacheSize = QByteArray::number(sqlite3_column_int64(cache, 0));
        sqlite3_finalize(cache);
    }
    sqlite3_exec(m_db, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);

    // Is the table empty? (A first snapshot needs no UPDATE and no clean-up.)
    sqlite3_stmt *probe = nullptr;
    if (!prepare(QStringLiteral("SELECT 1 FROM ") + feed.name + QStringLiteral(" LIMIT 1"), &probe))
        return false;
    const int rc = sqlite3_step(probe);
    m_wasEmpty = rc == SQLITE_DONE;
    sqlite3_finalize(probe);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::lock_guard lock(m_mutex);
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    if (!prepare(QStringLiteral("INSERT OR IGNORE INTO ") + feed.name + QStringLiteral(" (") + columns.join(u", ")
                     + QStringLiteral(", import_id) VALUES (") + params.join(u", ") + QStringLiteral(", ")
                     + importParam + u')',
                 &m_insert))
        return false;
    QString keyWhere = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (!delta)
        keyWhere += QStringLiteral(" AND import_id <> ") + importParam;
    if (!differs.isEmpty()
        && !prepare(QStringLiteral("UPDATE ") + feed.name + QStringLiteral(" SET ") + sets.join(u", ") + keyWhere
                        + QStringLiteral(" AND (") + differs.join(QStringLiteral(" OR ")) + u')',
                    &m_update))
        return false;
    if (!prepare(QStringLiteral("UPDATE ") + feed.name + QStringLiteral(" SET import_id = ") + importParam + keyWhere,
                 &m_touch))
        return false;
    if (delta
        && !prepare(QStringLiteral("DELETE FROM ") + feed.name + QStringLiteral(" WHERE ")
                        + where.join(QStringLiteral(" AND ")),
                    &m_delete))
        return false;
    m_multiRow = m_allowMultiRow && !delta && m_wasEmpty;
    if (m_multiRow) {
        QStringList rows;
        for (std::size_t r = 0; r < kRowsPerInsert; ++r)
            rows << u'(' + QStringList(qsizetype(n + 1), QStringLiteral("?")).join(u", ") + u')';
        if (!prepare(QStringLiteral("INSERT OR IGNORE INTO ") + feed.name + QStringLiteral(" (") + columns.join(u", ")
                         + QStringLiteral(", import_id) VALUES ") + rows.join(u", "),
                     &m_insertMany))
            return false;
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

FeedWriter::Outcome SqliteFeedWriter::write(const std::vector<FieldValue> &values, RowValidator::Op op, qint64 line)
{
    Batch &b = *m_filling;
    for (const FieldValue &v : values) {
        b.values.push_back({v.kind, v.integer, std::uint32_t(b.text.size()), std::uint32_t(v.text.size())});
        b.text.append(v.text);
    }
    b.lines.push_back(line);
    b.ops.push_back(op);
    if (b.rows() >= kBatchRows) {
        submit();
        std::lock_guard lock(m_mutex);
        if (m_failed)
            return Outcome::Failed;
    }
    return Outcome::Buffered;
}

void SqliteFeedWriter::submit()
{
    if (m_filling->rows() == 0)
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued || m_failed; });
    if (m_failed) {
        m_filling->clear();
        return;
    }
    m_queue.push_back(std::move(m_filling));
    if (m_spare.empty()) {
        m_filling = std::make_unique<Batch>();
    } else {
        m_filling = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    m_changed.notify_all();
}

bool SqliteFeedWriter::flush()
{
    submit();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_queue.empty() && !m_busy) || !m_thread.joinable(); });
    return !m_failed;
}

void SqliteFeedWriter::stopThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SqliteFeedWriter::takeLateOutcomes(std::vector<LateOutcome> &late)
{
    std::lock_guard lock(m_mutex);
    for (LateOutcome &o : m_late)
        late.push_back(std::move(o));
    m_late.clear();
}

void SqliteFeedWriter::run()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        bool skip;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_stop; });
            if (m_stop) // the import is over (finish() flushed first) or abandoned
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
            skip = m_failed; // after an error the rest is dropped
        }
        m_changed.notify_all();
        const bool ok = skip || writeBatch(*batch);
        batch->clear();
        {
            std::lock_guard lock(m_mutex);
            m_failed = m_failed || !ok;
            m_busy = false;
            m_spare.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
}

bool SqliteFeedWriter::bindRow(sqlite3_stmt *stmt, const Batch &batch, std::size_t row, bool keysOnly, int firstParam)
{
    const Batch::Value *values = batch.values.data() + row * m_columns;
    for (std::size_t i = 0; i < m_columns; ++i) {
        if (keysOnly && !m_isKey[i])
            continue;
        const Batch::Value &v = values[i];
        const int index = firstParam + int(i) + 1;
        int rc;
        switch (v.kind) {
        case FieldValue::Kind::Null:
            rc = sqlite3_bind_null(stmt, index);
            break;
        case FieldValue::Kind::Integer:
            rc = sqlite3_bind_int64(stmt, index, v.integer);
            break;
        case FieldValue::Kind::Text:
        default:
            rc = sqlite3_bind_text(stmt, index, batch.text.data() + v.offset, int(v.size), SQLITE_STATIC);
            break;
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return keysOnly || sqlite3_bind_int64(stmt, firstParam + int(m_columns) + 1, m_importId) == SQLITE_OK;
}

bool SqliteFeedWriter::stepDone(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE;
}

QString SqliteFeedWriter::keyText(const Batch &batch, std::size_t row) const
{
    QStringList key;
    for (int k : m_keyColumns) {
        const Batch::Value &v = batch.values[row * m_columns + std::size_t(k)];
        key << QString::fromUtf8(batch.text.data() + v.offset, qsizetype(v.size));
    }
    return key.join(QStringLiteral(", "));
}

// Writer thread: the rows of one batch, in file order.
bool SqliteFeedWriter::writeBatch(const Batch &batch)
{
    Counts counts;
    std::vector<LateOutcome> late;
    bool ok = true;
    std::size_t row = 0;
    if (m_multiRow) {
        const int params = int(m_columns) + 1;
        for (; ok && row + kRowsPerInsert <= batch.rows(); row += kRowsPerInsert) {
            for (std::size_t r = 0; ok && r < kRowsPerInsert; ++r)
                ok = bindRow(m_insertMany, batch, row + r, false, int(r) * params);
            ok = ok && stepDone(m_insertMany);
            if (ok && std::size_t(sqlite3_changes(m_db)) != kRowsPerInsert) {
                std::lock_guard lock(m_mutex);
                m_retry = true;
                m_error = QStringLiteral("duplicate key (to be located row by row)");
                return false;
            }
            counts.inserted += qint64(kRowsPerInsert);
        }
    }
    for (; ok && row < batch.rows(); ++row) {
        if (batch.ops[row] == RowValidator::Op::Delete) {
            ok = bindRow(m_delete, batch, row, true) && stepDone(m_delete);
            if (ok && sqlite3_changes(m_db) > 0)
                ++counts.deleted;
            else if (ok)
                late.push_back({batch.lines[row], Outcome::DeleteMissing, keyText(batch, row)});
            continue;
        }
        ok = bindRow(m_insert, batch, row, false) && stepDone(m_insert);
        if (!ok)
            break;
        if (sqlite3_changes(m_db) > 0) {
            ++counts.inserted;
            continue;
        }
        if (m_delta || !m_wasEmpty) {
            if (m_update) {
                ok = bindRow(m_update, batch, row, false) && stepDone(m_update);
                if (ok && sqlite3_changes(m_db) > 0) {
                    ++counts.updated;
                    continue;
                }
            }
            ok = ok && bindRow(m_touch, batch, row, false) && stepDone(m_touch);
            if (ok && sqlite3_changes(m_db) > 0) {
                ++counts.unchanged;
                continue;
            }
        }
        if (ok) // a snapshot's key already written by this import
            late.push_back({batch.lines[row], Outcome::Duplicate, keyText(batch, row)});
    }
    std::lock_guard lock(m_mutex);
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    m_counts.inserted += counts.inserted;
    m_counts.updated += counts.updated;
    m_counts.deleted += counts.deleted;
    m_counts.unchanged += counts.unchanged;
    for (LateOutcome &o : late)
        m_late.push_back(std::move(o));
    return ok;
}

bool SqliteFeedWriter::findDuplicates(std::vector<LateOutcome> &late)
{
    const bool ok = flush();
    std::vector<LateOutcome> all;
    takeLateOutcomes(all);
    for (LateOutcome &o : all)
        if (o.outcome == Outcome::Duplicate)
            late.push_back(std::move(o));
    return ok;
}

bool SqliteFeedWriter::finish(Counts &counts, std::vector<LateOutcome> &late)
{
    const bool flushed = flush();
    stopThread();
    finalizeAll();
    if (!flushed)
        return false;
    takeLateOutcomes(late);
    counts.inserted += m_counts.inserted;
    counts.updated += m_counts.updated;
    counts.deleted += m_counts.deleted;
    counts.unchanged += m_counts.unchanged;
    if (m_delta || m_wasEmpty)
        return true;
    sqlite3_stmt *stmt = nullptr;
    if (!prepare(QStringLiteral("DELETE FROM ") + m_feed->name + QStringLiteral(" WHERE import_id <> ?1"), &stmt))
        return false;
    sqlite3_bind_int64(stmt, 1, m_importId);
    const bool ok = stepDone(stmt);
    sqlite3_finalize(stmt);
    if (!ok) {
        std::lock_guard lock(m_mutex);
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    counts.deleted += sqlite3_changes64(m_db);
    return true;
}

} // namespace mianshen::feeds
