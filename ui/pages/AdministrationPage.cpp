#include "ui/pages/AdministrationPage.h"

#include "staff/Authorization.h"
#include "staff/PostgresRoles.h"
#include "staff/RoleRules.h"
#include "staff/StaffAccounts.h"
#include "staff/StaffSessions.h"
#include "store/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

namespace {
QLabel *sectionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("font-weight: bold;"));
    return label;
}
} // namespace

AdministrationPage::AdministrationPage(QWidget *parent) : Page(parent)
{
    setObjectName(QStringLiteral("administrationPage"));
    auto *layout = new QVBoxLayout(this);
    m_heading = createHeading();
    layout->addWidget(m_heading);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("enforcementNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    buildStaffBox(splitter);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *rulesBox = new QWidget(lower);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    m_rulesLabel = sectionLabel(rulesBox);
    m_rules = new QListWidget(rulesBox);
    m_rules->setObjectName(QStringLiteral("refusedPairs"));
    m_rules->setWordWrap(true);
    rulesLayout->addWidget(m_rulesLabel);
    rulesLayout->addWidget(m_rules);
    auto *attemptsBox = new QWidget(lower);
    auto *attemptsLayout = new QVBoxLayout(attemptsBox);
    attemptsLayout->setContentsMargins(0, 0, 0, 0);
    m_attemptsLabel = sectionLabel(attemptsBox);
    m_attempts = new QTableWidget(0, 3, attemptsBox);
    m_attempts->setObjectName(QStringLiteral("loginAttempts"));
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->setSortingEnabled(true);
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    attemptsLayout->addWidget(m_attemptsLabel);
    attemptsLayout->addWidget(m_attempts);
    lowerLayout->addWidget(rulesBox, 1);
    lowerLayout->addWidget(attemptsBox, 1);
    retranslate();
    setDatabase(nullptr);
}

void AdministrationPage::buildStaffBox(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_staffLabel = sectionLabel(box);
    v->addWidget(m_staffLabel);
    const QList<staff::Role> roles = staff::allRoles();
    m_staff = new QTableWidget(0, FirstRoleColumn + int(roles.size()), box);
    m_staff->setObjectName(QStringLiteral("staffTable"));
    m_staff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staff->setSelectionMode(QAbstractItemView::SingleSelection);
    m_staff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staff->setSortingEnabled(true);
    v->addWidget(m_staff, 1);
    connect(m_staff, &QTableWidget::itemChanged, this, &AdministrationPage::roleToggled);

    auto *actions = new QHBoxLayout;
    m_active = new QPushButton(box);
    m_active->setObjectName(QStringLiteral("activeButton"));
    m_resetPassword = new QLineEdit(box);
    m_resetPassword->setObjectName(QStringLiteral("resetPassword"));
    m_resetPassword->setEchoMode(QLineEdit::Password);
    m_reset = new QPushButton(box);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    actions->addWidget(m_active);
    actions->addStretch(1);
    actions->addWidget(m_resetPassword);
    actions->addWidget(m_reset);
    v->addLayout(actions);

    auto *add = new QHBoxLayout;
    m_newLogin = new QLineEdit(box);
    m_newLogin->setObjectName(QStringLiteral("newLogin"));
    m_newName = new QLineEdit(box);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newPassword = new QLineEdit(box);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newRole = new QComboBox(box);
    m_newRole->setObjectName(QStringLiteral("newRole"));
    m_add = new QPushButton(box);
    m_add->setObjectName(QStringLiteral("addButton"));
    for (QWidget *w : {static_cast<QWidget *>(m_newLogin), static_cast<QWidget *>(m_newName),
                       static_cast<QWidget *>(m_newPassword), static_cast<QWidget *>(m_newRole), static_cast<QWidget *>(m_add)})
        add->addWidget(w);
    v->addLayout(add);
    connect(m_add, &QPushButton::clicked, this, &AdministrationPage::addAccount);
    connect(m_active, &QPushButton::clicked, this, &AdministrationPage::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &AdministrationPage::resetPassword);
    connect(m_staff, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = rowOf(selectedLogin());
        const bool active = row >= 0 && m_staff->item(row, 2)->data(Qt::UserRole).toBool();
        m_active->setText(active ? tr("&Disable the account") : tr("&Enable the account"));
    });
}

QString AdministrationPage::title() const
{
    return tr("Administration");
}

