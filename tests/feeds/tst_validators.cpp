// Every type of the feed contract, with valid and invalid values: what is
// accepted, what it is stored as, and the reason code of what is rejected.
// Also the row checks (gender / birth date against the id number, a patent's
// kind against its number).
#include "catalog/FeedCatalog.h"
#include "domain/IdentityCodes.h"
#include "feeds/ColumnValidator.h"
#include "feeds/CsvReader.h"
#include "feeds/RowValidator.h"

#include <QBuffer>
#include <QTest>

using namespace mianshen;
using catalog::FeedCatalog;
using feeds::ColumnValidator;
using feeds::FieldValue;
using feeds::ProblemCode;

class TestValidators final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void rowChecks_data();
    void rowChecks();
    void header_data();
    void header();
    void deleteRows_needOnlyTheKey();
};

namespace {

QByteArray id(const char *body17)
{
    const auto c = domain::identity::idNumberCheckCharacter(std::string_view(body17));
    return QByteArray(body17) + QByteArray(1, c.value_or('?'));
}
QByteArray wrongCheck(QByteArray code, char good)
{
    code[code.size() - 1] = good == '1' ? '2' : '1';
    return code;
}
QByteArray credit(const char *body17)
{
    const auto c = domain::identity::creditCodeCheckCharacter(std::string_view(body17));
    return QByteArray(body17) + QByteArray(1, c.value_or('?'));
}
QByteArray patent(const char *digits12)
{
    const auto c = domain::identity::patentCheckCharacter(std::string_view(digits12));
    return "ZL" + QByteArray(digits12) + '.' + QByteArray(1, c.value_or('?'));
}

QString stored(const FieldValue &v)
{
    switch (v.kind) {
    case FieldValue::Kind::Null:
        return u"<null>"_qs;
    case FieldValue::Kind::Integer:
        return QString::number(v.integer);
    case FieldValue::Kind::Text:
        return QString::fromUtf8(v.text.data(), qsizetype(v.text.size()));
    }
    return {};
}

} // namespace

