// The importer end to end, on SQLite and on PostgreSQL (rows "sqlite" and
// "postgres"; the PostgreSQL rows skip loudly without MIANSHEN_TEST_PG).
#include "FeedsTestData.h"
#include "FeedsTestDatabase.h"
#include "catalog/FeedCatalog.h"
#include "feeds/ImportMessage.h"
#include "feeds/Importer.h"
#include "feeds/QualityGate.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>

using namespace mianshen;
using namespace mianshen::testing;
using feeds::ImportOptions;
using feeds::ImportReport;
using feeds::Importer;

class TestImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshot_importsEveryRowExactly_data() { bothDatabases(); }
    void snapshot_importsEveryRowExactly();
    void unusualForms_importCorrectly_data();
    void unusualForms_importCorrectly();
    void defects_rejectTheFileWithLineAndColumn_data();
    void defects_rejectTheFileWithLineAndColumn();
    void rejectionReport_listsEveryBadRow_golden_data() { bothDatabases(); }
    void rejectionReport_listsEveryBadRow_golden();
    void duplicateKeys_inAFirstSnapshot_areAllReported_data() { bothDatabases(); }
    void duplicateKeys_inAFirstSnapshot_areAllReported();
    void largeFirstSnapshot_importsWhole_orReportsEachDuplicateLine_data() { bothDatabases(); }
    void largeFirstSnapshot_importsWhole_orReportsEachDuplicateLine();
    void secondSnapshot_replacesTheFeed_data() { bothDatabases(); }
    void secondSnapshot_replacesTheFeed();
    void delta_afterSnapshot_givesTheFinalRows_data() { bothDatabases(); }
    void delta_afterSnapshot_givesTheFinalRows();
    void sameDeliveryTwice_changesNothing_data() { bothDatabases(); }
    void sameDeliveryTwice_changesNothing();
    void failureInjectedMidway_leavesTheDatabaseAsItWas_data() { bothDatabases(); }
    void failureInjectedMidway_leavesTheDatabaseAsItWas();
    void cancel_leavesNothingImported_data() { bothDatabases(); }
    void cancel_leavesNothingImported();
    void quarantine_importsGoodRowsAndKeepsBadOnes_data() { bothDatabases(); }
    void quarantine_importsGoodRowsAndKeepsBadOnes();
    void danglingReferences_areImportedAndWarned_data() { bothDatabases(); }
    void danglingReferences_areImportedAndWarned();
    void unknownFeed_isRejectedWithoutTouchingTheDatabase_data() { bothDatabases(); }
    void unknownFeed_isRejectedWithoutTouchingTheDatabase();
    void qualityGate_largeDeletionHeldUntilConfirmed_data() { bothDatabases(); }
    void qualityGate_largeDeletionHeldUntilConfirmed();
    void qualityGate_largeValueChangeHeldUntilConfirmed_data() { bothDatabases(); }
    void qualityGate_largeValueChangeHeldUntilConfirmed();
    void qualityGate_danglingJumpHeldUntilConfirmed_data() { bothDatabases(); }
    void qualityGate_danglingJumpHeldUntilConfirmed();
    void qualityGate_assess();
    void snapshotFigures_knownByHand_dryRunAndImport_data() { bothDatabases(); }
    void snapshotFigures_knownByHand_dryRunAndImport();
    void historyMessage_storedAsCode_renderedOrOldTextShown_data() { bothDatabases(); }
    void historyMessage_storedAsCode_renderedOrOldTextShown();
    void historyWriteFailure_reportedInBothLanguages();
    void importOrder_putsRegistriesFirst();
    void preview_tellsFeedAndMode();

private:
    static void bothDatabases()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }
    QTemporaryDir m_files;
};

namespace {

QString describe(const ImportReport &r)
{
    return ImportReport::resultName(r.result) + u": "_qs + r.message + u'\n' + r.toText();
}

// Every database fixture opens the same way.
#define OPEN_DB()                                                                                 \
    QFETCH(bool, postgres);                                                                       \
    MIANSHEN_FEEDS_DB(fx, postgres);                                                              \
    Importer importer(*fx.db)

} // namespace

void TestImport::snapshot_importsEveryRowExactly()
{
    OPEN_DB();
    const QByteArray female = withIdCheck("11010519491231002"); // ends in X
    const QString path = writeFile(m_files.path(), u"persons_2024-01.csv"_qs,
                                   personsHeader() + QByteArray(female).replace('X', 'x') + ",王芳,F,1949-12-31,110105\n"
                                       + personRow(1) + personRow(2));
    ImportOptions options;
    options.actor = u"tester"_qs;
    const ImportReport r = importer.import(path, options);
    QVERIFY2(r.imported(), qPrintable(describe(r)));
    QCOMPARE(r.feed, u"persons"_qs);
    QCOMPARE(r.mode, ImportReport::Mode::Snapshot);
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.inserted, 3);
    QCOMPARE(r.updated, 0);
    QCOMPARE(r.deleted, 0);
    QCOMPARE(r.errorCount, 0);
    QCOMPARE(r.warningCount, 0);
    QCOMPARE(r.sha256.size(), 64);
    QCOMPARE(fx.rows(u"SELECT id_number, name, gender, birth_date, household_area FROM persons ORDER BY name"_qs),
             (QStringList{QString::fromLatin1(personId(1)) + u"|人员1|M|1985-01-01|441200-GX"_qs,
                          QString::fromLatin1(personId(2)) + u"|人员2|F|1985-01-01|441200-GX"_qs,
                          QString::fromLatin1(female) + u"|王芳|F|1949-12-31|110105"_qs}));
    QCOMPARE(fx.rows(u"SELECT DISTINCT import_id FROM persons"_qs), QStringList{QString::number(r.importId)});
    QCOMPARE(fx.rows(u"SELECT actor, file_name, feed, mode, rows_read, inserted, updated, deleted, result, sha256 "
                     "FROM import_history"_qs),
             QStringList{u"tester|persons_2024-01.csv|persons|snapshot|3|3|0|0|imported|"_qs + r.sha256});
}

