// The audit log's chain on a real SQLite file and the real PostgreSQL server:
// appending, verifying, and finding rows changed, deleted or inserted behind
// the program's back; the triggers; writers on several connections at once.

#include "AuditTestDatabase.h"

#include "audit/Actor.h"
#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QThread>

#include <atomic>

using namespace mianshen;
using audit::VerifyReport;

namespace {

VerifyReport verified(store::Database &db)
{
    auto r = audit::verifyAuditChain(db);
    if (!r)
        qFatal("verifyAuditChain failed: %s", qPrintable(r.error()));
    return r.value();
}

QString hashOfRow(store::Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestAuditChain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalText_isTheDocumentedNetstrings();
    void appendThenVerify_isIntact_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void appendThenVerify_isIntact();
    void append_outsideTransaction_isRefused_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void append_outsideTransaction_isRefused();
    void append_rolledBack_leavesNoTrace_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void append_rolledBack_leavesNoTrace();
    void triggers_refuseUpdateAndDelete_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void triggers_refuseUpdateAndDelete();
    void changedRow_isFoundAtThatRow_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void changedRow_isFoundAtThatRow();
    void changedAndRehashedRow_isFoundAtThatRow_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void changedAndRehashedRow_isFoundAtThatRow();
    void deletedRow_isFound_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void deletedRow_isFound();
    void deletedFirstRow_isFound_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void deletedFirstRow_isFound();
    void deletedLastRow_isFoundOnSqlite();
    void insertedRow_isFound_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void insertedRow_isFound();
    void concurrentAppends_keepOneChain_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void concurrentAppends_keepOneChain();
    void currentActor_isTheLogin_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void currentActor_isTheLogin();
    void verify_canBeCancelled();
    void postgresLogin_isTheActor_andCannotRewrite();
};

void TestAuditChain::canonicalText_isTheDocumentedNetstrings()
{
    audit::AuditRow row;
    row.id = 12;
    row.at = "2026-12-04T20:00:00.123Z";
    row.actor = "alice";
    row.role = "";
    row.action = "policy.publish";
    row.entity = "policy";
    row.entityId = "P1@2";
    row.afterJson = "{\"a\":1}";
    row.reason = QStringLiteral("理由").toUtf8();
    const QByteArray expected = "2:12,24:2026-12-04T20:00:00.123Z,5:alice,0:,14:policy.publish,6:policy,4:P1@2,~7:{\"a\":1},6:"
                                + QStringLiteral("理由").toUtf8() + ",";
    QCOMPARE(audit::AuditChain::canonicalText(row), expected);
    const QByteArray prev(64, 'a');
    const QByteArray independent = QCryptographicHash::hash(QByteArray(prev + expected), QCryptographicHash::Sha256).toHex();
    QCOMPARE(audit::AuditChain::hashOf(prev, row), independent);
    QCOMPARE(audit::AuditChain::genesisHash(), QByteArray(64, '0'));
}

void TestAuditChain::appendThenVerify_isIntact()
{
    MIANSHEN_AUDIT_DB(db);
    {
        const auto empty = verified(db);
        QVERIFY(empty.intact());
        QCOMPARE(empty.rowsChecked, 0);
    }
    QCOMPARE(testing::appendRows(db, 25), QString());
    const auto report = verified(db);
    QVERIFY2(report.intact(), qPrintable(report.message()));
    QCOMPARE(report.rowsChecked, 25);
    QCOMPARE(report.lastId, 25);
    QCOMPARE(QString::fromLatin1(report.headHash), hashOfRow(db, 25));

    // The stored rows: ids 1.., first prev_hash zeros, each linked, times with ms.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, role, before_json, reason, prev_hash, hash FROM audit_log ORDER BY id")));
    QString prev = QString(64, u'0');
    qint64 expectedId = 1;
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    while (q.next()) {
        QCOMPARE(q.value(0).toLongLong(), expectedId);
        QVERIFY2(iso.match(q.value(1).toString()).hasMatch(), qPrintable(q.value(1).toString()));
        QCOMPARE(q.value(2).toString(), audit::currentActor(db));
        QCOMPARE(q.value(3).toString(), QString(""));
        QCOMPARE(q.value(4).isNull(), (expectedId - 1) % 3 == 0);
        QCOMPARE(q.value(5).isNull(), (expectedId - 1) % 2 == 0);
        QCOMPARE(q.value(6).toString(), prev);
        prev = q.value(7).toString();
        QCOMPARE(prev.size(), 64);
        ++expectedId;
    }
    QCOMPARE(expectedId, 26);
    QVERIFY(report.message().contains(QStringLiteral("intact")));
}

void TestAuditChain::append_outsideTransaction_isRefused()
{
    MIANSHEN_AUDIT_DB(db);
    audit::AuditEntry e;
    e.action = QStringLiteral("test");
    e.entity = QStringLiteral("award");
    const auto s = audit::appendAudit(db, e);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("transaction")), qPrintable(s.error()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestAuditChain::append_rolledBack_leavesNoTrace()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(testing::appendRows(db, 3), QString());
    QVERIFY(db.beginWrite());
    audit::AuditEntry e;
    e.action = QStringLiteral("test.rolledback");
    e.entity = QStringLiteral("award");
    QVERIFY(audit::appendAudit(db, e));
    db.rollback();
    QCOMPARE(testing::appendRows(db, 2), QString());
    const auto report = verified(db);
    QVERIFY2(report.intact(), qPrintable(report.message()));
    QCOMPARE(report.lastId, 5);
}

void TestAuditChain::triggers_refuseUpdateAndDelete()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(testing::appendRows(db, 3), QString());
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
    if (db.dialect() == store::Dialect::Postgres) {
        QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_log")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(actor) FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(q.value(1).toString() != QStringLiteral("mallory"));
    QVERIFY(verified(db).intact());
}

void TestAuditChain::changedRow_isFoundAtThatRow()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(testing::appendRows(db, 12), QString());
    QCOMPARE(testing::tamper(db, {QStringLiteral("UPDATE audit_log SET after_json = '{\"status\":\"approved\",\"amount_fen\":99999}' WHERE id = 7")}),
             QString());
    const auto report = verified(db);
    QCOMPARE(report.kind, VerifyReport::Break::Changed);
    QCOMPARE(report.brokenId, 7);
    QCOMPARE(report.rowsChecked, 7);
    QVERIFY2(report.message().contains(QStringLiteral("Row 7 ")), qPrintable(report.message()));
    // The triggers are back.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1")));
}

