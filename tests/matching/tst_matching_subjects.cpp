// Who a run evaluates (issue 10): the registry's subjects plus every subject
// that appears in a feed the policy reads, registration being a condition a
// policy states (`person.registered`), never a hidden gate; and subject ids
// valid both as an id number and as a credit code, resolved through the
// registries. Real imports into SQLite and PostgreSQL, the run's own loader
// and engine.
#include "MatchingTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "feeds/Importer.h"
#include "matching/Engine.h"
#include "matching/SnapshotLoader.h"
#include "rules/PolicyLoader.h"

#include <QFile>
#include <QTest>

using namespace mianshen;

namespace {

// Persons: P0 registered with pension rows; P1 only in social_insurance; P2
// only in education (no policy here reads it); B registered, its id also a
// valid credit code.
const QByteArray P0 = "441202199003071232";
const QByteArray P1 = "441202198501010016";
const QByteArray P2 = "441202198602020029";
// Enterprises: E0 registered; A a credit code whose digits 7-14 read as a
// birth date (1990-05-12) and that is also a valid id number, registered as an
// enterprise; B such a code registered as a person; C such a code in no
// registry; D a credit code whose digits 7-14 read 0093-05-12 (no id number).
const QByteArray E0 = "91441200MA4W00001W";
const QByteArray A = "914412199005120076";
const QByteArray B = "914412199005120164";
const QByteArray C = "914412199005120252";
const QByteArray D = "914412009305120596";

QString policyText(const QString &code, const QString &subject, const QString &conditions)
{
    return QStringLiteral(R"J({"format": "mianshen-policy/1", "code": "%1", "version": 1, "title": {"zh": "测", "en": "T"},
  "legal_basis": {"document": "T-1"}, "department": {"zh": "测", "en": "T"}, "subject": "%2",
  "effective": {"from": "2021-01"}, "schedule": {"kind": "monthly"}, "conditions": [%3], "amount": "yuan(100)"})J")
        .arg(code, subject, conditions);
}

QString rule(const QString &id, const QString &expr)
{
    return QStringLiteral(R"({"id": "%1", "label": {"zh": "条", "en": "Rule"}, "expr": "%2"})").arg(id, expr);
}

} // namespace

class TestMatchingSubjects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subjectsOfARun_areRegistryPlusFeeds_data() { MIANSHEN_BOTH_DATABASES(); }
    void subjectsOfARun_areRegistryPlusFeeds();

private:
    QTemporaryDir m_files;
};

