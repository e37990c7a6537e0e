// The policy file loader (JSON structure errors with positions), the static
// checker (never/always true, flags that cannot fire, negative amounts,
// decision-table gaps and overlaps) and the shipped policies.
#include "PolicyFixture.h"

#include "rules/CompiledPolicy.h"
#include "rules/PolicyChecker.h"
#include "rules/SnapshotBuilder.h"

#include <QDir>
#include <QtTest>

using namespace mianshen::rules;

namespace {

const mianshen::catalog::FeedCatalog &cat()
{
    return mianshen::catalog::FeedCatalog::builtin();
}

// The minimal valid policy, with `replace` substituted for `marker`.
QString minimal(const QString &marker = QString(), const QString &replacement = QString())
{
    QString text = QString::fromUtf8(R"J({
  "format": "mianshen-policy/1",
  "code": "MIN-1",
  "version": 1,
  "title": {"zh": "最小", "en": "Minimal"},
  "legal_basis": {"document": "D-1"},
  "department": {"zh": "部门", "en": "Department"},
  "subject": "person",
  "effective": {"from": "2021-01"},
  "schedule": {"kind": "monthly"},
  "conditions": [{"id": "registered", "label": {"zh": "已登记", "en": "Registered"}, "expr": "person.registered"}, {"id": "c", "label": {"zh": "条件", "en": "Condition"}, "expr": "person.gender == 'M'"}],
  "amount": "yuan(1)"
}
)J");
    if (!marker.isEmpty()) {
        Q_ASSERT(text.contains(marker));
        text.replace(marker, replacement);
    }
    return text;
}

std::vector<Diagnostic> checkText(const QString &text, std::unique_ptr<Policy> *out = nullptr)
{
    Diagnostics d;
    auto p = PolicyLoader(cat()).loadText(text, QStringLiteral("x.json"), d);
    if (!d.hasErrors())
        PolicyChecker(cat()).check(*p, d);
    if (out)
        *out = std::move(p);
    return d.items();
}

bool hasCode(const std::vector<Diagnostic> &items, const QString &code, Severity severity)
{
    for (const Diagnostic &d : items)
        if (d.code == code && d.severity == severity)
            return true;
    return false;
}

QString dump(const std::vector<Diagnostic> &items)
{
    QString s;
    for (const Diagnostic &d : items)
        s += d.render(QString(), Language::En);
    return s;
}

} // namespace

class TestPolicyFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimalPolicy_loadsClean();
    void badFile_reportsWhereAndWhat_data();
    void badFile_reportsWhereAndWhat();
    void deeplyNestedJson_isAnError();
    void checker_findsProblems_data();
    void checker_findsProblems();
    void checker_quietWhenNotProvable_data();
    void checker_quietWhenNotProvable();
    void ruleIds_asTheBureauWritesThem_data();
    void ruleIds_asTheBureauWritesThem();
    void decisionTable_gapsAndOverlapsAreFound();
    void shippedPolicies_loadCheckCleanAndPassTheirTests_data();
    void shippedPolicies_loadCheckCleanAndPassTheirTests();
    void compiledPolicy_exposesColumnsAndPushDowns();
    void monthlyPolicy_periodPaidOutsideMatching_isAlreadyAwarded();
    void snapshotBuilder_groupsRowsAndResolvesReferences();
    void snapshotBuilder_bulkRowsMatchTheSetters();
};

void TestPolicyFiles::minimalPolicy_loadsClean()
{
    const auto items = checkText(minimal());
    QVERIFY2(!hasCode(items, QString(), Severity::Error) && items.empty(), qPrintable(dump(items)));
}