void TestImport::unusualForms_importCorrectly_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QByteArray p1 = personId(1), p2 = personId(2);
    const QByteArray x = withIdCheck("11010519491231002");
    const QByteArray eduHeader = "id_number,level,full_time,school,major,graduation_date,certificate_no,overseas";
    const QString eduQuery = u"SELECT id_number, level, full_time, school, major, graduation_date, certificate_no, overseas "
                             "FROM education ORDER BY certificate_no"_qs;
    for (bool pg : {false, true}) {
        const char *db = pg ? "postgres" : "sqlite";
        QTest::addRow("%s: BOM and CRLF", db)
            << pg << u"persons.csv"_qs
            << "\xEF\xBB\xBF" + QByteArray(personsHeader()).replace("\n", "\r\n") + QByteArray(personRow(1)).replace("\n", "\r\n")
            << u"SELECT id_number, name FROM persons"_qs << QStringList{QString::fromLatin1(p1) + u"|人员1"_qs};
        QTest::addRow("%s: quoted line break, comma and quotes", db)
            << pg << u"education.csv"_qs
            << eduHeader + "\n" + p1 + ",master,1,\"华南理工大学\n(广州)\",\"计算机, \"\"软件\"\"\",2010-07-01,C001,0\n"
            << eduQuery
            << QStringList{QString::fromLatin1(p1) + u"|master|1|华南理工大学\n(广州)|计算机, \"软件\"|2010-07-01|C001|0"_qs};
        QTest::addRow("%s: shuffled columns", db)
            << pg << u"education_x.csv"_qs
            << "overseas,certificate_no,graduation_date,major,school,full_time,level,id_number\n0,C002,2011-07-01,数学,中山大学,1,bachelor,"
                   + p2 + "\n"
            << eduQuery << QStringList{QString::fromLatin1(p2) + u"|bachelor|1|中山大学|数学|2011-07-01|C002|0"_qs};
        QTest::addRow("%s: lower-case x stored upper-case", db)
            << pg << u"death_records.csv"_qs << "id_number,death_date\n" + x.toLower() + ",2020-03-01\n"
            << u"SELECT id_number, death_date FROM death_records"_qs
            << QStringList{QString::fromLatin1(x) + u"|2020-03-01"_qs};
        QTest::addRow("%s: 是/否 and true/false", db)
            << pg << u"education.csv"_qs
            << eduHeader + "\n" + p1 + ",doctor,是,A,B,2015-07-01,C1,否\n" + p2 + ",associate,false,A,B,2015-07-01,C2,true\n"
            << u"SELECT certificate_no, full_time, overseas FROM education ORDER BY certificate_no"_qs
            << QStringList{u"C1|1|0"_qs, u"C2|0|1"_qs};
        QTest::addRow("%s: money and decimals exact", db)
            << pg << u"housing_transactions.csv"_qs
            << "id_number,contract_no,contract_date,property_area,floor_area_m2,price,first_home,registration_date\n" + p1
                   + ",H1,2021-05-01,441200,89.5,1234567.89,1,\n" + p2 + ",H2,2021-06-01,441200-GX,120,2000000,0,2021-08-01\n"
            << u"SELECT contract_no, floor_area_m2_x100, price_fen, first_home, registration_date FROM housing_transactions "
               "ORDER BY contract_no"_qs
            << QStringList{u"H1|8950|123456789|1|<null>"_qs, u"H2|12000|200000000|0|2021-08-01"_qs};
        QTest::addRow("%s: one-off payment has an empty period", db)
            << pg << u"payment_history.csv"_qs
            << "policy_code,subject_id,period,amount,paid_date\nP1," + p1 + ",,5000,2020-01-10\nP2," + p1
                   + ",2020-01,800.5,2020-02-10\nP2," + enterpriseCode(3) + ",2020-01,1000,2020-02-10\n"
            << u"SELECT policy_code, subject_id, period, amount_fen FROM payment_history ORDER BY policy_code, subject_id"_qs
            << QStringList{u"P1|"_qs + QString::fromLatin1(p1) + u"||500000"_qs,
                           u"P2|"_qs + QString::fromLatin1(p1) + u"|2020-01|80050"_qs,
                           u"P2|"_qs + QString::fromLatin1(enterpriseCode(3)) + u"|2020-01|100000"_qs};
        QTest::addRow("%s: optional column left out", db)
            << pg << u"employment_records.csv"_qs
            << "id_number,employer_credit_code,start_date,work_area\n" + p1 + ',' + enterpriseCode(1) + ",2019-01-01,441200\n"
            << u"SELECT id_number, end_date FROM employment_records"_qs
            << QStringList{QString::fromLatin1(p1) + u"|<null>"_qs};
    }
}

void TestImport::unusualForms_importCorrectly()
{
    QFETCH(bool, postgres);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    MIANSHEN_FEEDS_DB(fx, postgres);
    Importer importer(*fx.db);
    const ImportReport r = importer.import(writeFile(m_files.path(), fileName, content));
    QVERIFY2(r.imported(), qPrintable(describe(r)));
    QCOMPARE(fx.rows(query), expected);
}

