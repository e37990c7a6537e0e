// The six SHIPPED policies (resources/policies) against a golden fixture of
// a few hundred persons and enterprises designed case by case
// (tests/matching/data/shipped, see expected-notes.md there): the deliveries
// are imported with the real importer into a real SQLite file (and a fresh
// PostgreSQL database when MIANSHEN_TEST_PG is set), the shipped files are
// published with the real repository, and 2021-11, 2021-12 and 2022-01 are
// matched in order. Every decision export must equal the hand-checked
// expected-<period>.csv exactly; the per-policy summaries and the counts of
// ineligible subjects by first failed condition must equal
// expected-counts-<period>.csv; and "why not" answers for ineligible
// subjects must name exactly the expected failed conditions / exclusions
// (expected-why.csv), or the schedule gate that stopped them.

#include "MatchingTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "feeds/Importer.h"
#include "matching/DecisionStore.h"
#include "matching/ExplanationJson.h"
#include "matching/MatchingRun.h"
#include "matching/PolicyRepository.h"
#include "matching/RunRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace mianshen;

namespace {

const QStringList kPeriods = {QStringLiteral("2021-11"), QStringLiteral("2021-12"), QStringLiteral("2022-01")};

QString fixtureDir()
{
    return QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/shipped");
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(path);
    return QString::fromUtf8(f.readAll());
}

// Data lines of a CSV file written by make_fixture.py (no quoting needed: no
// field of the expected files holds a comma).
QList<QStringList> readRows(const QString &path)
{
    QStringList lines = readText(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<QStringList> out;
    for (int i = 1; i < lines.size(); ++i)
        out.append(lines.at(i).split(QLatin1Char(',')));
    return out;
}

// Imports every feed delivery of the fixture (registries first), then
// publishes the six shipped policy files. Empty on success.
QString prepare(store::Database &db)
{
    feeds::Importer importer(db, catalog::FeedCatalog::builtin());
    QStringList files = {QStringLiteral("persons.csv"), QStringLiteral("enterprises.csv")};
    for (const QString &f : QDir(fixtureDir()).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        if (f.startsWith(u"expected") || f == u"subjects.csv" || files.contains(f))
            continue;
        files.append(f);
    }
    if (files.size() != 15)
        return QStringLiteral("expected 15 feed deliveries in the fixture, found %1").arg(files.size());
    // The only warnings: the deliberate references to an enterprise the
    // registry does not know (two employers of social insurance rows, one
    // patentee, one PCT applicant) and to a person it does not know (U1: 24
    // months of social insurance, one degree).
    const QMap<QString, qint64> warnings = {{QStringLiteral("social_insurance.csv"), 2 + 24},
                                            {QStringLiteral("education.csv"), 1},
                                            {QStringLiteral("patents.csv"), 1},
                                            {QStringLiteral("pct_applications.csv"), 1}};
    for (const QString &f : files) {
        const auto report = importer.import(fixtureDir() + QLatin1Char('/') + f);
        if (!report.imported())
            return f + QStringLiteral(": ") + report.message + QLatin1Char('\n') + report.toText();
        if (report.warningCount != warnings.value(f))
            return f + QStringLiteral(": unexpected warnings\n") + report.toText();
    }
    matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
    const QString dir = QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies");
    const QStringList policies = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (policies.size() != 6)
        return QStringLiteral("expected the 6 shipped policies, found %1").arg(policies.size());
    for (const QString &f : policies) {
        auto r = repo.publishFile(dir + QLatin1Char('/') + f, QStringLiteral("tester"));
        if (!r)
            return f + QStringLiteral(": ") + r.error();
    }
    return {};
}

using testing::exportOf;

// Which lines differ, with the case name of the subject (subjects.csv), so
// that a failure says which hand-checked case disagrees.
QString lineDiff(const QString &actual, const QString &expected)
{
    static const QMap<QString, QString> cases = [] {
        QMap<QString, QString> m;
        for (const QStringList &r : readRows(fixtureDir() + QStringLiteral("/subjects.csv")))
            m.insert(r.value(0), r.value(1));
        return m;
    }();
    const QStringList a = actual.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList e = expected.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QSet<QString> as(a.begin(), a.end()), es(e.begin(), e.end());
    QString out;
    for (const QString &l : e)
        if (!as.contains(l))
            out += QStringLiteral("  expected, missing:  %1   [%2]\n").arg(l, cases.value(l.section(QLatin1Char(','), 1, 1)));
    for (const QString &l : a)
        if (!es.contains(l))
            out += QStringLiteral("  actual, unexpected: %1   [%2]\n").arg(l, cases.value(l.section(QLatin1Char(','), 1, 1)));
    return out;
}

// The run's summaries and condition counts in the form of expected-counts-<period>.csv.
QStringList countsOf(store::Database &db, qint64 runId)
{
    matching::RunRepository runs(db);
    QStringList out;
    const auto summaries = runs.policySummaries(runId);
    const auto conditions = runs.conditionCounts(runId);
    if (!summaries || !conditions)
        return {QStringLiteral("<cannot read the run's counts>")};
    for (const matching::PolicySummary &s : summaries.value())
        out << QStringLiteral("%1,summary,%2/%3/%4/%5/%6/%7/%8")
                   .arg(s.policyCode)
                   .arg(s.evaluated)
                   .arg(s.approved)
                   .arg(s.flagged)
                   .arg(s.overBudget)
                   .arg(s.ineligible)
                   .arg(s.skipped)
                   .arg(qint64(s.totalFen));
    for (const matching::ConditionCount &c : conditions.value())
        out << QStringLiteral("%1,%2,%3").arg(c.policyCode, c.conditionId).arg(c.failed);
    out.sort();
    return out;
}

QStringList expectedCounts(const QString &period)
{
    QStringList out;
    for (const QStringList &r : readRows(fixtureDir() + QStringLiteral("/expected-counts-") + period + QStringLiteral(".csv")))
        out << r.join(QLatin1Char(','));
    out.sort();
    return out;
}

// Imports, publishes and matches the three periods; the run ids by period.
QMap<QString, qint64> matchAll(store::Database &db, QString *error, int threads = 2)
{
    QMap<QString, qint64> ids;
    *error = prepare(db);
    if (!error->isEmpty())
        return ids;
    for (const QString &period : kPeriods) {
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        auto result = run.execute({period, {}, QStringLiteral("tester"), threads, false});
        if (!result) {
            *error = period + QStringLiteral(": ") + result.error();
            return ids;
        }
        if (result->upToDate || result->run.status != u"completed") {
            *error = period + QStringLiteral(": the run did not complete (") + result->run.status + QLatin1Char(')');
            return ids;
        }
        ids.insert(period, result->runId);
    }
    return ids;
}

} // namespace

class TestMatchingShippedGolden final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixture_coversEveryOutcomeFlagAndCondition_ofEveryShippedPolicy()
    {
        // The fixture itself: every shipped policy sees each outcome, each of
        // its flags fire and each condition / exclusion fail first somewhere.
        // (A guard against editing the fixture into something weaker.)
        QMap<QString, QSet<QString>> seen;   // policy -> statuses, flag ids, failed ids
        for (const QString &period : kPeriods) {
            for (const QStringList &r : readRows(fixtureDir() + QStringLiteral("/expected-") + period + QStringLiteral(".csv"))) {
                seen[r.value(0)].insert(QStringLiteral("status:") + r.value(4));
                for (const QString &f : r.value(5).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                    seen[r.value(0)].insert(QStringLiteral("flag:") + f);
            }
            for (const QStringList &r : readRows(fixtureDir() + QStringLiteral("/expected-counts-") + period + QStringLiteral(".csv")))
                if (r.value(1) != u"summary")
                    seen[r.value(0)].insert(QStringLiteral("failed:") + r.value(1));
        }
        const QString dir = QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies");
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 6);
        for (const QString &f : files) {
            const QJsonObject p = QJsonDocument::fromJson(readText(dir + QLatin1Char('/') + f).toUtf8()).object();
            const QString code = p.value(QStringLiteral("code")).toString();
            QStringList want = {QStringLiteral("status:auto"), QStringLiteral("status:review")};
            if (p.contains(QStringLiteral("budget")))
                want << QStringLiteral("status:over_budget");
            for (const char *list : {"conditions", "exclusions"})
                for (const QJsonValue &c : p.value(QLatin1String(list)).toArray())
                    want << QStringLiteral("failed:") + c.toObject().value(QStringLiteral("id")).toString();
            for (const QJsonValue &c : p.value(QStringLiteral("flags")).toArray())
                want << QStringLiteral("flag:") + c.toObject().value(QStringLiteral("id")).toString();
            for (const QString &w : want)
                QVERIFY2(seen.value(code).contains(w), qPrintable(code + QStringLiteral(": the fixture never has ") + w));
        }
    }