void TestPolicyFiles::badFile_reportsWhereAndWhat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QStringLiteral("{\n  \"code\": ,\n}") << 2 << 11 << QStringLiteral("json");
    QTest::newRow("trailing comma") << minimal(QStringLiteral("\"yuan(1)\"\n}"), QStringLiteral("\"yuan(1)\",\n}")) << 13 << 1 << QStringLiteral("json");
    QTest::newRow("unterminated string") << QStringLiteral("{\"code\": \"ABC") << 1 << 14 << QStringLiteral("json");
    QTest::newRow("duplicate key") << minimal(QStringLiteral("\"version\": 1,"), QStringLiteral("\"version\": 1, \"version\": 2,")) << 4 << 17 << QStringLiteral("json");
    QTest::newRow("not an object") << QStringLiteral("[1, 2]") << 1 << 1 << QStringLiteral("wrong-kind");
    QTest::newRow("missing code") << minimal(QStringLiteral("  \"code\": \"MIN-1\",\n"), QString()) << 1 << 1 << QStringLiteral("missing-field");
    QTest::newRow("bad code") << minimal(QStringLiteral("\"MIN-1\""), QStringLiteral("\"min 1\"")) << 3 << 11 << QStringLiteral("bad-code");
    QTest::newRow("version not a number") << minimal(QStringLiteral("\"version\": 1"), QStringLiteral("\"version\": \"1\"")) << 4 << 14 << QStringLiteral("wrong-kind");
    QTest::newRow("unknown field") << minimal(QStringLiteral("\"version\": 1,"), QStringLiteral("\"version\": 1, \"colour\": 1,")) << 4 << 17 << QStringLiteral("unknown-field");
    QTest::newRow("bad subject") << minimal(QStringLiteral("\"person\""), QStringLiteral("\"people\"")) << 8 << 14 << QStringLiteral("bad-subject");
    QTest::newRow("bad month") << minimal(QStringLiteral("\"2021-01\""), QStringLiteral("\"2021-13\"")) << 9 << 25 << QStringLiteral("bad-month");
    QTest::newRow("bad schedule") << minimal(QStringLiteral("\"monthly\""), QStringLiteral("\"weekly\"")) << 10 << 24 << QStringLiteral("bad-schedule");
    QTest::newRow("missing label language") << minimal(QStringLiteral("{\"zh\": \"条件\", \"en\": \"Condition\"}"), QStringLiteral("{\"zh\": \"条件\"}")) << 11 << 134 << QStringLiteral("missing-field");
    QTest::newRow("bad rule id") << minimal(QStringLiteral("\"id\": \"c\""), QStringLiteral("\"id\": \"C 1\"")) << 11 << 120 << QStringLiteral("bad-id");
    QTest::newRow("amount not money") << minimal(QStringLiteral("\"yuan(1)\""), QStringLiteral("\"1\"")) << 12 << 13 << QStringLiteral("type-mismatch");
    QTest::newRow("expression error inside an escaped string") << minimal(QStringLiteral("\"person.gender == 'M'\""), QStringLiteral("\"person.gender == \\u0027M\\u0027 && nope\"")) << 11 << 210 << QStringLiteral("unknown-name");
    QTest::newRow("budget not money") << minimal(QStringLiteral("\"version\": 1,"), QStringLiteral("\"version\": 1, \"budget\": {\"yuan\": \"1.234\"},")) << 4 << 36 << QStringLiteral("bad-money");
    QTest::newRow("test with unknown feed") << minimal(QStringLiteral("\"yuan(1)\""), QStringLiteral("\"yuan(1)\", \"tests\": [{\"name\": \"t\", \"period\": \"2021-09\", \"subject\": \"441202199003071232\", \"records\": {\"salaries\": []}, \"expect\": {\"eligible\": true}}]")) << 12 << 126 << QStringLiteral("unknown-feed");
    QTest::newRow("test with unknown column") << minimal(QStringLiteral("\"yuan(1)\""), QStringLiteral("\"yuan(1)\", \"tests\": [{\"name\": \"t\", \"period\": \"2021-09\", \"subject\": \"441202199003071232\", \"records\": {\"persons\": [{\"salary\": \"1\"}]}, \"expect\": {\"eligible\": true}}]")) << 12 << 127 << QStringLiteral("unknown-column");
    QTest::newRow("test expects an unknown flag") << minimal(QStringLiteral("\"yuan(1)\""), QStringLiteral("\"yuan(1)\", \"tests\": [{\"name\": \"t\", \"period\": \"2021-09\", \"subject\": \"441202199003071232\", \"records\": {}, \"expect\": {\"eligible\": true, \"flags\": [\"nope\"]}}]")) << 12 << 156 << QStringLiteral("unknown-id");
}

void TestPolicyFiles::badFile_reportsWhereAndWhat()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, code);
    Diagnostics d;
    PolicyLoader(cat()).loadText(text, QStringLiteral("x.json"), d);
    QVERIFY(d.hasErrors());
    const Diagnostic &first = d.items().front();
    QVERIFY2(first.code == code, qPrintable(first.render(text, Language::En)));
    QVERIFY2(first.line == line && first.column == column, qPrintable(first.render(text, Language::En)));
    QVERIFY(!first.message.zh.isEmpty() && !first.message.en.isEmpty());
}

// Condition and flag ids may hold upper-case letters and '-' (F-BANK);
// definition names stay lower-case names; ids differing only in case clash.
void TestPolicyFiles::ruleIds_asTheBureauWritesThem_data()
{
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("error");   // empty: loads clean
    const QString flags = QStringLiteral("\"yuan(1)\", \"flags\": [%1]");
    const QString f = QStringLiteral("{\"id\": \"%1\", \"label\": {\"zh\": \"标\", \"en\": \"F\"}, \"expr\": \"person.bank_accounts.count() == 0\"}");
    QTest::newRow("upper case and hyphen") << flags.arg(f.arg(QStringLiteral("F-BANK")) + u',' + f.arg(QStringLiteral("F-CREDIT-RECENT"))) << QString();
    QTest::newRow("same id twice") << flags.arg(f.arg(QStringLiteral("F-BANK")) + u',' + f.arg(QStringLiteral("F-BANK"))) << QStringLiteral("duplicate-id");
    QTest::newRow("ids differing only in case") << flags.arg(f.arg(QStringLiteral("F-BANK")) + u',' + f.arg(QStringLiteral("f-bank"))) << QStringLiteral("duplicate-id");
    QTest::newRow("flag id as a condition id in another case") << flags.arg(f.arg(QStringLiteral("C"))) << QStringLiteral("duplicate-id");
    QTest::newRow("starts with a hyphen") << flags.arg(f.arg(QStringLiteral("-BANK"))) << QStringLiteral("bad-id");
    QTest::newRow("space inside") << flags.arg(f.arg(QStringLiteral("F BANK"))) << QStringLiteral("bad-id");
}

