// Policy drafts (models/authoring/DraftStore) on SQLite and PostgreSQL:
// the template, autosave with its revision check, submit refusing errors
// with their positions, send back, approval by another person publishing
// through PolicyRepository, new versions, import/export, and the audit log.

#include "AuthoringFixture.h"

#include "authoring/DraftCheck.h"
#include "authoring/DraftStore.h"
#include "authoring/DraftTemplate.h"
#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "staff/StaffAccounts.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace mianshen;
using authoring::DraftStatus;
using authoring::DraftStore;

namespace {

void bothDatabases()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

// The template with its amount changed (still valid) or broken.
QString changedAmount(const QString &source, const QString &amountExpr)
{
    QString s = source;
    s.replace(QStringLiteral("\"expr\": \"yuan(1000)\""), QStringLiteral("\"expr\": \"%1\"").arg(amountExpr));
    return s;
}

} // namespace

class TestDraftStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void template_loadsChecksAndPassesItsTests();
    void createNew_savesWithRevisionsAndRefusesStaleSave_data() { bothDatabases(); }
    void createNew_savesWithRevisionsAndRefusesStaleSave();
    void submit_refusesErrorsNamingLineAndColumn_data() { bothDatabases(); }
    void submit_refusesErrorsNamingLineAndColumn();
    void workflow_sendBackThenApproveByAnotherPersonPublishes_data() { bothDatabases(); }
    void workflow_sendBackThenApproveByAnotherPersonPublishes();
    void createVersionOf_startsFromPublishedSourceAndChecksBase_data() { bothDatabases(); }
    void createVersionOf_startsFromPublishedSourceAndChecksBase();
    void exportImport_roundTripAndDiscard_data() { bothDatabases(); }
    void exportImport_roundTripAndDiscard();
    void roles_onSqliteOnlyPolicyStaffActAndTheAuthorCannotApprove();
    void approve_afterAnInterruptedApprovalOnlyMarksTheDraft_data() { bothDatabases(); }
    void approve_afterAnInterruptedApprovalOnlyMarksTheDraft();
};

void TestDraftStore::template_loadsChecksAndPassesItsTests()
{
    const auto report = authoring::checkDraft(authoring::policyTemplate(QStringLiteral("NEW-ITEM"), QStringLiteral("2026-12")),
                                              QStringLiteral("t.json"), catalog::FeedCatalog::builtin());
    QVERIFY2(report.ok(), qPrintable(report.rendered + report.testFailures.join(u'\n')));
    QCOMPARE(report.testsPassed, 2);
    QCOMPARE(report.policyCode, QStringLiteral("NEW-ITEM"));
    QVERIFY(authoring::isValidPolicyCode(QStringLiteral("TALENT-LIVING")));
    QVERIFY(!authoring::isValidPolicyCode(QStringLiteral("talent")));
}

void TestDraftStore::createNew_savesWithRevisionsAndRefusesStaleSave()
{
    AUTHORING_DB(f);
    DraftStore drafts(f.as(QStringLiteral("alice")));
    QVERIFY(!drafts.createNew(QStringLiteral("bad code")));
    auto id = drafts.createNew(QStringLiteral("NEW-ITEM"));
    QVERIFY2(id, qPrintable(id.error()));
    auto d = drafts.load(id.value());
    QVERIFY2(d, qPrintable(d.error()));
    QCOMPARE(d->status, DraftStatus::Draft);
    QCOMPARE(d->revision, qint64(1));
    QCOMPARE(d->author, f.actorName(QStringLiteral("alice")));
    QCOMPARE(d->baseVersion, 0);
    QVERIFY(d->source.contains(QStringLiteral("\"code\": \"NEW-ITEM\"")));

    const QString edited = changedAmount(d->source, QStringLiteral("yuan(1500)"));
    auto r = drafts.save(id.value(), edited, 1);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value(), qint64(2));
    auto stale = drafts.save(id.value(), d->source, 1);
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(QStringLiteral("changed elsewhere")), qPrintable(stale.error()));
    QCOMPARE(drafts.load(id.value())->source, edited);
    QCOMPARE(drafts.load(id.value())->revision, qint64(2));

    // A second open draft of the same code is refused; list is newest first.
    auto again = drafts.createNew(QStringLiteral("NEW-ITEM"));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("open draft")), qPrintable(again.error()));
    auto other = drafts.createNew(QStringLiteral("OTHER-ITEM"));
    QVERIFY2(other, qPrintable(other.error()));
    auto all = drafts.list();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().id, other.value());
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.draft.create'")), qint64(2));
}

