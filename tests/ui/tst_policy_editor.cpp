// The policy editor, end to end on a SQLite test database: a policy officer
// writes a new policy in the forms (a condition, a decision table, a review
// flag and two test cases), sees a type error under the expression as she
// types, fixes it, runs the tests (both pass) and submits; the autosave has
// kept the draft in the database. A second person (another staff account)
// approves and publishes it, the author could not; a matching run then uses it.
#include "matching/GoldenFixture.h"
#include "matching/MatchingTestDatabase.h"

#include "audit/Actor.h"
#include "authoring/DraftStore.h"
#include "catalog/FeedCatalog.h"
#include "matching/MatchingRun.h"
#include "staff/StaffAccounts.h"
#include "ui/MessageBox.h"
#include "ui/authoring/ExpressionEdit.h"
#include "ui/authoring/MetadataForm.h"
#include "ui/authoring/PolicyEditorDialog.h"
#include "ui/authoring/RuleListEditor.h"
#include "ui/authoring/TableEditor.h"
#include "ui/authoring/TestCaseEditor.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace mianshen;
using ui::PolicyEditorDialog;

namespace {

const QString Password = QStringLiteral("Zhaoqing-Policy-2021!");
const QString Person = QStringLiteral("441202199003071232");

// Types as a keyboard does (Chinese text arrives as one key event with its text, as from an input method).
void typeText(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(widget, text);
    else
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text, Qt::NoModifier);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

void typeExpression(ui::ExpressionEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void setCell(QTableWidget *grid, int row, int column, const QString &text)
{
    QTableWidgetItem *item = grid->item(row, column);
    if (!item) {
        grid->setItem(row, column, new QTableWidgetItem(text)); // emits itemChanged
        return;
    }
    item->setText(text);
}

// Adds one rule to a list tab and fills it as a user does.
void addRule(ui::RuleListEditor *list, const QString &id, const QString &zh, const QString &en, const QString &expr)
{
    list->addItem();
    typeInto(list->idEdit(), id);
    typeInto(list->labelZhEdit(), zh);
    typeInto(list->labelEnEdit(), en);
    typeExpression(list->expressionEdit(), expr);
}

} // namespace

class TestPolicyEditor final : public QObject
{
    Q_OBJECT
private:
    testing::MatchingTestDatabase m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_fixture.open(false), qPrintable(m_fixture.error));
        const QString imported = testing::importGolden(*m_fixture.db);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        staff::StaffAccounts accounts(*m_fixture.db);
        const auto author = accounts.createAccount(QStringLiteral("li.author"), QStringLiteral("李静"), Password,
                                                   {staff::Role::PolicyAuthor, staff::Role::Administrator});
        QVERIFY2(author.ok(), qPrintable(author.error()));
        QVERIFY2(accounts.signIn(QStringLiteral("li.author"), Password).ok(), "the author signs in");
        const auto approver = accounts.createAccount(QStringLiteral("wang.approver"), QStringLiteral("王伟"), Password,
                                                     {staff::Role::PolicyApprover});
        QVERIFY2(approver.ok(), qPrintable(approver.error()));
        ui::MessageBox::setTestMode(true);
    }

    void writeTestSubmit_thenAnotherPersonPublishes_andARunUsesIt();
};