void TestPolicyFiles::ruleIds_asTheBureauWritesThem()
{
    QFETCH(QString, replacement);
    QFETCH(QString, error);
    const QString text = minimal(QStringLiteral("\"yuan(1)\""), replacement);
    Diagnostics d;
    const auto policy = PolicyLoader(cat()).loadText(text, QStringLiteral("x.json"), d);
    if (error.isEmpty()) {
        QVERIFY2(!d.hasErrors(), qPrintable(d.items().empty() ? QString() : d.items().front().render(text, Language::En)));
        QCOMPARE(policy->flags.size(), std::size_t(2));
        QCOMPARE(policy->flags[0].id, QStringLiteral("F-BANK"));
        QCOMPARE(policy->flags[1].id, QStringLiteral("F-CREDIT-RECENT"));
    } else {
        QVERIFY(d.hasErrors());
        QVERIFY2(d.items().front().code == error, qPrintable(d.items().front().render(text, Language::En)));
    }
}

void TestPolicyFiles::deeplyNestedJson_isAnError()
{
    const QString text = QString(100000, u'[') + QString(100000, u']');
    Diagnostics d;
    PolicyLoader(cat()).loadText(text, QStringLiteral("x.json"), d);
    QVERIFY(d.hasErrors());
    QVERIFY(d.items().front().message.en.contains(QStringLiteral("nesting deeper")));
}

void TestPolicyFiles::checker_findsProblems_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isError");
    const QString cond = QStringLiteral("\"person.gender == 'M'\"");
    QTest::newRow("never true: constant") << cond << QStringLiteral("\"1 > 2\"") << QStringLiteral("never-true") << true;
    QTest::newRow("never true: count below zero") << cond << QStringLiteral("\"person.education.count() < 0\"") << QStringLiteral("never-true") << true;
    QTest::newRow("never true: range of skill level") << cond << QStringLiteral("\"person.skill_certificates.exists(s, s.level > 5) && person.skill_certificates.count() > 5 && 6 <= 5\"") << QStringLiteral("never-true") << true;
    QTest::newRow("never true: and with false") << cond << QStringLiteral("\"person.gender == 'M' && false\"") << QStringLiteral("never-true") << true;
    QTest::newRow("always true: count at least zero") << cond << QStringLiteral("\"person.education.count() >= 0\"") << QStringLiteral("always-true") << false;
    QTest::newRow("always true: or with true") << cond << QStringLiteral("\"person.gender == 'F' || 2 > 1\"") << QStringLiteral("always-true") << false;
    QTest::newRow("negative amount") << QStringLiteral("\"yuan(1)\"") << QStringLiteral("\"yuan(100) - awarded_total\"") << QStringLiteral("negative-amount") << false;
    QTest::newRow("negative amount literal") << QStringLiteral("\"yuan(1)\"") << QStringLiteral("\"yuan(-1)\"") << QStringLiteral("negative-amount") << false;
    QTest::newRow("flag never fires") << QStringLiteral("\"amount\": \"yuan(1)\"")
                                      << QStringLiteral("\"amount\": \"yuan(1)\", \"flags\": [{\"id\": \"f\", \"label\": {\"zh\": \"标\", \"en\": \"F\"}, \"expr\": \"amount < yuan(0)\"}]")
                                      << QStringLiteral("flag-never") << false;
    const QString capped = QStringLiteral("\"amount\": \"min(yuan(50000), yuan(5000) * person.education.count())\"");
    const QString flag = QStringLiteral(", \"flags\": [{\"id\": \"F-HIGH\", \"label\": {\"zh\": \"高额\", \"en\": \"High\"}, \"expr\": \"%1\"}]");
    QTest::newRow("flag above the amount's cap never fires") << QStringLiteral("\"amount\": \"yuan(1)\"")
                                      << capped + flag.arg(QStringLiteral("amount > yuan(100000)")) << QStringLiteral("flag-never") << false;
    QTest::newRow("flag below the amount's floor always fires") << QStringLiteral("\"amount\": \"yuan(1)\"")
                                      << QStringLiteral("\"amount\": \"max(yuan(2000), yuan(10) * person.education.count())\"") + flag.arg(QStringLiteral("amount >= yuan(1000)"))
                                      << QStringLiteral("always-true") << false;
    const QString tier = QStringLiteral("\"definitions\": [{\"name\": \"tier\", \"label\": {\"zh\": \"档\", \"en\": \"Tier\"}, \"table\": "
                                        "{\"hit\": \"first\", \"inputs\": [{\"name\": \"n\", \"expr\": \"person.education.count()\"}], "
                                        "\"rules\": [{\"when\": [\">= 2\"], \"then\": \"yuan(3000)\"}, {\"when\": [\"< 2\"], \"then\": \"yuan(1000)\"}], \"default\": \"yuan(500)\"}}], ");
    const QString guard = QStringLiteral("\"conditions\": [{\"id\": \"registered\", \"label\": {\"zh\": \"已登记\", \"en\": \"Registered\"}, \"expr\": \"person.registered\"}, ");
    QTest::newRow("never true: table outputs below the bar") << guard
                                      << tier + guard + QStringLiteral("{\"id\": \"big\", \"label\": {\"zh\": \"大\", \"en\": \"Big\"}, \"expr\": \"tier > yuan(5000)\"}, ")
                                      << QStringLiteral("never-true") << true;
    QTest::newRow("always true: table outputs all positive") << guard
                                      << tier + guard + QStringLiteral("{\"id\": \"some\", \"label\": {\"zh\": \"有\", \"en\": \"Some\"}, \"expr\": \"tier > yuan(0)\"}, ")
                                      << QStringLiteral("always-true") << false;
}

