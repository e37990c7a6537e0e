// The editor's policy document: every shipped policy reads into the typed
// model and is written back to a file PolicyLoader reads as the same policy.
#include "authoring/EditorDocument.h"
#include "catalog/FeedCatalog.h"
#include "rules/Policy.h"
#include "rules/PolicyLoader.h"
#include "rules/PolicyTestRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace mianshen;
using namespace mianshen::authoring;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

std::unique_ptr<rules::Policy> load(const QString &text, rules::Diagnostics &d)
{
    return rules::PolicyLoader(catalog::FeedCatalog::builtin()).loadText(text, QStringLiteral("t.json"), d);
}

} // namespace

class TestEditorDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripShipped_data();
    void roundTripShipped();
    void editsReachTheFile();
    void blankPolicyLoads();
    void unknownFieldsAreKept();
    void badTextNamesLineAndColumn();
    void sourceMapPlacesValues();
};

void TestEditorDocument::roundTripShipped_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = rules::PolicyLoader::shippedPolicyFiles();
    QVERIFY(files.size() >= 6);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f.section(QLatin1Char('/'), -1))) << f;
}

void TestEditorDocument::roundTripShipped()
{
    QFETCH(QString, file);
    const QString original = readText(file);
    QVERIFY(!original.isEmpty());
    const auto doc = EditorDocument::fromSource(original);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const QString written = doc->toSource();
    // The same JSON value (QJsonDocument compares objects whatever their order) ...
    QCOMPARE(QJsonDocument::fromJson(written.toUtf8()), QJsonDocument::fromJson(original.toUtf8()));
    // ... and, for the shipped files, the same text.
    QCOMPARE(written, original);
    // PolicyLoader reads it without a finding, and the tests give the same results.
    rules::Diagnostics before, after;
    const auto p0 = load(original, before);
    const auto p1 = load(written, after);
    QVERIFY(!after.hasErrors());
    QCOMPARE(after.items().size(), before.items().size());
    QCOMPARE(p1->code, p0->code);
    QCOMPARE(p1->conditions.size(), p0->conditions.size());
    QCOMPARE(p1->tests.size(), p0->tests.size());
    const rules::PolicyTestRunner runner(catalog::FeedCatalog::builtin());
    const auto r0 = runner.run(*p0);
    const auto r1 = runner.run(*p1);
    QCOMPARE(r1.size(), r0.size());
    for (std::size_t i = 0; i < r0.size(); ++i) {
        QCOMPARE(r1[i].name, r0[i].name);
        QCOMPARE(r1[i].passed, r0[i].passed);
        QVERIFY2(r1[i].passed, qPrintable(r1[i].message.en));
    }
    // Reading the written file again gives the same document.
    const auto again = EditorDocument::fromSource(written);
    QVERIFY(again.ok());
    QCOMPARE(again->toSource(), written);
}

void TestEditorDocument::editsReachTheFile()
{
    auto doc = EditorDocument::fromSource(readText(QStringLiteral(":/policies/patent_pct.json")));
    QVERIFY(doc.ok());
    EditorDocument d = doc.value();
    d.version = 2;
    d.title.zh = QStringLiteral("PCT国际专利申请资助（修订）");
    d.title.en = QStringLiteral("PCT application award (revised)");
    d.effectiveUntil.clear();
    d.budget = EditorDocument::Budget{QStringLiteral("300000.00"), QStringLiteral("item_count"), QStringLiteral("descending")};
    d.conditions.append(EditorRule{QStringLiteral("two_items"), {QStringLiteral("至少两件"), QStringLiteral("At least two items")},
                                   QStringLiteral("item_count >= 2")});
    d.definitions[2].expr = QStringLiteral("yuan(12000)");
    const QString text = d.toSource();
    rules::Diagnostics diags;
    const auto p = load(text, diags);
    QVERIFY2(!diags.hasErrors(), qPrintable(diags.render(text, rules::Language::En)));
    QCOMPARE(p->version, 2);
    QCOMPARE(p->title.zh, d.title.zh);
    QVERIFY(!p->effectiveUntil.has_value());
    QCOMPARE(p->budgetFen.value_or(0), qint64(30000000));
    QVERIFY(p->budgetOrderBy.has_value());
    QCOMPARE(p->budgetOrder, rules::Policy::BudgetOrder::Descending);
    QCOMPARE(p->conditions.back().id, QStringLiteral("two_items"));
    QCOMPARE(p->definitions[2].expr.source, QStringLiteral("yuan(12000)"));
}

void TestEditorDocument::blankPolicyLoads()
{
    for (const QString &subject : {QStringLiteral("person"), QStringLiteral("enterprise")}) {
        const EditorDocument d = EditorDocument::blank(QStringLiteral("NEW-ITEM"), subject);
        const QString text = d.toSource();
        rules::Diagnostics diags;
        const auto p = load(text, diags);
        QVERIFY2(!diags.hasErrors(), qPrintable(diags.render(text, rules::Language::En)));
        QCOMPARE(p->code, QStringLiteral("NEW-ITEM"));
        QVERIFY(p->registrationGuard);
    }
}

void TestEditorDocument::unknownFieldsAreKept()
{
    auto doc = EditorDocument::fromSource(readText(QStringLiteral(":/policies/talent_home.json")));
    QVERIFY(doc.ok());
    EditorDocument d = doc.value();
    d.otherMembers.append({QStringLiteral("remarks"), EditorJson::string(QStringLiteral("x"))});
    const QString text = d.toSource();
    QVERIFY(text.contains(QStringLiteral("\"remarks\": \"x\"")));
    rules::Diagnostics diags;
    load(text, diags);
    QVERIFY(diags.hasErrors()); // the loader still refuses the unknown field: nothing is dropped silently
    QCOMPARE(diags.items().front().code, QStringLiteral("unknown-field"));
}

void TestEditorDocument::badTextNamesLineAndColumn()
{
    const auto notJson = EditorDocument::fromSource(QStringLiteral("{\n  \"code\": \"A\",\n  oops\n}"));
    QVERIFY(!notJson.ok());
    QVERIFY2(notJson.error().contains(QStringLiteral("line 3")), qPrintable(notJson.error()));
    const auto badShape = EditorDocument::fromSource(QStringLiteral("{\n  \"conditions\": {\"id\": 1}\n}"));
    QVERIFY(!badShape.ok());
    QVERIFY2(badShape.error().contains(QStringLiteral("line 2, column 17")), qPrintable(badShape.error()));
}

void TestEditorDocument::sourceMapPlacesValues()
{
    EditorDocument d = EditorDocument::blank(QStringLiteral("NEW-ITEM"), QStringLiteral("person"));
    d.conditions.append(EditorRule{QStringLiteral("adult"), {QStringLiteral("成年"), QStringLiteral("Adult")},
                                   QStringLiteral("age(person.birth_date, first_day(period)) >= 18")});
    EditorSourceMap map;
    const QString text = d.toSource(&map);
    const auto it = map.spans.find(QStringLiteral("conditions/1/expr"));
    QVERIFY(it != map.spans.end());
    const int offset = int(text.indexOf(QStringLiteral("first_day")));
    QCOMPARE(map.pathAt(offset), QStringLiteral("conditions/1/expr"));
    QCOMPARE(map.charIndex(QStringLiteral("conditions/1/expr"), offset), int(d.conditions[1].expr.indexOf(QStringLiteral("first_day"))));
}

QTEST_GUILESS_MAIN(TestEditorDocument)
#include "tst_editor_document.moc"