void AdministrationPage::retranslate()
{
    m_heading->setText(tr("Administration: staff and roles"));
    m_staffLabel->setText(tr("Staff (tick a role to grant it, untick to revoke it)"));
    m_rulesLabel->setText(tr("Two-person rules (always enforced)"));
    m_attemptsLabel->setText(tr("Last sign-ins and attempts"));
    m_active->setText(tr("&Disable the account"));
    m_resetPassword->setPlaceholderText(tr("new password"));
    m_reset->setText(tr("&Reset the password"));
    m_newLogin->setPlaceholderText(tr("login"));
    m_newName->setPlaceholderText(tr("name"));
    m_newPassword->setPlaceholderText(tr("password"));
    m_add->setText(tr("&Add the account"));
    m_newRole->clear();
    for (staff::Role role : staff::allRoles())
        m_newRole->addItem(staff::roleLabel(role), int(role));
    QStringList headers{tr("Login"), tr("Name"), tr("Active"), tr("Last sign-in")};
    for (staff::Role role : staff::allRoles())
        headers << staff::roleLabel(role);
    m_staff->setHorizontalHeaderLabels(headers);
    m_attempts->setHorizontalHeaderLabels({tr("Login"), tr("When (UTC)"), tr("Result")});
    fillRules();
    if (m_db)
        refresh();
}

void AdministrationPage::setDatabase(store::Database *db)
{
    m_db = db;
    m_message->hide();
    refresh();
}

void AdministrationPage::clear()
{
    m_filling = true;
    m_staff->setRowCount(0);
    m_attempts->setRowCount(0);
    m_filling = false;
    m_notice->clear();
    m_message->hide();
}

void AdministrationPage::refresh()
{
    clear();
    const bool open = m_db != nullptr;
    const bool sqlite = open && m_db->dialect() == store::Dialect::Sqlite;
    m_add->setEnabled(open);
    for (QWidget *w : {static_cast<QWidget *>(m_active), static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_resetPassword),
                       static_cast<QWidget *>(m_newName), static_cast<QWidget *>(m_newPassword)})
        w->setEnabled(sqlite);
    if (!m_db) {
        m_notice->setText(tr("No database is open."));
        return;
    }
    const auto state = staff::enforcement(*m_db);
    const QString notice = state ? staff::enforcementNotice(state.value()) : state.error();
    m_notice->setText(notice.isEmpty() ? tr("Roles are enforced: each person may do only what their roles allow.") : notice);
    if (!sqlite)
        m_notice->setText(m_notice->text() + QLatin1Char(' ')
                          + tr("On PostgreSQL the staff are the server's logins: create them and set their passwords on "
                               "the server; here they get and lose their roles (group roles mianshen_*)."));
    // Staff and their sign-ins are for administrators only.
    if (const auto allowed = staff::authorize(*m_db, staff::Action::ManageStaff); !allowed) {
        report(allowed.error(), true);
        return;
    }
    fillStaff();
    fillAttempts();
}

void AdministrationPage::fillRules()
{
    m_rules->clear();
    m_rules->addItems({
        tr("The author of a policy version does not approve its publication: a policy approver who did not write it must."),
        tr("The creator of a payment batch does not approve it: another payment approver must."),
        tr("A case that needs four eyes gets its two approvals from two different reviewers."),
        tr("One person may hold both roles of a pair; the rule then holds for each policy, batch or case."),
    });
}

void AdministrationPage::fillStaff()
{
    domain::Result<QList<staff::StaffMember>> members = QList<staff::StaffMember>{};
    if (m_db->dialect() == store::Dialect::Postgres) {
        // The server's logins that hold a mianshen_* group role.
        auto memberships = staff::PostgresRoles(*m_db).list();
        if (!memberships) {
            report(memberships.error(), true);
            return;
        }
        for (const auto &m : memberships.value())
            members->append({m.login, QString(), m.roles, true, QString()});
    } else {
        members = staff::StaffAccounts(*m_db).list();
    }
    if (!members) {
        report(members.error(), true);
        return;
    }
    m_filling = true;
    m_staff->setSortingEnabled(false);
    const QList<staff::Role> roles = staff::allRoles();
    m_staff->setRowCount(int(members->size()));
    for (int r = 0; r < members->size(); ++r) {
        const staff::StaffMember &m = members->at(r);
        auto *login = new QTableWidgetItem(m.login);
        auto *active = new QTableWidgetItem(m.active ? tr("yes") : tr("disabled"));
        active->setData(Qt::UserRole, m.active);
        m_staff->setItem(r, 0, login);
        m_staff->setItem(r, 1, new QTableWidgetItem(m.displayName));
        m_staff->setItem(r, 2, active);
        m_staff->setItem(r, 3, new QTableWidgetItem(m.lastLoginAt.isEmpty() ? tr("never") : m.lastLoginAt.left(19)));
        for (int c = 0; c < roles.size(); ++c) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(m.roles.contains(roles.at(c)) ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::UserRole, int(roles.at(c)));
            m_staff->setItem(r, FirstRoleColumn + c, item);
        }
    }
    m_staff->setSortingEnabled(true);
    m_staff->resizeColumnsToContents();
    m_filling = false;
}