// The checks warn only when they can prove it: no warning for a flag or
// condition that can go either way given the amount's and the table's ranges.
void TestPolicyFiles::checker_quietWhenNotProvable_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("replacement");
    const QString flag = QStringLiteral(", \"flags\": [{\"id\": \"F-HIGH\", \"label\": {\"zh\": \"高额\", \"en\": \"High\"}, \"expr\": \"%1\"}]");
    QTest::newRow("flag within the cap") << QStringLiteral("\"amount\": \"yuan(1)\"")
        << QStringLiteral("\"amount\": \"min(yuan(50000), yuan(5000) * person.education.count())\"") + flag.arg(QStringLiteral("amount > yuan(40000)"));
    // money x decimal is a hundredth of the product of the stored values
    QTest::newRow("flag on half of an amount with a floor") << QStringLiteral("\"amount\": \"yuan(1)\"")
        << QStringLiteral("\"amount\": \"max(yuan(1000), yuan(10) * person.education.count()) * 0.5\"") + flag.arg(QStringLiteral("amount < yuan(2000)"));
    QTest::newRow("flag on an amount divided by a decimal") << QStringLiteral("\"amount\": \"yuan(1)\"")
        << QStringLiteral("\"amount\": \"min(yuan(3000), yuan(5000) * person.education.count()) / 0.5\"") + flag.arg(QStringLiteral("amount > yuan(5000)"));
    QTest::newRow("flag on an uncapped amount") << QStringLiteral("\"amount\": \"yuan(1)\"")
        << QStringLiteral("\"amount\": \"yuan(5000) * person.education.count()\"") + flag.arg(QStringLiteral("amount > yuan(100000)"));
    const QString tier = QStringLiteral("\"definitions\": [{\"name\": \"tier\", \"label\": {\"zh\": \"档\", \"en\": \"Tier\"}, \"table\": "
                                        "{\"hit\": \"first\", \"inputs\": [{\"name\": \"n\", \"expr\": \"person.education.count()\"}], "
                                        "\"rules\": [{\"when\": [\">= 2\"], \"then\": \"yuan(3000)\"}], \"default\": \"yuan(0)\"}}], ");
    const QString guard = QStringLiteral("\"conditions\": [{\"id\": \"registered\", \"label\": {\"zh\": \"已登记\", \"en\": \"Registered\"}, \"expr\": \"person.registered\"}, ");
    QTest::newRow("table condition that can go either way") << guard
        << tier + guard + QStringLiteral("{\"id\": \"some\", \"label\": {\"zh\": \"有\", \"en\": \"Some\"}, \"expr\": \"tier > yuan(0)\"}, ");
}

void TestPolicyFiles::checker_quietWhenNotProvable()
{
    QFETCH(QString, marker);
    QFETCH(QString, replacement);
    const auto items = checkText(minimal(marker, replacement));
    for (const char *code : {"flag-never", "never-true", "always-true"})
        QVERIFY2(!hasCode(items, QString::fromLatin1(code), Severity::Warning) && !hasCode(items, QString::fromLatin1(code), Severity::Error),
                 qPrintable(dump(items)));
}

void TestPolicyFiles::checker_findsProblems()
{
    QFETCH(QString, marker);
    QFETCH(QString, replacement);
    QFETCH(QString, code);
    QFETCH(bool, isError);
    const auto items = checkText(minimal(marker, replacement));
    QVERIFY2(hasCode(items, code, isError ? Severity::Error : Severity::Warning), qPrintable(dump(items)));
}

