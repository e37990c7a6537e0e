#include "audit/AuditVerifier.h"

#include "audit/AuditChain.h"
#include "store/Database.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <climits>
#include <cstring>

namespace mianshen::audit {

using domain::Result;

namespace {

constexpr int kProgressEvery = 10000;
constexpr int kFetchRows = 10000;

const char *const kSelect =
    "SELECT id, at, actor, role, action, entity, entity_id, before_json, after_json, reason, prev_hash, hash "
    "FROM audit_log ORDER BY id";

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::audit::AuditVerifier", text);
}

bool same(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), std::size_t(a.size())) == 0);
}

// Checks one row after another, keeping only the last two hashes.
class ChainChecker final
{
public:
    explicit ChainChecker(VerifyReport &report) : m_report(report) { m_prevHash = AuditChain::genesisHash(); }

    // `fields[0]` is the id's text. Returns false once the chain is broken.
    bool check(qint64 id, const AuditChain::Fields &fields, QByteArrayView prevHash, QByteArrayView hash)
    {
        m_canonical.clear();
        AuditChain::appendCanonical(m_canonical, fields);
        const QByteArray computed = AuditChain::hashOfCanonical(prevHash, m_canonical);
        ++m_report.rowsChecked;
        // Chained past the previous row: that row was put in between (and
        // this one renumbered to make room, hence its hash may not match).
        const bool skipsPrevious = !m_prevPrevHash.isNull() && !same(prevHash, m_prevHash)
                                   && same(prevHash, m_prevPrevHash);
        if (skipsPrevious)
            return fail(VerifyReport::Break::Inserted, m_prevId, id, QString());
        if (!same(computed, hash))
            return fail(VerifyReport::Break::Changed, id, id, QStringLiteral("hash"));
        if (!same(prevHash, m_prevHash)) {
            if (id > m_prevId + 1)
                return fail(VerifyReport::Break::Deleted, m_prevId + 1, id, QString());
            // No gap: the row before was rewritten with a new hash (or, for
            // the first row, its link was).
            return fail(VerifyReport::Break::Changed, m_prevId > 0 ? m_prevId : id, id, QStringLiteral("link"));
        }
        if (id != m_prevId + 1)
            return fail(VerifyReport::Break::Deleted, m_prevId + 1, id, QString());
        m_prevPrevHash = m_prevHash;
        m_prevHash = hash.toByteArray();
        m_prevId = id;
        m_report.lastId = id;
        m_report.headHash = m_prevHash;
        return true;
    }

    qint64 lastId() const { return m_prevId; }

private:
    bool fail(VerifyReport::Break kind, qint64 brokenId, qint64 nextId, const QString &detail)
    {
        m_report.kind = kind;
        m_report.brokenId = brokenId;
        m_report.nextId = nextId;
        m_report.detail = detail;
        return false;
    }

    VerifyReport &m_report;
    QByteArray m_canonical;
    QByteArray m_prevHash;
    QByteArray m_prevPrevHash;   // null until two rows were read
    qint64 m_prevId = 0;
};

QByteArrayView sqliteText(sqlite3_stmt *stmt, int column)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return QByteArrayView(text ? text : "", sqlite3_column_bytes(stmt, column));
}

QString sqliteError(sqlite3 *handle)
{
    return tr("The audit log could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
}

Result<VerifyReport> verifySqlite(sqlite3 *handle, const VerifyProgress &progress)
{
    using R = Result<VerifyReport>;
    VerifyReport report;
    ChainChecker checker(report);
    const bool ownTransaction = sqlite3_get_autocommit(handle) != 0;
    if (ownTransaction && sqlite3_exec(handle, "BEGIN DEFERRED", nullptr, nullptr, nullptr) != SQLITE_OK)
        return R::failure(sqliteError(handle));
    auto finish = [&](sqlite3_stmt *stmt) {
        sqlite3_finalize(stmt);
        if (ownTransaction)
            sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    };
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, kSelect, -1, &stmt, nullptr) != SQLITE_OK) {
        const QString error = sqliteError(handle);
        finish(stmt);
        return R::failure(error);
    }
    QByteArray idText;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt, 0);
        idText = QByteArray::number(id);
        const AuditChain::Fields fields = {idText, sqliteText(stmt, 1), sqliteText(stmt, 2), sqliteText(stmt, 3),
                                           sqliteText(stmt, 4), sqliteText(stmt, 5), sqliteText(stmt, 6),
                                           sqliteText(stmt, 7), sqliteText(stmt, 8), sqliteText(stmt, 9)};
        if (!checker.check(id, fields, sqliteText(stmt, 10), sqliteText(stmt, 11))) {
            finish(stmt);
            return report;
        }
        if (progress && report.rowsChecked % kProgressEvery == 0 && !progress(report.rowsChecked)) {
            finish(stmt);
            return R::failure(tr("The verification was cancelled."));
        }
    }
    if (rc != SQLITE_DONE) {
        const QString error = sqliteError(handle);
        finish(stmt);
        return R::failure(error);
    }
    sqlite3_finalize(stmt);
    // AUTOINCREMENT remembers the highest id ever written: rows deleted at
    // the end leave it above the last row.
    stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'", -1, &stmt, nullptr)
            == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        const qint64 highest = sqlite3_column_int64(stmt, 0);
        if (highest > checker.lastId()) {
            report.kind = VerifyReport::Break::Deleted;
            report.brokenId = checker.lastId() + 1;
            report.nextId = 0;
            report.detail = QString::number(highest);
        }
    }
    finish(stmt);
    return report;
}

