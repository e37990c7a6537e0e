#include "stats/SubjectCounter.h"

#include "store/BoundQuery.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mianshen::stats {

namespace {

void addCounts(QMap<QString, qint64> &into, const QMap<QString, qint64> &counts)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        into[it.key()] += it.value();
}

} // namespace

SubjectCounter::SubjectCounter(store::Database &db)
    : m_db(db)
{
}

domain::Result<QMap<QString, qint64>> SubjectCounter::count(const StatsFilter &filter, By by) const
{
    using R = domain::Result<QMap<QString, qint64>>;
    const QString column = by == By::Kind ? QStringLiteral("subject_kind") : QStringLiteral("period");
    if (filter.policies.size() <= 1)
        return fromGaps(filter, filter.policies.isEmpty() ? QStringList{everyPolicy()} : filter.policies, column);
    auto groups = sharingGroups(filter.policies);
    if (!groups)
        return R::failure(groups.error());
    QStringList alone;
    QMap<QString, qint64> counts;
    for (const QStringList &group : groups.value()) {
        if (group.size() == 1) {
            alone << group.constFirst();
            continue;
        }
        auto scanned = fromSubjectMonths(StatsFilter{filter.from, filter.to, group}, by);
        if (!scanned)
            return scanned;
        addCounts(counts, scanned.value());
    }
    if (!alone.isEmpty()) {
        auto summed = fromGaps(filter, alone, column);
        if (!summed)
            return summed;
        addCounts(counts, summed.value());
    }
    return counts;
}

domain::Result<qint64> SubjectCounter::total(const StatsFilter &filter, const QString &subjectKind) const
{
    auto perKind = count(filter, By::Kind);
    if (!perKind)
        return domain::Result<qint64>::failure(perKind.error());
    if (!subjectKind.isEmpty())
        return perKind.value().value(subjectKind);
    qint64 sum = 0;
    for (qint64 n : perKind.value())
        sum += n;
    return sum;
}

domain::Result<QMap<QString, qint64>> SubjectCounter::perPolicy(const StatsFilter &filter, const QStringList &codes) const
{
    if (codes.isEmpty())
        return QMap<QString, qint64>();
    auto counted = fromGaps(filter, codes, QStringLiteral("policy_code"));
    if (!counted)
        return counted;
    QMap<QString, qint64> counts = counted.value();
    for (const QString &code : codes)
        counts.insert(code, counts.value(code)); // 0 for a policy with none
    return counts;
}

domain::Result<QList<QStringList>> SubjectCounter::sharingGroups(const QStringList &policies) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT policy_code, other_policy_code FROM stats_policy_overlap WHERE subjects > 0 AND ")
        + store::inList(QStringLiteral("policy_code"), policies, values) + QStringLiteral(" AND ")
        + store::inList(QStringLiteral("other_policy_code"), policies, values);
    QSqlQuery query(m_db.connection());
    if (!store::execBound(query, sql, values))
        return domain::Result<QList<QStringList>>::failure(tr("Could not count the subjects paid: %1").arg(query.lastError().text()));
    // Connected groups of the relation "shares subjects with".
    QMap<QString, QString> parent;
    for (const QString &p : policies)
        parent.insert(p, p);
    auto root = [&parent](QString p) {
        while (parent.value(p) != p)
            p = parent.value(p);
        return p;
    };
    while (query.next())
        parent.insert(root(query.value(0).toString()), root(query.value(1).toString()));
    QMap<QString, QStringList> groups;
    for (const QString &p : policies)
        groups[root(p)] << p;
    return groups.values();
}

domain::Result<QMap<QString, qint64>> SubjectCounter::fromGaps(const StatsFilter &filter, const QStringList &scopes,
                                                             const QString &groupColumn) const
{
    // A subject counts at its first paid month in the range: the one whose
    // previous paid month is before the range. Per month, every previous
    // month is before it.
    QVariantList values{filter.from.toString(), filter.to.toString()};
    QString sql = QStringLiteral("SELECT ") + groupColumn
        + QStringLiteral(", sum(subjects) FROM stats_subject_gap WHERE period BETWEEN ? AND ? AND ");
    if (groupColumn != QLatin1String("period")) {
        sql += QStringLiteral("previous_period < ? AND ");
        values << filter.from.toString();
    }
    sql += store::inList(QStringLiteral("policy_code"), scopes, values) + QStringLiteral(" GROUP BY ") + groupColumn;
    QSqlQuery query(m_db.connection());
    if (!store::execBound(query, sql, values))
        return domain::Result<QMap<QString, qint64>>::failure(tr("Could not count the subjects paid: %1").arg(query.lastError().text()));
    QMap<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

domain::Result<QMap<QString, qint64>> SubjectCounter::fromSubjectMonths(const StatsFilter &filter, By by) const
{
    using R = domain::Result<QMap<QString, qint64>>;
    QVariantList values;
    QString sql;
    if (by == By::Month) {
        values << filter.from.toString() << filter.to.toString();
        sql = QStringLiteral("SELECT period, count(*) FROM (SELECT DISTINCT period, subject_kind, subject_id FROM "
                             "stats_subject_month WHERE period BETWEEN ? AND ? AND ")
            + store::inList(QStringLiteral("policy_code"), filter.policies, values) + QStringLiteral(") d GROUP BY period");
    } else {
        // A range that starts with the group's figures: one row per policy
        // and subject (0016) rather than one per subject and month.
        QSqlQuery first(m_db.connection());
        QVariantList firstValues;
        const QString earliestSql = QStringLiteral("SELECT min(period) FROM stats_policy_month WHERE ")
            + store::inList(QStringLiteral("policy_code"), filter.policies, firstValues);
        if (!store::execBound(first, earliestSql, firstValues) || !first.next())
            return R::failure(tr("Could not count the subjects paid: %1").arg(first.lastError().text()));
        const QString earliest = first.value(0).toString();
        if (earliest.isEmpty())
            return QMap<QString, qint64>();
        if (filter.from.toString() <= earliest) {
            sql = QStringLiteral("SELECT subject_kind, count(*) FROM (SELECT DISTINCT subject_kind, subject_id FROM "
                                 "stats_policy_subject_first WHERE ")
                + store::inList(QStringLiteral("policy_code"), filter.policies, values) + QStringLiteral(" AND first_period <= ?");
            values << filter.to.toString();
        } else {
            values << filter.from.toString() << filter.to.toString();
            sql = QStringLiteral("SELECT subject_kind, count(*) FROM (SELECT DISTINCT subject_kind, subject_id FROM "
                                 "stats_subject_month WHERE period BETWEEN ? AND ? AND ")
                + store::inList(QStringLiteral("policy_code"), filter.policies, values);
        }
        sql += QStringLiteral(") d GROUP BY subject_kind");
    }
    QSqlQuery query(m_db.connection());
    if (!store::execBound(query, sql, values))
        return R::failure(tr("Could not count the subjects paid: %1").arg(query.lastError().text()));
    QMap<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

} // namespace mianshen::stats