void TestPolicyFiles::decisionTable_gapsAndOverlapsAreFound()
{
    auto withTable = [](const QString &hit, const QString &rules, const QString &extra = QString()) {
        return minimal(QStringLiteral("\"amount\": \"yuan(1)\""),
                       QString::fromUtf8(R"J("amount": {"table": {"hit": "%1", "inputs": [{"name": "degree", "expr": "person.education.exists(e, e.level == 'master') ? 'master' : person.education.exists(e, e.level == 'bachelor') ? 'bachelor' : 'none'"}, {"name": "age", "expr": "age(person.birth_date, first_day(period))"}], "rules": [%2]%3}})J")
                           .arg(hit, rules, extra));
    };
    const QString complete = QString::fromUtf8(R"J({"when": ["'master'", "<= 40"], "then": "yuan(2000)"}, {"when": ["'master'", "> 40"], "then": "yuan(1000)"}, {"when": ["'bachelor', 'none'", "-"], "then": "yuan(500)"})J");
    auto items = checkText(withTable(QStringLiteral("first"), complete));
    QVERIFY2(!hasCode(items, QStringLiteral("table-gap"), Severity::Warning) && !hasCode(items, QStringLiteral("table-overlap"), Severity::Warning), qPrintable(dump(items)));

    const QString gap = QString::fromUtf8(R"J({"when": ["'master'", "<= 40"], "then": "yuan(2000)"}, {"when": ["'bachelor'", "[20..35]"], "then": "yuan(500)"})J");
    items = checkText(withTable(QStringLiteral("first"), gap));
    QVERIFY2(hasCode(items, QStringLiteral("table-gap"), Severity::Warning), qPrintable(dump(items)));
    QVERIFY2(dump(items).contains(QStringLiteral("degree='master', age=41")), qPrintable(dump(items)));
    QVERIFY2(dump(items).contains(QStringLiteral("(12 case(s)")), qPrintable(dump(items)));
    // a default closes the gaps
    items = checkText(withTable(QStringLiteral("first"), gap, QStringLiteral(", \"default\": \"yuan(0)\"")));
    QVERIFY2(!hasCode(items, QStringLiteral("table-gap"), Severity::Warning), qPrintable(dump(items)));

    const QString overlap = QString::fromUtf8(R"J({"when": ["'master'", "<= 40"], "then": "yuan(2000)"}, {"when": ["'master'", ">= 35"], "then": "yuan(1000)"}, {"when": ["-", "-"], "then": "yuan(1)"})J");
    items = checkText(withTable(QStringLiteral("first"), overlap));
    QVERIFY2(hasCode(items, QStringLiteral("table-overlap"), Severity::Warning), qPrintable(dump(items)));
    QVERIFY2(dump(items).contains(QStringLiteral("rules 1 and 2")), qPrintable(dump(items)));
    // collect tables add up overlapping rules on purpose
    items = checkText(withTable(QStringLiteral("collect_sum"), overlap));
    QVERIFY2(!hasCode(items, QStringLiteral("table-overlap"), Severity::Warning), qPrintable(dump(items)));

    const QString shadowed = QString::fromUtf8(R"J({"when": ["-", "<= 60"], "then": "yuan(2000)"}, {"when": ["'master'", "<= 40"], "then": "yuan(1000)"}, {"when": ["-", "> 60"], "then": "yuan(1)"})J");
    items = checkText(withTable(QStringLiteral("first"), shadowed));
    QVERIFY2(hasCode(items, QStringLiteral("table-shadowed"), Severity::Warning), qPrintable(dump(items)));

    // cells are type-checked against their input
    items = checkText(withTable(QStringLiteral("first"), QString::fromUtf8(R"J({"when": ["'doctorate'", "-"], "then": "yuan(1)"})J")));
    QVERIFY2(hasCode(items, QStringLiteral("enum-value"), Severity::Error), qPrintable(dump(items)));
    items = checkText(withTable(QStringLiteral("first"), QString::fromUtf8(R"J({"when": ["-", "'x'"], "then": "yuan(1)"})J")));
    QVERIFY2(hasCode(items, QStringLiteral("type-mismatch"), Severity::Error), qPrintable(dump(items)));
}

void TestPolicyFiles::shippedPolicies_loadCheckCleanAndPassTheirTests_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = PolicyLoader::shippedPolicyFiles();
    QCOMPARE(files.size(), 6);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestPolicyFiles::shippedPolicies_loadCheckCleanAndPassTheirTests()
{
    QFETCH(QString, path);
    Diagnostics d;
    auto policy = PolicyLoader(cat()).loadFile(path, d);
    QVERIFY2(!d.hasErrors(), qPrintable(d.render(policy->source, Language::En)));
    PolicyChecker(cat()).check(*policy, d);
    QVERIFY2(d.items().empty(), qPrintable(d.render(policy->source, Language::En)));
    QVERIFY(policy->tests.size() >= 10);
    QVERIFY(!policy->title.zh.isEmpty() && !policy->title.en.isEmpty());
    for (const Rule &r : policy->conditions)
        QVERIFY(!r.label.zh.isEmpty() && !r.label.en.isEmpty());
    for (const auto &r : PolicyTestRunner(cat()).run(*policy))
        QVERIFY2(r.passed, qPrintable(r.name + QStringLiteral(": ") + r.message.en + u'\n' + r.trace.render(Language::En)));
}

