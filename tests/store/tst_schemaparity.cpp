#include "store/Database.h"
#include "store/Migrator.h"
#include "support/PostgresTestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using mianshen::store::ConnectionSpec;
using mianshen::store::Database;
using mianshen::store::Dialect;
using mianshen::store::Migrator;
using mianshen::testing::PostgresTestDatabase;

// The same migrations must give the same schema on SQLite and PostgreSQL:
// tables, columns, types by family, nullability, primary keys and unique
// constraints, read from each database's own catalog. Tables added by later
// migrations are covered without touching this test.
namespace {

QString sqliteFamily(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QStringLiteral("integer");
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) || type.contains(QLatin1String("TEXT")))
        return QStringLiteral("text");
    if (type.isEmpty() || type.contains(QLatin1String("BLOB")))
        return QStringLiteral("blob");
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB")))
        return QStringLiteral("real");
    return QStringLiteral("numeric(") + type + QLatin1Char(')');
}

QString postgresFamily(const QString &dataType)
{
    if (dataType == QLatin1String("smallint") || dataType == QLatin1String("integer") || dataType == QLatin1String("bigint"))
        return QStringLiteral("integer");
    if (dataType == QLatin1String("text") || dataType == QLatin1String("character varying") || dataType == QLatin1String("character"))
        return QStringLiteral("text");
    if (dataType == QLatin1String("bytea"))
        return QStringLiteral("blob");
    if (dataType == QLatin1String("real") || dataType == QLatin1String("double precision"))
        return QStringLiteral("real");
    return QStringLiteral("postgres-only type ") + dataType;
}

struct Schema
{
    QStringList lines; // "table.column: family [NOT NULL]", "table: PRIMARY KEY (a, b)", "table: UNIQUE (a)"
    QString error;
};

bool run(QSqlQuery &query, const QString &sql, Schema &schema)
{
    if (query.exec(sql))
        return true;
    schema.error = sql + QStringLiteral(": ") + query.lastError().text();
    return false;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

Schema readSqlite(Database &db)
{
    Schema schema;
    QSqlDatabase connection = db.connection();
    QSqlQuery tables(connection);
    QSqlQuery query(connection);
    QSqlQuery columns(connection);
    if (!run(tables, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"), schema))
        return schema;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QMap<int, QString> primaryKey;
        QMap<QString, QString> families;
        QSet<QString> notNull;
        if (!run(query, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)), schema))
            return schema;
        while (query.next()) {
            const QString column = query.value(1).toString();
            families[column] = sqliteFamily(query.value(2).toString());
            if (query.value(3).toInt() != 0)
                notNull << column;
            if (query.value(5).toInt() > 0) {
                primaryKey[query.value(5).toInt()] = column;
                notNull << column;
            }
        }
        for (auto it = families.cbegin(); it != families.cend(); ++it)
            schema.lines << table + QLatin1Char('.') + it.key() + QStringLiteral(": ") + it.value()
                    + (notNull.contains(it.key()) ? QStringLiteral(" NOT NULL") : QString());
        if (!primaryKey.isEmpty())
            schema.lines << table + QStringLiteral(": PRIMARY KEY (") + QStringList(primaryKey.values()).join(QStringLiteral(", ")) + QLatin1Char(')');

        if (!run(query, QStringLiteral("PRAGMA index_list(%1)").arg(quoted(table)), schema))
            return schema;
        while (query.next()) {
            const QString index = query.value(1).toString();
            const bool unique = query.value(2).toInt() != 0;
            const QString origin = query.value(3).toString();
            const bool partial = query.value(4).toInt() != 0;
            if (!unique || origin == QLatin1String("pk"))
                continue;
            QStringList names;
            if (!run(columns, QStringLiteral("PRAGMA index_xinfo(%1)").arg(quoted(index)), schema))
                return schema;
            while (columns.next()) {
                if (columns.value(5).toInt() == 0) // not a key column
                    continue;
                names << (columns.value(1).toInt() == -2 ? QStringLiteral("<expression>") : columns.value(2).toString());
            }
            schema.lines << table + QStringLiteral(": UNIQUE (") + names.join(QStringLiteral(", ")) + QLatin1Char(')')
                    + (partial ? QStringLiteral(" WHERE ...") : QString());
        }
    }
    std::sort(schema.lines.begin(), schema.lines.end());
    return schema;
}

Schema readPostgres(Database &db)
{
    Schema schema;
    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    // Columns of every base table of the schema.
    if (!run(query, QStringLiteral(
                 "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable "
                 "FROM information_schema.columns c JOIN information_schema.tables t "
                 "  ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                 "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"),
             schema))
        return schema;
    QSet<QString> primaryKeyColumns;
    QStringList columnRows;
    QList<QStringList> columnData;
    while (query.next())
        columnData << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString()};
    // Primary keys and unique indexes (constraints create unique indexes).
    if (!run(query, QStringLiteral(
                 "SELECT c.relname, i.indisprimary, i.indpred IS NOT NULL, "
                 "  (SELECT string_agg(COALESCE(a.attname, '<expression>'), ', ' ORDER BY k.ord) "
                 "     FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
                 "     LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) "
                 "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                 "JOIN pg_namespace n ON n.oid = c.relnamespace "
                 "WHERE n.nspname = current_schema() AND i.indisunique"),
             schema))
        return schema;
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QString names = query.value(3).toString();
        if (query.value(1).toBool()) {
            schema.lines << table + QStringLiteral(": PRIMARY KEY (") + names + QLatin1Char(')');
            for (const QString &column : names.split(QStringLiteral(", ")))
                primaryKeyColumns << table + QLatin1Char('.') + column;
        } else {
            schema.lines << table + QStringLiteral(": UNIQUE (") + names + QLatin1Char(')')
                    + (query.value(2).toBool() ? QStringLiteral(" WHERE ...") : QString());
        }
    }
    for (const QStringList &row : std::as_const(columnData)) {
        const QString key = row.at(0) + QLatin1Char('.') + row.at(1);
        const bool notNull = row.at(3) == QLatin1String("NO") || primaryKeyColumns.contains(key);
        schema.lines << key + QStringLiteral(": ") + postgresFamily(row.at(2)) + (notNull ? QStringLiteral(" NOT NULL") : QString());
    }
    std::sort(schema.lines.begin(), schema.lines.end());
    return schema;
}

