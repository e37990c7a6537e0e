// The Audit page's item model on a real SQLite file and the real PostgreSQL
// server: keyset pages in every sort order give every row once, filters by
// who, what, entity and time, and the model contract (QAbstractItemModelTester).

#include "AuditTestDatabase.h"

#include "audit/Actor.h"
#include "itemmodels/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSet>

using namespace mianshen;
using itemmodels::AuditLogModel;

namespace {

bool fetchAll(AuditLogModel &model)
{
    for (int guard = 0; guard < 10000; ++guard) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
            return false;
        if (!model.canFetchMore({}))
            return model.lastError().isEmpty();
        model.fetchMore({});
    }
    return false;
}

// Three actors, two actions, entity ids 1..n.
QString fill(store::Database &db, int n)
{
    if (!db.beginWrite())
        return db.lastError();
    for (int i = 0; i < n; ++i) {
        audit::AuditEntry e;
        e.actor = QStringList{QStringLiteral("wang"), QStringLiteral("li"), QStringLiteral("zhang")}.at(i % 3);
        e.action = i % 2 ? QStringLiteral("review.reject") : QStringLiteral("review.approve");
        e.entity = i < n / 2 ? QStringLiteral("award") : QStringLiteral("payment");
        e.entityId = QString::number(i + 1);
        e.reason = i % 4 ? QStringLiteral("r%1").arg(i % 5) : QString();
        if (const auto s = audit::appendAudit(db, e); !s) {
            db.rollback();
            return s.error();
        }
    }
    return db.commit() ? QString() : db.lastError();
}

QList<qint64> ids(const AuditLogModel &model)
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.idAt(r);
    return out;
}

} // namespace

class TestAuditLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_everySortOrder_giveEveryRowOnce_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void pages_everySortOrder_giveEveryRowOnce();
    void filters_whoWhatEntityTime_data() { MIANSHEN_AUDIT_BOTH_DATABASES(); }
    void filters_whoWhatEntityTime();
};

void TestAuditLogModel::pages_everySortOrder_giveEveryRowOnce()
{
    MIANSHEN_AUDIT_DB(db);
    constexpr int n = 47;
    QCOMPARE(fill(db, n), QString());
    AuditLogModel model(db.spec());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(6);
    QVERIFY(fetchAll(model));
    QTRY_VERIFY(model.totalRows().has_value());
    QCOMPARE(*model.totalRows(), n);
    QCOMPARE(model.rowCount(), n);
    QCOMPARE(model.idAt(0), n);              // newest first
    QCOMPARE(model.idAt(n - 1), 1);
    QCOMPARE(model.data(model.index(0, AuditLogModel::Actor)).toString(), QStringLiteral("li"));   // row 47: i = 46
    QCOMPARE(model.data(model.index(0, AuditLogModel::Hash), AuditLogModel::RawValueRole).toString().size(), 64);

    for (int column = 0; column < AuditLogModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QVERIFY(fetchAll(model));
            const QList<qint64> seen = ids(model);
            QCOMPARE(seen.size(), n);
            QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), n);
            // In order of the column, then id.
            for (int r = 1; r < n; ++r) {
                const QString a = model.data(model.index(r - 1, column), AuditLogModel::RawValueRole).toString();
                const QString b = model.data(model.index(r, column), AuditLogModel::RawValueRole).toString();
                if (column == AuditLogModel::Id)
                    continue;
                const int cmp = a.compare(b);
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                         qPrintable(QStringLiteral("column %1 rows %2/%3: %4 vs %5").arg(column).arg(r).arg(r + 1).arg(a, b)));
                if (cmp == 0)
                    QVERIFY(order == Qt::AscendingOrder ? seen.at(r - 1) < seen.at(r) : seen.at(r - 1) > seen.at(r));
            }
        }
    }
}

void TestAuditLogModel::filters_whoWhatEntityTime()
{
    MIANSHEN_AUDIT_DB(db);
    QCOMPARE(fill(db, 30), QString());
    AuditLogModel model(db.spec());
    model.setPageSize(4);
    audit::AuditFilter f;
    f.actor = QStringLiteral("wang");
    f.action = QStringLiteral("review.approve");
    model.setFilter(f);
    QVERIFY(fetchAll(model));
    // i % 3 == 0 and i even: i = 0, 6, 12, 18, 24.
    QCOMPARE(ids(model), (QList<qint64>{25, 19, 13, 7, 1}));
    QTRY_COMPARE(model.totalRows().value_or(-1), 5);

    f = {};
    f.entity = QStringLiteral("payment");
    f.entityId = QStringLiteral("17");
    model.setFilter(f);
    QVERIFY(fetchAll(model));
    QCOMPARE(ids(model), (QList<qint64>{17}));

    f = {};
    f.fromUtc = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs);
    model.setFilter(f);
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 0);
    f.fromUtc = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs);
    f.toUtc = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs);
    model.setFilter(f);
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 30);
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_audit_log_model.moc"