void TestMatchingSubjects::subjectsOfARun_areRegistryPlusFeeds()
{
    MIANSHEN_MATCHING_DB(db);
    feeds::Importer importer(db);
    auto import = [&](const QString &name, const QByteArray &content) {
        const QString path = m_files.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const feeds::ImportReport r = importer.import(path);
        QVERIFY2(r.imported(), qPrintable(r.message + u'\n' + r.toText()));
        return;
    };
    import(QStringLiteral("persons.csv"), "id_number,name,gender,birth_date,household_area\n"
                                          + P0 + ",李明,M,1990-03-07,441202\n" + B + ",王芳,F,1990-05-12,441202\n");
    import(QStringLiteral("enterprises.csv"), "credit_code,name,legal_rep_id_number,registered_area,established_date,status,industry_code,size\n"
                                              + E0 + ",示范科技," + P0 + ",441200-GX,2015-04-01,active,C3985,small\n"
                                              + A + ",双码科技," + P0 + ",441200-GX,2016-04-01,active,C3985,small\n");
    import(QStringLiteral("social_insurance.csv"), "id_number,employer_credit_code,month,paid_area,contribution_base,insurance_type\n"
                                                   + P0 + ',' + E0 + ",2021-08,441200-GX,6500,pension\n"
                                                   + P1 + ',' + E0 + ",2021-08,441200-GX,6500,pension\n");
    import(QStringLiteral("education.csv"), "id_number,level,full_time,school,major,graduation_date,certificate_no,overseas\n"
                                            + P2 + ",master,1,华南理工大学,材料,2019-06-30,C1,0\n");
    // The import resolves the ids valid both ways through the registries:
    // only C (in neither) is warned about, naming its line.
    {
        const QString path = m_files.filePath(QStringLiteral("bank_accounts.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("subject_id,bank_name,account_no,account_name,verified,updated_date\n" + A + ",B,622202020000123451,双码科技,1,2021-01-01\n" + B
                + ",B,622202020000123452,王芳,1,2021-01-01\n" + C + ",B,622202020000123453,无名,1,2021-01-01\n" + D
                + ",B,622202020000123454,旧码,1,2021-01-01\n");
        f.close();
        const feeds::ImportReport r = importer.import(path);
        QVERIFY2(r.imported(), qPrintable(r.toText()));
        QStringList warnings;
        for (const auto &p : r.problems)
            warnings << QString::number(p.line) + u'|' + p.codeName() + u'|' + p.value;
        QCOMPARE(warnings, (QStringList{u"4|AMBIGUOUS_SUBJECT_ID|"_qs + QString::fromLatin1(C),
                                        u"5|DANGLING_REFERENCE|"_qs + QString::fromLatin1(D)}));
    }

    const rules::PolicyLoader loader(catalog::FeedCatalog::builtin());
    std::vector<std::shared_ptr<const rules::Policy>> policies;
    for (const QString &text : {
             policyText(u"REG-SI"_qs, u"person"_qs, rule(u"registered"_qs, u"person.registered"_qs) + u',' + rule(u"pension"_qs, u"person.social_insurance.count() > 0"_qs)),
             policyText(u"ANY-SI"_qs, u"person"_qs, rule(u"pension"_qs, u"person.social_insurance.count() > 0"_qs)),
             policyText(u"ANY-BANK-P"_qs, u"person"_qs, rule(u"bank"_qs, u"person.bank_accounts.count() > 0"_qs)),
             policyText(u"ANY-BANK-E"_qs, u"enterprise"_qs, rule(u"bank"_qs, u"enterprise.bank_accounts.count() > 0"_qs))}) {
        rules::Diagnostics d;
        std::shared_ptr<const rules::Policy> p = loader.loadText(text, u"p.json"_qs, d);
        QVERIFY2(p && !d.hasErrors(), qPrintable(d.render(text, rules::Language::En)));
        policies.push_back(p);
    }
    std::vector<rules::ColumnUse> uses;
    for (const auto &p : policies)
        for (const rules::ColumnUse &u : p->columnUses)
            if (std::find(uses.begin(), uses.end(), u) == uses.end())
                uses.push_back(u);
    uses.push_back({u"education"_qs, u"level"_qs});   // read, but by no policy: P2 is nobody's subject
    matching::SnapshotLoader snapshotLoader(db, catalog::FeedCatalog::builtin());
    auto snapshot = snapshotLoader.load(uses);
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    std::vector<matching::EnginePolicy> engine;
    for (const auto &p : policies) {
        auto compiled = rules::CompiledPolicy::compile(*p, snapshot.value());
        QVERIFY2(compiled, qPrintable(compiled.error()));
        matching::EnginePolicy ep;
        ep.policy = std::const_pointer_cast<rules::Policy>(p);
        ep.version = 1;
        ep.compiled = compiled.value();
        engine.push_back(std::move(ep));
    }
    std::int32_t period = 0;
    QVERIFY(rules::parseMonthIndex(u"2021-09"_qs, period));
    matching::Engine run(snapshot.value(), engine, period);
    matching::Progress last;
    run.setProgress([&last](const matching::Progress &p) { last = p; });
    auto results = run.evaluate();
    QVERIFY2(results, qPrintable(results.error()));

    auto awarded = [&](std::size_t i) {
        QStringList ids;
        const rules::SubjectTable &t = snapshot->subjects(policies[i]->subject);
        for (const matching::EngineAward &a : results.value()[i].awards)
            ids << t.id(a.subject);
        ids.sort();
        return ids;
    };
    const auto &r = results.value();
    // REG-SI: P0, B (registry) and P1 (social insurance); P1 fails `registered`, B has no pension.
    QCOMPARE(r[0].evaluated, qint64(3));
    QCOMPARE(awarded(0), QStringList{QString::fromLatin1(P0)});
    QCOMPARE(r[0].failedByRule, (std::vector<qint64>{1, 1}));
    // ANY-SI: the same subjects; P1 qualifies without a registry row.
    QCOMPARE(r[1].evaluated, qint64(3));
    QCOMPARE(awarded(1), (QStringList{QString::fromLatin1(P1), QString::fromLatin1(P0)}));   // sorted
    // ANY-BANK-P: P0, B (registry) and C (kept for both kinds); A is an enterprise.
    QCOMPARE(r[2].evaluated, qint64(3));
    QCOMPARE(awarded(2), (QStringList{QString::fromLatin1(B), QString::fromLatin1(C)}));
    // ANY-BANK-E: E0, A (registry), C (both) and D (credit code only); never B.
    QCOMPARE(r[3].evaluated, qint64(4));
    QCOMPARE(awarded(3), (QStringList{QString::fromLatin1(D), QString::fromLatin1(A), QString::fromLatin1(C)}));   // sorted
    // P2 is in the snapshot (education) but in no feed these policies read.
    QVERIFY(snapshot->subjects(rules::SubjectKind::Person).find(QString::fromLatin1(P2)) >= 0);
    // The progress count ends at the number of evaluations.
    QCOMPARE(last.done, qint64(3 + 3 + 3 + 4));
    QCOMPARE(last.total, last.done);
}

QTEST_GUILESS_MAIN(TestMatchingSubjects)
#include "tst_matching_subjects.moc"
