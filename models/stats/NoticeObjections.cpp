#include "stats/NoticeObjections.h"
#include "domain/Clock.h"

#include "audit/Actor.h"
#include "audit/AuditLog.h"
#include "domain/Month.h"
#include "store/Database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace mianshen::stats {

namespace {

// A null QString binds as NULL; the table's texts are NOT NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace

NoticeObjections::NoticeObjections(store::Database &db)
    : m_db(db)
{
}

bool NoticeObjections::isOutcome(const QString &outcome)
{
    static const QStringList outcomes{QStringLiteral("pending"), QStringLiteral("upheld"), QStringLiteral("dismissed"),
                                      QStringLiteral("withdrawn")};
    return outcomes.contains(outcome);
}

domain::Result<qint64> NoticeObjections::record(NoticeObjection o)
{
    using R = domain::Result<qint64>;
    if (!domain::Month::parse(o.period))
        return R::failure(tr("The period \"%1\" is not a month: write it as YYYY-MM.").arg(o.period));
    if (!QDate::fromString(o.receivedAt, Qt::ISODate).isValid())
        return R::failure(tr("The date received \"%1\" is not a date: write it as YYYY-MM-DD.").arg(o.receivedAt));
    if (o.raisedBy.trimmed().isEmpty())
        return R::failure(tr("Say who raised the objection."));
    if (o.outcome.isEmpty())
        o.outcome = QStringLiteral("pending");
    if (!isOutcome(o.outcome))
        return R::failure(tr("The outcome \"%1\" is unknown: use pending, upheld, dismissed or withdrawn.").arg(o.outcome));
    if (o.recordedBy.isEmpty())
        o.recordedBy = audit::currentActor(m_db);
    if (o.recordedAt.isEmpty())
        o.recordedAt = domain::Clock::nowUtc().toString(Qt::ISODate);
    if (!m_db.beginWrite())
        return R::failure(tr("Could not start writing: %1").arg(m_db.lastError()));
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO notice_objections (policy_code, period, batch_id, subject_id, raised_by, received_at, content, outcome, "
        "outcome_note, decided_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {text(o.policyCode), text(o.period), o.batchId > 0 ? QVariant(o.batchId) : QVariant(),
                              text(o.subjectId), text(o.raisedBy), text(o.receivedAt),
                              text(o.content), text(o.outcome), text(o.outcomeNote),
                              o.decidedAt.isEmpty() ? QVariant() : QVariant(o.decidedAt), text(o.recordedBy),
                              text(o.recordedAt)})
        query.addBindValue(v);
    if (!query.exec() || !query.next()) {
        const QString error = query.lastError().text();
        query.finish();
        m_db.rollback();
        return R::failure(tr("Could not record the objection: %1").arg(error));
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    QJsonObject after{{QStringLiteral("policy_code"), o.policyCode}, {QStringLiteral("period"), o.period},
                            {QStringLiteral("subject_id"), o.subjectId}, {QStringLiteral("raised_by"), o.raisedBy},
                            {QStringLiteral("received_at"), o.receivedAt}, {QStringLiteral("content"), o.content},
                            {QStringLiteral("outcome"), o.outcome}, {QStringLiteral("outcome_note"), o.outcomeNote}};
    if (o.batchId > 0)
        after.insert(QStringLiteral("batch_id"), o.batchId);
    audit::AuditEntry entry;
    entry.actor = o.recordedBy;
    entry.action = QStringLiteral("notice.objection.record");
    entry.entity = QStringLiteral("notice_objection");
    entry.entityId = QString::number(id);
    entry.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    if (const auto logged = audit::appendAudit(m_db, entry); !logged) {
        m_db.rollback();
        return R::failure(tr("Could not record the objection: %1").arg(logged.error()));
    }
    if (!m_db.commit())
        return R::failure(tr("Could not record the objection: %1").arg(m_db.lastError()));
    return id;
}

domain::Status NoticeObjections::decide(qint64 id, const QString &outcome, const QString &note, const QString &decidedAt)
{
    if (!isOutcome(outcome))
        return domain::Status::failure(
            tr("The outcome \"%1\" is unknown: use pending, upheld, dismissed or withdrawn.").arg(outcome));
    if (!QDate::fromString(decidedAt, Qt::ISODate).isValid() && !(outcome == QLatin1String("pending") && decidedAt.isEmpty()))
        return domain::Status::failure(tr("The decision date \"%1\" is not a date: write it as YYYY-MM-DD.").arg(decidedAt));
    if (!m_db.beginWrite())
        return domain::Status::failure(tr("Could not start writing: %1").arg(m_db.lastError()));
    const auto before = load(id);
    if (!before) {
        m_db.rollback();
        return domain::Status::failure(before.error());
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE notice_objections SET outcome = ?, outcome_note = ?, decided_at = ? WHERE id = ?"));
    query.addBindValue(outcome);
    query.addBindValue(text(note));
    query.addBindValue(text(decidedAt));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        const QString error = query.lastError().text();
        m_db.rollback();
        return domain::Status::failure(error.isEmpty() ? tr("There is no objection number %1.").arg(id)
                                                       : tr("Could not record the outcome: %1").arg(error));
    }
    query.finish();
    audit::AuditEntry entry;
    entry.action = QStringLiteral("notice.objection.decide");
    entry.entity = QStringLiteral("notice_objection");
    entry.entityId = QString::number(id);
    entry.beforeJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("outcome"), before->outcome},
                                                                   {QStringLiteral("outcome_note"), before->outcomeNote},
                                                                   {QStringLiteral("decided_at"), before->decidedAt}})
                                             .toJson(QJsonDocument::Compact));
    entry.afterJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("outcome"), outcome},
                                                                  {QStringLiteral("outcome_note"), note},
                                                                  {QStringLiteral("decided_at"), decidedAt}})
                                            .toJson(QJsonDocument::Compact));
    if (const auto logged = audit::appendAudit(m_db, entry); !logged) {
        m_db.rollback();
        return domain::Status::failure(tr("Could not record the outcome: %1").arg(logged.error()));
    }
    if (!m_db.commit())
        return domain::Status::failure(tr("Could not record the outcome: %1").arg(m_db.lastError()));
    return {};
}

