// The editor's live checks, findings on fields and table cells, completion
// and test runs, without widgets.
#include "authoring/EditorChecker.h"
#include "authoring/EditorCompletion.h"
#include "authoring/EditorDocument.h"
#include "authoring/EditorTestRun.h"
#include "catalog/FeedCatalog.h"

#include <QFile>
#include <QTest>

using namespace mianshen;
using namespace mianshen::authoring;

namespace {

EditorDocument shipped(const char *name)
{
    QFile f(QStringLiteral(":/policies/%1.json").arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return EditorDocument::fromSource(QString::fromUtf8(f.readAll())).value();
}

QStringList texts(const QList<EditorCandidate> &cs)
{
    QStringList out;
    for (const auto &c : cs)
        out << c.text;
    return out;
}

// A person policy with a tier table on awarded_count, one flag and two tests.
EditorDocument tiered()
{
    EditorDocument d = EditorDocument::blank(QStringLiteral("TIER-TEST"), QStringLiteral("person"));
    EditorDefinition tier;
    tier.name = QStringLiteral("tier");
    tier.label = EditorText{QStringLiteral("档次"), QStringLiteral("Tier")};
    EditorTable t;
    t.hit = QStringLiteral("first");
    t.inputs.append({QStringLiteral("count"), QStringLiteral("awarded_count")});
    t.rows.append({{QStringLiteral("[0..2]")}, QStringLiteral("yuan(100)"), std::nullopt});
    t.rows.append({{QStringLiteral(">= 5")}, QStringLiteral("yuan(50)"), std::nullopt});
    tier.table = t;
    d.definitions.append(tier);
    d.amount.expr = QStringLiteral("tier");
    d.flags.append(EditorRule{QStringLiteral("F-HIGH"), {QStringLiteral("金额高"), QStringLiteral("High amount")},
                              QStringLiteral("amount >= yuan(100)")});
    return d;
}

} // namespace

class TestEditorChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveTypeErrorHasColumn();
    void liveSyntaxError();
    void placeDecidesScopeAndType();
    void shippedPoliciesHaveNoErrors();
    void findingsLandOnFields();
    void tableGapsLandOnTheTable();
    void completionOffersFieldsAndFunctions();
    void testRunPassesAndFails();
};

void TestEditorChecker::liveTypeErrorHasColumn()
{
    EditorChecker checker(catalog::FeedCatalog::builtin());
    checker.setDocument(shipped("talent_living"));
    const QString text = QStringLiteral("person.social_insurance.count() > yuan(5)");
    const auto findings = checker.checkExpression(EditorPlace::Condition, 0, text);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].code, QStringLiteral("type-mismatch"));
    QVERIFY(findings[0].column >= 1 && findings[0].column <= int(text.size()));
    // The enum value typo of docs/policies.md.
    const QString typo = QStringLiteral("person.social_insurance.exists(s, s.insurance_type == 'pensoin')");
    const auto enumFindings = checker.checkExpression(EditorPlace::Condition, 0, typo);
    QCOMPARE(enumFindings.size(), 1);
    QCOMPARE(enumFindings[0].code, QStringLiteral("enum-value"));
    QCOMPARE(enumFindings[0].column, int(typo.indexOf(QStringLiteral("'pensoin'"))) + 1);
    // Fixed: nothing.
    QVERIFY(checker.checkExpression(EditorPlace::Condition, 0, QStringLiteral("person.social_insurance.exists(s, s.insurance_type == 'pension')")).isEmpty());
}

void TestEditorChecker::liveSyntaxError()
{
    EditorChecker checker(catalog::FeedCatalog::builtin());
    checker.setDocument(shipped("patent_pct"));
    const auto f = checker.checkExpression(EditorPlace::Condition, 0, QStringLiteral("item_count >= "));
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].code, QStringLiteral("syntax"));
    QCOMPARE(checker.checkExpression(EditorPlace::Condition, 0, QStringLiteral("  "))[0].code, QStringLiteral("empty"));
}