void TestAuditChain::changedAndRehashedRow_isFoundAtThatRow()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(testing::appendRows(db, 10), QString());
    // Change row 4 and give it the hash its new contents produce: row 5 still
    // links to the old hash.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, role, action, entity, entity_id, before_json, after_json, reason, prev_hash "
                                  "FROM audit_log WHERE id = 4")) && q.next());
    audit::AuditRow row;
    row.id = 4;
    row.at = q.value(1).toString().toUtf8();
    row.actor = "mallory";
    row.role = q.value(3).toString().toUtf8();
    row.action = q.value(4).toString().toUtf8();
    row.entity = q.value(5).toString().toUtf8();
    row.entityId = q.value(6).toString().toUtf8();
    row.beforeJson = q.value(7).isNull() ? QByteArray() : q.value(7).toString().toUtf8();
    row.afterJson = q.value(8).isNull() ? QByteArray() : q.value(8).toString().toUtf8();
    row.reason = q.value(9).isNull() ? QByteArray() : q.value(9).toString().toUtf8();
    const QByteArray hash = audit::AuditChain::hashOf(q.value(10).toString().toLatin1(), row);
    q.finish();
    QCOMPARE(testing::tamper(db, {QStringLiteral("UPDATE audit_log SET actor = 'mallory', hash = '%1' WHERE id = 4")
                                      .arg(QString::fromLatin1(hash))}),
             QString());
    const auto report = verified(db);
    QCOMPARE(report.kind, VerifyReport::Break::Changed);
    QCOMPARE(report.brokenId, 4);
    QCOMPARE(report.nextId, 5);
}

