#include "domain/Money.h"

#include <QTest>

using mianshen::domain::Money;

class MoneyTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qlonglong>("fen");
        QTest::newRow("whole") << QStringLiteral("1234") << true << 123400LL;
        QTest::newRow("one place") << QStringLiteral("1234.5") << true << 123450LL;
        QTest::newRow("two places") << QStringLiteral("1234.56") << true << 123456LL;
        QTest::newRow("zero") << QStringLiteral("0") << true << 0LL;
        QTest::newRow("small") << QStringLiteral("0.07") << true << 7LL;
        QTest::newRow("third place rejects") << QStringLiteral("1.234") << false << 0LL;
        QTest::newRow("trailing dot") << QStringLiteral("12.") << false << 0LL;
        QTest::newRow("leading dot") << QStringLiteral(".5") << false << 0LL;
        QTest::newRow("negative not allowed") << QStringLiteral("-1") << false << 0LL;
        QTest::newRow("exponent") << QStringLiteral("1e3") << false << 0LL;
        QTest::newRow("space") << QStringLiteral(" 12") << false << 0LL;
        QTest::newRow("separator") << QStringLiteral("1,000") << false << 0LL;
        QTest::newRow("empty") << QString() << false << 0LL;
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << false << 0LL;
        QTest::newRow("fullwidth digit") << QStringLiteral("１２") << false << 0LL;
    }
    void parseYuan()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qlonglong, fen);
        const auto money = Money::parseYuan(text);
        QCOMPARE(money.has_value(), valid);
        if (valid)
            QCOMPARE(money->fen(), fen);
    }
    void parseYuan_negativeWhenAllowed()
    {
        QCOMPARE(Money::parseYuan(u"-3.05", true)->fen(), -305);
    }
    void formats()
    {
        QCOMPARE(Money::fromFen(123456).toYuanString(), QStringLiteral("1234.56"));
        QCOMPARE(Money::fromFen(-5).toYuanString(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromFen(240213300).toDisplayString(), QStringLiteral("¥2,402,133.00"));
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "tst_money.moc"
