#include "matching/RunPlan.h"

#include "matching/SqlHelpers.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

#include <map>
#include <set>

namespace mianshen::matching {

using domain::Result;
using domain::Status;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::matching::MatchingRun", text);
}

constexpr const char *kEngineVersion = "matching/2";

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Last imported id per feed.
Result<std::map<QString, qint64>> lastImports(store::Database &db)
{
    using R = Result<std::map<QString, qint64>>;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT feed, MAX(id) FROM import_history WHERE result = 'imported' GROUP BY feed")))
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the import history")));
    std::map<QString, qint64> last;
    while (q.next())
        last[q.value(0).toString()] = q.value(1).toLongLong();
    return last;
}

// "feed=last import id;..." for the given feeds.
QString inputsOf(const std::map<QString, qint64> &last, const std::set<QString> &feeds)
{
    QStringList parts;
    for (const QString &f : feeds) {
        const auto it = last.find(f);
        parts << f + QLatin1Char('=') + QString::number(it == last.end() ? 0 : it->second);
    }
    return parts.join(QLatin1Char(';'));
}

// The feeds a policy reads: its column uses' feeds and the two registries.
std::set<QString> feedsOf(const rules::Policy &p)
{
    std::set<QString> feeds{QStringLiteral("persons"), QStringLiteral("enterprises")};
    for (const rules::ColumnUse &u : p.columnUses)
        feeds.insert(u.feed);
    return feeds;
}

