#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mianshen::catalog {
struct Feed;
}
namespace mianshen::store {
class Database;
}

namespace mianshen::itemmodels {

// How a column's stored value is shown and filtered.
enum class ColumnKind {
    Text, Integer, Money, Decimal, Bool, Date, Month,
    Timestamp,      // ISO 8601 UTC text, shown in local time
    IdNumber,       // masked as 441200********1234 unless unmasked
    AccountNumber,  // masked as ************1234 unless unmasked
};

struct TableColumn final
{
    QString sqlName;   // identifier in the table: from the catalog or the database's own schema
    QString titleZh;   // the feed catalog's titles (data in both languages)
    QString titleEn;
    const char *titleSource = nullptr; // or a title translated when shown (ColumnTitles)
    ColumnKind kind = ColumnKind::Text;
    bool nullable = true;
    // Text columns: what to show (and export) for a stored text, e.g. flag
    // ids -> their labels in the current language. Called on workers too:
    // it must only read data it owns.
    std::function<QString(const QString &stored)> valueText;

    // The title in the current default locale's language.
    QString title() const;
    bool isSensitive() const { return kind == ColumnKind::IdNumber || kind == ColumnKind::AccountNumber; }
};

// A table to browse: its name, the columns to show and the unique key used
// for keyset paging. Identifiers come only from the feed catalog or from the
// database's own description of its tables, never from user input.
struct TableSource final
{
    QString table;
    QList<TableColumn> columns;
    QList<int> keyColumns; // indexes into columns; together unique and NOT NULL

    int columnIndex(const QString &sqlName) const;
    bool isValid() const { return !table.isEmpty() && !columns.isEmpty() && !keyColumns.isEmpty(); }

    // A feed of the catalog (columns in catalog order, plus import_id).
    static TableSource fromFeed(const catalog::Feed &feed);
    // Any table of the database, described by the database (all columns;
    // key: the primary key, or "id"). Fails when the table is missing or
    // has no usable key.
    static domain::Result<TableSource> fromDatabase(const store::Database &db, const QString &table);
};

} // namespace mianshen::itemmodels
