#include "matching/FeedReader.h"

#include "domain/IdentityCodes.h"
#include "store/Database.h"
#include "store/SqlIdentifier.h"

#include <QCoreApplication>
#include <QMutex>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <string_view>
#include <thread>

namespace mianshen::matching {

using domain::Result;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::matching::FeedReader", text);
}

struct Range
{
    int request = 0;
    std::int64_t from = -1;  // SQLite: index into boundaries; PostgreSQL: heap block; -1 = no lower bound
    std::int64_t to = -1;    // exclusive; -1 = no upper bound
};

bool digits(const char *p, int n, int &out)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = p[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

int daysInMonth(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

rules::SubjectKind kindOf(const catalog::Feed &feed, const char *id)
{
    switch (feed.subjectKind) {
    case catalog::SubjectKind::Person: return rules::SubjectKind::Person;
    case catalog::SubjectKind::Enterprise: return rules::SubjectKind::Enterprise;
    default: break;
    }
    return domain::identity::isValidIdNumber(std::string_view(id, 18)) ? rules::SubjectKind::Person
                                                                        : rules::SubjectKind::Enterprise;
}

QString selectList(const FeedReader::Request &r)
{
    QStringList cols;
    cols << store::quoteIdentifier(r.feed->column(r.feed->subjectColumn)->sqlName);
    for (const catalog::Column *c : r.columns)
        cols << store::quoteIdentifier(c->sqlName);
    return cols.join(QStringLiteral(", "));
}

// The request's row filter as SQL with numbered parameters (`?N` on SQLite,
// `$N` on PostgreSQL) starting at `first`; `values` receives them in order.
QString rowFilterSql(const FeedReader::Request &r, QChar marker, int first, QList<QByteArray> &values)
{
    QStringList alternatives;
    int n = first;
    for (const auto &alternative : r.rowFilter) {
        QStringList tests;
        for (const FeedReader::Request::Test &t : alternative) {
            QStringList params;
            for (const QByteArray &v : t.values) {
                params << (marker + QString::number(n++));
                values << v;
            }
            // One value: `=`, which SQLite's scan tests faster than a one-value IN.
            if (params.size() == 1)
                tests << (store::quoteIdentifier(t.column->sqlName) % QStringLiteral(" = ") % params.first());
            else
                tests << (store::quoteIdentifier(t.column->sqlName) % QStringLiteral(" IN (") % params.join(QStringLiteral(", "))
                          % QLatin1Char(')'));
        }
        alternatives << (QLatin1Char('(') % tests.join(QStringLiteral(" AND ")) % QLatin1Char(')'));
    }
    return QLatin1Char('(') % alternatives.join(QStringLiteral(" OR ")) % QLatin1Char(')');
}

// Decodes one field given as bytes (the text form both databases give).
void decodeField(FeedChunk &chunk, FeedChunk::Column &col, const catalog::Column &info, rules::ValueKind kind,
                 const char *p, int n, bool isNull)
{
    std::int64_t v = 0;
    bool present = !isNull;
    if (present && n == 0 && info.optional)
        present = false;   // '' in an optional key column = no value
    if (present) {
        switch (kind) {
        case rules::ValueKind::Bool:
        case rules::ValueKind::Integer:
        case rules::ValueKind::Money:
        case rules::ValueKind::Decimal:
            present = fastparse::int64(p, n, v);
            break;
        case rules::ValueKind::Date: {
            std::int32_t d = 0;
            present = fastparse::date(p, n, d);
            v = d;
            break;
        }
        case rules::ValueKind::Month: {
            std::int32_t m = 0;
            present = fastparse::month(p, n, m);
            v = m;
            break;
        }
        case rules::ValueKind::String:
            v = chunk.intern(col, p, n);
            break;
        }
    }
    col.values.push_back(present ? v : 0);
    col.present.push_back(present ? 1 : 0);
}

struct Plan
{
    const FeedReader::Request *request = nullptr;
    std::vector<rules::ValueKind> kinds;
};

// --- SQLite -----------------------------------------------------------------

QString readSqliteRange(sqlite3 *db, const Plan &plan, const Range &range, FeedChunk &chunk,
                        const std::atomic<bool> *cancel)
{
    const FeedReader::Request &r = *plan.request;
    QString sql = QStringLiteral("SELECT ") % selectList(r) % QStringLiteral(" FROM ") % store::quoteIdentifier(r.feed->name);
    const QString subject = store::quoteIdentifier(r.feed->column(r.feed->subjectColumn)->sqlName);
    QStringList where;
    if (!r.subjectEquals.isEmpty()) {
        where << (subject % QStringLiteral(" = ?3"));
    } else {
        if (range.from >= 0)
            where << (subject % QStringLiteral(" >= ?1"));
        if (range.to >= 0)
            where << (subject % QStringLiteral(" < ?2"));
    }
    QList<QByteArray> filterValues;
    if (!r.rowFilter.isEmpty())
        where << rowFilterSql(r, QLatin1Char('?'), 4, filterValues);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") % where.join(QStringLiteral(" AND "));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return tr("Cannot read %1: %2").arg(r.feed->name, QString::fromUtf8(sqlite3_errmsg(db)));
    if (range.from >= 0) {
        const QByteArray &b = r.boundaries.at(range.from);
        sqlite3_bind_text(stmt, 1, b.constData(), int(b.size()), SQLITE_STATIC);
    }
    if (range.to >= 0) {
        const QByteArray &b = r.boundaries.at(range.to);
        sqlite3_bind_text(stmt, 2, b.constData(), int(b.size()), SQLITE_STATIC);
    }
    if (!r.subjectEquals.isEmpty())
        sqlite3_bind_text(stmt, 3, r.subjectEquals.constData(), int(r.subjectEquals.size()), SQLITE_STATIC);
    for (qsizetype i = 0; i < filterValues.size(); ++i)
        sqlite3_bind_text(stmt, int(4 + i), filterValues.at(i).constData(), int(filterValues.at(i).size()), SQLITE_STATIC);
    const int ncol = int(r.columns.size());
    chunk.columns.resize(std::size_t(ncol));
    int rc;
    std::int64_t n = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if ((++n & 0xFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            break;
        const char *id = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        const int idLen = sqlite3_column_bytes(stmt, 0);
        if (!id || idLen != 18) {
            ++chunk.skipped;
            continue;
        }
        std::array<char, 18> key;
        std::memcpy(key.data(), id, 18);
        chunk.subjects.push_back(key);
        chunk.subjectKinds.push_back(std::uint8_t(kindOf(*r.feed, id)));
        for (int c = 0; c < ncol; ++c) {
            FeedChunk::Column &col = chunk.columns[std::size_t(c)];
            const rules::ValueKind kind = plan.kinds[std::size_t(c)];
            // Text kinds need no type check: NULL comes back as a null pointer.
            if (kind != rules::ValueKind::String && kind != rules::ValueKind::Date && kind != rules::ValueKind::Month
                && sqlite3_column_type(stmt, c + 1) == SQLITE_INTEGER) {
                col.values.push_back(sqlite3_column_int64(stmt, c + 1));
                col.present.push_back(1);
                continue;
            }
            const char *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c + 1));
            decodeField(chunk, col, *r.columns[c], kind, p, sqlite3_column_bytes(stmt, c + 1), p == nullptr);
        }
        ++chunk.rows;
    }
    QString error;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        error = tr("Reading %1 failed: %2").arg(r.feed->name, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(stmt);
    return error;
}

// --- PostgreSQL -------------------------------------------------------------

// Unescapes a COPY text field in place; returns its new length.
int unescapeCopy(char *p, int n)
{
    int w = 0;
    for (int i = 0; i < n; ++i) {
        char c = p[i];
        if (c == '\\' && i + 1 < n) {
            const char e = p[++i];
            switch (e) {
            case 't': c = '\t'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'v': c = '\v'; break;
            default: c = e; break;
            }
        }
        p[w++] = c;
    }
    return w;
}

QString ctidRange(const Range &range)
{
    // Block numbers come from pg_relation_size, never from input.
    QString sql;
    if (range.from >= 0)
        sql += QStringLiteral("ctid >= '(%1,0)'::tid").arg(range.from);
    if (range.to >= 0)
        sql += (sql.isEmpty() ? QString() : QStringLiteral(" AND ")) % QStringLiteral("ctid < '(%1,0)'::tid").arg(range.to);
    return sql;
}

// One subject, or a filtered range: a parameterised SELECT (COPY takes no
// parameters); a filtered range's result is the small share of rows kept.
QString readPostgresSelect(pg_conn *conn, const Plan &plan, const Range &range, FeedChunk &chunk)
{
    const FeedReader::Request &r = *plan.request;
    QStringList where;
    QList<QByteArray> params;
    if (!r.subjectEquals.isEmpty()) {
        where << (store::quoteIdentifier(r.feed->column(r.feed->subjectColumn)->sqlName) % QStringLiteral(" = $1"));
        params << r.subjectEquals;
    } else if (const QString ctid = ctidRange(range); !ctid.isEmpty()) {
        where << ctid;
    }
    if (!r.rowFilter.isEmpty())
        where << rowFilterSql(r, QLatin1Char('$'), int(params.size()) + 1, params);
    QString text = QStringLiteral("SELECT ") % selectList(r) % QStringLiteral(" FROM ") % store::quoteIdentifier(r.feed->name);
    if (!where.isEmpty())
        text += QStringLiteral(" WHERE ") % where.join(QStringLiteral(" AND "));
    const QByteArray sql = text.toUtf8();
    std::vector<const char *> values;
    std::vector<int> lengths;
    for (const QByteArray &p : params) {
        values.push_back(p.constData());
        lengths.push_back(int(p.size()));
    }
    PGresult *res = PQexecParams(conn, sql.constData(), int(values.size()), nullptr, values.data(), lengths.data(),
                                 nullptr, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        const QString e = tr("Cannot read %1: %2").arg(r.feed->name, QString::fromUtf8(PQerrorMessage(conn)));
        PQclear(res);
        return e;
    }
    const int ncol = int(r.columns.size());
    chunk.columns.resize(std::size_t(ncol));
    for (int row = 0; row < PQntuples(res); ++row) {
        if (PQgetlength(res, row, 0) != 18) {
            ++chunk.skipped;
            continue;
        }
        const char *id = PQgetvalue(res, row, 0);
        std::array<char, 18> key;
        std::memcpy(key.data(), id, 18);
        chunk.subjects.push_back(key);
        chunk.subjectKinds.push_back(std::uint8_t(kindOf(*r.feed, id)));
        for (int c = 0; c < ncol; ++c)
            decodeField(chunk, chunk.columns[std::size_t(c)], *r.columns[c], plan.kinds[std::size_t(c)],
                        PQgetvalue(res, row, c + 1), PQgetlength(res, row, c + 1), PQgetisnull(res, row, c + 1));
        ++chunk.rows;
    }
    PQclear(res);
    return {};
}

QString readPostgresRange(pg_conn *conn, const Plan &plan, const Range &range, FeedChunk &chunk,
                          const std::atomic<bool> *cancel)
{
    const FeedReader::Request &r = *plan.request;
    if (!r.subjectEquals.isEmpty() || !r.rowFilter.isEmpty())
        return readPostgresSelect(conn, plan, range, chunk);
    QString sql = QStringLiteral("COPY (SELECT ") % selectList(r) % QStringLiteral(" FROM ") % store::quoteIdentifier(r.feed->name);
    if (const QString ctid = ctidRange(range); !ctid.isEmpty())
        sql += QStringLiteral(" WHERE ") % ctid;
    sql += QStringLiteral(") TO STDOUT");
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    if (PQresultStatus(res) != PGRES_COPY_OUT) {
        const QString e = tr("Cannot read %1: %2").arg(r.feed->name, QString::fromUtf8(PQerrorMessage(conn)));
        PQclear(res);
        return e;
    }
    PQclear(res);
    const int ncol = int(r.columns.size());
    chunk.columns.resize(std::size_t(ncol));
    std::vector<const char *> starts(std::size_t(ncol + 1));
    std::vector<int> lengths(std::size_t(ncol + 1));
    char *buf = nullptr;
    int len;
    bool cancelled = false;
    std::int64_t n = 0;
    QString error;
    while ((len = PQgetCopyData(conn, &buf, 0)) > 0) {
        if (cancelled) {
            PQfreemem(buf);
            continue;   // drain: libpq has no cheaper way to stop a COPY OUT
        }
        if ((++n & 0xFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            cancelled = true;
        int end = len;
        if (end > 0 && buf[end - 1] == '\n')
            --end;
        int field = 0;
        int s = 0;
        for (int i = 0; i <= end && field <= ncol; ++i) {
            if (i == end || buf[i] == '\t') {
                starts[std::size_t(field)] = buf + s;
                lengths[std::size_t(field)] = i - s;
                ++field;
                s = i + 1;
            }
        }
        if (field != ncol + 1) {
            error = tr("Unexpected COPY row from %1").arg(r.feed->name);
            PQfreemem(buf);
            continue;
        }
        if (lengths[0] != 18) {
            ++chunk.skipped;
            PQfreemem(buf);
            continue;
        }
        std::array<char, 18> key;
        std::memcpy(key.data(), starts[0], 18);
        chunk.subjects.push_back(key);
        chunk.subjectKinds.push_back(std::uint8_t(kindOf(*r.feed, starts[0])));
        for (int c = 0; c < ncol; ++c) {
            char *p = const_cast<char *>(starts[std::size_t(c + 1)]);
            int fl = lengths[std::size_t(c + 1)];
            const bool isNull = fl == 2 && p[0] == '\\' && p[1] == 'N';
            if (!isNull && std::memchr(p, '\\', std::size_t(fl)))
                fl = unescapeCopy(p, fl);
            decodeField(chunk, chunk.columns[std::size_t(c)], *r.columns[c], plan.kinds[std::size_t(c)], p, fl, isNull);
        }
        ++chunk.rows;
        PQfreemem(buf);
    }
    if (len == -2)
        error = tr("Reading %1 failed: %2").arg(r.feed->name, QString::fromUtf8(PQerrorMessage(conn)));
    while (PGresult *last = PQgetResult(conn)) {
        if (PQresultStatus(last) != PGRES_COMMAND_OK && error.isEmpty())
            error = tr("Reading %1 failed: %2").arg(r.feed->name, QString::fromUtf8(PQresultErrorMessage(last)));
        PQclear(last);
    }
    return error;
}

// Splits a table into ranges on the caller's connection.
QString planRanges(const store::Database &db, int requestIndex, const FeedReader::Request &request,
                   std::int64_t rangeSize, std::vector<Range> &out)
{
    const catalog::Feed &feed = *request.feed;
    if (!request.subjectEquals.isEmpty()) {
        out.push_back({requestIndex, -1, -1});
        return {};
    }
    if (db.dialect() == store::Dialect::Sqlite) {
        const qsizetype n = FeedReader::clusteredBySubject(feed) ? request.boundaries.size() : 0;
        if (n == 0) {
            out.push_back({requestIndex, -1, -1});
            return {};
        }
        out.push_back({requestIndex, -1, 0});
        for (qsizetype i = 0; i + 1 < n; ++i)
            out.push_back({requestIndex, i, i + 1});
        out.push_back({requestIndex, n - 1, -1});
        return {};
    }
    pg_conn *conn = db.postgresHandle();
    const QByteArray sql = (QStringLiteral("SELECT pg_relation_size('") % store::quoteIdentifier(feed.name)
                            % QStringLiteral("') / current_setting('block_size')::bigint")).toUtf8();
    PGresult *res = PQexec(conn, sql.constData());
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        const QString e = tr("Cannot size %1: %2").arg(feed.name, QString::fromUtf8(PQerrorMessage(conn)));
        PQclear(res);
        return e;
    }
    const std::int64_t blocks = std::atoll(PQgetvalue(res, 0, 0));
    PQclear(res);
    const std::int64_t blocksPerRange = qMax<std::int64_t>(1, rangeSize / 122);   // ~122 narrow rows per 8 kB block
    if (blocks <= blocksPerRange) {
        out.push_back({requestIndex, -1, -1});
        return {};
    }
    for (std::int64_t a = 0; a < blocks; a += blocksPerRange)
        out.push_back({requestIndex, a, a + blocksPerRange >= blocks ? -1 : a + blocksPerRange});
    return {};
}

} // namespace

std::int32_t FeedChunk::intern(const char *data, int size)
{
    const auto it = stringIndex.find(std::string_view(data, std::size_t(size)));
    if (it != stringIndex.end())
        return it->second;
    const QByteArray owned(data, size);   // QList may move the QByteArray, not its heap data
    const std::int32_t id = std::int32_t(strings.size());
    strings.append(owned);
    stringIndex.emplace(std::string_view(owned.constData(), std::size_t(owned.size())), id);
    return id;
}

std::int32_t FeedChunk::intern(Column &column, const char *data, int size)
{
    for (std::int32_t id : column.recent) {
        if (id < 0)
            break;
        const QByteArray &s = strings.at(id);
        if (s.size() == size && std::memcmp(s.constData(), data, std::size_t(size)) == 0)
            return id;
    }
    const std::int32_t id = intern(data, size);
    column.recent[std::size_t(column.recentNext)] = id;
    column.recentNext = (column.recentNext + 1) & 3;
    return id;
}

namespace fastparse {

bool date(const char *p, int n, std::int32_t &dayNumber)
{
    int y, m, d;
    if (n != 10 || p[4] != '-' || p[7] != '-' || !digits(p, 4, y) || !digits(p + 5, 2, m) || !digits(p + 8, 2, d))
        return false;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return false;
    dayNumber = rules::DayNumber::fromCivil(y, m, d);
    return true;
}

bool month(const char *p, int n, std::int32_t &monthIndex)
{
    int y, m;
    if (n != 7 || p[4] != '-' || !digits(p, 4, y) || !digits(p + 5, 2, m) || m < 1 || m > 12)
        return false;
    monthIndex = y * 12 + (m - 1);
    return true;
}

bool int64(const char *p, int n, std::int64_t &value)
{
    if (n <= 0 || n > 19)
        return false;
    bool neg = false;
    int i = 0;
    if (p[0] == '-') {
        neg = true;
        i = 1;
        if (n == 1)
            return false;
    }
    std::int64_t v = 0;
    for (; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (p[i] - '0');
    }
    value = neg ? -v : v;
    return true;
}

} // namespace fastparse

FeedReader::FeedReader(const store::Database &db) : m_db(db) {}

bool FeedReader::clusteredBySubject(const catalog::Feed &feed)
{
    return !feed.key.isEmpty() && feed.key.first() == feed.subjectColumn;
}

domain::Status FeedReader::readInOrder(const QList<Request> &requests, const ChunkConsumer &consume)
{
    using domain::Status;
    std::vector<Plan> plans(std::size_t(requests.size()));
    std::vector<Range> ranges;
    for (int i = 0; i < requests.size(); ++i) {
        const Request &r = requests.at(i);
        if (!r.feed || !r.feed->column(r.feed->subjectColumn))
            return Status::failure(tr("A feed without a subject column cannot be read by subject."));
        plans[std::size_t(i)].request = &r;
        for (const catalog::Column *c : r.columns)
            plans[std::size_t(i)].kinds.push_back(rules::valueKindFor(c->type));
        if (const QString e = planRanges(m_db, i, r, m_rangeSize, ranges); !e.isEmpty())
            return Status::failure(e);
    }
    const std::size_t n = ranges.size();
    std::vector<FeedChunk> chunks(n);
    std::vector<std::uint8_t> ready(n, 0);
    std::size_t next = 0;        // the next range a worker takes
    std::size_t consumed = 0;    // ranges handed to the consumer
    bool stop = false;
    QString firstError;
    std::mutex lock;
    std::condition_variable changed;
    const int threads = int(qMin<std::size_t>(std::size_t(m_threads), qMax<std::size_t>(1, n)));
    // At most this many ranges read ahead of the consumer: bounds memory,
    // and leaves room for the threads to go on while the consumer waits for
    // one slow range (ranges of one feed take from 0.4 to 0.8 s at a million persons).
    const std::size_t window = 4 * std::size_t(threads) + 4;

    auto worker = [&]() {
        auto conn = m_db.openAnother();
        if (!conn) {
            std::lock_guard<std::mutex> g(lock);
            if (firstError.isEmpty())
                firstError = conn.error();
            stop = true;
            changed.notify_all();
            return;
        }
        store::Database &db = *conn.value();
        if (db.dialect() == store::Dialect::Sqlite)
            // No mmap here: a scan touches the whole file, and mapped pages
            // count as the process's memory (3.8 GB at a million persons,
            // against 0.3 GB read through SQLite's small page cache).
            sqlite3_exec(db.sqliteHandle(), "PRAGMA mmap_size=0", nullptr, nullptr, nullptr);
        else
            PQclear(PQexec(db.postgresHandle(), "SET work_mem='64MB'"));
        for (;;) {
            std::size_t i;
            {
                std::unique_lock<std::mutex> g(lock);
                changed.wait(g, [&] { return stop || next >= n || next < consumed + window; });
                if (stop || next >= n)
                    return;
                i = next++;
            }
            if (m_cancel && m_cancel->load()) {
                std::lock_guard<std::mutex> g(lock);
                stop = true;
                changed.notify_all();
                return;
            }
            const Range &range = ranges[i];
            const Plan &plan = plans[std::size_t(range.request)];
            FeedChunk chunk;
            const QString e = db.dialect() == store::Dialect::Sqlite
                ? readSqliteRange(db.sqliteHandle(), plan, range, chunk, m_cancel)
                : readPostgresRange(db.postgresHandle(), plan, range, chunk, m_cancel);
            std::lock_guard<std::mutex> g(lock);
            if (!e.isEmpty()) {
                if (firstError.isEmpty())
                    firstError = e;
                stop = true;
            } else {
                chunks[i] = std::move(chunk);
                ready[i] = 1;
            }
            changed.notify_all();
            if (stop)
                return;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    QString consumeError;
    for (std::size_t i = 0; i < n; ++i) {
        FeedChunk chunk;
        {
            std::unique_lock<std::mutex> g(lock);
            changed.wait(g, [&] { return stop || ready[i]; });
            if (!ready[i])
                break;
            chunk = std::move(chunks[i]);
        }
        const Status s = consume(ranges[i].request, std::move(chunk));
        std::lock_guard<std::mutex> g(lock);
        ++consumed;
        if (!s) {
            consumeError = s.error();
            stop = true;
        }
        changed.notify_all();
        if (stop)
            break;
    }
    {
        std::lock_guard<std::mutex> g(lock);
        stop = true;
        changed.notify_all();
    }
    for (std::thread &t : pool)
        t.join();
    if (!firstError.isEmpty())
        return Status::failure(firstError);
    if (!consumeError.isEmpty())
        return Status::failure(consumeError);
    if (m_cancel && m_cancel->load())
        return Status::failure(tr("Cancelled."));
    return {};
}

Result<std::vector<std::vector<FeedChunk>>> FeedReader::read(const QList<Request> &requests)
{
    using Out = std::vector<std::vector<FeedChunk>>;
    Out out(std::size_t(requests.size()));
    const auto s = readInOrder(requests, [&out](int request, FeedChunk &&chunk) {
        out[std::size_t(request)].push_back(std::move(chunk));
        return domain::Status();
    });
    if (!s)
        return Result<Out>::failure(s.error());
    return out;
}

} // namespace mianshen::matching
