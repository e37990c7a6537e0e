#pragma once

#include "authoring/DraftStore.h"
#include "authoring/EditorChecker.h"
#include "authoring/EditorDocument.h"
#include "domain/Result.h"

#include <QDialog>

#include <memory>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

class MetadataForm;
class RuleListEditor;
class TableEditor;
class TestCaseEditor;

// The policy editor: a draft (authoring::DraftStore) in forms, so that a
// policy officer writes, tests, previews and submits a policy without the
// JSON file. Tabs: the policy (metadata and amount), definitions,
// conditions, exclusions, review flags, tables, tests, the changes against
// the published version (in words and in the file), the file with every
// finding. Edits are saved to the database a moment after they are made
// (autosave, with the draft's revision: a draft changed elsewhere is never
// overwritten). Submit sends the draft for approval; a different person
// approves and publishes it or sends it back with a comment.
class PolicyEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Tab { PolicyTab, DefinitionsTab, ConditionsTab, ExclusionsTab, FlagsTab, TablesTab, TestsTab, ChangesTab, FileTab };

    PolicyEditorDialog(store::Database &db, qint64 draftId, QWidget *parent = nullptr);
    ~PolicyEditorDialog() override;

    // False (with the reason in loadError()) when the draft could not be read.
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

    const authoring::PolicyDraft &draft() const { return m_draft; }
    const authoring::EditorDocument &document() const { return m_document; }
    const authoring::EditorChecker &checker() const { return *m_checker; }
    bool isEditable() const;

    // Saves the edits now (the autosave does it a moment after each edit).
    domain::Status saveNow();
    bool hasUnsavedEdits() const { return m_dirty; }
    domain::Status submit(const QString &comment);
    domain::Result<int> approveAndPublish();
    domain::Status sendBack(const QString &comment);
    // Replaces the draft's content with a policy file / writes it to a file.
    domain::Status importFile(const QString &path);
    domain::Status exportFile(const QString &path);
    // Opens the what-if preview of the draft on the real data.
    void showWhatIf();
    // The changes against the published version, in words and as a diff.
    QString changesText() const;

    MetadataForm *metadataForm() const { return m_metadata; }
    RuleListEditor *ruleList(Tab tab) const;
    TableEditor *tableEditor() const { return m_tables; }
    TestCaseEditor *testCaseEditor() const { return m_tests; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *findingsLabel() const { return m_findings; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *sendBackButton() const { return m_sendBack; }

    static constexpr int AutosaveDelayMs = 800;

Q_SIGNALS:
    // The draft was saved, submitted, sent back or published.
    void draftChanged(qint64 draftId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildButtons(QHBoxLayout *row);
    bool reload();
    void setDocumentToEditors();
    void documentEdited();
    void recheck();
    void updateState();
    void showFile();
    void showChanges();
    QString publishedSource() const;
    void askSubmit();
    void askSendBack();
    void askApprove();
    void chooseImport();
    void chooseExport();

    store::Database &m_db;
    std::unique_ptr<authoring::DraftStore> m_store;
    std::unique_ptr<authoring::EditorChecker> m_checker;
    authoring::PolicyDraft m_draft;
    authoring::EditorDocument m_document;
    bool m_loaded = false;
    QString m_loadError;
    bool m_dirty = false;
    QTabWidget *m_tabs = nullptr;
    MetadataForm *m_metadata = nullptr;
    RuleListEditor *m_lists[4] = {};
    TableEditor *m_tables = nullptr;
    TestCaseEditor *m_tests = nullptr;
    QTextBrowser *m_changes = nullptr;
    QTextBrowser *m_file = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_findings = nullptr;
    QPushButton *m_whatIf = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_sendBack = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_saveTimer = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace mianshen::ui