// Per policy code: a digest of the earlier awards its schedule and budget
// count (DecisionStore::historyBefore): earlier periods' decisions (only
// appended to, so count and last id change with every change), the ledger's
// awards by status, and payment_history (a written row carries its import).
Result<QHash<QString, QString>> historyDigests(store::Database &db, const QString &period)
{
    using R = Result<QHash<QString, QString>>;
    QHash<QString, QString> out;
    QSqlQuery d(db.connection());
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT d.policy_code, COUNT(*), MAX(d.id) FROM decisions d "
                             "JOIN matching_runs r ON r.id = d.run_id WHERE r.status = 'completed' AND r.period < ? "
                             "GROUP BY d.policy_code"));
    d.addBindValue(period);
    if (!d.exec())
        return R::failure(detail::sqlFailure(d, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the earlier decisions")));
    while (d.next())
        out[d.value(0).toString()] += QStringLiteral("decisions=%1/%2;").arg(d.value(1).toLongLong()).arg(d.value(2).toLongLong());
    d.finish();
    QSqlQuery a(db.connection());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT policy_code, status, COUNT(*), MAX(id), SUM(amount_fen) FROM awards "
                             "WHERE decided_in_run IS NULL OR decided_in_run IN (SELECT id FROM matching_runs WHERE period < ?) "
                             "GROUP BY policy_code, status ORDER BY policy_code, status"));
    a.addBindValue(period);
    if (!a.exec())
        return R::failure(detail::sqlFailure(a, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the awards")));
    while (a.next())
        out[a.value(0).toString()] += QStringLiteral("awards.%1=%2/%3/%4;").arg(a.value(1).toString())
                                          .arg(a.value(2).toLongLong()).arg(a.value(3).toLongLong()).arg(a.value(4).toLongLong());
    a.finish();
    QSqlQuery ph(db.connection());
    ph.setForwardOnly(true);
    if (!ph.exec(QStringLiteral("SELECT policy_code, COUNT(*), MAX(import_id), SUM(amount_fen) FROM payment_history "
                                "GROUP BY policy_code")))
        return R::failure(detail::sqlFailure(ph, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the payment history")));
    while (ph.next())
        out[ph.value(0).toString()] += QStringLiteral("payment_history=%1/%2/%3;").arg(ph.value(1).toLongLong())
                                           .arg(ph.value(2).toLongLong()).arg(ph.value(3).toLongLong());
    return out;
}

// What one policy's decisions for the period depend on.
QString policyFingerprint(const PlannedPolicy &l, const std::vector<PlannedPolicy> &all, const std::map<QString, qint64> &imports,
                          const QHash<QString, QString> &history, const QString &period)
{
    const rules::Policy &p = *l.policy;
    QStringList parts;
    parts << QLatin1String(kEngineVersion) << QStringLiteral("period=") + period
          << QStringLiteral("policy=%1/%2/%3").arg(p.code).arg(l.published.version).arg(l.published.sha256)
          << QStringLiteral("feeds=") + inputsOf(imports, feedsOf(p))
          << QStringLiteral("history=") + history.value(p.code);
    if (!p.stackingGroup.isEmpty()) {
        QStringList members;
        for (const PlannedPolicy &o : all)
            if (o.policy->stackingGroup == p.stackingGroup)
                members << QStringLiteral("%1/%2").arg(o.policy->code).arg(o.published.version);
        parts << QStringLiteral("group=") + p.stackingGroup + QLatin1Char(':') + members.join(QLatin1Char(','));
    }
    return sha256(parts.join(QLatin1Char('\n')));
}

} // namespace

bool RunPlan::upToDate() const
{
    return std::none_of(policies.begin(), policies.end(), [](const PlannedPolicy &p) { return p.reevaluate; });
}

Result<RunPlan> planRun(store::Database &db, const catalog::FeedCatalog &catalog, domain::Month month,
                        const QStringList &policyCodes)
{
    using R = Result<RunPlan>;
    const QString period = month.toString();
    PolicyRepository repo(db, catalog);
    auto published = repo.effectiveFor(period, policyCodes);
    if (!published)
        return R::failure(published.error());
    if (published->isEmpty())
        return R::failure(tr("No published policy is in effect in %1.").arg(period));
    RunPlan plan;
    plan.month = month;
    std::set<QString> feeds{QStringLiteral("persons"), QStringLiteral("enterprises"), QStringLiteral("payment_history")};
    QStringList versions;
    for (const PublishedPolicy &p : published.value()) {
        auto policy = repo.load(p);
        if (!policy)
            return R::failure(policy.error());
        for (const QString &f : feedsOf(*policy.value()))
            feeds.insert(f);
        versions << p.code + QLatin1Char('=') + QString::number(p.version);
        plan.policies.push_back({p, std::move(policy.value()), {}, true});
    }
    for (const QString &f : feeds)
        plan.feeds << f;
    plan.policyVersions = versions.join(QLatin1Char(';'));
    return plan;
}

Status fingerprintRun(store::Database &db, RunPlan &plan, bool force)
{
    const QString period = plan.month.toString();
    auto imports = lastImports(db);
    if (!imports)
        return Status::failure(imports.error());
    auto history = historyDigests(db, period);
    if (!history)
        return Status::failure(history.error());
    auto previous = RunRepository(db).latestPolicyStates(period);
    if (!previous)
        return Status::failure(previous.error());
    plan.previous = previous.value();
    QStringList fingerprintParts;
    for (PlannedPolicy &l : plan.policies) {
        l.fingerprint = policyFingerprint(l, plan.policies, imports.value(), history.value(), period);
        fingerprintParts << l.policy->code + QLatin1Char('=') + l.fingerprint;
        const auto before = plan.previous.constFind(l.policy->code);
        l.reevaluate = force || before == plan.previous.constEnd() || before->fingerprint != l.fingerprint
            || before->policyVersion != l.published.version;
    }
    // The members of a stacking group are decided together.
    for (const PlannedPolicy &l : plan.policies) {
        if (!l.reevaluate || l.policy->stackingGroup.isEmpty())
            continue;
        for (PlannedPolicy &o : plan.policies)
            if (o.policy->stackingGroup == l.policy->stackingGroup)
                o.reevaluate = true;
    }
    plan.inputs = inputsOf(imports.value(), std::set<QString>(plan.feeds.begin(), plan.feeds.end()));
    plan.fingerprint = sha256(fingerprintParts.join(QLatin1Char('\n')));
    return {};
}

} // namespace mianshen::matching
