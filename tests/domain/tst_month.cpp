#include "domain/Month.h"

#include <QTest>

using mianshen::domain::Month;

class MonthTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_acceptsOnlyYyyyMm()
    {
        QVERIFY(Month::parse(u"2021-09").has_value());
        QVERIFY(!Month::parse(u"2021-9").has_value());
        QVERIFY(!Month::parse(u"2021-13").has_value());
        QVERIFY(!Month::parse(u"2021-00").has_value());
        QVERIFY(!Month::parse(u"2021-09-01").has_value());
    }
    void arithmetic()
    {
        const Month m = *Month::parse(u"2021-11");
        QCOMPARE(m.addMonths(3).toString(), QStringLiteral("2022-02"));
        QCOMPARE(m.monthsUntil(*Month::parse(u"2024-10")), 35);
        QCOMPARE(m.lastDay(), QDate(2021, 11, 30));
        QCOMPARE(Month::parse(u"2024-02")->lastDay(), QDate(2024, 2, 29));
    }
};

QTEST_GUILESS_MAIN(MonthTest)
#include "tst_month.moc"