void AdministrationPage::fillAttempts()
{
    staff::StaffSessions sessions(*m_db);
    auto open = sessions.open();
    if (!open) {
        report(open.error(), true);
        return;
    }
    m_attempts->setSortingEnabled(false);
    if (m_db->dialect() == store::Dialect::Postgres) {
        // A server has no sign-ins of its own to list: its open sessions instead.
        m_attemptsLabel->setText(tr("Sessions open on the server"));
        m_attempts->setHorizontalHeaderLabels({tr("Login"), tr("Since (UTC)"), tr("Client and state")});
        m_attempts->setRowCount(int(open->size()));
        for (int r = 0; r < open->size(); ++r) {
            const staff::StaffSession &o = open->at(r);
            m_attempts->setItem(r, 0, new QTableWidgetItem(o.login));
            m_attempts->setItem(r, 1, new QTableWidgetItem(o.since));
            m_attempts->setItem(r, 2, new QTableWidgetItem(o.state.isEmpty() ? o.client : o.client + u' ' + o.state));
        }
        m_attempts->setSortingEnabled(true);
        return;
    }
    m_attemptsLabel->setText(open->isEmpty()
                                 ? tr("Last sign-ins and attempts (this desk: nobody signed in)")
                                 : tr("Last sign-ins and attempts (this desk: %1, since %2)")
                                       .arg(open->first().login, open->first().since));
    m_attempts->setHorizontalHeaderLabels({tr("Login"), tr("When (UTC)"), tr("Result")});
    auto attempts = sessions.recentAttempts();
    if (!attempts) {
        report(attempts.error(), true);
        return;
    }
    m_attempts->setRowCount(int(attempts->size()));
    for (int r = 0; r < attempts->size(); ++r) {
        const staff::LoginAttempt &a = attempts->at(r);
        m_attempts->setItem(r, 0, new QTableWidgetItem(a.login));
        m_attempts->setItem(r, 1, new QTableWidgetItem(a.at.left(19)));
        m_attempts->setItem(r, 2, new QTableWidgetItem(a.succeeded ? tr("signed in") : tr("refused")));
    }
    m_attempts->setSortingEnabled(true);
}

void AdministrationPage::roleToggled(QTableWidgetItem *item)
{
    if (m_filling || !m_db || item->column() < FirstRoleColumn)
        return;
    const QString login = m_staff->item(item->row(), 0)->text();
    const auto role = staff::Role(item->data(Qt::UserRole).toInt());
    const bool grant = item->checkState() == Qt::Checked;
    domain::Status s;
    if (m_db->dialect() == store::Dialect::Postgres) {
        staff::PostgresRoles roles(*m_db);
        s = grant ? roles.grant(login, role) : roles.revoke(login, role);
    } else {
        staff::StaffAccounts accounts(*m_db);
        s = grant ? accounts.grant(login, role) : accounts.revoke(login, role);
    }
    refresh();
    if (!s)
        report(s.error(), true);
    else
        report((grant ? tr("%1 now holds the role %2.") : tr("%1 no longer holds the role %2.")).arg(login, staff::roleLabel(role)), false);
}

void AdministrationPage::addAccount()
{
    if (!m_db)
        return;
    const QString login = m_newLogin->text().trimmed();
    const auto role = staff::Role(m_newRole->currentData().toInt());
    // PostgreSQL: the login exists on the server; it gets its first role here.
    const auto s = m_db->dialect() == store::Dialect::Postgres
                       ? staff::PostgresRoles(*m_db).grant(login, role)
                       : staff::StaffAccounts(*m_db).createAccount(login, m_newName->text().trimmed(), m_newPassword->text(), {role});
    if (!s) {
        report(s.error(), true);
        return;
    }
    m_newLogin->clear();
    m_newName->clear();
    m_newPassword->clear();
    refresh();
    report(tr("The account %1 was added.").arg(login), false);
}

void AdministrationPage::toggleActive()
{
    const QString login = selectedLogin();
    if (!m_db || login.isEmpty()) {
        report(tr("Select an account first."), true);
        return;
    }
    const bool active = m_staff->item(rowOf(login), 2)->data(Qt::UserRole).toBool();
    const auto s = staff::StaffAccounts(*m_db).setActive(login, !active);
    refresh();
    if (!s)
        report(s.error(), true);
    else
        report(active ? tr("The account %1 is disabled: it can no longer sign in.").arg(login)
                      : tr("The account %1 is enabled again.").arg(login), false);
}

void AdministrationPage::resetPassword()
{
    const QString login = selectedLogin();
    if (!m_db || login.isEmpty()) {
        report(tr("Select an account first."), true);
        return;
    }
    const auto s = staff::StaffAccounts(*m_db).setPassword(login, m_resetPassword->text());
    if (!s) {
        report(s.error(), true);
        return;
    }
    m_resetPassword->clear();
    refresh();
    report(tr("The password of %1 was reset: tell them the new one in person.").arg(login), false);
}

QString AdministrationPage::selectedLogin() const
{
    const auto rows = m_staff->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_staff->item(rows.first().row(), 0)->text();
}

int AdministrationPage::rowOf(const QString &login) const
{
    for (int r = 0; r < m_staff->rowCount(); ++r)
        if (m_staff->item(r, 0) && m_staff->item(r, 0)->text() == login)
            return r;
    return -1;
}

QString AdministrationPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AdministrationPage::report(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->show();
}

} // namespace mianshen::ui
