#include "store/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace mianshen::store {

using domain::Result;

namespace {

constexpr int kConnectTimeoutSeconds = 5;
constexpr int kBusyTimeoutMs = 10000;

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mianshen-%1-%2")
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()))
        .arg(counter.fetchAndAddOrdered(1) + 1);
}

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString serverName(const ConnectionSpec &spec)
{
    if (spec.host.startsWith(QLatin1Char('/')))
        return spec.host;
    return spec.host + QLatin1Char(':') + QString::number(spec.port);
}

// Asks the server whether it answers at all, without logging in.
PGPing pingServer(const ConnectionSpec &spec)
{
    const QByteArray host = spec.host.toUtf8();
    const QByteArray port = QByteArray::number(spec.port);
    const QByteArray dbname = spec.database.toUtf8();
    const QByteArray user = spec.user.toUtf8();
    const QByteArray timeout = QByteArray::number(kConnectTimeoutSeconds);
    const QByteArray sslmode = spec.sslmode.toUtf8();
    QList<const char *> keys = {"host", "port", "dbname", "user", "connect_timeout"};
    QList<const char *> values = {host.constData(), port.constData(), dbname.constData(),
                                  user.constData(), timeout.constData()};
    if (!sslmode.isEmpty()) {
        keys << "sslmode";
        values << sslmode.constData();
    }
    keys << nullptr;
    values << nullptr;
    return PQpingParams(keys.constData(), values.constData(), 0);
}

// Turns libpq's connection failure into a sentence for a clerk, keeping the
// server's own words as details.
QString describePostgresFailure(const ConnectionSpec &spec, const QSqlError &error)
{
    const QString raw = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                                  : error.databaseText().trimmed();
    const QString text = raw.toLower();
    const QString server = serverName(spec);
    QString sentence;

    if (text.contains(QLatin1String("password authentication failed"))) {
        sentence = Database::tr("The user name or password is wrong: the server %1 did not accept user \"%2\" with this password.")
                       .arg(server, spec.user);
    } else if (text.contains(QLatin1String("no password supplied"))) {
        sentence = Database::tr("The server %1 asks for a password for user \"%2\": enter the password.").arg(server, spec.user);
    } else if (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist"))) {
        sentence = Database::tr("There is no user \"%1\" on the server %2: check the user name.").arg(spec.user, server);
    } else if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist"))) {
        sentence = Database::tr("There is no database \"%1\" on the server %2: check the database name, or ask the administrator to create it.")
                       .arg(spec.database, server);
    } else if (text.contains(QLatin1String("server does not support ssl"))) {
        sentence = Database::tr("The server %1 does not offer encrypted (SSL) connections, but the SSL mode \"%2\" requires one: ask the administrator, or choose another SSL mode.")
                       .arg(server, spec.sslmode);
    } else if (text.contains(QLatin1String("no pg_hba.conf entry"))
               && (text.contains(QLatin1String("ssl off")) || text.contains(QLatin1String("no encryption")))) {
        sentence = Database::tr("The server %1 accepts only encrypted connections: set the SSL mode to \"require\".").arg(server);
    } else if (text.contains(QLatin1String("no pg_hba.conf entry"))) {
        sentence = Database::tr("The server %1 does not accept connections from this computer for user \"%2\" and database \"%3\": ask the administrator to allow it.")
                       .arg(server, spec.user, spec.database);
    } else if (text.contains(QLatin1String("could not translate host name"))
               || text.contains(QLatin1String("name or service not known"))
               || text.contains(QLatin1String("temporary failure in name resolution"))) {
        sentence = Database::tr("The server name \"%1\" is not known: check its spelling and the network.").arg(spec.host);
    } else if (text.contains(QLatin1String("timeout expired")) || text.contains(QLatin1String("timed out"))) {
        sentence = Database::tr("The server %1 did not answer within %2 seconds: it cannot be reached. Check the address, the network and the firewall.")
                       .arg(server)
                       .arg(kConnectTimeoutSeconds);
    } else if (text.contains(QLatin1String("connection refused"))
               || (text.contains(QLatin1String("no such file or directory")) && text.contains(QLatin1String("socket")))) {
        sentence = Database::tr("The server %1 cannot be reached: nothing answers there. Check the server name and port, and that the database server is running.")
                       .arg(server);
    } else if (text.contains(QLatin1String("too many connections")) || text.contains(QLatin1String("remaining connection slots"))) {
        sentence = Database::tr("The server %1 is busy: it has no free connections left. Try again later or ask the administrator.").arg(server);
    } else if (text.contains(QLatin1String("starting up")) || text.contains(QLatin1String("shutting down"))) {
        sentence = Database::tr("The server %1 is starting or stopping: try again in a minute.").arg(server);
    } else if (pingServer(spec) == PQPING_NO_RESPONSE) {
        sentence = Database::tr("The server %1 cannot be reached. Check the server name and port, the network, and that the database server is running.")
                       .arg(server);
    } else {
        sentence = Database::tr("Could not connect to the database \"%1\" on the server %2.").arg(spec.database, server);
    }
    if (raw.isEmpty())
        return sentence;
    return sentence + QLatin1Char('\n') + Database::tr("Details: %1").arg(raw);
}

Result<QString> singleValue(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Result<QString>::failure(query.lastError().text());
    if (!query.next())
        return QString();
    return query.value(0).toString();
}

} // namespace

Database::Database(ConnectionSpec spec, QString name)
    : m_spec(std::move(spec))
    , m_name(std::move(name))
{
}

