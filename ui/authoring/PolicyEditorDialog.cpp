#include "ui/authoring/PolicyEditorDialog.h"

#include "authoring/PolicyDiff.h"
#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/PolicyPreviewDialog.h"
#include "ui/authoring/ExpressionEdit.h"
#include "ui/authoring/MetadataForm.h"
#include "ui/authoring/RuleListEditor.h"
#include "ui/authoring/TableEditor.h"
#include "ui/authoring/TestCaseEditor.h"


#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace mianshen::ui {

using authoring::DraftStatus;

PolicyEditorDialog::PolicyEditorDialog(store::Database &db, qint64 draftId, QWidget *parent)
    : QDialog(parent), m_db(db), m_store(std::make_unique<authoring::DraftStore>(db)),
      m_checker(std::make_unique<authoring::EditorChecker>(catalog::FeedCatalog::builtin()))
{
    setObjectName(QStringLiteral("policyEditor"));
    resize(1100, 760);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("draftStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("documentFindings"));
    m_findings->setWordWrap(true);
    layout->addWidget(m_findings);

    m_tabs = new QTabWidget(this);
    m_metadata = new MetadataForm(m_tabs);
    m_tabs->addTab(m_metadata, tr("&Policy"));
    const QString listTitles[] = {tr("&Definitions"), tr("&Conditions"), tr("&Exclusions"), tr("Review &Flags")};
    for (int i = 0; i < 4; ++i) {
        m_lists[i] = new RuleListEditor(RuleListEditor::Mode(i), m_tabs);
        m_tabs->addTab(m_lists[i], listTitles[i]);
        connect(m_lists[i], &RuleListEditor::edited, this, &PolicyEditorDialog::documentEdited);
    }
    m_tables = new TableEditor(m_tabs);
    m_tabs->addTab(m_tables, tr("&Tables"));
    m_tests = new TestCaseEditor(m_tabs);
    m_tabs->addTab(m_tests, tr("Te&sts"));
    m_changes = new QTextBrowser(m_tabs);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_tabs->addTab(m_changes, tr("C&hanges"));
    m_file = new QTextBrowser(m_tabs);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setLineWrapMode(QTextEdit::NoWrap);
    m_tabs->addTab(m_file, tr("F&ile"));
    layout->addWidget(m_tabs, 1);
    connect(m_metadata, &MetadataForm::edited, this, &PolicyEditorDialog::documentEdited);
    connect(m_metadata, &MetadataForm::amountTableToggled, this, [this](bool table) {
        m_tables->setDocument(&m_document, m_checker.get());
        if (table)
            m_tables->showTable(QStringLiteral("amount"));
    });
    connect(m_tables, &TableEditor::edited, this, &PolicyEditorDialog::documentEdited);
    connect(m_tests, &TestCaseEditor::edited, this, &PolicyEditorDialog::documentEdited);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == ChangesTab)
            showChanges();
        else if (tab == FileTab)
            showFile();
        else if (tab == TablesTab)
            m_tables->setDocument(&m_document, m_checker.get());
    });

    auto *buttons = new QHBoxLayout;
    buildButtons(buttons);
    layout->addLayout(buttons);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(AutosaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (const auto s = saveNow(); !s)
            m_status->setText(s.error());
    });
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &PolicyEditorDialog::recheck);

    m_draft.id = draftId;
    reload();
}

PolicyEditorDialog::~PolicyEditorDialog()
{
    if (m_dirty && isEditable())
        (void)saveNow();
}

