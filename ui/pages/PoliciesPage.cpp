#include "ui/pages/PoliciesPage.h"

#include "catalog/FeedCatalog.h"
#include "domain/Actor.h"
#include "itemmodels/PolicyDocument.h"
#include "matching/PolicyRepository.h"
#include "store/Database.h"
#include "ui/FileDialog.h"
#include "ui/JobRunner.h"
#include "ui/MessageBox.h"
#include "ui/Settings.h"
#include "ui/authoring/PolicyEditorDialog.h"
#include "ui/authoring/PolicyEditorLauncher.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QColor>
#include <QLabel>
#include <QListWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace mianshen::ui {

PoliciesPage::PoliciesPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = createHeading();
    top->addWidget(m_heading, 1);
    m_load = new QPushButton(this);
    m_load->setObjectName(QStringLiteral("loadPolicies"));
    m_publish = new QPushButton(this);
    m_publish->setObjectName(QStringLiteral("publishPolicy"));
    m_withdraw = new QPushButton(this);
    m_withdraw->setObjectName(QStringLiteral("withdrawPolicy"));
    m_newPolicy = new QPushButton(this);
    m_newPolicy->setObjectName(QStringLiteral("newPolicy"));
    m_newVersion = new QPushButton(this);
    m_newVersion->setObjectName(QStringLiteral("newPolicyVersion"));
    m_openDraft = new QPushButton(this);
    m_openDraft->setObjectName(QStringLiteral("openPolicyDraft"));
    top->addWidget(m_newPolicy);
    top->addWidget(m_newVersion);
    top->addWidget(m_openDraft);
    top->addWidget(m_load);
    top->addWidget(m_publish);
    top->addWidget(m_withdraw);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_model = new itemmodels::PolicyListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(itemmodels::PolicyListModel::SortRole);
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("policyList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_tabs = new QTabWidget(m_splitter);
    m_readable = new QTextBrowser(m_tabs);
    m_readable->setOpenExternalLinks(true);
    auto *sourcePane = new QSplitter(Qt::Vertical, m_tabs);
    m_findings = new QListWidget(sourcePane);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_source = new QTextBrowser(sourcePane);
    m_source->setLineWrapMode(QTextEdit::NoWrap);
    sourcePane->setStretchFactor(0, 1);
    sourcePane->setStretchFactor(1, 4);
    m_tabs->addTab(m_readable, QString());
    m_tabs->addTab(sourcePane, QString());
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { jumpToFinding(m_findings->row(item)); });
    connect(m_findings, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { jumpToFinding(m_findings->row(item)); });
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);
    Settings::instance().rememberSplitter(m_splitter, Settings::Key::PoliciesSplitter);

    connect(m_load, &QPushButton::clicked, this, &PoliciesPage::chooseFiles);
    connect(m_publish, &QPushButton::clicked, this, &PoliciesPage::publishSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &PoliciesPage::withdrawSelected);
    auto watchEditor = [this](PolicyEditorDialog *editor) {
        if (editor)
            connect(editor, &PolicyEditorDialog::draftChanged, this, [this] { refresh(); Q_EMIT policiesChanged(); });
    };
    connect(m_newPolicy, &QPushButton::clicked, this, [this, watchEditor] {
        if (m_db)
            watchEditor(PolicyEditorLauncher::askNewPolicy(this, *m_db));
    });
    connect(m_newVersion, &QPushButton::clicked, this, [this, watchEditor] {
        if (const auto *entry = selectedEntry(); m_db && entry)
            watchEditor(PolicyEditorLauncher::newVersionOf(this, *m_db, entry->code));
    });
    connect(m_openDraft, &QPushButton::clicked, this, [this, watchEditor] {
        if (m_db)
            watchEditor(PolicyEditorLauncher::askOpenDraft(this, *m_db));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PoliciesPage::showSelected);

    m_reader = new JobRunner(this);
    m_shipped = itemmodels::PolicyListModel::loadShipped();
    retranslate();
    refresh();
}

QString PoliciesPage::title() const
{
    return tr("Policies");
}