void TestImport::defects_rejectTheFileWithLineAndColumn_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem"); // "line|column|CODE"
    const QByteArray p1 = personId(1), p2 = personId(2), p3 = personId(3);
    const QByteArray e1 = enterpriseCode(1);
    const QByteArray edu = "id_number,level,full_time,school,major,graduation_date,certificate_no,overseas\n";
    const QByteArray eduGood = p1 + ",master,1,S,M,2010-07-01,C1,0\n";
    const QByteArray si = socialInsuranceHeader();
    const QByteArray siGood = p1 + ',' + e1 + ",2021-01,441200,5000,pension\n";
    struct Case
    {
        const char *name;
        const char *file;
        QByteArray content;
        const char *problem;
    };
    const QList<Case> cases = {
        {"id check character", "education.csv", edu + eduGood + QByteArray(p2).replace(17, 1, p2[17] == '1' ? "2" : "1") + ",master,1,S,M,2010-07-01,C2,0\n",
         "3|id_number|ID_NUMBER_CHECK"},
        {"id birth date", "education.csv", edu + eduGood + withIdCheck("44120019850230001") + ",master,1,S,M,2010-07-01,C2,0\n",
         "3|id_number|ID_NUMBER_BIRTH_DATE"},
        {"credit check", "social_insurance.csv", si + siGood + p2 + ',' + QByteArray(e1).replace(17, 1, e1[17] == '1' ? "2" : "1") + ",2021-01,441200,5000,pension\n",
         "3|employer_credit_code|CREDIT_CODE_CHECK"},
        {"patent check", "patents.csv",
         "patent_no,kind,title,patentee_credit_code,application_date,grant_date,status\nZL201710601862.4,invention,T," + e1 + ",2017-01-01,2019-01-01,valid\n",
         "2|patent_no|PATENT_NO_CHECK"},
        {"patent kind", "patents.csv",
         "patent_no,kind,title,patentee_credit_code,application_date,grant_date,status\nZL201710601862.3,design,T," + e1 + ",2017-01-01,2019-01-01,valid\n",
         "2|kind|PATENT_KIND_MISMATCH"},
        {"subject id", "bank_accounts.csv",
         "subject_id,bank_name,account_no,account_name,verified,updated_date\n1234567890123456ZZ,B,622202020000123456,N,1,2021-01-01\n",
         "2|subject_id|SUBJECT_ID_INVALID"},
        {"date not real", "education.csv", edu + p1 + ",master,1,S,M,2010-02-30,C1,0\n", "2|graduation_date|DATE_NOT_REAL"},
        {"date format", "education.csv", edu + p1 + ",master,1,S,M,2010/02/03,C1,0\n", "2|graduation_date|DATE_FORMAT"},
        {"month", "social_insurance.csv", si + p1 + ',' + e1 + ",2021-13,441200,5000,pension\n", "2|month|MONTH_FORMAT"},
        {"year", "tax_payments.csv", "credit_code,year,area,tax_paid\n" + e1 + ",21,441200,100\n", "2|year|YEAR_FORMAT"},
        {"money third decimal", "social_insurance.csv", si + siGood + p1 + ',' + e1 + ",2021-02,441200,5000.123,pension\n",
         "3|contribution_base|MONEY_DECIMALS"},
        {"money negative", "tax_payments.csv", "credit_code,year,area,tax_paid\n" + e1 + ",2021,441200,-100\n", "2|tax_paid|MONEY_NEGATIVE"},
        {"decimal", "housing_transactions.csv",
         "id_number,contract_no,contract_date,property_area,floor_area_m2,price,first_home,registration_date\n" + p1 + ",H1,2021-05-01,441200,89.555,100,1,\n",
         "2|floor_area_m2|DECIMAL_DECIMALS"},
        {"bool", "education.csv", edu + p1 + ",master,yes,S,M,2010-07-01,C1,0\n", "2|full_time|BOOL_VALUE"},
        {"integer range", "skill_certificates.csv", "id_number,occupation_code,level,issue_date,certificate_no\n" + p1 + ",6-01,6,2019-01-01,K1\n",
         "2|level|INTEGER_RANGE"},
        {"enum", "education.csv", edu + p1 + ",Master,1,S,M,2010-07-01,C1,0\n", "2|level|ENUM_VALUE"},
        {"area", "persons.csv", personsHeader() + p1 + ",甲,M,1985-01-01,4412\n", "2|household_area|AREA_FORMAT"},
        {"name too long", "persons.csv", personsHeader() + p1 + ',' + QString(51, u'名').toUtf8() + ",M,1985-01-01,441200\n",
         "2|name|TEXT_TOO_LONG"},
        {"required empty", "persons.csv", personsHeader() + p1 + ",,M,1985-01-01,441200\n", "2|name|MISSING_VALUE"},
        {"account pattern", "bank_accounts.csv",
         "subject_id,bank_name,account_no,account_name,verified,updated_date\n" + p1 + ",B,6222,N,1,2021-01-01\n", "2|account_no|TEXT_PATTERN"},
        {"pct pattern", "pct_applications.csv",
         "application_no,applicant_credit_code,filing_date,publication_date\nPCT/CN2020/12345," + e1 + ",2020-01-01,\n",
         "2|application_no|TEXT_PATTERN"},
        {"gender", "persons.csv", personsHeader() + p1 + ",甲,F,1985-01-01,441200\n", "2|gender|GENDER_MISMATCH"},
        {"birth date", "persons.csv", personsHeader() + p1 + ",甲,M,1985-01-02,441200\n", "2|birth_date|BIRTH_DATE_MISMATCH"},
        {"invalid utf-8", "persons.csv", personsHeader() + personRow(2) + p1 + ",\xD5\xC5,M,1985-01-01,441200\n", "3|name|INVALID_UTF8"},
        {"stray quote", "persons.csv", personsHeader() + p1 + ",a\"b,M,1985-01-01,441200\n", "2|name|MALFORMED_QUOTES"},
        {"field count", "persons.csv", personsHeader() + p1 + ",甲,M,1985-01-01\n", "2||FIELD_COUNT"},
        {"unterminated quote", "persons.csv", personsHeader() + personRow(2) + p1 + ",\"甲,M,1985-01-01,441200\n", "3||UNTERMINATED_QUOTE"},
        {"missing column", "persons.csv", "id_number,name,gender,household_area\n" + p1 + ",甲,M,441200\n", "1|birth_date|MISSING_COLUMN"},
        {"repeated column", "persons.csv", "id_number,name,gender,birth_date,household_area,name\n" + p1 + ",甲,M,1985-01-01,441200,甲\n",
         "1|name|DUPLICATE_COLUMN"},
        {"duplicate key", "persons.csv", personsHeader() + personRow(1) + personRow(2) + personRow(3) + personRow(2),
         "5|id_number|DUPLICATE_KEY"},
        {"duplicate composite key", "social_insurance.csv", si + siGood + p2 + ',' + e1 + ",2021-01,441200,5000,pension\n" + siGood,
         "4|id_number,month,insurance_type,employer_credit_code|DUPLICATE_KEY"},
        {"op value", "persons_delta.csv", "op," + personsHeader() + "merge," + personRow(1), "2|op|OP_VALUE"},
        {"empty file", "persons.csv", QByteArray(), "0||EMPTY_FILE"},
    };
    for (bool pg : {false, true})
        for (const Case &c : cases)
            QTest::addRow("%s: %s", pg ? "postgres" : "sqlite", c.name)
                << pg << QString::fromLatin1(c.file) << c.content << QString::fromLatin1(c.problem);
}

void TestImport::defects_rejectTheFileWithLineAndColumn()
{
    QFETCH(bool, postgres);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    MIANSHEN_FEEDS_DB(fx, postgres);
    Importer importer(*fx.db);
    // Something already there must stay as it was.
    const ImportReport before = importer.import(
        writeFile(m_files.path(), u"persons_before.csv"_qs, personsHeader() + personRow(7) + personRow(8)));
    QVERIFY2(before.imported(), qPrintable(describe(before)));
    const QStringList personsBefore = fx.rows(u"SELECT * FROM persons ORDER BY id_number"_qs);

    const ImportReport r = importer.import(writeFile(m_files.path(), fileName, content));
    QCOMPARE(r.result, ImportReport::Result::Rejected);
    QStringList found;
    for (const auto &p : r.problems)
        if (p.severity == feeds::Severity::Error)
            found << QString::number(p.line) + u'|' + p.column + u'|' + p.codeName();
    QVERIFY2(found.contains(problem), qPrintable(found.join(u"; ") + u"\n"_qs + describe(r)));
    QCOMPARE(r.inserted + r.updated + r.deleted, 0);
    // Nothing imported: the feed's table is as before.
    const QString table = r.feed.isEmpty() ? u"persons"_qs : r.feed;
    if (table == u"persons")
        QCOMPARE(fx.rows(u"SELECT * FROM persons ORDER BY id_number"_qs), personsBefore);
    else
        QCOMPARE(fx.count(table), 0);
    // The attempt is in the history, with its problems.
    QCOMPARE(fx.rows(u"SELECT result FROM import_history ORDER BY id"_qs), (QStringList{u"imported"_qs, u"rejected"_qs}));
    const QStringList stored = fx.rows(u"SELECT p.line, p.column_name, p.reason_code FROM import_problems p JOIN import_history h "
                                       "ON h.id = p.import_id WHERE h.result = 'rejected' AND p.severity = 'error' ORDER BY p.id"_qs);
    QVERIFY2(stored.contains(problem), qPrintable(stored.join(u"; ")));
}

void TestImport::rejectionReport_listsEveryBadRow_golden()
{
    OPEN_DB();
    QFile input(QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/feeds/data/persons_defects.csv"));
    QVERIFY(input.exists());
    const ImportReport r = importer.import(input.fileName());
    QCOMPARE(r.result, ImportReport::Result::Rejected);
    QCOMPARE(fx.count(u"persons"_qs), 0);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    r.writeCsv(&csv);
    QFile golden(QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/feeds/data/persons_defects.report.csv"));
    if (qEnvironmentVariableIsSet("MIANSHEN_UPDATE_GOLDEN") && golden.open(QIODevice::WriteOnly)) {
        golden.write(csv.data());
        golden.close();
    }
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QByteArray expected = golden.readAll();
    if (csv.data() != expected) {
        const QList<QByteArray> a = csv.data().split('\n'), b = expected.split('\n');
        for (int i = 0; i < std::max(a.size(), b.size()); ++i)
            QCOMPARE(QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)));
    }
    QCOMPARE(r.errorRows, 6);
}