void TestPolicyFiles::compiledPolicy_exposesColumnsAndPushDowns()
{
    Diagnostics d;
    auto policy = PolicyLoader(cat()).loadFile(QStringLiteral(":/policies/patent_invention.json"), d);
    QVERIFY(!d.hasErrors());
    auto uses = [&](const QString &feed, const QString &column) {
        return std::find(policy->columnUses.begin(), policy->columnUses.end(), ColumnUse{feed, column}) != policy->columnUses.end();
    };
    QVERIFY(uses(QStringLiteral("enterprises"), QStringLiteral("status")));
    QVERIFY(uses(QStringLiteral("patents"), QStringLiteral("grant_date")));
    QVERIFY(uses(QStringLiteral("credit_records"), QStringLiteral("removed_date")));
    QVERIFY(!uses(QStringLiteral("patents"), QStringLiteral("title")));
    bool patentsPushed = false;
    for (const auto &f : policy->recordFilters)
        if (f.feed == u"patents")
            for (const auto &alternative : f.alternatives)
                for (const auto &t : alternative)
                    if (t.column == u"kind" && t.values == QStringList{QStringLiteral("invention")})
                        patentsPushed = true;
    QVERIFY(patentsPushed);

    // TALENT-LIVING reads social insurance twice: zone pension rows, and last
    // month's rows of any kind (the unknown-employer flag). Both alternatives
    // are kept; a use the database cannot filter would drop the feed's filter.
    auto living = PolicyLoader(cat()).loadFile(QStringLiteral(":/policies/talent_living.json"), d);
    QVERIFY(!d.hasErrors());
    const Policy::RecordFilter *insurance = nullptr;
    for (const auto &f : living->recordFilters)
        if (f.feed == u"social_insurance")
            insurance = &f;
    QVERIFY(insurance);
    QCOMPARE(insurance->alternatives.size(), std::size_t(2));
    bool zonePension = false, lastMonth = false;
    for (const auto &alternative : insurance->alternatives) {
        if (alternative.size() == 2 && alternative[0].column == u"insurance_type" && alternative[0].values == QStringList{QStringLiteral("pension")}
            && alternative[1].column == u"paid_area" && alternative[1].values == QStringList{QStringLiteral("441200-GX")})
            zonePension = true;
        if (alternative.size() == 1 && alternative[0].column == u"month" && alternative[0].periodOffset == -1)
            lastMonth = true;
    }
    QVERIFY(zonePension);
    QVERIFY(lastMonth);

    // A snapshot that lacks a column the policy reads cannot be compiled.
    SnapshotBuilder b(cat());
    QVERIFY(b.declareColumn(QStringLiteral("enterprises"), QStringLiteral("status")));
    const Snapshot s = std::move(b).finish();
    const auto compiled = CompiledPolicy::compile(*policy, s);
    QVERIFY(!compiled.ok());
    QVERIFY2(compiled.error().contains(QStringLiteral("does not hold")), qPrintable(compiled.error()));
}

void TestPolicyFiles::monthlyPolicy_periodPaidOutsideMatching_isAlreadyAwarded()
{
    Diagnostics d;
    auto living = PolicyLoader(cat()).loadFile(QStringLiteral(":/policies/talent_living.json"), d);
    QVERIFY(!d.hasErrors());
    SnapshotBuilder b(cat());
    QVERIFY(b.declare(living->columnUses));
    QVERIFY(b.declareFeed(QStringLiteral("persons")));
    const auto person = b.addSubject(SubjectKind::Person, u"441202199003071232");
    b.addRow(b.tableHandle(QStringLiteral("persons"), SubjectKind::Person), person);
    const Snapshot s = std::move(b).finish();
    const auto compiled = CompiledPolicy::compile(*living, s);
    QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error()));
    std::int32_t period = 0;
    QVERIFY(parseMonthIndex(u"2021-09", period));
    SubjectInputs in;
    QVERIFY(compiled.value()->evaluate(person, period, in).status != Evaluation::Status::AlreadyAwarded);
    in.paidThisPeriod = true;
    QCOMPARE(int(compiled.value()->evaluate(person, period, in).status), int(Evaluation::Status::AlreadyAwarded));
}