void TestDraftStore::submit_refusesErrorsNamingLineAndColumn()
{
    AUTHORING_DB(f);
    DraftStore drafts(f.as(QStringLiteral("alice")));
    auto id = drafts.createNew(QStringLiteral("NEW-ITEM"));
    QVERIFY2(id, qPrintable(id.error()));
    const QString original = drafts.load(id.value())->source;
    const QString broken = changedAmount(original, QStringLiteral("person.registered + 1"));
    QVERIFY(drafts.save(id.value(), broken, 1));
    const auto report = authoring::checkDraft(broken, QStringLiteral("NEW-ITEM.json"), catalog::FeedCatalog::builtin());
    QVERIFY(!report.ok());
    QVERIFY(report.errorCount() >= 1);
    const int amountLine = int(broken.left(broken.indexOf(QStringLiteral("person.registered + 1"))).count(u'\n')) + 1;
    QCOMPARE(report.findings.first().line, amountLine);
    QVERIFY(report.findings.first().column > 1);

    const auto s = drafts.submit(id.value(), QStringLiteral("please publish"));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("NEW-ITEM.json:%1:").arg(amountLine)), qPrintable(s.error()));
    QCOMPARE(drafts.load(id.value())->status, DraftStatus::Draft);

    // A failing embedded test refuses too.
    QVERIFY(drafts.save(id.value(), changedAmount(original, QStringLiteral("yuan(900)")), 2));
    const auto t = drafts.submit(id.value(), {});
    QVERIFY(!t);
    QVERIFY2(t.error().contains(QStringLiteral("registered_eligible")), qPrintable(t.error()));
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM policy_draft_events WHERE event = 'submit'")), qint64(0));
}

void TestDraftStore::workflow_sendBackThenApproveByAnotherPersonPublishes()
{
    AUTHORING_DB(f);
    DraftStore alice(f.as(QStringLiteral("alice")));
    auto id = alice.createNew(QStringLiteral("NEW-ITEM"));
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(alice.submit(id.value(), QStringLiteral("first try")));
    QCOMPARE(alice.load(id.value())->status, DraftStatus::Submitted);
    QVERIFY2(!alice.save(id.value(), QStringLiteral("{}"), alice.load(id.value())->revision), "a submitted draft is not edited");

    auto self = alice.approveAndPublish(id.value());
    QVERIFY(!self);
    QVERIFY2(self.error().contains(QStringLiteral("author of a policy version")), qPrintable(self.error()));
    QVERIFY(!alice.sendBack(id.value(), QStringLiteral("mine")));

    DraftStore bob(f.as(QStringLiteral("bob")));
    QVERIFY2(!bob.sendBack(id.value(), QStringLiteral("  ")), "a send-back needs a comment");
    auto back = bob.sendBack(id.value(), QStringLiteral("the amount is 1,200 yuan"));
    QVERIFY2(back, qPrintable(back.error()));
    auto d = bob.load(id.value());
    QCOMPARE(d->status, DraftStatus::Returned);
    QCOMPARE(d->comment, QStringLiteral("the amount is 1,200 yuan"));

    DraftStore alice2(f.as(QStringLiteral("alice")));
    QString fixed = changedAmount(d->source, QStringLiteral("yuan(1200)"));
    fixed.replace(QStringLiteral("\"amount\": \"1000.00\""), QStringLiteral("\"amount\": \"1200.00\""));
    QVERIFY(alice2.save(id.value(), fixed, d->revision));
    auto sub = alice2.submit(id.value(), QStringLiteral("fixed"));
    QVERIFY2(sub, qPrintable(sub.error()));

    DraftStore bob2(f.as(QStringLiteral("bob")));
    auto version = bob2.approveAndPublish(id.value());
    QVERIFY2(version, qPrintable(version.error()));
    QCOMPARE(version.value(), 1);
    d = bob2.load(id.value());
    QCOMPARE(d->status, DraftStatus::Published);
    QCOMPARE(d->approver, f.actorName(QStringLiteral("bob")));

    matching::PolicyRepository repo(*f.db, catalog::FeedCatalog::builtin());
    auto p = repo.get(QStringLiteral("NEW-ITEM"), 1);
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p->source, fixed);
    QCOMPARE(p->publishedBy, f.actorName(QStringLiteral("bob")));
    QVERIFY(!bob2.approveAndPublish(id.value()));   // once

    for (const char *action : {"policy.draft.create", "policy.draft.submit", "policy.draft.send_back", "policy.draft.publish", "policy.publish"})
        QVERIFY2(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {QLatin1String(action)}) >= 1, action);
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM policy_draft_events WHERE draft_id = ?"), {id.value()}), qint64(5));
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.draft.send_back' AND actor = ?"),
                     {f.actorName(QStringLiteral("bob"))}), qint64(1));
}

