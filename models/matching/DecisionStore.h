#pragma once

#include "domain/Result.h"
#include "matching/Decision.h"
#include "rules/Evaluation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <future>
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

    // What subjects received before a run period, from every source: the
    // awards of earlier run periods by status (approved, awaiting_review,
    // returned, reopened, paid; docs/matching.md "Awarded before"), earlier
    // decisions that have no award row (auto or review), and payment_history.
    // Each (policy, subject, period) counts once.
    struct Earlier final
    {
        QList<int> months;             // distinct award months (monthly policies); a few per subject
        int count = 0;                 // awards of any schedule
        qint64 totalFen = 0;
        qint64 yearTotalFen = 0;       // in the run period's calendar year
        bool paidThisPeriod = false;   // monthly: the run period itself was paid outside matching
        rules::SubjectInputs inputs() const   // as the rules' engine inputs
        {
            rules::SubjectInputs in;
            in.awardedMonths = int(months.size());
            in.awardedCount = count;
            in.awardedTotalFen = totalFen;
            in.awardedYearTotalFen = yearTotalFen;
            in.paidThisPeriod = paidThisPeriod;
            return in;
        }
    };
    struct History final
    {
        QHash<QString, QHash<QString, Earlier>> byPolicy;   // policy code -> subject id -> earlier awards
        QHash<QString, qint64> spentFen;                     // policy code -> money awarded before
        const Earlier *find(const QString &policy, const QString &subject) const
        {
            const auto p = byPolicy.constFind(policy);
            if (p == byPolicy.constEnd())
                return nullptr;
            const auto s = p->constFind(subject);
            return s == p->constEnd() ? nullptr : &*s;
        }
        int monthsOf(const QString &policy, const QString &subject) const
        {
            const Earlier *e = find(policy, subject);
            return e ? int(e->months.size()) : 0;
        }
        bool hadOneOff(const QString &policy, const QString &subject) const
        {
            const Earlier *e = find(policy, subject);
            return e && e->count > 0;
        }
    };
    domain::Result<History> historyBefore(const QString &runPeriod) const;
    // historyBefore() on a connection of its own, in another thread, so the
    // caller can load its snapshot meanwhile (a million persons' history
    // takes about a second). get() waits; so does the future's destructor.
    static std::future<domain::Result<History>> historyBeforeInBackground(const store::Database &db,
                                                                          const QString &runPeriod);

private:
    domain::Result<QList<Decision>> fold(const QString &where, const QVariantList &binds) const;
    store::Database &m_db;
};

} // namespace mianshen::matching