void PoliciesPage::retranslate()
{
    m_heading->setText(headingText());
    m_load->setText(tr("&Load Policy Files…"));
    m_load->setToolTip(tr("Load policy files (JSON) to read them, see their check findings and run their tests."));
    m_publish->setText(tr("&Publish"));
    m_publish->setToolTip(tr("Publish the selected policy file into the database: it is checked and its tests are run first."));
    m_withdraw->setText(tr("&Withdraw"));
    m_newPolicy->setText(tr("&New Policy…"));
    m_newPolicy->setToolTip(tr("Write a new policy in the policy editor (saved as a draft, published after approval)."));
    m_newVersion->setText(tr("New &Version"));
    m_newVersion->setToolTip(tr("Edit a new version of the selected published policy in the policy editor."));
    m_openDraft->setText(tr("&Drafts…"));
    m_openDraft->setToolTip(tr("Open a policy draft: continue editing it, or approve or send back a submitted one."));
    m_withdraw->setToolTip(tr("Withdraw the selected published version: later matching runs no longer use it."));
    m_tabs->setTabText(ReadableTab, tr("Policy"));
    m_tabs->setTabText(SourceTab, tr("File and check findings"));
    m_model->retranslate();
    showSelected();
}

void PoliciesPage::setDatabase(store::Database *db)
{
    ++m_databaseGeneration;
    m_db = db;
    m_selectKey.clear();
    refresh();
}

void PoliciesPage::clear()
{
    ++m_databaseGeneration;
    m_lastAction.clear();
    // The published versions belong to the database; shipped and loaded files stay.
    m_selectKey.clear();
    showEntries(QList<itemmodels::PolicyListModel::Entry>());
}

QString PoliciesPage::headingText() const
{
    if (!m_readError.isEmpty())
        return tr("Policies — the published versions could not be read: %1").arg(m_readError);
    if (!m_lastAction.isEmpty())
        return tr("Policies") + QStringLiteral(" — ") + m_lastAction;
    return tr("Policies");
}

bool PoliciesPage::isReading() const
{
    return m_reader->isRunning();
}

QString PoliciesPage::entryKey(const itemmodels::PolicyListModel::Entry &entry)
{
    using Source = itemmodels::PolicyListModel::Entry::Source;
    if (entry.source == Source::Published)
        return QStringLiteral("published:") + entry.code + u':' + QString::number(entry.publishedVersion);
    return QStringLiteral("file:") + entry.path;
}

void PoliciesPage::selectKey(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (entryKey(*m_model->entry(row)) == key) {
            select(row);
            return;
        }
    }
    showSelected();
}

void PoliciesPage::refresh()
{
    using R = domain::Result<QList<itemmodels::PolicyListModel::Entry>>;
    if (const auto *entry = m_model->entry(selectedRow()); entry && m_selectKey.isEmpty())
        m_selectKey = entryKey(*entry);
    if (!m_db) {
        m_readError.clear();
        showEntries(QList<itemmodels::PolicyListModel::Entry>());
        return;
    }
    if (m_reader->isRunning()) {
        m_again = true;
        return;
    }
    const store::ConnectionSpec spec = m_db->spec();
    const quint64 generation = m_databaseGeneration;
    m_reader->start<R>(
        [spec](JobControl &) -> R {
            auto db = store::Database::open(spec);
            if (!db)
                return R::failure(db.error());
            return itemmodels::PolicyListModel::readPublished(*db.value());
        },
        [this, generation](R published) {
            // Asked again meanwhile, or read from a database since closed: read again.
            if (std::exchange(m_again, false) || generation != m_databaseGeneration) {
                refresh();
                return;
            }
            showEntries(published);
        });
}

void PoliciesPage::showEntries(const domain::Result<QList<itemmodels::PolicyListModel::Entry>> &published)
{
    QList<itemmodels::PolicyListModel::Entry> entries = m_shipped;
    entries += m_loaded;
    m_readError.clear();
    if (published)
        entries += published.value();
    else
        m_readError = published.error();
    m_model->setEntries(entries);
    m_heading->setText(headingText());
    const QString key = std::exchange(m_selectKey, QString());
    if (!key.isEmpty())
        selectKey(key);
    else
        showSelected();
    updateButtons();
}

