#include "feeds/PostgresFeedWriter.h"

#include <QStringList>

#include <libpq-fe.h>

namespace mianshen::feeds {

namespace {

constexpr std::size_t kFlushBytes = 1 << 20;
const QString kTemp = QStringLiteral("mianshen_import_rows");
const QString kLast = QStringLiteral("mianshen_import_last");

void appendEscaped(std::string &out, std::string_view text)
{
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QString prefixed(const QStringList &columns, const QString &prefix)
{
    QStringList out;
    for (const QString &c : columns)
        out << prefix + c;
    return out.join(QStringLiteral(", "));
}

} // namespace

PostgresFeedWriter::PostgresFeedWriter(pg_conn *conn, bool allowDirect) : m_conn(conn), m_allowDirect(allowDirect) {}

PostgresFeedWriter::~PostgresFeedWriter()
{
    if (m_copying) {
        PQputCopyEnd(m_conn, "import abandoned");
        while (PGresult *r = PQgetResult(m_conn))
            PQclear(r);
    }
}

bool PostgresFeedWriter::exec(const QString &sql, qint64 *rows, pg_result **result)
{
    const QByteArray utf8 = sql.toUtf8();
    const QByteArray id = QByteArray::number(m_importId);
    const char *params[] = {id.constData()};
    const bool usesParam = sql.contains(QStringLiteral("$1"));
    PGresult *r = PQexecParams(m_conn, utf8.constData(), usesParam ? 1 : 0, nullptr,
                               usesParam ? params : nullptr, nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        m_error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        return false;
    }
    if (rows)
        *rows = QByteArray(PQcmdTuples(r)).toLongLong();
    if (result)
        *result = r;
    else
        PQclear(r);
    return true;
}

QString PostgresFeedWriter::keyMatch(const QString &left, const QString &right) const
{
    QStringList parts;
    for (const QString &k : m_keyColumns)
        parts << left + u'.' + k + QStringLiteral(" = ") + right + u'.' + k;
    return parts.join(QStringLiteral(" AND "));
}

bool PostgresFeedWriter::begin(const catalog::Feed &feed, bool delta, qint64 importId, bool quarantine)
{
    m_feed = &feed;
    m_delta = delta;
    m_quarantine = quarantine;
    m_importId = importId;
    m_rows = 0;
    m_keyColumns.clear();
    m_valueColumns.clear();
    m_allColumns.clear();
    QStringList defs{QStringLiteral("line BIGINT NOT NULL"), QStringLiteral("op SMALLINT NOT NULL")};
    for (const catalog::Column &c : feed.columns) {
        m_allColumns << c.sqlName;
        (feed.isKey(c.name) ? m_keyColumns : m_valueColumns) << c.sqlName;
        defs << c.sqlName + u' ' + catalog::FeedCatalog::sqlType(c.type);
    }
    m_importIdText = std::to_string(importId);
    m_direct = false;
    m_directDuplicate = false;
    QByteArray copy;
    if (!delta && !quarantine && m_allowDirect) {
        PGresult *probe = nullptr;
        if (!exec(QStringLiteral("SELECT 1 FROM ") + feed.name + QStringLiteral(" LIMIT 1"), nullptr, &probe))
            return false;
        m_direct = PQntuples(probe) == 0;
        PQclear(probe);
    }
    if (m_direct) {
        if (!exec(QStringLiteral("SAVEPOINT mianshen_direct_copy")))
            return false;
        copy = (QStringLiteral("COPY ") + feed.name + QStringLiteral(" (") + m_allColumns.join(u", ")
                + QStringLiteral(", import_id) FROM STDIN"))
                   .toUtf8();
    } else {
        if (!exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.") + kTemp)
            || !exec(QStringLiteral("CREATE TEMP TABLE ") + kTemp + QStringLiteral(" (") + defs.join(QStringLiteral(", "))
                     + QStringLiteral(") ON COMMIT DROP")))
            return false;
        copy = (QStringLiteral("COPY ") + kTemp + QStringLiteral(" (line, op, ") + m_allColumns.join(u", ")
                + QStringLiteral(") FROM STDIN"))
                   .toUtf8();
    }
    PGresult *r = PQexec(m_conn, copy.constData());
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        m_error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        return false;
    }
    PQclear(r);
    m_copying = true;
    m_buffer.clear();
    m_buffer.reserve(kFlushBytes + 4096);
    return true;
}

bool PostgresFeedWriter::flush()
{
    if (m_buffer.empty())
        return true;
    if (PQputCopyData(m_conn, m_buffer.data(), int(m_buffer.size())) != 1) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return false;
    }
    m_buffer.clear();
    return true;
}

