// The command line obeys the same roles: `mianshen staff add|list|passwd|
// disable`, the sign-in with MIANSHEN_USER / MIANSHEN_PASSWORD when a SQLite
// database has more than one account, and the role refusals.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray describe(const Run &run)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(run.exitCode).arg(run.out, run.err).toUtf8();
}

} // namespace

class TestStaffCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run mianshen(const QStringList &arguments, const QHash<QString, QString> &env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.remove(QStringLiteral("MIANSHEN_USER"));
        environment.remove(QStringLiteral("MIANSHEN_PASSWORD"));
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(MIANSHEN_EXECUTABLE), QStringList{QStringLiteral("--db"), m_db} + arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QHash<QString, QString> as(const QString &login, const QString &password)
    {
        return {{QStringLiteral("MIANSHEN_USER"), login}, {QStringLiteral("MIANSHEN_PASSWORD"), password}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
        const Run migrate = mianshen({QStringLiteral("migrate")});
        QVERIFY2(migrate.exitCode == 0, describe(migrate).constData());
    }

    void notSetUp_saysSo_andTheFirstAccountIsTheAdministrator()
    {
        const Run list = mianshen({QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, describe(list).constData());
        QVERIFY2(list.err.contains(QLatin1String("not set up")), describe(list).constData());
        const Run add = mianshen({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("admin"),
                                  QStringLiteral("--name"), QStringLiteral("Zhang Wei"), QStringLiteral("--roles"),
                                  QStringLiteral("administrator")},
                                 {{QStringLiteral("MIANSHEN_NEW_PASSWORD"), QStringLiteral("admin-secret-1")}});
        QVERIFY2(add.exitCode == 0, describe(add).constData());
    }

    void oneAccount_needsNoSignIn()
    {
        const Run list = mianshen({QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, describe(list).constData());
        QVERIFY2(list.out.contains(QLatin1String("admin,Zhang Wei,administrator,yes")), describe(list).constData());
        QVERIFY2(list.err.contains(QLatin1String("One-person desk")), describe(list).constData());
        // The sole account acts: it adds a reviewer.
        const Run add = mianshen({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("rev"),
                                  QStringLiteral("--name"), QStringLiteral("Li Na"), QStringLiteral("--roles"),
                                  QStringLiteral("reviewer")},
                                 {{QStringLiteral("MIANSHEN_NEW_PASSWORD"), QStringLiteral("review-secret")}});
        QVERIFY2(add.exitCode == 0, describe(add).constData());
    }

    void twoAccounts_needASignIn()
    {
        const Run anonymous = mianshen({QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(anonymous.exitCode, 1);
        QVERIFY2(anonymous.err.contains(QLatin1String("MIANSHEN_USER")), describe(anonymous).constData());
        const Run wrong = mianshen({QStringLiteral("staff"), QStringLiteral("list")},
                                   as(QStringLiteral("rev"), QStringLiteral("not-the-password")));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("Wrong login or password")), describe(wrong).constData());
        const Run right = mianshen({QStringLiteral("staff"), QStringLiteral("list")},
                                   as(QStringLiteral("rev"), QStringLiteral("review-secret")));
        QVERIFY2(right.exitCode == 0, describe(right).constData());
        QVERIFY2(right.out.contains(QLatin1String("rev,Li Na,reviewer,yes,20")), describe(right).constData());
        QVERIFY2(right.err.isEmpty(), describe(right).constData());
    }

    void rolesAreEnforced_onTheCommandLine()
    {
        const auto rev = as(QStringLiteral("rev"), QStringLiteral("review-secret"));
        auto revAdding = rev;
        revAdding.insert(QStringLiteral("MIANSHEN_NEW_PASSWORD"), QStringLiteral("x1-password-123"));
        const Run add = mianshen({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("x1"),
                                  QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--roles"),
                                  QStringLiteral("reviewer")},
                                 revAdding);
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains(QLatin1String("rev may not manage staff and roles")), describe(add).constData());
        const Run publish = mianshen({QStringLiteral("policy"), QStringLiteral("publish"),
                                      QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies/talent_home.json")},
                                     rev);
        QCOMPARE(publish.exitCode, 1);
        QVERIFY2(publish.err.contains(QLatin1String("Policy approver")), describe(publish).constData());
        // The administrator grants the role; then the reviewer publishes.
        const auto admin = as(QStringLiteral("admin"), QStringLiteral("admin-secret-1"));
        const Run grant = mianshen({QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("rev"),
                                    QStringLiteral("policy_approver")},
                                   admin);
        QVERIFY2(grant.exitCode == 0, describe(grant).constData());
        const Run again = mianshen({QStringLiteral("policy"), QStringLiteral("publish"),
                                    QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies/talent_home.json")},
                                   rev);
        QVERIFY2(again.exitCode == 0, describe(again).constData());
    }

    void passwdAndDisable()
    {
        const auto admin = as(QStringLiteral("admin"), QStringLiteral("admin-secret-1"));
        const Run passwd = mianshen({QStringLiteral("staff"), QStringLiteral("passwd"), QStringLiteral("rev")},
                                    {{QStringLiteral("MIANSHEN_USER"), QStringLiteral("admin")},
                                     {QStringLiteral("MIANSHEN_PASSWORD"), QStringLiteral("admin-secret-1")},
                                     {QStringLiteral("MIANSHEN_NEW_PASSWORD"), QStringLiteral("new-review-secret")}});
        QVERIFY2(passwd.exitCode == 0, describe(passwd).constData());
        QCOMPARE(mianshen({QStringLiteral("staff"), QStringLiteral("list")},
                          as(QStringLiteral("rev"), QStringLiteral("review-secret"))).exitCode, 1);
        QCOMPARE(mianshen({QStringLiteral("staff"), QStringLiteral("list")},
                          as(QStringLiteral("rev"), QStringLiteral("new-review-secret"))).exitCode, 0);
        const Run disable = mianshen({QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("rev")}, admin);
        QVERIFY2(disable.exitCode == 0, describe(disable).constData());
        const Run refused = mianshen({QStringLiteral("staff"), QStringLiteral("list")},
                                     as(QStringLiteral("rev"), QStringLiteral("new-review-secret")));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("disabled")), describe(refused).constData());
    }
};

QTEST_GUILESS_MAIN(TestStaffCli)
#include "tst_staff_cli.moc"
