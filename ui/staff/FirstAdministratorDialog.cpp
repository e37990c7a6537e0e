#include "ui/staff/FirstAdministratorDialog.h"

#include "staff/StaffAccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mianshen::ui {

FirstAdministratorDialog::FirstAdministratorDialog(store::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("Create the administrator"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This database has no staff accounts yet, so everyone at this desk acts with every role. "
                                "Create the administrator now: the administrator then adds the staff and gives them "
                                "their roles on the Administration page."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto edit = [this](const char *name, bool secret) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        if (secret)
            e->setEchoMode(QLineEdit::Password);
        return e;
    };
    m_login = edit("login", false);
    m_name = edit("displayName", false);
    m_password = edit("password", true);
    m_repeat = edit("repeat", true);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create and sign in"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    layout->addWidget(buttons);
    connect(m_create, &QPushButton::clicked, this, &FirstAdministratorDialog::create);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
}

QString FirstAdministratorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstAdministratorDialog::create()
{
    auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_password->text() != m_repeat->text())
        return fail(tr("The two passwords differ: type the same password twice."));
    staff::StaffAccounts accounts(m_db);
    const QString login = m_login->text().trimmed();
    if (auto s = accounts.createAccount(login, m_name->text().trimmed(), m_password->text(), {staff::Role::Administrator}); !s)
        return fail(s.error());
    if (auto s = accounts.signIn(login, m_password->text()); !s)
        return fail(s.error());
    accept();
}

} // namespace mianshen::ui
