#pragma once

#include "domain/Result.h"
#include "rules/Diagnostic.h"
#include "rules/Policy.h"
#include "rules/PolicyTestRunner.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace mianshen::store {
class Database;
}

namespace mianshen::itemmodels {

// The policies the Policies page lists: the shipped policy files, files the
// user loaded, and the versions published in the database. A file entry
// carries its load and check findings and its test results.
class PolicyListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Title, Kind, Schedule, Version, Status, Effective, Origin, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    struct Entry
    {
        enum class Source { Shipped, File, Published };
        Source source = Source::File;
        QString path;                 // file or resource path (Shipped, File)
        qint64 publishedId = 0;       // published_policies.id
        int publishedVersion = 0;
        QString publishedStatus;      // published | withdrawn
        int supersededBy = 0;         // a later published version covering all its period, or 0
        QString code;
        QString titleZh;
        QString titleEn;
        QString subjectKind;          // person | enterprise
        QString schedule;             // one_off | monthly
        QString version;              // the file's own version
        QString effectiveFrom;
        QString effectiveUntil;
        QString sourceText;
        std::shared_ptr<rules::Policy> policy; // null when it did not load
        rules::Diagnostics diagnostics;
        std::vector<rules::PolicyTestRunner::Result> tests;
        QString loadError;            // a file that could not be read at all

        int errorCount() const { return diagnostics.errorCount() + (loadError.isEmpty() ? 0 : 1); }
        int testsPassed() const;
    };

    explicit PolicyListModel(QObject *parent = nullptr);

    // Loads, checks and tests a policy file (for a worker thread if need be).
    static Entry loadFile(const QString &path, Entry::Source source = Entry::Source::File);
    // Every shipped policy (compiled in as :/policies/*.json).
    static QList<Entry> loadShipped();
    // Every published version in the database (parsed and tested again).
    static domain::Result<QList<Entry>> readPublished(store::Database &db);
    // Sets supersededBy on the published entries (see Entry).
    static void markSuperseded(QList<Entry> &entries);

    void setEntries(QList<Entry> entries);
    // Adds or replaces (same path) a loaded file; returns its row.
    int addEntry(Entry entry);
    const Entry *entry(int row) const;
    const QList<Entry> &entries() const { return m_entries; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const Entry &e) const;
    QList<Entry> m_entries;
};

} // namespace mianshen::itemmodels
