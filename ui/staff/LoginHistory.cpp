#include "ui/staff/LoginHistory.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::ui {

domain::Result<QList<LoginAttempt>> recentLoginAttempts(store::Database &db, int limit)
{
    using R = domain::Result<QList<LoginAttempt>>;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT login, at, succeeded FROM staff_login_attempts ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(QCoreApplication::translate("mianshen::ui::AdministrationPage", "The sign-in attempts could not be read: %1")
                              .arg(q.lastError().text()));
    QList<LoginAttempt> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0});
    return out;
}

} // namespace mianshen::ui
