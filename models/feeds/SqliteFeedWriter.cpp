#include "feeds/SqliteFeedWriter.h"

#include <QStringList>

#include <sqlite3.h>

namespace mianshen::feeds {

SqliteFeedWriter::SqliteFeedWriter(sqlite3 *db) : m_db(db) {}

SqliteFeedWriter::~SqliteFeedWriter()
{
    finalizeAll();
    if (!m_previousCacheSize.isEmpty())
        sqlite3_exec(m_db, QByteArray("PRAGMA cache_size = " + m_previousCacheSize).constData(), nullptr, nullptr, nullptr);
}

void SqliteFeedWriter::finalizeAll()
{
    for (sqlite3_stmt **s : {&m_insert, &m_update, &m_delete}) {
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
    QStringList columns, params, sets, where;
    const int n = int(feed.columns.size());
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
    }
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
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    if (!prepare(QStringLiteral("INSERT OR IGNORE INTO ") + feed.name + QStringLiteral(" (") + columns.join(u", ")
                     + QStringLiteral(", import_id) VALUES (") + params.join(u", ") + QStringLiteral(", ")
                     + importParam + u')',
                 &m_insert))
        return false;
    QString update = QStringLiteral("UPDATE ") + feed.name + QStringLiteral(" SET ") + sets.join(u", ")
        + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (!delta)
        update += QStringLiteral(" AND import_id <> ") + importParam;
    if (!prepare(update, &m_update))
        return false;
    if (delta
        && !prepare(QStringLiteral("DELETE FROM ") + feed.name + QStringLiteral(" WHERE ")
                        + where.join(QStringLiteral(" AND ")),
                    &m_delete))
        return false;
    return true;
}

bool SqliteFeedWriter::bindAll(sqlite3_stmt *stmt, const std::vector<FieldValue> &values, bool keysOnly)
{
    const int n = int(values.size());
    for (int i = 0; i < n; ++i) {
        if (keysOnly && !m_isKey[std::size_t(i)])
            continue;
        const FieldValue &v = values[std::size_t(i)];
        int rc;
        switch (v.kind) {
        case FieldValue::Kind::Null:
            rc = sqlite3_bind_null(stmt, i + 1);
            break;
        case FieldValue::Kind::Integer:
            rc = sqlite3_bind_int64(stmt, i + 1, v.integer);
            break;
        case FieldValue::Kind::Text:
            rc = sqlite3_bind_text(stmt, i + 1, v.text.data() ? v.text.data() : "", int(v.text.size()),
                                   SQLITE_STATIC);
            break;
        }
        if (rc != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
    }
    if (!keysOnly && sqlite3_bind_int64(stmt, n + 1, m_importId) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

bool SqliteFeedWriter::stepDone(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

FeedWriter::Outcome SqliteFeedWriter::write(const std::vector<FieldValue> &values, RowValidator::Op op, qint64)
{
    if (op == RowValidator::Op::Delete) {
        if (!bindAll(m_delete, values, true) || !stepDone(m_delete))
            return Outcome::Failed;
        return sqlite3_changes(m_db) > 0 ? Outcome::Deleted : Outcome::DeleteMissing;
    }
    if (!bindAll(m_insert, values, false) || !stepDone(m_insert))
        return Outcome::Failed;
    if (sqlite3_changes(m_db) > 0)
        return Outcome::Inserted;
    if (!m_delta && m_wasEmpty)
        return Outcome::Duplicate;
    if (!bindAll(m_update, values, false) || !stepDone(m_update))
        return Outcome::Failed;
    if (sqlite3_changes(m_db) > 0)
        return Outcome::Updated;
    return Outcome::Duplicate;
}

bool SqliteFeedWriter::finish(Counts &counts, std::vector<LateOutcome> &)
{
    finalizeAll();
    if (m_delta || m_wasEmpty)
        return true;
    sqlite3_stmt *stmt = nullptr;
    if (!prepare(QStringLiteral("DELETE FROM ") + m_feed->name + QStringLiteral(" WHERE import_id <> ?1"), &stmt))
        return false;
    sqlite3_bind_int64(stmt, 1, m_importId);
    const bool ok = stepDone(stmt);
    sqlite3_finalize(stmt);
    if (ok)
        counts.deleted += sqlite3_changes64(m_db);
    return ok;
}

} // namespace mianshen::feeds
