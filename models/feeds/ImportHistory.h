#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace mianshen::store {
class Database;
}

namespace mianshen::feeds {

struct ImportProblem;
struct ImportReport;

// The import's records: import_history, import_problems, import_quarantine
// and the audit log. Each function says whether it opens its own transaction.
class ImportHistory final
{
public:
    // A row left out in quarantine mode: its line and the record as JSON.
    struct QuarantinedRow
    {
        qint64 line;
        QString record;
    };

    // The history row and problems of an attempt that changed nothing else
    // (rejected, held, cancelled, skipped), in its own transaction; a held
    // one also in the audit log ("import.held", with the gate's figures). Returns
    // the row's id; 0 and *error when it could not be written.
    static qint64 recordAttempt(store::Database &db, const ImportReport &r, const QString &actor, QString *error);
    // The history row of an imported delivery, started inside the import's
    // transaction (completed by completeImported); 0 and *error on failure.
    static qint64 startImported(store::Database &db, const ImportReport &r, const QString &actor,
                                const QString &fileName, QString *error);
    // Completes the history row, stores problems and quarantined rows and the
    // audit entries ("import"; "import.large_change_accepted" with the
    // gate's figures when acceptedJson is not empty), inside the import's
    // transaction (the caller commits).
    static bool completeImported(store::Database &db, const ImportReport &r, const QString &feed,
                                 const std::vector<QuarantinedRow> &quarantine, const QString &acceptedJson,
                                 QString *error);
    // Records who confirmed a large change on the import's history row.
    static bool recordAcceptance(store::Database &db, qint64 importId, const QString &actor, QString *error);
    // The dangling references of the feed's last imported delivery other than
    // exceptId (none: no delivery, or one recorded before they were counted).
    static bool lastDangling(store::Database &db, const QString &feed, qint64 exceptId,
                             std::optional<qint64> *count, QString *error);
    // Id of an earlier imported delivery of `feed` with this SHA-256 (0: none).
    static bool importedBefore(store::Database &db, const QString &feed, const QString &sha256, qint64 exceptId,
                               qint64 *previous, QString *error);
    static bool insertProblems(store::Database &db, qint64 importId, const QList<ImportProblem> &problems,
                               QString *error);
    // The history row of an attempt could not be written: both messages say so.
    static void noteFailure(ImportReport &report, const QString &error);
};

} // namespace mianshen::feeds