void TestPolicyFiles::snapshotBuilder_groupsRowsAndResolvesReferences()
{
    SnapshotBuilder b(cat());
    QVERIFY(b.declareColumn(QStringLiteral("social_insurance"), QStringLiteral("month")));
    QVERIFY(b.declareColumn(QStringLiteral("social_insurance"), QStringLiteral("employer_credit_code")));
    QVERIFY(b.declareColumn(QStringLiteral("enterprises"), QStringLiteral("status")));
    QVERIFY(b.declareColumn(QStringLiteral("credit_records"), QStringLiteral("removed_date")));
    QVERIFY(!b.declareColumn(QStringLiteral("social_insurance"), QStringLiteral("nope")));
    QVERIFY(!b.declareColumn(QStringLiteral("nope"), QStringLiteral("month")));
    const int si = b.tableHandle(QStringLiteral("social_insurance"), SubjectKind::Person);
    const int ent = b.tableHandle(QStringLiteral("enterprises"), SubjectKind::Enterprise);
    QVERIFY(si >= 0 && ent >= 0);
    QCOMPARE(b.tableHandle(QStringLiteral("social_insurance"), SubjectKind::Enterprise), -1);
    QVERIFY(b.tableHandle(QStringLiteral("credit_records"), SubjectKind::Enterprise) >= 0);
    const int month = b.columnSlot(si, QStringLiteral("month"));
    const int employer = b.columnSlot(si, QStringLiteral("employer_credit_code"));
    const auto p0 = b.addSubject(SubjectKind::Person, u"441202199003071232");
    const auto p1 = b.addSubject(SubjectKind::Person, u"441202197506152457");
    QCOMPARE(b.addSubject(SubjectKind::Person, u"441202199003071232"), p0);
    QCOMPARE(b.addSubject(SubjectKind::Person, u"short"), -1);
    const auto e0 = b.addSubject(SubjectKind::Enterprise, u"91441200MA4W00001W");
    const auto er = b.addRow(ent, e0);
    QVERIFY(b.setText(ent, er, b.columnSlot(ent, QStringLiteral("status")), u"active"));
    // rows out of subject order
    for (auto [subject, m, code] : {std::tuple{p1, "2021-01", "91441200MA4W00001W"}, std::tuple{p0, "2021-02", "91441200MA4W11113Q"},
                                    std::tuple{p1, "2021-03", "91441200MA4W00001W"}}) {
        const auto r = b.addRow(si, subject);
        QVERIFY(b.setText(si, r, month, QString::fromLatin1(m)));
        QVERIFY(b.setText(si, r, employer, QString::fromLatin1(code)));
    }
    const auto r = b.addRow(si, p0);
    QVERIFY(!b.setText(si, r, month, u"2021-13"));
    QVERIFY(b.setText(si, r, month, u"2021-04"));
    QVERIFY(b.setText(si, r, employer, u"91441200MA4W00001W"));
    const Snapshot s = std::move(b).finish();
    const FeedTable *t = s.table(QStringLiteral("social_insurance"), SubjectKind::Person);
    QVERIFY(t);
    QCOMPARE(t->rowCount, 4);
    QCOMPARE(t->end(p0) - t->begin(p0), 2);
    QCOMPARE(t->end(p1) - t->begin(p1), 2);
    const ColumnArray *mc = t->column(QStringLiteral("month"));
    const ColumnArray *ec = t->column(QStringLiteral("employer_credit_code"));
    QCOMPARE(monthIndexToString(mc->i32[std::size_t(t->begin(p0))]), QStringLiteral("2021-02"));
    QCOMPARE(monthIndexToString(mc->i32[std::size_t(t->begin(p0) + 1)]), QStringLiteral("2021-04"));
    QCOMPARE(ec->target[std::size_t(t->begin(p0))], -1); // unknown to the registry
    QCOMPARE(ec->target[std::size_t(t->begin(p0) + 1)], e0);
    QCOMPARE(s.string(ec->i32[std::size_t(t->begin(p1))]), QStringLiteral("91441200MA4W00001W"));
    QVERIFY(s.subjects(SubjectKind::Enterprise).registered[std::size_t(e0)]);
    QVERIFY(!s.subjects(SubjectKind::Person).registered[std::size_t(p0)]);
    QCOMPARE(s.subjects(SubjectKind::Person).id(p1), QStringLiteral("441202197506152457"));
    std::int32_t day;
    QVERIFY(DayNumber::parse(u"2024-02-29", day));
    QCOMPARE(DayNumber::toString(day), QStringLiteral("2024-02-29"));
    QVERIFY(!DayNumber::parse(u"2023-02-29", day));
    QCOMPARE(DayNumber::fromCivil(1970, 1, 1), 0);
}

