// The built-in feed catalog describes exactly the feeds of shared/spec/feeds.md.
#include "catalog/FeedCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mianshen::catalog;

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFeedOfTheSpec_isInTheCatalog_data();
    void everyFeedOfTheSpec_isInTheCatalog();
    void catalog_holdsNoOtherFeeds();
    void keysAndSubjectColumns_areColumns();
    void storageNames_followTheTypeRules();
    void references_nameRegistries();
    void spotChecks_matchTheSpec();
    void fileName_recognisedByLongestPrefix_data();
    void fileName_recognisedByLongestPrefix();
    void loader_rejectsBrokenEntries_data();
    void loader_rejectsBrokenEntries();
};

namespace {
// feed -> key, as in the spec.
const QList<QPair<QString, QStringList>> &specFeeds()
{
    static const QList<QPair<QString, QStringList>> feeds = {
        {u"persons"_qs, {u"id_number"_qs}},
        {u"enterprises"_qs, {u"credit_code"_qs}},
        {u"social_insurance"_qs, {u"id_number"_qs, u"month"_qs, u"insurance_type"_qs, u"employer_credit_code"_qs}},
        {u"education"_qs, {u"certificate_no"_qs}},
        {u"skill_certificates"_qs, {u"certificate_no"_qs}},
        {u"professional_titles"_qs, {u"certificate_no"_qs}},
        {u"talent_certifications"_qs, {u"id_number"_qs, u"category"_qs, u"issued_date"_qs}},
        {u"employment_records"_qs, {u"id_number"_qs, u"employer_credit_code"_qs, u"start_date"_qs}},
        {u"housing_transactions"_qs, {u"contract_no"_qs}},
        {u"residence_permits"_qs, {u"id_number"_qs, u"issue_date"_qs}},
        {u"public_sector_staff"_qs, {u"id_number"_qs, u"organisation"_qs, u"since_date"_qs}},
        {u"death_records"_qs, {u"id_number"_qs}},
        {u"patents"_qs, {u"patent_no"_qs}},
        {u"pct_applications"_qs, {u"application_no"_qs}},
        {u"high_tech_certifications"_qs, {u"certificate_no"_qs}},
        {u"tax_payments"_qs, {u"credit_code"_qs, u"year"_qs, u"area"_qs}},
        {u"annual_reports"_qs, {u"credit_code"_qs, u"year"_qs}},
        {u"credit_records"_qs, {u"subject_id"_qs, u"list"_qs, u"listed_date"_qs}},
        {u"bank_accounts"_qs, {u"subject_id"_qs}},
        {u"external_subsidies"_qs, {u"subject_id"_qs, u"program_code"_qs, u"year"_qs}},
        {u"e_licences"_qs, {u"licence_type"_qs, u"licence_no"_qs}},
        {u"payment_history"_qs, {u"policy_code"_qs, u"subject_id"_qs, u"period"_qs}},
    };
    return feeds;
}
} // namespace

void TestCatalog::everyFeedOfTheSpec_isInTheCatalog_data()
{
    QTest::addColumn<QString>("feed");
    QTest::addColumn<QStringList>("key");
    for (const auto &[name, key] : specFeeds())
        QTest::newRow(qPrintable(name)) << name << key;
}

void TestCatalog::everyFeedOfTheSpec_isInTheCatalog()
{
    QFETCH(QString, feed);
    QFETCH(QStringList, key);
    const Feed *f = FeedCatalog::builtin().feed(feed);
    QVERIFY2(f, qPrintable(feed));
    QCOMPARE(f->key, key);
    QVERIFY(!f->titleZh.isEmpty());
    QVERIFY(!f->titleEn.isEmpty());
    for (const Column &c : f->columns) {
        QVERIFY2(!c.titleZh.isEmpty() && !c.titleEn.isEmpty(), qPrintable(c.name));
        if (c.type == ColumnType::Enum)
            QVERIFY(!c.enumValues.isEmpty());
    }
}

void TestCatalog::catalog_holdsNoOtherFeeds()
{
    QCOMPARE(FeedCatalog::builtin().feeds().size(), 22);
    QCOMPARE(specFeeds().size(), 22);
}