domain::Result<QList<NoticeObjection>> NoticeObjections::list(const QString &policyCode, const QString &period) const
{
    return select(QStringLiteral("policy_code = ? AND period = ?"), {policyCode, period});
}

domain::Result<QList<NoticeObjection>> NoticeObjections::listForBatch(qint64 batchId) const
{
    return select(QStringLiteral("batch_id = ?"), {batchId});
}

domain::Result<NoticeObjection> NoticeObjections::load(qint64 id) const
{
    const auto rows = select(QStringLiteral("id = ?"), {id});
    if (!rows)
        return domain::Result<NoticeObjection>::failure(rows.error());
    if (rows->isEmpty())
        return domain::Result<NoticeObjection>::failure(tr("There is no objection number %1.").arg(id));
    return rows->first();
}

domain::Result<QList<NoticeObjection>> NoticeObjections::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, policy_code, period, coalesce(batch_id, 0), subject_id, raised_by, received_at, content, outcome, "
        "outcome_note, coalesce(decided_at, ''), recorded_by, recorded_at FROM notice_objections WHERE ")
        + where + QStringLiteral(" ORDER BY received_at, id"));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return domain::Result<QList<NoticeObjection>>::failure(
            tr("Could not read the objections: %1").arg(query.lastError().text()));
    QList<NoticeObjection> rows;
    while (query.next()) {
        NoticeObjection o;
        o.id = query.value(0).toLongLong();
        o.policyCode = query.value(1).toString();
        o.period = query.value(2).toString();
        o.batchId = query.value(3).toLongLong();
        o.subjectId = query.value(4).toString();
        o.raisedBy = query.value(5).toString();
        o.receivedAt = query.value(6).toString();
        o.content = query.value(7).toString();
        o.outcome = query.value(8).toString();
        o.outcomeNote = query.value(9).toString();
        o.decidedAt = query.value(10).toString();
        o.recordedBy = query.value(11).toString();
        o.recordedAt = query.value(12).toString();
        rows << o;
    }
    return rows;
}

} // namespace mianshen::stats
