#pragma once

#include "domain/Result.h"
#include "review/Award.h"
#include "review/ReviewSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

enum class ReviewAction { Approve, Reject, Return, SecondOpinion };
QString reviewActionName(ReviewAction action);   // "approve" | "reject" | "return" | "second_opinion"
std::optional<ReviewAction> reviewActionFromName(const QString &name);

// A reason to pick when rejecting (the list is the same for every flag, plus
// "other"; the free text is always required).
struct RejectReason final
{
    QString code;     // e.g. "not_eligible"
    QString title;    // in the user's language
};

struct DecisionRequest final
{
    qint64 awardId = 0;
    int seenVersion = 0;          // the award version the reviewer saw (required)
    ReviewAction action = ReviewAction::Approve;
    QString reasonCode;           // reject: one of rejectReasons(); others: empty
    QString reasonText;           // reject, return, second opinion: required; approve: optional
    QString feed;                 // return: the feed in doubt (a catalog feed name)
    QString field;                // return: the column in doubt
};

struct DecisionResult final
{
    Award award;                  // as it is now (new version)
    bool awaitingSecondApproval = false;   // four eyes: this was the first of two approvals
    qint64 reviewId = 0;          // the reviews row written
};

// One row of reviews: a reviewer's decision, its reasons and what it did.
struct ReviewRecord final
{
    qint64 id = 0;
    qint64 awardId = 0;
    QString reviewer;
    QString action;               // approve | first_approval | reject | return | second_opinion | undo
    QString reasonCode;
    QString reason;
    QString feed, field;
    int awardVersion = 0;         // the version it was decided on
    QString statusBefore, statusAfter;
    std::int64_t amountFen = 0;   // the amount it was decided on
    qint64 undoes = 0;            // undo: the row it undid
    bool undone = false;
    QString decidedAt;
};

struct ReviewComment final
{
    qint64 id = 0;
    qint64 awardId = 0;
    QString author;
    QString text;
    QString at;
};

// Reviewers' decisions. Each call is one write transaction (BEGIN IMMEDIATE
// on SQLite) that checks, then writes the reviews row, the award (status,
// version + 1, claim released) and the audit row together:
//  - the case must be open (awaiting_review or reopened) for approve, reject,
//    return, second opinion;
//  - held by nobody else (a live lease of another reviewer refuses);
//  - seenVersion must be the award's version: otherwise refused, naming who
//    changed it first and when (never applied twice; UNIQUE (award_id,
//    award_version) on reviews is the last defence);
//  - four eyes (FourEyesRule).
class ReviewDecisions final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::ReviewDecisions)
public:
    explicit ReviewDecisions(store::Database &db);

    static QList<RejectReason> rejectReasons(const QString &flag = {});

    domain::Result<DecisionResult> decide(const DecisionRequest &request);
    // Undoes the actor's own last decision of the case while it is unpaid
    // (the award's latest reviews row is theirs and nothing changed since).
    domain::Result<DecisionResult> undoLast(qint64 awardId, int seenVersion);
    domain::Result<ReviewComment> comment(qint64 awardId, const QString &text);

    domain::Result<QList<ReviewRecord>> reviews(qint64 awardId) const;
    domain::Result<QList<ReviewComment>> comments(qint64 awardId) const;

    QString actor() const;
    // A reviews row read with the column list of reviews() (for Precedents).
    static ReviewRecord recordFromQuery(const QSqlQuery &query);

private:
    store::Database &m_db;
    mutable QString m_actor;
    QHash<QString, ReviewSettings> m_settings;   // "CODE/version" -> the published version's review block
};

} // namespace mianshen::review
