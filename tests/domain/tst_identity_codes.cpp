#include "domain/IdentityCodes.h"

#include <QTest>

#include <string>

using namespace mianshen::domain::identity;

Q_DECLARE_METATYPE(mianshen::domain::identity::CodeProblem)

namespace {
// Both forms of every function must agree; the tests run each case through both.
std::string utf8(const QString &s) { return s.toStdString(); }
} // namespace

class IdentityCodesTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- id numbers --------------------------------------------------------
    void idNumber_checkCharacterOfPublishedExamples_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QChar>("check");
        // GB 11643-1999 annex example and widely published specimens.
        QTest::newRow("GB 11643 example X") << QStringLiteral("11010519491231002") << QChar(u'X');
        QTest::newRow("GB 11643 example 4") << QStringLiteral("44052418800101001") << QChar(u'4');
        QTest::newRow("specimen X") << QStringLiteral("11010119900307803") << QChar(u'X');
        QTest::newRow("specimen 1 (sum mod 11 = 0)") << QStringLiteral("11010119900307001") << QChar(u'1');
    }
    void idNumber_checkCharacterOfPublishedExamples()
    {
        QFETCH(QString, body);
        QFETCH(QChar, check);
        QCOMPARE(idNumberCheckCharacter(QStringView(body)), std::optional<char>(check.toLatin1()));
        QCOMPARE(idNumberCheckCharacter(std::string_view(utf8(body))), std::optional<char>(check.toLatin1()));
    }

    void idNumber_everyRemainderMapsToTheTable()
    {
        // Vary the last body digit (weight 2) and the first (weight 7) to hit all 11 remainders.
        const std::string_view table = "10X98765432";
        QSet<char> seen;
        for (int a = 0; a <= 9; ++a)
            for (int b = 0; b <= 9; ++b) {
                std::string body = "11010519491231002";
                body[0] = char('0' + a);
                body[16] = char('0' + b);
                int sum = 0;
                const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
                for (int i = 0; i < 17; ++i)
                    sum += (body[std::size_t(i)] - '0') * w[i];
                const auto c = idNumberCheckCharacter(std::string_view(body));
                QVERIFY(c.has_value());
                QCOMPARE(*c, table[std::size_t(sum % 11)]);
                seen.insert(*c);
            }
        QCOMPARE(seen.size(), 11);
    }

    void idNumber_check_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<CodeProblem>("problem");
        QTest::newRow("valid X") << QStringLiteral("11010519491231002X") << CodeProblem::None;
        QTest::newRow("valid lower-case x") << QStringLiteral("11010519491231002x") << CodeProblem::None;
        QTest::newRow("valid digit") << QStringLiteral("441202199003071232") << CodeProblem::None;
        // GB 11643's own example is born in 1880: before 1900-01-01, refused.
        QTest::newRow("standard's example born 1880") << QStringLiteral("440524188001010014") << CodeProblem::BirthDate;
        QTest::newRow("valid leap day") << QStringLiteral("110101200002290018") << CodeProblem::None;
        QTest::newRow("wrong check") << QStringLiteral("110105194912310021") << CodeProblem::CheckCharacter;
        QTest::newRow("swapped digits") << QStringLiteral("11010519491213002X") << CodeProblem::CheckCharacter;
        QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << CodeProblem::Length;
        QTest::newRow("19 characters") << QStringLiteral("11010519491231002X0") << CodeProblem::Length;
        QTest::newRow("empty") << QString() << CodeProblem::Length;
        QTest::newRow("letter in body") << QStringLiteral("1101051949123100AX") << CodeProblem::Character;
        QTest::newRow("X not last") << QStringLiteral("X10105194912310021") << CodeProblem::Character;
        QTest::newRow("bad last character") << QStringLiteral("11010519491231002Y") << CodeProblem::Character;
        QTest::newRow("fullwidth digit") << QStringLiteral("１1010519491231002X") << CodeProblem::Character;
        QTest::newRow("not a real date 02-30") << withCheck(u"11010119900230001") << CodeProblem::BirthDate;
        QTest::newRow("not a leap year 1900-02-29") << withCheck(u"11010119000229001") << CodeProblem::BirthDate;
        QTest::newRow("month 13") << withCheck(u"11010119901301001") << CodeProblem::BirthDate;
        // GB 11643: from 1900-01-01 up to the delivery date (default: today).
        QTest::newRow("born 1899-12-31") << withCheck(u"11010118991231001") << CodeProblem::BirthDate;
        QTest::newRow("born 1900-01-01") << withCheck(u"11010119000101001") << CodeProblem::None;
        QTest::newRow("born in the year 0093") << withCheck(u"11010100930512001") << CodeProblem::BirthDate;
        QTest::newRow("born 2999-01-01 (future)") << withCheck(u"11010129990101001") << CodeProblem::BirthDate;
        // A real-shaped credit code (91 = enterprise, area 441200) whose digits
        // 7-14 read "00930512": both check characters hold, the date does not.
        QTest::newRow("credit code with year 0093") << QStringLiteral("914412009305120596") << CodeProblem::BirthDate;
    }

    // The delivery date bounds the birth date.
    void idNumber_birthDateUpToTheDeliveryDate()
    {
        const QString born = withCheck(u"44120020210910001");   // born 2021-09-10
        QCOMPARE(checkIdNumber(QStringView(born), QDate(2021, 9, 9)), CodeProblem::BirthDate);
        QCOMPARE(checkIdNumber(std::string_view(utf8(born)), QDate(2021, 9, 9)), CodeProblem::BirthDate);
        QCOMPARE(checkIdNumber(QStringView(born), QDate(2021, 9, 10)), CodeProblem::None);
        QCOMPARE(checkIdNumber(std::string_view(utf8(born)), QDate(2021, 10, 1)), CodeProblem::None);
    }

    // Codes valid both ways exist (the registries decide, feeds::Importer and
    // matching::SnapshotLoader); the 0093 one is a credit code only.
    void codesValidBothWays()
    {
        const QString both = QStringLiteral("914412199005120076");      // digits 7-14: 1990-05-12
        QVERIFY(isValidCreditCode(QStringView(both)));
        QVERIFY(isValidIdNumber(QStringView(both)));
        QVERIFY(isValidIdNumber(std::string_view(utf8(both))));
        const QString creditOnly = QStringLiteral("914412009305120596"); // digits 7-14: 0093-05-12
        QVERIFY(isValidCreditCode(QStringView(creditOnly)));
        QVERIFY(!isValidIdNumber(QStringView(creditOnly)));
        QVERIFY(!isValidIdNumber(std::string_view(utf8(creditOnly))));
    }
    void idNumber_check()
    {
        QFETCH(QString, code);
        QFETCH(CodeProblem, problem);
        QCOMPARE(checkIdNumber(QStringView(code)), problem);
        if (code.size() == 18 && code.at(0).unicode() < 128)
            QCOMPARE(checkIdNumber(std::string_view(utf8(code))), problem);
        QCOMPARE(isValidIdNumber(QStringView(code)), problem == CodeProblem::None);
    }

    void idNumber_birthDateAndGender_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        QTest::newRow("female") << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << false;
        QTest::newRow("male") << QStringLiteral("440524188001010014") << QDate(1880, 1, 1) << true;
        QTest::newRow("male, check X") << QStringLiteral("11010119900307803X") << QDate(1990, 3, 7) << true;
    }
    void idNumber_birthDateAndGender()
    {
        QFETCH(QString, code);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        QCOMPARE(idNumberBirthDate(QStringView(code)), birth);
        QCOMPARE(idNumberBirthDate(std::string_view(utf8(code))), birth);
        QCOMPARE(idNumberIsMale(QStringView(code)), std::optional<bool>(male));
        QCOMPARE(idNumberIsMale(std::string_view(utf8(code))), std::optional<bool>(male));
    }

    // ---- credit codes ------------------------------------------------------
    void creditCode_check_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<CodeProblem>("problem");
        QTest::newRow("spec example") << QStringLiteral("91350100M000100Y43") << CodeProblem::None;
        QTest::newRow("published, letter check") << QStringLiteral("91440300708461136T") << CodeProblem::None;
        QTest::newRow("published, L check") << QStringLiteral("91110000600037341L") << CodeProblem::None;
        QTest::newRow("check value 0 (31 -> 0)") << QStringLiteral("91350100M000100Y30") << CodeProblem::None;
        QTest::newRow("wrong check") << QStringLiteral("91350100M000100Y44") << CodeProblem::CheckCharacter;
        QTest::newRow("transposed") << QStringLiteral("91351000M000100Y43") << CodeProblem::CheckCharacter;
        QTest::newRow("letter I not in alphabet") << QStringLiteral("91350100I000100Y43") << CodeProblem::Character;
        QTest::newRow("letter O not in alphabet") << QStringLiteral("91350100O000100Y43") << CodeProblem::Character;
        QTest::newRow("letter S not in alphabet") << QStringLiteral("91350100S000100Y43") << CodeProblem::Character;
        QTest::newRow("lower case") << QStringLiteral("91350100m000100y43") << CodeProblem::Character;
        QTest::newRow("17 characters") << QStringLiteral("91350100M000100Y4") << CodeProblem::Length;
        QTest::newRow("empty") << QString() << CodeProblem::Length;
    }
    void creditCode_check()
    {
        QFETCH(QString, code);
        QFETCH(CodeProblem, problem);
        QCOMPARE(checkCreditCode(QStringView(code)), problem);
        QCOMPARE(checkCreditCode(std::string_view(utf8(code))), problem);
        QCOMPARE(isValidCreditCode(QStringView(code)), problem == CodeProblem::None);
    }

    void creditCode_checkCharacterFollowsTheFormula()
    {
        // Every alphabet character at every position: check = (31 - sum mod 31) mod 31.
        const int w[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        QSet<char> seen;
        for (int pos = 0; pos < 17; ++pos)
            for (std::size_t v = 0; v < CreditCodeAlphabet.size(); ++v) {
                std::string body = "91350100M000100Y4";
                body[std::size_t(pos)] = CreditCodeAlphabet[v];
                int sum = 0;
                for (int i = 0; i < 17; ++i)
                    sum += int(CreditCodeAlphabet.find(body[std::size_t(i)])) * w[i];
                const int check = sum % 31 == 0 ? 0 : 31 - sum % 31;
                const auto c = creditCodeCheckCharacter(std::string_view(body));
                QVERIFY(c.has_value());
                QCOMPARE(*c, CreditCodeAlphabet[std::size_t(check)]);
                QCOMPARE(creditCodeCheckCharacter(QStringView(QString::fromLatin1(body.data(), 17))), c);
                seen.insert(*c);
            }
        QCOMPARE(seen.size(), 31);
        QVERIFY(!creditCodeCheckCharacter(std::string_view("91350100M000100Y")).has_value());
        QVERIFY(!creditCodeCheckCharacter(std::string_view("9135010OM000100Y4")).has_value());
    }

    // ---- patents -----------------------------------------------------------
    void patent_check_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<CodeProblem>("problem");
        QTest::addColumn<int>("kindDigit");
        QTest::newRow("spec example invention") << QStringLiteral("ZL201710601862.3") << CodeProblem::None << 1;
        QTest::newRow("utility model") << QStringLiteral("ZL201520125766.2") << CodeProblem::None << 2;
        QTest::newRow("design") << QStringLiteral("ZL201830093316.9") << CodeProblem::None << 3;
        QTest::newRow("check X") << QStringLiteral("ZL201810000000.X") << CodeProblem::None << 1;
        QTest::newRow("wrong check") << QStringLiteral("ZL201710601862.4") << CodeProblem::CheckCharacter << 1;
        QTest::newRow("no ZL") << QStringLiteral("CN201710601862.3") << CodeProblem::Character << -1;
        QTest::newRow("lower zl") << QStringLiteral("zl201710601862.3") << CodeProblem::Character << -1;
        QTest::newRow("comma not dot") << QStringLiteral("ZL201710601862,3") << CodeProblem::Character << -1;
        QTest::newRow("letter in number") << QStringLiteral("ZL20171060186A.3") << CodeProblem::Character << -1;
        QTest::newRow("lower x") << QStringLiteral("ZL201810000000.x") << CodeProblem::Character << -1;
        QTest::newRow("old 8-digit form") << QStringLiteral("ZL99123456.7") << CodeProblem::Length << -1;
        QTest::newRow("no check") << QStringLiteral("ZL201710601862") << CodeProblem::Length << -1;
    }
    void patent_check()
    {
        QFETCH(QString, code);
        QFETCH(CodeProblem, problem);
        QFETCH(int, kindDigit);
        QCOMPARE(checkPatentNumber(QStringView(code)), problem);
        QCOMPARE(checkPatentNumber(std::string_view(utf8(code))), problem);
        QCOMPARE(patentKindDigit(QStringView(code)), kindDigit);
        QCOMPARE(patentKindDigit(std::string_view(utf8(code))), kindDigit);
    }

    void patent_checkCharacterX()
    {
        // 2*2 + 1*4 + 8*5 + 1*6 = 54; 54 mod 11 = 10, written 'X'.
        QCOMPARE(patentCheckCharacter(std::string_view("201810000000")), std::optional<char>('X'));
        QVERIFY(!patentCheckCharacter(std::string_view("20171060186")).has_value());
        QVERIFY(!patentCheckCharacter(std::string_view("20171060186A")).has_value());
    }

    void patent_kindForDigit_data()
    {
        QTest::addColumn<int>("digit");
        QTest::addColumn<QString>("kind");
        QTest::newRow("1") << 1 << QStringLiteral("invention");
        QTest::newRow("2") << 2 << QStringLiteral("utility_model");
        QTest::newRow("3") << 3 << QStringLiteral("design");
        QTest::newRow("8 PCT counts as invention") << 8 << QStringLiteral("invention");
        QTest::newRow("9 PCT counts as utility model") << 9 << QStringLiteral("utility_model");
        QTest::newRow("4 is none") << 4 << QString();
    }
    void patent_kindForDigit()
    {
        QFETCH(int, digit);
        QFETCH(QString, kind);
        const std::string_view k = patentKindForDigit(digit);
        QCOMPARE(QString::fromLatin1(k.data(), qsizetype(k.size())), kind);
    }

private:
    static QString withCheck(QStringView body)
    {
        const auto c = idNumberCheckCharacter(body);
        return body.toString() + QChar::fromLatin1(c.value_or('?'));
    }
};

QTEST_GUILESS_MAIN(IdentityCodesTest)
#include "tst_identity_codes.moc"