void TestPolicyEditor::writeTestSubmit_thenAnotherPersonPublishes_andARunUsesIt()
{
    store::Database &db = *m_fixture.db;
    QCOMPARE(audit::currentActor(db), QStringLiteral("li.author"));
    authoring::DraftStore drafts(db);
    const auto id = drafts.createNew(QStringLiteral("TALENT-RENT"));
    QVERIFY2(id.ok(), qPrintable(id.error()));

    auto editor = std::make_unique<PolicyEditorDialog>(db, id.value());
    QVERIFY2(editor->isLoaded(), qPrintable(editor->loadError()));
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor.get()));

    // --- metadata, both languages ---
    ui::MetadataForm *form = editor->metadataForm();
    typeInto(form->field(QStringLiteral("titleZh")), QStringLiteral("人才租房补贴"));
    typeInto(form->field(QStringLiteral("titleEn")), QStringLiteral("Talent rent subsidy"));
    typeInto(form->field(QStringLiteral("departmentZh")), QStringLiteral("高新区人才工作局"));
    typeInto(form->field(QStringLiteral("departmentEn")), QStringLiteral("Zone talent bureau"));
    typeInto(form->field(QStringLiteral("legalDocument")), QStringLiteral("肇高管〔2021〕20号"));
    typeInto(form->field(QStringLiteral("effectiveFrom")), QStringLiteral("2021-01"));
    form->scheduleChooser()->setCurrentIndex(form->scheduleChooser()->findData(QStringLiteral("monthly")));
    form->maxMonthsSpin()->setValue(24);

    // --- conditions, written from scratch: a type error shows inline as it is typed ---
    editor->tabs()->setCurrentIndex(PolicyEditorDialog::ConditionsTab);
    ui::RuleListEditor *conditions = editor->ruleList(PolicyEditorDialog::ConditionsTab);
    while (conditions->itemCount() > 0) {
        conditions->selectItem(0);
        conditions->removeItem();
    }
    addRule(conditions, QStringLiteral("registered"), QStringLiteral("在人口登记库中有登记"), QStringLiteral("In the persons registry"),
            QStringLiteral("person.registered"));
    QVERIFY2(conditions->expressionEdit()->findings().isEmpty(), qPrintable(conditions->expressionEdit()->findingsText()));
    const QString wrong = QStringLiteral("age(person.birth_date, first_day(period)) <= yuan(35)");
    addRule(conditions, QStringLiteral("young"), QStringLiteral("35岁以下"), QStringLiteral("Up to 35 years old"), wrong);
    ui::ExpressionEdit *expr = conditions->expressionEdit();
    QCOMPARE(expr->findings().size(), 1);
    QCOMPARE(expr->findings().first().code, QStringLiteral("type-mismatch"));
    QVERIFY(!expr->extraSelections().isEmpty()); // the wavy underline
    QCOMPARE(expr->extraSelections().first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QVERIFY(expr->findings().first().column >= 1);
    QVERIFY(conditions->findingsLabel()->text().contains(QStringLiteral("Column")));
    // Fixed: the underline and the message go.
    typeExpression(expr, QStringLiteral("age(person.birth_date, first_day(period)) <= 35"));
    QVERIFY2(expr->findings().isEmpty(), qPrintable(expr->findingsText()));
    QVERIFY(expr->extraSelections().isEmpty());
    QVERIFY(conditions->findingsLabel()->text().isEmpty());
    // Completion offers the registry's fields after "person.".
    expr->moveCursor(QTextCursor::End);
    QTest::keyClicks(expr, QStringLiteral(" && person."));
    QVERIFY(expr->completer()->completionModel()->rowCount() > 0);
    expr->completer()->popup()->hide();
    typeExpression(expr, QStringLiteral("age(person.birth_date, first_day(period)) <= 35"));

    // --- a decision table: the monthly amount by months already received ---
    editor->tabs()->setCurrentIndex(PolicyEditorDialog::TablesTab);
    ui::TableEditor *tables = editor->tableEditor();
    tables->addTableDefinition(QStringLiteral("monthly_amount"));
    setCell(tables->inputsGrid(), 0, 0, QStringLiteral("months"));
    setCell(tables->inputsGrid(), 0, 1, QStringLiteral("awarded_months"));
    setCell(tables->rulesGrid(), 0, 0, QStringLiteral("[0..11]"));
    setCell(tables->rulesGrid(), 0, 1, QStringLiteral("yuan(500)"));
    // One rule and no default: the months from 12 on are a gap, said under the table.
    QTRY_VERIFY_WITH_TIMEOUT(tables->findingsLabel()->text().contains(QStringLiteral("has gaps")), 5000);
    tables->addRule();
    setCell(tables->rulesGrid(), 1, 0, QStringLiteral(">= 12"));
    setCell(tables->rulesGrid(), 1, 1, QStringLiteral("yuan(300)"));
    setCell(tables->rulesGrid(), 1, 2, QStringLiteral("第二年"));
    setCell(tables->rulesGrid(), 1, 3, QStringLiteral("Second year"));
    QTRY_VERIFY2_WITH_TIMEOUT(tables->findingsLabel()->text().isEmpty(), qPrintable(tables->findingsLabel()->text()), 5000);
    // An overlapping rule with another result is marked on its cells.
    tables->addRule();
    setCell(tables->rulesGrid(), 2, 0, QStringLiteral("[6..13]"));
    setCell(tables->rulesGrid(), 2, 1, QStringLiteral("yuan(1)"));
    QTRY_VERIFY_WITH_TIMEOUT(!tables->rulesGrid()->item(2, 0)->toolTip().isEmpty(), 5000);
    tables->rulesGrid()->setCurrentCell(2, 0);
    tables->removeRule();
    QCOMPARE(tables->rulesGrid()->rowCount(), 2);
    editor->tabs()->setCurrentIndex(PolicyEditorDialog::PolicyTab);
    typeExpression(form->amountEdit(), QStringLiteral("monthly_amount"));
    // The new definition is in scope once the document is checked again (a moment after the edit).
    QTRY_VERIFY2_WITH_TIMEOUT(form->amountEdit()->findings().isEmpty(), qPrintable(form->amountEdit()->findingsText()), 5000);

    // --- a review flag ---
    editor->tabs()->setCurrentIndex(PolicyEditorDialog::FlagsTab);
    addRule(editor->ruleList(PolicyEditorDialog::FlagsTab), QStringLiteral("F-FIRST-YEAR"), QStringLiteral("第一年金额"),
            QStringLiteral("First-year amount"), QStringLiteral("amount > yuan(400)"));
    QVERIFY(editor->ruleList(PolicyEditorDialog::FlagsTab)->expressionEdit()->findings().isEmpty());

    // --- two test cases, run live ---
    editor->tabs()->setCurrentIndex(PolicyEditorDialog::TestsTab);
    ui::TestCaseEditor *tests = editor->testCaseEditor();
    while (!editor->document().tests.isEmpty()) {
        tests->selectCase(0);
        tests->removeCase();
    }
    tests->addCase();
    QTableWidget *cases = tests->casesGrid();
    setCell(cases, 0, ui::TestCaseEditor::NameColumn, QStringLiteral("young_registered_gets_500"));
    setCell(cases, 0, ui::TestCaseEditor::PeriodColumn, QStringLiteral("2021-09"));
    setCell(cases, 0, ui::TestCaseEditor::SubjectColumn, Person);
    setCell(cases, 0, ui::TestCaseEditor::AmountColumn, QStringLiteral("500.00"));
    setCell(cases, 0, ui::TestCaseEditor::FlagsColumn, QStringLiteral("F-FIRST-YEAR"));
    tests->selectCase(0);
    tests->showFeed(QStringLiteral("persons"));
    tests->addRecord();
    const catalog::Feed *persons = catalog::FeedCatalog::builtin().feed(QStringLiteral("persons"));
    const QList<QPair<QString, QString>> person = {{QStringLiteral("name"), QStringLiteral("李明")}, {QStringLiteral("gender"), QStringLiteral("M")},
                                                   {QStringLiteral("birth_date"), QStringLiteral("1990-03-07")},
                                                   {QStringLiteral("household_area"), QStringLiteral("441202")}};
    for (const auto &cell : person)
        setCell(tests->recordsGrid(), 0, persons->columnIndex(cell.first), cell.second);
    tests->addCase();
    setCell(cases, 1, ui::TestCaseEditor::NameColumn, QStringLiteral("not_in_registry_not_eligible"));
    setCell(cases, 1, ui::TestCaseEditor::PeriodColumn, QStringLiteral("2021-09"));
    setCell(cases, 1, ui::TestCaseEditor::SubjectColumn, Person);
    cases->item(1, ui::TestCaseEditor::EligibleColumn)->setCheckState(Qt::Unchecked);
    setCell(cases, 1, ui::TestCaseEditor::FailedColumn, QStringLiteral("registered"));
    QTest::mouseClick(tests->runButton(), Qt::LeftButton);
    if (cases->item(0, ui::TestCaseEditor::ResultColumn)->text() != QStringLiteral("passed"))
        qWarning().noquote() << editor->document().toSource().left(1500);
    for (int row = 0; row < 2; ++row)
        QVERIFY2(cases->item(row, ui::TestCaseEditor::ResultColumn)->text() == QStringLiteral("passed"),
                 qPrintable(cases->item(row, ui::TestCaseEditor::ResultColumn)->text()));
    QCOMPARE(tests->summaryLabel()->text(), QStringLiteral("2 passed, 0 failed"));

    // --- the autosave keeps the draft in the database ---
    QTRY_VERIFY_WITH_TIMEOUT(!editor->hasUnsavedEdits(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->checker().hasErrors(), 5000);
    const auto saved = drafts.load(id.value());
    QVERIFY(saved.ok());
    QCOMPARE(saved->source, editor->document().toSource());
    QVERIFY(saved->source.contains(QStringLiteral("\"monthly_amount\"")));

    // --- submit ---
    QVERIFY(editor->submitButton()->isEnabled());
    const auto submitted = editor->submit(QStringLiteral("请审核"));
    QVERIFY2(submitted.ok(), qPrintable(submitted.error()));
    QCOMPARE(editor->draft().status, authoring::DraftStatus::Submitted);
    QVERIFY(!editor->isEditable());
    // The author may not publish her own policy.
    QVERIFY(!editor->approveAndPublish().ok());
    editor.reset();

    // --- another person approves and publishes ---
    QVERIFY(staff::StaffAccounts(db).signIn(QStringLiteral("wang.approver"), Password).ok());
    QCOMPARE(audit::currentActor(db), QStringLiteral("wang.approver"));
    PolicyEditorDialog approverView(db, id.value());
    QVERIFY(approverView.isLoaded());
    QVERIFY(approverView.approveButton()->isEnabled());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(approverView.approveButton(), Qt::LeftButton);
    QCOMPARE(approverView.draft().status, authoring::DraftStatus::Published);
    QVERIFY2(approverView.statusLabel()->text().contains(QStringLiteral("version 1")), qPrintable(approverView.statusLabel()->text()));

    // --- a matching run uses it ---
    matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
    const auto result = run.execute(matching::RunRequest{QStringLiteral("2021-09"), {QStringLiteral("TALENT-RENT")},
                                                         QStringLiteral("wang.approver"), 1, false});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(amount_fen), MAX(amount_fen), MIN(policy_version) FROM decisions "
                                  "WHERE policy_code = 'TALENT-RENT' AND period = '2021-09'")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toInt() > 0, "the run decided for the new policy");
    QCOMPARE(q.value(1).toLongLong(), qint64(50000)); // ¥500.00, from the table
    QCOMPARE(q.value(2).toLongLong(), qint64(50000));
    QCOMPARE(q.value(3).toInt(), 1);

    // --- a new version: the changes against the published one, in words and in the file ---
    QVERIFY(staff::StaffAccounts(db).signIn(QStringLiteral("li.author"), Password).ok());
    const auto next = drafts.createVersionOf(QStringLiteral("TALENT-RENT"));
    QVERIFY2(next.ok(), qPrintable(next.error()));
    PolicyEditorDialog versionView(db, next.value());
    QVERIFY(versionView.isEditable());
    versionView.tableEditor()->showTable(QStringLiteral("monthly_amount"));
    setCell(versionView.tableEditor()->rulesGrid(), 0, 1, QStringLiteral("yuan(600)"));
    const QString changes = versionView.changesText();
    QVERIFY2(changes.contains(QStringLiteral("+")) && changes.contains(QStringLiteral("yuan(600)")), qPrintable(changes));
    QVERIFY2(changes.contains(QStringLiteral("yuan(500)")), qPrintable(changes));
    QVERIFY(versionView.saveNow().ok());
    // Its test still expects ¥500: submitting is refused until the case is corrected.
    QVERIFY(!versionView.submit(QString()).ok());
    QCOMPARE(versionView.draft().status, authoring::DraftStatus::Draft);
    setCell(versionView.testCaseEditor()->casesGrid(), 0, ui::TestCaseEditor::AmountColumn, QStringLiteral("600.00"));
    const auto resubmitted = versionView.submit(QString());
    QVERIFY2(resubmitted.ok(), qPrintable(resubmitted.error()));

    // The approver sends it back with a comment; the author sees it and may edit again.
    QVERIFY(staff::StaffAccounts(db).signIn(QStringLiteral("wang.approver"), Password).ok());
    {
        PolicyEditorDialog approverSide(db, next.value());
        QVERIFY(approverSide.sendBackButton()->isEnabled());
        QVERIFY(approverSide.sendBack(QStringLiteral("金额请按文件核对")).ok());
    }
    QVERIFY(staff::StaffAccounts(db).signIn(QStringLiteral("li.author"), Password).ok());
    PolicyEditorDialog returned(db, next.value());
    QCOMPARE(returned.draft().status, authoring::DraftStatus::Returned);
    QVERIFY(returned.isEditable());
    QVERIFY2(returned.statusLabel()->text().contains(QStringLiteral("金额请按文件核对")), qPrintable(returned.statusLabel()->text()));
}

QTEST_MAIN(TestPolicyEditor)
#include "tst_policy_editor.moc"