// Empty when equal; otherwise every line found on only one side.
QString differences(const Schema &sqlite, const Schema &postgres)
{
    QStringList out;
    for (const QString &line : sqlite.lines)
        if (!postgres.lines.contains(line))
            out << QStringLiteral("  only in SQLite:     ") + line;
    for (const QString &line : postgres.lines)
        if (!sqlite.lines.contains(line))
            out << QStringLiteral("  only in PostgreSQL: ") + line;
    return out.join(QLatin1Char('\n'));
}

bool exec(Database &db, const QString &sql)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    return query.exec(sql);
}

} // namespace

class TestSchemaParity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void migrations_giveTheSameSchemaOnSqliteAndPostgres();
    void comparison_reportsAnyDifference_data();
    void comparison_reportsAnyDifference();

private:
    // Migrated databases of both dialects.
    bool openBoth();
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestDatabase> m_pg;
    std::unique_ptr<Database> m_sqlite;
    std::unique_ptr<Database> m_postgres;
    QString m_error;
};

void TestSchemaParity::init()
{
    if (!PostgresTestDatabase::configured())
        QSKIP("*** PostgreSQL test SKIPPED: MIANSHEN_TEST_PG is not set (scripts/test sets it) ***");
    m_pg = std::make_unique<PostgresTestDatabase>();
    QVERIFY2(openBoth(), qPrintable(m_error));
}

void TestSchemaParity::cleanup()
{
    m_sqlite.reset();
    m_postgres.reset();
    m_pg.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("parity.sqlite")));
}

bool TestSchemaParity::openBoth()
{
    if (!m_pg->create()) {
        m_error = m_pg->error();
        return false;
    }
    QFile::remove(m_dir.filePath(QStringLiteral("parity.sqlite")));
    auto sqlite = Database::open(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("parity.sqlite"))));
    auto postgres = Database::open(m_pg->spec());
    if (!sqlite || !postgres) {
        m_error = sqlite ? postgres.error() : sqlite.error();
        return false;
    }
    m_sqlite = std::move(sqlite.value());
    m_postgres = std::move(postgres.value());
    for (Database *db : {m_sqlite.get(), m_postgres.get()}) {
        const auto status = Migrator(*db).migrate();
        if (!status) {
            m_error = status.error();
            return false;
        }
    }
    return true;
}

void TestSchemaParity::migrations_giveTheSameSchemaOnSqliteAndPostgres()
{
    const Schema sqlite = readSqlite(*m_sqlite);
    const Schema postgres = readPostgres(*m_postgres);
    QVERIFY2(sqlite.error.isEmpty(), qPrintable(sqlite.error));
    QVERIFY2(postgres.error.isEmpty(), qPrintable(postgres.error));
    // The readers see what the migrations made.
    QVERIFY(sqlite.lines.contains(QStringLiteral("awards: UNIQUE (policy_code, subject_id, period)")));
    QVERIFY(sqlite.lines.contains(QStringLiteral("payments.amount_fen: integer NOT NULL")));
    QVERIFY(sqlite.lines.size() > 40);
    const QString diff = differences(sqlite, postgres);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("The schemas differ:\n") + diff));
    qInfo("%lld schema facts compared, all equal", static_cast<long long>(sqlite.lines.size()));
}

void TestSchemaParity::comparison_reportsAnyDifference_data()
{
    QTest::addColumn<bool>("onSqlite");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("extra table") << true << "CREATE TABLE extra_table (x INTEGER)" << "extra_table.x: integer";
    QTest::newRow("extra column") << false << "ALTER TABLE awards ADD COLUMN note TEXT" << "awards.note: text";
    QTest::newRow("type family") << false << "ALTER TABLE reviews ADD COLUMN score NUMERIC" << "postgres-only type numeric";
    QTest::newRow("extra unique") << true << "CREATE UNIQUE INDEX reviews_one ON reviews (award_id, reviewer)"
                                  << "reviews: UNIQUE (award_id, reviewer)";
    QTest::newRow("nullability") << false << "ALTER TABLE reviews ALTER COLUMN reason SET NOT NULL"
                                 << "reviews.reason: text NOT NULL";
}

void TestSchemaParity::comparison_reportsAnyDifference()
{
    QFETCH(bool, onSqlite);
    QFETCH(QString, change);
    QFETCH(QString, expected);
    QVERIFY(exec(onSqlite ? *m_sqlite : *m_postgres, change));
    const QString diff = differences(readSqlite(*m_sqlite), readPostgres(*m_postgres));
    QVERIFY2(diff.contains(expected), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestSchemaParity)
#include "tst_schemaparity.moc"
