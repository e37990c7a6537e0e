// The what-if preview of an unpublished policy file (PolicyPreview): on the
// golden fixture, the two sides of a preview must equal, count for count and
// fen for fen, what real runs decide with the published version and then
// with the file published; its differences must equal the difference of the
// two runs' exports; and the preview writes nothing. A file whose checks or
// embedded tests fail is refused with file:line:column.

#include "GoldenFixture.h"
#include "MatchingTestDatabase.h"

#include "matching/DecisionStore.h"
#include "matching/MatchingRun.h"
#include "matching/PolicyPreview.h"
#include "matching/RunRepository.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <map>

using namespace mianshen;

namespace {

const QStringList kTables = {QStringLiteral("matching_runs"), QStringLiteral("decisions"), QStringLiteral("run_policies"),
                             QStringLiteral("run_condition_counts"), QStringLiteral("published_policies"),
                             QStringLiteral("awards"), QStringLiteral("audit_log")};

// Row counts of every table a run or a publication writes.
QString rowCounts(store::Database &db)
{
    QStringList out;
    for (const QString &t : kTables) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + t) || !q.next())
            out << t + QStringLiteral("=?");
        else
            out << t + QLatin1Char('=') + QString::number(q.value(0).toLongLong());
    }
    return out.join(QLatin1Char(' '));
}

QString policyText(const QString &name)
{
    return testing::readText(testing::policyDir() + QLatin1Char('/') + name);
}

// subject id -> "status amount flags" of one policy's current awards in a period.
std::map<QString, QString> awardsOf(store::Database &db, const QString &period, const QString &code)
{
    std::map<QString, QString> out;
    const auto current = matching::DecisionStore(db).current(period, {code});
    if (!current)
        return {{QStringLiteral("error"), current.error()}};
    for (const matching::Decision &d : current.value())
        out[d.subjectId] = matching::outcomeName(*d.outcome) + QLatin1Char(' ') + QString::number(d.amountFen)
            + QLatin1Char(' ') + d.flagsText();
    return out;
}

matching::PolicySummary summaryOf(const matching::RunResult &run, const QString &code)
{
    for (const matching::PolicySummary &s : run.policies)
        if (s.policyCode == code)
            return s;
    return {};
}

void compareSide(const matching::PreviewSide &side, const matching::PolicySummary &real)
{
    QCOMPARE(side.evaluated, real.evaluated);
    QCOMPARE(side.approved, real.approved);
    QCOMPARE(side.flagged, real.flagged);
    QCOMPARE(side.overBudget, real.overBudget);
    QCOMPARE(side.ineligible, real.ineligible);
    QCOMPARE(side.skipped, real.skipped);
    QCOMPARE(side.totalFen, real.totalFen);
}

matching::RunResult runPeriod(store::Database &db, const QString &period, bool force)
{
    matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
    auto r = run.execute({period, {}, QStringLiteral("tester"), 2, force});
    if (!r) {
        qWarning("run %s failed: %s", qPrintable(period), qPrintable(r.error()));
        return {};
    }
    return r.value();
}

QString edited(QString text, const QStringList &replacements)
{
    for (qsizetype i = 0; i + 1 < replacements.size(); i += 2) {
        if (!text.contains(replacements.at(i)))
            return QStringLiteral("<%1 not found>").arg(replacements.at(i));
        text.replace(replacements.at(i), replacements.at(i + 1));
    }
    return text;
}

} // namespace

