// Roles enforced by the PostgreSQL server itself: `roles install` makes the
// mianshen_* group roles and grants; real logins on the test server, each
// holding one role, are refused by the server where their role has no
// grant, and authorize() agrees with the grants.

#include "support/PostgresTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "staff/Authorization.h"
#include "staff/PostgresRoles.h"
#include "staff/RoleRules.h"
#include "staff/StaffSessions.h"
#include "store/Migrator.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace mianshen;
using staff::Action;
using staff::Role;

namespace {
const QString kPolicy = QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies/talent_home.json");
} // namespace

class TestStaffPostgres final : public QObject
{
    Q_OBJECT

    testing::PostgresTestDatabase m_pg;
    std::unique_ptr<store::Database> m_owner;
    QString m_suffix = QString::number(QRandomGenerator::global()->generate(), 16);
    QStringList m_logins;

    QString makeLogin(Role role)
    {
        const QString login = QStringLiteral("t_%1_%2").arg(staff::roleId(role), m_suffix);
        QSqlQuery q(m_owner->connection());
        if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%2'").arg(login, m_suffix)))
            return {};
        m_logins << login;
        if (!staff::PostgresRoles(*m_owner).grant(login, role))
            return {};
        return login;
    }

    std::unique_ptr<store::Database> openAs(const QString &login)
    {
        store::ConnectionSpec spec = m_pg.spec();
        spec.user = login;
        spec.password = QStringLiteral("pw-") + m_suffix;
        auto db = store::Database::open(spec);
        return db ? std::move(db.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIANSHEN_REQUIRE_POSTGRES(m_pg);
        auto db = store::Database::open(m_pg.spec());
        QVERIFY2(db, qPrintable(db.error()));
        m_owner = std::move(db.value());
        QVERIFY(store::Migrator(*m_owner).migrate());
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_pg.drop();
        auto server = testing::PostgresTestDatabase::serverSpec();
        if (!server)
            return;
        auto admin = store::Database::open(server.value());
        if (!admin)
            return;
        QSqlQuery q(admin.value()->connection());
        for (const QString &login : std::as_const(m_logins))
            q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }

    void install_turnsTheRolesOn()
    {
        QCOMPARE(staff::enforcement(*m_owner).value(), staff::Enforcement::NotSetUp);
        const auto s = staff::PostgresRoles(*m_owner).install();
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(staff::enforcement(*m_owner).value(), staff::Enforcement::Enforced);
        QVERIFY(staff::PostgresRoles(*m_owner).install()); // idempotent
    }

    void reviewerIsRefusedByTheServer_approverPublishes()
    {
        const QString reviewer = makeLogin(Role::Reviewer);
        const QString approver = makeLogin(Role::PolicyApprover);
        QVERIFY(!reviewer.isEmpty() && !approver.isEmpty());
        auto rev = openAs(reviewer);
        QVERIFY(rev);
        QCOMPARE(staff::currentRoles(*rev).value(), QList<Role>{Role::Reviewer});
        QVERIFY(staff::authorize(*rev, Action::Review));
        QVERIFY(!staff::authorize(*rev, Action::PolicyPublish));
        // Plain SQL past the program: the server refuses.
        QSqlQuery q(rev->connection());
        const bool inserted = q.exec(QStringLiteral(
            "INSERT INTO published_policies (policy_code, version, subject_kind, schedule, effective_from, source, "
            "sha256, published_at, published_by) VALUES ('sneaky', 1, 'person', 'one_off', '2026-01', '{}', "
            "repeat('a', 64), '2026-12-01T00:00:00Z', 'me')"));
        QVERIFY(!inserted);
        QVERIFY2(q.lastError().text().contains(QLatin1String("permission denied")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE published_policies SET status = 'withdrawn'")));
        // Reading is allowed.
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM published_policies")), qPrintable(q.lastError().text()));
        // The program refuses first, with the rule.
        const auto refused = matching::PolicyRepository(*rev, catalog::FeedCatalog::builtin()).publishFile(kPolicy, reviewer);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("Policy approver")), qPrintable(refused.error()));

        auto appr = openAs(approver);
        QVERIFY(appr);
        const auto published = matching::PolicyRepository(*appr, catalog::FeedCatalog::builtin()).publishFile(kPolicy, approver);
        QVERIFY2(published, qPrintable(published.error()));
        QSqlQuery check(m_owner->connection());
        QVERIFY(check.exec(QStringLiteral("SELECT published_by FROM published_policies")) && check.next());
        QCOMPARE(check.value(0).toString(), approver);
    }

    void authorizeAgreesWithTheGrants()
    {
        const QList<QPair<Action, QString>> writes{
            {Action::Import, QStringLiteral("import_history")},
            {Action::PolicyPublish, QStringLiteral("published_policies")},
            {Action::Review, QStringLiteral("reviews")},
            {Action::PaymentBatchCreate, QStringLiteral("payment_batches")},
            {Action::RunMatching, QStringLiteral("matching_runs")},
        };
        for (Role role : staff::allRoles()) {
            const QString login = m_logins.contains(QStringLiteral("t_%1_%2").arg(staff::roleId(role), m_suffix))
                ? QStringLiteral("t_%1_%2").arg(staff::roleId(role), m_suffix)
                : makeLogin(role);
            QVERIFY(!login.isEmpty());
            auto db = openAs(login);
            QVERIFY2(db, qPrintable(login));
            for (const auto &[action, table] : writes) {
                QSqlQuery q(db->connection());
                QVERIFY(q.exec(QStringLiteral("SELECT has_table_privilege('%1', 'INSERT')").arg(table)) && q.next());
                const bool granted = q.value(0).toBool();
                const bool authorized = staff::authorize(*db, action).ok();
                QVERIFY2(granted == authorized,
                         qPrintable(QStringLiteral("%1 %2: granted %3, authorized %4")
                                        .arg(login, table).arg(granted).arg(authorized)));
            }
            QSqlQuery audit(db->connection());
            QVERIFY(audit.exec(QStringLiteral("SELECT has_table_privilege('audit_log', 'UPDATE')")) && audit.next());
            QVERIFY(!audit.value(0).toBool());
        }
    }

    void grantRevokeList()
    {
        const QString login = QStringLiteral("t_reviewer_%1").arg(m_suffix);
        staff::PostgresRoles roles(*m_owner);
        QVERIFY(roles.grant(login, Role::Manager));
        auto list = roles.list();
        QVERIFY(list);
        bool found = false;
        for (const auto &m : list.value())
            found = found || (m.login == login && m.roles == QList<Role>{Role::Manager, Role::Reviewer});
        QVERIFY(found);
        QVERIFY(roles.revoke(login, Role::Reviewer));
        auto rev = openAs(login);
        QVERIFY(rev);
        QVERIFY(!staff::authorize(*rev, Action::Review));
        QVERIFY(staff::authorize(*rev, Action::ViewAudit));
        // Only an administrator changes roles.
        QVERIFY(!staff::PostgresRoles(*rev).grant(login, Role::Reviewer));
    }

    void sessions_areTheServersConnections()
    {
        const QString login = QStringLiteral("t_reviewer_%1").arg(m_suffix);
        auto rev = openAs(login);
        QVERIFY(rev);
        const auto open = staff::StaffSessions(*m_owner).open();
        QVERIFY2(open, qPrintable(open.error()));
        bool found = false;
        for (const staff::StaffSession &s : open.value())
            found = found || (s.login == login && s.since.size() == 19);
        QVERIFY2(found, "the reviewer's connection is not listed");
    }
};

QTEST_GUILESS_MAIN(TestStaffPostgres)
#include "tst_staff_postgres.moc"
