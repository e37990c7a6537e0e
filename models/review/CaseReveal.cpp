#include "review/CaseReveal.h"

#include "audit/Actor.h"
#include "audit/AuditLog.h"
#include "staff/Authorization.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mianshen::review {

domain::Status CaseReveal::record(store::Database &db, qint64 awardId, const QString &subjectId)
{
    if (domain::Status allowed = staff::authorize(db, staff::Action::RevealPersonalData); !allowed) // roles (docs/roles.md)
        return allowed;
    if (!db.beginWrite())
        return domain::Status::failure(tr("The reveal could not be recorded, so nothing is shown: %1").arg(db.lastError()));
    audit::AuditEntry entry;
    entry.actor = audit::currentActor(db);
    entry.action = QStringLiteral("personal_data.reveal");
    entry.entity = QStringLiteral("award");
    entry.entityId = QString::number(awardId);
    entry.afterJson = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("subject_id"), subjectId}}).toJson(QJsonDocument::Compact));
    if (auto s = audit::appendAudit(db, entry); !s) {
        db.rollback();
        return domain::Status::failure(tr("The reveal could not be recorded, so nothing is shown: %1").arg(s.error()));
    }
    if (!db.commit()) {
        const QString error = db.lastError();
        db.rollback();
        return domain::Status::failure(tr("The reveal could not be recorded, so nothing is shown: %1").arg(error));
    }
    return {};
}

} // namespace mianshen::review
