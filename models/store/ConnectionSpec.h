#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mianshen::store {

enum class Dialect { Sqlite, Postgres };

// Where a database is: a SQLite file, or a PostgreSQL server.
struct ConnectionSpec final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::store::ConnectionSpec)
public:
    Dialect dialect = Dialect::Sqlite;
    QString path;          // SQLite file
    QString host;          // PostgreSQL host name, address or unix socket folder
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslmode;       // empty = libpq's default

    static ConnectionSpec sqlite(const QString &path);
    // A file path, or "postgresql://user[:password]@host[:port]/db[?sslmode=..&host=/socket/dir]"
    // (also "postgres://"). A unix socket folder may be given as the host=
    // query parameter, as libpq allows.
    static domain::Result<ConnectionSpec> parse(const QString &pathOrUrl);
    // The same form parse() takes; the password only when asked for.
    QString toString(bool withPassword = false) const;
    // For people: "demo.sqlite" or "mianshen on db.example:5432".
    QString displayName() const;
};

} // namespace mianshen::store
