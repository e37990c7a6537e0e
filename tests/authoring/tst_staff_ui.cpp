// The staff parts of the window, offscreen, by typing and clicking: the
// sign-in at start (wrong password, right password, one-person desk, first
// start creating the administrator) and the Administration page (add an
// account, grant and revoke roles with the check boxes, disable, reset a
// password, the rules and the sign-in attempts).

#include "audit/Actor.h"
#include "staff/PostgresRoles.h"
#include "staff/StaffAccounts.h"
#include "support/PostgresTestDatabase.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/pages/AdministrationPage.h"
#include "ui/staff/FirstAdministratorDialog.h"
#include "ui/staff/SignInDialog.h"
#include "ui/staff/SignInGate.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mianshen;

namespace {

std::unique_ptr<store::Database> migrated(const QString &path)
{
    auto db = store::Database::open(store::ConnectionSpec::sqlite(path));
    if (!db || !store::Migrator(*db.value()).migrate())
        return nullptr;
    return std::move(db.value());
}

// Accounts: admin (Administrator), then `others` with the policy author role.
bool makeAccounts(store::Database &db, const QStringList &others)
{
    staff::StaffAccounts accounts(db);
    if (!accounts.createAccount(QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("admin-pass-01"),
                                {staff::Role::Administrator}))
        return false;
    if (!others.isEmpty() && !accounts.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-01")))
        return false;
    for (const QString &login : others)
        if (!accounts.createAccount(login, login.toUpper(), login + QStringLiteral("-pass-01"), {staff::Role::PolicyAuthor}))
            return false;
    audit::setSessionActor({});
    return true;
}

QString staffStatus(QMainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("staffStatus"));
    return label ? label->text() : QString();
}

} // namespace

