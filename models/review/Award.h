#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace mianshen::review {

// The award states (after-matching.md), exactly as stored in awards.status.
namespace status {
inline constexpr char Approved[] = "approved";
inline constexpr char AwaitingReview[] = "awaiting_review";
inline constexpr char Returned[] = "returned";
inline constexpr char Rejected[] = "rejected";
inline constexpr char Held[] = "held";
inline constexpr char Reopened[] = "reopened";
inline constexpr char Withdrawn[] = "withdrawn";
inline constexpr char Paid[] = "paid";
} // namespace status

// Every state, in the order the queue's status filter lists them.
QStringList allAwardStatuses();
// The states a reviewer decides: awaiting_review and reopened.
QStringList openAwardStatuses();
// The state in the user's language ("awaiting review" / "待复核").
QString awardStatusTitle(const QString &status);

// One row of `awards` (0001 + 0006_review.sql) as the queue and the case view show it.
struct Award final
{
    qint64 id = 0;
    QString policyCode;
    int policyVersion = 0;
    QString subjectId;
    QString subjectKind;          // "person" | "enterprise"
    QString subjectName;          // from the registry at the time of the run (unmasked: mask before showing)
    QString period;               // "YYYY-MM", or "" for a one-off
    std::int64_t amountFen = 0;
    QString status;               // see review::status
    QStringList flags;            // flag ids that fired (sorted)
    int version = 1;              // optimistic lock: every change adds one
    qint64 decidedInRun = 0;      // the run whose decision made or last changed it
    QString createdAt;            // ISO 8601 UTC
    QString updatedAt;
    QString waitingSince;         // when it last entered awaiting_review / reopened (deadline counts from here)
    QString claimedBy;            // empty = nobody holds it
    QString claimedAt;
    QString leaseUntil;           // ISO 8601 UTC; a lease in the past is free
    QString firstApprovedBy;      // four eyes: the first approval, waiting for a second one
    QString decidedBy;            // the last person who decided it; empty = decided by the run
    bool secondOpinion = false;   // a reviewer asked for a second opinion
    QString returnedFeed;         // returned: the feed and field in doubt
    QString returnedField;
    bool overdue = false;         // computed: waiting longer than the policy's deadline (working days)

    bool isOpen() const;          // awaiting_review or reopened
    bool leaseLive(const QString &nowIso) const { return !claimedBy.isEmpty() && leaseUntil > nowIso; }
};

} // namespace mianshen::review
