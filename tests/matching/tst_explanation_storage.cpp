// Decisions store a compact form of their explanation (no texts), and
// ExplanationReader / ExplanationJson::rebuild give back the explanation JSON
// exactly as it was produced at decision time. The shipped policies over the
// demo generator's zone, on SQLite and PostgreSQL: for every decision two
// runs wrote (2021-09, then 2021-10 with its history), the rebuilt JSON
// equals ExplanationJson::fromTrace of a trace computed directly from the
// snapshot, and for every subject and every shipped policy (eligible or not,
// any gate) the stored form rebuilt with the policy version read back from
// published_policies equals the direct JSON. Each stored form is under 1 KB;
// a row written before the compact form (full JSON) is read as stored.

#include "MatchingTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "demo/DemoDataGenerator.h"
#include "domain/Month.h"
#include "feeds/Importer.h"
#include "matching/DecisionStore.h"
#include "matching/ExplanationJson.h"
#include "matching/ExplanationReader.h"
#include "matching/MatchingRun.h"
#include "matching/PolicyRepository.h"
#include "matching/SnapshotLoader.h"
#include "rules/CompiledPolicy.h"
#include "rules/PolicyNodes.h"
#include "rules/TraceRecord.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace mianshen;

namespace {

QString prepare(store::Database &db, const QString &dir)
{
    feeds::Importer importer(db, catalog::FeedCatalog::builtin());
    QStringList files = QDir(dir).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    std::stable_sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        auto rank = [](const QString &f) { return f == u"persons.csv" || f == u"enterprises.csv" ? 0 : 1; };
        return rank(a) < rank(b);
    });
    for (const QString &f : files) {
        const auto report = importer.import(dir + QLatin1Char('/') + f);
        if (!report.imported())
            return f + QStringLiteral(": ") + report.message;
    }
    matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
    const QString policies = QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies");
    for (const QString &f : QDir(policies).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto r = repo.publishFile(policies + QLatin1Char('/') + f, QStringLiteral("tester"));
        if (!r)
            return r.error();
    }
    return {};
}

// Where two JSON texts first differ, for a readable failure.
QString firstDifference(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return QStringLiteral("at %1:\n  rebuilt: …%2\n  direct:  …%3").arg(i).arg(a.mid(qMax<qsizetype>(0, i - 60), 160),
                                                                          b.mid(qMax<qsizetype>(0, i - 60), 160));
}

// The published policies of a period, compiled over one snapshot of every
// column they read, with the history the period's run counted.
struct Direct
{
    std::vector<std::shared_ptr<rules::Policy>> policies;
    std::vector<int> versions;
    std::optional<rules::Snapshot> snapshot;
    std::vector<std::shared_ptr<const rules::CompiledPolicy>> compiled;
    matching::DecisionStore::History history;
    int month = 0;

    QString load(store::Database &db, const QString &period)
    {
        month = domain::Month::parse(period)->index();
        matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
        auto published = repo.effectiveFor(period);
        if (!published)
            return published.error();
        std::vector<rules::ColumnUse> uses;
        for (const auto &p : published.value()) {
            auto policy = repo.load(p);
            if (!policy)
                return policy.error();
            for (const auto &u : policy.value()->columnUses)
                if (std::find(uses.begin(), uses.end(), u) == uses.end())
                    uses.push_back(u);
            policies.push_back(policy.value());
            versions.push_back(p.version);
        }
        matching::SnapshotLoader loader(db, catalog::FeedCatalog::builtin());
        auto s = loader.load(uses);
        if (!s)
            return s.error();
        snapshot.emplace(std::move(s.value()));
        for (const auto &p : policies) {
            auto c = rules::CompiledPolicy::compile(*p, *snapshot);
            if (!c)
                return c.error();
            compiled.push_back(c.value());
        }
        auto h = matching::DecisionStore(db).historyBefore(period);
        if (!h)
            return h.error();
        history = std::move(h.value());
        return {};
    }

    rules::Trace explain(std::size_t p, std::int32_t subject) const
    {
        rules::SubjectInputs in;
        const QString id = snapshot->subjects(policies[p]->subject).id(subject);
        if (const auto *e = history.find(policies[p]->code, id))
            in = e->inputs();
        return compiled[p]->explain(subject, month, in);
    }
};

} // namespace

