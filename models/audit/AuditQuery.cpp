#include "audit/AuditQuery.h"

#include "store/Database.h"

#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace mianshen::audit {

using domain::Result;

namespace {

QByteArray bytes(const QVariant &value)
{
    return value.isNull() ? QByteArray() : value.toString().toUtf8();
}

AuditRow readRow(const QSqlQuery &q)
{
    AuditRow r;
    r.id = q.value(0).toLongLong();
    r.at = bytes(q.value(1));
    r.actor = bytes(q.value(2));
    r.role = bytes(q.value(3));
    r.action = bytes(q.value(4));
    r.entity = bytes(q.value(5));
    r.entityId = bytes(q.value(6));
    r.beforeJson = bytes(q.value(7));
    r.afterJson = bytes(q.value(8));
    r.reason = bytes(q.value(9));
    r.prevHash = bytes(q.value(10));
    r.hash = bytes(q.value(11));
    return r;
}

void appendCsvField(QByteArray &line, const QByteArray &field)
{
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        QByteArray quoted = field;
        quoted.replace('"', "\"\"");
        line += '"' + quoted + '"';
    } else {
        line += field;
    }
}

QByteArray csvLine(const AuditRow &r)
{
    QByteArray line;
    const QByteArray fields[] = {QByteArray::number(r.id), r.at, r.actor, r.role, r.action, r.entity, r.entityId,
                                 r.beforeJson, r.afterJson, r.reason, r.prevHash, r.hash};
    bool first = true;
    for (const QByteArray &f : fields) {
        if (!first)
            line += ',';
        first = false;
        appendCsvField(line, f);
    }
    line += "\r\n";
    return line;
}

QString selectSql(const AuditFilter &filter, QVariantList *values, int limit)
{
    const QString where = AuditQuery::conditions(filter, values);
    QString sql = QStringLiteral("SELECT ") + AuditQuery::selectColumns() + QStringLiteral(" FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (limit > 0)
        sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit);
    else
        sql += QStringLiteral(" ORDER BY id");
    return sql;
}

QString readFailure(const QSqlQuery &q)
{
    return AuditQuery::tr("The audit log could not be read: %1").arg(q.lastError().text().trimmed());
}

} // namespace

QStringList AuditQuery::columnNames()
{
    return {QStringLiteral("id"),         QStringLiteral("at"),          QStringLiteral("actor"),
            QStringLiteral("role"),       QStringLiteral("action"),      QStringLiteral("entity"),
            QStringLiteral("entity_id"),  QStringLiteral("before_json"), QStringLiteral("after_json"),
            QStringLiteral("reason"),     QStringLiteral("prev_hash"),   QStringLiteral("hash")};
}

QString AuditQuery::selectColumns()
{
    return columnNames().join(QStringLiteral(", "));
}

QString AuditQuery::conditions(const AuditFilter &filter, QVariantList *values)
{
    QStringList parts;
    auto exact = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        parts << QLatin1String(column) + QStringLiteral(" = ?");
        *values << value;
    };
    exact("actor", filter.actor);
    exact("action", filter.action);
    exact("entity", filter.entity);
    exact("entity_id", filter.entityId);
    if (!filter.fromUtc.isEmpty()) {
        parts << QStringLiteral("at >= ?");
        *values << filter.fromUtc;
    }
    if (!filter.toUtc.isEmpty()) {
        parts << QStringLiteral("at < ?");
        *values << filter.toUtc;
    }
    return parts.join(QStringLiteral(" AND "));
}

Result<QString> AuditQuery::timeBound(const QString &text, bool upper)
{
    using R = Result<QString>;
    static const QRegularExpression form(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(:\\d{2})?(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QString trimmed = text.trimmed();
    const auto m = form.match(trimmed);
    const auto bad = [&] {
        return R::failure(tr("\"%1\" is not a time: write a date (2026-12-01) or a date and time "
                             "(2026-12-01T08:30, 2026-12-01T08:30:00+08:00; without an offset it is UTC).")
                              .arg(text));
    };
    if (!m.hasMatch())
        return bad();
    const bool dateOnly = m.captured(2).isEmpty();
    if (dateOnly && !m.captured(5).isEmpty())
        return bad();
    QString normalized = m.captured(1) + QLatin1Char('T') + (dateOnly ? QStringLiteral("00:00") : m.captured(2))
                         + (m.captured(3).isEmpty() ? QStringLiteral(":00") : m.captured(3));
    QString ms = m.captured(4);
    if (!ms.isEmpty())
        normalized += ms.leftJustified(4, QLatin1Char('0'));
    QDateTime at = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!at.isValid())
        return bad();
    QString offset = m.captured(5);
    if (offset.isEmpty() || offset == QLatin1String("Z")) {
        at.setTimeZone(QTimeZone::utc());
    } else {
        offset.remove(QLatin1Char(':'));
        const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int seconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60);
        at.setTimeZone(QTimeZone(seconds));
    }
    if (upper) {
        if (dateOnly)
            at = at.addDays(1);
        else if (m.captured(3).isEmpty())
            at = at.addSecs(60);
        else if (ms.isEmpty())
            at = at.addSecs(1);
        else
            at = at.addMSecs(1);
    }
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Result<QList<AuditRow>> AuditQuery::list(store::Database &db, const AuditFilter &filter, int limit)
{
    using R = Result<QList<AuditRow>>;
    QVariantList values;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(selectSql(filter, &values, limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(readFailure(q));
    QList<AuditRow> rows;
    while (q.next())
        rows << readRow(q);
    if (limit > 0)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<qint64> AuditQuery::writeCsv(store::Database &db, const AuditFilter &filter, int limit, QIODevice &out)
{
    using R = Result<qint64>;
    const QByteArray header = columnNames().join(QLatin1Char(',')).toUtf8() + "\r\n";
    if (out.write(header) != header.size())
        return R::failure(tr("The list could not be written: %1").arg(out.errorString()));
    qint64 written = 0;
    auto write = [&](const AuditRow &row) {
        const QByteArray line = csvLine(row);
        ++written;
        return out.write(line) == line.size();
    };
    if (limit > 0) {
        auto rows = list(db, filter, limit);
        if (!rows)
            return R::failure(rows.error());
        for (const AuditRow &row : rows.value())
            if (!write(row))
                return R::failure(tr("The list could not be written: %1").arg(out.errorString()));
        return written;
    }
    QVariantList values;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(selectSql(filter, &values, 0));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(readFailure(q));
    while (q.next())
        if (!write(readRow(q)))
            return R::failure(tr("The list could not be written: %1").arg(out.errorString()));
    if (q.lastError().isValid())
        return R::failure(readFailure(q));
    return written;
}

} // namespace mianshen::audit