void TestImport::duplicateKeys_inAFirstSnapshot_areAllReported()
{
    OPEN_DB();
    // Into an empty table (PostgreSQL's direct COPY path) and with other errors too.
    const QByteArray content = personsHeader() + personRow(1) + personRow(2) + personRow(1) + personRow(3) + personRow(2)
        + personId(4) + ",,F,1985-01-01,441200\n";
    const ImportReport r = importer.import(writeFile(m_files.path(), u"persons.csv"_qs, content));
    QCOMPARE(r.result, ImportReport::Result::Rejected);
    QStringList found;
    for (const auto &p : r.problems)
        found << QString::number(p.line) + u'|' + p.codeName() + u'|' + p.value;
    found.sort();
    QCOMPARE(found, (QStringList{u"4|DUPLICATE_KEY|"_qs + QString::fromLatin1(personId(1)),
                                 u"6|DUPLICATE_KEY|"_qs + QString::fromLatin1(personId(2)), u"7|MISSING_VALUE|"_qs}));
    QCOMPARE(fx.count(u"persons"_qs), 0);
    // Without the bad row, the duplicates alone reject the file.
    const ImportReport d = importer.import(writeFile(m_files.path(), u"persons_2.csv"_qs,
                                                     personsHeader() + personRow(1) + personRow(2) + personRow(1)));
    QCOMPARE(d.result, ImportReport::Result::Rejected);
    QCOMPARE(d.errorCount, 1);
    QCOMPARE(d.problems.value(0).line, 4);
    QCOMPARE(fx.count(u"persons"_qs), 0);
    QCOMPARE(fx.rows(u"SELECT result FROM import_history ORDER BY id"_qs), (QStringList{u"rejected"_qs, u"rejected"_qs}));
}

// Enough rows for SQLite's multi-row inserts (64 rows per statement) and
// several of the writer thread's batches: a clean file imports whole with the
// right digest; duplicates inside one statement's rows and across batches are
// each reported with their line (SQLite's second, row-by-row pass).
void TestImport::largeFirstSnapshot_importsWhole_orReportsEachDuplicateLine()
{
    OPEN_DB();
    constexpr int rows = 20000;
    // 1000 persons per birth date (personRow has only 1000).
    auto id = [](int i) -> QByteArray {
        return withIdCheck("441200" + QDate(1950, 1, 1).addDays(i / 1000).toString(u"yyyyMMdd"_qs).toLatin1()
                           + QByteArray::number(i % 1000).rightJustified(3, '0'));
    };
    auto row = [&](int i) -> QByteArray {
        return id(i) + ",人员" + QByteArray::number(i) + ',' + (i % 2 ? "M" : "F") + ','
            + QDate(1950, 1, 1).addDays(i / 1000).toString(Qt::ISODate).toLatin1() + ",441200-GX\n";
    };
    QByteArray clean = personsHeader(), duplicated = personsHeader();
    for (int i = 0; i < rows; ++i) {
        clean += row(i);
        // line = i + 2; line 12 repeats line 5 (same 64 rows), line 19002 repeats line 1102 (another batch)
        duplicated += row(i == 10 ? 3 : i == 19000 ? 1100 : i);
    }
    const QString bad = writeFile(m_files.path(), u"persons_dup.csv"_qs, duplicated);
    const ImportReport d = importer.import(bad);
    QCOMPARE(d.result, ImportReport::Result::Rejected);
    QStringList found;
    for (const auto &p : d.problems)
        found << QString::number(p.line) + u'|' + p.codeName() + u'|' + p.value;
    found.sort();
    QCOMPARE(found, (QStringList{u"12|DUPLICATE_KEY|"_qs + QString::fromLatin1(id(3)),
                                 u"19002|DUPLICATE_KEY|"_qs + QString::fromLatin1(id(1100))}));
    QCOMPARE(d.rowsRead, rows);
    QCOMPARE(fx.count(u"persons"_qs), 0);

    const QString good = writeFile(m_files.path(), u"persons.csv"_qs, clean);
    const ImportReport r = importer.import(good);
    QVERIFY2(r.imported(), qPrintable(describe(r)));
    QCOMPARE(r.inserted, rows);
    QCOMPARE(fx.count(u"persons"_qs), rows);
    QCOMPARE(r.sha256, QString::fromLatin1(QCryptographicHash::hash(clean, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(fx.rows(u"SELECT result, rows_read, inserted FROM import_history ORDER BY id"_qs),
             (QStringList{u"rejected|20000|0"_qs, u"imported|20000|20000"_qs}));
}

void TestImport::secondSnapshot_replacesTheFeed()
{
    OPEN_DB();
    QVERIFY(importer.import(writeFile(m_files.path(), u"persons_1.csv"_qs,
                                      personsHeader() + personRow(1) + personRow(2) + personRow(3))).imported());
    const QByteArray changed = QByteArray(personRow(2)).replace("人员2", "改名2");
    const ImportReport r = importer.import(
        writeFile(m_files.path(), u"persons_2.csv"_qs, personsHeader() + changed + personRow(3) + personRow(4)));
    QVERIFY2(r.imported(), qPrintable(describe(r)));
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.updated, 1);   // 人员2 renamed; 人员3 delivered again as it was
    QCOMPARE(r.unchanged, 1);
    QCOMPARE(r.deleted, 1);
    QCOMPARE(fx.rows(u"SELECT name FROM persons ORDER BY name"_qs), (QStringList{u"人员3"_qs, u"人员4"_qs, u"改名2"_qs}));
    QCOMPARE(fx.rows(u"SELECT DISTINCT import_id FROM persons"_qs), QStringList{QString::number(r.importId)});
}

void TestImport::delta_afterSnapshot_givesTheFinalRows()
{
    OPEN_DB();
    QVERIFY(importer.import(writeFile(m_files.path(), u"persons.csv"_qs,
                                      personsHeader() + personRow(1) + personRow(2) + personRow(3))).imported());
    const QByteArray delta = "household_area,op,id_number,name,gender,birth_date\n"
                             "441200,upsert," + personId(2) + ",新名字,F,1985-01-01\n"
                             "441200,upsert," + personId(4) + ",人员4,F,1985-01-01\n"
                             ",delete," + personId(1) + ",,,\n"
                             ",delete," + personId(9) + ",,,\n";
    const ImportReport r = importer.import(writeFile(m_files.path(), u"persons_delta_1.csv"_qs, delta));
    QVERIFY2(r.imported(), qPrintable(describe(r)));
    QCOMPARE(r.mode, ImportReport::Mode::Delta);
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.deleted, 1);
    QCOMPARE(r.warningCount, 1);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems[0].codeName(), u"DELETE_MISSING_KEY"_qs);
    QCOMPARE(r.problems[0].line, 5);
    QCOMPARE(fx.rows(u"SELECT id_number, name, household_area FROM persons ORDER BY id_number"_qs),
             (QStringList{QString::fromLatin1(personId(2)) + u"|新名字|441200"_qs,
                          QString::fromLatin1(personId(3)) + u"|人员3|441200-GX"_qs,
                          QString::fromLatin1(personId(4)) + u"|人员4|441200"_qs}));
    QCOMPARE(fx.rows(u"SELECT mode, inserted, updated, deleted, warnings FROM import_history ORDER BY id"_qs),
             (QStringList{u"snapshot|3|0|0|0"_qs, u"delta|1|1|1|1"_qs}));
}