class TestStaffUi final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::MessageBox::setTestMode(true);
        QVERIFY(m_dir.isValid());
    }
    void cleanup()
    {
        ui::SignInGate::setEnabled(false);
        audit::setSessionActor({});
    }

    void signInDialog_wrongPasswordSaysSoThenSignsIn()
    {
        auto db = migrated(m_dir.filePath(QStringLiteral("dialog.sqlite")));
        QVERIFY(db);
        QVERIFY(makeAccounts(*db, {QStringLiteral("alice")}));
        ui::SignInDialog dialog(*db);
        QList<int> waits;
        dialog.setFailureDelay([&waits](int ms) { waits << ms; });
        dialog.show();
        QTest::keyClicks(dialog.loginEdit(), QStringLiteral("alice"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("not-her-password"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Wrong login or password")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("alice-pass-01"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(audit::sessionActor(), QStringLiteral("alice"));
        QCOMPARE(waits.size(), 1);   // the wait after the failure, before the next check
    }

    void window_withStaffAsksToSignInAndShowsWho()
    {
        const QString path = m_dir.filePath(QStringLiteral("gate.sqlite"));
        {
            auto db = migrated(path);
            QVERIFY(db);
            QVERIFY(makeAccounts(*db, {QStringLiteral("alice")}));
        }
        ui::SignInGate::setEnabled(true);
        ui::LanguageSwitcher languages;
        ui::MainWindow window(languages);
        window.show();
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(path), false));
        ui::SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::SignInDialog *>()) != nullptr && dialog->isVisible());
        auto *admin = static_cast<ui::AdministrationPage *>(window.page(ui::MainWindow::Administration));
        QCOMPARE(admin->staffTable()->rowCount(), 0);   // nothing shown before the sign-in
        QTest::keyClicks(dialog->loginEdit(), QStringLiteral("admin"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("admin-pass-01"));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_COMPARE(staffStatus(window), QStringLiteral("Signed in: admin"));
        QTRY_COMPARE(admin->staffTable()->rowCount(), 2);   // the administrator sees the staff
    }

    void window_cancelledSignInClosesTheDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        {
            auto db = migrated(path);
            QVERIFY(db);
            QVERIFY(makeAccounts(*db, {QStringLiteral("bob")}));
        }
        ui::SignInGate::setEnabled(true);
        ui::LanguageSwitcher languages;
        ui::MainWindow window(languages);
        window.show();
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(path), false));
        ui::SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::SignInDialog *>()) != nullptr);
        dialog->reject();
        QTRY_VERIFY(window.database() == nullptr);
    }

    void window_oneAccountIsAOnePersonDesk()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.sqlite"));
        {
            auto db = migrated(path);
            QVERIFY(db);
            QVERIFY(makeAccounts(*db, {}));
        }
        ui::SignInGate::setEnabled(true);
        ui::LanguageSwitcher languages;
        ui::MainWindow window(languages);
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(path), false));
        QVERIFY(!window.findChild<ui::SignInDialog *>());
        QVERIFY2(staffStatus(window).startsWith(QStringLiteral("One-person desk")), qPrintable(staffStatus(window)));
    }

    void window_firstStartCreatesTheAdministrator()
    {
        const QString path = m_dir.filePath(QStringLiteral("first.sqlite"));
        ui::SignInGate::setEnabled(true);
        ui::LanguageSwitcher languages;
        ui::MainWindow window(languages);
        window.show();
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(path), false));
        ui::FirstAdministratorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::FirstAdministratorDialog *>()) != nullptr);
        QTest::keyClicks(dialog->loginEdit(), QStringLiteral("chief"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Chief Administrator"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("chief-pass-01"));
        QTest::keyClicks(dialog->repeatEdit(), QStringLiteral("chief-pass-02"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("differ")), qPrintable(dialog->errorText()));
        dialog->repeatEdit()->clear();
        QTest::keyClicks(dialog->repeatEdit(), QStringLiteral("chief-pass-01"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<ui::FirstAdministratorDialog *>() == nullptr);
        QCOMPARE(audit::sessionActor(), QStringLiteral("chief"));
        QCOMPARE(staff::StaffAccounts(*window.database()).count().value(), 1);
        QVERIFY(window.database() != nullptr);
    }

    void administrationPage_byClicks()
    {
        auto db = migrated(m_dir.filePath(QStringLiteral("admin.sqlite")));
        QVERIFY(db);
        QVERIFY(makeAccounts(*db, {QStringLiteral("alice")}));
        staff::StaffAccounts accounts(*db);
        accounts.setSleeper([](int) {});
        QVERIFY(!accounts.signIn(QStringLiteral("alice"), QStringLiteral("wrong-password")));
        QVERIFY(accounts.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-01")));

        ui::AdministrationPage page;
        page.resize(1100, 700);
        page.show();
        page.setDatabase(db.get());
        QCOMPARE(page.staffTable()->rowCount(), 2);
        QCOMPARE(page.rulesList()->count(), 4);
        QVERIFY(page.rulesList()->item(0)->text().contains(QStringLiteral("author of a policy version")));
        QVERIFY(page.attemptsTable()->rowCount() >= 3);

        // Add an account.
        QTest::keyClicks(page.newLoginEdit(), QStringLiteral("bob"));
        QTest::keyClicks(page.newNameEdit(), QStringLiteral("Bob Li"));
        QTest::keyClicks(page.newPasswordEdit(), QStringLiteral("bob-pass-0001"));
        page.newRoleCombo()->setCurrentIndex(page.newRoleCombo()->findData(int(staff::Role::Reviewer)));
        QTest::mouseClick(page.addButton(), Qt::LeftButton);
        QVERIFY2(page.messageText().contains(QStringLiteral("bob was added")), qPrintable(page.messageText()));
        QCOMPARE(page.staffTable()->rowCount(), 3);

        // Grant the policy approver role with the check box (Space on the cell), then revoke it.
        const int approverColumn = ui::AdministrationPage::FirstRoleColumn + int(staff::Role::PolicyApprover);
        auto toggle = [&](const QString &login) {
            page.staffTable()->setFocus();
            page.staffTable()->setCurrentCell(page.rowOf(login), approverColumn);
            QTest::keyClick(page.staffTable(), Qt::Key_Space);
        };
        toggle(QStringLiteral("bob"));
        QVERIFY2(page.messageText().contains(QStringLiteral("now holds")), qPrintable(page.messageText()));
        QCOMPARE(page.staffTable()->item(page.rowOf(QStringLiteral("bob")), approverColumn)->checkState(), Qt::Checked);
        auto bobRoles = [&] {
            const auto members = staff::StaffAccounts(*db).list();
            for (const auto &m : members.value())
                if (m.login == u"bob")
                    return m.roles;
            return QList<staff::Role>();
        };
        QVERIFY(bobRoles().contains(staff::Role::PolicyApprover));
        toggle(QStringLiteral("bob"));
        QVERIFY(!bobRoles().contains(staff::Role::PolicyApprover));

        // Disable bob: he can no longer sign in.
        page.staffTable()->selectRow(page.rowOf(QStringLiteral("bob")));
        QTest::mouseClick(page.activeButton(), Qt::LeftButton);
        QVERIFY2(page.messageText().contains(QStringLiteral("disabled")), qPrintable(page.messageText()));
        QVERIFY(!staff::StaffAccounts(*db).signIn(QStringLiteral("bob"), QStringLiteral("bob-pass-0001")));
        QVERIFY(accounts.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-01")));

        // Reset alice's password.
        page.staffTable()->selectRow(page.rowOf(QStringLiteral("alice")));
        QTest::keyClicks(page.resetPasswordEdit(), QStringLiteral("alice-new-pass-7"));
        QTest::mouseClick(page.resetButton(), Qt::LeftButton);
        QVERIFY2(page.messageText().contains(QStringLiteral("reset")), qPrintable(page.messageText()));
        QVERIFY(staff::StaffAccounts(*db).signIn(QStringLiteral("alice"), QStringLiteral("alice-new-pass-7")));

        // Alice is no administrator: a change she makes with the page still
        // open is refused and nothing changes; on refresh the page shows her
        // neither the staff nor the sign-ins.
        toggle(QStringLiteral("bob"));
        QVERIFY2(page.messageText().contains(QStringLiteral("manage staff")), qPrintable(page.messageText()));
        QVERIFY(!bobRoles().contains(staff::Role::PolicyApprover));
        QCOMPARE(page.staffTable()->rowCount(), 0);
        QCOMPARE(page.attemptsTable()->rowCount(), 0);
        QCOMPARE(page.rulesList()->count(), 4);
    }

    void administrationPage_onPostgresGrantsGroupRoles()
    {
        testing::PostgresTestDatabase pg;
        MIANSHEN_REQUIRE_POSTGRES(pg);
        auto opened = store::Database::open(pg.spec());
        QVERIFY2(opened, qPrintable(opened.error()));
        auto db = std::move(opened.value());
        QVERIFY(store::Migrator(*db).migrate());
        const auto installed = staff::PostgresRoles(*db).install();
        QVERIFY2(installed, qPrintable(installed.error()));
        const QString login = QStringLiteral("authoring_ui_%1").arg(QRandomGenerator::global()->generate() % 1000000);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)));
        struct Drop { store::Database &db; QString login; ~Drop() { QSqlQuery(db.connection()).exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)); } } drop{*db, login};

        ui::AdministrationPage page;
        page.show();
        page.setDatabase(db.get());
        QVERIFY(!page.resetButton()->isEnabled());   // passwords are the server's
        QTest::keyClicks(page.newLoginEdit(), login);
        page.newRoleCombo()->setCurrentIndex(page.newRoleCombo()->findData(int(staff::Role::Reviewer)));
        QTest::mouseClick(page.addButton(), Qt::LeftButton);
        QVERIFY2(page.messageText().contains(login), qPrintable(page.messageText()));
        const int row = page.rowOf(login);
        QVERIFY(row >= 0);
        QCOMPARE(page.staffTable()->item(row, ui::AdministrationPage::FirstRoleColumn + int(staff::Role::Reviewer))->checkState(), Qt::Checked);

        const int approverColumn = ui::AdministrationPage::FirstRoleColumn + int(staff::Role::PolicyApprover);
        page.staffTable()->setFocus();
        page.staffTable()->setCurrentCell(row, approverColumn);
        QTest::keyClick(page.staffTable(), Qt::Key_Space);
        QVERIFY2(page.messageText().contains(QStringLiteral("now holds")), qPrintable(page.messageText()));
        QVERIFY(q.exec(QStringLiteral("SELECT pg_has_role('%1', 'mianshen_policy_approver', 'MEMBER')").arg(login)) && q.next());
        QVERIFY(q.value(0).toBool());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestStaffUi)
#include "tst_staff_ui.moc"
