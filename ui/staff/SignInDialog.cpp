#include "ui/staff/SignInDialog.h"

#include "staff/StaffAccounts.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mianshen::ui {

SignInDialog::SignInDialog(store::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Mianshen"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This database has staff accounts. Sign in with yours: what you may do follows your roles, "
                                "and every change is recorded in your name."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void SignInDialog::trySignIn()
{
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your login and your password."));
        m_error->show();
        return;
    }
    staff::StaffAccounts accounts(m_db);
    if (m_sleeper) {
        accounts.setSleeper(m_sleeper);
    } else {
        // The wait after failures, with the window still drawn (the dialog is disabled meanwhile).
        accounts.setSleeper([this](int ms) {
            m_error->setText(tr("Waiting %n second(s) after the failed attempts…", nullptr, (ms + 999) / 1000));
            m_error->show();
            QEventLoop loop;
            QTimer::singleShot(ms, &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        });
    }
    setEnabled(false);
    const auto s = accounts.signIn(m_login->text().trimmed(), m_password->text());
    setEnabled(true);
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    accept();
}

} // namespace mianshen::ui
