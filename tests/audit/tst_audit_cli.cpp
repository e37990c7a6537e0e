// `mianshen audit verify` and `mianshen audit list` through the real
// executable (MIANSHEN_EXECUTABLE), on a SQLite file and on PostgreSQL:
// exit 0 on an intact chain, 1 with the broken row named on stderr; the
// list's filters; the actor of a command run by another login.

#include "AuditTestDatabase.h"

#include "audit/Actor.h"

#include <QFile>
#include <QProcess>

using namespace mianshen;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runMianshen(const QStringList &arguments, const QString &user = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    if (!user.isEmpty())
        environment.insert(QStringLiteral("USER"), user);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MIANSHEN_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describeRun(const Run &run)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}
#define describe(run) qPrintable(describeRun(run))

QString dbArgument(store::Database &db)
{
    return db.dialect() == store::Dialect::Sqlite ? db.spec().path : db.spec().toString(true);
}

} // namespace

class TestAuditCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_exitCodes_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void verify_exitCodes();
    void list_filtersAndWritesCsv_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void list_filtersAndWritesCsv();
    void publish_recordsTheLoginAsActor();
    void concurrentProcesses_keepOneChain_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void concurrentProcesses_keepOneChain();
};

void TestAuditCli::verify_exitCodes()
{
    MIANSHEN_AUDIT_DB(db);
    const QString target = dbArgument(db);
    Run r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY2(r.out.contains(QStringLiteral("empty")), describe(r));

    QCOMPARE(testing::appendRows(db, 8), QString());
    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, describe(r));
    QVERIFY2(r.out.contains(QStringLiteral("intact: 8 row")), describe(r));

    QCOMPARE(testing::tamper(db, {QStringLiteral("UPDATE audit_log SET reason = 'nothing happened' WHERE id = 5")}), QString());
    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 1, describe(r));
    QVERIFY2(r.err.contains(QStringLiteral("Row 5 ")) && r.err.contains(QStringLiteral("changed")), describe(r));

    QCOMPARE(testing::tamper(db, {QStringLiteral("DELETE FROM audit_log WHERE id = 3")}), QString());
    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 1, describe(r));
    QVERIFY2(r.err.contains(QStringLiteral("Row 3 ")) && r.err.contains(QStringLiteral("deleted")), describe(r));

    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("check")});
    QVERIFY2(r.exitCode == 2, describe(r));
}

void TestAuditCli::list_filtersAndWritesCsv()
{
    MIANSHEN_AUDIT_DB(db);
    const QString target = dbArgument(db);
    QCOMPARE(testing::appendRows(db, 6, QStringLiteral("review.approve")), QString());
    QCOMPARE(testing::appendRows(db, 4, QStringLiteral("review.reject")), QString());

    const QString csv = fixturedb.dir.filePath(QStringLiteral("out.csv"));
    Run r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("list"),
                         QStringLiteral("--action"), QStringLiteral("review.reject"), QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 0, describe(r));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("id,at,actor,role,action,entity,entity_id,before_json,after_json,reason,prev_hash,hash"));
    QCOMPARE(lines.size(), 1 + 4 + 1);   // header, 4 rows, the empty piece after the last newline
    QVERIFY(lines.at(1).startsWith("7,"));
    QVERIFY(lines.at(1).contains("\"{\"\"status\"\":\"\"approved\"\",\"\"amount_fen\"\":0}\""));

    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("list"),
                     QStringLiteral("--entity"), QStringLiteral("award"), QStringLiteral("--entity-id"), QStringLiteral("2"),
                     QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, describe(r));
    QStringList out = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(out.size(), 2);
    QVERIFY2(out.at(1).startsWith(QStringLiteral("8,")), describe(r));   // the newer of rows 2 and 8

    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("list"),
                     QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2000-12-31")});
    QVERIFY2(r.exitCode == 0, describe(r));
    QCOMPARE(r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1);
    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("list"),
                     QStringLiteral("--from"), QStringLiteral("2000-01-01T00:00+08:00"), QStringLiteral("--actor"),
                     audit::currentActor(db)});
    QVERIFY2(r.exitCode == 0, describe(r));
    QCOMPARE(r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 11);

    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("list"),
                     QStringLiteral("--from"), QStringLiteral("yesterday")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("not a time")), describe(r));
    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("list"),
                     QStringLiteral("--limit"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 2, describe(r));
}

// On SQLite the actor is the operating-system user the command runs as.
void TestAuditCli::publish_recordsTheLoginAsActor()
{
    testing::AuditTestDatabase fixture;
    QVERIFY2(fixture.open(false), qPrintable(fixture.error));
    const QString target = fixture.db->spec().path;
    const QString policy = QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/policies/test-living.json");
    Run r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("policy"), QStringLiteral("publish"), policy},
                        QStringLiteral("clerk_li"));
    QVERIFY2(r.exitCode == 0, describe(r));
    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("list"),
                     QStringLiteral("--actor"), QStringLiteral("clerk_li"), QStringLiteral("--action"),
                     QStringLiteral("policy.publish")});
    QVERIFY2(r.exitCode == 0, describe(r));
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(QStringLiteral(",clerk_li,,policy.publish,policy,")), describe(r));
    r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, describe(r));
}

// Four processes publish at the same moment, each a different policy, on
// the same database: four rows, one unbroken chain.
void TestAuditCli::concurrentProcesses_keepOneChain()
{
    MIANSHEN_AUDIT_DB(db);
    const QString target = dbArgument(db);
    QCOMPARE(testing::appendRows(db, 3), QString());
    const QString dir = QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/policies/");
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const char *file : {"test-house-a.json", "test-house-b.json", "test-living.json", "test-patent.json"}) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(MIANSHEN_EXECUTABLE), {QStringLiteral("--db"), target, QStringLiteral("policy"),
                                                       QStringLiteral("publish"), dir + QLatin1String(file)});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const Run r = runMianshen({QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("intact: 7 row")), describe(r));
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_audit_cli.moc"