class TestMatchingPreview final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preview_bothSides_equalRealRunsAndDiffer_asTheirExports_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("replacements");
        QTest::addColumn<QString>("period");
        QTest::addColumn<bool>("septemberFirst");
        QTest::addColumn<bool>("differs");   // false: the edit changes no award in that period (counts still compared)
        const QStringList patent{QStringLiteral("\"yuan\": \"100000.00\""), QStringLiteral("\"yuan\": \"150000.00\""),
                                 QStringLiteral("yuan(5000)"), QStringLiteral("yuan(6000)"),
                                 QStringLiteral("\"amount\": \"5000\""), QStringLiteral("\"amount\": \"6000\"")};
        const QStringList living{QStringLiteral("s.month <= period) >= 2"), QStringLiteral("s.month <= period) >= 3")};
        const QStringList houseB{QStringLiteral("\"rank\": 2"), QStringLiteral("\"rank\": 0"),
                                 QStringLiteral("yuan(5000)"), QStringLiteral("yuan(2000)")};
        for (const bool pg : {false, true}) {
            const char *db = pg ? "postgres" : "sqlite";
            QTest::addRow("%s: patent, more budget and amount, after September", db)
                << pg << QStringLiteral("test-patent.json") << QStringLiteral("TEST-PATENT") << patent
                << QStringLiteral("2021-10") << true << true;
            QTest::addRow("%s: patent, more budget and amount, first period", db)
                << pg << QStringLiteral("test-patent.json") << QStringLiteral("TEST-PATENT") << patent
                << QStringLiteral("2021-09") << false << true;
            QTest::addRow("%s: living, tighter condition, max months counted", db)
                << pg << QStringLiteral("test-living.json") << QStringLiteral("TEST-LIVING") << living
                << QStringLiteral("2021-10") << true << true;
            QTest::addRow("%s: house B wins its stacking group", db)
                << pg << QStringLiteral("test-house-b.json") << QStringLiteral("TEST-HOUSE-B") << houseB
                << QStringLiteral("2021-09") << false << true;
            QTest::addRow("%s: house B wins its stacking group, after September", db)
                << pg << QStringLiteral("test-house-b.json") << QStringLiteral("TEST-HOUSE-B") << houseB
                << QStringLiteral("2021-10") << true << false;
        }
    }
    void preview_bothSides_equalRealRunsAndDiffer_asTheirExports()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QStringList, replacements);
        QFETCH(QString, period);
        QFETCH(bool, septemberFirst);
        QFETCH(bool, differs);
        MIANSHEN_MATCHING_DB(db);
        const QString imported = testing::importGolden(db);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        const QString published = testing::publishTestPolicies(db);
        QVERIFY2(published.isEmpty(), qPrintable(published));
        if (septemberFirst)
            QCOMPARE(runPeriod(db, QStringLiteral("2021-09"), false).run.status, QStringLiteral("completed"));
        const QString text = edited(policyText(file), replacements);
        QVERIFY2(!text.startsWith(u'<'), qPrintable(text));

        // The preview, on 1 and on 3 threads: the same result, nothing written.
        const QString before = rowCounts(db);
        matching::PolicyPreview preview(db, catalog::FeedCatalog::builtin());
        preview.setDifferenceLimit(100000);
        preview.setThreads(1);
        qint64 lastDone = -1, lastTotal = 0;
        preview.setProgress([&](const matching::Progress &p) {
            if (p.phase == matching::Progress::Phase::Done) {
                lastDone = p.done;
                lastTotal = p.total;
            }
        });
        auto result = preview.previewText(text, QStringLiteral("edited.json"), period);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(rowCounts(db), before);
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal);
        preview.setThreads(3);
        auto again = preview.previewText(text, QStringLiteral("edited.json"), period);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->proposed.totalFen, result->proposed.totalFen);
        QCOMPARE(again->differences.size(), result->differences.size());
        for (qsizetype i = 0; i < result->differences.size(); ++i) {
            QCOMPARE(again->differences.at(i).subjectId, result->differences.at(i).subjectId);
            QCOMPARE(again->differences.at(i).amountAfterFen, result->differences.at(i).amountAfterFen);
        }
        QCOMPARE(rowCounts(db), before);
        QVERIFY(result->current.present);
        QCOMPARE(result->current.publishedVersion, 1);
        QCOMPARE(result->proposed.policyCode, code);
        QVERIFY(!result->differencesTruncated);

        // The current side equals a real run with the published version...
        const matching::RunResult currentRun = runPeriod(db, period, false);
        QCOMPARE(currentRun.run.status, QStringLiteral("completed"));
        compareSide(result->current, summaryOf(currentRun, code));
        const auto currentAwards = awardsOf(db, period, code);
        // ... and the file's side a real run with the file published.
        matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
        auto pub = repo.publishText(text, QStringLiteral("edited.json"), QStringLiteral("tester"));
        QVERIFY2(pub.ok(), qPrintable(pub.error()));
        QCOMPARE(pub->policy.version, 2);
        const matching::RunResult fileRun = runPeriod(db, period, false);
        QCOMPARE(fileRun.run.status, QStringLiteral("completed"));
        compareSide(result->proposed, summaryOf(fileRun, code));
        const auto fileAwards = awardsOf(db, period, code);

        // The differences are those of the two runs' awards, in subject order.
        QStringList expected;
        qint64 newly = 0, gone = 0, changed = 0;
        auto b = currentAwards.begin();
        auto a = fileAwards.begin();
        while (b != currentAwards.end() || a != fileAwards.end()) {
            if (a == fileAwards.end() || (b != currentAwards.end() && b->first < a->first)) {
                expected << QStringLiteral("no_longer ") + b->first;
                ++gone;
                ++b;
            } else if (b == currentAwards.end() || a->first < b->first) {
                expected << QStringLiteral("new ") + a->first;
                ++newly;
                ++a;
            } else {
                if (a->second != b->second) {
                    expected << QStringLiteral("changed ") + a->first;
                    ++changed;
                }
                ++a;
                ++b;
            }
        }
        QStringList actual;
        for (const matching::PreviewDifference &d : result->differences)
            actual << matching::previewDifferenceKindName(d.kind) + QLatin1Char(' ') + d.subjectId;
        QCOMPARE(actual, expected);
        QCOMPARE(result->newlyQualifying, newly);
        QCOMPARE(result->noLongerQualifying, gone);
        QCOMPARE(result->changed, changed);
        QCOMPARE(!expected.isEmpty(), differs);   // a row that expects differences must see some
        for (const matching::PreviewDifference &d : result->differences) {
            if (d.outcomeAfter) {
                const QString after = matching::outcomeName(*d.outcomeAfter) + QLatin1Char(' ')
                    + QString::number(d.amountAfterFen) + QLatin1Char(' ') + d.flagsAfter.join(QLatin1Char(';'));
                QCOMPARE(after, fileAwards.at(d.subjectId));
            }
            if (d.outcomeBefore) {
                const QString was = matching::outcomeName(*d.outcomeBefore) + QLatin1Char(' ')
                    + QString::number(d.amountBeforeFen) + QLatin1Char(' ') + d.flagsBefore.join(QLatin1Char(';'));
                QCOMPARE(was, currentAwards.at(d.subjectId));
            }
        }
    }

    void preview_withCheckerError_isRefusedWithLineAndColumn_data() { MIANSHEN_BOTH_DATABASES(); }
    void preview_withCheckerError_isRefusedWithLineAndColumn()
    {
        MIANSHEN_MATCHING_DB(db);
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        const QString before = rowCounts(db);
        const QString text = edited(policyText(QStringLiteral("test-patent.json")),
                                    {QStringLiteral("enterprise.status == 'active'"), QStringLiteral("enterprise.status == 1")});
        // Where the bad expression is: line 14 of the file, its column.
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.at(13).contains(QStringLiteral("enterprise.status == 1")), true);
        matching::PolicyPreview preview(db, catalog::FeedCatalog::builtin());
        auto result = preview.previewText(text, QStringLiteral("bad.json"), QStringLiteral("2021-09"));
        QVERIFY(!result.ok());
        QVERIFY2(QRegularExpression(QStringLiteral("bad\\.json:14:\\d+: error")).match(result.error()).hasMatch(),
                 qPrintable(result.error()));
        QCOMPARE(rowCounts(db), before);
    }

    void preview_withFailingEmbeddedTest_isRefusedWithLineAndColumn()
    {
        testing::MatchingTestDatabase fixture;
        QVERIFY2(fixture.open(false), qPrintable(fixture.error));
        store::Database &db = *fixture.db;
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        const QString before = rowCounts(db);
        // The amount changes, the test "eligible" still expects 5000.
        const QString text = edited(policyText(QStringLiteral("test-patent.json")),
                                    {QStringLiteral("yuan(5000)"), QStringLiteral("yuan(6000)")});
        const auto testLine = text.left(text.indexOf(QStringLiteral("{\"name\": \"eligible\""))).count(u'\n') + 1;
        matching::PolicyPreview preview(db, catalog::FeedCatalog::builtin());
        auto result = preview.previewText(text, QStringLiteral("bad.json"), QStringLiteral("2021-09"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("bad.json:%1:5: test eligible failed").arg(testLine)),
                 qPrintable(result.error()));
        QCOMPARE(rowCounts(db), before);
    }

    void preview_ofUnpublishedCode_hasNoCurrentSideAndAllNew()
    {
        testing::MatchingTestDatabase fixture;
        QVERIFY2(fixture.open(false), qPrintable(fixture.error));
        store::Database &db = *fixture.db;
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        const QString text = edited(policyText(QStringLiteral("test-patent.json")),
                                    {QStringLiteral("TEST-PATENT"), QStringLiteral("TEST-NEW")});
        matching::PolicyPreview preview(db, catalog::FeedCatalog::builtin());
        preview.setDifferenceLimit(5);
        auto result = preview.previewText(text, QStringLiteral("new.json"), QStringLiteral("2021-09"));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(!result->current.present);
        QCOMPARE(result->current.qualifying(), 0);
        // As the golden September run: 16 auto, 4 flagged, 24 over budget, 20 x 5000 yuan.
        QCOMPARE(result->proposed.approved, 16);
        QCOMPARE(result->proposed.flagged, 4);
        QCOMPARE(result->proposed.overBudget, 24);
        QCOMPARE(result->proposed.totalFen, 20 * 500000);
        QCOMPARE(result->newlyQualifying, 44);
        QCOMPARE(result->noLongerQualifying, 0);
        QCOMPARE(result->changed, 0);
        // The list is capped: the first 5 by subject id.
        QCOMPARE(result->differences.size(), 5);
        QVERIFY(result->differencesTruncated);
        for (qsizetype i = 1; i < result->differences.size(); ++i)
            QVERIFY(result->differences.at(i - 1).subjectId < result->differences.at(i).subjectId);
    }

    void preview_cancelled_failsAndWritesNothing()
    {
        testing::MatchingTestDatabase fixture;
        QVERIFY2(fixture.open(false), qPrintable(fixture.error));
        store::Database &db = *fixture.db;
        QVERIFY(testing::importGolden(db).isEmpty());
        QVERIFY(testing::publishTestPolicies(db).isEmpty());
        const QString before = rowCounts(db);
        std::atomic<bool> cancel{true};
        matching::PolicyPreview preview(db, catalog::FeedCatalog::builtin());
        preview.setCancelFlag(&cancel);
        auto result = preview.previewFile(testing::policyDir() + QStringLiteral("/test-living.json"), QStringLiteral("2021-09"));
        QVERIFY(!result.ok());
        QCOMPARE(rowCounts(db), before);
    }

    void preview_withBadPeriod_isRefused()
    {
        testing::MatchingTestDatabase fixture;
        QVERIFY2(fixture.open(false), qPrintable(fixture.error));
        matching::PolicyPreview preview(*fixture.db, catalog::FeedCatalog::builtin());
        auto result = preview.previewFile(testing::policyDir() + QStringLiteral("/test-living.json"), QStringLiteral("2021-9"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("2021-9")), qPrintable(result.error()));
    }
};

QTEST_GUILESS_MAIN(TestMatchingPreview)
#include "tst_matching_preview.moc"
