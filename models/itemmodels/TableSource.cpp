#include "itemmodels/TableSource.h"

#include "catalog/FeedCatalog.h"
#include "itemmodels/ColumnTitles.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

namespace mianshen::itemmodels {

QString TableColumn::title() const
{
    if (titleSource)
        return QCoreApplication::translate("mianshen::itemmodels::ColumnTitles", titleSource);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString &preferred = chinese ? titleZh : titleEn;
    if (!preferred.isEmpty())
        return preferred;
    if (!titleEn.isEmpty())
        return titleEn;
    return sqlName;
}

int TableSource::columnIndex(const QString &sqlName) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).sqlName == sqlName)
            return i;
    }
    return -1;
}

namespace {

ColumnKind kindOf(const catalog::Column &column)
{
    using catalog::ColumnType;
    switch (column.type) {
    case ColumnType::Money: return ColumnKind::Money;
    case ColumnType::Decimal: return ColumnKind::Decimal;
    case ColumnType::Bool: return ColumnKind::Bool;
    case ColumnType::Integer:
    case ColumnType::Year: return ColumnKind::Integer;
    case ColumnType::Date: return ColumnKind::Date;
    case ColumnType::Month: return ColumnKind::Month;
    case ColumnType::IdNumber: return ColumnKind::IdNumber;
    case ColumnType::SubjectId:
        // A subject is a person (id number, sensitive) or an enterprise
        // (credit code, public): mask it as an id number to be safe.
        return ColumnKind::IdNumber;
    case ColumnType::Text:
        if (column.name.contains(QLatin1String("account_no")))
            return ColumnKind::AccountNumber;
        return ColumnKind::Text;
    case ColumnType::CreditCode:
    case ColumnType::PatentNo:
    case ColumnType::Area:
    case ColumnType::Enum: return ColumnKind::Text;
    }
    return ColumnKind::Text;
}

ColumnKind kindOf(const QSqlField &field)
{
    const QString name = field.name();
    if (name.endsWith(QLatin1String("_fen")))
        return ColumnKind::Money;
    if (name.endsWith(QLatin1String("_x100")))
        return ColumnKind::Decimal;
    if (name.contains(QLatin1String("id_number")) || name == QLatin1String("subject_id"))
        return ColumnKind::IdNumber;
    if (name.contains(QLatin1String("account_no")))
        return ColumnKind::AccountNumber;
    if (name == QLatin1String("at") || name.endsWith(QLatin1String("_at")))
        return ColumnKind::Timestamp;
    // SQLite's driver reports BIGINT columns as text: counts and ids by name.
    static const QStringList counts = {
        QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("threads"), QStringLiteral("subjects"),
        QStringLiteral("evaluations"), QStringLiteral("decisions_written"), QStringLiteral("evaluated"),
        QStringLiteral("approved"), QStringLiteral("flagged"), QStringLiteral("over_budget"),
        QStringLiteral("ineligible"), QStringLiteral("skipped"), QStringLiteral("newly_qualifying"),
        QStringLiteral("amount_changed"), QStringLiteral("no_longer_qualifying"), QStringLiteral("failed"),
        QStringLiteral("line"), QStringLiteral("rows_read"), QStringLiteral("inserted"), QStringLiteral("updated"),
        QStringLiteral("deleted"), QStringLiteral("errors"), QStringLiteral("warnings"), QStringLiteral("quarantined"),
        QStringLiteral("decided_in_run")};
    if (counts.contains(name) || name.endsWith(QLatin1String("_id")) || name.endsWith(QLatin1String("_ms"))
        || name.endsWith(QLatin1String("_version")))
        return ColumnKind::Integer;
    switch (field.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort: return ColumnKind::Integer;
    case QMetaType::Bool: return ColumnKind::Bool;
    default: return ColumnKind::Text;
    }
}

} // namespace

TableSource TableSource::fromFeed(const catalog::Feed &feed)
{
    TableSource source;
    source.table = feed.name;
    for (const catalog::Column &c : feed.columns) {
        TableColumn column;
        column.sqlName = c.sqlName.isEmpty() ? c.name : c.sqlName;
        column.titleZh = c.titleZh;
        column.titleEn = c.titleEn;
        column.kind = kindOf(c);
        column.nullable = c.optional;
        source.columns << column;
    }
    for (const QString &keyName : feed.key) {
        const catalog::Column *c = feed.column(keyName);
        const int index = source.columnIndex(c && !c->sqlName.isEmpty() ? c->sqlName : keyName);
        if (index >= 0) {
            source.keyColumns << index;
            source.columns[index].nullable = false;
        }
    }
    TableColumn importId;
    importId.sqlName = QStringLiteral("import_id");
    importId.titleSource = ColumnTitles::titleSource(importId.sqlName);
    importId.kind = ColumnKind::Integer;
    importId.nullable = false;
    source.columns << importId;
    return source;
}

domain::Result<TableSource> TableSource::fromDatabase(const store::Database &db, const QString &table)
{
    const QSqlDatabase connection = db.connection();
    if (!connection.tables().contains(table))
        return domain::Result<TableSource>::failure(
            QCoreApplication::translate("TableSource",
                                        "The database has no table \"%1\".").arg(table));
    const QSqlRecord record = connection.record(table);
    TableSource source;
    source.table = table;
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        TableColumn column;
        column.sqlName = field.name();
        column.titleSource = ColumnTitles::titleSource(field.name());
        column.kind = kindOf(field);
        column.nullable = field.requiredStatus() != QSqlField::Required;
        source.columns << column;
    }
    const QSqlIndex primary = connection.primaryIndex(table);
    for (int i = 0; i < primary.count(); ++i) {
        const int index = source.columnIndex(primary.fieldName(i));
        if (index >= 0) {
            source.keyColumns << index;
            source.columns[index].nullable = false;
        }
    }
    if (source.keyColumns.isEmpty()) {
        const int id = source.columnIndex(QStringLiteral("id"));
        if (id >= 0) {
            source.keyColumns << id;
            source.columns[id].nullable = false;
        }
    }
    if (source.keyColumns.isEmpty())
        return domain::Result<TableSource>::failure(
            QCoreApplication::translate("TableSource",
                                        "The table \"%1\" has no key to page by.").arg(table));
    return source;
}

} // namespace mianshen::itemmodels