void TestAuditChain::deletedRow_isFound()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(testing::appendRows(db, 12), QString());
    QCOMPARE(testing::tamper(db, {QStringLiteral("DELETE FROM audit_log WHERE id = 7")}), QString());
    auto report = verified(db);
    QCOMPARE(report.kind, VerifyReport::Break::Deleted);
    QCOMPARE(report.brokenId, 7);
    QCOMPARE(report.nextId, 8);
    QCOMPARE(report.lastId, 6);
    QVERIFY2(report.message().contains(QStringLiteral("Row 7 ")), qPrintable(report.message()));

    // Two more, in a range: rows 8 and 9 gone as well.
    QCOMPARE(testing::tamper(db, {QStringLiteral("DELETE FROM audit_log WHERE id IN (8, 9)")}), QString());
    report = verified(db);
    QCOMPARE(report.kind, VerifyReport::Break::Deleted);
    QCOMPARE(report.brokenId, 7);
    QCOMPARE(report.nextId, 10);
    QVERIFY2(report.message().contains(QStringLiteral("Rows 7 to 9")), qPrintable(report.message()));
}

void TestAuditChain::deletedFirstRow_isFound()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(testing::appendRows(db, 4), QString());
    QCOMPARE(testing::tamper(db, {QStringLiteral("DELETE FROM audit_log WHERE id = 1")}), QString());
    const auto report = verified(db);
    QCOMPARE(report.kind, VerifyReport::Break::Deleted);
    QCOMPARE(report.brokenId, 1);
    QCOMPARE(report.nextId, 2);
}

void TestAuditChain::deletedLastRow_isFoundOnSqlite()
{
    testing::AuditTestDatabase fixture;
    QVERIFY2(fixture.open(false), qPrintable(fixture.error));
    store::Database &db = *fixture.db;
    QCOMPARE(testing::appendRows(db, 6), QString());
    QCOMPARE(testing::tamper(db, {QStringLiteral("DELETE FROM audit_log WHERE id >= 5")}), QString());
    const auto report = verified(db);
    QCOMPARE(report.kind, VerifyReport::Break::Deleted);
    QCOMPARE(report.brokenId, 5);
    QCOMPARE(report.nextId, 0);
    QVERIFY2(report.message().contains(QStringLiteral("rows 5 to 6")), qPrintable(report.message()));
}

void TestAuditChain::insertedRow_isFound()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(testing::appendRows(db, 10), QString());
    // Make room after row 6 and put a well-formed row there, chained to row 6.
    audit::AuditRow forged;
    forged.id = 7;
    forged.at = "2026-01-01T00:00:00.000Z";
    forged.actor = "mallory";
    forged.role = "";
    forged.action = "review.approve";
    forged.entity = "award";
    forged.entityId = "42";
    const QByteArray prev = hashOfRow(db, 6).toLatin1();
    const QByteArray hash = audit::AuditChain::hashOf(prev, forged);
    QCOMPARE(testing::tamper(db, {QStringLiteral("UPDATE audit_log SET id = id + 1000 WHERE id >= 7"),
                                  QStringLiteral("UPDATE audit_log SET id = id - 999 WHERE id >= 1000"),
                                  QStringLiteral("INSERT INTO audit_log (id, at, actor, role, action, entity, entity_id, "
                                                 "prev_hash, hash) VALUES (7, '%1', 'mallory', '', 'review.approve', "
                                                 "'award', '42', '%2', '%3')")
                                      .arg(QString::fromLatin1(forged.at), QString::fromLatin1(prev), QString::fromLatin1(hash))}),
             QString());
    const auto report = verified(db);
    QCOMPARE(report.kind, VerifyReport::Break::Inserted);
    QCOMPARE(report.brokenId, 7);
    QCOMPARE(report.nextId, 8);
    QVERIFY2(report.message().contains(QStringLiteral("inserted")), qPrintable(report.message()));
}

namespace {

// Appends `count` rows on its own connection, in its own thread.
class Appender final : public QThread
{
public:
    Appender(store::ConnectionSpec spec, int count, int writer) : m_spec(std::move(spec)), m_count(count), m_writer(writer) {}
    QString error;

protected:
    void run() override
    {
        auto db = store::Database::open(m_spec);
        if (!db) {
            error = db.error();
            return;
        }
        for (int i = 0; i < m_count && error.isEmpty(); ++i) {
            if (!db.value()->beginWrite()) {
                error = db.value()->lastError();
                break;
            }
            audit::AuditEntry e;
            e.action = QStringLiteral("test.concurrent");
            e.entity = QStringLiteral("writer");
            e.entityId = QStringLiteral("%1/%2").arg(m_writer).arg(i);
            if (const auto s = audit::appendAudit(*db.value(), e); !s) {
                error = s.error();
                db.value()->rollback();
            } else if (!db.value()->commit()) {
                error = db.value()->lastError();
            }
        }
    }

private:
    store::ConnectionSpec m_spec;
    int m_count;
    int m_writer;
};

} // namespace

