// Lexer, parser and type checker errors: each bad expression gives an error
// with the right code at the right line and column of the policy file.
#include "PolicyFixture.h"

#include "rules/Parser.h"

#include <QtTest>

using namespace mianshen::rules;

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badExpression_reportsCodeLineAndColumn_data();
    void badExpression_reportsCodeLineAndColumn();
    void goodExpression_loadsWithoutDiagnostics_data();
    void goodExpression_loadsWithoutDiagnostics();
    void deeplyNestedExpression_isAnErrorNotACrash_data();
    void deeplyNestedExpression_isAnErrorNotACrash();
    void longFlatChain_isBounded();
    void diagnostic_rendersCaretUnderTheOffendingText();
    void messages_existInChineseAndEnglish();
};

void TestLanguage::badExpression_reportsCodeLineAndColumn_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("offset");     // 0-based offset in the expression of the error
    QTest::addColumn<QString>("code");

    QTest::newRow("lexer: single =") << QStringLiteral("age == 1 = 2") << 9 << QStringLiteral("syntax");
    QTest::newRow("lexer: unterminated string") << QStringLiteral("person.name == 'abc") << 15 << QStringLiteral("syntax");
    QTest::newRow("lexer: three decimals") << QStringLiteral("1.234 > 1") << 0 << QStringLiteral("syntax");
    QTest::newRow("lexer: stray character") << QStringLiteral("1 # 2") << 2 << QStringLiteral("syntax");
    QTest::newRow("lexer: integer overflow") << QStringLiteral("99999999999999999999 > 1") << 0 << QStringLiteral("syntax");
    QTest::newRow("parser: missing operand") << QStringLiteral("1 + ") << 4 << QStringLiteral("syntax");
    QTest::newRow("parser: unclosed paren") << QStringLiteral("(1 < 2") << 6 << QStringLiteral("syntax");
    QTest::newRow("parser: trailing token") << QStringLiteral("true false") << 5 << QStringLiteral("syntax");
    QTest::newRow("parser: missing colon") << QStringLiteral("true ? 1 2") << 9 << QStringLiteral("syntax");
    QTest::newRow("unknown name") << QStringLiteral("salary > 1") << 0 << QStringLiteral("unknown-name");
    QTest::newRow("wrong subject") << QStringLiteral("enterprise.status == 'active'") << 0 << QStringLiteral("unknown-name");
    QTest::newRow("unknown field") << QStringLiteral("person.salary > 1") << 0 << QStringLiteral("no-field");
    QTest::newRow("unknown function") << QStringLiteral("frobnicate(1) > 0") << 0 << QStringLiteral("unknown-function");
    QTest::newRow("money vs integer") << QStringLiteral("yuan(5) > 5") << 0 << QStringLiteral("type-mismatch");
    QTest::newRow("string vs date") << QStringLiteral("person.birth_date == 'x'") << 0 << QStringLiteral("type-mismatch");
    QTest::newRow("enum typo") << QStringLiteral("person.social_insurance.exists(s, s.insurance_type == 'pensoin')") << 54 << QStringLiteral("enum-value");
    QTest::newRow("enum typo in list") << QStringLiteral("person.gender in ['M', 'X']") << 23 << QStringLiteral("enum-value");
    QTest::newRow("optional used bare") << QStringLiteral("person.credit_records.exists(c, c.removed_date > date('2021-01-01'))") << 32 << QStringLiteral("optional-value");
    QTest::newRow("has on required") << QStringLiteral("has(person.birth_date)") << 4 << QStringLiteral("not-optional");
    QTest::newRow("coalesce on required") << QStringLiteral("(person.birth_date ?? date('2000-01-01')) > date('1980-01-01')") << 1 << QStringLiteral("not-optional");
    QTest::newRow("bad date literal") << QStringLiteral("person.birth_date > date('2021-02-30')") << 25 << QStringLiteral("bad-literal");
    QTest::newRow("date needs literal") << QStringLiteral("person.birth_date > date(person.name)") << 25 << QStringLiteral("literal-required");
    QTest::newRow("arity") << QStringLiteral("age(person.birth_date) > 1") << 0 << QStringLiteral("arity");
    QTest::newRow("not on integer") << QStringLiteral("!1") << 0 << QStringLiteral("type-mismatch");
    QTest::newRow("condition not bool") << QStringLiteral("1 + 2") << 0 << QStringLiteral("type-mismatch");
    QTest::newRow("amount in condition") << QStringLiteral("amount > yuan(1)") << 0 << QStringLiteral("amount-scope");
    QTest::newRow("lambda needs variable") << QStringLiteral("person.education.exists(1, true)") << 0 << QStringLiteral("arity");
    QTest::newRow("predicate not bool") << QStringLiteral("person.education.exists(e, e.school)") << 27 << QStringLiteral("type-mismatch");
    QTest::newRow("method on scalar") << QStringLiteral("person.name.count() > 0") << 0 << QStringLiteral("no-method");
    QTest::newRow("sum of strings") << QStringLiteral("person.education.sum(e, e.school) > 0") << 24 << QStringLiteral("type-mismatch");
    QTest::newRow("empty list") << QStringLiteral("1 in []") << 5 << QStringLiteral("empty-list");
    QTest::newRow("mixed list") << QStringLiteral("1 in [1, 'a']") << 9 << QStringLiteral("type-mismatch");
    QTest::newRow("branches differ") << QStringLiteral("(true ? 1 : 'a') == 1") << 0 << QStringLiteral("type-mismatch");
    QTest::newRow("record field of list") << QStringLiteral("person.education.level == 'master'") << 0 << QStringLiteral("no-field");
    QTest::newRow("yuan of expression") << QStringLiteral("yuan(1 + 1) > yuan(1)") << 5 << QStringLiteral("literal-required");
}

