#include "feeds/ImportHistory.h"

#include "audit/AuditLog.h"
#include "feeds/ImportReport.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace mianshen::feeds {

namespace {

QString nowText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// QSqlQuery binds a null QString as NULL; these columns are NOT NULL DEFAULT ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// The audit row of an imported delivery, in the import's own transaction.
bool appendImportAudit(store::Database &db, const ImportReport &r, QString *error)
{
    QJsonObject after;
    after.insert(QStringLiteral("feed"), r.feed);
    after.insert(QStringLiteral("file"), QFileInfo(r.filePath).fileName());
    after.insert(QStringLiteral("sha256"), r.sha256);
    after.insert(QStringLiteral("mode"), ImportReport::modeName(r.mode));
    after.insert(QStringLiteral("rows_read"), r.rowsRead);
    after.insert(QStringLiteral("inserted"), r.inserted);
    after.insert(QStringLiteral("updated"), r.updated);
    after.insert(QStringLiteral("deleted"), r.deleted);
    after.insert(QStringLiteral("errors"), r.errorCount);
    after.insert(QStringLiteral("warnings"), r.warningCount);
    after.insert(QStringLiteral("quarantined"), r.quarantined);
    audit::AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("import");
    entry.entityId = QString::number(r.importId);
    entry.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    const auto appended = audit::appendAudit(db, entry);
    if (!appended)
        *error = appended.error();
    return appended.ok();
}

// The quality gate's hold or its confirmation, with the gate's figures.
bool appendGateAudit(store::Database &db, const QString &action, qint64 importId, const QString &figuresJson,
                     QString *error)
{
    audit::AuditEntry entry;
    entry.action = action;
    entry.entity = QStringLiteral("import");
    entry.entityId = QString::number(importId);
    entry.afterJson = figuresJson;
    const auto appended = audit::appendAudit(db, entry);
    if (!appended)
        *error = appended.error();
    return appended.ok();
}

bool insertQuarantine(store::Database &db, qint64 importId, const QString &feed,
                      const std::vector<ImportHistory::QuarantinedRow> &quarantine, QString *error)
{
    if (quarantine.empty())
        return true;
    QSqlQuery qq(db.connection());
    qq.prepare(QStringLiteral("INSERT INTO import_quarantine (import_id, feed, line, record) VALUES (?, ?, ?, ?)"));
    for (const ImportHistory::QuarantinedRow &item : quarantine) {
        qq.bindValue(0, importId);
        qq.bindValue(1, feed);
        qq.bindValue(2, item.line);
        qq.bindValue(3, item.record);
        if (!qq.exec()) {
            *error = sqlError(qq);
            return false;
        }
    }
    return true;
}

} // namespace

void ImportHistory::noteFailure(ImportReport &report, const QString &error)
{
    report.historyError = error;
    report.message += QStringLiteral(" (The import history could not be written: ") + error + u')';
    report.messageZh += QStringLiteral("（导入历史未能写入：") + error + QStringLiteral("）");
}

bool ImportHistory::lastDangling(store::Database &db, const QString &feed, qint64 exceptId,
                                 std::optional<qint64> *count, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT dangling_references FROM import_history WHERE feed = ? AND result = 'imported' "
                             "AND id <> ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(feed);
    q.addBindValue(exceptId);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    count->reset();
    if (q.next() && !q.value(0).isNull())
        *count = q.value(0).toLongLong();
    return true;
}

bool ImportHistory::insertProblems(store::Database &db, qint64 importId, const QList<ImportProblem> &problems,
                                   QString *error)
{
    if (problems.isEmpty())
        return true;
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO import_problems (import_id, line, column_name, value, severity, "
                                  "reason_code, reason_zh, reason_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = sqlError(q);
        return false;
    }
    for (const ImportProblem &p : problems) {
        q.bindValue(0, importId);
        q.bindValue(1, p.line);
        q.bindValue(2, notNull(p.column));
        q.bindValue(3, notNull(p.value));
        q.bindValue(4, p.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"));
        q.bindValue(5, p.codeName());
        q.bindValue(6, p.reasonZh);
        q.bindValue(7, p.reasonEn);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
    }
    return true;
}

qint64 ImportHistory::startImported(store::Database &db, const ImportReport &r, const QString &actor,
                                    const QString &fileName, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_history (started_at, actor, file_name, sha256, feed, mode, "
                             "quarantine, result) VALUES (?, ?, ?, ?, ?, ?, ?, 'imported') RETURNING id"));
    q.addBindValue(nowText(r.startedAt));
    q.addBindValue(actor);
    q.addBindValue(fileName);
    q.addBindValue(QString(64, u'0'));
    q.addBindValue(r.feed);
    q.addBindValue(ImportReport::modeName(r.mode));
    q.addBindValue(r.quarantine ? 1 : 0);
    if (!q.exec() || !q.next()) {
        *error = sqlError(q);
        return 0;
    }
    return q.value(0).toLongLong();
}

