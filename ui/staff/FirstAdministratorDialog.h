#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// First start of a SQLite database without staff accounts: creates the
// administrator (login, name, password twice) and signs them in. "Later"
// (reject) goes on without accounts: everyone acts with every role.
class FirstAdministratorDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(store::Database &db, QWidget *parent = nullptr);

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *createButton() const { return m_create; }
    QString errorText() const;

private:
    void create();

    store::Database &m_db;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace mianshen::ui
