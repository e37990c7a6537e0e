#include "ItemModelsTestDatabase.h"
#include "support/PostgresTestDatabase.h"
#include "store/Migrator.h"

#include "catalog/FeedCatalog.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/TableSource.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace mianshen;
using itemmodels::PagedTableModel;

namespace {

// Loads every row (the model pages asynchronously).
bool fetchAll(PagedTableModel &model)
{
    for (int guard = 0; guard < 10000; ++guard) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 5000))
            return false;
        if (!model.canFetchMore({}))
            return model.lastError().isEmpty();
        model.fetchMore({});
    }
    return false;
}

// A source over a table or view the test makes, keyed by "id".
itemmodels::TableSource idSource(const QString &table)
{
    itemmodels::TableSource source;
    source.table = table;
    itemmodels::TableColumn id;
    id.sqlName = QStringLiteral("id");
    id.kind = itemmodels::ColumnKind::Integer;
    id.nullable = false;
    source.columns << id;
    source.keyColumns << 0;
    return source;
}

// Destroys a model whose first page and count are still running; returns
// how long the destructor took in milliseconds.
qint64 destroyWhileRunning(const store::ConnectionSpec &spec, const QString &table)
{
    auto model = std::make_unique<PagedTableModel>(spec, idSource(table));
    QTest::qWait(400); // the worker has opened its connection and the queries run
    if (!model->isLoading())
        return -1;
    QElapsedTimer clock;
    clock.start();
    model.reset();
    return clock.elapsed();
}

} // namespace