void TestCatalog::keysAndSubjectColumns_areColumns()
{
    for (const Feed &f : FeedCatalog::builtin().feeds()) {
        for (const QString &k : f.key)
            QVERIFY2(f.column(k), qPrintable(f.name + u'.' + k));
        QVERIFY2(f.subjectKind != SubjectKind::None, qPrintable(f.name));
        QVERIFY2(f.column(f.subjectColumn), qPrintable(f.name));
        QCOMPARE(f.registry, f.name == u"persons" || f.name == u"enterprises");
    }
}

void TestCatalog::storageNames_followTheTypeRules()
{
    for (const Feed &f : FeedCatalog::builtin().feeds())
        for (const Column &c : f.columns) {
            if (c.type == ColumnType::Money)
                QCOMPARE(c.sqlName, c.name + u"_fen");
            else if (c.type == ColumnType::Decimal)
                QCOMPARE(c.sqlName, c.name + u"_x100");
            else
                QCOMPARE(c.sqlName, c.name);
        }
    const Feed *si = FeedCatalog::builtin().feed(u"social_insurance"_qs);
    QCOMPARE(si->column(u"contribution_base"_qs)->sqlName, u"contribution_base_fen"_qs);
    QCOMPARE(FeedCatalog::builtin().feed(u"housing_transactions"_qs)->column(u"floor_area_m2"_qs)->sqlName,
             u"floor_area_m2_x100"_qs);
}

void TestCatalog::references_nameRegistries()
{
    const auto &cat = FeedCatalog::builtin();
    QCOMPARE(cat.feed(u"social_insurance"_qs)->column(u"employer_credit_code"_qs)->references, u"enterprises"_qs);
    QCOMPARE(cat.feed(u"employment_records"_qs)->column(u"employer_credit_code"_qs)->references, u"enterprises"_qs);
    QCOMPARE(cat.feed(u"patents"_qs)->column(u"patentee_credit_code"_qs)->references, u"enterprises"_qs);
    QCOMPARE(cat.feed(u"education"_qs)->column(u"id_number"_qs)->references, u"persons"_qs);
    QCOMPARE(cat.feed(u"bank_accounts"_qs)->column(u"subject_id"_qs)->references, u"persons|enterprises"_qs);
    QVERIFY(cat.feed(u"persons"_qs)->column(u"id_number"_qs)->references.isEmpty());
    for (const Feed &f : cat.feeds())
        for (const Column &c : f.columns)
            if (c.type == ColumnType::SubjectId)
                QCOMPARE(c.references, u"persons|enterprises"_qs);
}