void TestEditorChecker::placeDecidesScopeAndType()
{
    EditorChecker checker(catalog::FeedCatalog::builtin());
    checker.setDocument(shipped("patent_pct"));
    // A condition must be bool; the amount money.
    QCOMPARE(checker.checkExpression(EditorPlace::Condition, 0, QStringLiteral("item_count"))[0].code, QStringLiteral("type-mismatch"));
    QVERIFY(checker.checkExpression(EditorPlace::Amount, 0, QStringLiteral("per_item * item_count")).isEmpty());
    // `amount` only in flags.
    QVERIFY(!checker.checkExpression(EditorPlace::Condition, 0, QStringLiteral("amount > yuan(1)")).isEmpty());
    QVERIFY(checker.checkExpression(EditorPlace::Flag, 0, QStringLiteral("amount > yuan(1)")).isEmpty());
    // A definition sees only those declared before it (item_count is #1).
    QVERIFY(!checker.checkExpression(EditorPlace::Definition, 0, QStringLiteral("item_count + 1")).isEmpty());
    QVERIFY(checker.checkExpression(EditorPlace::Definition, 2, QStringLiteral("item_count + 1")).isEmpty());
    QCOMPARE(checker.definitionsInScope(EditorPlace::Definition, 2), (QStringList{QStringLiteral("items"), QStringLiteral("item_count")}));
    // The other subject kind is not in scope.
    QCOMPARE(checker.checkExpression(EditorPlace::Condition, 0, QStringLiteral("person.registered"))[0].code, QStringLiteral("unknown-name"));
}

void TestEditorChecker::shippedPoliciesHaveNoErrors()
{
    for (const char *name : {"patent_invention", "patent_pct", "talent_home", "talent_living"}) {
        EditorChecker checker(catalog::FeedCatalog::builtin());
        checker.setDocument(shipped(name));
        QVERIFY2(!checker.hasErrors(), name);
        QVERIFY(checker.policy());
    }
}

void TestEditorChecker::findingsLandOnFields()
{
    EditorDocument d = shipped("patent_pct");
    d.conditions[2].expr = QStringLiteral("enterprise.registered_area == 441200");
    d.flags[0].id = QStringLiteral("bad id!");
    EditorChecker checker(catalog::FeedCatalog::builtin());
    checker.setDocument(d);
    QVERIFY(checker.hasErrors());
    const auto onExpr = checker.findingsUnder(QStringLiteral("conditions/2/expr"));
    QCOMPARE(onExpr.size(), 1);
    QVERIFY(onExpr[0].position >= 0);
    QVERIFY(onExpr[0].line > 0);
    QCOMPARE(checker.findingsUnder(QStringLiteral("flags/0/id")).size(), 1);
    QCOMPARE(checker.findingsUnder(QStringLiteral("flags/0/id"))[0].code, QStringLiteral("bad-id"));
    QVERIFY(checker.findingsUnder(QStringLiteral("conditions/1")).isEmpty());
}

void TestEditorChecker::tableGapsLandOnTheTable()
{
    EditorChecker checker(catalog::FeedCatalog::builtin());
    EditorDocument d = tiered();
    checker.setDocument(d);
    QVERIFY(!checker.hasErrors());
    const auto onTable = checker.findingsUnder(QStringLiteral("definitions/0/table"));
    QVERIFY(!onTable.isEmpty());
    bool gap = false;
    for (const auto &f : onTable)
        gap = gap || f.message.en.contains(QStringLiteral("gap")) || f.code.contains(QStringLiteral("gap"));
    QVERIFY2(gap, qPrintable(onTable[0].code + QLatin1Char(' ') + onTable[0].message.en));
    // An overlapping second row with another result is found on that row.
    d.definitions[0].table->rows[1].when[0] = QStringLiteral("<= 3");
    d.definitions[0].table->defaultValue = QStringLiteral("yuan(0)");
    checker.setDocument(d);
    const auto onRow = checker.findingsUnder(QStringLiteral("definitions/0/table/rules/1"));
    QVERIFY(!onRow.isEmpty());
}