FeedWriter::Outcome PostgresFeedWriter::write(const std::vector<FieldValue> &values, RowValidator::Op op, qint64 line)
{
    char number[32];
    int len = 0;
    bool first = true;
    if (!m_direct) {
        len = std::snprintf(number, sizeof number, "%lld\t%d", static_cast<long long>(line),
                            op == RowValidator::Op::Delete ? 1 : 0);
        m_buffer.append(number, std::size_t(len));
        first = false;
    }
    for (const FieldValue &v : values) {
        if (!first)
            m_buffer += '\t';
        first = false;
        switch (v.kind) {
        case FieldValue::Kind::Null:
            m_buffer += "\\N";
            break;
        case FieldValue::Kind::Integer:
            len = std::snprintf(number, sizeof number, "%lld", static_cast<long long>(v.integer));
            m_buffer.append(number, std::size_t(len));
            break;
        case FieldValue::Kind::Text:
            appendEscaped(m_buffer, v.text);
            break;
        }
    }
    if (m_direct) {
        m_buffer += '\t';
        m_buffer += m_importIdText;
    }
    m_buffer += '\n';
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes && !flush())
        return Outcome::Failed;
    return Outcome::Buffered;
}

bool PostgresFeedWriter::lateOutcomes(const QString &sql, Outcome outcome, std::vector<LateOutcome> &late)
{
    PGresult *r = nullptr;
    if (!exec(sql, nullptr, &r))
        return false;
    const int n = PQntuples(r);
    for (int i = 0; i < n; ++i)
        late.push_back({QByteArray(PQgetvalue(r, i, 0)).toLongLong(), outcome, QString::fromUtf8(PQgetvalue(r, i, 1))});
    PQclear(r);
    return true;
}

bool PostgresFeedWriter::endCopy()
{
    if (!m_copying)
        return true;
    if (!flush())
        return false;
    m_copying = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return false;
    }
    bool copyOk = true;
    while (PGresult *r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            m_error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
            if (m_direct && state && std::string_view(state) == "23505")
                m_directDuplicate = true;
            copyOk = false;
        }
        PQclear(r);
    }
    return copyOk;
}

QString PostgresFeedWriter::duplicatesQuery() const
{
    const QString keys = m_keyColumns.join(QStringLiteral(", "));
    return QStringLiteral("SELECT line, concat_ws(', ', ") + keys + QStringLiteral(") FROM (SELECT line, ") + keys
        + QStringLiteral(", row_number() OVER (PARTITION BY ") + keys + QStringLiteral(" ORDER BY line) AS rn FROM ")
        + kTemp + QStringLiteral(") d WHERE rn > 1");
}

bool PostgresFeedWriter::findDuplicates(std::vector<LateOutcome> &late)
{
    if (!endCopy())
        return false;
    if (m_direct)
        return true; // the COPY went through: no duplicates
    if (m_delta)
        return true;
    return lateOutcomes(duplicatesQuery() + QStringLiteral(" ORDER BY line"), Outcome::Duplicate, late);
}

// UPDATE of the feed's rows matched by key from `source` (rows of the temp
// table, `condition` on them), counting the rows matched and those whose
// values changed (compared with the row as it was).
bool PostgresFeedWriter::updateCounting(const QString &source, const QString &condition, qint64 *matched,
                                        qint64 *changed)
{
    const QString t = m_feed->name;
    QStringList sets, before, after;
    for (const QString &c : m_valueColumns) {
        sets << c + QStringLiteral(" = s.") + c;
        before << QStringLiteral("o.") + c;
        after << QStringLiteral("s.") + c;
    }
    sets << QStringLiteral("import_id = $1::bigint");
    const QString differs = m_valueColumns.isEmpty()
        ? QStringLiteral("false")
        : QStringLiteral("ROW(") + before.join(QStringLiteral(", ")) + QStringLiteral(") IS DISTINCT FROM ROW(")
            + after.join(QStringLiteral(", ")) + u')';
    const QString sql = QStringLiteral("WITH u AS (UPDATE ") + t + QStringLiteral(" AS t SET ") + sets.join(QStringLiteral(", "))
        + QStringLiteral(" FROM (SELECT s.*, ") + differs + QStringLiteral(" AS mianshen_changed FROM ") + source
        + QStringLiteral(" AS s JOIN ") + t + QStringLiteral(" AS o ON ") + keyMatch(u"o"_qs, u"s"_qs)
        + (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition) + QStringLiteral(") AS s WHERE ")
        + keyMatch(u"t"_qs, u"s"_qs)
        + QStringLiteral(" RETURNING s.mianshen_changed) SELECT count(*), count(*) FILTER (WHERE mianshen_changed) FROM u");
    PGresult *r = nullptr;
    if (!exec(sql, nullptr, &r))
        return false;
    *matched = QByteArray(PQgetvalue(r, 0, 0)).toLongLong();
    *changed = QByteArray(PQgetvalue(r, 0, 1)).toLongLong();
    PQclear(r);
    return true;
}

