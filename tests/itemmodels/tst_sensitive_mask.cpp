// The masking rules of names, id numbers, accounts and phone numbers: one
// row per edge case.

#include "itemmodels/SensitiveMask.h"

#include <QTest>

using mianshen::itemmodels::SensitiveMask;

class TestSensitiveMask final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void personName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("three characters") << "张三丰" << "张*丰";
        QTest::newRow("two characters") << "张三" << "张*";
        QTest::newRow("one character") << "王" << "*";
        QTest::newRow("four characters") << "张小小三" << "张**三";
        QTest::newRow("compound surname, four") << "欧阳小明" << "欧阳*明";
        QTest::newRow("compound surname, three") << "欧阳明" << "欧阳*";
        QTest::newRow("compound surname, five") << "司马相如如" << "司马**如";
        QTest::newRow("compound surname alone") << "欧阳" << "欧*";
        QTest::newRow("not compound: 欧 alone") << "欧小明" << "欧*明";
        QTest::newRow("surrounding spaces") << " 李四 " << "李*";
        QTest::newRow("transliterated with dot") << "买买提·艾力" << "买**·*力";
        QTest::newRow("two parts, short last") << "阿依·古" << "阿*·*";
        QTest::newRow("Latin name") << "John Smith" << "J*** S****";
        QTest::newRow("Latin single") << "Anna" << "A***";
        QTest::newRow("Latin hyphenated") << "Mary-Jane O'Neil" << "M***-J*** O'N***";
        QTest::newRow("empty") << "" << "";
    }
    void personName()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(SensitiveMask::personName(name), masked);
    }

    void idNumber_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("masked");
        QTest::newRow("18 digits") << "441202199001010029" << "441202********0029";
        QTest::newRow("ends with X") << "44120219900101002X" << "441202********002X";
        QTest::newRow("15 digits (old card)") << "441202900101002" << "441202*****1002";
        QTest::newRow("short") << "12345" << "*****";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("credit code in full") << "91441200MA4W00001W" << "91441200MA4W00001W";
    }
    void idNumber()
    {
        QFETCH(QString, id);
        QFETCH(QString, masked);
        QCOMPARE(SensitiveMask::idNumber(id), masked);
    }

    void accountAndPhone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("account") << "account" << "6222020200112233445" << "***************3445";
        QTest::newRow("short account") << "account" << "1234" << "****";
        QTest::newRow("mobile") << "phone" << "13812345678" << "138****5678";
        QTest::newRow("landline") << "phone" << "0758-2345678" << "****-***5678";
        QTest::newRow("mobile with spaces") << "phone" << "138 1234 5678" << "*** **** 5678";
        QTest::newRow("tiny") << "phone" << "110" << "***";
    }
    void accountAndPhone()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(kind == QLatin1String("account") ? SensitiveMask::accountNumber(value) : SensitiveMask::phoneNumber(value),
                 masked);
    }

    void enterpriseNamesInFull()
    {
        QCOMPARE(SensitiveMask::subjectName(QStringLiteral("肇庆高新区示范科技有限公司"), QStringLiteral("enterprise")),
                 QStringLiteral("肇庆高新区示范科技有限公司"));
        QCOMPARE(SensitiveMask::subjectName(QStringLiteral("欧阳小明"), QStringLiteral("person")), QStringLiteral("欧阳*明"));
        QCOMPARE(SensitiveMask::subjectId(QStringLiteral("91441200MA4W00001W"), QStringLiteral("enterprise")),
                 QStringLiteral("91441200MA4W00001W"));
        QCOMPARE(SensitiveMask::subjectId(QStringLiteral("44120219900101002X"), QStringLiteral("person")),
                 QStringLiteral("441202********002X"));
    }
};

QTEST_GUILESS_MAIN(TestSensitiveMask)
#include "tst_sensitive_mask.moc"
