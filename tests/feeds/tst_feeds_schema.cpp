// The migrated schema has, for every feed of the catalog, a table with exactly
// the catalog's columns (storage names and types) plus import_id, and the
// feed's key as its primary key — on SQLite and on PostgreSQL.
#include "FeedsTestDatabase.h"
#include "catalog/FeedCatalog.h"

#include <QSqlRecord>

using namespace mianshen;
using catalog::FeedCatalog;

class TestFeedsSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedTables_haveExactlyTheCatalogColumns_data();
    void feedTables_haveExactlyTheCatalogColumns();
};

void TestFeedsSchema::feedTables_haveExactlyTheCatalogColumns_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

namespace {

QString family(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(u"INT"))
        return QStringLiteral("integer");
    if (t.contains(u"TEXT") || t.contains(u"CHAR"))
        return QStringLiteral("text");
    return QStringLiteral("other:") + t;
}

} // namespace

void TestFeedsSchema::feedTables_haveExactlyTheCatalogColumns()
{
    QFETCH(bool, postgres);
    MIANSHEN_FEEDS_DB(fx, postgres);
    for (const catalog::Feed &feed : FeedCatalog::builtin().feeds()) {
        // expected: "name type notnull"
        QStringList expected;
        for (const catalog::Column &c : feed.columns) {
            const bool notNull = !c.optional || feed.isKey(c.name);
            expected << c.sqlName + u' ' + family(FeedCatalog::sqlType(c.type)) + (notNull ? u" not null"_qs : QString());
        }
        expected << u"import_id integer not null"_qs;
        QStringList expectedKey;
        for (const QString &k : feed.key)
            expectedKey << feed.column(k)->sqlName;

        QStringList actual, actualKey;
        if (!postgres) {
            const QStringList info = fx.rows(u"SELECT name, type, \"notnull\", pk FROM pragma_table_info('"_qs + feed.name
                                             + u"') ORDER BY cid"_qs);
            QList<QPair<int, QString>> pk;
            for (const QString &row : info) {
                const QStringList f = row.split(u'|');
                QCOMPARE(f.size(), 4);
                actual << f[0] + u' ' + family(f[1]) + (f[2] == u"1" ? u" not null"_qs : QString());
                if (f[3].toInt() > 0)
                    pk << qMakePair(f[3].toInt(), f[0]);
            }
            std::sort(pk.begin(), pk.end());
            for (const auto &p : pk)
                actualKey << p.second;
        } else {
            const QStringList info = fx.rows(
                u"SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND table_name = '"_qs + feed.name + u"' ORDER BY ordinal_position"_qs);
            for (const QString &row : info) {
                const QStringList f = row.split(u'|');
                actual << f[0] + u' ' + family(f[1]) + (f[2] == u"NO" ? u" not null"_qs : QString());
            }
            actualKey = fx.rows(
                u"SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                "JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true "
                "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum "
                "WHERE i.indisprimary AND c.relname = '"_qs + feed.name + u"' ORDER BY k.n"_qs);
        }
        QVERIFY2(!actual.isEmpty(), qPrintable(u"no table "_qs + feed.name));
        QCOMPARE(actual, expected);
        QCOMPARE(actualKey, expectedKey);
    }
    // The bookkeeping tables exist.
    for (const char *table : {"import_history", "import_problems", "import_quarantine"})
        QCOMPARE(fx.count(QString::fromLatin1(table)), 0);
}

QTEST_GUILESS_MAIN(TestFeedsSchema)
#include "tst_feeds_schema.moc"