static int lineOf(const QString &text, int offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

static int columnOf(const QString &text, int offset)
{
    const int nl = int(text.lastIndexOf(u'\n', offset - 1));
    return offset - nl;
}

void TestLanguage::badExpression_reportsCodeLineAndColumn()
{
    QFETCH(QString, expression);
    QFETCH(int, offset);
    QFETCH(QString, code);
    const QString text = fixture::policy(expression);
    const int start = int(text.indexOf(fixture::jsonString(expression))) + 1; // after the opening quote
    QVERIFY(start > 0);
    Diagnostics diagnostics;
    PolicyLoader loader(mianshen::catalog::FeedCatalog::builtin());
    loader.loadText(text, QStringLiteral("p.json"), diagnostics);
    QVERIFY2(diagnostics.hasErrors(), "the bad expression was accepted");
    const Diagnostic &d = diagnostics.items().front();
    QVERIFY2(d.code == code, qPrintable(d.code + QStringLiteral(": ") + d.message.en));
    QCOMPARE(d.file, QStringLiteral("p.json"));
    QCOMPARE(d.line, lineOf(text, start + offset));
    QCOMPARE(d.column, columnOf(text, start + offset));
    QVERIFY(!d.message.en.isEmpty());
    QVERIFY(!d.message.zh.isEmpty());
}

void TestLanguage::goodExpression_loadsWithoutDiagnostics_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("has optional") << QStringLiteral("person.credit_records.exists(c, has(c.removed_date))");
    QTest::newRow("coalesce optional") << QStringLiteral("person.credit_records.all(c, (c.removed_date ?? date('9999-12-31')) > date('2000-01-01'))");
    QTest::newRow("reference follow") << QStringLiteral("person.social_insurance.exists(s, (s.employer.status ?? 'unknown') == 'active')");
    QTest::newRow("reference has") << QStringLiteral("person.social_insurance.all(s, has(s.employer))");
    QTest::newRow("reference list") << QStringLiteral("person.social_insurance.exists(s, s.employer.patents.count() >= 0)");
    QTest::newRow("nested lambdas") << QStringLiteral("person.education.all(e, person.education.exists(f, f.level == e.level))");
    QTest::newRow("decimal and integer") << QStringLiteral("1.5 + 1 > 2");
    QTest::newRow("map and in") << QStringLiteral("month('2021-03') in person.social_insurance.map(s, s.month)");
}