void PolicyEditorDialog::buildButtons(QHBoxLayout *row)
{
    m_whatIf = new QPushButton(tr("&What If…"), this);
    m_whatIf->setToolTip(tr("Preview the draft on the real data: who would get what, against the published version"));
    m_import = new QPushButton(tr("I&mport File…"), this);
    m_export = new QPushButton(tr("E&xport File…"), this);
    m_submit = new QPushButton(tr("S&ubmit for Approval…"), this);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_approve = new QPushButton(tr("&Approve && Publish"), this);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_sendBack = new QPushButton(tr("Send &Back…"), this);
    m_sendBack->setObjectName(QStringLiteral("sendBack"));
    m_close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {m_whatIf, m_import, m_export})
        row->addWidget(b);
    row->addStretch(1);
    for (QPushButton *b : {m_submit, m_approve, m_sendBack, m_close})
        row->addWidget(b);
    for (QPushButton *b : {m_whatIf, m_import, m_export, m_submit, m_approve, m_sendBack, m_close})
        b->setAutoDefault(false);
    connect(m_whatIf, &QPushButton::clicked, this, &PolicyEditorDialog::showWhatIf);
    connect(m_import, &QPushButton::clicked, this, &PolicyEditorDialog::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &PolicyEditorDialog::chooseExport);
    connect(m_submit, &QPushButton::clicked, this, &PolicyEditorDialog::askSubmit);
    connect(m_approve, &QPushButton::clicked, this, &PolicyEditorDialog::askApprove);
    connect(m_sendBack, &QPushButton::clicked, this, &PolicyEditorDialog::askSendBack);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

bool PolicyEditorDialog::reload()
{
    const auto draft = m_store->load(m_draft.id);
    if (!draft) {
        m_loaded = false;
        m_loadError = draft.error();
        m_status->setText(m_loadError);
        return false;
    }
    m_draft = draft.value();
    auto doc = authoring::EditorDocument::fromSource(m_draft.source);
    if (!doc) {
        m_loaded = false;
        m_loadError = tr("The draft's file cannot be shown in the forms (%1). Export it, correct it and import it again.").arg(doc.error());
        m_status->setText(m_loadError);
        m_file->setPlainText(m_draft.source);
        m_tabs->setCurrentIndex(FileTab);
        updateState();
        m_status->setText(m_loadError);
        return false;
    }
    m_document = doc.value();
    m_dirty = false;
    m_loaded = true;
    m_loadError.clear();
    m_checker->setDocument(m_document);
    setDocumentToEditors();
    updateState();
    return true;
}

void PolicyEditorDialog::setDocumentToEditors()
{
    m_metadata->setDocument(&m_document, m_checker.get());
    for (RuleListEditor *l : m_lists)
        l->setDocument(&m_document, m_checker.get());
    m_tables->setDocument(&m_document, m_checker.get());
    m_tests->setDocument(&m_document);
    recheck();
}

RuleListEditor *PolicyEditorDialog::ruleList(Tab tab) const
{
    if (tab < DefinitionsTab || tab > FlagsTab)
        return nullptr;
    return m_lists[tab - DefinitionsTab];
}

bool PolicyEditorDialog::isEditable() const
{
    return m_loaded && (m_draft.status == DraftStatus::Draft || m_draft.status == DraftStatus::Returned);
}

void PolicyEditorDialog::documentEdited()
{
    if (!isEditable())
        return;
    m_dirty = true;
    m_saveTimer->start();
    m_checkTimer->start();
    updateState();
}

void PolicyEditorDialog::recheck()
{
    m_checker->setDocument(m_document);
    int errors = 0, warnings = 0;
    QString first;
    const bool zh = QLocale().language() == QLocale::Chinese;
    for (const auto &f : m_checker->findings()) {
        (f.severity == rules::Severity::Error ? errors : warnings) += 1;
        if (first.isEmpty() && f.severity == rules::Severity::Error)
            first = (f.path.isEmpty() ? QString() : f.path + QStringLiteral(": ")) + (zh ? f.message.zh : f.message.en);
    }
    m_findings->setText(errors + warnings == 0 ? tr("No findings: the policy loads and checks clean.")
                                               : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                                                     + tr("%n warning(s)", nullptr, warnings)
                                                     + (first.isEmpty() ? QString() : QStringLiteral(" — ") + first));
    m_findings->setStyleSheet(errors ? QStringLiteral("color: #b00020") : QString());
    m_metadata->showFindings();
    // The live checks again: a definition added or renamed changes what is in scope.
    for (ExpressionEdit *e : findChildren<ExpressionEdit *>())
        e->recheck();
    for (RuleListEditor *l : m_lists)
        l->showFindings();
    m_tables->showFindings();
    if (m_tabs->currentIndex() == FileTab)
        showFile();
}

