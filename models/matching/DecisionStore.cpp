#include "matching/DecisionStore.h"

#include "domain/Month.h"
#include "matching/SqlHelpers.h"
#include "store/Database.h"

#include <QIODevice>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <tuple>

namespace mianshen::matching {

using domain::Result;
using domain::Status;

namespace {

const char *const decisionColumns =
    "d.run_id, d.policy_code, d.policy_version, d.subject_id, d.period, d.change, d.outcome, d.amount_fen, "
    "d.flags, d.explanation, d.previous_amount_fen, r.period";

Decision readDecision(const QSqlQuery &q)
{
    Decision d;
    d.runId = q.value(0).toLongLong();
    d.policyCode = q.value(1).toString();
    d.policyVersion = q.value(2).toInt();
    d.subjectId = q.value(3).toString();
    d.period = q.value(4).toString();
    d.change = changeFromName(q.value(5).toString()).value_or(Change::New);
    if (!q.value(6).isNull())
        d.outcome = outcomeFromName(q.value(6).toString());
    d.amountFen = q.value(7).toLongLong();
    const QString flags = q.value(8).toString();
    if (!flags.isEmpty())
        d.flags = flags.split(QLatin1Char(';'));
    d.explanation = q.value(9).toString();
    if (!q.value(10).isNull())
        d.previousAmountFen = q.value(10).toLongLong();
    d.runPeriod = q.value(11).toString();
    return d;
}

bool lessByPolicySubject(const Decision &a, const Decision &b)
{
    return std::tie(a.policyCode, a.subjectId, a.period) < std::tie(b.policyCode, b.subjectId, b.period);
}

int monthIndex(const QString &period)
{
    const auto m = domain::Month::parse(period);
    return m ? m->index() : -1;
}

} // namespace

DecisionStore::DecisionStore(store::Database &db) : m_db(db) {}

// Rows of completed runs matching `where`, folded to the latest per
// (run period, policy, subject, period); withdrawals removed.
Result<QList<Decision>> DecisionStore::fold(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM decisions d JOIN matching_runs r ON r.id = d.run_id "
                             "WHERE r.status = 'completed' AND %2 ORDER BY d.run_id")
                  .arg(QLatin1String(decisionColumns), where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Result<QList<Decision>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the decisions")));
    std::map<std::tuple<QString, QString, QString, QString>, Decision> latest;
    while (q.next()) {
        Decision d = readDecision(q);
        latest[{d.runPeriod, d.policyCode, d.subjectId, d.period}] = std::move(d);
    }
    QList<Decision> out;
    for (auto &[key, d] : latest)
        if (d.change != Change::Withdrawn)
            out.append(std::move(d));
    std::stable_sort(out.begin(), out.end(), lessByPolicySubject);
    return out;
}

Result<QList<Decision>> DecisionStore::current(const QString &runPeriod, const QStringList &policyCodes) const
{
    auto all = fold(QStringLiteral("r.period = ?"), {runPeriod});
    if (!all || policyCodes.isEmpty())
        return all;
    QList<Decision> out;
    for (Decision &d : all.value())
        if (policyCodes.contains(d.policyCode))
            out.append(std::move(d));
    return out;
}

Result<std::optional<Decision>> DecisionStore::find(const QString &runPeriod, const QString &policyCode,
                                                    const QString &subjectId) const
{
    auto rows = fold(QStringLiteral("r.period = ? AND d.policy_code = ? AND d.subject_id = ?"),
                     {runPeriod, policyCode, subjectId});
    if (!rows)
        return Result<std::optional<Decision>>::failure(rows.error());
    if (rows->isEmpty())
        return std::optional<Decision>();
    return std::optional<Decision>(rows->first());
}

Result<QList<Decision>> DecisionStore::changes(qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM decisions d JOIN matching_runs r ON r.id = d.run_id "
                             "WHERE d.run_id = ? ORDER BY d.policy_code, d.subject_id, d.period")
                  .arg(QLatin1String(decisionColumns)));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<QList<Decision>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the run's changes")));
    QList<Decision> out;
    while (q.next())
        out.append(readDecision(q));
    return out;
}

Status DecisionStore::exportCsv(const QString &runPeriod, QIODevice &out) const
{
    auto rows = current(runPeriod);
    if (!rows)
        return Status::failure(rows.error());
    QByteArray text = csvHeader().toUtf8() + '\n';
    for (const Decision &d : rows.value()) {
        text += d.policyCode.toUtf8() + ',' + d.subjectId.toUtf8() + ',' + d.period.toUtf8() + ','
              + QByteArray::number(qint64(d.amountFen)) + ',' + outcomeName(d.outcome.value_or(Outcome::Auto)).toUtf8()
              + ',' + d.flagsText().toUtf8() + '\n';
    }
    if (out.write(text) != text.size())
        return Status::failure(out.errorString());
    return {};
}

