// Staff and roles on SQLite: Argon2id hashes, sign-in with its growing delay,
// the role rules in the core (a reviewer cannot publish, an approver can),
// the two-person rules, the one-account desk, the recorded reveal.

#include "StaffFixture.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "staff/Authorization.h"
#include "staff/PasswordHash.h"
#include "staff/PersonalData.h"
#include "staff/RoleRules.h"
#include "staff/StaffAccounts.h"
#include "staff/StaffSessions.h"

#include <QTest>

using namespace mianshen;
using staff::Action;
using staff::Role;

namespace {
const QString kPolicy = QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies/talent_home.json");
const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kPassword = QStringLiteral("staff-secret-2");
} // namespace

class TestStaffRoles final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    int m_counter = 0;

    // An administrator "admin", a reviewer "rev", a policy approver "appr",
    // a data clerk "clerk"; nobody signed in.
    void makeStaff()
    {
        staff::StaffAccounts accounts(*m_db);
        QVERIFY2(accounts.createAccount(QStringLiteral("admin"), QStringLiteral("Admin"), kAdminPassword,
                                        {Role::Administrator}),
                 "admin");
        accounts.setSleeper([](int) {});
        QVERIFY(accounts.signIn(QStringLiteral("admin"), kAdminPassword));
        QVERIFY(accounts.createAccount(QStringLiteral("rev"), QStringLiteral("Reviewer"), kPassword, {Role::Reviewer}));
        QVERIFY(accounts.createAccount(QStringLiteral("appr"), QStringLiteral("Approver"), kPassword,
                                       {Role::PolicyApprover}));
        QVERIFY(accounts.createAccount(QStringLiteral("clerk"), QStringLiteral("Clerk"), kPassword, {Role::DataClerk}));
        audit::setSessionActor({});
    }

    void signIn(const QString &login)
    {
        staff::StaffAccounts accounts(*m_db);
        accounts.setSleeper([](int) {});
        const auto s = accounts.signIn(login, login == u"admin" ? kAdminPassword : kPassword);
        QVERIFY2(s, qPrintable(s.error()));
    }