void PolicyEditorDialog::updateState()
{
    const bool editable = isEditable();
    const QString status = authoring::draftStatusLabel(m_draft.status);
    QString text = tr("Draft %1 of %2 (%3), by %4, revision %5")
                       .arg(m_draft.id).arg(m_draft.policyCode.isEmpty() ? m_document.code : m_draft.policyCode, status,
                            m_draft.author).arg(m_draft.revision);
    if (m_draft.baseVersion > 0)
        text += QLatin1String(" — ") + tr("a new version of version %1").arg(m_draft.baseVersion);
    if (!m_draft.comment.isEmpty())
        text += QLatin1String(" — ") + tr("comment: %1").arg(m_draft.comment);
    if (m_dirty)
        text += QLatin1String(" — ") + tr("saving…");
    m_status->setText(text);
    setWindowTitle(tr("Policy Editor — %1").arg(m_document.code));
    m_metadata->setEnabled(editable);
    for (RuleListEditor *l : m_lists)
        l->setEnabled(editable);
    m_tables->setEnabled(editable);
    m_tests->casesGrid()->setEnabled(editable);
    m_tests->recordsGrid()->setEnabled(editable);
    m_import->setEnabled(m_draft.status == DraftStatus::Draft || m_draft.status == DraftStatus::Returned);
    m_submit->setEnabled(editable);
    m_approve->setEnabled(m_draft.status == DraftStatus::Submitted);
    m_sendBack->setEnabled(m_draft.status == DraftStatus::Submitted);
}

domain::Status PolicyEditorDialog::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return {};
    if (!isEditable())
        return domain::Status::failure(tr("Draft %1 is %2: it can no longer be changed.").arg(m_draft.id).arg(authoring::draftStatusLabel(m_draft.status)));
    const auto revision = m_store->save(m_draft.id, m_document.toSource(), m_draft.revision);
    if (!revision)
        return domain::Status::failure(revision.error());
    m_draft.revision = revision.value();
    m_draft.source = m_document.toSource();
    m_dirty = false;
    updateState();
    Q_EMIT draftChanged(m_draft.id);
    return {};
}

domain::Status PolicyEditorDialog::submit(const QString &comment)
{
    if (const auto s = saveNow(); !s)
        return s;
    if (const auto s = m_store->submit(m_draft.id, comment); !s)
        return s;
    reload();
    Q_EMIT draftChanged(m_draft.id);
    return {};
}

domain::Result<int> PolicyEditorDialog::approveAndPublish()
{
    const auto version = m_store->approveAndPublish(m_draft.id);
    if (version) {
        reload();
        Q_EMIT draftChanged(m_draft.id);
    }
    return version;
}

domain::Status PolicyEditorDialog::sendBack(const QString &comment)
{
    if (const auto s = m_store->sendBack(m_draft.id, comment); !s)
        return s;
    reload();
    Q_EMIT draftChanged(m_draft.id);
    return {};
}

domain::Status PolicyEditorDialog::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return domain::Status::failure(tr("Cannot read %1: %2").arg(path, f.errorString()));
    auto doc = authoring::EditorDocument::fromSource(QString::fromUtf8(f.read(4 * 1024 * 1024 + 1)));
    if (!doc)
        return domain::Status::failure(tr("%1: %2").arg(path, doc.error()));
    m_document = doc.value();
    m_loaded = true; // a draft whose own text could not be shown is repaired this way
    m_loadError.clear();
    setDocumentToEditors();
    documentEdited();
    return saveNow();
}

domain::Status PolicyEditorDialog::exportFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return domain::Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = m_document.toSource().toUtf8();
    if (f.write(bytes) != bytes.size() || !f.flush())
        return domain::Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