void TestEditorChecker::completionOffersFieldsAndFunctions()
{
    const auto &cat = catalog::FeedCatalog::builtin();
    const EditorCompletion c(cat, QStringLiteral("person"), {QStringLiteral("tier")}, false);
    QString text = QStringLiteral("person.");
    auto r = c.complete(text, int(text.size()));
    QVERIFY(texts(r.candidates).contains(QStringLiteral("birth_date")));
    QVERIFY(texts(r.candidates).contains(QStringLiteral("social_insurance")));
    QVERIFY(texts(r.candidates).contains(QStringLiteral("registered")));
    text = QStringLiteral("person.social_insurance.ex");
    r = c.complete(text, int(text.size()));
    QCOMPARE(texts(r.candidates), QStringList{QStringLiteral("exists")});
    QCOMPARE(r.from, int(text.size()) - 2);
    text = QStringLiteral("person.social_insurance.exists(s, s.insu");
    r = c.complete(text, int(text.size()));
    QCOMPARE(texts(r.candidates), QStringList{QStringLiteral("insurance_type")});
    text = QStringLiteral("person.social_insurance.exists(s, s.empl");
    r = c.complete(text, int(text.size()));
    QVERIFY(texts(r.candidates).contains(QStringLiteral("employer")));
    text = QStringLiteral("person.social_insurance.exists(s, s.employer.sta");
    r = c.complete(text, int(text.size()));
    QCOMPARE(texts(r.candidates), QStringList{QStringLiteral("status")});
    text = QStringLiteral("ag");
    r = c.complete(text, 2);
    QVERIFY(texts(r.candidates).contains(QStringLiteral("age")));
    r = c.complete(QStringLiteral("ti"), 2);
    QCOMPARE(texts(r.candidates), QStringList{QStringLiteral("tier")});
    QVERIFY(!texts(c.complete(QStringLiteral("am"), 2).candidates).contains(QStringLiteral("amount")));
    const EditorCompletion flag(cat, QStringLiteral("person"), {}, true);
    QVERIFY(texts(flag.complete(QStringLiteral("am"), 2).candidates).contains(QStringLiteral("amount")));
}

void TestEditorChecker::testRunPassesAndFails()
{
    EditorDocument d = tiered();
    d.tests.append(EditorTestCase{QStringLiteral("registered_gets_100"), QStringLiteral("2021-09"), QStringLiteral("441202199003071232"),
                                  {{QStringLiteral("persons"), {{{QStringLiteral("id_number"), QStringLiteral("441202199003071232")},
                                                                {QStringLiteral("name"), QStringLiteral("李明")},
                                                                {QStringLiteral("gender"), QStringLiteral("M")},
                                                                {QStringLiteral("birth_date"), QStringLiteral("1990-03-07")},
                                                                {QStringLiteral("household_area"), QStringLiteral("441202")}}}}},
                                  std::nullopt, true, QStringLiteral("100.00"), QStringList{QStringLiteral("F-HIGH")}, QStringList()});
    d.tests.append(EditorTestCase{QStringLiteral("unregistered_not_eligible"), QStringLiteral("2021-09"), QStringLiteral("441202199003071232"),
                                  {}, std::nullopt, false, std::nullopt, std::nullopt, QStringList{QStringLiteral("registered")}});
    const EditorTestRun run(catalog::FeedCatalog::builtin());
    auto out = run.run(d, rules::Language::En);
    QCOMPARE(out.size(), 2);
    QVERIFY2(out[0].passed, qPrintable(out[0].message.en));
    QVERIFY2(out[1].passed, qPrintable(out[1].message.en));
    QVERIFY(!out[0].explanation.isEmpty());
    d.tests[0].expectAmount = QStringLiteral("200.00");
    out = run.run(d, rules::Language::En);
    QVERIFY(!out[0].passed);
    QVERIFY(!out[0].message.en.isEmpty());
    d.amount.expr = QStringLiteral("tier > 1"); // the policy no longer loads: nothing runs, and it says why
    out = run.run(d, rules::Language::En);
    QVERIFY(!out[0].passed && !out[1].passed);
    QVERIFY(out[1].message.en.startsWith(QStringLiteral("not run")));
}

QTEST_GUILESS_MAIN(TestEditorChecker)
#include "tst_editor_checker.moc"
