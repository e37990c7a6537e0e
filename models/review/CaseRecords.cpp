#include "review/CaseRecords.h"

#include "catalog/FeedCatalog.h"
#include "domain/Money.h"
#include "rules/Snapshot.h"
#include "store/Database.h"
#include "store/SqlIdentifier.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace mianshen::review {

namespace {

CaseSensitivity sensitivityOf(const catalog::Feed &feed, const catalog::Column &column)
{
    if (column.type == catalog::ColumnType::IdNumber || column.type == catalog::ColumnType::SubjectId)
        return CaseSensitivity::IdNumber;
    if (column.name == u"account_no")
        return CaseSensitivity::Account;
    if (column.equalsSubjectName || (feed.name == u"persons" && column.name == u"name"))
        return CaseSensitivity::Name;
    return CaseSensitivity::None;
}

QString valueText(const catalog::Column &column, const QVariant &value)
{
    if (value.isNull())
        return QString();
    switch (column.type) {
    case catalog::ColumnType::Money:
        return domain::Money::fromFen(value.toLongLong()).toDisplayString();
    case catalog::ColumnType::Decimal: {
        const qlonglong v = value.toLongLong();
        const qlonglong a = v < 0 ? -v : v;
        return (v < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) + u'.'
               + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    }
    case catalog::ColumnType::Bool:
        return value.toLongLong() != 0 ? CaseRecords::tr("yes") : CaseRecords::tr("no");
    default:
        return value.toString();
    }
}

// The columns to show of one feed: its subject column and key, then the
// columns the policy reads, in catalog order.
QList<const catalog::Column *> columnsToShow(const catalog::Feed &feed, const QStringList &used)
{
    QList<const catalog::Column *> columns;
    for (const catalog::Column &c : feed.columns) {
        if (c.name == feed.subjectColumn || feed.isKey(c.name) || used.contains(c.name) || feed.registry)
            columns << &c;
    }
    return columns;
}

domain::Result<CaseFeedRecords> readFeed(store::Database &db, const catalog::Feed &feed, const QStringList &used,
                                         const QString &subjectId, rules::Language language)
{
    using R = domain::Result<CaseFeedRecords>;
    CaseFeedRecords records;
    records.feed = feed.name;
    records.title = language == rules::Language::Zh ? feed.titleZh : feed.titleEn;
    const QList<const catalog::Column *> columns = columnsToShow(feed, used);
    QStringList select;
    for (const catalog::Column *c : columns) {
        records.columns << (language == rules::Language::Zh ? c->titleZh : c->titleEn);
        records.sensitivity << sensitivityOf(feed, *c);
        select << u"t." + store::quoteIdentifier(c->sqlName);
    }
    QStringList order;
    for (const QString &k : feed.key) {
        if (const catalog::Column *c = feed.column(k))
            order << u"t." + store::quoteIdentifier(c->sqlName);
    }
    const catalog::Column *subject = feed.column(feed.subjectColumn);
    if (!subject)
        return R::failure(CaseRecords::tr("The feed %1 names no subject column.").arg(feed.name));
    const QString sql = u"SELECT " + select.join(u", ") + u", t.import_id, h.finished_at, h.file_name FROM "
                        + store::quoteIdentifier(feed.name) + u" t LEFT JOIN import_history h ON h.id = t.import_id WHERE t."
                        + store::quoteIdentifier(subject->sqlName) + u" = ? ORDER BY " + order.join(u", ") + u" LIMIT "
                        + QString::number(CaseRecords::RowLimit + 1);
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return R::failure(CaseRecords::tr("The rows of %1 could not be read: %2").arg(feed.name, query.lastError().text()));
    query.addBindValue(subjectId);
    if (!query.exec())
        return R::failure(CaseRecords::tr("The rows of %1 could not be read: %2").arg(feed.name, query.lastError().text()));
    const int n = int(columns.size());
    while (query.next()) {
        if (records.rows.size() == CaseRecords::RowLimit) {
            records.truncated = true;
            break;
        }
        CaseFeedRecords::Row row;
        for (int i = 0; i < n; ++i)
            row.values << valueText(*columns.at(i), query.value(i));
        row.importId = query.value(n).toLongLong();
        row.deliveredAt = query.value(n + 1).toString();
        row.fileName = query.value(n + 2).toString();
        records.rows << row;
    }
    return records;
}

} // namespace

domain::Result<QList<CaseFeedRecords>> CaseRecords::read(store::Database &db, const std::vector<rules::ColumnUse> &uses,
                                                         const QString &subjectKind, const QString &subjectId,
                                                         rules::Language language)
{
    using R = domain::Result<QList<CaseFeedRecords>>;
    const catalog::FeedCatalog &catalog = catalog::FeedCatalog::builtin();
    // The registry first, then the feeds in the order the policy first reads them.
    QStringList feeds{subjectKind == u"enterprise" ? QStringLiteral("enterprises") : QStringLiteral("persons")};
    std::map<QString, QStringList> used;
    for (const rules::ColumnUse &u : uses) {
        if (!feeds.contains(u.feed))
            feeds << u.feed;
        if (!u.column.isEmpty())
            used[u.feed] << u.column;
    }
    QList<CaseFeedRecords> all;
    for (const QString &name : feeds) {
        const catalog::Feed *feed = catalog.feed(name);
        if (!feed)
            return R::failure(tr("The policy reads a feed the program does not know: %1.").arg(name));
        // A person's policy may read enterprise feeds (an employer): those
        // rows are not the subject's, and are left out here.
        const bool otherKind = (feed->subjectKind == catalog::SubjectKind::Person && subjectKind == u"enterprise")
                               || (feed->subjectKind == catalog::SubjectKind::Enterprise && subjectKind != u"enterprise");
        if (otherKind || feed->subjectColumn.isEmpty())
            continue;
        auto records = readFeed(db, *feed, used[name], subjectId, language);
        if (!records)
            return R::failure(records.error());
        all << records.value();
    }
    return all;
}

} // namespace mianshen::review
