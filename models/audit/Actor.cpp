#include "audit/Actor.h"

#include "domain/Actor.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mianshen::audit {

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
    return domain::currentActor(unknown);
}

} // namespace mianshen::audit