bool PostgresFeedWriter::finish(Counts &counts, std::vector<LateOutcome> &late)
{
    if (!endCopy())
        return false;
    if (m_direct) {
        if (!exec(QStringLiteral("RELEASE SAVEPOINT mianshen_direct_copy")))
            return false;
        counts.inserted += m_rows;
        return true;
    }
    if (!exec(QStringLiteral("ANALYZE ") + kTemp))
        return false;

    const QString t = m_feed->name;
    const QString cols = m_allColumns.join(QStringLiteral(", "));
    const QString keys = m_keyColumns.join(QStringLiteral(", "));
    PGresult *probe = nullptr;
    if (!exec(QStringLiteral("SELECT 1 FROM ") + t + QStringLiteral(" LIMIT 1"), nullptr, &probe))
        return false;
    const bool wasEmpty = PQntuples(probe) == 0;
    PQclear(probe);

    if (!m_delta) {
        const QString duplicates = duplicatesQuery();
        if (m_quarantine) {
            if (!lateOutcomes(duplicates + QStringLiteral(" ORDER BY line"), Outcome::Duplicate, late))
                return false;
            if (!late.empty()
                && !exec(QStringLiteral("DELETE FROM ") + kTemp + QStringLiteral(" WHERE line IN (SELECT line FROM (")
                         + duplicates + QStringLiteral(") x)")))
                return false;
        }
        qint64 updated = 0, changed = 0, inserted = 0, deleted = 0;
        if (!wasEmpty && !updateCounting(kTemp, QString(), &updated, &changed))
            return false;
        if (!exec(QStringLiteral("INSERT INTO ") + t + QStringLiteral(" (") + cols + QStringLiteral(", import_id) SELECT ")
                      + cols + QStringLiteral(", $1::bigint FROM ") + kTemp + QStringLiteral(" ON CONFLICT (")
                      + keys + QStringLiteral(") DO NOTHING"),
                  &inserted))
            return false;
        if (!m_quarantine && updated + inserted != m_rows
            && !lateOutcomes(duplicates + QStringLiteral(" ORDER BY line"), Outcome::Duplicate, late))
            return false;
        if (!wasEmpty
            && !exec(QStringLiteral("DELETE FROM ") + t + QStringLiteral(" WHERE import_id <> $1::bigint"), &deleted))
            return false;
        counts.inserted += inserted;
        counts.updated += changed;
        counts.unchanged += updated - changed;
        counts.deleted += deleted;
        return true;
    }

    // Delta: warnings for deletes of keys that are not there (neither in the
    // table nor upserted earlier in the file), then the last op of each key.
    if (!exec(QStringLiteral("CREATE INDEX ON ") + kTemp + QStringLiteral(" (") + keys + QStringLiteral(", line)")))
        return false;
    if (!lateOutcomes(QStringLiteral("SELECT d.line, concat_ws(', ', ") + prefixed(m_keyColumns, u"d."_qs)
                          + QStringLiteral(") FROM ") + kTemp + QStringLiteral(" d WHERE d.op = 1 AND NOT EXISTS (SELECT 1 FROM ")
                          + t + QStringLiteral(" t WHERE ") + keyMatch(u"t"_qs, u"d"_qs)
                          + QStringLiteral(") AND NOT EXISTS (SELECT 1 FROM ") + kTemp + QStringLiteral(" u WHERE u.op = 0 AND ")
                          + keyMatch(u"u"_qs, u"d"_qs) + QStringLiteral(" AND u.line < d.line) ORDER BY d.line"),
                      Outcome::DeleteMissing, late))
        return false;
    if (!exec(QStringLiteral("CREATE TEMP TABLE ") + kLast + QStringLiteral(" ON COMMIT DROP AS SELECT DISTINCT ON (")
              + keys + QStringLiteral(") * FROM ") + kTemp + QStringLiteral(" ORDER BY ") + keys + QStringLiteral(", line DESC")))
        return false;
    qint64 deleted = 0, updated = 0, changed = 0, inserted = 0;
    if (!wasEmpty
        && (!exec(QStringLiteral("DELETE FROM ") + t + QStringLiteral(" AS t USING ") + kLast + QStringLiteral(" AS s WHERE s.op = 1 AND ")
                      + keyMatch(u"t"_qs, u"s"_qs),
                  &deleted)
            || !updateCounting(kLast, QStringLiteral("s.op = 0"), &updated, &changed)))
        return false;
    if (!exec(QStringLiteral("INSERT INTO ") + t + QStringLiteral(" (") + cols + QStringLiteral(", import_id) SELECT ") + cols
                  + QStringLiteral(", $1::bigint FROM ") + kLast + QStringLiteral(" WHERE op = 0 ON CONFLICT (") + keys
                  + QStringLiteral(") DO NOTHING"),
              &inserted))
        return false;
    if (!exec(QStringLiteral("DROP TABLE ") + kLast))
        return false;
    counts.inserted += inserted;
    counts.updated += changed;
    counts.unchanged += updated - changed;
    counts.deleted += deleted;
    return true;
}

} // namespace mianshen::feeds
