#include "authoring/DraftStore.h"

#include "store/Database.h"

namespace mianshen::authoring {

namespace {
domain::Status notYet() { return domain::Status::failure(QStringLiteral("Policy drafts are not available yet.")); }
}

DraftStore::DraftStore(store::Database &db) : m_db(db) {}

domain::Result<qint64> DraftStore::createNew(const QString &) { return domain::Result<qint64>::failure(notYet().error()); }
domain::Result<qint64> DraftStore::createVersionOf(const QString &) { return domain::Result<qint64>::failure(notYet().error()); }
domain::Result<qint64> DraftStore::importFile(const QString &) { return domain::Result<qint64>::failure(notYet().error()); }
domain::Status DraftStore::exportFile(qint64, const QString &) { return notYet(); }
domain::Result<PolicyDraft> DraftStore::load(qint64) { return domain::Result<PolicyDraft>::failure(notYet().error()); }
domain::Result<QList<PolicyDraft>> DraftStore::list() { return QList<PolicyDraft>{}; }
domain::Result<qint64> DraftStore::save(qint64, const QString &, qint64) { return domain::Result<qint64>::failure(notYet().error()); }
domain::Status DraftStore::submit(qint64, const QString &) { return notYet(); }
domain::Status DraftStore::sendBack(qint64, const QString &) { return notYet(); }
domain::Result<int> DraftStore::approveAndPublish(qint64) { return domain::Result<int>::failure(notYet().error()); }
domain::Status DraftStore::discard(qint64) { return notYet(); }

}
