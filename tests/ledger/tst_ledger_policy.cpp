// The policy format's payment block (models/rules/PolicyLoader): read into
// Policy::payment, bad values refused with the line, and the ledger's reading
// of a published source (PaymentTerms) agrees with the loader.

#include "catalog/FeedCatalog.h"
#include "ledger/PaymentTerms.h"
#include "rules/Diagnostic.h"
#include "rules/PolicyLoader.h"

#include <QFile>
#include <QTest>

using namespace mianshen;

class LedgerPolicyTest : public QObject
{
    Q_OBJECT

    static QString source(const QString &payment)
    {
        QFile f(QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/ledger/data/sched.json"));
        f.open(QIODevice::ReadOnly);
        QString text = QString::fromUtf8(f.readAll());
        text.replace(QStringLiteral("\"payment\": {\"second_approval_above_yuan\": \"100000.00\", \"expire_after_months\": 3}"),
                     QStringLiteral("\"payment\": ") + payment);
        return text;
    }

private Q_SLOTS:
    void paymentBlock()
    {
        rules::PolicyLoader loader(catalog::FeedCatalog::builtin());
        rules::Diagnostics d;
        const QString text = source(QStringLiteral(
            "{\"second_approval_above_yuan\": \"2500.50\", \"expire_after_months\": 6, \"duplicate_programs\": [\"HOUSING\"]}"));
        auto policy = loader.loadText(text, QStringLiteral("sched.json"), d);
        QVERIFY2(policy && !d.hasErrors(), qPrintable(d.render(text, rules::Language::En)));
        QCOMPARE(*policy->payment.secondApprovalAboveFen, 250050);
        QCOMPARE(*policy->payment.expireAfterMonths, 6);
        QCOMPARE(policy->payment.duplicatePrograms, QStringList{QStringLiteral("HOUSING")});
        const ledger::PaymentTerms terms = ledger::PaymentTerms::fromSource(QStringLiteral("SCHED"), text);
        QCOMPARE(terms.secondApprovalAboveFen, 250050);
        QCOMPARE(terms.expireAfterMonths, 6);
        QCOMPARE(terms.duplicatePrograms, QStringList{QStringLiteral("HOUSING")});
        QVERIFY(terms.monthly);
        QVERIFY(!terms.budgetFen);
    }

    void badPaymentBlock_data()
    {
        QTest::addColumn<QString>("payment");
        QTest::newRow("third decimal") << "{\"second_approval_above_yuan\": \"1.005\"}";
        QTest::newRow("months zero") << "{\"expire_after_months\": 0}";
        QTest::newRow("unknown key") << "{\"approvers\": 2}";
        QTest::newRow("program not text") << "{\"duplicate_programs\": [3]}";
    }
    void badPaymentBlock()
    {
        QFETCH(QString, payment);
        rules::PolicyLoader loader(catalog::FeedCatalog::builtin());
        rules::Diagnostics d;
        const QString text = source(payment);
        loader.loadText(text, QStringLiteral("sched.json"), d);
        QVERIFY(d.hasErrors());
        const QString report = d.render(text, rules::Language::En);
        QVERIFY2(report.contains(QStringLiteral("sched.json:11:")), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(LedgerPolicyTest)
#include "tst_ledger_policy.moc"
