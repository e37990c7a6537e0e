// PolicyDiff: the changes between two policy files in words, and as a unified diff.

#include "authoring/DraftTemplate.h"
#include "authoring/PolicyDiff.h"

#include <QFile>
#include <QTest>

using namespace mianshen::authoring;

class TestPolicyDiff final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameText_noChanges()
    {
        const QString t = policyTemplate(QStringLiteral("A-B"), QStringLiteral("2026-01"));
        QVERIFY(describeChanges(t, t).isEmpty());
        QVERIFY(unifiedDiff(t, t).isEmpty());
    }

    void conditionsAmountMonthsBudget_describedInWords()
    {
        const QString before = policyTemplate(QStringLiteral("A-B"), QStringLiteral("2026-01"));
        QString after = before;
        after.replace(QStringLiteral("\"expr\": \"yuan(1000)\""), QStringLiteral("\"expr\": \"yuan(1200)\""));
        after.replace(QStringLiteral("\"from\": \"2026-01\""),
                      QStringLiteral("\"from\": \"2026-02\",\n    \"until\": \"2027-12\""));
        after.replace(QStringLiteral("\"schedule\": {"), QStringLiteral("\"budget\": {\"yuan\": \"500000.00\"},\n  \"schedule\": {"));
        after.replace(QStringLiteral("\"expr\": \"person.registered\"\n    }"),
                      QStringLiteral("\"expr\": \"person.registered\"\n    },\n    {\"id\": \"female\", \"label\": {\"zh\": \"女性\", \"en\": \"Woman\"}, "
                                     "\"expr\": \"person.gender == 'F'\"}"));
        const QStringList changes = describeChanges(before, after);
        const QString all = changes.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Amount changed: yuan(1000) → yuan(1200)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("In effect from 2026-02 instead of 2026-01")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("In effect until 2027-12 instead of open-ended")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Budget added: ")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Condition “Woman” (female) added: person.gender == 'F'")), qPrintable(all));
        QCOMPARE(changes.size(), 5);

        const QStringList back = describeChanges(after, before);
        QVERIFY2(back.join(u'\n').contains(QStringLiteral("Condition “Woman” (female) removed")), qPrintable(back.join(u'\n')));
        QVERIFY2(back.join(u'\n').contains(QStringLiteral("Budget removed")), qPrintable(back.join(u'\n')));
    }

    void amountTable_ruleResultChange()
    {
        QFile f(QStringLiteral(":/policies/talent_living.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString before = QString::fromUtf8(f.readAll());
        QString after = before;
        QVERIFY(after.contains(QStringLiteral("\"then\": \"yuan(2000)\"")));
        after.replace(after.indexOf(QStringLiteral("\"then\": \"yuan(2000)\"")), 20, QStringLiteral("\"then\": \"yuan(2500)\""));
        const QString all = describeChanges(before, after).join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("yuan(2000) → yuan(2500)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("table rule")), qPrintable(all));
    }

    void unifiedDiff_hunkWithContext()
    {
        const QString before = QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh\ni\nj");
        const QString after = QStringLiteral("a\nb\nc\nd\nE\nf\ng\nh\ni\nj\nk");
        const QString diff = unifiedDiff(before, after);
        QVERIFY2(diff.startsWith(QStringLiteral("--- before\n+++ after\n@@ -2,9 +2,10 @@\n b\n c\n d\n-e\n+E\n f\n")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral(" j\n+k\n")), qPrintable(diff));
    }

    void notJson_saysSo()
    {
        QCOMPARE(describeChanges(QStringLiteral("{"), QStringLiteral("{}")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPolicyDiff)
#include "tst_policydiff.moc"