private Q_SLOTS:
    void init()
    {
        audit::setSessionActor({});
        QString error;
        m_db = testing::openMigrated(m_dir.filePath(QStringLiteral("staff%1.sqlite").arg(++m_counter)), &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup()
    {
        audit::setSessionActor({});
        m_db.reset();
    }

    void argon2id_verifiesAndStoresItsParameters()
    {
        const auto hash = staff::hashPassword(QStringLiteral("correct horse"));
        QVERIFY2(hash, qPrintable(hash.error()));
        QVERIFY(hash->startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")));
        QVERIFY(staff::verifyPassword(hash.value(), QStringLiteral("correct horse")));
        QVERIFY(!staff::verifyPassword(hash.value(), QStringLiteral("correct hors")));
        QVERIFY(!staff::verifyPassword(hash.value(), QString()));
        QVERIFY(!staff::verifyPassword(QStringLiteral("plain"), QStringLiteral("plain")));
        // A fresh salt every time.
        QVERIFY(staff::hashPassword(QStringLiteral("correct horse")).value() != hash.value());
        // Other parameters travel with the hash and still verify.
        staff::Argon2Parameters light;
        light.timeCost = 1;
        light.memoryKiB = 8192;
        light.parallelism = 2;
        const auto other = staff::hashPassword(QStringLiteral("x"), light);
        QVERIFY(other);
        const auto p = staff::hashParameters(other.value());
        QVERIFY(p);
        QCOMPARE(p->timeCost, 1u);
        QCOMPARE(p->memoryKiB, 8192u);
        QCOMPARE(p->parallelism, 2u);
        QVERIFY(staff::verifyPassword(other.value(), QStringLiteral("x")));
        // The stored hash is the encoded form, never the password.
        makeStaff();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM staff_accounts WHERE login = 'rev'")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!q.value(0).toString().contains(kPassword));
    }

    void notSetUp_everyoneHoldsEveryRole()
    {
        auto state = staff::enforcement(*m_db);
        QVERIFY(state);
        QCOMPARE(state.value(), staff::Enforcement::NotSetUp);
        const auto roles = staff::currentRoles(*m_db);
        QVERIFY(roles);
        QCOMPARE(roles->size(), 8);
        for (Action a : staff::allActions())
            QVERIFY(staff::authorize(*m_db, a));
    }

    void firstAccount_isTheAdministrator()
    {
        staff::StaffAccounts accounts(*m_db);
        const auto refused = accounts.createAccount(QStringLiteral("rev"), QStringLiteral("R"), kPassword, {Role::Reviewer});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("Administrator")), qPrintable(refused.error()));
        QVERIFY(!accounts.createAccount(QStringLiteral("admin"), QStringLiteral("A"), QStringLiteral("short"),
                                        {Role::Administrator}));
        QCOMPARE(accounts.count().value(), 0);
        QVERIFY(accounts.createAccount(QStringLiteral("admin"), QStringLiteral("A"), kAdminPassword, {Role::Administrator}));
        QCOMPARE(accounts.count().value(), 1);
        QCOMPARE(staff::enforcement(*m_db).value(), staff::Enforcement::SoleAccount);
        // One-person desk: no sign-in, the sole account's roles apply.
        QCOMPARE(staff::currentRoles(*m_db).value(), QList<Role>{Role::Administrator});
        QVERIFY(!staff::authorize(*m_db, Action::Review));
        QCOMPARE(testing::countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.create'")), 1);
    }

    void signIn_wrongPasswordFails_withAGrowingDelayPerLogin()
    {
        makeStaff();
        staff::StaffAccounts accounts(*m_db);
        QList<int> delays;
        accounts.setSleeper([&](int ms) { delays.append(ms); });
        for (int i = 0; i < 3; ++i) {
            const auto s = accounts.signIn(QStringLiteral("rev"), QStringLiteral("wrong-password"));
            QVERIFY(!s);
            QVERIFY2(s.error().contains(QLatin1String("Wrong login or password")), qPrintable(s.error()));
        }
        QCOMPARE(audit::sessionActor(), QString());
        QCOMPARE(delays, (QList<int>{1000, 2000}));
        // The right password after failures still waits, then succeeds.
        QVERIFY(accounts.signIn(QStringLiteral("rev"), kPassword));
        QCOMPARE(delays, (QList<int>{1000, 2000, 4000}));
        QCOMPARE(audit::sessionActor(), QStringLiteral("rev"));
        // The delay is per login, and a success resets it.
        QVERIFY(accounts.signIn(QStringLiteral("appr"), kPassword));
        QVERIFY(accounts.signIn(QStringLiteral("rev"), kPassword));
        QCOMPARE(delays.size(), 3);
        QCOMPARE(staff::failureDelayMs(0), 0);
        QCOMPARE(staff::failureDelayMs(20), 30000);
        QCOMPARE(testing::countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM staff_login_attempts WHERE succeeded = 0")), 3);
        QCOMPARE(testing::countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.login' "
                                                          "AND actor = 'rev'")), 2);
        // An unknown login fails the same way.
        QVERIFY(!accounts.signIn(QStringLiteral("nobody"), kPassword));
    }

    void sessions_listTheDeskSessionAndTheAttempts()
    {
        makeStaff();
        staff::StaffAccounts accounts(*m_db);
        accounts.setSleeper([](int) {});
        QVERIFY(!accounts.signIn(QStringLiteral("rev"), QStringLiteral("wrong-password")));
        QVERIFY(accounts.signIn(QStringLiteral("rev"), kPassword));
        staff::StaffSessions sessions(*m_db);
        const auto open = sessions.open();
        QVERIFY2(open, qPrintable(open.error()));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().login, QStringLiteral("rev"));
        QCOMPARE(open->first().since.size(), 19);
        const auto attempts = sessions.recentAttempts(2);
        QVERIFY2(attempts, qPrintable(attempts.error()));
        QCOMPARE(attempts->size(), 2);   // newest first: the success, then the refusal
        QCOMPARE(attempts->at(0).login, QStringLiteral("rev"));
        QVERIFY(attempts->at(0).succeeded);
        QVERIFY(!attempts->at(1).succeeded);
        audit::setSessionActor({});
        QVERIFY(staff::StaffSessions(*m_db).open()->isEmpty());
    }

    void disabledAccount_cannotSignIn_andTheLastAdministratorStays()
    {
        makeStaff();
        signIn(QStringLiteral("admin"));
        staff::StaffAccounts accounts(*m_db);
        accounts.setSleeper([](int) {});
        QVERIFY(!accounts.setActive(QStringLiteral("admin"), false));
        QVERIFY(!accounts.revoke(QStringLiteral("admin"), Role::Administrator));
        QVERIFY(accounts.setActive(QStringLiteral("rev"), false));
        const auto s = accounts.signIn(QStringLiteral("rev"), kPassword);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("disabled")), qPrintable(s.error()));
        // Only an administrator manages staff.
        signIn(QStringLiteral("appr"));
        const auto refused = accounts.grant(QStringLiteral("appr"), Role::Reviewer);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("Administrator")), qPrintable(refused.error()));
        // Anyone changes their own password; not another's.
        QVERIFY(accounts.setPassword(QStringLiteral("appr"), QStringLiteral("another-secret")));
        QVERIFY(!accounts.setPassword(QStringLiteral("clerk"), QStringLiteral("another-secret")));
        QVERIFY(accounts.signIn(QStringLiteral("appr"), QStringLiteral("another-secret")));
    }

    void reviewerCannotPublish_approverCan()
    {
        makeStaff();
        matching::PolicyRepository repo(*m_db, catalog::FeedCatalog::builtin());
        signIn(QStringLiteral("rev"));
        QVERIFY(staff::authorize(*m_db, Action::Review));
        const auto refused = repo.publishFile(kPolicy, QStringLiteral("rev"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("rev may not publish a policy"))
                     && refused.error().contains(QLatin1String("Policy approver")),
                 qPrintable(refused.error()));
        QCOMPARE(testing::countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM published_policies")), 0);

        signIn(QStringLiteral("appr"));
        const auto published = repo.publishFile(kPolicy, QStringLiteral("appr"));
        QVERIFY2(published, qPrintable(published.error()));
        QCOMPARE(testing::countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM published_policies")), 1);
        QVERIFY(!staff::authorize(*m_db, Action::Review));
        QVERIFY(!staff::authorize(*m_db, Action::Import));

        signIn(QStringLiteral("clerk"));
        QVERIFY(!repo.withdraw(QStringLiteral("talent_home"), 1, QStringLiteral("clerk")));
        QVERIFY(staff::authorize(*m_db, Action::Import));
        QVERIFY(staff::authorize(*m_db, Action::RunMatching));
    }

    void roleTable_everyActionHasARole_andManagerOnlyReads()
    {
        for (Action a : staff::allActions()) {
            QVERIFY(!staff::rolesAllowed(a).isEmpty());
            QVERIFY(!staff::actionLabel(a).isEmpty());
        }
        for (Role r : staff::allRoles())
            QCOMPARE(staff::roleFromId(staff::roleId(r)), std::optional<Role>(r));
        for (Action a : staff::allActions()) {
            const bool reads = a == Action::ViewStatistics || a == Action::ViewAudit;
            QCOMPARE(staff::rolesAllowed(a).contains(Role::Manager), reads);
        }
        // The pairs that must be two people are never one role.
        QVERIFY(!staff::rolesAllowed(Action::PolicySubmit).contains(Role::PolicyApprover));
        QVERIFY(!staff::rolesAllowed(Action::PaymentBatchCreate).contains(Role::PaymentApprover));
    }

    void twoPersonRule_refusesTheSamePerson()
    {
        const QString rule = QStringLiteral("the author of a policy version does not approve its publication");
        QVERIFY(staff::requireDifferentPerson(rule, QStringLiteral("wang"), QStringLiteral("li")));
        const auto refused = staff::requireDifferentPerson(rule, QStringLiteral("wang"), QStringLiteral("Wang"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(rule) && refused.error().contains(QLatin1String("Another person")),
                 qPrintable(refused.error()));
    }

    void reveal_needsTheRole_andIsRecorded()
    {
        makeStaff();
        const QString count = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'personal_data.reveal'");
        signIn(QStringLiteral("clerk"));
        QVERIFY(!staff::revealPersonalData(*m_db, QStringLiteral("persons")));
        QCOMPARE(testing::countRows(*m_db, count), 0);
        signIn(QStringLiteral("rev"));
        const auto s = staff::revealPersonalData(*m_db, QStringLiteral("persons"));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(testing::countRows(*m_db, count), 1);
        QCOMPARE(testing::countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                          "'personal_data.reveal' AND actor = 'rev' AND entity_id = 'persons'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestStaffRoles)
#include "tst_staff_roles.moc"
