#include "itemmodels/ColumnFilter.h"
#include "itemmodels/SensitiveMask.h"
#include "itemmodels/ColumnTitles.h"
#include "itemmodels/TableSource.h"
#include "domain/LanguageSwitcher.h"
#include "support/PendingTranslations.h"

#include <QTest>

using namespace mianshen;
using itemmodels::ColumnFilter;
using itemmodels::ColumnKind;
using itemmodels::TableColumn;

Q_DECLARE_METATYPE(itemmodels::ColumnKind)

class TestColumnFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<ColumnKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QVariantList>("values");

        QTest::newRow("empty") << ColumnKind::Text << QStringLiteral("  ") << QString() << QVariantList();
        QTest::newRow("text contains") << ColumnKind::Text << QStringLiteral("abc")
                                       << QStringLiteral("\"c\" LIKE ? ESCAPE '\\'") << QVariantList{QStringLiteral("%abc%")};
        QTest::newRow("text wildcards escaped") << ColumnKind::Text << QStringLiteral("5%_\\")
                                                << QStringLiteral("\"c\" LIKE ? ESCAPE '\\'")
                                                << QVariantList{QStringLiteral("%5\\%\\_\\\\%")};
        QTest::newRow("text exact") << ColumnKind::Text << QStringLiteral("= abc") << QStringLiteral("\"c\" = ?")
                                    << QVariantList{QStringLiteral("abc")};
        QTest::newRow("text not") << ColumnKind::Text << QStringLiteral("<>abc") << QStringLiteral("\"c\" != ?")
                                  << QVariantList{QStringLiteral("abc")};
        QTest::newRow("no value") << ColumnKind::Money << QStringLiteral("-") << QStringLiteral("\"c\" IS NULL") << QVariantList();
        QTest::newRow("integer") << ColumnKind::Integer << QStringLiteral("42") << QStringLiteral("\"c\" = ?") << QVariantList{42LL};
        QTest::newRow("integer less") << ColumnKind::Integer << QStringLiteral("<= -3") << QStringLiteral("\"c\" <= ?")
                                      << QVariantList{-3LL};
        QTest::newRow("money yuan to fen") << ColumnKind::Money << QStringLiteral(">=1234.5") << QStringLiteral("\"c\" >= ?")
                                           << QVariantList{123450LL};
        QTest::newRow("decimal hundredths") << ColumnKind::Decimal << QStringLiteral(">1.25") << QStringLiteral("\"c\" > ?")
                                            << QVariantList{125LL};
        QTest::newRow("bool yes") << ColumnKind::Bool << QStringLiteral("是") << QStringLiteral("\"c\" = ?") << QVariantList{1};
        QTest::newRow("bool false") << ColumnKind::Bool << QStringLiteral("false") << QStringLiteral("\"c\" = ?") << QVariantList{0};
        QTest::newRow("date from") << ColumnKind::Date << QStringLiteral(">=2021-01-01") << QStringLiteral("\"c\" >= ?")
                                   << QVariantList{QStringLiteral("2021-01-01")};
        QTest::newRow("month before") << ColumnKind::Month << QStringLiteral("<2021-07") << QStringLiteral("\"c\" < ?")
                                      << QVariantList{QStringLiteral("2021-07")};
        QTest::newRow("injection stays a value") << ColumnKind::Text << QStringLiteral("=x' OR '1'='1")
                                                 << QStringLiteral("\"c\" = ?") << QVariantList{QStringLiteral("x' OR '1'='1")};
    }

    void parse()
    {
        QFETCH(ColumnKind, kind);
        QFETCH(QString, text);
        QFETCH(QString, condition);
        QFETCH(QVariantList, values);
        TableColumn column;
        column.sqlName = QStringLiteral("c");
        column.kind = kind;
        const auto filter = ColumnFilter::parse(column, text);
        QVERIFY2(filter, qPrintable(filter.error()));
        QCOMPARE(filter->condition(), condition);
        QCOMPARE(filter->values(), values);
    }

    void parse_invalid_data()
    {
        QTest::addColumn<ColumnKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("integer word") << ColumnKind::Integer << QStringLiteral("many");
        QTest::newRow("money three places") << ColumnKind::Money << QStringLiteral("1.005");
        QTest::newRow("money separators") << ColumnKind::Money << QStringLiteral("1,000");
        QTest::newRow("decimal word") << ColumnKind::Decimal << QStringLiteral("x");
        QTest::newRow("bool other") << ColumnKind::Bool << QStringLiteral("maybe");
        QTest::newRow("text ordering") << ColumnKind::Text << QStringLiteral(">abc");
        QTest::newRow("date shape") << ColumnKind::Date << QStringLiteral(">=21/01/01");
        QTest::newRow("month shape") << ColumnKind::Month << QStringLiteral("<2021-07-01");
    }

    void parse_invalid()
    {
        QFETCH(ColumnKind, kind);
        QFETCH(QString, text);
        TableColumn column;
        column.sqlName = QStringLiteral("c");
        column.titleEn = QStringLiteral("Amount");
        column.kind = kind;
        const auto filter = ColumnFilter::parse(column, text);
        QVERIFY(!filter);
        QVERIFY2(filter.error().contains(QStringLiteral("Amount")), qPrintable(filter.error()));
    }

    void statusWords_typedAsShown_filterTheStoredWord_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("stored") << QStringLiteral("=review");
        QTest::newRow("chinese title") << QStringLiteral("=待审核");
        QTest::newRow("english title") << QStringLiteral("=For Review");
    }

    void statusWords_typedAsShown_filterTheStoredWord()
    {
        QFETCH(QString, typed);
        TableColumn column;
        column.sqlName = QStringLiteral("outcome");
        // The titles come from the translation: Chinese is typed in the Chinese window.
        domain::LanguageSwitcher language;
        language.apply(QStringLiteral("zh_CN"));
        test::PendingTranslations pending;
        QCoreApplication::installTranslator(&pending);
        const auto filter = ColumnFilter::parse(column, typed);
        QCoreApplication::removeTranslator(&pending);
        language.apply(QStringLiteral("en"));
        QVERIFY(filter);
        QCOMPARE(filter->values(), QVariantList{QStringLiteral("review")});
    }

    void columnTitles_followTheLanguage()
    {
        TableColumn column;
        column.sqlName = QStringLiteral("outcome");
        column.titleSource = itemmodels::ColumnTitles::titleSource(column.sqlName);
        QVERIFY(column.titleSource);
        domain::LanguageSwitcher language;
        language.apply(QStringLiteral("en"));
        QCOMPARE(column.title(), QStringLiteral("Outcome"));
        QCOMPARE(itemmodels::ColumnTitles::valueTitle(column.sqlName, QStringLiteral("review")), QStringLiteral("for review"));
        language.apply(QStringLiteral("zh_CN"));
        test::PendingTranslations pending;
        QCoreApplication::installTranslator(&pending);
        const QString zhTitle = column.title();
        const QString zhValue = itemmodels::ColumnTitles::valueTitle(column.sqlName, QStringLiteral("review"));
        QCoreApplication::removeTranslator(&pending);
        language.apply(QStringLiteral("en"));
        QCOMPARE(zhTitle, QStringLiteral("结果"));
        QCOMPARE(zhValue, QStringLiteral("待审核"));
        QVERIFY(!itemmodels::ColumnTitles::titleSource(QStringLiteral("no_such_column")));
    }

    void quoteIdentifier_doublesQuotes()
    {
        QCOMPARE(ColumnFilter::quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    }

    void mask_data()
    {
        QTest::addColumn<bool>("account");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("id number") << false << QStringLiteral("44120019850101001X") << QStringLiteral("441200********001X");
        QTest::newRow("credit code shown") << false << QStringLiteral("91350100M000100Y43") << QStringLiteral("91350100M000100Y43");
        QTest::newRow("short id") << false << QStringLiteral("12345") << QStringLiteral("*****");
        QTest::newRow("empty") << false << QString() << QString();
        QTest::newRow("account") << true << QStringLiteral("6222020200112233445") << QStringLiteral("***************3445");
        QTest::newRow("short account") << true << QStringLiteral("123") << QStringLiteral("***");
    }

    void mask()
    {
        QFETCH(bool, account);
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(account ? itemmodels::SensitiveMask::accountNumber(value) : itemmodels::SensitiveMask::idNumber(value), masked);
    }
};

QTEST_GUILESS_MAIN(TestColumnFilter)
#include "tst_column_filter.moc"