void TestLanguage::goodExpression_loadsWithoutDiagnostics()
{
    QFETCH(QString, expression);
    Diagnostics diagnostics;
    PolicyLoader loader(mianshen::catalog::FeedCatalog::builtin());
    loader.loadText(fixture::policy(expression), QStringLiteral("p.json"), diagnostics);
    QVERIFY2(!diagnostics.hasErrors(), qPrintable(diagnostics.render(QString(), Language::En)));
}

void TestLanguage::deeplyNestedExpression_isAnErrorNotACrash_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("parentheses") << QString(100000, u'(') + u'1' + QString(100000, u')');
    QTest::newRow("negations") << QString(100000, u'!') + QStringLiteral("true");
    QTest::newRow("lists") << QString(100000, u'[') + u'1' + QString(100000, u']');
    QTest::newRow("ternaries") << QStringLiteral("true ? 1 : ").repeated(50000) + u'1';
}

void TestLanguage::deeplyNestedExpression_isAnErrorNotACrash()
{
    QFETCH(QString, expression);
    Parser::Error error;
    const auto root = Parser::parse(expression, error);
    QVERIFY(!root);
    QVERIFY2(error.message.en.contains(QStringLiteral("nested too deeply")), qPrintable(error.message.en));
}

void TestLanguage::longFlatChain_isBounded()
{
    // a + a + a ... builds a left-deep tree: its height is bounded too.
    Parser::Error error;
    QVERIFY(!Parser::parse(QStringLiteral("1 + ").repeated(10000) + u'1', error));
    QVERIFY(Parser::parse(QStringLiteral("1 + ").repeated(100) + u'1', error));
}

void TestLanguage::diagnostic_rendersCaretUnderTheOffendingText()
{
    const QString text = fixture::policy(QStringLiteral("person.salary > 1"));
    Diagnostics diagnostics;
    PolicyLoader(mianshen::catalog::FeedCatalog::builtin()).loadText(text, QStringLiteral("p.json"), diagnostics);
    QVERIFY(diagnostics.hasErrors());
    const QString rendered = diagnostics.items().front().render(text, Language::En);
    const QStringList lines = rendered.split(u'\n');
    QVERIFY2(lines.size() >= 3, qPrintable(rendered));
    QVERIFY(lines[0].startsWith(QStringLiteral("p.json:")));
    QVERIFY(lines[0].contains(QStringLiteral("error: 'persons' has no field 'salary'")));
    const int caret = int(lines[2].indexOf(u'^'));
    QVERIFY(caret > 0);
    QCOMPARE(lines[1].mid(caret, 13), QStringLiteral("person.salary"));
    QCOMPARE(lines[2].mid(caret), QStringLiteral("^") + QString(12, u'~'));
    const QString zh = diagnostics.items().front().render(text, Language::Zh);
    QVERIFY(zh.contains(QStringLiteral("错误")));
    QVERIFY(zh.contains(QStringLiteral("没有字段“salary”")));
}

void TestLanguage::messages_existInChineseAndEnglish()
{
    Diagnostics diagnostics;
    PolicyLoader(mianshen::catalog::FeedCatalog::builtin())
        .loadText(fixture::policy(QStringLiteral("yuan(5) > 5 && frobnicate(1)")), QStringLiteral("p.json"), diagnostics);
    QVERIFY(diagnostics.errorCount() >= 2);
    for (const Diagnostic &d : diagnostics.items()) {
        QVERIFY(!d.message.zh.isEmpty());
        QVERIFY(!d.message.en.isEmpty());
        QVERIFY(d.message.zh != d.message.en);
    }
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
