#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::authoring {

enum class DraftStatus { Draft, Submitted, Returned, Published, Discarded };

struct PolicyDraft {
    qint64 id = 0; QString policyCode; int baseVersion = 0; // 0 = a new policy
    QString source;            // the policy file (JSON text), the exchange format
    DraftStatus status = DraftStatus::Draft;
    QString author; QString approver; QString comment;
    qint64 revision = 0; QString createdAt; QString updatedAt;
};

class DraftStore final {
public:
    explicit DraftStore(store::Database &db);
    [[nodiscard]] domain::Result<qint64> createNew(const QString &policyCode);       // from a template
    [[nodiscard]] domain::Result<qint64> createVersionOf(const QString &policyCode); // from the published source
    [[nodiscard]] domain::Result<qint64> importFile(const QString &path);
    [[nodiscard]] domain::Status exportFile(qint64 id, const QString &path);
    [[nodiscard]] domain::Result<PolicyDraft> load(qint64 id);
    [[nodiscard]] domain::Result<QList<PolicyDraft>> list(); // newest first
    // Autosave: returns the new revision; refuses a stale expectedRevision.
    [[nodiscard]] domain::Result<qint64> save(qint64 id, const QString &source, qint64 expectedRevision);
    [[nodiscard]] domain::Status submit(qint64 id, const QString &comment);   // errors in the draft refuse
    [[nodiscard]] domain::Status sendBack(qint64 id, const QString &comment); // by someone other than the author
    [[nodiscard]] domain::Result<int> approveAndPublish(qint64 id);           // other than the author; returns the version
    [[nodiscard]] domain::Status discard(qint64 id);

private:
    store::Database &m_db;
};

// "being written", "submitted for approval", ... (translated), for messages and the window.
QString draftStatusLabel(DraftStatus status);

}
