// The month the Matching page proposes (matching::DefaultPeriod): the latest
// month with a published policy in effect and data imported.

#include "GoldenFixture.h"
#include "MatchingTestDatabase.h"

#include "matching/DefaultPeriod.h"
#include "matching/PolicyRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace mianshen;

namespace {

std::optional<domain::Month> proposed(store::Database &db, QString *error)
{
    const auto month = matching::DefaultPeriod::latest(db, catalog::FeedCatalog::builtin());
    if (!month) {
        *error = month.error();
        return std::nullopt;
    }
    return month.value();
}

QString publishEdited(store::Database &db, const QString &file, const QString &from, const QString &to)
{
    QString text = testing::readText(testing::policyDir() + QLatin1Char('/') + file);
    if (!text.contains(from))
        return QStringLiteral("%1 has no %2").arg(file, from);
    text.replace(from, to);
    auto published = matching::PolicyRepository(db, catalog::FeedCatalog::builtin()).publishText(text, file, QStringLiteral("tester"));
    return published ? QString() : published.error();
}

} // namespace

class TestDefaultPeriod final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latestMonthWithPolicyAndData()
    {
        testing::MatchingTestDatabase fixture;
        QVERIFY2(fixture.open(false), qPrintable(fixture.error));
        store::Database &db = *fixture.db;
        QString error;
        // Nothing imported, nothing published: nothing to propose.
        QVERIFY(!proposed(db, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Data up to 2021-11, still no policy.
        const QString imported = testing::importGolden(db);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        QVERIFY(!proposed(db, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // A policy that ended in 2021-08: its last month.
        QString published = publishEdited(db, QStringLiteral("test-living.json"), QStringLiteral("\"effective\": {\"from\": \"2021-01\"}"),
                                          QStringLiteral("\"effective\": {\"from\": \"2021-01\", \"until\": \"2021-08\"}"));
        QVERIFY2(published.isEmpty(), qPrintable(published));
        auto month = proposed(db, &error);
        QVERIFY2(month, qPrintable(error));
        QCOMPARE(month->toString(), QStringLiteral("2021-08"));

        // A policy that starts after the data: no month of its own.
        {
            // (Written directly: only its months matter here.)
            QSqlQuery q(db.connection());
            const QString insert = QStringLiteral("INSERT INTO published_policies (policy_code, version, subject_kind, schedule, "
                                                  "effective_from, source, sha256, published_at, published_by) VALUES ('LATER', 1, "
                                                  "'person', 'monthly', '2022-03', '{}', '%1', '2026-01-01T00:00:00Z', 'tester')")
                                       .arg(QString(64, QLatin1Char('a')));
            const bool inserted = q.exec(insert);
            QVERIFY2(inserted, qPrintable(q.lastError().text()));
        }
        month = proposed(db, &error);
        QVERIFY2(month, qPrintable(error));
        QCOMPARE(month->toString(), QStringLiteral("2021-08"));

        // An open policy in effect: the latest month of data.
        published = publishEdited(db, QStringLiteral("test-patent.json"), QStringLiteral("\"code\""), QStringLiteral("\"code\""));
        QVERIFY2(published.isEmpty(), qPrintable(published));
        month = proposed(db, &error);
        QVERIFY2(month, qPrintable(error));
        QCOMPARE(month->toString(), QStringLiteral("2021-11"));
    }
};

QTEST_MAIN(TestDefaultPeriod)
#include "tst_matching_default_period.moc"