const itemmodels::PolicyListModel::Entry *PoliciesPage::selectedEntry() const
{
    return m_model->entry(selectedRow());
}

int PoliciesPage::selectedRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void PoliciesPage::select(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    showSelected();
}

void PoliciesPage::showSelected()
{
    const auto *entry = m_model->entry(selectedRow());
    updateButtons();
    m_findings->clear();
    if (!entry) {
        m_findings->hide();
        m_readable->setHtml(QStringLiteral("<p>") + tr("Choose a policy in the list to read it.") + QStringLiteral("</p>"));
        m_source->clear();
        return;
    }
    const rules::Language language = uiLanguage();
    if (entry->policy) {
        m_readable->setHtml(itemmodels::PolicyDocument::toHtml(*entry->policy, entry->tests, language));
    } else {
        QString html = QStringLiteral("<h3>") + tr("This policy file cannot be used.") + QStringLiteral("</h3><p>");
        html += entry->loadError.isEmpty()
                    ? tr("It has %n error(s); they are shown in the file, at the place they are about.", "",
                         entry->diagnostics.errorCount()).toHtmlEscaped()
                    : entry->loadError.toHtmlEscaped();
        m_readable->setHtml(html + QStringLiteral("</p>"));
    }
    m_source->setHtml(itemmodels::PolicyDocument::sourceWithFindingsHtml(entry->sourceText, entry->diagnostics, language));
    for (const rules::Diagnostic &d : entry->diagnostics.items()) {
        const QString where = d.line > 0 ? tr("line %1, column %2").arg(d.line).arg(d.column) : tr("the whole file");
        auto *item = new QListWidgetItem(where + QStringLiteral(": ") + d.message.in(language), m_findings);
        item->setData(Qt::UserRole, d.line);
        item->setForeground(d.severity == rules::Severity::Error ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x6d, 0x00));
    }
    m_findings->setVisible(m_findings->count() > 0);
    if (!entry->policy && entry->loadError.isEmpty())
        m_tabs->setCurrentIndex(SourceTab);
}

void PoliciesPage::jumpToFinding(int row)
{
    const QListWidgetItem *item = m_findings->item(row);
    if (!item)
        return;
    const QString anchor = QStringLiteral("line-%1").arg(item->data(Qt::UserRole).toInt());
    m_tabs->setCurrentIndex(SourceTab);
    for (QTextBlock block = m_source->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(anchor)) {
                QTextCursor cursor(block);
                cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                m_source->setTextCursor(cursor);
                m_source->ensureCursorVisible();
                return;
            }
        }
    }
}

QString PoliciesPage::sourceCursorLine() const
{
    return m_source->textCursor().block().text();
}

QString PoliciesPage::readableHtml() const
{
    return m_readable->toPlainText();
}

QString PoliciesPage::sourceHtml() const
{
    return m_source->toPlainText();
}

void PoliciesPage::updateButtons()
{
    const auto *entry = m_model->entry(selectedRow());
    const bool file = entry && entry->source != itemmodels::PolicyListModel::Entry::Source::Published;
    m_publish->setEnabled(m_db && file && entry->policy && entry->errorCount() == 0);
    m_withdraw->setEnabled(m_db && entry && !file && entry->publishedStatus == QLatin1String("published"));
    m_newPolicy->setEnabled(m_db);
    m_newVersion->setEnabled(m_db && entry && !file);
    m_openDraft->setEnabled(m_db);
}