std::future<Result<DecisionStore::History>> DecisionStore::historyBeforeInBackground(const store::Database &db,
                                                                                    const QString &runPeriod)
{
    return std::async(std::launch::async, [&db, runPeriod]() -> Result<History> {
        auto connection = db.openAnother();
        if (!connection)
            return Result<History>::failure(connection.error());
        return DecisionStore(*connection.value()).historyBefore(runPeriod);
    });
}

Result<DecisionStore::History> DecisionStore::historyBefore(const QString &runPeriod) const
{
    History h;
    const int before = monthIndex(runPeriod);
    const int year = before >= 0 ? before / 12 : -1;
    // An award is counted once per (policy, subject, period) whatever the
    // sources that list it. A counted month is in Earlier::months, a paid run
    // period sets paidThisPeriod; one-off awards (period '') are remembered here.
    QSet<QString> seenOneOff;
    // Lookups by the same policy code follow each other: its subjects are kept at hand.
    QString lastPolicy;
    QHash<QString, Earlier> *subjects = nullptr;
    auto subjectsOf = [&](const QString &policy) -> QHash<QString, Earlier> & {
        if (!subjects || policy != lastPolicy) {
            subjects = &h.byPolicy[policy];
            lastPolicy = policy;
        }
        return *subjects;
    };
    // whenMonth: the month index the money belongs to (for the year total).
    // outside: paid or awarded outside matching (payment_history, a manual
    // award), which may already cover the run period itself.
    auto note = [&](const QString &policy, const QString &subject, const QString &period, qint64 amount, int whenMonth,
                    bool outside) {
        Earlier *e = nullptr;
        if (!period.isEmpty()) {
            const int m = monthIndex(period);
            if (m < 0 || m > before || (m == before && !outside))
                return;
            e = &subjectsOf(policy)[subject];
            if (m == before) {
                if (!e->paidThisPeriod) {
                    e->paidThisPeriod = true;
                    h.spentFen[policy] += amount;
                }
                return;
            }
            if (e->months.contains(m))
                return;
            e->months.append(m);
            whenMonth = m;
        } else {
            const QString key = policy + QLatin1Char('|') + subject;
            if (seenOneOff.contains(key))
                return;
            seenOneOff.insert(key);
            e = &subjectsOf(policy)[subject];
        }
        ++e->count;
        e->totalFen += amount;
        if (whenMonth >= 0 && whenMonth / 12 == year && whenMonth < before)
            e->yearTotalFen += amount;
        h.spentFen[policy] += amount;
    };
    // 1. Current awards of earlier run periods (auto or review), where no
    // award row exists for them: an award's own status decides (step 2).
    // Folded first, then filtered, so that a later over-budget row hides an
    // earlier auto one.
    auto earlier = fold(QStringLiteral("r.period < ? AND NOT EXISTS (SELECT 1 FROM awards a WHERE a.policy_code = d.policy_code "
                                       "AND a.subject_id = d.subject_id AND a.period = d.period)"), {runPeriod});
    if (!earlier)
        return Result<History>::failure(earlier.error());
    for (const Decision &d : earlier.value())
        if (d.outcome == Outcome::Auto || d.outcome == Outcome::Review)
            note(d.policyCode, d.subjectId, d.period, d.amountFen, monthIndex(d.runPeriod), false);

    // 2. The awards (docs/matching.md "Awarded before"): approved,
    // awaiting_review, returned, reopened and paid count; rejected,
    // withdrawn and held do not.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.policy_code, a.subject_id, a.period, a.amount_fen, a.created_at, a.decided_in_run FROM awards a "
        "WHERE a.status IN ('approved', 'awaiting_review', 'returned', 'reopened', 'paid') "
        "AND (a.decided_in_run IS NULL OR a.decided_in_run IN "
        "     (SELECT id FROM matching_runs WHERE period < ?))"));
    q.addBindValue(runPeriod);
    if (!q.exec())
        return Result<History>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the awards")));
    while (q.next())
        note(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
             monthIndex(q.value(4).toString().left(7)), q.value(5).isNull());
    q.finish();

    // 3. Payments of the previous system (payment_history; one-off: period '').
    QSqlQuery ph(m_db.connection());
    ph.setForwardOnly(true);
    if (!ph.exec(QStringLiteral("SELECT policy_code, subject_id, period, amount_fen, paid_date FROM payment_history")))
        return Result<History>::failure(detail::sqlFailure(ph, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the payment history")));
    while (ph.next())
        note(ph.value(0).toString(), ph.value(1).toString(), ph.value(2).toString(), ph.value(3).toLongLong(),
             monthIndex(ph.value(4).toString().left(7)), true);
    return h;
}

} // namespace mianshen::matching
