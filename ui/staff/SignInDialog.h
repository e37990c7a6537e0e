#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// Login and password of a staff account (staff::StaffAccounts::signIn);
// a wrong password says so and the dialog stays open. Accepted once signed in.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(store::Database &db, QWidget *parent = nullptr);

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QString errorText() const;
    // Test seam: the wait after a failure (default: StaffAccounts sleeps).
    void setFailureDelay(std::function<void(int)> sleeper) { m_sleeper = std::move(sleeper); }

private:
    void trySignIn();

    store::Database &m_db;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    std::function<void(int)> m_sleeper;
};

} // namespace mianshen::ui