class TestPagedTableModel final : public QObject
{
    Q_OBJECT

private:
    testing::ItemModelsTestDatabase m_t;
    itemmodels::TableSource m_subsidies;
    itemmodels::TableSource m_notes;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_t.create(), qPrintable(m_t.error()));
        const catalog::Feed *feed = catalog::FeedCatalog::builtin().feed(QStringLiteral("external_subsidies"));
        QVERIFY(feed);
        m_subsidies = itemmodels::TableSource::fromFeed(*feed);
        QVERIFY(m_subsidies.isValid());
        QCOMPARE(m_subsidies.keyColumns.size(), 3);
        QVERIFY(m_t.db().beginWrite());
        // 1,000 rows over 250 subjects x 2 programs x 2 years: a three-column key.
        for (int i = 0; i < 250; ++i) {
            for (const char *program : {"P1", "P2"}) {
                for (int year : {2020, 2021}) {
                    QVERIFY2(m_t.exec(QStringLiteral("INSERT INTO external_subsidies (subject_id, program_code, program_name, "
                                                     "year, amount_fen, paid_date, import_id) VALUES (?, ?, ?, ?, ?, ?, 1)"),
                                      {QStringLiteral("4412001985010%1").arg(i, 5, 10, QLatin1Char('0')),
                                       QString::fromLatin1(program), QStringLiteral("补贴 %1").arg(i % 7),
                                       year, qlonglong(i) * 1000 + year % 10, QStringLiteral("%1-06-30").arg(year)}),
                             qPrintable(m_t.error()));
                }
            }
        }
        // A table with a nullable column, for sorting NULLs keyset-wise.
        QVERIFY(m_t.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, note TEXT, amount_fen BIGINT)")));
        for (int i = 1; i <= 300; ++i) {
            QVERIFY(m_t.exec(QStringLiteral("INSERT INTO notes (id, note, amount_fen) VALUES (?, ?, ?)"),
                             {i, i % 3 == 0 ? QVariant() : QVariant(QStringLiteral("n%1").arg(i % 17)),
                              i % 5 == 0 ? QVariant() : QVariant(qlonglong(i % 11) * 100)}));
        }
        QVERIFY(m_t.db().commit());
        auto notes = itemmodels::TableSource::fromDatabase(m_t.db(), QStringLiteral("notes"));
        QVERIFY2(notes, qPrintable(notes.error()));
        m_notes = notes.value();
    }

    void fromDatabase_missingTable_fails()
    {
        QVERIFY(!itemmodels::TableSource::fromDatabase(m_t.db(), QStringLiteral("no_such_table")));
    }

    void modelTester_acceptsPagingSortingAndFiltering()
    {
        PagedTableModel model(m_t.db().spec(), m_subsidies);
        model.setPageSize(64);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 1000);
        model.sort(m_subsidies.columnIndex(QStringLiteral("amount_fen")), Qt::DescendingOrder);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(model.setFilter(m_subsidies.columnIndex(QStringLiteral("program_code")), QStringLiteral("=P2")));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 500);
        model.setMasked(false);
        model.refresh();
        QVERIFY(fetchAll(model));
    }

    void paging_keyOrder_everyRowOnceInOrder()
    {
        PagedTableModel model(m_t.db().spec(), m_subsidies);
        model.setPageSize(37); // pages end in the middle of a subject's rows
        model.setMasked(false);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 1000);
        QSignalSpy total(&model, &PagedTableModel::totalRowsChanged);
        QTRY_VERIFY(model.totalRows().has_value());
        QCOMPARE(*model.totalRows(), 1000);
        QStringList keys;
        for (int r = 0; r < model.rowCount(); ++r) {
            keys << model.index(r, 0).data(PagedTableModel::RawValueRole).toString() + u'|'
                        + model.index(r, 1).data().toString() + u'|' + model.index(r, 3).data().toString();
        }
        QStringList sorted = keys;
        sorted.sort();
        QCOMPARE(keys, sorted);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 1000);
    }

    void sort_nullableColumn_data()
    {
        QTest::addColumn<QString>("columnName");
        QTest::addColumn<int>("order");
        QTest::newRow("text ascending") << QStringLiteral("note") << int(Qt::AscendingOrder);
        QTest::newRow("text descending") << QStringLiteral("note") << int(Qt::DescendingOrder);
        QTest::newRow("money ascending") << QStringLiteral("amount_fen") << int(Qt::AscendingOrder);
        QTest::newRow("money descending") << QStringLiteral("amount_fen") << int(Qt::DescendingOrder);
    }

    void sort_nullableColumn()
    {
        QFETCH(QString, columnName);
        QFETCH(int, order);
        PagedTableModel model(m_t.db().spec(), m_notes);
        model.setPageSize(16);
        const int c = m_notes.columnIndex(columnName);
        model.sort(c, Qt::SortOrder(order));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 300);
        // Every id once, and the column in order (NULL as the smallest value).
        QSet<qlonglong> ids;
        QList<QVariant> values;
        for (int r = 0; r < model.rowCount(); ++r) {
            ids.insert(model.index(r, 0).data(PagedTableModel::RawValueRole).toLongLong());
            values << model.index(r, c).data(PagedTableModel::RawValueRole);
        }
        QCOMPARE(ids.size(), 300);
        for (int r = 1; r < values.size(); ++r) {
            const QVariant &a = order == Qt::AscendingOrder ? values.at(r - 1) : values.at(r);
            const QVariant &b = order == Qt::AscendingOrder ? values.at(r) : values.at(r - 1);
            if (a.isNull())
                continue;
            QVERIFY2(!b.isNull(), qPrintable(QStringLiteral("NULL after a value at row %1").arg(r)));
            if (columnName == QLatin1String("note"))
                QVERIFY(a.toString() <= b.toString());
            else
                QVERIFY(a.toLongLong() <= b.toLongLong());
        }
    }

    void sort_unindexedColumnOfTooManyRows_refusedUntilFiltered()
    {
        PagedTableModel model(m_t.db().spec(), m_subsidies);
        model.setSortLimit(600);
        QVERIFY(fetchAll(model));
        QTRY_VERIFY(model.totalRows().has_value());
        QSignalSpy refused(&model, &PagedTableModel::sortRefused);
        const int amount = m_subsidies.columnIndex(QStringLiteral("amount_fen"));
        model.sort(amount, Qt::DescendingOrder);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(model.sortColumn(), -1);
        model.sort(0, Qt::DescendingOrder); // the key's first column: always
        QCOMPARE(refused.size(), 1);
        QVERIFY(fetchAll(model));
        QVERIFY(model.setFilter(m_subsidies.columnIndex(QStringLiteral("program_code")), QStringLiteral("=P1")));
        QVERIFY(fetchAll(model));
        QTRY_COMPARE(model.totalRows().value_or(-1), 500);
        model.sort(amount, Qt::DescendingOrder);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(model.sortColumn(), amount);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("columnName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("program exact") << QStringLiteral("program_code") << QStringLiteral("=P1") << 500;
        QTest::newRow("name contains") << QStringLiteral("program_name") << QStringLiteral("补贴 3") << 144;
        QTest::newRow("money at least, in yuan") << QStringLiteral("amount_fen") << QStringLiteral(">=2000") << 200;
        QTest::newRow("money exact, in yuan") << QStringLiteral("amount_fen") << QStringLiteral("=10.01") << 2;
        QTest::newRow("year") << QStringLiteral("year") << QStringLiteral("2021") << 500;
        QTest::newRow("date before") << QStringLiteral("paid_date") << QStringLiteral("<2021-01-01") << 500;
        QTest::newRow("like wildcard is literal") << QStringLiteral("program_name") << QStringLiteral("%") << 0;
        QTest::newRow("quote is a value") << QStringLiteral("program_name") << QStringLiteral("' OR 1=1 --") << 0;
    }

    void filter()
    {
        QFETCH(QString, columnName);
        QFETCH(QString, text);
        QFETCH(int, expectedRows);
        PagedTableModel model(m_t.db().spec(), m_subsidies);
        const auto status = model.setFilter(m_subsidies.columnIndex(columnName), text);
        QVERIFY2(status, qPrintable(status.error()));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), expectedRows);
        QTRY_VERIFY(model.totalRows().has_value());
        QCOMPARE(*model.totalRows(), qint64(expectedRows));
    }

    void filter_badNumber_refusedAndNothingChanges()
    {
        PagedTableModel model(m_t.db().spec(), m_subsidies);
        QVERIFY(model.setFilter(m_subsidies.columnIndex(QStringLiteral("program_code")), QStringLiteral("=P1")));
        const auto status = model.setFilter(m_subsidies.columnIndex(QStringLiteral("amount_fen")), QStringLiteral(">=1.005"));
        QVERIFY(!status);
        QVERIFY(status.error().contains(QStringLiteral("1.005")));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 500);
    }

    void masking_idNumbersHiddenUntilUnmasked()
    {
        PagedTableModel model(m_t.db().spec(), m_subsidies);
        QVERIFY(fetchAll(model));
        const int subject = m_subsidies.columnIndex(QStringLiteral("subject_id"));
        QCOMPARE(model.index(0, subject).data().toString(), QStringLiteral("441200********0000"));
        QCOMPARE(model.index(0, subject).data(PagedTableModel::RawValueRole).toString(), QStringLiteral("441200********0000"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMasked(false);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, subject).data().toString(), QStringLiteral("441200198501000000"));
    }

    void display_moneyAsYuan()
    {
        PagedTableModel model(m_t.db().spec(), m_subsidies);
        QVERIFY(model.setFilter(m_subsidies.columnIndex(QStringLiteral("amount_fen")), QStringLiteral("=10.01")));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0, m_subsidies.columnIndex(QStringLiteral("amount_fen"))).data().toString().contains(QStringLiteral("10.01")));
    }

    void postgres_pagesSortsAndFiltersLikeSqlite()
    {
        testing::PostgresTestDatabase pg;
        MIANSHEN_REQUIRE_POSTGRES(pg);
        auto opened = store::Database::open(pg.spec());
        QVERIFY2(opened, qPrintable(opened.error()));
        auto &db = *opened.value();
        store::Migrator migrator(db);
        QVERIFY(migrator.migrate());
        QVERIFY(db.beginWrite());
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO external_subsidies (subject_id, program_code, program_name, year, "
                                         "amount_fen, paid_date, import_id) VALUES (?, ?, ?, ?, ?, ?, 1)")));
        for (int i = 0; i < 100; ++i) {
            for (const char *program : {"P1", "P2"}) {
                q.addBindValue(QStringLiteral("4412001985010%1").arg(i, 5, 10, QLatin1Char('0')));
                q.addBindValue(QString::fromLatin1(program));
                q.addBindValue(QStringLiteral("补贴 %1").arg(i % 7));
                q.addBindValue(2021);
                q.addBindValue(qlonglong(i) * 1000);
                q.addBindValue(QStringLiteral("2021-06-30"));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        QVERIFY(db.commit());
        QVERIFY(db.connection().exec(QStringLiteral("CREATE TABLE notes (id BIGINT PRIMARY KEY, note TEXT)")).lastError().text().isEmpty());
        for (int i = 1; i <= 90; ++i) {
            QSqlQuery n(db.connection());
            n.prepare(QStringLiteral("INSERT INTO notes (id, note) VALUES (?, ?)"));
            n.addBindValue(i);
            n.addBindValue(i % 3 == 0 ? QVariant() : QVariant(QStringLiteral("n%1").arg(i % 17)));
            QVERIFY(n.exec());
        }

        PagedTableModel model(pg.spec(), m_subsidies);
        model.setPageSize(7);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 200);
        model.sort(m_subsidies.columnIndex(QStringLiteral("amount_fen")), Qt::DescendingOrder);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.setFilter(m_subsidies.columnIndex(QStringLiteral("program_name")), QStringLiteral("补贴 3")));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 28);
        QTRY_COMPARE(model.totalRows().value_or(-1), 28);
        QVERIFY(model.setFilter(m_subsidies.columnIndex(QStringLiteral("amount_fen")), QStringLiteral(">=50")));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 26); // subjects 10, 17, ..., 94 (i % 7 == 3, at least 50 yuan), two programs each

        auto notes = itemmodels::TableSource::fromDatabase(db, QStringLiteral("notes"));
        QVERIFY2(notes, qPrintable(notes.error()));
        PagedTableModel sorted(pg.spec(), notes.value());
        sorted.setPageSize(8);
        sorted.sort(1, Qt::DescendingOrder);
        QVERIFY(fetchAll(sorted));
        QCOMPARE(sorted.rowCount(), 90);
        QSet<qlonglong> ids;
        for (int r = 0; r < sorted.rowCount(); ++r)
            ids.insert(sorted.index(r, 0).data(PagedTableModel::RawValueRole).toLongLong());
        QCOMPARE(ids.size(), 90);
    }

    void writeCsv_filteredRowsInOrder()
    {
        PagedTableModel model(m_t.db().spec(), m_subsidies);
        QVERIFY(model.setFilter(m_subsidies.columnIndex(QStringLiteral("amount_fen")), QStringLiteral(">=2490")));
        model.sort(m_subsidies.columnIndex(QStringLiteral("amount_fen")), Qt::DescendingOrder);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(model.writeCsv(buffer));
        const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 4); // the header, then subject 249's four rows (2,490.00 and 2,490.01 yuan)
        QVERIFY(lines.at(1).contains(QStringLiteral("2490.01")));
        QVERIFY(lines.at(1).contains(QStringLiteral("441200********0249")));
    }

    void countAndPageErrors_reported_notShownAsEmpty()
    {
        PagedTableModel model(m_t.db().spec(), idSource(QStringLiteral("no_such_table")));
        QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
        QTRY_COMPARE(errors.size(), 2); // the page and the count
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("no_such_table")));
        QVERIFY(!model.totalRows().has_value());
        QVERIFY(!model.lastError().isEmpty());
    }

    void destroy_whileSqliteQueryRuns_interruptsIt()
    {
        // A view whose every row costs a long recursion: its first page and
        // its count take many seconds.
        QVERIFY(m_t.exec(QStringLiteral("CREATE VIEW IF NOT EXISTS slow_rows AS WITH RECURSIVE c(x) AS "
                                        "(SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000000) "
                                        "SELECT x AS id FROM c")));
        const qint64 ms = destroyWhileRunning(m_t.db().spec(), QStringLiteral("slow_rows"));
        QVERIFY2(ms >= 0, "the query should still be running");
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("the model took %1 ms to go").arg(ms)));
    }

    void destroy_whilePostgresQueryRuns_cancelsIt()
    {
        testing::PostgresTestDatabase pg;
        MIANSHEN_REQUIRE_POSTGRES(pg);
        auto opened = store::Database::open(pg.spec());
        QVERIFY2(opened, qPrintable(opened.error()));
        QSqlQuery q(opened.value()->connection());
        QVERIFY2(q.exec(QStringLiteral("CREATE VIEW slow_rows AS SELECT 1::bigint AS id FROM pg_sleep(60)")),
                 qPrintable(q.lastError().text()));
        const qint64 ms = destroyWhileRunning(pg.spec(), QStringLiteral("slow_rows"));
        QVERIFY2(ms >= 0, "the query should still be running");
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("the model took %1 ms to go").arg(ms)));
    }

    void csvExport_writesWithBomOnAnyThread_cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("subsidies.csv"));
        std::atomic<qint64> rows{0};
        PagedTableModel::CsvExport write;
        {
            PagedTableModel model(m_t.db().spec(), m_subsidies);
            write = model.csvExport(&rows);
        } // the export holds what it needs: the model may go
        std::atomic<bool> cancel{false};
        domain::Status status;
        QThread *thread = QThread::create([&] { status = write(file, &cancel); });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QVERIFY2(status, qPrintable(status.error()));
        QCOMPARE(rows.load(), 1000);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1 + 1000);

        const QString cancelled = dir.filePath(QStringLiteral("cancelled.csv"));
        cancel = true;
        const domain::Status refused = write(cancelled, &cancel);
        QVERIFY(!refused);
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_GUILESS_MAIN(TestPagedTableModel)
#include "tst_paged_table_model.moc"
