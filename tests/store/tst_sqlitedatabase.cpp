#include "store/Database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using mianshen::store::ConnectionSpec;
using mianshen::store::Database;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestSqliteDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void open_createsFileWithWalFullSyncAndForeignKeys();
    void open_givesNativeHandleOfThatFile();
    void open_refusesMissingFolder();
    void open_refusesFileThatIsNotSqlite();
    void beginWrite_takesTheWriteLockAtOnce();
    void beginRead_leavesWritingToOthers();
    void commit_makesChangesVisibleToOtherConnections();
    void rollback_discardsChanges();
    void openAnother_worksInAnotherThread();
    void destructor_removesTheQtConnection();
    void schemaVersion_isZeroForEmptyDatabase();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSqliteDatabase::open_createsFileWithWalFullSyncAndForeignKeys()
{
    const QString path = file(QStringLiteral("数据 new.sqlite"));
    auto db = Database::open(ConnectionSpec::sqlite(path));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(scalar(*db.value(), QStringLiteral("PRAGMA mmap_size")).toLongLong() > 0);
}

void TestSqliteDatabase::open_givesNativeHandleOfThatFile()
{
    const QString path = file(QStringLiteral("handle.sqlite"));
    auto db = Database::open(ConnectionSpec::sqlite(path));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    sqlite3 *handle = db.value()->sqliteHandle();
    QVERIFY(handle != nullptr);
    QVERIFY(db.value()->postgresHandle() == nullptr);
    QCOMPARE(QString::fromUtf8(sqlite3_db_filename(handle, "main")), QFileInfo(path).canonicalFilePath());
    QCOMPARE(sqlite3_get_autocommit(handle), 1);
}

void TestSqliteDatabase::open_refusesMissingFolder()
{
    auto db = Database::open(ConnectionSpec::sqlite(file(QStringLiteral("no/such/folder/x.sqlite"))));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QLatin1String("does not exist")), qPrintable(db.error()));
}

void TestSqliteDatabase::open_refusesFileThatIsNotSqlite()
{
    const QString path = file(QStringLiteral("notes.txt"));
    QFile text(path);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(4096, 'x'));
    text.close();
    auto db = Database::open(ConnectionSpec::sqlite(path));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QLatin1String("not a SQLite database")), qPrintable(db.error()));
}

void TestSqliteDatabase::beginWrite_takesTheWriteLockAtOnce()
{
    const auto spec = ConnectionSpec::sqlite(file(QStringLiteral("lock.sqlite")));
    auto first = Database::open(spec);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    auto second = first.value()->openAnother();
    QVERIFY2(second.ok(), qPrintable(second.error()));
    sqlite3_busy_timeout(second.value()->sqliteHandle(), 0); // fail at once instead of waiting

    QVERIFY2(first.value()->beginWrite(), qPrintable(first.value()->lastError()));
    // BEGIN IMMEDIATE took the write lock before any write: a second writer is refused.
    QVERIFY(!second.value()->beginWrite());
    QVERIFY2(second.value()->lastError().contains(QLatin1String("locked")), qPrintable(second.value()->lastError()));
    QVERIFY(first.value()->commit());
    QVERIFY2(second.value()->beginWrite(), qPrintable(second.value()->lastError()));
    second.value()->rollback();
}

void TestSqliteDatabase::beginRead_leavesWritingToOthers()
{
    const auto spec = ConnectionSpec::sqlite(file(QStringLiteral("read.sqlite")));
    auto reader = Database::open(spec);
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    auto writer = reader.value()->openAnother();
    QVERIFY(writer.ok());
    sqlite3_busy_timeout(writer.value()->sqliteHandle(), 0);
    QVERIFY(reader.value()->beginRead());
    QVERIFY2(writer.value()->beginWrite(), qPrintable(writer.value()->lastError()));
    QVERIFY(writer.value()->commit());
    QVERIFY(reader.value()->commit());
}

void TestSqliteDatabase::commit_makesChangesVisibleToOtherConnections()
{
    const auto spec = ConnectionSpec::sqlite(file(QStringLiteral("commit.sqlite")));
    auto a = Database::open(spec);
    QVERIFY(a.ok());
    auto b = a.value()->openAnother();
    QVERIFY(b.ok());
    QVERIFY(a.value()->beginWrite());
    {
        QSqlDatabase connection = a.value()->connection();
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (amount_fen BIGINT NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (9007199254740993)")));
    }
    QVERIFY2(a.value()->commit(), qPrintable(a.value()->lastError()));
    QCOMPARE(scalar(*b.value(), QStringLiteral("SELECT amount_fen FROM t")).toLongLong(), 9007199254740993LL);
}

void TestSqliteDatabase::rollback_discardsChanges()
{
    auto db = Database::open(ConnectionSpec::sqlite(file(QStringLiteral("rollback.sqlite"))));
    QVERIFY(db.ok());
    QVERIFY(db.value()->beginWrite());
    {
        QSqlDatabase connection = db.value()->connection();
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    }
    db.value()->rollback();
    QVERIFY(!db.value()->connection().tables().contains(QStringLiteral("t")));
    QCOMPARE(sqlite3_get_autocommit(db.value()->sqliteHandle()), 1);
}

void TestSqliteDatabase::openAnother_worksInAnotherThread()
{
    auto db = Database::open(ConnectionSpec::sqlite(file(QStringLiteral("thread.sqlite"))));
    QVERIFY(db.ok());
    {
        QSqlDatabase connection = db.value()->connection();
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (41)")));
    }
    QString error;
    qlonglong seen = 0;
    Database &main = *db.value();
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto mine = main.openAnother();
        if (!mine) {
            error = mine.error();
            return;
        }
        seen = scalar(*mine.value(), QStringLiteral("SELECT x + 1 FROM t")).toLongLong();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(seen, 42);
}

void TestSqliteDatabase::destructor_removesTheQtConnection()
{
    QString name;
    {
        auto db = Database::open(ConnectionSpec::sqlite(file(QStringLiteral("gone.sqlite"))));
        QVERIFY(db.ok());
        name = db.value()->connectionName();
        QVERIFY(QSqlDatabase::contains(name));
    }
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestSqliteDatabase::schemaVersion_isZeroForEmptyDatabase()
{
    auto db = Database::open(ConnectionSpec::sqlite(file(QStringLiteral("empty.sqlite"))));
    QVERIFY(db.ok());
    QCOMPARE(db.value()->schemaVersion(), 0);
}

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