void TestAuditChain::concurrentAppends_keepOneChain()
{
    MIANSHEN_AUDIT_DB(db);
    constexpr int writers = 6;
    constexpr int each = 60;
    std::vector<std::unique_ptr<Appender>> threads;
    for (int w = 0; w < writers; ++w)
        threads.push_back(std::make_unique<Appender>(db.spec(), each, w));
    for (auto &t : threads)
        t->start();
    for (auto &t : threads) {
        QVERIFY(t->wait(120000));
        QCOMPARE(t->error, QString());
    }
    const auto report = verified(db);
    QVERIFY2(report.intact(), qPrintable(report.message()));
    QCOMPARE(report.rowsChecked, writers * each);
    QCOMPARE(report.lastId, writers * each);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT entity_id), count(DISTINCT prev_hash) FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), writers * each);
    QCOMPARE(q.value(1).toInt(), writers * each);   // no two rows chained to the same one
}

void TestAuditChain::currentActor_isTheLogin()
{
    MIANSHEN_AUDIT_DB(db);
    if (db.dialect() == store::Dialect::Postgres) {
        QCOMPARE(audit::currentActor(db), db.spec().user);
    } else {
        qputenv("USER", "clerk_wang");
        QCOMPARE(audit::currentActor(db), QStringLiteral("clerk_wang"));
    }
}

void TestAuditChain::verify_canBeCancelled()
{
    testing::AuditTestDatabase fixture;
    QVERIFY2(fixture.open(false), qPrintable(fixture.error));
    store::Database &db = *fixture.db;
    QVERIFY(db.beginWrite());
    for (int i = 0; i < 25000; ++i) {
        audit::AuditEntry e;
        e.action = QStringLiteral("test.bulk");
        e.entity = QStringLiteral("award");
        e.entityId = QString::number(i);
        QVERIFY(audit::appendAudit(db, e));
    }
    QVERIFY(db.commit());
    std::atomic<int> calls = 0;
    const auto r = audit::verifyAuditChain(db, [&](qint64 rows) {
        ++calls;
        return rows < 10000;
    });
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QStringLiteral("cancelled")), qPrintable(r.error()));
    QCOMPARE(calls.load(), 1);
    const auto full = verified(db);
    QVERIFY(full.intact());
    QCOMPARE(full.rowsChecked, 25000);
}

// A real login role on the test server with INSERT and SELECT on the log
// only: its rows carry its name, and it can neither change rows nor drop the
// triggers (the server enforces what SQLite cannot).
void TestAuditChain::postgresLogin_isTheActor_andCannotRewrite()
{
    testing::AuditTestDatabase fixture;
    MIANSHEN_REQUIRE_POSTGRES(fixture.pg);
    QVERIFY2(fixture.open(true), qPrintable(fixture.error));
    store::Database &admin = *fixture.db;
    const QString role = QStringLiteral("reviewer_%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString password = QStringLiteral("pw-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QCOMPARE(testing::execAll(admin, {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password),
                                      QStringLiteral("GRANT SELECT, INSERT ON audit_log TO %1").arg(role)}),
             QString());
    auto cleanup = qScopeGuard([&] {
        testing::execAll(admin, {QStringLiteral("DROP OWNED BY %1").arg(role), QStringLiteral("DROP ROLE %1").arg(role)});
    });
    QCOMPARE(testing::appendRows(admin, 2), QString());
    {
        store::ConnectionSpec spec = admin.spec();
        spec.user = role;
        spec.password = password;
        auto opened = store::Database::open(spec);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        store::Database &db = *opened.value();
        QCOMPARE(audit::currentActor(db), role);
        QVERIFY(db.beginWrite());
        audit::AuditEntry e;
        e.action = QStringLiteral("review.approve");
        e.entity = QStringLiteral("award");
        e.entityId = QStringLiteral("7");
        const auto s = audit::appendAudit(db, e);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(db.commit());
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE id = 1")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")));
    }
    QSqlQuery q(admin.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log WHERE id = 3")) && q.next());
    QCOMPARE(q.value(0).toString(), role);
    q.finish();
    QVERIFY(verified(admin).intact());
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