void TestDraftStore::createVersionOf_startsFromPublishedSourceAndChecksBase()
{
    AUTHORING_DB(f);
    QFile shipped(QStringLiteral(":/policies/patent_design.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(shipped.readAll());
    matching::PolicyRepository repo(f.as(QStringLiteral("carol")), catalog::FeedCatalog::builtin());
    QVERIFY(repo.publishText(source, QStringLiteral("patent_design.json"), QStringLiteral("carol")));

    DraftStore alice(f.as(QStringLiteral("alice")));
    QVERIFY2(!alice.createNew(QStringLiteral("PATENT-DESIGN")), "a published code gets a new version, not a new policy");
    QVERIFY(!alice.createVersionOf(QStringLiteral("NEVER-PUBLISHED")));
    auto id = alice.createVersionOf(QStringLiteral("PATENT-DESIGN"));
    QVERIFY2(id, qPrintable(id.error()));
    auto d = alice.load(id.value());
    QCOMPARE(d->baseVersion, 1);
    QVERIFY(d->source.contains(QStringLiteral("\"version\": 2")));
    QCOMPARE(d->source.size(), source.size());

    // Unchanged but for the file's version: submitted, then a version 2 is
    // published elsewhere: the approval is refused rather than overwrite it.
    QVERIFY(alice.submit(id.value(), {}));
    QString elsewhere = source;
    elsewhere.replace(QStringLiteral("\"version\": 1"), QStringLiteral("\"version\": 7"));
    matching::PolicyRepository repo2(f.as(QStringLiteral("carol")), catalog::FeedCatalog::builtin());
    QVERIFY(repo2.publishText(elsewhere, QStringLiteral("patent_design.json"), QStringLiteral("carol")));
    DraftStore bob(f.as(QStringLiteral("bob")));
    auto stale = bob.approveAndPublish(id.value());
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(QStringLiteral("was published after this draft began")), qPrintable(stale.error()));
}

void TestDraftStore::exportImport_roundTripAndDiscard()
{
    AUTHORING_DB(f);
    DraftStore drafts(f.as(QStringLiteral("alice")));
    auto id = drafts.createNew(QStringLiteral("NEW-ITEM"));
    QVERIFY(id);
    const QString path = f.dir.filePath(QStringLiteral("out.json"));
    QVERIFY(drafts.exportFile(id.value(), path));
    QVERIFY2(!drafts.importFile(path), "the code has an open draft");
    QVERIFY(drafts.discard(id.value()));
    QCOMPARE(drafts.load(id.value())->status, DraftStatus::Discarded);
    QVERIFY(!drafts.discard(id.value()));
    auto imported = drafts.importFile(path);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(drafts.load(imported.value())->source, drafts.load(id.value())->source);
    QCOMPARE(drafts.load(imported.value())->policyCode, QStringLiteral("NEW-ITEM"));

    QFile junk(f.dir.filePath(QStringLiteral("junk.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"title\": 1}");
    junk.close();
    auto refused = drafts.importFile(junk.fileName());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("policy code")), qPrintable(refused.error()));
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('policy.draft.import', 'policy.draft.discard')")), qint64(2));
}

void TestDraftStore::roles_onSqliteOnlyPolicyStaffActAndTheAuthorCannotApprove()
{
    mianshen::testing::AuthoringDatabase f;
    QVERIFY2(f.open(false), qPrintable(f.error));
    staff::StaffAccounts accounts(*f.db);
    accounts.setSleeper([](int) {});
    QVERIFY(accounts.createAccount(QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("admin-pass-1"),
                                   {staff::Role::Administrator}));
    QVERIFY(accounts.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1")));
    QVERIFY(accounts.createAccount(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("alice-pass-1"),
                                   {staff::Role::PolicyAuthor, staff::Role::PolicyApprover}));
    QVERIFY(accounts.createAccount(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("bob-pass-1"),
                                   {staff::Role::PolicyApprover}));
    QVERIFY(accounts.createAccount(QStringLiteral("carol"), QStringLiteral("Carol"), QStringLiteral("carol-pass-1"),
                                   {staff::Role::Reviewer}));
    DraftStore drafts(*f.db);
    QVERIFY(accounts.signIn(QStringLiteral("carol"), QStringLiteral("carol-pass-1")));
    auto refused = drafts.createNew(QStringLiteral("NEW-ITEM"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("policy")), qPrintable(refused.error()));

    QVERIFY(accounts.signIn(QStringLiteral("alice"), QStringLiteral("alice-pass-1")));
    auto id = drafts.createNew(QStringLiteral("NEW-ITEM"));
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(drafts.submit(id.value(), {}));
    auto self = drafts.approveAndPublish(id.value());   // alice holds the approver role too: still refused
    QVERIFY(!self);

    QVERIFY(accounts.signIn(QStringLiteral("bob"), QStringLiteral("bob-pass-1")));
    QVERIFY2(!drafts.createNew(QStringLiteral("OTHER-ITEM")), "an approver alone does not write drafts");
    auto v = drafts.approveAndPublish(id.value());
    QVERIFY2(v, qPrintable(v.error()));
    QCOMPARE(v.value(), 1);
}

// The program stopped after publishing but before marking the draft: the
// approval again finds its own text published and marks the draft, nothing twice.
void TestDraftStore::approve_afterAnInterruptedApprovalOnlyMarksTheDraft()
{
    AUTHORING_DB(f);
    DraftStore alice(f.as(QStringLiteral("alice")));
    auto id = alice.createNew(QStringLiteral("NEW-ITEM"));
    QVERIFY(id);
    QVERIFY(alice.submit(id.value(), {}));
    store::Database &bobDb = f.as(QStringLiteral("bob"));
    matching::PolicyRepository repo(bobDb, catalog::FeedCatalog::builtin());
    QVERIFY(repo.publishText(alice.load(id.value())->source, QStringLiteral("NEW-ITEM.json"), f.actorName(QStringLiteral("bob"))));
    DraftStore bob(bobDb);
    auto v = bob.approveAndPublish(id.value());
    QVERIFY2(v, qPrintable(v.error()));
    QCOMPARE(v.value(), 1);
    QCOMPARE(bob.load(id.value())->status, DraftStatus::Published);
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM published_policies WHERE policy_code = 'NEW-ITEM'")), qint64(1));
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.publish'")), qint64(1));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
