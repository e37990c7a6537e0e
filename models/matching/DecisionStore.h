#pragma once

#include "domain/Result.h"
#include "matching/Decision.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QIODevice;

namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

// Read side of the decisions: the current award state of a run period (the
// latest completed run's row per (policy, subject, period), withdrawals
// removing), exports, and the earlier awards the schedules count.
class DecisionStore final
{
public:
    explicit DecisionStore(store::Database &db);

    // Current awards of a run period, sorted by policy then subject. Only
    // completed runs count. policyCodes empty = every policy.
    domain::Result<QList<Decision>> current(const QString &runPeriod, const QStringList &policyCodes = {}) const;
    // The current decision of one (policy, subject) in a run period.
    domain::Result<std::optional<Decision>> find(const QString &runPeriod, const QString &policyCode,
                                                 const QString &subjectId) const;
    // The rows a run wrote (its change sweep), sorted by policy, subject.
    domain::Result<QList<Decision>> changes(qint64 runId) const;

    // CSV with the header `policy,subject_id,period,amount_fen,status,flags`,
    // one row per current award of the run period, '\n' line ends, UTF-8.
    domain::Status exportCsv(const QString &runPeriod, QIODevice &out) const;
    static QString csvHeader() { return QStringLiteral("policy,subject_id,period,amount_fen,status,flags"); }

    // What subjects received before a run period, from every source: current
    // awards of earlier run periods (auto or review), the ledger's awards, and
    // payment_history from the previous system.
    struct History final
    {
        // policy code -> subject id -> distinct award months before the period
        QHash<QString, QHash<QString, QSet<int>>> months;
        // policy code -> subjects awarded a one-off before the period
        QHash<QString, QSet<QString>> oneOff;
        // policy code -> amount already committed (fen) before the period
        QHash<QString, qint64> spentFen;
        int monthsOf(const QString &policy, const QString &subject) const
        {
            const auto p = months.constFind(policy);
            if (p == months.constEnd())
                return 0;
            const auto s = p->constFind(subject);
            return s == p->constEnd() ? 0 : int(s->size());
        }
        bool hadOneOff(const QString &policy, const QString &subject) const
        {
            const auto p = oneOff.constFind(policy);
            return p != oneOff.constEnd() && p->contains(subject);
        }
    };
    domain::Result<History> historyBefore(const QString &runPeriod) const;

private:
    domain::Result<QList<Decision>> fold(const QString &where, const QVariantList &binds) const;
    store::Database &m_db;
};

} // namespace mianshen::matching