    void shippedPolicies_decisionsAndCounts_equalHandChecked_threeMonths_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<int>("threads");
        QTest::newRow("sqlite, 1 thread") << false << 1;
        QTest::newRow("sqlite, 4 threads") << false << 4;
        QTest::newRow("postgres, 2 threads") << true << 2;
    }
    void shippedPolicies_decisionsAndCounts_equalHandChecked_threeMonths()
    {
        QFETCH(int, threads);
        MIANSHEN_MATCHING_DB(db);
        QString error;
        const auto runIds = matchAll(db, &error, threads);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &period : kPeriods) {
            const QString expected = readText(fixtureDir() + QStringLiteral("/expected-") + period + QStringLiteral(".csv"));
            const QString actual = exportOf(db, period);
            QVERIFY2(actual == expected, qPrintable(period + QStringLiteral(" decisions differ from the hand-checked ones:\n")
                                                    + lineDiff(actual, expected)));
            const QStringList counts = countsOf(db, runIds.value(period));
            const QStringList want = expectedCounts(period);
            QString countDiff;
            for (const QString &w : want)
                if (!counts.contains(w))
                    countDiff += QStringLiteral("  expected, missing:  ") + w + QLatin1Char('\n');
            for (const QString &c : counts)
                if (!want.contains(c))
                    countDiff += QStringLiteral("  actual, unexpected: ") + c + QLatin1Char('\n');
            QVERIFY2(counts == want, qPrintable(period + QStringLiteral(" counts (policy,summary,evaluated/auto/review/over/"
                                                                        "ineligible/skipped/fen or policy,first failed,n) differ:\n")
                                                + countDiff));
        }
        // The same three months again: nothing changed, nothing new is written.
        for (const QString &period : kPeriods) {
            matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
            auto again = run.execute({period, {}, QStringLiteral("tester"), 1, false});
            QVERIFY2(again.ok(), qPrintable(again.error()));
            QVERIFY2(again->upToDate, qPrintable(period));
        }
    }

    void whyNot_namesTheFailedConditions_data() { MIANSHEN_BOTH_DATABASES(); }
    void whyNot_namesTheFailedConditions()
    {
        MIANSHEN_MATCHING_DB(db);
        QString error;
        matchAll(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
        const QList<QStringList> cases = readRows(fixtureDir() + QStringLiteral("/expected-why.csv"));
        QVERIFY(cases.size() >= 12);
        for (const QStringList &c : cases) {
            const QString period = c.value(0), policy = c.value(1), subject = c.value(2), status = c.value(3);
            QStringList failed = c.value(4).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            const QString where = c.join(QLatin1Char(' '));
            auto answer = run.why(period, policy, subject);
            QVERIFY2(answer.ok(), qPrintable(where + QStringLiteral(": ") + answer.error()));
            QVERIFY2(!answer->decision.has_value(), qPrintable(where + QStringLiteral(": has a decision")));
            QVERIFY2(!answer->eligibleNow, qPrintable(where));
            const QJsonObject o = QJsonDocument::fromJson(answer->explanation.toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("subject")).toString(), subject);
            QVERIFY2(o.value(QStringLiteral("status")).toString() == status,
                     qPrintable(where + QStringLiteral(": status ") + o.value(QStringLiteral("status")).toString()));
            QStringList got;
            for (const QJsonValue &v : o.value(QStringLiteral("failed")).toArray())
                got << v.toString();
            got.sort();   // the set matters, not its order
            failed.sort();
            QVERIFY2(got == failed, qPrintable(where + QStringLiteral(": failed ") + got.join(QLatin1Char(';'))));
            // The text for people names each failed rule, in both languages.
            const QString en = matching::ExplanationJson::render(answer->explanation, rules::Language::En);
            const QString zh = matching::ExplanationJson::render(answer->explanation, rules::Language::Zh);
            QVERIFY(!zh.isEmpty());
            for (const QString &id : failed)
                QVERIFY2(en.contains(id) && zh.contains(id), qPrintable(where + QStringLiteral(":\n") + en));
        }
        auto caseId = [](const QString &name) {
            for (const QStringList &r : readRows(fixtureDir() + QStringLiteral("/subjects.csv")))
                if (r.value(1).startsWith(name + QLatin1Char(' ')))
                    return r.value(0);
            return QString();
        };
        // A flagged award: the stored decision and the fresh evaluation name the same three flags.
        const QString t43 = caseId(QStringLiteral("T43"));
        QVERIFY(!t43.isEmpty());
        auto flagged = run.why(QStringLiteral("2021-11"), QStringLiteral("TALENT-LIVING"), t43);
        QVERIFY2(flagged.ok(), qPrintable(flagged.error()));
        QVERIFY(flagged->decision.has_value() && flagged->eligibleNow);
        QCOMPARE(flagged->decision->outcome, std::optional<matching::Outcome>(matching::Outcome::Review));
        const QStringList threeFlags = {QStringLiteral("high_amount"), QStringLiteral("no_bank_account"),
                                        QStringLiteral("overseas_or_part_time_degree")};
        QCOMPARE(flagged->decision->flags, threeFlags);
        QStringList freshFlags;
        for (const QJsonValue &v : QJsonDocument::fromJson(flagged->explanation.toUtf8()).object().value(QStringLiteral("flags")).toArray())
            freshFlags << v.toString();
        freshFlags.sort();
        QCOMPARE(freshFlags, threeFlags);
        // An over-budget award: the stored decision says so, and why.
        const QString h11b = caseId(QStringLiteral("H11b"));
        QVERIFY(!h11b.isEmpty());
        auto over = run.why(QStringLiteral("2021-11"), QStringLiteral("TALENT-HOME"), h11b);
        QVERIFY2(over.ok(), qPrintable(over.error()));
        QVERIFY(over->decision.has_value());
        QCOMPARE(over->decision->outcome, std::optional<matching::Outcome>(matching::Outcome::OverBudget));
        QCOMPARE(over->decision->amountFen, 10000000);
        QVERIFY(over->eligibleNow);
        QVERIFY(matching::ExplanationJson::render(over->explanation, rules::Language::En).contains(QStringLiteral("over budget")));
    }
};

QTEST_GUILESS_MAIN(TestMatchingShippedGolden)
#include "tst_matching_shipped_golden.moc"
