#include "ItemModelsTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "itemmodels/DashboardFigures.h"
#include "itemmodels/FeedSummaryModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mianshen;
using itemmodels::FeedSummaryModel;

class TestSummaries final : public QObject
{
    Q_OBJECT

private:
    testing::ItemModelsTestDatabase m_t;

    const FeedSummaryModel::Line *line(const QList<FeedSummaryModel::Line> &lines, const QString &feed)
    {
        for (const auto &l : lines) {
            if (l.feed == feed)
                return &l;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_t.create(), qPrintable(m_t.error()));
    }

    void feedSummary_emptyDatabase_everyFeedWithZeroRowsAndNoImport()
    {
        const auto lines = FeedSummaryModel::read(m_t.db());
        QVERIFY2(lines, qPrintable(lines.error()));
        QCOMPARE(lines->size(), catalog::FeedCatalog::builtin().feeds().size());
        for (const auto &l : lines.value()) {
            QVERIFY2(l.rows.has_value(), qPrintable(l.feed));
            QCOMPARE(*l.rows, 0);
            QVERIFY(l.lastImportAt.isEmpty());
            QVERIFY(!l.titleZh.isEmpty());
            QVERIFY(!l.titleEn.isEmpty());
        }
    }

    void feedSummary_countsRowsAndShowsTheNewestImport()
    {
        const QString sha(64, u'a');
        QVERIFY(m_t.exec(QStringLiteral("INSERT INTO import_history (id, started_at, finished_at, actor, file_name, sha256, feed, mode, result) "
                                        "VALUES (1, '2026-11-27T10:00:00Z', '2026-11-27T10:00:05Z', 't', 'persons.csv', ?, 'persons', 'snapshot', 'imported')"),
                         {sha}));
        QVERIFY(m_t.exec(QStringLiteral("INSERT INTO import_history (id, started_at, finished_at, actor, file_name, sha256, feed, mode, result) "
                                        "VALUES (2, '2026-11-27T11:00:00Z', '2026-11-27T11:00:01Z', 't', 'persons_2.csv', ?, 'persons', 'snapshot', 'rejected')"),
                         {QString(64, u'b')}));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_t.exec(QStringLiteral("INSERT INTO persons (id_number, name, gender, birth_date, household_area, import_id) "
                                            "VALUES (?, '张三', 'M', '1985-01-01', '441200', 1)"),
                             {QStringLiteral("44120019850101000%1").arg(i)}));
        }
        const auto lines = FeedSummaryModel::read(m_t.db().spec());
        QVERIFY2(lines, qPrintable(lines.error()));
        const auto *persons = line(lines.value(), QStringLiteral("persons"));
        QVERIFY(persons);
        QCOMPARE(persons->rows.value_or(-1), 3);
        QCOMPARE(persons->lastResult, QStringLiteral("rejected"));
        QCOMPARE(persons->lastFile, QStringLiteral("persons_2.csv"));
        QCOMPARE(line(lines.value(), QStringLiteral("enterprises"))->rows.value_or(-1), 0);

        FeedSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLines(lines.value());
        QCOMPARE(model.rowCount(), int(lines->size()));
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.feedAt(r) == QLatin1String("persons"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, FeedSummaryModel::Rows).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(row, FeedSummaryModel::LastImport).data().toString(),
                 QDateTime(QDate(2026, 11, 27), QTime(11, 0, 1), Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(model.index(row, FeedSummaryModel::Name).data(FeedSummaryModel::FeedNameRole).toString(), QStringLiteral("persons"));
        model.retranslate();
        model.setLines({});
        QCOMPARE(model.rowCount(), 0);
    }

    void dashboard_figuresAreTheDatabasesCounts()
    {
        const auto figures = itemmodels::DashboardFigures::read(m_t.db());
        QVERIFY2(figures, qPrintable(figures.error()));
        QHash<QString, itemmodels::DashboardFigures::Figure> byId;
        for (const auto &f : figures.value())
            byId.insert(f.id, f);
        QCOMPARE(byId.value(QStringLiteral("persons")).count.value_or(-1), 3);
        QCOMPARE(byId.value(QStringLiteral("enterprises")).count.value_or(-1), 0);
        QCOMPARE(byId.value(QStringLiteral("feeds")).count.value_or(-1), 1);
        QCOMPARE(byId.value(QStringLiteral("feeds")).detail, QString::number(catalog::FeedCatalog::builtin().feeds().size()));
        QCOMPARE(byId.value(QStringLiteral("imports")).count.value_or(-1), 1);
        QCOMPARE(byId.value(QStringLiteral("payments")).count.value_or(-1), 0);
        QCOMPARE(byId.value(QStringLiteral("payments")).amountFen.value_or(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestSummaries)
#include "tst_summaries.moc"
