#pragma once

#include "feeds/CsvReader.h"
#include "feeds/FeedWriter.h"
#include "feeds/ImportHistory.h"
#include "feeds/ImportReport.h"
#include "feeds/Importer.h"
#include "feeds/ProblemList.h"

#include <QFile>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mianshen::feeds {

class BackgroundHasher;
class RegistryIndex;

// One attempt to import one file (Importer::import runs one, or two when the
// fast path met a duplicate key it cannot locate). The steps, in order:
//   open        the feed, the file, its header (a bad one rejects the file);
//   references  the registries the feed's references are checked against;
//   begin       the write transaction, the history row, the bulk writer;
//   readRows    read, validate and write every row (references checked);
//   completeWrites  flush the writer, same delivery?, duplicates, counts;
//   qualityGate hold a large change unless a person confirmed it;
//   record      complete the history, problems, quarantine, audit; commit.
// A step that ends the attempt (rejected, held, skipped, cancelled) returns
// false with report() final and recorded.
class ImportAttempt final
{
public:
    using RegistryLookup = std::function<const RegistryIndex *(const QString &name, bool withNames, QString *error)>;

    ImportAttempt(store::Database &db, const catalog::FeedCatalog &catalog, const ImportOptions &options,
                  RegistryLookup registry);
    ~ImportAttempt();
    ImportAttempt(const ImportAttempt &) = delete;
    ImportAttempt &operator=(const ImportAttempt &) = delete;

    ImportReport run(const QString &path, const ProgressFn &progress, const std::atomic<bool> *cancel,
                     bool allowDirect);
    // The fast path met a duplicate key: run again without it (allowDirect false).
    bool needsStagedRetry() const { return m_retryStaged; }

    // The steps (public for tests; run() calls them in order).
    bool open(const QString &path);
    bool references();
    bool begin(bool allowDirect);
    bool readRows(const ProgressFn &progress, const std::atomic<bool> *cancel);
    bool completeWrites(const std::atomic<bool> *cancel);
    bool qualityGate();
    void record(const ProgressFn &progress);
    const ImportReport &report() const { return m_report; }

private:
    struct ReferenceCheck;

    // Endings.
    bool finished(ImportReport::Result result);       // nothing recorded (no feed, unreadable)
    bool recordAndFinish(ImportReport::Result result); // recorded in its own transaction
    bool abandon(ImportReport::Result result);         // rolls back, then records
    bool skip(qint64 previous);
    void databaseFailure(const QString &error);
    bool rejectHeader(CsvReader::Status status);
    void hashRest();

    // Per row.
    bool writeRow(qint64 line, RowValidator::Op op);
    void checkReferences(qint64 line);
    void addLate();
    void quarantineRecord(qint64 line, const std::vector<std::pair<QString, QString>> &fields);
    std::vector<std::pair<QString, QString>> rawFields() const;
    bool sameDeliveryBefore(bool *skipped);

    store::Database &m_db;
    const catalog::FeedCatalog &m_catalog;
    const ImportOptions &m_options;
    RegistryLookup m_registry;
    ImportReport m_report;
    ProblemList m_problems;
    QString m_actor;
    const catalog::Feed *m_feed = nullptr;
    QFile m_file;
    qint64 m_totalBytes = 0;
    std::unique_ptr<BackgroundHasher> m_hash;
    std::unique_ptr<CsvReader> m_reader;
    std::vector<std::string> m_header;
    QList<ImportProblem> m_rowProblems;
    std::unique_ptr<RowValidator> m_validator;
    std::vector<ReferenceCheck> m_references;
    const RegistryIndex *m_persons = nullptr;
    const RegistryIndex *m_enterprises = nullptr;
    int m_nameColumn = -1;
    int m_subjectColumn = -1;
    bool m_withNames = false;
    std::unique_ptr<FeedWriter> m_writer;
    std::vector<ImportHistory::QuarantinedRow> m_quarantine;
    std::vector<FieldValue> m_values;
    std::vector<FeedWriter::LateOutcome> m_late;
    bool m_failed = false;
    QString m_failure;
    qint64 m_written = 0;
    bool m_retryStaged = false;
    QString m_acceptedJson; // the gate's figures of a confirmed large change
};

} // namespace mianshen::feeds
