#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mianshen::catalog {

// The types of ../shared/spec/feeds.md. How each is stored:
//   Text, Enum, IdNumber, CreditCode, PatentNo, SubjectId, Area -> TEXT
//   Date -> TEXT 'YYYY-MM-DD'; Month -> TEXT 'YYYY-MM'; Year -> INTEGER
//   Money -> BIGINT fen, column named <name>_fen
//   Decimal -> BIGINT hundredths, column named <name>_x100
//   Bool -> SMALLINT 0/1; Integer -> BIGINT
enum class ColumnType {
    Text, Date, Month, Year, Money, Decimal, Bool, Integer,
    IdNumber, CreditCode, PatentNo, SubjectId, Area, Enum
};

enum class SubjectKind { Person, Enterprise, Either, None };

struct Column final
{
    QString name;            // as in the CSV header
    QString sqlName;         // as in the table (name, name_fen, name_x100)
    ColumnType type = ColumnType::Text;
    bool optional = false;
    QStringList enumValues;  // Enum only
    qint64 minValue = 0;     // Integer only (hasRange)
    qint64 maxValue = 0;
    bool hasRange = false;
    int minLength = 0;       // Text: 0 = no limit
    int maxLength = 0;
    QString pattern;         // Text: a regular expression the whole value must match, or empty
    // The registry this column's value is a key of: "persons", "enterprises",
    // or "persons|enterprises" for a subject_id (the registry is the one whose
    // key type the value validates as: an id_number is looked up in persons, a
    // credit_code in enterprises). Empty when the column refers to nothing.
    // A value missing from its registry is a warning, never a rejection.
    QString references;
    bool negativeAllowed = false; // Money / Decimal
    // A column of the same row this one must agree with: gender and
    // birth_date with an id_number (digit 17 odd = M; digits 7-14), a patent's
    // kind with the kind digit of its patent_no (8 = invention, 9 = utility model).
    QString agreesWith;
    // Text that must equal the registered name (persons.name / enterprises.name)
    // of the row's subject; a difference is a warning (bank_accounts.account_name).
    bool equalsSubjectName = false;
    QString titleZh;
    QString titleEn;
    QString note;            // from the spec, e.g. "must agree with digit 17 of id_number"
};

struct Feed final
{
    QString name;            // e.g. "social_insurance"; also the table name
    QString titleZh;
    QString titleEn;
    QString provider;        // the delivering department, in English
    SubjectKind subjectKind = SubjectKind::None;
    QString subjectColumn;   // the column linking a row to its subject (person id_number, credit_code, subject_id)
    QStringList key;         // CSV column names
    QList<Column> columns;
    bool registry = false;   // persons / enterprises
    // The quality gate: a full snapshot deleting more than this share of
    // the feed's rows (percent) is held until a person confirms it.
    // "max_delete_percent" in the feed's JSON; 20 when absent.
    int maxDeletePercent = 20;
    // ... or changing the values of more than this share of its rows:
    // "max_change_percent"; 20 when absent.
    int maxChangePercent = 20;

    const Column *column(const QString &name) const;
    int columnIndex(const QString &name) const;
    // True when `name` is one of the key columns.
    bool isKey(const QString &name) const { return key.contains(name); }
};

// Storage of optional key columns: a PRIMARY KEY column cannot be NULL (on
// PostgreSQL, and in a WITHOUT ROWID table), so an empty optional key column
// (payment_history.period of a one-off payment) is stored as '' and read back
// as "no value". Every other empty optional column is stored as NULL.

// Every feed of the contract, described once as data (resources/feeds/*.json,
// compiled in as :/feeds/<name>.json; the file format is described in
// resources/feeds/README.md). A new feed is a JSON file plus a migration. The importer, the schema checks, the
// rule language's type checker and the UI all read this one catalog.
class FeedCatalog final
{
public:
    // The catalog compiled into the program (loaded once, thread-safe).
    static const FeedCatalog &builtin();
    // Loads from a folder of <feed>.json files (for tests of the loader).
    static domain::Result<FeedCatalog> loadFromDirectory(const QString &dir);

    const QList<Feed> &feeds() const { return m_feeds; }
    const Feed *feed(const QString &name) const;
    // The feed a delivery's file name belongs to: the longest feed name that
    // the base name starts with, followed by ".csv" or "_"; null if none.
    const Feed *feedForFileName(const QString &fileName) const;

    // The spec's name of a type ("id_number", "money", ...) and back.
    static QString typeName(ColumnType type);
    static std::optional<ColumnType> typeFromName(const QString &name);
    // The SQL type a column of this type is stored as (see above).
    static QString sqlType(ColumnType type);
    // name, name_fen (Money) or name_x100 (Decimal).
    static QString sqlNameFor(const QString &name, ColumnType type);

private:
    QList<Feed> m_feeds;
};

} // namespace mianshen::catalog