void PolicyEditorDialog::showWhatIf()
{
    const QString path = QDir::temp().filePath(QStringLiteral("mianshen-draft-%1.json").arg(m_draft.id));
    if (const auto s = exportFile(path); !s) {
        MessageBox::warning(this, tr("What If"), s.error());
        return;
    }
    const QString period = m_document.effectiveFrom.isEmpty() ? QDate::currentDate().toString(QStringLiteral("yyyy-MM"))
                                                              : m_document.effectiveFrom;
    auto *dialog = new PolicyPreviewDialog(m_db, period, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFile(path);
    dialog->show();
}

QString PolicyEditorDialog::publishedSource() const
{
    if (m_draft.baseVersion <= 0)
        return {};
    matching::PolicyRepository repository(m_db, catalog::FeedCatalog::builtin());
    const auto published = repository.get(m_draft.policyCode, m_draft.baseVersion);
    return published ? published->source : QString();
}

QString PolicyEditorDialog::changesText() const
{
    const QString before = publishedSource();
    const QString after = m_document.toSource();
    if (m_draft.baseVersion <= 0)
        return tr("A new policy: there is no published version to compare with.");
    QStringList words = authoring::describeChanges(before, after);
    if (words.isEmpty())
        words << tr("No change against version %1.").arg(m_draft.baseVersion);
    return words.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + authoring::unifiedDiff(before, after);
}

void PolicyEditorDialog::showChanges()
{
    m_changes->setPlainText(changesText());
}

void PolicyEditorDialog::showFile()
{
    const bool zh = QLocale().language() == QLocale::Chinese;
    QString html = QStringLiteral("<ul>");
    for (const auto &f : m_checker->findings())
        html += QStringLiteral("<li>%1:%2: %3 [%4]</li>").arg(f.line).arg(f.column)
                    .arg((zh ? f.message.zh : f.message.en).toHtmlEscaped(), f.code);
    html += QStringLiteral("</ul><pre>") + m_document.toSource().toHtmlEscaped() + QStringLiteral("</pre>");
    m_file->setHtml(html);
}

void PolicyEditorDialog::askSubmit()
{
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("Submit for Approval"), tr("A note for the approver (optional):"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const auto s = submit(comment); !s)
        MessageBox::warning(this, tr("Submit for Approval"), s.error());
}

void PolicyEditorDialog::askSendBack()
{
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("Send Back"), tr("What must the author change?"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const auto s = sendBack(comment); !s)
        MessageBox::warning(this, tr("Send Back"), s.error());
}

void PolicyEditorDialog::askApprove()
{
    if (MessageBox::question(this, tr("Approve and Publish"),
                             tr("Publish %1 \"%2\"? Matching runs of its effective months will use it.")
                                 .arg(m_document.code, QLocale().language() == QLocale::Chinese ? m_document.title.zh : m_document.title.en),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const auto version = approveAndPublish();
    if (!version)
        MessageBox::warning(this, tr("Approve and Publish"), version.error());
    else
        m_status->setText(tr("Published as version %1.").arg(version.value()));
}

void PolicyEditorDialog::chooseImport()
{
    const QString path = FileDialog::openFile(this, tr("Import a Policy File"), QString(), tr("Policy files (*.json)"));
    if (path.isEmpty())
        return;
    if (const auto s = importFile(path); !s)
        MessageBox::warning(this, tr("Import a Policy File"), s.error());
}

void PolicyEditorDialog::chooseExport()
{
    const QString path = FileDialog::saveFile(this, tr("Export the Policy File"), m_document.code.toLower() + QStringLiteral(".json"),
                                                      tr("Policy files (*.json)"));
    if (path.isEmpty())
        return;
    if (const auto s = exportFile(path); !s)
        MessageBox::warning(this, tr("Export the Policy File"), s.error());
}

void PolicyEditorDialog::closeEvent(QCloseEvent *event)
{
    if (m_dirty && isEditable()) {
        if (const auto s = saveNow(); !s)
            MessageBox::warning(this, tr("Policy Editor"), s.error());
    }
    QDialog::closeEvent(event);
}

} // namespace mianshen::ui