// appendRows/setColumn (the loader's path) give the same snapshot as addRow
// and the typed setters: picked rows, absent values, string ids, references.
void TestPolicyFiles::snapshotBuilder_bulkRowsMatchTheSetters()
{
    struct Row
    {
        int subject;           // index into ids
        std::int64_t month;    // month index
        int employer;          // index into strings
        std::int64_t removed;  // credit_records.removed_date day number, -1 = absent
    };
    const char *ids[] = {"441202199003071232", "441202197506152457"};
    const QString strings[] = {QStringLiteral("91441200MA4W00001W"), QStringLiteral("91441200MA4W11113Q")};
    const std::vector<Row> rows = {{1, 24252, 0, 18000}, {0, 24253, 1, -1}, {1, 24254, 1, 18500}, {0, 24255, 0, -1}};
    const std::vector<std::uint32_t> picks = {3, 0, 2};   // row 1 is left out

    auto build = [&](bool bulk) {
        SnapshotBuilder b(cat());
        const bool declared = b.declareColumn(QStringLiteral("social_insurance"), QStringLiteral("month")).ok()
                              && b.declareColumn(QStringLiteral("social_insurance"), QStringLiteral("employer_credit_code")).ok()
                              && b.declareColumn(QStringLiteral("credit_records"), QStringLiteral("removed_date")).ok()
                              && b.declareFeed(QStringLiteral("enterprises")).ok();
        // (A lambda that returns a value: the failure is recorded, not returned.)
        QTest::qVerify(declared, "declared", "the snapshot's columns are declared", __FILE__, __LINE__);
        const int si = b.tableHandle(QStringLiteral("social_insurance"), SubjectKind::Person);
        const int cr = b.tableHandle(QStringLiteral("credit_records"), SubjectKind::Person);
        const int ent = b.tableHandle(QStringLiteral("enterprises"), SubjectKind::Enterprise);
        const int month = b.columnSlot(si, QStringLiteral("month"));
        const int employer = b.columnSlot(si, QStringLiteral("employer_credit_code"));
        const int removed = b.columnSlot(cr, QStringLiteral("removed_date"));
        b.addRow(ent, b.addSubject(SubjectKind::Enterprise, u"91441200MA4W00001W"));
        std::vector<std::int32_t> subjects;
        for (const char *id : ids)
            subjects.push_back(b.addSubject(SubjectKind::Person, id));
        std::vector<std::int32_t> stringIds;
        for (const QString &text : strings)
            stringIds.push_back(b.internString(text));
        if (bulk) {
            std::vector<std::int64_t> months, employers, removedDays;
            std::vector<std::uint8_t> hasRemoved, all(rows.size(), 1);
            for (const Row &r : rows) {
                months.push_back(r.month);
                employers.push_back(r.employer);
                removedDays.push_back(r.removed);
                hasRemoved.push_back(r.removed >= 0);
            }
            std::vector<std::int32_t> pickedSubjects;
            for (std::uint32_t p : picks)
                pickedSubjects.push_back(subjects[std::size_t(rows[p].subject)]);
            const std::int32_t first = b.appendRows(si, pickedSubjects);
            b.setColumn(si, month, first, picks, months.data(), all.data(), nullptr);
            b.setColumn(si, employer, first, picks, employers.data(), all.data(), stringIds.data());
            const std::int32_t firstRecord = b.appendRows(cr, pickedSubjects);
            b.setColumn(cr, removed, firstRecord, picks, removedDays.data(), hasRemoved.data(), nullptr);
        } else {
            for (std::uint32_t p : picks) {
                const Row &r = rows[p];
                const std::int32_t subject = subjects[std::size_t(r.subject)];
                const std::int32_t row = b.addRow(si, subject);
                b.setMonth(si, row, month, std::int32_t(r.month));
                b.setString(si, row, employer, strings[r.employer]);
                const std::int32_t record = b.addRow(cr, subject);
                if (r.removed >= 0)
                    b.setDay(cr, record, removed, std::int32_t(r.removed));
            }
        }
        return std::move(b).finish();
    };
    const Snapshot viaSetters = build(false);
    const Snapshot viaBulk = build(true);
    for (const auto &[feed, column] : {std::pair{"social_insurance", "month"}, std::pair{"social_insurance", "employer_credit_code"},
                                      std::pair{"credit_records", "removed_date"}}) {
        const FeedTable *a = viaSetters.table(QString::fromLatin1(feed), SubjectKind::Person);
        const FeedTable *b = viaBulk.table(QString::fromLatin1(feed), SubjectKind::Person);
        QVERIFY(a && b);
        QCOMPARE(b->rowCount, 3);
        QCOMPARE(b->rowCount, a->rowCount);
        const ColumnArray *ca = a->column(QString::fromLatin1(column));
        const ColumnArray *cb = b->column(QString::fromLatin1(column));
        for (std::int32_t row = 0; row < a->rowCount; ++row) {
            QCOMPARE(cb->present(row), ca->present(row));
            QCOMPARE(cb->value(row), ca->value(row));
            if (ca->isReference)
                QCOMPARE(cb->target[std::size_t(row)], ca->target[std::size_t(row)]);
        }
        for (std::int32_t subject = 0; subject < 2; ++subject)
            QCOMPARE(b->end(subject) - b->begin(subject), a->end(subject) - a->begin(subject));
    }
    // The absent removal date stays absent; the employer of the registry resolves.
    const FeedTable *records = viaBulk.table(QStringLiteral("credit_records"), SubjectKind::Person);
    QCOMPARE(int(records->column(QStringLiteral("removed_date"))->present(0) + records->column(QStringLiteral("removed_date"))->present(1)
                 + records->column(QStringLiteral("removed_date"))->present(2)), 2);
    const FeedTable *si = viaBulk.table(QStringLiteral("social_insurance"), SubjectKind::Person);
    const ColumnArray *employers = si->column(QStringLiteral("employer_credit_code"));
    int resolved = 0;
    for (std::int32_t row = 0; row < si->rowCount; ++row)
        resolved += employers->target[std::size_t(row)] >= 0;
    QCOMPARE(resolved, 2);   // rows 3 and 0 name the registered enterprise, row 2 another
}

QTEST_GUILESS_MAIN(TestPolicyFiles)
#include "tst_policyfiles.moc"