void TestValidators::values_data()
{
    QTest::addColumn<QString>("feed");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code");   // "" = valid
    QTest::addColumn<QString>("stored"); // when valid

    auto ok = [](const char *name, const char *feed, const char *column, const QByteArray &value, const QString &store) {
        QTest::newRow(name) << QString::fromLatin1(feed) << QString::fromLatin1(column) << value << QString() << store;
    };
    auto bad = [](const char *name, const char *feed, const char *column, const QByteArray &value, const char *code) {
        QTest::newRow(name) << QString::fromLatin1(feed) << QString::fromLatin1(column) << value
                            << QString::fromLatin1(code) << QString();
    };
    const QByteArray person = id("11010519491231002");   // ...X
    const QByteArray personLowerX = QByteArray(person).replace('X', 'x');
    const QByteArray person2 = id("44120019900101123");
    QVERIFY(person.endsWith('X'));

    // id_number
    ok("id", "education", "id_number", person2, QString::fromLatin1(person2));
    ok("id with X", "education", "id_number", person, QString::fromLatin1(person));
    ok("id lower x stored upper", "education", "id_number", personLowerX, QString::fromLatin1(person));
    bad("id check", "education", "id_number", wrongCheck(person2, person2.back()), "ID_NUMBER_CHECK");
    bad("id short", "education", "id_number", person2.left(17), "ID_NUMBER_LENGTH");
    bad("id long", "education", "id_number", person2 + '1', "ID_NUMBER_LENGTH");
    bad("id letter", "education", "id_number", "4412001990010112A3", "ID_NUMBER_CHARACTER");
    bad("id birth date not real", "education", "id_number", id("44120019900230123"), "ID_NUMBER_BIRTH_DATE");
    bad("id empty", "education", "id_number", "", "MISSING_VALUE");
    // credit_code
    const QByteArray company = credit("91441200MA4UXXXX0");
    ok("credit", "enterprises", "credit_code", company, QString::fromLatin1(company));
    bad("credit check", "enterprises", "credit_code", wrongCheck(company, company.back()), "CREDIT_CODE_CHECK");
    bad("credit lower case", "enterprises", "credit_code", company.toLower(), "CREDIT_CODE_CHARACTER");
    bad("credit letter I", "enterprises", "credit_code", "91441200MA4UIXXX01", "CREDIT_CODE_CHARACTER");
    bad("credit short", "enterprises", "credit_code", company.left(17), "CREDIT_CODE_LENGTH");
    // patent_no
    ok("patent example", "patents", "patent_no", "ZL201710601862.3", u"ZL201710601862.3"_qs);
    ok("patent X check", "patents", "patent_no", patent("201820000015"), QString::fromLatin1(patent("201820000015")));
    bad("patent check", "patents", "patent_no", "ZL201710601862.4", "PATENT_NO_CHECK");
    bad("patent no ZL", "patents", "patent_no", "201710601862.3", "PATENT_NO_FORMAT");
    bad("patent no dot", "patents", "patent_no", "ZL2017106018623", "PATENT_NO_FORMAT");
    // subject_id
    ok("subject person", "credit_records", "subject_id", person2, QString::fromLatin1(person2));
    ok("subject person lower x", "credit_records", "subject_id", personLowerX, QString::fromLatin1(person));
    ok("subject enterprise", "credit_records", "subject_id", company, QString::fromLatin1(company));
    bad("subject neither", "credit_records", "subject_id", wrongCheck(company, company.back()), "SUBJECT_ID_INVALID");
    // date / month / year
    ok("date", "death_records", "death_date", "2021-02-28", u"2021-02-28"_qs);
    ok("date leap", "death_records", "death_date", "2020-02-29", u"2020-02-29"_qs);
    ok("date 2000 leap", "death_records", "death_date", "2000-02-29", u"2000-02-29"_qs);
    bad("date not leap", "death_records", "death_date", "2021-02-29", "DATE_NOT_REAL");
    bad("date 1900 not leap", "death_records", "death_date", "1900-02-29", "DATE_NOT_REAL");
    bad("date april 31", "death_records", "death_date", "2021-04-31", "DATE_NOT_REAL");
    bad("date month 13", "death_records", "death_date", "2021-13-01", "DATE_NOT_REAL");
    bad("date day 0", "death_records", "death_date", "2021-01-00", "DATE_NOT_REAL");
    bad("date slashes", "death_records", "death_date", "2021/01/05", "DATE_FORMAT");
    bad("date short", "death_records", "death_date", "2021-1-5", "DATE_FORMAT");
    bad("date with time", "death_records", "death_date", "2021-01-05 00:00", "DATE_FORMAT");
    ok("month", "social_insurance", "month", "2021-09", u"2021-09"_qs);
    bad("month 13", "social_insurance", "month", "2021-13", "MONTH_FORMAT");
    bad("month 00", "social_insurance", "month", "2021-00", "MONTH_FORMAT");
    bad("month as date", "social_insurance", "month", "2021-09-01", "MONTH_FORMAT");
    ok("year", "tax_payments", "year", "2021", u"2021"_qs);
    bad("year short", "tax_payments", "year", "21", "YEAR_FORMAT");
    bad("year text", "tax_payments", "year", "20x1", "YEAR_FORMAT");
    // money
    ok("money whole", "tax_payments", "tax_paid", "1234", u"123400"_qs);
    ok("money one place", "tax_payments", "tax_paid", "1234.5", u"123450"_qs);
    ok("money two places", "tax_payments", "tax_paid", "1234.56", u"123456"_qs);
    ok("money zero", "tax_payments", "tax_paid", "0", u"0"_qs);
    ok("money large exact", "tax_payments", "tax_paid", "123456789012.34", u"12345678901234"_qs);
    bad("money third place", "tax_payments", "tax_paid", "1234.567", "MONEY_DECIMALS");
    bad("money third place zero", "tax_payments", "tax_paid", "1.000", "MONEY_DECIMALS");
    bad("money negative", "tax_payments", "tax_paid", "-5", "MONEY_NEGATIVE");
    bad("money separator", "tax_payments", "tax_paid", "1,234", "MONEY_FORMAT");
    bad("money exponent", "tax_payments", "tax_paid", "1e3", "MONEY_FORMAT");
    bad("money symbol", "tax_payments", "tax_paid", "¥12", "MONEY_FORMAT");
    bad("money dot only", "tax_payments", "tax_paid", "12.", "MONEY_FORMAT");
    bad("money space", "tax_payments", "tax_paid", " 12", "MONEY_FORMAT");
    // decimal
    ok("decimal", "housing_transactions", "floor_area_m2", "89.5", u"8950"_qs);
    bad("decimal three places", "housing_transactions", "floor_area_m2", "89.555", "DECIMAL_DECIMALS");
    bad("decimal text", "housing_transactions", "floor_area_m2", "about 90", "DECIMAL_FORMAT");
    // bool
    ok("bool 1", "education", "full_time", "1", u"1"_qs);
    ok("bool 0", "education", "full_time", "0", u"0"_qs);
    ok("bool true", "education", "full_time", "true", u"1"_qs);
    ok("bool false", "education", "full_time", "false", u"0"_qs);
    ok("bool 是", "education", "full_time", "是", u"1"_qs);
    ok("bool 否", "education", "full_time", "否", u"0"_qs);
    bad("bool yes", "education", "full_time", "yes", "BOOL_VALUE");
    bad("bool TRUE", "education", "full_time", "TRUE", "BOOL_VALUE");
    bad("bool 2", "education", "full_time", "2", "BOOL_VALUE");
    // integer
    ok("integer in range", "skill_certificates", "level", "5", u"5"_qs);
    bad("integer above range", "skill_certificates", "level", "6", "INTEGER_RANGE");
    bad("integer below range", "skill_certificates", "level", "0", "INTEGER_RANGE");
    bad("integer decimal", "skill_certificates", "level", "3.0", "INTEGER_FORMAT");
    ok("integer zero employees", "annual_reports", "employees", "0", u"0"_qs);
    ok("integer many employees", "annual_reports", "employees", "120000", u"120000"_qs);
    bad("integer negative employees", "annual_reports", "employees", "-1", "INTEGER_RANGE");
    // enum
    ok("enum", "social_insurance", "insurance_type", "pension", u"pension"_qs);
    bad("enum case", "social_insurance", "insurance_type", "Pension", "ENUM_VALUE");
    bad("enum chinese", "social_insurance", "insurance_type", "养老", "ENUM_VALUE");
    // area
    ok("area", "persons", "household_area", "441200", u"441200"_qs);
    ok("area tag", "persons", "household_area", "441200-GX", u"441200-GX"_qs);
    ok("area tag digits", "persons", "household_area", "441200-a1", u"441200-a1"_qs);
    bad("area short", "persons", "household_area", "44120", "AREA_FORMAT");
    bad("area dash only", "persons", "household_area", "441200-", "AREA_FORMAT");
    bad("area bad tag", "persons", "household_area", "441200-G_X", "AREA_FORMAT");
    bad("area seven digits", "persons", "household_area", "4412001", "AREA_FORMAT");
    // text
    ok("name chinese", "persons", "name", "张三", u"张三"_qs);
    ok("name 50 chars", "persons", "name", QString(50, u'李').toUtf8(), QString(50, u'李'));
    bad("name 51 chars", "persons", "name", QString(51, u'李').toUtf8(), "TEXT_TOO_LONG");
    bad("name empty", "persons", "name", "", "MISSING_VALUE");
    ok("industry", "enterprises", "industry_code", "C3985", u"C3985"_qs);
    ok("industry letter only", "enterprises", "industry_code", "C", u"C"_qs);
    bad("industry five digits", "enterprises", "industry_code", "C39851", "TEXT_PATTERN");
    bad("industry lower", "enterprises", "industry_code", "c3985", "TEXT_PATTERN");
    ok("account 12 digits", "bank_accounts", "account_no", "123456789012", u"123456789012"_qs);
    ok("account 30 digits", "bank_accounts", "account_no", QByteArray(30, '7'), QString(30, u'7'));
    bad("account 11 digits", "bank_accounts", "account_no", "12345678901", "TEXT_PATTERN");
    bad("account 31 digits", "bank_accounts", "account_no", QByteArray(31, '7'), "TEXT_PATTERN");
    bad("account dashes", "bank_accounts", "account_no", "6222-0202-0000-1234", "TEXT_PATTERN");
    ok("pct", "pct_applications", "application_no", "PCT/CN2020/123456", u"PCT/CN2020/123456"_qs);
    bad("pct short serial", "pct_applications", "application_no", "PCT/CN2020/12345", "TEXT_PATTERN");
    bad("pct other office", "pct_applications", "application_no", "PCT/US2020/123456", "TEXT_PATTERN");
    // optional
    ok("optional empty is null", "employment_records", "end_date", "", u"<null>"_qs);
    ok("optional key empty is ''", "payment_history", "period", "", QString());
    bad("optional still validated", "employment_records", "end_date", "2021-02-30", "DATE_NOT_REAL");
}

