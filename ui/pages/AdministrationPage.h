#pragma once

#include "ui/pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace mianshen::ui {

// The Administration page (docs/roles.md): the staff with their roles (a
// check box per role: ticking grants, unticking revokes), adding an
// account, disabling / enabling one, resetting a password; the role pairs
// the program refuses, written as rules; the last sign-ins and every
// recent attempt. Every change goes through staff::StaffAccounts, which
// checks the ManageStaff right and records it in the audit log.
class AdministrationPage final : public Page
{
    Q_OBJECT
public:
    explicit AdministrationPage(QWidget *parent = nullptr);
    QString title() const override;
    void setDatabase(store::Database *db) override;
    void refresh() override;
    void clear() override;

    QTableWidget *staffTable() const { return m_staff; }
    QTableWidget *attemptsTable() const { return m_attempts; }
    QListWidget *rulesList() const { return m_rules; }
    QLineEdit *newLoginEdit() const { return m_newLogin; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QLineEdit *newPasswordEdit() const { return m_newPassword; }
    QComboBox *newRoleCombo() const { return m_newRole; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *activeButton() const { return m_active; }
    QLineEdit *resetPasswordEdit() const { return m_resetPassword; }
    QPushButton *resetButton() const { return m_reset; }
    QString messageText() const;
    // The table's row of a login, or -1.
    int rowOf(const QString &login) const;
    static constexpr int FirstRoleColumn = 4;

protected:
    void retranslate() override;

private:
    void buildStaffBox(QWidget *parent);
    void fillStaff();
    void fillAttempts();
    void fillRules();
    void roleToggled(QTableWidgetItem *item);
    void addAccount();
    void toggleActive();
    void resetPassword();
    QString selectedLogin() const;
    void report(const QString &message, bool error);

    store::Database *m_db = nullptr;
    bool m_filling = false;
    QLabel *m_heading = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_staffLabel = nullptr;
    QTableWidget *m_staff = nullptr;
    QLineEdit *m_newLogin = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QComboBox *m_newRole = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_active = nullptr;
    QLineEdit *m_resetPassword = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_rulesLabel = nullptr;
    QListWidget *m_rules = nullptr;
    QLabel *m_attemptsLabel = nullptr;
    QTableWidget *m_attempts = nullptr;
};

} // namespace mianshen::ui
