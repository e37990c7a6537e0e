#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace mianshen::store {

namespace {

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

} // namespace

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = path;
    return spec;
}

domain::Result<ConnectionSpec> ConnectionSpec::parse(const QString &pathOrUrl)
{
    const QString text = pathOrUrl.trimmed();
    if (text.isEmpty())
        return domain::Result<ConnectionSpec>::failure(ConnectionSpec::tr("No database given: name a SQLite file or a postgresql:// address."));

    if (!isPostgresUrl(text)) {
        if (text.contains(QLatin1String("://")))
            return domain::Result<ConnectionSpec>::failure(
                ConnectionSpec::tr("\"%1\" is neither a file path nor a postgresql:// address.").arg(text));
        QString path = text;
        if (path.startsWith(QLatin1String("file:")))
            path = QUrl(path).toLocalFile();
        return sqlite(path);
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return domain::Result<ConnectionSpec>::failure(
            ConnectionSpec::tr("The address \"%1\" is not valid: %2").arg(text, url.errorString()));

    ConnectionSpec spec;
    spec.dialect = Dialect::Postgres;
    spec.host = url.host(QUrl::FullyDecoded);
    spec.port = url.port(5432);
    spec.user = url.userName(QUrl::FullyDecoded);
    spec.password = url.password(QUrl::FullyDecoded);
    QString db = url.path(QUrl::FullyDecoded);
    if (db.startsWith(QLatin1Char('/')))
        db.remove(0, 1);
    spec.database = db;

    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = item.first.toLower();
        const QString &value = item.second;
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),
                                              QStringLiteral("prefer"), QStringLiteral("require"),
                                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return domain::Result<ConnectionSpec>::failure(
                    ConnectionSpec::tr("Unknown SSL mode \"%1\" (use one of: %2).").arg(value, modes.join(QLatin1String(", "))));
            spec.sslmode = value;
        } else if (key == QLatin1String("host")) {
            spec.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return domain::Result<ConnectionSpec>::failure(ConnectionSpec::tr("The port \"%1\" is not a number from 1 to 65535.").arg(value));
            spec.port = port;
        } else if (key == QLatin1String("user")) {
            spec.user = value;
        } else if (key == QLatin1String("password")) {
            spec.password = value;
        } else if (key == QLatin1String("dbname")) {
            spec.database = value;
        } else {
            return domain::Result<ConnectionSpec>::failure(
                ConnectionSpec::tr("Unknown setting \"%1\" in the address (known: sslmode, host, port, user, password, dbname).").arg(item.first));
        }
    }
    if (spec.host.isEmpty())
        spec.host = QStringLiteral("localhost");
    if (spec.database.isEmpty())
        spec.database = spec.user.isEmpty() ? QStringLiteral("mianshen") : spec.user;
    return spec;
}

QString ConnectionSpec::toString(bool withPassword) const
{
    if (dialect == Dialect::Sqlite)
        return path;

    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    const bool socketFolder = host.startsWith(QLatin1Char('/'));
    if (socketFolder) {
        url.setHost(QStringLiteral("localhost"));
        query.addQueryItem(QStringLiteral("host"), host);
    } else {
        url.setHost(host);
    }
    if (port != 5432)
        url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    if (withPassword && !password.isEmpty())
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    if (!sslmode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslmode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionSpec::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    const QString where = host.startsWith(QLatin1Char('/'))
        ? host
        : host + QLatin1Char(':') + QString::number(port);
    return ConnectionSpec::tr("%1 on %2").arg(database, where);
}

} // namespace mianshen::store
