#include "itemmodels/ColumnTitles.h"

#include <QCoreApplication>
#include <QHash>

namespace mianshen::itemmodels {

namespace {

// lupdate reads the titles from here (written out as QT_TRANSLATE_NOOP, which
// lupdate recognises only literally); they are translated when shown, so they
// follow a language switch.

struct Entry
{
    const char *sqlName;
    const char *title;
};

const Entry columnTitles[] = {
        {"id", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "No.")},
        {"at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Time")},
        {"actor", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "By")},
        {"role", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Role")},
        {"action", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Action")},
        {"entity", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Entity")},
        {"entity_id", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Entity no.")},
        {"before_json", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Before")},
        {"after_json", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "After")},
        {"reason", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Reason")},
        {"prev_hash", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Previous hash")},
        {"hash", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Hash")},
        {"policy_code", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Policy")},
        {"policy_version", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Policy version")},
        {"subject_id", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Subject")},
        {"period", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Period")},
        {"amount_fen", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Amount")},
        {"status", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Status")},
        {"decided_in_run", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Decided in run")},
        {"created_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Created")},
        {"award_id", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Award no.")},
        {"batch_id", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Batch no.")},
        {"paid_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Paid at")},
        {"award_period", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Award month")},
        {"account_name", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Account holder")},
        {"bank_name", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Bank")},
        {"account_no", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Account")},
        {"account_import_id", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Account import no.")},
        {"retry_of", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Retry of")},
        {"failed_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Failed at")},
        {"failure_reason", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Failure reason")},
        {"expired_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Expired at")},
        {"reviewer", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Reviewer")},
        {"decided_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Decided at")},
        {"version", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Version")},
        {"started_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Started")},
        {"finished_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Finished")},
        {"file_name", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "File")},
        {"sha256", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "SHA-256")},
        {"feed", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Feed")},
        {"mode", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Mode")},
        {"quarantine", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Quarantine mode")},
        {"rows_read", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Rows read")},
        {"inserted", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Inserted")},
        {"updated", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Updated")},
        {"deleted", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Deleted")},
        {"errors", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Errors")},
        {"warnings", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Warnings")},
        {"quarantined", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Quarantined")},
        {"result", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Result")},
        {"message", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Message")},
        {"import_id", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Import no.")},
        {"line", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Line")},
        {"column_name", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Column")},
        {"value", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Value")},
        {"severity", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Severity")},
        {"reason_code", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Problem code")},
        {"reason_zh", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Reason (Chinese)")},
        {"reason_en", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Reason (English)")},
        {"record", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Record")},
        {"resolved_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Resolved at")},
        {"resolved_by", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Resolved by")},
        {"file_version", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "File version")},
        {"subject_kind", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "For")},
        {"schedule", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Schedule")},
        {"title_zh", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Title (Chinese)")},
        {"title_en", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Title (English)")},
        {"effective_from", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "In effect from")},
        {"effective_until", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "In effect until")},
        {"source", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Policy file")},
        {"published_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Published at")},
        {"published_by", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Published by")},
        {"withdrawn_at", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Withdrawn at")},
        {"withdrawn_by", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Withdrawn by")},
        {"started_by", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Started by")},
        {"duration_ms", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Duration (ms)")},
        {"load_ms", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Load (ms)")},
        {"evaluate_ms", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Evaluate (ms)")},
        {"write_ms", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Write (ms)")},
        {"threads", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Threads")},
        {"subjects", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Subjects")},
        {"evaluations", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Evaluations")},
        {"decisions_written", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Decisions written")},
        {"inputs", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Inputs")},
        {"policies", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Policies")},
        {"fingerprint", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Fingerprint")},
        {"reevaluated", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Re-evaluated")},
        {"evaluated_in_run", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Evaluated in run")},
        {"run_id", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Run no.")},
        {"evaluated", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Evaluated")},
        {"approved", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Approved")},
        {"flagged", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "For review")},
        {"over_budget", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Over budget")},
        {"ineligible", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Ineligible")},
        {"skipped", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Skipped")},
        {"total_fen", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Total")},
        {"newly_qualifying", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Newly qualifying")},
        {"amount_changed", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Amount changed")},
        {"no_longer_qualifying", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "No longer qualifying")},
        {"change", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Change")},
        {"outcome", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Outcome")},
        {"flags", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Flags")},
        {"explanation", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Explanation")},
        {"previous_amount_fen", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Previous amount")},
        {"condition_id", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Condition")},
        {"failed", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Not met")},
};

struct ValueEntry
{
    const char *sqlName;
    const char *value;
    const char *title;
};

// Per status-like column: stored word -> title.
const ValueEntry valueTitles[] = {
    {"status", "running", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "running")},
    {"status", "completed", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "completed")},
    {"status", "cancelled", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "cancelled")},
    {"status", "failed", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "failed")},
    {"status", "published", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "published")},
    {"status", "withdrawn", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "withdrawn")},
    // Payment batches, payments and recovery orders (0007_ledger.sql).
    {"status", "created", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "created")},
    {"status", "approved", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "approved")},
    {"status", "exported", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "exported")},
    {"status", "sent", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "sent")},
    {"status", "reconciled", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "reconciled")},
    {"status", "paid", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "paid")},
    {"status", "expired", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "expired")},
    {"status", "proposed", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "proposed")},
    {"status", "confirmed", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "confirmed")},
    {"status", "settled", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "settled")},
    {"status", "written_off", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "written off")},
    {"result", "imported", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "imported")},
    {"result", "rejected", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "rejected")},
    {"result", "skipped", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "skipped")},
    {"result", "cancelled", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "cancelled")},
    {"mode", "snapshot", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "snapshot")},
    {"mode", "delta", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "delta")},
    {"severity", "error", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "error")},
    {"severity", "warning", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "warning")},
    {"outcome", "auto", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "auto-approved")},
    {"outcome", "review", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "for review")},
    {"outcome", "over_budget", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "over budget")},
    {"change", "new", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "new")},
    {"change", "changed", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "changed")},
    {"change", "withdrawn", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "no longer qualifying")},
    {"subject_kind", "person", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "person")},
    {"subject_kind", "enterprise", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "enterprise")},
    {"schedule", "one_off", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "one-off")},
    {"schedule", "monthly", QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "monthly")},
};

QString translated(const char *title)
{
    return QCoreApplication::translate("mianshen::itemmodels::ColumnTitles", title);
}

} // namespace

const char *ColumnTitles::titleSource(const QString &sqlName)
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> t;
        for (const Entry &e : columnTitles)
            t.insert(QString::fromLatin1(e.sqlName), e.title);
        return t;
    }();
    return table.value(sqlName, nullptr);
}

QString ColumnTitles::title(const QString &sqlName)
{
    const char *source = titleSource(sqlName);
    return source ? translated(source) : QString();
}

bool ColumnTitles::hasValueTitles(const QString &sqlName)
{
    for (const ValueEntry &e : valueTitles) {
        if (sqlName == QLatin1String(e.sqlName))
            return true;
    }
    return false;
}

QString ColumnTitles::valueTitle(const QString &sqlName, const QString &value)
{
    for (const ValueEntry &e : valueTitles) {
        if (sqlName == QLatin1String(e.sqlName) && value == QLatin1String(e.value))
            return translated(e.title);
    }
    return {};
}

QString ColumnTitles::storedValue(const QString &sqlName, const QString &typed)
{
    for (const ValueEntry &e : valueTitles) {
        if (sqlName != QLatin1String(e.sqlName))
            continue;
        if (typed == QLatin1String(e.value) || typed == translated(e.title)
            || typed.compare(QLatin1String(e.title), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(e.value);
    }
    return typed;
}

} // namespace mianshen::itemmodels