void TestValidators::values()
{
    QFETCH(QString, feed);
    QFETCH(QString, column);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    QFETCH(QString, stored);
    const catalog::Feed *f = FeedCatalog::builtin().feed(feed);
    QVERIFY(f);
    const catalog::Column *c = f->column(column);
    QVERIFY(c);
    ColumnValidator validator(*c, f->isKey(column));
    FieldValue out;
    char scratch[ColumnValidator::ScratchSize];
    QString detail;
    const ProblemCode problem = validator.check(std::string_view(value.constData(), size_t(value.size())), out, scratch, &detail);
    QCOMPARE(feeds::problemCodeName(problem), code.isEmpty() ? u"NONE"_qs : code);
    if (code.isEmpty())
        QCOMPARE(::stored(out), stored);
    // Every reason has text in both languages, with its blank filled.
    const auto p = feeds::makeProblem(problem, feeds::Severity::Error, 2, column, QString::fromUtf8(value), detail);
    if (problem != ProblemCode::None) {
        QVERIFY(!p.reasonZh.isEmpty() && !p.reasonEn.isEmpty());
        QVERIFY2(!p.reasonEn.contains(u"%1"), qPrintable(p.reasonEn));
    }
}

namespace {

// Validates data lines (after a header) of a feed; returns "line:column:CODE" per problem.
QStringList validateRows(const QString &feed, const QByteArray &csv)
{
    const catalog::Feed *f = FeedCatalog::builtin().feed(feed);
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    feeds::CsvReader reader(&buffer);
    if (reader.next() != feeds::CsvReader::Status::Record)
        return {u"no header"_qs};
    std::vector<std::string> header;
    for (int i = 0; i < reader.fieldCount(); ++i)
        header.emplace_back(reader.field(i));
    QList<feeds::ImportProblem> problems;
    feeds::RowValidator rows(*f, header, problems);
    std::vector<FieldValue> values;
    feeds::RowValidator::Op op;
    while (reader.next() == feeds::CsvReader::Status::Record)
        rows.validate(reader, values, op, problems);
    QStringList out;
    for (const auto &p : problems)
        out << QString::number(p.line) + u':' + p.column + u':' + p.codeName();
    return out;
}

} // namespace