void TestImport::sameDeliveryTwice_changesNothing()
{
    OPEN_DB();
    const QString path = writeFile(m_files.path(), u"social_insurance_2021-01.csv"_qs, socialInsuranceFile(20, 3));
    const ImportReport first = importer.import(path);
    QVERIFY2(first.imported(), qPrintable(describe(first)));
    const QStringList before = fx.rows(u"SELECT * FROM social_insurance ORDER BY 1, 2, 3, 6"_qs);
    QCOMPARE(before.size(), 120);
    // The same bytes under another name are the same delivery.
    QFile::copy(path, m_files.filePath(u"social_insurance_again.csv"_qs));
    for (const QString &again : {path, m_files.filePath(u"social_insurance_again.csv"_qs)}) {
        const ImportReport second = importer.import(again);
        QCOMPARE(second.result, ImportReport::Result::Skipped);
        QCOMPARE(second.previousImportId, first.importId);
        QCOMPARE(second.inserted + second.updated + second.deleted, 0);
        QCOMPARE(fx.rows(u"SELECT * FROM social_insurance ORDER BY 1, 2, 3, 6"_qs), before);
    }
    QCOMPARE(fx.rows(u"SELECT result FROM import_history ORDER BY id"_qs),
             (QStringList{u"imported"_qs, u"skipped"_qs, u"skipped"_qs}));
}

void TestImport::failureInjectedMidway_leavesTheDatabaseAsItWas()
{
    OPEN_DB();
    const ImportReport first = importer.import(
        writeFile(m_files.path(), u"social_insurance_a.csv"_qs, socialInsuranceFile(1000, 24, 0)));
    QVERIFY2(first.imported(), qPrintable(describe(first)));
    QCOMPARE(first.inserted, 48000);
    const QString summary = u"SELECT COUNT(*), SUM(contribution_base_fen), MIN(import_id), MAX(import_id), MIN(month), MAX(month) "
                            "FROM social_insurance"_qs;
    const QStringList before = fx.rows(summary);
    const QStringList historyBefore = fx.rows(u"SELECT * FROM import_history"_qs);

    ImportOptions options;
    options.failAfterRows = 30000;
    const ImportReport r = importer.import(
        writeFile(m_files.path(), u"social_insurance_b.csv"_qs, socialInsuranceFile(1200, 24, 7)), options);
    QCOMPARE(r.result, ImportReport::Result::Rejected);
    QVERIFY(std::any_of(r.problems.begin(), r.problems.end(),
                        [](const feeds::ImportProblem &p) { return p.code == feeds::ProblemCode::DatabaseError; }));
    QCOMPARE(fx.rows(summary), before);
    QCOMPARE(fx.rows(u"SELECT result FROM import_history ORDER BY id"_qs), (QStringList{u"imported"_qs, u"rejected"_qs}));
    QCOMPARE(fx.rows(u"SELECT * FROM import_history WHERE id = "_qs + QString::number(first.importId)), historyBefore);
}

void TestImport::cancel_leavesNothingImported()
{
    OPEN_DB();
    std::atomic<bool> cancel = false;
    qint64 progressCalls = 0;
    qint64 lastBytes = 0;
    const QString path = writeFile(m_files.path(), u"social_insurance.csv"_qs, socialInsuranceFile(1000, 24));
    const ImportReport r = importer.import(path, {}, [&](const feeds::ImportProgress &p) {
        ++progressCalls;
        QVERIFY(p.bytes >= lastBytes);
        QVERIFY(p.bytes <= p.totalBytes);
        QCOMPARE(p.totalBytes, QFileInfo(path).size());
        lastBytes = p.bytes;
        if (p.rows >= 20000)
            cancel = true;
    }, &cancel);
    QCOMPARE(r.result, ImportReport::Result::Cancelled);
    QVERIFY(progressCalls >= 1);
    QCOMPARE(fx.count(u"social_insurance"_qs), 0);
    QCOMPARE(fx.rows(u"SELECT result FROM import_history"_qs), QStringList{u"cancelled"_qs});
    // Without cancelling, the progress ends at the whole file.
    lastBytes = 0;
    const ImportReport done = importer.import(path, {}, [&](const feeds::ImportProgress &p) { lastBytes = p.bytes; });
    QVERIFY2(done.imported(), qPrintable(describe(done)));
    QCOMPARE(lastBytes, QFileInfo(path).size());
}

void TestImport::quarantine_importsGoodRowsAndKeepsBadOnes()
{
    OPEN_DB();
    ImportOptions options;
    options.quarantine = true;
    const QByteArray content = personsHeader() + personRow(1) + personId(2) + ",人员2,M,1985-01-01,441200\n" + personRow(3)
        + personRow(1) + "123,x,M,1985-01-01,441200\n";
    const ImportReport r = importer.import(writeFile(m_files.path(), u"persons.csv"_qs, content), options);
    QVERIFY2(r.imported(), qPrintable(describe(r)));
    QCOMPARE(r.inserted, 2);
    QCOMPARE(r.quarantined, 3);
    QCOMPARE(fx.rows(u"SELECT name FROM persons ORDER BY name"_qs), (QStringList{u"人员1"_qs, u"人员3"_qs}));
    QCOMPARE(fx.rows(u"SELECT line FROM import_quarantine ORDER BY line"_qs), (QStringList{u"3"_qs, u"5"_qs, u"6"_qs}));
    const QStringList record = fx.rows(u"SELECT record FROM import_quarantine WHERE line = 3"_qs);
    QCOMPARE(record.size(), 1);
    QVERIFY2(record[0].contains(u"\"gender\":\"M\""), qPrintable(record[0]));
    QCOMPARE(fx.rows(u"SELECT line, reason_code FROM import_problems WHERE severity = 'error' ORDER BY line, id"_qs),
             (QStringList{u"3|GENDER_MISMATCH"_qs, u"5|DUPLICATE_KEY"_qs, u"6|ID_NUMBER_LENGTH"_qs}));
    QCOMPARE(fx.rows(u"SELECT result, quarantined, errors FROM import_history"_qs), QStringList{u"imported|3|3"_qs});
}