Database::~Database()
{
    dropConnection(m_name);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSpec &spec)
{
    using R = Result<std::unique_ptr<Database>>;
    const QString name = uniqueConnectionName();

    if (spec.dialect == Dialect::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return R::failure(Database::tr("The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)."));
        if (spec.path.isEmpty())
            return R::failure(Database::tr("No database file given."));
        const bool inMemory = spec.path == QLatin1String(":memory:");
        if (!inMemory) {
            const QFileInfo file(spec.path);
            if (file.exists() && file.isDir())
                return R::failure(Database::tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(spec.path)));
            if (!file.exists() && !QFileInfo(file.absolutePath()).isDir())
                return R::failure(Database::tr("The folder %1 does not exist, so the database file cannot be created there.")
                                      .arg(QDir::toNativeSeparators(file.absolutePath())));
            if (file.exists() && !file.isWritable())
                return R::failure(Database::tr("The database file %1 cannot be written to: check its permissions.")
                                      .arg(QDir::toNativeSeparators(spec.path)));
            if (!file.exists() && !QFileInfo(file.absolutePath()).isWritable())
                return R::failure(Database::tr("The database file %1 cannot be created: the folder is not writable.")
                                      .arg(QDir::toNativeSeparators(spec.path)));
        }
        std::unique_ptr<Database> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(spec.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
            if (!db.open()) {
                const QString message = Database::tr("The database file %1 cannot be opened: %2")
                                            .arg(QDir::toNativeSeparators(spec.path), db.lastError().text());
                db = QSqlDatabase();
                dropConnection(name);
                return R::failure(message);
            }
            const auto mode = singleValue(db, QStringLiteral("PRAGMA journal_mode=WAL"));
            QString failure;
            if (!mode.ok()) {
                failure = Database::tr("%1 is not a SQLite database, or it is damaged (%2).")
                              .arg(QDir::toNativeSeparators(spec.path), mode.error());
            } else if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
                       && !(inMemory && mode.value() == QLatin1String("memory"))) {
                failure = Database::tr("The database file %1 cannot use write-ahead logging (journal mode is \"%2\"). Keep the file on a local disk.")
                              .arg(QDir::toNativeSeparators(spec.path), mode.value());
            } else {
                const QStringList pragmas = {QStringLiteral("PRAGMA synchronous=FULL"),
                                             QStringLiteral("PRAGMA foreign_keys=ON"),
                                             QStringLiteral("PRAGMA mmap_size=1073741824")};
                for (const QString &pragma : pragmas) {
                    QSqlQuery query(db);
                    if (!query.exec(pragma)) {
                        failure = Database::tr("The database file %1 cannot be set up (%2): %3")
                                      .arg(QDir::toNativeSeparators(spec.path), pragma, query.lastError().text());
                        break;
                    }
                }
            }
            if (!failure.isEmpty()) {
                db = QSqlDatabase();
                dropConnection(name);
                return R::failure(failure);
            }
        }
        result.reset(new Database(spec, name));
        return R(std::move(result));
    }

    // PostgreSQL
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(Database::tr("The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setDatabaseName(spec.database);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        QStringList options = {QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds),
                               QStringLiteral("application_name=mianshen")};
        if (!spec.sslmode.isEmpty())
            options << QStringLiteral("sslmode=%1").arg(spec.sslmode);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QString message = describePostgresFailure(spec, db.lastError());
            db = QSqlDatabase();
            dropConnection(name);
            return R::failure(message);
        }
        QSqlQuery query(db);
        // Quiet NOTICEs ("relation already exists, skipping") and fixed
        // formats whatever the server's defaults are.
        if (!query.exec(QStringLiteral("SET client_min_messages TO warning"))
            || !query.exec(QStringLiteral("SET datestyle TO ISO, YMD"))) {
            const QString message = Database::tr("Connected to %1, but could not set up the session: %2")
                                        .arg(serverName(spec), query.lastError().text());
            query = QSqlQuery();
            db = QSqlDatabase();
            dropConnection(name);
            return R::failure(message);
        }
    }
    return R(std::unique_ptr<Database>(new Database(spec, name)));
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_spec);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::execute(const QString &sql)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    m_lastError.clear();
    return true;
}

bool Database::beginWrite()
{
    if (m_spec.dialect == Dialect::Sqlite)
        return execute(QStringLiteral("BEGIN IMMEDIATE"));
    return execute(QStringLiteral("BEGIN"));
}

bool Database::beginRead()
{
    if (m_spec.dialect == Dialect::Sqlite)
        return execute(QStringLiteral("BEGIN DEFERRED"));
    return execute(QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
}

bool Database::commit()
{
    QSqlDatabase db = connection();
    // QPSQL's commit() reports a transaction the server rolled back (its
    // COMMIT answers "ROLLBACK") as a failure; QSQLITE's runs COMMIT.
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        if (m_lastError.trimmed().isEmpty())
            m_lastError = Database::tr("The database rolled the transaction back; nothing was saved.");
        if (m_spec.dialect == Dialect::Sqlite)
            execute(QStringLiteral("ROLLBACK"));
        return false;
    }
    m_lastError.clear();
    return true;
}

void Database::rollback()
{
    QSqlDatabase db = connection();
    if (!db.rollback())
        m_lastError = db.lastError().text();
}

QString Database::lastError() const
{
    return m_lastError;
}

sqlite3 *Database::sqliteHandle() const
{
    if (m_spec.dialect != Dialect::Sqlite)
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

pg_conn *Database::postgresHandle() const
{
    if (m_spec.dialect != Dialect::Postgres)
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        return *static_cast<PGconn *const *>(handle.data());
    return nullptr;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    const QString exists = m_spec.dialect == Dialect::Sqlite
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
        : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'");
    if (!query.exec(exists) || !query.next() || query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace mianshen::store