void TestValidators::rowChecks_data()
{
    QTest::addColumn<QString>("feed");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("problems");
    const QByteArray female = id("11010519491231002"); // digit 17 = 2: female, born 1949-12-31
    const QByteArray male = id("44120019900101123");   // digit 17 = 3: male, born 1990-01-01
    const QByteArray header = "id_number,name,gender,birth_date,household_area\n";
    QTest::newRow("persons agree") << u"persons"_qs
                                   << header + female + ",王芳,F,1949-12-31,110105\n" + male + ",李雷,M,1990-01-01,441200-GX\n"
                                   << QStringList{};
    QTest::newRow("gender disagrees") << u"persons"_qs << header + male + ",李雷,F,1990-01-01,441200\n"
                                      << QStringList{u"2:gender:GENDER_MISMATCH"_qs};
    QTest::newRow("birth date disagrees") << u"persons"_qs << header + male + ",李雷,M,1990-01-02,441200\n"
                                          << QStringList{u"2:birth_date:BIRTH_DATE_MISMATCH"_qs};
    QTest::newRow("every bad field of a row")
        << u"persons"_qs << header + "123,,X,1990-02-30,12\n"
        << QStringList{u"2:id_number:ID_NUMBER_LENGTH"_qs, u"2:name:MISSING_VALUE"_qs, u"2:gender:ENUM_VALUE"_qs,
                       u"2:birth_date:DATE_NOT_REAL"_qs, u"2:household_area:AREA_FORMAT"_qs};
    const QByteArray pHeader = "patent_no,kind,title,patentee_credit_code,application_date,grant_date,status\n";
    const QByteArray company = credit("91441200MA4UXXXX0");
    QTest::newRow("patent kinds agree")
        << u"patents"_qs
        << pHeader + patent("201710601862") + ",invention,t," + company + ",2017-07-01,2019-01-01,valid\n"
               + patent("201820000015") + ",utility_model,t," + company + ",2018-01-01,2019-01-01,valid\n"
               + patent("201930000011") + ",design,t," + company + ",2019-01-01,2019-06-01,lapsed\n"
               + patent("201880000011") + ",invention,t," + company + ",2018-01-01,2020-06-01,valid\n"
               + patent("201890000011") + ",utility_model,t," + company + ",2018-01-01,2020-06-01,valid\n"
        << QStringList{};
    QTest::newRow("patent kind disagrees")
        << u"patents"_qs << pHeader + patent("201820000015") + ",invention,t," + company + ",2018-01-01,2019-01-01,valid\n"
        << QStringList{u"2:kind:PATENT_KIND_MISMATCH"_qs};
    QTest::newRow("field count")
        << u"death_records"_qs << QByteArray("id_number,death_date\n") + male + ",2020-01-01,extra\n" + male + "\n"
        << QStringList{u"2::FIELD_COUNT"_qs, u"3::FIELD_COUNT"_qs};
    QTest::newRow("op value") << u"death_records"_qs
                              << QByteArray("op,id_number,death_date\nmerge,") + male + ",2020-01-01\n"
                              << QStringList{u"2:op:OP_VALUE"_qs};
}