void PoliciesPage::chooseFiles()
{
    Settings &settings = Settings::instance();
    QString folder = settings.value(Settings::Key::LastPolicyFolder).toString();
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QStringList files = FileDialog::openFiles(this, tr("Load Policy Files"), folder,
                                                            tr("Policy files (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(Settings::Key::LastPolicyFolder, QFileInfo(files.constFirst()).absolutePath());
    loadFiles(files);
}

int PoliciesPage::loadFiles(const QStringList &paths)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    int last = -1;
    for (const QString &path : paths) {
        auto entry = itemmodels::PolicyListModel::loadFile(path);
        bool replaced = false;
        for (auto &loaded : m_loaded) {
            if (loaded.path == entry.path) {
                loaded = entry;
                replaced = true;
            }
        }
        if (!replaced)
            m_loaded << entry;
        last = m_model->addEntry(std::move(entry));
    }
    QGuiApplication::restoreOverrideCursor();
    if (last >= 0)
        select(last);
    return last;
}

QString PoliciesPage::publishSummary(const itemmodels::PolicyListModel::Entry &entry) const
{
    using Entry = itemmodels::PolicyListModel::Entry;
    const Entry *current = nullptr; // the version in effect now, if any
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Entry *e = m_model->entry(row);
        if (e->source == Entry::Source::Published && e->code == entry.code && e->publishedStatus == QLatin1String("published")
            && e->supersededBy == 0 && (!current || e->publishedVersion > current->publishedVersion))
            current = e;
    }
    const bool chinese = uiLanguage() == rules::Language::Zh;
    const auto range = [this](const Entry &e) {
        return tr("%1 to %2").arg(e.effectiveFrom.isEmpty() ? tr("the start") : e.effectiveFrom,
                                  e.effectiveUntil.isEmpty() ? tr("open-ended") : e.effectiveUntil);
    };
    QStringList lines;
    lines << entry.code + QStringLiteral(" — ") + (chinese ? entry.titleZh : entry.titleEn);
    if (current && current->sourceText == entry.sourceText)
        lines << tr("This text is already published as version %1: nothing will change.").arg(current->publishedVersion);
    else if (current)
        lines << tr("It replaces version %1 (in effect %2): the next matching runs use the new text.")
                     .arg(current->publishedVersion)
                     .arg(range(*current));
    else
        lines << tr("It is the first published version of %1: the next matching runs apply it.").arg(entry.code);
    lines << tr("In effect %1.").arg(range(entry));
    lines << tr("%n test(s) of the file passed.", "", entry.testsPassed());
    lines << tr("Decisions already made are not changed.");
    return lines.join(u'\n');
}

bool PoliciesPage::publishSelected()
{
    const auto *entry = m_model->entry(selectedRow());
    if (!m_db || !entry || !entry->policy)
        return false;
    // One question with what changes; no second box after it.
    if (MessageBox::question(this, tr("Publish the policy?"), publishSummary(*entry),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return false;
    matching::PolicyRepository repository(*m_db, catalog::FeedCatalog::builtin());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = repository.publishText(entry->sourceText, QFileInfo(entry->path).fileName(), domain::currentActor(QStringLiteral("unknown")));
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        MessageBox::critical(this, tr("Not published"), result.error());
        return false;
    }
    m_lastAction = result->alreadyPublished
                       ? tr("This text of %1 is already published as version %2; nothing was changed.")
                             .arg(result->policy.code)
                             .arg(result->policy.version)
                       : tr("%1 is published as version %2 (%n test(s) passed).", "", result->testsPassed)
                             .arg(result->policy.code)
                             .arg(result->policy.version);
    // The selection moves to the version just published.
    m_selectKey = QStringLiteral("published:") + result->policy.code + u':' + QString::number(result->policy.version);
    refresh();
    Q_EMIT policiesChanged();
    return true;
}

bool PoliciesPage::withdrawSelected()
{
    const auto *entry = m_model->entry(selectedRow());
    if (!m_db || !entry || entry->source != itemmodels::PolicyListModel::Entry::Source::Published)
        return false;
    if (MessageBox::question(this, tr("Withdraw the policy?"),
                             tr("Withdraw %1 version %2? Decisions already made keep it; later runs will not use it.")
                                 .arg(entry->code)
                                 .arg(entry->publishedVersion),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    matching::PolicyRepository repository(*m_db, catalog::FeedCatalog::builtin());
    const auto status = repository.withdraw(entry->code, entry->publishedVersion, domain::currentActor(QStringLiteral("unknown")));
    if (!status) {
        MessageBox::critical(this, tr("Not withdrawn"), status.error());
        return false;
    }
    m_lastAction = tr("%1 version %2 is withdrawn.").arg(entry->code).arg(entry->publishedVersion);
    refresh();
    Q_EMIT policiesChanged();
    return true;
}

} // namespace mianshen::ui