void TestImport::danglingReferences_areImportedAndWarned()
{
    OPEN_DB();
    QVERIFY(importer.import(writeFile(m_files.path(), u"persons.csv"_qs, personsHeader() + personRow(0) + personRow(1))).imported());
    QVERIFY(importer.import(writeFile(m_files.path(), u"enterprises.csv"_qs, enterprisesHeader() + enterpriseRow(0))).imported());
    const QByteArray content = "id_number,employer_credit_code,start_date,end_date,work_area\n"
        + personId(0) + ',' + enterpriseCode(0) + ",2019-01-01,,441200\n"   // both known
        + personId(5) + ',' + enterpriseCode(0) + ",2019-01-01,,441200\n"   // person unknown
        + personId(1) + ',' + enterpriseCode(9) + ",2019-01-01,,441200\n";  // employer unknown
    const ImportReport r = importer.import(writeFile(m_files.path(), u"employment_records.csv"_qs, content));
    QVERIFY2(r.imported(), qPrintable(describe(r)));
    QCOMPARE(r.inserted, 3);
    QStringList warnings;
    for (const auto &p : r.problems)
        warnings << QString::number(p.line) + u'|' + p.column + u'|' + p.codeName() + u'|' + p.value;
    QCOMPARE(warnings, (QStringList{u"3|id_number|DANGLING_REFERENCE|"_qs + QString::fromLatin1(personId(5)),
                                    u"4|employer_credit_code|DANGLING_REFERENCE|"_qs + QString::fromLatin1(enterpriseCode(9))}));
    QVERIFY(r.problems[1].reasonEn.contains(u"enterprises"));
    // subject_id looks in the registry of its kind.
    const QByteArray bank = "subject_id,bank_name,account_no,account_name,verified,updated_date\n"
        + personId(1) + ",B,622202020000123456,人员1,1,2021-01-01\n"
        + enterpriseCode(0) + ",B,622202020000123457,企业0,1,2021-01-01\n"
        + enterpriseCode(4) + ",B,622202020000123458,企业4,0,2021-01-01\n";
    const ImportReport b = importer.import(writeFile(m_files.path(), u"bank_accounts.csv"_qs, bank));
    QVERIFY2(b.imported(), qPrintable(describe(b)));
    QCOMPARE(b.warningCount, 1);
    QCOMPARE(b.problems[0].line, 4);
    // The account name must be the subject's registered name (a warning).
    const ImportReport n = importer.import(writeFile(m_files.path(), u"bank_accounts_2.csv"_qs,
        "subject_id,bank_name,account_no,account_name,verified,updated_date\n" + personId(1)
            + ",B,622202020000123456,人员一,1,2021-01-01\n" + enterpriseCode(0) + ",B,622202020000123457,企业0,1,2021-01-01\n"));
    QVERIFY2(n.imported(), qPrintable(describe(n)));
    QCOMPARE(n.problems.size(), 1);
    QCOMPARE(n.problems[0].codeName(), u"ACCOUNT_NAME_MISMATCH"_qs);
    QCOMPARE(n.problems[0].line, 2);
    QCOMPARE(n.problems[0].value, u"人员一"_qs);
    QCOMPARE(fx.rows(u"SELECT COUNT(*) FROM import_problems WHERE reason_code = 'DANGLING_REFERENCE'"_qs), QStringList{u"3"_qs});
    QCOMPARE(fx.rows(u"SELECT COUNT(*) FROM import_problems WHERE reason_code = 'ACCOUNT_NAME_MISMATCH'"_qs), QStringList{u"1"_qs});
    // Unknown columns are warned and ignored.
    const ImportReport u = importer.import(writeFile(m_files.path(), u"death_records.csv"_qs,
                                                     "id_number,remark,death_date\n" + personId(1) + ",备注,2021-01-01\n"));
    QVERIFY2(u.imported(), qPrintable(describe(u)));
    QCOMPARE(u.problems.size(), 1);
    QCOMPARE(u.problems[0].codeName(), u"UNKNOWN_COLUMN"_qs);
    QCOMPARE(u.problems[0].line, 1);
    QCOMPARE(u.problems[0].column, u"remark"_qs);
    // A new import of the registry is seen by the next import of the same Importer.
    QVERIFY(importer.import(writeFile(m_files.path(), u"persons_2.csv"_qs,
                                      personsHeader() + personRow(0) + personRow(1) + personRow(5))).imported());
    const ImportReport e = importer.import(writeFile(m_files.path(), u"employment_records_2.csv"_qs,
        "id_number,employer_credit_code,start_date,end_date,work_area\n" + personId(5) + ',' + enterpriseCode(0)
            + ",2019-01-01,,441200\n"));
    QVERIFY2(e.imported(), qPrintable(describe(e)));
    QCOMPARE(e.warningCount, 0);
}

void TestImport::unknownFeed_isRejectedWithoutTouchingTheDatabase()
{
    OPEN_DB();
    const ImportReport r = importer.import(writeFile(m_files.path(), u"personsx.csv"_qs, personsHeader() + personRow(1)));
    QCOMPARE(r.result, ImportReport::Result::Rejected);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems[0].codeName(), u"UNKNOWN_FEED"_qs);
    QCOMPARE(fx.count(u"import_history"_qs), 0);
    QCOMPARE(fx.count(u"persons"_qs), 0);
}

void TestImport::qualityGate_largeDeletionHeldUntilConfirmed()
{
    OPEN_DB();
    QByteArray all = personsHeader();
    QByteArray truncated = personsHeader();
    for (int i = 1; i <= 200; ++i) {
        all += personRow(i);
        if (i <= 150)
            truncated += personRow(i);
    }
    QVERIFY(importer.import(writeFile(m_files.path(), u"persons_full.csv"_qs, all)).imported());
    // A quarter of the register would go: held, nothing applied, recorded.
    const QString cut = writeFile(m_files.path(), u"persons_cut.csv"_qs, truncated);
    ImportOptions options;
    options.actor = u"clerk"_qs;
    const ImportReport held = importer.import(cut, options);
    QCOMPARE(held.result, ImportReport::Result::Rejected);
    QVERIFY(held.held);
    QVERIFY2(held.message.contains(u"Held"_qs) && held.message.contains(u"50 of the 200"_qs), qPrintable(held.message));
    QVERIFY(held.messageZh.contains(u"已暂缓"_qs));
    QCOMPARE(fx.rows(u"SELECT COUNT(*) FROM persons"_qs), QStringList{u"200"_qs});
    QCOMPARE(fx.rows(u"SELECT result, held FROM import_history ORDER BY id"_qs),
             (QStringList{u"imported|0"_qs, u"rejected|1"_qs}));
    // Confirmed: applied, and who confirmed is recorded.
    options.acceptLargeChange = true;
    const ImportReport confirmed = importer.import(cut, options);
    QVERIFY2(confirmed.imported(), qPrintable(describe(confirmed)));
    QVERIFY(confirmed.largeChangeAccepted);
    QCOMPARE(confirmed.deleted, 50);
    QCOMPARE(fx.rows(u"SELECT COUNT(*) FROM persons"_qs), QStringList{u"150"_qs});
    QCOMPARE(fx.rows(u"SELECT result, held, COALESCE(large_change_accepted_by, '-') FROM import_history ORDER BY id"_qs),
             (QStringList{u"imported|0|-"_qs, u"rejected|1|-"_qs, u"imported|0|clerk"_qs}));
    // A small change passes without asking.
    const ImportReport small = importer.import(
        writeFile(m_files.path(), u"persons_small.csv"_qs, QByteArray(truncated).replace(personRow(150), QByteArray())));
    QVERIFY2(small.imported() && !small.largeChangeAccepted, qPrintable(describe(small)));
}

