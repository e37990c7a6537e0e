#include "ConnectDialog.h"

#include "JobRunner.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <initializer_list>

namespace mianshen::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ConnectDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/mianshen?sslmode=prefer"));
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("mianshen"), this);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslmode = new QComboBox(this);
    for (const char *mode : {"", "disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslmode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_urlLabel = new QLabel(this);
    m_hostLabel = new QLabel(this);
    m_portLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_sslLabel = new QLabel(this);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_sslLabel, m_sslmode);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("connectProgress"));
    m_progress->setWordWrap(true);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_job = new JobRunner(this, JobRunner::OnDestroy::Detach);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_url, &QLineEdit::editingFinished, this, &ConnectDialog::urlEdited);
    retranslate();
    setMinimumWidth(480);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to a PostgreSQL Server"));
    m_urlLabel->setText(tr("URL (optional):"));
    m_hostLabel->setText(tr("Server:"));
    m_portLabel->setText(tr("Port:"));
    m_databaseLabel->setText(tr("Database:"));
    m_userLabel->setText(tr("User name:"));
    m_passwordLabel->setText(tr("Password:"));
    m_sslLabel->setText(tr("SSL mode:"));
    m_sslmode->setItemText(0, tr("default"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_url->setToolTip(tr("A URL fills in the fields below; the password may be typed separately."));
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectDialog::setSpec(const store::ConnectionSpec &spec)
{
    m_host->setText(spec.host);
    m_port->setValue(spec.port);
    m_database->setText(spec.database);
    m_user->setText(spec.user);
    m_password->setText(spec.password);
    const int ssl = m_sslmode->findData(spec.sslmode);
    m_sslmode->setCurrentIndex(ssl >= 0 ? ssl : 0);
    m_url->clear();
}

void ConnectDialog::setFields(const QString &host, int port, const QString &database, const QString &user,
                              const QString &password, const QString &sslmode)
{
    store::ConnectionSpec spec;
    spec.dialect = store::Dialect::Postgres;
    spec.host = host;
    spec.port = port;
    spec.database = database;
    spec.user = user;
    spec.password = password;
    spec.sslmode = sslmode;
    setSpec(spec);
}

void ConnectDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    urlEdited();
}

void ConnectDialog::urlEdited()
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return;
    const auto parsed = store::ConnectionSpec::parse(text);
    if (!parsed || parsed->dialect != store::Dialect::Postgres) {
        m_error->setText(parsed ? tr("This is not a postgresql:// URL.") : parsed.error());
        m_error->show();
        return;
    }
    m_error->hide();
    const QString typedPassword = m_password->text();
    setSpec(parsed.value());
    if (parsed->password.isEmpty())
        m_password->setText(typedPassword);
}

domain::Result<store::ConnectionSpec> ConnectDialog::spec() const
{
    store::ConnectionSpec spec;
    spec.dialect = store::Dialect::Postgres;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.database = m_database->text().trimmed();
    spec.user = m_user->text().trimmed();
    spec.password = m_password->text();
    spec.sslmode = m_sslmode->currentData().toString();
    if (spec.host.isEmpty())
        return domain::Result<store::ConnectionSpec>::failure(tr("Enter the server's name or address."));
    if (spec.database.isEmpty())
        return domain::Result<store::ConnectionSpec>::failure(tr("Enter the name of the database."));
    if (spec.user.isEmpty())
        return domain::Result<store::ConnectionSpec>::failure(tr("Enter the user name."));
    return spec;
}

bool ConnectDialog::startConnect()
{
    if (m_job->isRunning())
        return false;
    m_db.reset();
    if (!m_url->text().trimmed().isEmpty())
        urlEdited();
    const auto target = spec();
    if (!target) {
        m_error->setText(target.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    const store::ConnectionSpec spec = target.value();
    m_progress->setText(tr("Connecting to %1:%2…").arg(spec.host).arg(spec.port));
    setConnecting(true);
    return m_job->start<QString>(
        [spec](JobControl &) {
            auto db = store::Database::open(spec);
            return db ? QString() : db.error(); // the worker's connection closes here, in its thread
        },
        [this, spec](QString error) { attemptFinished(error, spec); });
}

void ConnectDialog::attemptFinished(const QString &error, const store::ConnectionSpec &target)
{
    setConnecting(false);
    if (m_job->isCancelling())
        return;
    QString reason = error;
    if (reason.isEmpty()) {
        auto db = store::Database::open(target);
        if (db)
            m_db = std::move(db).value();
        else
            reason = db.error();
    }
    if (!reason.isEmpty()) {
        m_acceptWhenConnected = false;
        m_error->setText(reason);
        m_error->show();
        Q_EMIT connectFinished(false);
        return;
    }
    m_error->hide();
    Q_EMIT connectFinished(true);
    if (m_acceptWhenConnected) {
        m_acceptWhenConnected = false;
        QDialog::accept();
    }
}

void ConnectDialog::setConnecting(bool connecting)
{
    m_progress->setVisible(connecting);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!connecting);
    for (QWidget *field : std::initializer_list<QWidget *>{m_url, m_host, m_port, m_database, m_user, m_password, m_sslmode})
        field->setEnabled(!connecting);
}

bool ConnectDialog::isConnecting() const
{
    return m_job->isRunning();
}

bool ConnectDialog::tryConnect()
{
    if (!startConnect())
        return false;
    m_job->waitForFinished();
    return m_db != nullptr;
}

QString ConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::unique_ptr<store::Database> ConnectDialog::takeDatabase()
{
    return std::move(m_db);
}

void ConnectDialog::accept()
{
    m_acceptWhenConnected = startConnect();
}

void ConnectDialog::reject()
{
    // A running attempt is left to time out on its own; its answer is dropped.
    m_acceptWhenConnected = false;
    m_job->cancel();
    QDialog::reject();
}

} // namespace mianshen::ui
