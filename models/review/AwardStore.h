#pragma once

#include "domain/Result.h"
#include "review/Award.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

class QSqlQuery;

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

// One change a run (or the budget) made to an award: a row of award_changes.
struct AwardChange final
{
    qint64 id = 0;
    qint64 awardId = 0;
    qint64 runId = 0;             // 0 = not made by a run
    QString kind;                 // created | updated | reopened | withdrawn | requalified | released | paid_changed | resumed
    QString statusBefore;         // empty for created
    QString statusAfter;
    std::int64_t amountBefore = 0;
    std::int64_t amountAfter = 0;
    QString flagsBefore;          // ';'-joined
    QString flagsAfter;
    QString feeds;                // what the run read anew: "education (2021-10-03); ..." (may be empty)
    QString actor;
    QString at;                   // ISO 8601 UTC

    // The reason in the user's language: "amount changed from ¥500.00 to
    // ¥800.00 after the education feed of 2021-10-03".
    QString reason() const;
};

// Awards from a matching run's decisions, and reading awards back.
//
// applyRun() turns the changes a completed run wrote (decisions.run_id = run)
// into awards, set-based (a few INSERT ... SELECT / UPDATE statements, not a
// query per award), inside the caller's open write transaction (the one that
// marks the run completed: MatchingRun::setCompletionHook):
//   new / changed decision, no award      -> auto: approved, review: awaiting_review, over_budget: held
//   award still undecided (awaiting_review, returned, reopened, held, or
//   approved by the run itself)           -> updated in place; 'updated' change row
//   award decided by a person (approved, rejected) whose amount or flags
//   changed, or now over budget          -> reopened (the decision stays in reviews); 'reopened' row
//   withdrawn decision, award not paid    -> withdrawn with the reason
//   withdrawn award that qualifies again  -> as a new award ('requalified')
//   paid award                            -> left alone; the change is recorded ('paid_changed')
// Returned awards whose feed has been imported again since they were
// returned go back to awaiting_review ('resumed'). A run with no decisions
// writes nothing. Every change is one award_changes row; reopen, withdraw,
// update, resume each append an audit row, and the run appends one
// "awards.apply_run" row with the counts.
class AwardStore final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::AwardStore)
public:
    explicit AwardStore(store::Database &db);

    struct ApplyCounts final
    {
        qint64 created = 0, updated = 0, reopened = 0, withdrawn = 0, requalified = 0, resumed = 0, paidChanged = 0;
        qint64 total() const { return created + updated + reopened + withdrawn + requalified + resumed + paidChanged; }
    };
    // The completion hook: call inside the write transaction that completes the run.
    static domain::Status applyRun(store::Database &db, qint64 runId);
    static domain::Result<ApplyCounts> applyRunCounted(store::Database &db, qint64 runId);

    // Held awards of a policy are released (approved; flagged ones to
    // awaiting_review), lowest award id first, while the
    // budget (policy budget minus approved, awaiting, returned, reopened and
    // paid amounts) allows. Own write transaction. Returns how many.
    domain::Result<qint64> releaseHeld(const QString &policyCode);
    // The same inside the caller's open write transaction (a reject or a
    // withdrawal frees budget: ReviewDecisions calls it).
    static domain::Result<qint64> releaseHeldIn(store::Database &db, const QString &policyCode);

    domain::Result<Award> award(qint64 awardId) const;
    domain::Result<std::optional<Award>> find(const QString &policyCode, const QString &subjectId, const QString &period) const;
    // Every award of a subject, newest period first.
    domain::Result<QList<Award>> subjectAwards(const QString &subjectId) const;
    // The changes runs made to an award, oldest first.
    domain::Result<QList<AwardChange>> changes(qint64 awardId) const;
    // Counts per status (all awards, or one run period's awards).
    domain::Result<QList<QPair<QString, qint64>>> countsByStatus(const QString &period = {}) const;

    // The SELECT list that fills an Award (alias a for awards), and the reader.
    static QString selectList();
    // The same columns without the alias (for RETURNING).
    static QString returningList();
    static Award fromQuery(const QSqlQuery &query, int firstColumn = 0);
    // The same for award_changes (alias c).
    static QString changeSelectList();
    static AwardChange changeFromQuery(const QSqlQuery &query);

private:
    store::Database &m_db;
};

} // namespace mianshen::review