void TestImport::historyWriteFailure_reportedInBothLanguages()
{
    MIANSHEN_FEEDS_DB(fx, false);
    Importer importer(*fx.db);
    QSqlQuery q(fx.db->connection());
    QVERIFY(q.exec(u"CREATE TRIGGER no_rejections BEFORE INSERT ON import_history WHEN NEW.result = 'rejected' "
                   "BEGIN SELECT RAISE(ABORT, 'the history is full'); END"_qs));
    const ImportReport r = importer.import(writeFile(m_files.path(), u"persons_bad.csv"_qs,
                                                     personsHeader() + "441200198501010000,B,M,1985-01-01,441200\n"));
    QCOMPARE(r.result, ImportReport::Result::Rejected);
    QCOMPARE(r.importId, 0);
    QVERIFY2(r.message.contains(u"could not be written: "_qs) && r.message.contains(u"the history is full"_qs), qPrintable(r.message));
    QVERIFY2(r.messageZh.contains(u"导入历史未能写入"_qs) && r.messageZh.contains(u"the history is full"_qs), qPrintable(r.messageZh));
    // The window's text (in the reader's language) says it too.
    QVERIFY(r.historyError.contains(u"the history is full"_qs));
    const QString shown = feeds::ImportMessage::render(r);
    QVERIFY2(shown.contains(u"could not be written"_qs) && shown.contains(u"the history is full"_qs), qPrintable(shown));
}

namespace {

QStringList auditActions(const FeedsTestDatabase &fx)
{
    return fx.rows(u"SELECT action FROM audit_log WHERE entity = 'import' ORDER BY id"_qs);
}

} // namespace

void TestImport::qualityGate_largeValueChangeHeldUntilConfirmed()
{
    OPEN_DB();
    QByteArray all = personsHeader();
    QByteArray renamed = personsHeader();
    for (int i = 1; i <= 200; ++i) {
        all += personRow(i);
        renamed += i <= 50 ? QByteArray(personRow(i)).replace("人员", "改名") : personRow(i);
    }
    QVERIFY(importer.import(writeFile(m_files.path(), u"persons_full.csv"_qs, all)).imported());
    // A quarter of the register's rows would change: held, nothing applied.
    const QString path = writeFile(m_files.path(), u"persons_renamed.csv"_qs, renamed);
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport wouldHold = importer.import(path, dry); // the preview says so, recording nothing
    QVERIFY2(wouldHold.held && wouldHold.dryRun, qPrintable(describe(wouldHold)));
    QCOMPARE(wouldHold.updated, 50);
    QCOMPARE(wouldHold.unchanged, 150);
    QCOMPARE(fx.count(u"import_history"_qs), 1);
    ImportOptions options;
    options.actor = u"clerk"_qs;
    const ImportReport held = importer.import(path, options);
    QCOMPARE(held.result, ImportReport::Result::Rejected);
    QVERIFY(held.held);
    QVERIFY2(held.message.contains(u"change the values of 50 of the 200 rows"_qs), qPrintable(held.message));
    QVERIFY2(held.messageZh.contains(u"已暂缓"_qs), qPrintable(held.messageZh));
    QCOMPARE(fx.rows(u"SELECT COUNT(*) FROM persons WHERE name LIKE '改名%'"_qs), QStringList{u"0"_qs});
    QCOMPARE(fx.rows(u"SELECT result, held, message_code FROM import_history ORDER BY id"_qs),
             (QStringList{u"imported|0|imported"_qs, u"rejected|1|held"_qs}));
    QCOMPARE(auditActions(fx), (QStringList{u"import"_qs, u"import.held"_qs}));
    // Confirmed: applied; who confirmed and the figures are recorded.
    options.acceptLargeChange = true;
    const ImportReport confirmed = importer.import(path, options);
    QVERIFY2(confirmed.imported(), qPrintable(describe(confirmed)));
    QVERIFY(confirmed.largeChangeAccepted);
    QCOMPARE(confirmed.updated, 50);
    QCOMPARE(confirmed.unchanged, 150);
    QCOMPARE(fx.rows(u"SELECT COUNT(*) FROM persons WHERE name LIKE '改名%'"_qs), QStringList{u"50"_qs});
    QCOMPARE(fx.rows(u"SELECT COALESCE(large_change_accepted_by, '-') FROM import_history ORDER BY id"_qs),
             (QStringList{u"-"_qs, u"-"_qs, u"clerk"_qs}));
    QCOMPARE(auditActions(fx),
             (QStringList{u"import"_qs, u"import.held"_qs, u"import"_qs, u"import.large_change_accepted"_qs}));
    const QStringList figures = fx.rows(
        u"SELECT after_json FROM audit_log WHERE action = 'import.large_change_accepted'"_qs);
    QVERIFY2(figures.size() == 1 && figures[0].contains(u"\"changed\":50"_qs) && figures[0].contains(u"\"change\""_qs),
             qPrintable(figures.join(u'\n')));
    // 19 more renamed (under 20%): passes without asking.
    QByteArray few = personsHeader();
    for (int i = 1; i <= 200; ++i)
        few += i <= 69 ? QByteArray(personRow(i)).replace("人员", "改名") : personRow(i);
    const ImportReport small = importer.import(writeFile(m_files.path(), u"persons_few.csv"_qs, few));
    QVERIFY2(small.imported() && !small.largeChangeAccepted, qPrintable(describe(small)));
    QCOMPARE(small.updated, 19);
}

void TestImport::qualityGate_danglingJumpHeldUntilConfirmed()
{
    OPEN_DB();
    QByteArray persons = personsHeader();
    for (int i = 0; i < 60; ++i)
        persons += personRow(i);
    QByteArray enterprises = enterprisesHeader();
    for (int i = 0; i < 50; ++i)
        enterprises += enterpriseRow(i);
    QVERIFY(importer.import(writeFile(m_files.path(), u"persons.csv"_qs, persons)).imported());
    QVERIFY(importer.import(writeFile(m_files.path(), u"enterprises.csv"_qs, enterprises)).imported());
    // 60 registered persons, 2 rows each: no dangling reference.
    const ImportReport first = importer.import(writeFile(m_files.path(), u"social_insurance_1.csv"_qs,
                                                         socialInsuranceFile(60, 1)));
    QVERIFY2(first.imported(), qPrintable(describe(first)));
    QCOMPARE(first.danglingReferences, 0);
    // 60 more persons in no registry: 120 dangling references against 0.
    const QString jump = writeFile(m_files.path(), u"social_insurance_2.csv"_qs, socialInsuranceFile(120, 1));
    ImportOptions options;
    options.actor = u"clerk"_qs;
    const ImportReport held = importer.import(jump, options);
    QCOMPARE(held.result, ImportReport::Result::Rejected);
    QVERIFY(held.held);
    QCOMPARE(held.danglingReferences, 120);
    QVERIFY2(held.message.contains(u"refers 120 times to a subject in no registry, against 0"_qs), qPrintable(held.message));
    QCOMPARE(fx.count(u"social_insurance"_qs), 120);
    options.acceptLargeChange = true;
    const ImportReport confirmed = importer.import(jump, options);
    QVERIFY2(confirmed.imported() && confirmed.largeChangeAccepted, qPrintable(describe(confirmed)));
    QCOMPARE(fx.count(u"social_insurance"_qs), 240);
    QCOMPARE(fx.rows(u"SELECT result, held, COALESCE(dangling_references, -1) FROM import_history "
                     "WHERE feed = 'social_insurance' ORDER BY id"_qs),
             (QStringList{u"imported|0|0"_qs, u"rejected|1|120"_qs, u"imported|0|120"_qs}));
    // Twice as many as the last delivery is no jump ("more than double").
    const ImportReport twice = importer.import(writeFile(m_files.path(), u"social_insurance_3.csv"_qs,
                                                         socialInsuranceFile(120, 2)));
    QVERIFY2(twice.imported() && !twice.held, qPrintable(describe(twice)));
    QCOMPARE(twice.danglingReferences, 240);
    QCOMPARE(auditActions(fx).count(u"import.held"_qs), 1);
    QCOMPARE(auditActions(fx).count(u"import.large_change_accepted"_qs), 1);
}