void TestValidators::rowChecks()
{
    QFETCH(QString, feed);
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, problems);
    QCOMPARE(validateRows(feed, csv), problems);
}

void TestValidators::header_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("delta");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("spec order") << QByteArray("id_number,employer_credit_code,start_date,end_date,work_area") << true
                                << false << QStringList{};
    QTest::newRow("shuffled") << QByteArray("work_area,start_date,id_number,employer_credit_code,end_date") << true
                              << false << QStringList{};
    QTest::newRow("optional column missing") << QByteArray("id_number,employer_credit_code,start_date,work_area")
                                             << true << false << QStringList{};
    QTest::newRow("required column missing") << QByteArray("id_number,employer_credit_code,end_date,work_area")
                                             << false << false << QStringList{u"1:start_date:MISSING_COLUMN"_qs};
    QTest::newRow("unknown column warned") << QByteArray("id_number,employer_credit_code,start_date,work_area,remark")
                                           << true << false << QStringList{u"1:remark:UNKNOWN_COLUMN"_qs};
    QTest::newRow("repeated column") << QByteArray("id_number,employer_credit_code,start_date,work_area,start_date")
                                     << false << false << QStringList{u"1:start_date:DUPLICATE_COLUMN"_qs};
    QTest::newRow("op makes a delta") << QByteArray("op,id_number,employer_credit_code,start_date,work_area") << true
                                      << true << QStringList{};
}

void TestValidators::header()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, ok);
    QFETCH(bool, delta);
    QFETCH(QStringList, problems);
    std::vector<std::string> names;
    for (const QByteArray &n : header.split(','))
        names.emplace_back(n.toStdString());
    QList<feeds::ImportProblem> found;
    feeds::RowValidator rows(*FeedCatalog::builtin().feed(u"employment_records"_qs), names, found);
    QCOMPARE(rows.headerOk(), ok);
    QCOMPARE(rows.isDelta(), delta);
    QStringList got;
    for (const auto &p : found)
        got << QString::number(p.line) + u':' + p.column + u':' + p.codeName();
    QCOMPARE(got, problems);
}

void TestValidators::deleteRows_needOnlyTheKey()
{
    const QByteArray male = id("44120019900101123");
    QCOMPARE(validateRows(u"persons"_qs, QByteArray("op,id_number,name,gender,birth_date,household_area\ndelete,") + male
                                             + ",,,,\n"),
             QStringList{});
    QCOMPARE(validateRows(u"persons"_qs, QByteArray("op,id_number,name,gender,birth_date,household_area\ndelete,123,,,,\n")),
             QStringList{u"2:id_number:ID_NUMBER_LENGTH"_qs});
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
