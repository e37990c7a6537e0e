// Import, policy publication and withdrawal, and matching runs each append
// their audit row in the transaction of their change, on a real SQLite file
// and the real PostgreSQL server: the row is there when the change is, and
// when the row cannot be written the change is not made either.

#include "AuditTestDatabase.h"
#include "matching/GoldenFixture.h"

#include "audit/Actor.h"
#include "audit/AuditQuery.h"
#include "audit/AuditVerifier.h"
#include "matching/MatchingRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mianshen;

namespace {

QList<audit::AuditRow> rowsOf(store::Database &db, const QString &action)
{
    audit::AuditFilter filter;
    filter.action = action;
    auto rows = audit::AuditQuery::list(db, filter);
    if (!rows)
        qFatal("list failed: %s", qPrintable(rows.error()));
    return rows.value();
}

QJsonObject afterOf(const audit::AuditRow &row)
{
    return QJsonDocument::fromJson(row.afterJson).object();
}

qint64 count(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// From now on every INSERT into audit_log fails.
QString refuseAuditInserts(store::Database &db)
{
    if (db.dialect() == store::Dialect::Sqlite)
        return testing::execAll(db, {QStringLiteral("CREATE TRIGGER audit_log_test_refuse BEFORE INSERT ON audit_log BEGIN "
                                                     "SELECT RAISE(ABORT, 'audit log refused for the test'); END")});
    return testing::execAll(db, {QStringLiteral("CREATE TRIGGER audit_log_test_refuse BEFORE INSERT ON audit_log "
                                                "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()")});
}

} // namespace

class TestAuditWriters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importPublishRunWithdraw_eachLeaveTheirRow_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void importPublishRunWithdraw_eachLeaveTheirRow();
    void import_whenAuditFails_importsNothing_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void import_whenAuditFails_importsNothing();
    void publish_whenAuditFails_publishesNothing_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void publish_whenAuditFails_publishesNothing();
};

void TestAuditWriters::importPublishRunWithdraw_eachLeaveTheirRow()
{
    MIANSHEN_AUDIT_DB(db);
    const QString actor = audit::currentActor(db);

    QCOMPARE(testing::importGolden(db), QString());
    const auto imports = rowsOf(db, QStringLiteral("import"));
    QCOMPARE(imports.size(), testing::goldenFeeds().size());
    for (int i = 0; i < imports.size(); ++i) {
        const auto &row = imports.at(i);
        QCOMPARE(QString::fromUtf8(row.entity), QStringLiteral("import"));
        QCOMPARE(QString::fromUtf8(row.actor), actor);
        const QJsonObject after = afterOf(row);
        QCOMPARE(after.value(QStringLiteral("feed")).toString(), testing::goldenFeeds().at(i));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT feed, inserted, rows_read, sha256 FROM import_history WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(row.entityId).toLongLong());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(after.value(QStringLiteral("feed")).toString(), q.value(0).toString());
        QCOMPARE(after.value(QStringLiteral("inserted")).toInteger(), q.value(1).toLongLong());
        QCOMPARE(after.value(QStringLiteral("rows_read")).toInteger(), q.value(2).toLongLong());
        QCOMPARE(after.value(QStringLiteral("sha256")).toString(), q.value(3).toString());
        QVERIFY(q.value(1).toLongLong() > 0);
    }
    // The same delivery again is skipped: nothing imported, no row.
    const auto again = feeds::Importer(db, catalog::FeedCatalog::builtin())
                           .import(testing::goldenDir() + QStringLiteral("/persons.csv"));
    QCOMPARE(again.result, feeds::ImportReport::Result::Skipped);
    QCOMPARE(rowsOf(db, QStringLiteral("import")).size(), imports.size());

    QCOMPARE(testing::publishTestPolicies(db), QString());
    const auto publications = rowsOf(db, QStringLiteral("policy.publish"));
    QCOMPARE(publications.size(), 4);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM published_policies")), 4);
    QVERIFY(QString::fromUtf8(publications.first().entityId).endsWith(QStringLiteral("@1")));
    QCOMPARE(afterOf(publications.first()).value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(testing::publishTestPolicies(db), QString());   // the same texts: nothing published
    QCOMPARE(rowsOf(db, QStringLiteral("policy.publish")).size(), 4);

    matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
    const auto result = run.execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 2, false});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const auto runs = rowsOf(db, QStringLiteral("run.complete"));
    QCOMPARE(runs.size(), 1);
    QCOMPARE(QString::fromUtf8(runs.first().entityId), QString::number(result->runId));
    const QJsonObject after = afterOf(runs.first());
    QCOMPARE(after.value(QStringLiteral("period")).toString(), QStringLiteral("2021-09"));
    const QJsonArray policies = after.value(QStringLiteral("policies")).toArray();
    QCOMPARE(policies.size(), result->policies.size());
    qint64 approved = 0;
    for (const auto &p : result->policies)
        approved += p.approved;
    qint64 approvedInRow = 0;
    for (const QJsonValue &p : policies)
        approvedInRow += p.toObject().value(QStringLiteral("approved")).toInteger();
    QCOMPARE(approvedInRow, approved);
    QVERIFY(approved > 0);
    // Nothing changed: no run, no row.
    const auto rerun = matching::MatchingRun(db, catalog::FeedCatalog::builtin())
                           .execute({QStringLiteral("2021-09"), {}, QStringLiteral("tester"), 2, false});
    QVERIFY(rerun.ok() && rerun->upToDate);
    QCOMPARE(rowsOf(db, QStringLiteral("run.complete")).size(), 1);

    matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
    const QString code = QString::fromUtf8(publications.first().entityId).section(QLatin1Char('@'), 0, 0);
    QVERIFY(repo.withdraw(code, 1, QStringLiteral("tester")).ok());
    const auto withdrawals = rowsOf(db, QStringLiteral("policy.withdraw"));
    QCOMPARE(withdrawals.size(), 1);
    QCOMPARE(QString::fromUtf8(withdrawals.first().entityId), code + QStringLiteral("@1"));
    QCOMPARE(QString::fromUtf8(withdrawals.first().beforeJson), QStringLiteral("{\"status\":\"published\"}"));
    QVERIFY(!repo.withdraw(code, 1, QStringLiteral("tester")).ok());   // not twice, no second row
    QCOMPARE(rowsOf(db, QStringLiteral("policy.withdraw")).size(), 1);

    const auto verified = audit::verifyAuditChain(db);
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QVERIFY2(verified->intact(), qPrintable(verified->message()));
    QCOMPARE(verified->rowsChecked, qint64(imports.size()) + 4 + 1 + 1);
}

void TestAuditWriters::import_whenAuditFails_importsNothing()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(refuseAuditInserts(db), QString());
    feeds::Importer importer(db, catalog::FeedCatalog::builtin());
    const auto report = importer.import(testing::goldenDir() + QStringLiteral("/persons.csv"));
    QVERIFY(!report.imported());
    QVERIFY2(report.message.contains(QStringLiteral("audit log could not be written")),
             qPrintable(report.message));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM persons")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_history WHERE result = 'imported'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TestAuditWriters::publish_whenAuditFails_publishesNothing()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(refuseAuditInserts(db), QString());
    const QString error = testing::publishTestPolicies(db);
    QVERIFY2(!error.isEmpty(), "publishing went through without its audit row");
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM published_policies")), 0);
}

QTEST_GUILESS_MAIN(TestAuditWriters)
#include "tst_audit_writers.moc"
