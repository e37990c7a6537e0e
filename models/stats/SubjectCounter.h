#pragma once

#include "domain/Result.h"
#include "stats/StatsTypes.h"

#include <QCoreApplication>
#include <QMap>

namespace mianshen::store {
class Database;
}

namespace mianshen::stats {

// Counts distinct subjects (kind and id) with a paid payment over a range of
// months and a set of policies, without scanning the range's payments:
// from stats_subject_gap (0018) for every policy together or each policy on
// its own, adding up policies that share no subject (stats_policy_overlap,
// 0020); only a group of policies that share subjects is counted over its
// subject-months. See docs/statistics.md.
class SubjectCounter final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::stats::SubjectCounter)
public:
    enum class By { Kind, Month };

    explicit SubjectCounter(store::Database &db);

    // Per subject kind ('person', 'enterprise') or per month ('YYYY-MM') of
    // the range, under the filter's policies (none = every policy).
    domain::Result<QMap<QString, qint64>> count(const StatsFilter &filter, By by) const;
    // All kinds, or one ('person' | 'enterprise').
    domain::Result<qint64> total(const StatsFilter &filter, const QString &subjectKind = {}) const;
    // Each policy on its own (filter.policies is not used).
    domain::Result<QMap<QString, qint64>> perPolicy(const StatsFilter &filter, const QStringList &codes) const;

    // The scope of every policy together in stats_subject_gap.
    static QString everyPolicy() { return QStringLiteral("*"); }

private:
    // The policies in groups that share subjects; a policy sharing none
    // with the others of the list is a group of its own.
    domain::Result<QList<QStringList>> sharingGroups(const QStringList &policies) const;
    // Summed over scopes (each counted on its own), grouped by kind, month or scope.
    domain::Result<QMap<QString, qint64>> fromGaps(const StatsFilter &filter, const QStringList &scopes,
                                                   const QString &groupColumn) const;
    // One group of policies that share subjects, from its subject-months.
    domain::Result<QMap<QString, qint64>> fromSubjectMonths(const StatsFilter &filter, By by) const;

    store::Database &m_db;
};

} // namespace mianshen::stats
