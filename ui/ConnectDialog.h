#pragma once

#include "store/ConnectionSpec.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

class JobRunner;

// Connect to a PostgreSQL server: host, port, database, user, password,
// SSL mode, or a postgresql:// URL. The connection is tried before the
// dialog is accepted; a failure is explained in the dialog (wrong password,
// server unreachable, database missing...) and the dialog stays open.
// The attempt runs on a worker thread (a JobRunner): the dialog stays
// responsive while a slow or unreachable server keeps it waiting, says so,
// and Cancel closes it at once (the attempt ends by itself at its timeout).
// Qt 6.4 connections cannot change threads, so after the worker's attempt
// succeeded the dialog opens its own connection (the server has just
// answered, so that is quick).
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setSpec(const store::ConnectionSpec &spec);
    // The fields as a connection spec (the URL field wins when filled).
    domain::Result<store::ConnectionSpec> spec() const;
    // Starts a connection attempt and returns at once (false when the fields
    // are incomplete: the reason is shown). connectFinished() follows.
    bool startConnect();
    bool isConnecting() const;
    // Tries to connect and waits for the answer (tests only: it blocks);
    // on failure shows the reason and returns false.
    bool tryConnect();
    QString errorText() const;
    // The connection made by a successful tryConnect().
    std::unique_ptr<store::Database> takeDatabase();

    // Field access for tests.
    void setFields(const QString &host, int port, const QString &database, const QString &user,
                   const QString &password, const QString &sslmode);
    void setUrl(const QString &url);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void connectFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void urlEdited();
    void attemptFinished(const QString &error, const store::ConnectionSpec &target);
    void setConnecting(bool connecting);

    QLineEdit *m_url = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslmode = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
    JobRunner *m_job = nullptr;
    bool m_acceptWhenConnected = false;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_sslLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<store::Database> m_db;
};

} // namespace mianshen::ui