class TestExplanationStorage final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        demo::DemoDataOptions options;
        options.persons = 10000;
        options.enterprises = 1000;
        options.seed = 11;
        options.outputDirectory = m_dir.filePath(QStringLiteral("demo"));
        auto generated = demo::DemoDataGenerator(options).generate();
        QVERIFY2(generated.ok(), qPrintable(generated.error()));
    }

    void rebuiltExplanations_equalTheDirectOnes_everyDecisionAndSubject_data() { MIANSHEN_BOTH_DATABASES(); }
    void rebuiltExplanations_equalTheDirectOnes_everyDecisionAndSubject()
    {
        MIANSHEN_MATCHING_DB(db);
        const QString error = prepare(db, m_dir.filePath(QStringLiteral("demo")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        matching::ExplanationReader reader(db, catalog::FeedCatalog::builtin());
        int decisions = 0, subjects = 0, eligible = 0, gated = 0;
        QSet<QString> policiesSeen;
        for (const QString &period : {QStringLiteral("2021-09"), QStringLiteral("2021-10")}) {
            Direct direct;
            QString loadError = direct.load(db, period);   // before the run: the history it counts
            QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
            QCOMPARE(direct.policies.size(), std::size_t(6));
            matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
            auto result = run.execute({period, {}, QStringLiteral("tester"), 2, false});
            QVERIFY2(result, qPrintable(result ? QString() : result.error()));
            auto changes = matching::DecisionStore(db).changes(result->runId);
            QVERIFY2(changes, qPrintable(changes ? QString() : changes.error()));
            QVERIFY2(changes->size() > 20, qPrintable(QString::number(changes->size())));
            // 1. Every decision the run stored.
            for (const matching::Decision &d : changes.value()) {
                QVERIFY2(matching::ExplanationJson::isCompact(d.explanation), qPrintable(d.explanation.left(80)));
                QVERIFY2(d.explanation.toUtf8().size() <= 1024, qPrintable(d.explanation));
                QVERIFY(d.change != matching::Change::Withdrawn);   // first runs of their periods
                std::size_t p = 0;
                while (p < direct.policies.size() && direct.policies[p]->code != d.policyCode)
                    ++p;
                QVERIFY(p < direct.policies.size());
                QCOMPARE(d.policyVersion, direct.versions[p]);
                const std::int32_t s = direct.snapshot->subjects(direct.policies[p]->subject).find(d.subjectId);
                QVERIFY(s >= 0);
                const QString expected = matching::ExplanationJson::fromTrace(
                    direct.explain(p, s), d.outcome,
                    d.outcome == matching::Outcome::OverBudget ? matching::ExplanationNote::OverBudget : matching::ExplanationNote::None);
                const auto rebuilt = reader.json(d);
                QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error()));
                QVERIFY2(rebuilt.value() == expected, qPrintable(d.subjectId + u' ' + firstDifference(rebuilt.value(), expected)));
                ++decisions;
                policiesSeen.insert(d.policyCode);
            }
            // 2. Every subject and policy, through the stored form and the
            // policy version as published_policies gives it back.
            matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
            for (std::size_t p = 0; p < direct.policies.size(); ++p) {
                auto published = repo.get(direct.policies[p]->code, direct.versions[p]);
                QVERIFY(published);
                auto readBack = repo.load(published.value());
                QVERIFY(readBack);
                const rules::PolicyNodes nodes(*readBack.value());
                const rules::SubjectTable &table = direct.snapshot->subjects(direct.policies[p]->subject);
                for (std::int32_t s = 0; s < table.size(); ++s) {
                    const rules::Trace trace = direct.explain(p, s);
                    const auto outcome = trace.evaluation.eligible() ? std::optional(matching::Outcome::Review) : std::nullopt;
                    const QString stored = matching::ExplanationJson::stored(trace, outcome, matching::ExplanationNote::None);
                    QVERIFY2(matching::ExplanationJson::isCompact(stored), qPrintable(table.id(s)));
                    QVERIFY2(stored.toUtf8().size() <= 1024, qPrintable(stored));
                    const auto rebuilt = matching::ExplanationJson::rebuild(stored, *readBack.value(), nodes, table.id(s));
                    QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error()));
                    const QString expected = matching::ExplanationJson::fromTrace(trace, outcome, matching::ExplanationNote::None);
                    QVERIFY2(rebuilt.value() == expected,
                             qPrintable(direct.policies[p]->code + u' ' + table.id(s) + u' ' + firstDifference(rebuilt.value(), expected)));
                    ++subjects;
                    eligible += trace.evaluation.eligible() ? 1 : 0;
                    gated += trace.steps.size() == 1 ? 1 : 0;
                }
            }
        }
        QVERIFY(policiesSeen.size() >= 4);   // decisions of most policies; every subject of all six above
        QVERIFY(eligible > 50);
        QVERIFY(gated > 0);
        qInfo("%d stored decisions and %d subject-policy explanations rebuilt equal (%d eligible, %d stopped at the gate)",
              decisions, subjects, eligible, gated);
    }

    // A stacking block and the notes survive the stored form.
    void storedForm_keepsOutcomeNoteAndStacking()
    {
        rules::Trace t;
        t.policyCode = QStringLiteral("X");
        t.period = QStringLiteral("2021-09");
        t.evaluation.status = rules::Evaluation::Status::Eligible;
        rules::Policy policy;
        policy.code = QStringLiteral("X");
        policy.stackingGroup = QStringLiteral("G");
        const rules::PolicyNodes nodes(policy);
        const matching::StackingBlock block{QStringLiteral("G"), QStringLiteral("W"), true};
        for (auto note : {matching::ExplanationNote::None, matching::ExplanationNote::OverBudget, matching::ExplanationNote::NoLongerAwarded}) {
            for (auto outcome : {std::optional<matching::Outcome>(), std::optional(matching::Outcome::Auto), std::optional(matching::Outcome::OverBudget)}) {
                for (auto stacking : {std::optional<matching::StackingBlock>(), std::optional(block)}) {
                    rules::Trace::Step gate;
                    gate.kind = rules::Trace::Step::Kind::Gate;
                    t.steps = {gate};
                    const QString stored = matching::ExplanationJson::stored(t, outcome, note, stacking);
                    QVERIFY(matching::ExplanationJson::isCompact(stored));
                    const auto rebuilt = matching::ExplanationJson::rebuild(stored, policy, nodes, QString());
                    QVERIFY(rebuilt);
                    const auto rebuiltTrace = rules::TraceRecord::of(t);
                    QVERIFY(rebuiltTrace);
                    const QJsonObject o = QJsonDocument::fromJson(rebuilt->toUtf8()).object();
                    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), outcome ? matching::outcomeName(*outcome) : QString());
                    QCOMPARE(o.value(QStringLiteral("note")).toObject().value(QStringLiteral("en")).toString().isEmpty(),
                             note == matching::ExplanationNote::None && !stacking);
                    QCOMPARE(matching::ExplanationJson::stacking(rebuilt.value()).has_value(), stacking.has_value());
                    if (stacking)
                        QCOMPARE(matching::ExplanationJson::stacking(rebuilt.value())->winner, QStringLiteral("W"));
                }
            }
        }
    }

    // Rows written before the compact form hold the full JSON: read as stored.
    void oldRows_fullJson_readAsStored_data() { MIANSHEN_BOTH_DATABASES(); }
    void oldRows_fullJson_readAsStored()
    {
        MIANSHEN_MATCHING_DB(db);
        matching::ExplanationReader reader(db, catalog::FeedCatalog::builtin());
        matching::Decision d;
        d.policyCode = QStringLiteral("NOT-PUBLISHED");
        d.policyVersion = 1;
        d.subjectId = QStringLiteral("441202199001010029");
        d.explanation = QStringLiteral("{\"policy\":\"NOT-PUBLISHED\",\"text\":{\"zh\":\"旧\",\"en\":\"old\"}}");
        const auto json = reader.json(d);
        QVERIFY(json);
        QCOMPARE(json.value(), d.explanation);
        QCOMPARE(reader.text(d, rules::Language::En).value(), QStringLiteral("old"));
        d.explanation = QStringLiteral("[24260,0,0,-1,-1,0,0,0,[[0]]]");
        QVERIFY(!reader.json(d));   // compact, but its policy version is not published: says so
    }
};

QTEST_GUILESS_MAIN(TestExplanationStorage)
#include "tst_explanation_storage.moc"
