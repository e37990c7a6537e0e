#pragma once

#include "catalog/FeedCatalog.h"
#include "feeds/ImportReport.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace mianshen::store {
class Database;
}

namespace mianshen::feeds {

class RegistryIndex;

struct ImportOptions
{
    // Quarantine mode: good rows are imported, bad rows are kept in
    // import_quarantine with their reasons. Off: one bad row rejects the file.
    bool quarantine = false;
    QString actor;           // who imports (import_history.actor); empty = the OS user
    QString feed;            // the feed; empty = recognised from the file name
    // Listing limits (all problems are counted; beyond these they are summarised
    // in one TOO_MANY_ERRORS / MORE_WARNINGS line, to keep memory bounded).
    int maxListedErrors = 200000;
    int maxListedWarningsPerKind = 1000;
    // The quality gate (QualityGate.h): a full snapshot deleting more than
    // the feed's maxDeletePercent or changing more than its maxChangePercent
    // of its rows (of at least 100), or whose dangling references jump
    // against the last delivery, is held (rejected, nothing applied, recorded
    // with held = 1) unless a person confirmed the large change (recorded in
    // large_change_accepted_by and the audit log).
    bool acceptLargeChange = false;
    // A dry run: everything is done inside the transaction and rolled back;
    // the report says what the import would add, change and delete (and
    // whether the quality gate would hold it); nothing is recorded.
    bool dryRun = false;
    // Test seam: the database "fails" after this many rows were written (0 = never).
    qint64 failAfterRows = 0;
};

struct ImportProgress
{
    qint64 rows = 0;        // data records read so far
    qint64 bytes = 0;       // bytes read so far
    qint64 totalBytes = 0;  // the file's size
};
// Called from the importing thread every few thousand rows and at the end.
using ProgressFn = std::function<void(const ImportProgress &)>;

// Imports feed deliveries (shared/spec/feeds.md) into the database, exactly
// and whole:
// - the feed comes from the file name (FeedCatalog::feedForFileName) unless
//   options.feed names it; without an `op` column the file is a full snapshot
//   (the feed's rows become exactly the file's), with one a delta;
// - every value and row is validated; one bad row rejects the file (nothing
//   is written), and the report lists every bad row with line, column, value
//   and reason in Chinese and English; in quarantine mode the good rows are
//   imported and the bad ones kept in import_quarantine;
// - duplicate keys in a snapshot reject the file; deleting a missing key, an
//   unknown column and a reference to a person or enterprise not in its
//   registry are warnings;
// - the same delivery (feed and SHA-256 of the file) imported again is
//   skipped, changing nothing;
// - one transaction per file: a failure or a cancel leaves the database as it
//   was; every attempt is recorded in import_history with its problems.
// Bulk paths: SQLite through the sqlite3 C API, PostgreSQL through COPY.
// Use from one thread (the one that opened the Database).
class Importer final
{
public:
    explicit Importer(store::Database &db, const catalog::FeedCatalog &catalog = catalog::FeedCatalog::builtin());

    ImportReport import(const QString &path, const ImportOptions &options = {}, const ProgressFn &progress = {},
                        const std::atomic<bool> *cancel = nullptr);

    // What a file would be imported as, from its name and header (no import):
    // for the UI to show before importing.
    struct Preview
    {
        QString feed;            // empty: not recognised
        ImportReport::Mode mode = ImportReport::Mode::Snapshot;
        qint64 size = 0;
        QStringList missingColumns;
        QStringList unknownColumns;
        QString error;           // unreadable, unknown feed, empty...
        bool ok() const { return error.isEmpty() && missingColumns.isEmpty(); }
    };
    static Preview preview(const QString &path, const catalog::FeedCatalog &catalog = catalog::FeedCatalog::builtin());

    // The order in which to import several files: registries (persons,
    // enterprises) first, so that references from the other feeds find them;
    // otherwise as given.
    static QStringList importOrder(const QStringList &paths,
                                   const catalog::FeedCatalog &catalog = catalog::FeedCatalog::builtin());

private:
    // The registries' keys, kept between imports of one Importer and loaded
    // again only when the registry has had an import since (import_history).
    struct CachedRegistry;
    const RegistryIndex *registry(const QString &name, bool withNames, QString *error);

    store::Database &m_db;
    std::vector<std::shared_ptr<CachedRegistry>> m_registries;
    const catalog::FeedCatalog &m_catalog;
};

} // namespace mianshen::feeds
