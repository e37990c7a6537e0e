#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "review/Award.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

// The columns of the queue, in display order (sort by any of them).
enum class QueueColumn {
    Id, Policy, Subject, Name, Period, Amount, Status, Flags, ClaimedBy, WaitingSince, Version,
    ColumnCount
};
QString queueColumnTitle(QueueColumn column);

// Filters; empty / unset = no filter. All values reach SQL as bound parameters.
struct QueueFilter final
{
    QStringList statuses = openAwardStatuses();   // empty = every status
    QString policyCode;
    QString flag;                 // a flag id that fired
    QString period;               // "YYYY-MM" or "" (unset: use periodSet)
    bool periodSet = false;       // true: filter on period (also the one-off "")
    std::optional<std::int64_t> minFen;   // inclusive
    std::optional<std::int64_t> maxFen;   // inclusive
    QString claimedBy;            // a reviewer; "-" = unclaimed (or lease expired)
    QString subject;              // an exact subject id, or the start of a subject's name
    bool overdueOnly = false;
    bool secondOpinionOnly = false;
};

struct QueueSort final
{
    QueueColumn column = QueueColumn::WaitingSince;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// Where a page ends: the sort column's value and the id of its last row.
struct QueueCursor final
{
    QVariant value;
    qint64 id = 0;
};

struct QueuePage final
{
    QList<Award> rows;
    std::optional<QueueCursor> next;   // empty: this was the last page
};

// The review queue: keyset-paged queries over awards (never OFFSET), counts
// per flag and per policy, and overdue cases. Indexes of 0006_review.sql
// serve the open queue (awaiting_review, reopened) sorted by policy,
// subject, name, period, amount, waiting since or id; other sorts and
// statuses work but may sort in memory.
class ReviewQueue final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::ReviewQueue)
public:
    explicit ReviewQueue(store::Database &db);

    // The page after `after` (none: the first page), at most `limit` rows.
    // Rows carry Award::overdue (per the policy's deadline).
    domain::Result<QueuePage> page(const QueueFilter &filter, const QueueSort &sort,
                                   const std::optional<QueueCursor> &after = std::nullopt, int limit = 200) const;
    domain::Result<qint64> count(const QueueFilter &filter) const;
    // (flag id, cases) / (policy code, cases), largest first; a case with two flags counts for both.
    domain::Result<QList<QPair<QString, qint64>>> countsByFlag(const QueueFilter &filter) const;
    domain::Result<QList<QPair<QString, qint64>>> countsByPolicy(const QueueFilter &filter) const;

    // Open cases waiting longer than their policy's deadline (working days,
    // Mon-Fri) at `now`: the Dashboard's figure.
    domain::Result<qint64> overdueCount(const QDateTime &now = domain::Clock::nowUtc()) const;

    // CSV for `review list --out` (no names; the caller masks subject ids).
    static QString csvHeader();
    static QString csvRow(const Award &award);

private:
    store::Database &m_db;
    mutable QHash<QString, int> m_deadlines;   // "CODE/version" -> working days
    mutable bool m_deadlinesLoaded = false;
};

} // namespace mianshen::review
