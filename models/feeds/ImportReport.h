#pragma once

#include "feeds/ImportProblem.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace mianshen::feeds {

// What one import of one file did.
struct ImportReport
{
    enum class Result : std::uint8_t {
        Imported,  // committed (in quarantine mode: the good rows)
        Rejected,  // nothing imported: the file breaks the contract (see problems) or the database failed
        Skipped,   // nothing to do: this delivery (same feed, same SHA-256) was imported before
        Cancelled, // nothing imported: cancelled
    };
    enum class Mode : std::uint8_t { Snapshot, Delta };

    Result result = Result::Rejected;
    Mode mode = Mode::Snapshot;
    QString filePath;
    QString feed;            // empty when the file name names no feed
    QString sha256;          // hex; empty if the file could not be read
    qint64 importId = 0;     // the import_history row (0 if none was written)
    qint64 previousImportId = 0; // Skipped: the import that already took this delivery
    QDateTime startedAt;
    QDateTime finishedAt;
    bool quarantine = false;

    qint64 rowsRead = 0;     // data records read (header not counted)
    qint64 inserted = 0;
    qint64 updated = 0;      // existing rows whose values changed
    qint64 deleted = 0;
    qint64 unchanged = 0;    // existing rows delivered again with the same values
    qint64 danglingReferences = 0; // DANGLING_REFERENCE warnings (all, listed or not)
    qint64 quarantined = 0;  // bad rows kept in import_quarantine (quarantine mode)
    qint64 errorRows = 0;    // rows with at least one error
    qint64 errorCount = 0;   // all errors, listed or not
    qint64 warningCount = 0; // all warnings, listed or not
    QList<ImportProblem> problems; // errors first listed in file order, then warnings
    bool held = false;       // Rejected by the quality gate: imported once a person confirms the large change
    bool largeChangeAccepted = false; // Imported: a large change a person confirmed
    QString message;         // one sentence for people (English; messageZh in Chinese)
    QString messageZh;
    // The same as a code with arguments (a JSON object), stored in
    // import_history and rendered in the reader's language (ImportMessage).
    QString messageCode;
    QString messageArgs;
    // The history row could not be written (said in both messages too).
    QString historyError;
    // A dry run (ImportOptions::dryRun): what the import would do, nothing kept.
    bool dryRun = false;

    bool imported() const { return result == Result::Imported; }
    static QString resultName(Result r); // imported | rejected | skipped | cancelled
    static QString modeName(Mode m);     // snapshot | delta

    // The rejection report as CSV (UTF-8 with a byte-order mark, for Excel):
    // file,line,column,value,severity,reason_code,reason_zh,reason_en.
    // Problems sorted by line (file-level first), then in the order found.
    void writeCsv(QIODevice *device, bool withHeader = true) const;
    static QByteArray csvHeader();
    QByteArray csvRows() const;
    // For a terminal: one line per problem, "file:line: column: reason (value)".
    QString toText() const;
};

} // namespace mianshen::feeds