bool ImportHistory::completeImported(store::Database &db, const ImportReport &r, const QString &feed,
                                     const std::vector<QuarantinedRow> &quarantine, const QString &acceptedJson,
                                     QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE import_history SET finished_at = ?, sha256 = ?, rows_read = ?, inserted = ?, "
                             "updated = ?, deleted = ?, errors = ?, warnings = ?, quarantined = ?, message = ?, "
                             "message_code = ?, message_args = ?, dangling_references = ?, unchanged = ? "
                             "WHERE id = ?"));
    q.addBindValue(nowText(r.finishedAt));
    q.addBindValue(r.sha256);
    q.addBindValue(r.rowsRead);
    q.addBindValue(r.inserted);
    q.addBindValue(r.updated);
    q.addBindValue(r.deleted);
    q.addBindValue(r.errorCount);
    q.addBindValue(r.warningCount);
    q.addBindValue(r.quarantined);
    q.addBindValue(r.message);
    q.addBindValue(r.messageCode);
    q.addBindValue(r.messageArgs);
    q.addBindValue(r.danglingReferences);
    q.addBindValue(r.unchanged);
    q.addBindValue(r.importId);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    if (!insertProblems(db, r.importId, r.problems, error) || !insertQuarantine(db, r.importId, feed, quarantine, error)
        || !appendImportAudit(db, r, error))
        return false;
    if (acceptedJson.isEmpty())
        return true;
    // The confirmation of a large change the quality gate would have held.
    return appendGateAudit(db, QStringLiteral("import.large_change_accepted"), r.importId, acceptedJson, error);
}

bool ImportHistory::recordAcceptance(store::Database &db, qint64 importId, const QString &actor, QString *error)
{
    QSqlQuery accepted(db.connection());
    accepted.prepare(QStringLiteral("UPDATE import_history SET large_change_accepted_by = ? WHERE id = ?"));
    accepted.addBindValue(actor);
    accepted.addBindValue(importId);
    if (!accepted.exec()) {
        *error = sqlError(accepted);
        return false;
    }
    return true;
}

bool ImportHistory::importedBefore(store::Database &db, const QString &feed, const QString &sha256, qint64 exceptId,
                                   qint64 *previous, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM import_history WHERE feed = ? AND sha256 = ? AND result = 'imported' "
                             "AND id <> ? ORDER BY id LIMIT 1"));
    q.addBindValue(feed);
    q.addBindValue(sha256);
    q.addBindValue(exceptId);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    *previous = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

qint64 ImportHistory::recordAttempt(store::Database &db, const ImportReport &r, const QString &actor, QString *error)
{
    if (!db.beginWrite()) {
        *error = db.lastError();
        return 0;
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_history (started_at, finished_at, actor, file_name, sha256, feed, mode, "
                             "quarantine, rows_read, inserted, updated, deleted, errors, warnings, quarantined, result, "
                             "message, held, message_code, message_args, dangling_references) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, 0, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(nowText(r.startedAt));
    q.addBindValue(nowText(r.finishedAt));
    q.addBindValue(actor);
    q.addBindValue(QFileInfo(r.filePath).fileName());
    q.addBindValue(r.sha256);
    q.addBindValue(r.feed);
    q.addBindValue(ImportReport::modeName(r.mode));
    q.addBindValue(r.quarantine ? 1 : 0);
    q.addBindValue(r.rowsRead);
    q.addBindValue(r.errorCount);
    q.addBindValue(r.warningCount);
    q.addBindValue(ImportReport::resultName(r.result));
    q.addBindValue(r.message);
    q.addBindValue(r.held ? 1 : 0);
    q.addBindValue(r.messageCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.messageCode));
    q.addBindValue(r.messageArgs.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.messageArgs));
    q.addBindValue(r.danglingReferences);
    if (!q.exec() || !q.next()) {
        *error = sqlError(q);
        db.rollback();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    bool ok = insertProblems(db, id, r.problems, error);
    if (ok && r.held)
        ok = appendGateAudit(db, QStringLiteral("import.held"), id, r.messageArgs, error);
    if (!ok || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError();
        db.rollback();
        return 0;
    }
    return id;
}

} // namespace mianshen::feeds