void TestImport::qualityGate_assess()
{
    const catalog::Feed &persons = *catalog::FeedCatalog::builtin().feed(u"persons"_qs);
    using feeds::QualityGate;
    auto verdict = [&](qint64 before, qint64 deleted, qint64 changed, qint64 dangling, std::optional<qint64> previous) {
        return QualityGate::assess(persons, QualityGate::Figures{before, deleted, changed, dangling, previous});
    };
    QVERIFY(verdict(100, 21, 0, 0, {}).deletes);
    QVERIFY(!verdict(100, 20, 0, 0, {}).held());
    QVERIFY(verdict(100, 0, 21, 0, {}).changes);
    QVERIFY(!verdict(99, 99, 99, 0, {}).held());        // too small to tell
    QVERIFY(verdict(0, 0, 0, 101, 50).danglingJump);   // more than double, more than 100
    QVERIFY(!verdict(0, 0, 0, 100, 10).held());        // not more than 100
    QVERIFY(!verdict(0, 0, 0, 200, 100).held());       // not more than double
    QVERIFY(!verdict(0, 0, 0, 5000, std::nullopt).held()); // nothing to compare with
}

void TestImport::snapshotFigures_knownByHand_dryRunAndImport()
{
    OPEN_DB();
    QByteArray first = personsHeader();
    for (int i = 1; i <= 5; ++i)
        first += personRow(i);
    QVERIFY(importer.import(writeFile(m_files.path(), u"persons_1.csv"_qs, first)).imported());
    const QStringList before = fx.rows(u"SELECT * FROM persons ORDER BY id_number"_qs);
    // 1 and 3 as they were; 2 renamed; 4 gone; 5 moved; 6 and 7 new.
    const QByteArray second = personsHeader() + personRow(1) + QByteArray(personRow(2)).replace("人员2", "改名2")
        + personRow(3) + QByteArray(personRow(5)).replace("441200-GX", "441200") + personRow(6) + personRow(7);
    const QString path = writeFile(m_files.path(), u"persons_2.csv"_qs, second);
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport preview = importer.import(path, dry);
    QVERIFY2(preview.imported() && preview.dryRun, qPrintable(describe(preview)));
    QCOMPARE(preview.inserted, 2);
    QCOMPARE(preview.updated, 2);
    QCOMPARE(preview.deleted, 1);
    QCOMPARE(preview.unchanged, 2);
    QCOMPARE(preview.importId, 0);
    QCOMPARE(fx.rows(u"SELECT * FROM persons ORDER BY id_number"_qs), before); // nothing kept
    QCOMPARE(fx.count(u"import_history"_qs), 1);                               // nothing recorded
    const ImportReport r = importer.import(path);
    QVERIFY2(r.imported(), qPrintable(describe(r)));
    QCOMPARE(r.inserted, 2);
    QCOMPARE(r.updated, 2);
    QCOMPARE(r.deleted, 1);
    QCOMPARE(r.unchanged, 2);
    QCOMPARE(fx.rows(u"SELECT inserted, updated, deleted, unchanged FROM import_history ORDER BY id"_qs),
             (QStringList{u"5|0|0|0"_qs, u"2|2|1|2"_qs}));
    // A delta that upserts a row as it is changes nothing: not "updated".
    const QByteArray delta = "op," + personsHeader() + "upsert," + personRow(1) + "upsert,"
        + QByteArray(personRow(3)).replace("人员3", "改名3");
    const ImportReport d = importer.import(writeFile(m_files.path(), u"persons_d.csv"_qs, delta));
    QVERIFY2(d.imported(), qPrintable(describe(d)));
    QCOMPARE(d.updated, 1);
    QCOMPARE(d.unchanged, 1);
}

void TestImport::historyMessage_storedAsCode_renderedOrOldTextShown()
{
    OPEN_DB();
    const ImportReport r = importer.import(writeFile(m_files.path(), u"persons.csv"_qs,
                                                     personsHeader() + personRow(1) + personRow(2)));
    QVERIFY(r.imported());
    const QStringList row = fx.rows(u"SELECT message_code, message_args, message FROM import_history"_qs);
    QCOMPARE(row.size(), 1);
    const QStringList cells = row[0].split(u'|');
    QCOMPARE(cells[0], u"imported"_qs);
    const QString shown = feeds::ImportMessage::render(cells[0], cells[1], cells[2]);
    QVERIFY2(shown.startsWith(u"Imported 2 rows of "_qs) && shown.contains(u"(2 new, 0 updated, 0 deleted)"_qs),
             qPrintable(shown));
    // Rows written before codes were stored show their text as stored.
    QCOMPARE(feeds::ImportMessage::render(QString(), QString(), u"已导入persons共2行"_qs), u"已导入persons共2行"_qs);
    QCOMPARE(feeds::ImportMessage::render(u"some.future.code"_qs, u"{}"_qs, u"stored"_qs), u"stored"_qs);
    // A rejection is stored with its code and figures.
    QVERIFY(!importer.import(writeFile(m_files.path(), u"persons_bad.csv"_qs,
                                       personsHeader() + "441200198501010000,B,M,1985-01-01,441200\n")).imported());
    const QStringList rejected = fx.rows(u"SELECT message_code, message_args FROM import_history WHERE result = 'rejected'"_qs);
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected[0].startsWith(u"rejected|"_qs), qPrintable(rejected[0]));
    const QStringList parts = rejected[0].split(u'|');
    QCOMPARE(feeds::ImportMessage::render(parts[0], parts[1], QString()),
             u"Rejected: 1 errors in 1 rows; nothing was imported."_qs);
}

void TestImport::importOrder_putsRegistriesFirst()
{
    QCOMPARE(Importer::importOrder({u"a/social_insurance.csv"_qs, u"enterprises_1.csv"_qs, u"x.csv"_qs, u"persons.csv"_qs,
                                    u"patents.csv"_qs}),
             (QStringList{u"persons.csv"_qs, u"enterprises_1.csv"_qs, u"a/social_insurance.csv"_qs, u"x.csv"_qs,
                          u"patents.csv"_qs}));
}

void TestImport::preview_tellsFeedAndMode()
{
    const QString snapshot = writeFile(m_files.path(), u"persons_p.csv"_qs, "id_number,name,gender,remark\n");
    const auto p = Importer::preview(snapshot);
    QCOMPARE(p.feed, u"persons"_qs);
    QCOMPARE(p.mode, ImportReport::Mode::Snapshot);
    QCOMPARE(p.missingColumns, (QStringList{u"birth_date"_qs, u"household_area"_qs}));
    QCOMPARE(p.unknownColumns, QStringList{u"remark"_qs});
    QVERIFY(!p.ok());
    const QString delta = writeFile(m_files.path(), u"death_records_d.csv"_qs, "op,id_number,death_date\n");
    QCOMPARE(Importer::preview(delta).mode, ImportReport::Mode::Delta);
    QVERIFY(Importer::preview(delta).ok());
    QVERIFY(!Importer::preview(writeFile(m_files.path(), u"weather.csv"_qs, "a\n")).ok());
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
