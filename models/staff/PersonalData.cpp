#include "staff/PersonalData.h"

#include "audit/Actor.h"
#include "audit/AuditLog.h"
#include "staff/Authorization.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace mianshen::staff {

domain::Status revealPersonalData(store::Database &db, const QString &where)
{
    if (domain::Status allowed = authorize(db, Action::RevealPersonalData); !allowed)
        return allowed;
    const auto failed = [](const QString &why) {
        return domain::Status::failure(
            QCoreApplication::translate("mianshen::staff::PersonalData",
                                        "The reveal could not be recorded, so the data stays masked: %1")
                .arg(why));
    };
    if (!db.beginWrite())
        return failed(db.lastError());
    audit::AuditEntry entry;
    entry.actor = audit::currentActor(db);
    entry.action = QStringLiteral("personal_data.reveal");
    entry.entity = QStringLiteral("view");
    entry.entityId = where;
    if (domain::Status s = audit::appendAudit(db, entry); !s) {
        db.rollback();
        return failed(s.error());
    }
    if (!db.commit()) {
        const QString error = db.lastError();
        db.rollback();
        return failed(error);
    }
    return {};
}

} // namespace mianshen::staff
