#pragma once

#include "domain/Result.h"
#include "store/ConnectionSpec.h"

#include <QSqlDatabase>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;
struct pg_conn;

namespace mianshen::store {

// One open connection, usable only in the thread that opened it (Qt 6.4 has
// no QSqlDatabase::moveToThread). Owns a uniquely named QSqlDatabase
// connection and removes it when destroyed. For another thread, call
// openAnother() in that thread.
//
// SQLite: after open, journal_mode=WAL (checked), synchronous=FULL,
// foreign_keys=ON, busy timeout set; mmap enabled.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::store::Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating a SQLite file if missing) without migrating. The error
    // is a sentence a clerk understands: wrong password, server unreachable,
    // database missing, file not writable...
    static domain::Result<std::unique_ptr<Database>> open(const ConnectionSpec &spec);
    // A new connection to the same database, for the calling thread.
    domain::Result<std::unique_ptr<Database>> openAnother() const;

    const ConnectionSpec &spec() const { return m_spec; }
    Dialect dialect() const { return m_spec.dialect; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_name; }

    // Starts a write transaction: BEGIN IMMEDIATE on SQLite, BEGIN on
    // PostgreSQL. commit() returns false (with lastError) when the server
    // rolled back.
    bool beginWrite();
    bool beginRead();
    bool commit();
    void rollback();
    QString lastError() const;

    // Native handles for the bulk paths (import, snapshot). Null for the other dialect.
    sqlite3 *sqliteHandle() const;
    pg_conn *postgresHandle() const;   // PGconn

    // Schema version recorded by the migrator (0 for an empty database).
    int schemaVersion() const;

private:
    Database(ConnectionSpec spec, QString name);
    bool execute(const QString &sql);

    ConnectionSpec m_spec;
    QString m_name;
    QString m_lastError;
};

} // namespace mianshen::store
