#pragma once

#include "itemmodels/PolicyListModel.h"
#include "ui/pages/Page.h"

class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace mianshen::ui {

class JobRunner;

// The Policies page: the shipped policy files, files loaded by the user and
// the versions published in the database; a policy's readable view
// (conditions, amounts and tables, flags, legal basis, tests and results);
// the file with its check findings shown at the line and column they are
// about; publishing a checked file and withdrawing a published version.
class PoliciesPage final : public Page
{
    Q_OBJECT
public:
    enum Tab { ReadableTab, SourceTab };

    explicit PoliciesPage(QWidget *parent = nullptr);
    QString title() const override;
    void setDatabase(store::Database *db) override;
    // Reads the published versions again on a worker thread (they are
    // loaded and their tests re-run there); isReading() until they show.
    void refresh() override;
    void clear() override;
    bool isReading() const;
    // A message in place of the published versions when they could not be read.
    QString readError() const { return m_readError; }

    // Loads policy files (as from the file dialog); returns the row of the last.
    int loadFiles(const QStringList &paths);
    void select(int row);
    // The entry selected in the list, null when none.
    const itemmodels::PolicyListModel::Entry *selectedEntry() const;
    itemmodels::PolicyListModel *model() const { return m_model; }
    QString readableHtml() const;
    QString sourceHtml() const;
    // The check findings of the selected entry, one per line of the list;
    // activating one shows its line in the file (selected).
    QListWidget *findingsList() const { return m_findings; }
    void jumpToFinding(int row);
    // The text of the line the file view's cursor is on.
    QString sourceCursorLine() const;
    QTabWidget *tabs() const { return m_tabs; }
    // Publishes / withdraws the selected entry (buttons): asks once, with a
    // summary of what changes; false when declined or on failure (with a message).
    bool publishSelected();
    bool withdrawSelected();

Q_SIGNALS:
    // A version was published or withdrawn.
    void policiesChanged();

protected:
    void retranslate() override;

private:
    void chooseFiles();
    void showSelected();
    int selectedRow() const;
    void updateButtons();
    void showEntries(const domain::Result<QList<itemmodels::PolicyListModel::Entry>> &published);
    QString publishSummary(const itemmodels::PolicyListModel::Entry &entry) const;
    QString headingText() const;
    static QString entryKey(const itemmodels::PolicyListModel::Entry &entry);
    void selectKey(const QString &key);

    store::Database *m_db = nullptr;
    itemmodels::PolicyListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_newPolicy = nullptr;   // the policy editor (ui/authoring)
    QPushButton *m_newVersion = nullptr;
    QPushButton *m_openDraft = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_readable = nullptr;
    QTextBrowser *m_source = nullptr;
    QListWidget *m_findings = nullptr;
    QList<itemmodels::PolicyListModel::Entry> m_shipped;
    QList<itemmodels::PolicyListModel::Entry> m_loaded;
    JobRunner *m_reader = nullptr;
    bool m_again = false;
    quint64 m_databaseGeneration = 0; // a read from an earlier database is dropped
    QString m_selectKey;   // what to select once the list is read again
    QString m_readError;
    QString m_lastAction; // what the last publish did, shown in the heading
};

} // namespace mianshen::ui