void TestCatalog::spotChecks_matchTheSpec()
{
    const auto &cat = FeedCatalog::builtin();
    const Column *name = cat.feed(u"persons"_qs)->column(u"name"_qs);
    QCOMPARE(name->minLength, 1);
    QCOMPARE(name->maxLength, 50);
    QCOMPARE(cat.feed(u"persons"_qs)->column(u"gender"_qs)->enumValues, (QStringList{u"M"_qs, u"F"_qs}));
    const Column *level = cat.feed(u"skill_certificates"_qs)->column(u"level"_qs);
    QVERIFY(level->hasRange);
    QCOMPARE(level->minValue, 1);
    QCOMPARE(level->maxValue, 5);
    const Column *employees = cat.feed(u"annual_reports"_qs)->column(u"employees"_qs);
    QVERIFY(employees->hasRange);
    QCOMPARE(employees->minValue, 0);
    QCOMPARE(cat.feed(u"bank_accounts"_qs)->column(u"account_no"_qs)->pattern, u"[0-9]{12,30}"_qs);
    QCOMPARE(cat.feed(u"pct_applications"_qs)->column(u"application_no"_qs)->pattern, u"PCT/CN[0-9]{4}/[0-9]{6}"_qs);
    QCOMPARE(cat.feed(u"enterprises"_qs)->column(u"industry_code"_qs)->pattern, u"[A-Z][0-9]{0,4}"_qs);
    QVERIFY(cat.feed(u"employment_records"_qs)->column(u"end_date"_qs)->optional);
    QVERIFY(cat.feed(u"payment_history"_qs)->column(u"period"_qs)->optional);
    QVERIFY(!cat.feed(u"payment_history"_qs)->column(u"amount"_qs)->optional);
    QCOMPARE(cat.feed(u"credit_records"_qs)->subjectKind, SubjectKind::Either);
    QCOMPARE(cat.feed(u"patents"_qs)->subjectKind, SubjectKind::Enterprise);
    QCOMPARE(cat.feed(u"patents"_qs)->subjectColumn, u"patentee_credit_code"_qs);
    QCOMPARE(cat.feed(u"death_records"_qs)->subjectKind, SubjectKind::Person);
    QCOMPARE(cat.feed(u"housing_transactions"_qs)->column(u"first_home"_qs)->type, ColumnType::Bool);
    QCOMPARE(cat.feed(u"persons"_qs)->column(u"gender"_qs)->agreesWith, u"id_number"_qs);
    QCOMPARE(cat.feed(u"persons"_qs)->column(u"birth_date"_qs)->agreesWith, u"id_number"_qs);
    QCOMPARE(cat.feed(u"patents"_qs)->column(u"kind"_qs)->agreesWith, u"patent_no"_qs);
    QVERIFY(cat.feed(u"bank_accounts"_qs)->column(u"account_name"_qs)->equalsSubjectName);
}

void TestCatalog::fileName_recognisedByLongestPrefix_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("feed"); // empty = rejected
    QTest::newRow("monthly delivery") << u"social_insurance_2021-09.csv"_qs << u"social_insurance"_qs;
    QTest::newRow("plain") << u"persons.csv"_qs << u"persons"_qs;
    QTest::newRow("suffix") << u"persons_x.csv"_qs << u"persons"_qs;
    QTest::newRow("no separator") << u"personsx.csv"_qs << QString();
    QTest::newRow("with folder") << u"/data/in/enterprises_2024.csv"_qs << u"enterprises"_qs;
    QTest::newRow("upper-case extension") << u"patents.CSV"_qs << u"patents"_qs;
    QTest::newRow("not csv") << u"persons.txt"_qs << QString();
    QTest::newRow("unknown") << u"weather.csv"_qs << QString();
    QTest::newRow("prefix of a feed") << u"social.csv"_qs << QString();
    QTest::newRow("payment history") << u"payment_history_2019.csv"_qs << u"payment_history"_qs;
    QTest::newRow("e-licences") << u"e_licences_food.csv"_qs << u"e_licences"_qs;
}

void TestCatalog::fileName_recognisedByLongestPrefix()
{
    QFETCH(QString, fileName);
    QFETCH(QString, feed);
    const Feed *f = FeedCatalog::builtin().feedForFileName(fileName);
    QCOMPARE(f ? f->name : QString(), feed);
}

void TestCatalog::loader_rejectsBrokenEntries_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("key not a column")
        << uR"({"name":"x","subject":{"kind":"person","column":"a"},"key":["b"],"columns":[{"name":"a","type":"text"}]})"_qs;
    QTest::newRow("unknown type")
        << uR"({"name":"x","subject":{"kind":"person","column":"a"},"key":["a"],"columns":[{"name":"a","type":"blob"}]})"_qs;
    QTest::newRow("dangling reference")
        << uR"({"name":"x","subject":{"kind":"person","column":"a"},"key":["a"],"columns":[{"name":"a","type":"text","references":"nowhere"}]})"_qs;
    QTest::newRow("enum without values")
        << uR"({"name":"x","subject":{"kind":"person","column":"a"},"key":["a"],"columns":[{"name":"a","type":"enum"}]})"_qs;
    QTest::newRow("not json") << u"{"_qs;
}

void TestCatalog::loader_rejectsBrokenEntries()
{
    QFETCH(QString, json);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"x.json"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json.toUtf8());
    file.close();
    const auto loaded = FeedCatalog::loadFromDirectory(dir.path());
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
