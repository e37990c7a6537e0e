#include "ItemModelsTestDatabase.h"

#include "itemmodels/PolicyDocument.h"
#include "itemmodels/PolicyListModel.h"
#include "matching/PolicyRepository.h"
#include "catalog/FeedCatalog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mianshen;
using itemmodels::PolicyListModel;

class TestPolicyListModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return f.fileName();
    }

private Q_SLOTS:
    void shipped_everyPolicyLoadsChecksAndPassesItsTests()
    {
        const auto entries = PolicyListModel::loadShipped();
        QVERIFY(entries.size() >= 6);
        for (const auto &e : entries) {
            QVERIFY2(e.policy, qPrintable(e.path + QStringLiteral(": ") + e.diagnostics.render(e.sourceText, rules::Language::En)));
            QCOMPARE(e.errorCount(), 0);
            QVERIFY(!e.code.isEmpty());
            QVERIFY(!e.titleZh.isEmpty());
            QVERIFY(!e.tests.empty());
            QCOMPARE(e.testsPassed(), int(e.tests.size()));
        }
    }

    void modelTester_andColumns()
    {
        PolicyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(PolicyListModel::loadShipped());
        QVERIFY(model.rowCount() >= 6);
        QVERIFY(!model.index(0, PolicyListModel::Code).data().toString().isEmpty());
        QVERIFY(model.index(0, PolicyListModel::Status).data().toString().contains(QStringLiteral("passed")));
        const QString broken = writeFile(QStringLiteral("broken.json"), "{\"format\": \"mianshen-policy/1\",\n  \"code\": 5\n}\n");
        const int row = model.addEntry(PolicyListModel::loadFile(broken));
        QCOMPARE(row, model.rowCount() - 1);
        QCOMPARE(model.addEntry(PolicyListModel::loadFile(broken)), row); // the same file replaces its entry
        model.retranslate();
    }

    void brokenFile_findingsShownAtTheirLine()
    {
        // An expression with a type error on line 3 of an otherwise shipped policy.
        const auto shipped = PolicyListModel::loadShipped();
        QVERIFY(!shipped.isEmpty());
        QString text = shipped.constFirst().sourceText;
        const int at = text.indexOf(QStringLiteral("\"expr\": \""));
        QVERIFY(at > 0);
        text.insert(at + 9, QStringLiteral("1 + 'x' + "));
        const QString path = writeFile(QStringLiteral("typo.json"), text.toUtf8());
        const auto entry = PolicyListModel::loadFile(path);
        QVERIFY(!entry.policy);
        QVERIFY(entry.errorCount() > 0);
        const auto &first = entry.diagnostics.items().front();
        QVERIFY(first.line > 0);
        const QString html = itemmodels::PolicyDocument::sourceWithFindingsHtml(entry.sourceText, entry.diagnostics, rules::Language::En);
        // The finding follows the line it is about.
        const QString lineNumber = QStringLiteral("%1  ").arg(first.line, 6);
        const int lineAt = html.indexOf(lineNumber);
        const int findingAt = html.indexOf(QStringLiteral("error ["));
        QVERIFY2(lineAt >= 0 && findingAt > lineAt, qPrintable(html.left(2000)));
        QVERIFY(html.indexOf(QStringLiteral("%1  ").arg(first.line + 1, 6)) > findingAt);
        const QString zh = itemmodels::PolicyDocument::sourceWithFindingsHtml(entry.sourceText, entry.diagnostics, rules::Language::Zh);
        QVERIFY(zh.contains(first.message.zh.toHtmlEscaped()));
    }

    void readableView_hasConditionsAmountFlagsAndTests()
    {
        for (const auto &e : PolicyListModel::loadShipped()) {
            const QString html = itemmodels::PolicyDocument::toHtml(*e.policy, e.tests, rules::Language::En);
            QVERIFY(html.contains(e.policy->title.en.toHtmlEscaped()));
            for (const auto &c : e.policy->conditions)
                QVERIFY2(html.contains(c.label.en.toHtmlEscaped()), qPrintable(c.id));
            for (const auto &f : e.policy->flags)
                QVERIFY2(html.contains(f.label.en.toHtmlEscaped()), qPrintable(f.id));
            for (const auto &t : e.policy->tests)
                QVERIFY(html.contains(t.name.toHtmlEscaped()));
            QVERIFY(html.contains(e.policy->legalBasis.document.toHtmlEscaped()));
            const QString zh = itemmodels::PolicyDocument::toHtml(*e.policy, e.tests, rules::Language::Zh);
            QVERIFY(zh.contains(e.policy->title.zh.toHtmlEscaped()));
        }
    }

    void published_listedFromTheDatabase()
    {
        testing::ItemModelsTestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.error()));
        const auto shipped = PolicyListModel::loadShipped();
        matching::PolicyRepository repository(t.db(), catalog::FeedCatalog::builtin());
        const auto published = repository.publishText(shipped.constFirst().sourceText, QStringLiteral("a.json"), QStringLiteral("tester"));
        QVERIFY2(published, qPrintable(published.error()));
        const auto entries = PolicyListModel::readPublished(t.db());
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().code, shipped.constFirst().code);
        QCOMPARE(entries->constFirst().publishedVersion, 1);
        QCOMPARE(entries->constFirst().publishedStatus, QStringLiteral("published"));
        QVERIFY(entries->constFirst().policy);
    }

    void markSuperseded_olderVersionCoveredByANewerOne()
    {
        using Entry = itemmodels::PolicyListModel::Entry;
        const auto version = [](const QString &code, int v, const QString &status, const QString &from, const QString &until) {
            Entry e;
            e.source = Entry::Source::Published;
            e.code = code;
            e.publishedVersion = v;
            e.publishedStatus = status;
            e.effectiveFrom = from;
            e.effectiveUntil = until;
            return e;
        };
        QList<Entry> entries{
            version(QStringLiteral("A"), 1, QStringLiteral("published"), QStringLiteral("2021-01-01"), QString()),
            version(QStringLiteral("A"), 2, QStringLiteral("published"), QStringLiteral("2020-01-01"), QString()),
            version(QStringLiteral("B"), 1, QStringLiteral("published"), QStringLiteral("2020-01-01"), QString()),
            version(QStringLiteral("B"), 2, QStringLiteral("published"), QStringLiteral("2022-01-01"), QString()), // later start: B1 still used before
            version(QStringLiteral("C"), 1, QStringLiteral("published"), QString(), QString()),
            version(QStringLiteral("C"), 2, QStringLiteral("withdrawn"), QString(), QString()), // withdrawn supersedes nothing
        };
        itemmodels::PolicyListModel::markSuperseded(entries);
        QCOMPARE(entries.at(0).supersededBy, 2);
        QCOMPARE(entries.at(1).supersededBy, 0);
        QCOMPARE(entries.at(2).supersededBy, 0);
        QCOMPARE(entries.at(4).supersededBy, 0);
        itemmodels::PolicyListModel model;
        model.setEntries(entries);
        QCOMPARE(model.index(0, itemmodels::PolicyListModel::Status).data().toString(), QStringLiteral("superseded by version 2"));
        QCOMPARE(model.index(1, itemmodels::PolicyListModel::Status).data().toString(), QStringLiteral("published"));
        QCOMPARE(model.index(5, itemmodels::PolicyListModel::Status).data().toString(), QStringLiteral("withdrawn"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyListModel)
#include "tst_policy_list_model.moc"