QString postgresError(PGconn *conn)
{
    return tr("The audit log could not be read: %1").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
}

bool postgresExec(PGconn *conn, const char *sql)
{
    PGresult *res = PQexec(conn, sql);
    const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    return ok;
}

QByteArrayView postgresText(PGresult *res, int row, int column)
{
    if (PQgetisnull(res, row, column))
        return {};
    return QByteArrayView(PQgetvalue(res, row, column), PQgetlength(res, row, column));
}

// A cursor fetched in pages: constant memory, one snapshot (REPEATABLE READ).
Result<VerifyReport> verifyPostgres(PGconn *conn, const VerifyProgress &progress)
{
    using R = Result<VerifyReport>;
    VerifyReport report;
    ChainChecker checker(report);
    const bool ownTransaction = PQtransactionStatus(conn) == PQTRANS_IDLE;
    if (ownTransaction && !postgresExec(conn, "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        return R::failure(postgresError(conn));
    auto finish = [&]() {
        postgresExec(conn, "CLOSE mianshen_audit_verify");
        if (ownTransaction)
            postgresExec(conn, "COMMIT");
    };
    const QByteArray declare = QByteArray("DECLARE mianshen_audit_verify NO SCROLL CURSOR FOR ") + QByteArray(kSelect);
    if (!postgresExec(conn, declare.constData())) {
        const QString error = postgresError(conn);
        if (ownTransaction)
            postgresExec(conn, "ROLLBACK");
        return R::failure(error);
    }
    const QByteArray fetch = "FETCH " + QByteArray::number(kFetchRows) + " FROM mianshen_audit_verify";
    QByteArray idText;
    for (;;) {
        PGresult *res = PQexec(conn, fetch.constData());
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            const QString error = postgresError(conn);
            PQclear(res);
            if (ownTransaction)
                postgresExec(conn, "ROLLBACK");
            return R::failure(error);
        }
        const int rows = PQntuples(res);
        for (int r = 0; r < rows; ++r) {
            const qint64 id = QByteArrayView(PQgetvalue(res, r, 0), PQgetlength(res, r, 0)).toLongLong();
            idText = QByteArray::number(id);
            const AuditChain::Fields fields = {
                idText, postgresText(res, r, 1), postgresText(res, r, 2), postgresText(res, r, 3),
                postgresText(res, r, 4), postgresText(res, r, 5), postgresText(res, r, 6),
                postgresText(res, r, 7), postgresText(res, r, 8), postgresText(res, r, 9)};
            if (!checker.check(id, fields, postgresText(res, r, 10), postgresText(res, r, 11))) {
                PQclear(res);
                finish();
                return report;
            }
        }
        PQclear(res);
        if (rows < kFetchRows)
            break;
        if (progress && !progress(report.rowsChecked)) {
            finish();
            return R::failure(tr("The verification was cancelled."));
        }
    }
    finish();
    return report;
}

} // namespace

QString VerifyReport::kindName() const
{
    switch (kind) {
    case Break::None: return QStringLiteral("intact");
    case Break::Changed: return QStringLiteral("changed");
    case Break::Deleted: return QStringLiteral("deleted");
    case Break::Inserted: return QStringLiteral("inserted");
    }
    return {};
}

QString VerifyReport::message() const
{
    switch (kind) {
    case Break::None:
        if (rowsChecked == 0)
            return tr("The audit log is empty: nothing to verify.");
        return tr("The audit log is intact: %n row(s) verified. The last is row %1, hash %2.", nullptr, int(qMin<qint64>(rowsChecked, INT_MAX)))
            .arg(lastId)
            .arg(QString::fromLatin1(headHash));
    case Break::Changed:
        if (detail == QLatin1String("link"))
            return tr("Row %1 of the audit log was changed after it was written: its hash is not the one row %2 was chained to.")
                .arg(brokenId)
                .arg(nextId);
        return tr("Row %1 of the audit log was changed after it was written: its contents no longer give its hash.")
            .arg(brokenId);
    case Break::Deleted:
        if (nextId == 0)
            return tr("The last rows of the audit log were deleted: rows %1 to %2 were written but are no longer there.")
                .arg(brokenId)
                .arg(detail);
        if (nextId - brokenId == 1)
            return tr("Row %1 of the audit log was deleted: row %2 is chained to a row that is no longer there.")
                .arg(brokenId)
                .arg(nextId);
        return tr("Rows %1 to %2 of the audit log were deleted: row %3 is chained to a row that is no longer there.")
            .arg(brokenId)
            .arg(nextId - 1)
            .arg(nextId);
    case Break::Inserted:
        return tr("Row %1 of the audit log was inserted afterwards: row %2 is chained to the row before it.")
            .arg(brokenId)
            .arg(nextId);
    }
    return {};
}

Result<VerifyReport> verifyAuditChain(store::Database &db, const VerifyProgress &progress)
{
    if (sqlite3 *handle = db.sqliteHandle())
        return verifySqlite(handle, progress);
    if (PGconn *conn = db.postgresHandle())
        return verifyPostgres(conn, progress);
    return Result<VerifyReport>::failure(tr("The audit log could not be read: the database is not open."));
}

} // namespace mianshen::audit
