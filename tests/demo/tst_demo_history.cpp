// `mianshen demo-history` on the real executable: a small demo district
// (migrate, demo-data, import, policy publish, demo-history, as scripts/demo
// does) gets a year of history in which every page has rows, and the same
// seed gives the same figures.
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int persons = 20000;
constexpr int enterprises = 2000;

int run(const QStringList &arguments, const QString &user, QString *out = nullptr, QString *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), user);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MIANSHEN_EXECUTABLE), arguments);
    if (!p.waitForFinished(300000))
        return -1;
    const QString o = QString::fromUtf8(p.readAllStandardOutput());
    const QString e = QString::fromUtf8(p.readAllStandardError());
    if (out)
        *out = o;
    if (err)
        *err = e;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning().noquote() << arguments.join(u' ') << "\n" << o.right(2000) << "\n" << e.right(2000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// The figures that must not depend on anything but the seed.
const QStringList figureQueries{
    QStringLiteral("SELECT status, COUNT(*), SUM(amount_fen) FROM awards GROUP BY status ORDER BY status"),
    QStringLiteral("SELECT policy_code, period, status, COUNT(*), SUM(amount_fen) FROM payments "
                   "GROUP BY policy_code, period, status ORDER BY 1, 2, 3"),
    QStringLiteral("SELECT period, status, payment_count, total_fen FROM payment_batches ORDER BY period, id"),
    QStringLiteral("SELECT policy_code, period, paid_fen, payment_count, subject_count, recovered_fen "
                   "FROM stats_policy_month ORDER BY policy_code, period"),
    QStringLiteral("SELECT policy_code, subject_id, period, amount_fen, status FROM recoveries ORDER BY 1, 2, 3"),
    QStringLiteral("SELECT reviewer, action, reason_code, COUNT(*) FROM reviews GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"),
    QStringLiteral("SELECT policy_code, period, subject_id, outcome FROM notice_objections ORDER BY 1, 2, 3"),
};

} // namespace

class DemoHistoryTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_feeds;

    QString build(const QString &name, const QString &seed)
    {
        const QString db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        const QString files = m_dir.filePath(name + QStringLiteral("-files"));
        if (run({QStringLiteral("--db"), db, QStringLiteral("migrate")}, QStringLiteral("liu.yang")) != 0)
            return {};
        QStringList import{QStringLiteral("--db"), db, QStringLiteral("import")};
        for (const QString &f : QDir(m_feeds).entryList({QStringLiteral("*.csv")}))
            import.append(QDir(m_feeds).filePath(f));
        if (run(import, QStringLiteral("liu.yang")) != 0)
            return {};
        QStringList publish{QStringLiteral("--db"), db, QStringLiteral("policy"), QStringLiteral("publish")};
        const QDir policies(QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies"));
        for (const QString &f : policies.entryList({QStringLiteral("*.json")}))
            publish.append(policies.filePath(f));
        if (run(publish, QStringLiteral("liu.yang")) != 0)
            return {};
        QString out;
        if (run({QStringLiteral("--db"), db, QStringLiteral("demo-history"), QStringLiteral("--seed"), seed,
                 QStringLiteral("--files"), files},
                QStringLiteral("nobody"), &out)
            != 0)
            return {};
        qInfo().noquote() << out;
        return db;
    }

    static QSqlDatabase open(const QString &path, const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        return db;
    }

    static qint64 count(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next()) {
            qWarning().noquote() << sql << q.lastError().text();
            return -1;
        }
        return q.value(0).toLongLong();
    }

    static QStringList figures(QSqlDatabase &db)
    {
        QStringList rows;
        for (const QString &sql : figureQueries) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                return {sql + QStringLiteral(": ") + q.lastError().text()};
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells.append(q.value(i).toString());
                rows.append(cells.join(u'|'));
            }
            rows.append(QStringLiteral("--"));
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_feeds = m_dir.filePath(QStringLiteral("district"));
        QCOMPARE(run({QStringLiteral("demo-data"), QStringLiteral("--persons"), QString::number(persons),
                      QStringLiteral("--enterprises"), QString::number(enterprises), QStringLiteral("--seed"),
                      QStringLiteral("1"), QStringLiteral("--out"), m_feeds},
                     QStringLiteral("liu.yang")),
                 0);
    }

    void aYearOfHistory_fillsEveryPage_andTheSameSeedGivesTheSameFigures()
    {
        const QString first = build(QStringLiteral("first"), QStringLiteral("1"));
        QVERIFY(!first.isEmpty());
        QSqlDatabase db = open(first, QStringLiteral("first"));
        QVERIFY(db.isOpen());

        // Data, Policies, Matching: imported feeds, published policies, twelve completed runs.
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM persons")) == persons);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM import_history")) >= 22);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM published_policies")) >= 6);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT period) FROM matching_runs WHERE status = 'completed'")), 12);
        // Review: cases approved and rejected (with reasons) by the two reviewers, a few still open.
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM awards WHERE status IN ('approved', 'paid') AND decided_by = 'li.na'")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM awards WHERE status IN ('approved', 'paid') AND decided_by = 'zhang.wei'")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM awards WHERE status = 'rejected'")) > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM reviews WHERE action = 'reject' AND (COALESCE(reason_code, '') = '' OR COALESCE(reason, '') = '')")), 0);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM awards WHERE status = 'awaiting_review'")) > 0);
        // Payments: a batch per month, each approved by someone other than its builder and reconciled.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT period) FROM payment_batches")), 12);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM payment_batches WHERE status <> 'reconciled'")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM payment_batches WHERE approved_by IS NULL OR approved_by = created_by")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM bank_return_files")), 12);
        // A payment failed, and its award was paid by a retry in a later batch.
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM payments r JOIN payments f ON f.id = r.retry_of "
                                         "WHERE f.status = 'failed' AND r.status = 'paid' AND r.batch_id > f.batch_id")) > 0);
        // One recovery settled.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM recoveries WHERE status = 'settled'")), 1);
        // Statistics: twelve months of disbursements; the 公示 list has objections.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT period) FROM stats_policy_month WHERE paid_fen > 0")), 12);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM notice_objections")) > 0);
        // Audit: every step left its rows.
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(DISTINCT action) FROM audit_log")) >= 12);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.batch.approve'")), 12);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT actor) FROM audit_log WHERE action IN ('review.approve', 'review.reject')")), 2);
        // Every step is dated in the month it belongs to, not when the demo was built.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM matching_runs WHERE substr(started_at, 1, 7) <> period")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM payment_batches WHERE substr(created_at, 1, 7) <> period "
                                          "OR substr(approved_at, 1, 7) <> period OR substr(exported_at, 1, 7) <> period "
                                          "OR substr(reconciled_at, 1, 7) <> period")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'paid' AND substr(paid_at, 1, 7) <> period")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM bank_return_files f JOIN payment_batches b ON b.id = f.batch_id "
                                          "WHERE substr(f.imported_at, 1, 7) <> b.period")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM reviews WHERE decided_at NOT LIKE '2021-%'")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT substr(at, 1, 7)) FROM audit_log WHERE action = 'payment.batch.approve'")), 12);
        // Review decisions in the months that had cases to decide, none outside the year.
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(DISTINCT substr(at, 1, 7)) FROM audit_log WHERE action IN ('review.approve', 'review.reject')")) > 3);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('review.approve', 'review.reject') AND at NOT LIKE '2021-%'")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'run.complete' AND at NOT LIKE '2021-%'")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'payment.%' AND at NOT LIKE '2021-%' AND at NOT LIKE '2022-01-%'")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM notice_objections WHERE recorded_at NOT LIKE '2021-11-%'")), 0);
        const QStringList firstFigures = figures(db);
        db.close();

        const QString second = build(QStringLiteral("second"), QStringLiteral("1"));
        QVERIFY(!second.isEmpty());
        QSqlDatabase again = open(second, QStringLiteral("second"));
        const QStringList secondFigures = figures(again);
        again.close();
        QCOMPARE(secondFigures, firstFigures);
        QVERIFY(firstFigures.size() > 50);
    }
};

QTEST_GUILESS_MAIN(DemoHistoryTest)
#include "tst_demo_history.moc"
