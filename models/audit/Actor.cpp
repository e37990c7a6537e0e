#include "audit/Actor.h"

#include "domain/Actor.h"
#include "store/Database.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::audit {

namespace {

QMutex sessionMutex;
QString sessionLogin;

} // namespace

void setSessionActor(const QString &login)
{
    QMutexLocker lock(&sessionMutex);
    sessionLogin = login;
}

QString sessionActor()
{
    QMutexLocker lock(&sessionMutex);
    return sessionLogin;
}

QString currentActor(store::Database &db)
{
    const QString unknown = QStringLiteral("unknown");
    if (db.dialect() == store::Dialect::Postgres) {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT session_user")) && q.next()) {
            const QString login = q.value(0).toString();
            if (!login.isEmpty())
                return login;
        }
        return unknown;
    }
    const QString session = sessionActor();
    if (!session.isEmpty())
        return session;
    return domain::currentActor(unknown);
}

} // namespace mianshen::audit
