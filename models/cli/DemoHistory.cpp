#include "cli/DemoHistory.h"

#include "catalog/FeedCatalog.h"
#include "domain/Clock.h"
#include "demo/DemoRandom.h"
#include "domain/Money.h"
#include "feeds/ImportReport.h"
#include "feeds/Importer.h"
#include "ledger/BatchApproval.h"
#include "ledger/BatchBuilder.h"
#include "ledger/BatchDispatch.h"
#include "ledger/RecoveryService.h"
#include "ledger/ReturnFileReader.h"
#include "matching/MatchingRun.h"
#include "review/AwardStore.h"
#include "review/ReviewDecisions.h"
#include "stats/NoticeObjections.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace mianshen::cli {

namespace {

using domain::Status;

// On SQLite the actor is $USER: each step of the demo runs as its person.
class ActingUser final
{
public:
    explicit ActingUser(const QString &user) : m_had(qEnvironmentVariableIsSet("USER")), m_old(qgetenv("USER"))
    {
        qputenv("USER", user.toUtf8());
    }
    ~ActingUser()
    {
        if (m_had)
            qputenv("USER", m_old);
        else
            qunsetenv("USER");
    }
    ActingUser(const ActingUser &) = delete;
    ActingUser &operator=(const ActingUser &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

enum Stream : std::uint64_t { ReviewStream = 11, ReviewerStream = 12, PaymentStream = 13, AccountStream = 14 };

// Reject reasons with the text a reviewer would write (demo data, in the
// bureau's language).
const std::pair<const char *, const char *> rejections[] = {
    {"not_eligible", "社保缴费月份不足，不符合申领条件"},
    {"data_error", "学历信息与学信网记录不一致"},
    {"duplicate", "已享受区外同类补贴，不得重复享受"},
    {"documents_missing", "缺少劳动合同等佐证材料"},
};

const char *closedAccount = "账户已销户";
const char *nameMismatch = "户名与账号不符";

// Stamps what follows with a time in `month` (Beijing office hours, kept in
// UTC as the program stores them): the demo's year reads like a real one.
void setTime(domain::Month month, int day, int hour, int minute = 0)
{
    const QDate date = month.firstDay().addDays(std::min(day, month.lastDay().day()) - 1);
    domain::Clock::setOverride(QDateTime(date, QTime(hour, minute), Qt::OffsetFromUTC, 8 * 3600).toUTC());
}

// Gives the system clock back when the demo's history ends (or fails).
class ClockRestore final
{
public:
    ~ClockRestore() { domain::Clock::setOverride({}); }
};

Status sqlFailure(const QSqlQuery &q, const QString &what)
{
    return Status::failure(DemoHistory::tr("Could not %1: %2").arg(what, q.lastError().text()));
}

} // namespace

DemoHistory::DemoHistory(store::Database &db, DemoHistoryOptions options) : m_db(db), m_options(std::move(options)) {}

std::uint64_t DemoHistory::choice(std::uint64_t seed, std::uint64_t stream, const QString &key)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : key.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return demo::DemoRandom::forEntity(seed, stream, h).next();
}

domain::Result<DemoMonthSummary> DemoHistory::runMonth(int index)
{
    using R = domain::Result<DemoMonthSummary>;
    ClockRestore restore;
    DemoMonthSummary summary;
    const domain::Month month = m_options.from.addMonths(index);
    summary.period = month.toString();
    const bool last = index == m_options.months - 1;
    // The run on the 3rd, reviews from the 6th, the batch from the 20th,
    // the bank's return on the 26th (the steps set their own times).
    setTime(month, 3, 9, 30);
    if (Status s = match(summary.period, summary); !s)
        return R::failure(s.error());
    setTime(month, 6, 9, 0);
    if (Status s = review(last, summary); !s)
        return R::failure(s.error());
    if (Status s = pay(summary.period, index, summary); !s)
        return R::failure(s.error());
    // The 公示 objections come in during the second last month.
    if (index == std::max(0, m_options.months - 2)) {
        auto objections = recordObjections();
        if (!objections)
            return R::failure(objections.error());
        m_objectionsDone = objections.value();
    }
    return summary;
}

Status DemoHistory::match(const QString &period, DemoMonthSummary &summary)
{
    ActingUser as(m_options.operatorName);
    matching::MatchingRun run(m_db, catalog::FeedCatalog::builtin());
    run.setCompletionHook(&review::AwardStore::applyRun);
    matching::RunRequest request;
    request.period = period;
    request.startedBy = m_options.operatorName;
    auto result = run.execute(request);
    if (!result)
        return Status::failure(result.error());
    summary.runId = result->run.id;
    summary.decisions = result->run.decisionsWritten;
    return {};
}

// Every open case is decided, by one of the two reviewers chosen by the
// case's hash: 20% rejected with a reason, the rest approved (a four-eyes
// case gets the other reviewer's second approval); in the last month a
// quarter stay open for the newcomer to decide.
Status DemoHistory::review(bool lastMonth, DemoMonthSummary &summary)
{
    struct Case
    {
        qint64 id;
        int version;
        QString key;
    };
    QList<Case> cases;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id, version, policy_code, subject_id, period FROM awards "
                                   "WHERE status IN ('awaiting_review', 'reopened') ORDER BY id")))
            return sqlFailure(q, tr("read the open cases"));
        while (q.next())
            cases.append({q.value(0).toLongLong(), q.value(1).toInt(),
                          q.value(2).toString() + u'|' + q.value(3).toString() + u'|' + q.value(4).toString()});
    }
    QList<std::uint64_t> picks;
    qsizetype lowest = -1;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        picks.append(choice(m_options.seed, ReviewStream, cases[i].key));
        if (lowest < 0 || picks[i] < picks[lowest])
            lowest = i;
    }
    // Spread over twelve working days from the 6th.
    const qint64 step = cases.isEmpty() ? 0 : qint64(12) * 24 * 3600 * 1000 / (cases.size() + 1);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        domain::Clock::advance(step);
        if (lastMonth && (picks[i] % 4 == 0 || i == lowest)) {   // at least one stays open
            ++summary.leftOpen;
            continue;
        }
        if (Status s = decideCase(cases[i].id, cases[i].version, picks[i], summary); !s)
            return s;
    }
    return {};
}

Status DemoHistory::decideCase(qint64 awardId, int version, std::uint64_t pick, DemoMonthSummary &summary)
{
    const int first = int((pick >> 20) % 2);
    review::DecisionRequest request;
    request.awardId = awardId;
    request.seenVersion = version;
    if ((pick >> 8) % 10 < 2) {
        const auto &reason = rejections[(pick >> 32) % std::size(rejections)];
        request.action = review::ReviewAction::Reject;
        request.reasonCode = QString::fromLatin1(reason.first);
        request.reasonText = QString::fromUtf8(reason.second);
        ActingUser as(m_options.reviewers.at(first));
        auto r = review::ReviewDecisions(m_db).decide(request);
        if (!r)
            return Status::failure(tr("Award %1 could not be rejected: %2").arg(awardId).arg(r.error()));
        ++summary.rejected;
        return {};
    }
    request.action = review::ReviewAction::Approve;
    request.reasonText = QStringLiteral("已核对，符合条件");
    domain::Result<review::DecisionResult> r = domain::Result<review::DecisionResult>::failure(QString());
    {
        ActingUser as(m_options.reviewers.at(first));
        r = review::ReviewDecisions(m_db).decide(request);
    }
    if (r && r->awaitingSecondApproval) {
        request.seenVersion = r->award.version;
        ActingUser as(m_options.reviewers.at(1 - first));
        r = review::ReviewDecisions(m_db).decide(request);
    }
    if (!r)
        return Status::failure(tr("Award %1 could not be approved: %2").arg(awardId).arg(r.error()));
    ++summary.approved;
    return {};
}

Status DemoHistory::pay(const QString &period, int index, DemoMonthSummary &summary)
{
    const domain::Month month = *domain::Month::parse(period);
    setTime(month, 20, 10, 0);
    {
        ActingUser as(m_options.clerk);
        auto built = ledger::BatchBuilder(m_db).build(period);
        if (!built)
            return Status::failure(built.error());
        summary.batchId = built->batchId;
        summary.payments = built->paymentCount;
        summary.retries = built->retries;
        summary.totalFen = built->totalFen;
    }
    if (summary.batchId == 0)
        return {};
    setTime(month, 21, 15, 0);
    if (Status s = approveBatch(summary.batchId); !s)
        return s;
    setTime(month, 22, 9, 45);
    {
        ActingUser as(m_options.clerk);
        const QString file = QDir(m_options.filesDir).filePath(QStringLiteral("bank-%1-batch-%2.csv").arg(period).arg(summary.batchId));
        if (auto e = ledger::BatchDispatch(m_db).exportTo(summary.batchId, file); !e)
            return Status::failure(e.error());
        if (Status s = ledger::BatchDispatch(m_db).markSent(summary.batchId); !s)
            return s;
    }
    return reconcile(summary.batchId, period, index, summary);
}

Status DemoHistory::approveBatch(qint64 batchId)
{
    for (const QString &who : {m_options.approver, m_options.secondApprover}) {
        domain::Clock::advance(qint64(40) * 60 * 1000);
        ActingUser as(who);
        auto a = ledger::BatchApproval(m_db).approve(batchId);
        if (!a)
            return Status::failure(a.error());
        if (a->approvals >= a->approvalsRequired)
            return {};
    }
    return Status::failure(tr("Batch %1 still needs an approval.").arg(batchId));
}

// The bank's answer to the batch: about 1% of payments fail (none in the
// last month, at least one in the first batch); "account closed" ones get a new
// account (bank_accounts delta) and are retried by the next batch, "name does
// not match" ones stay held until their payment expires.
Status DemoHistory::reconcile(qint64 batchId, const QString &period, int index, DemoMonthSummary &summary)
{
    struct Line
    {
        qint64 id;
        qint64 fen;
        QString subject;
        std::uint64_t pick;
    };
    QList<Line> lines;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, amount_fen, policy_code, subject_id, award_period FROM payments "
                                 "WHERE batch_id = ? ORDER BY id"));
        q.addBindValue(batchId);
        if (!q.exec())
            return sqlFailure(q, tr("read the batch's payments"));
        while (q.next()) {
            const QString key = q.value(2).toString() + u'|' + q.value(3).toString() + u'|' + q.value(4).toString()
                                + u'|' + period;
            lines.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toString(),
                          choice(m_options.seed, PaymentStream, key)});
        }
    }
    const bool failures = index < m_options.months - 1;
    qsizetype forced = -1;
    if (!m_failedOnce && failures && !lines.isEmpty()) {   // the first batch has at least one failure
        forced = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (lines[i].pick < lines[forced].pick)
                forced = i;
    }
    QByteArray file = "reference,amount,result,reason\n";
    QStringList corrected;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        const QByteArray amount = domain::Money::fromFen(l.fen).toYuanString().toUtf8();
        if (failures && (l.pick % 100 == 0 || i == forced)) {
            const bool closed = (l.pick >> 16) % 4 != 3 || i == forced;
            file += QByteArray::number(l.id) + ',' + amount + ",失败," + (closed ? closedAccount : nameMismatch) + '\n';
            if (closed)
                corrected.append(l.subject);
        } else {
            file += QByteArray::number(l.id) + ',' + amount + ",成功,\n";
        }
    }
    const QString path = QDir(m_options.filesDir).filePath(QStringLiteral("return-%1-batch-%2.csv").arg(period).arg(batchId));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file) != file.size() || !out.flush())
        return Status::failure(tr("Could not write the bank return file %1: %2").arg(path, out.errorString()));
    out.close();
    m_failedOnce = m_failedOnce || forced >= 0;
    setTime(*domain::Month::parse(period), 26, 14, 0);
    ActingUser as(m_options.clerk);
    ledger::ReturnFileReader reader(m_db);
    auto r = reader.importFile(path);
    if (!r)
        return Status::failure(r.error());
    if (!reader.problems().isEmpty())
        return Status::failure(tr("The bank return file %1, line %2: %3")
                                   .arg(path).arg(reader.problems().first().line).arg(reader.problems().first().reason));
    summary.paidCount = r->paidCount;
    summary.failedCount = r->failedCount;
    setTime(*domain::Month::parse(period), 28, 10, 30);
    return correctAccounts(corrected, period, summary);
}

namespace {

QByteArray csvCell(const QString &text)
{
    QByteArray b = text.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n'))
        b = '"' + b.replace("\"", "\"\"") + '"';
    return b;
}

} // namespace

// The subjects whose account was closed bring a new one: a bank_accounts
// delta delivery (op = upsert), imported like any other, so the next batch
// retries their failed payments.
Status DemoHistory::correctAccounts(const QStringList &subjects, const QString &period, DemoMonthSummary &summary)
{
    if (subjects.isEmpty())
        return {};
    QByteArray file = "op,subject_id,bank_name,account_no,account_name,verified,updated_date\n";
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bank_name, account_no, account_name FROM bank_accounts WHERE subject_id = ?"));
    const QString updated = domain::Month::parse(period)->lastDay().toString(Qt::ISODate);
    for (const QString &subject : subjects) {
        q.bindValue(0, subject);
        if (!q.exec())
            return sqlFailure(q, tr("read a bank account"));
        if (!q.next())
            continue;
        // A new account number of the same length (12-30 digits), never the old one.
        const QString old = q.value(1).toString();
        std::uint64_t digits = choice(m_options.seed, AccountStream, subject + u'|' + period);
        QString fresh = QStringLiteral("62");
        while (fresh.size() < qMax(16, int(old.size()))) {
            fresh += QChar(u'0' + int(digits % 10));
            digits = digits / 10 ? digits / 10 : demo::DemoRandom::mix(digits + fresh.size());
        }
        if (fresh == old)
            fresh[fresh.size() - 1] = fresh.back() == u'9' ? u'0' : QChar(fresh.back().unicode() + 1);
        file += "upsert," + csvCell(subject) + ',' + csvCell(q.value(0).toString()) + ',' + fresh.toLatin1() + ','
                + csvCell(q.value(2).toString()) + ",1," + updated.toLatin1() + '\n';
        ++summary.accountsCorrected;
    }
    q.finish();
    const QString dir = QDir(m_options.filesDir).filePath(QStringLiteral("accounts-%1").arg(period));
    if (!QDir().mkpath(dir))
        return Status::failure(tr("Could not create the folder %1.").arg(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("bank_accounts.csv"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file) != file.size() || !out.flush())
        return Status::failure(tr("Could not write %1: %2").arg(path, out.errorString()));
    out.close();
    ActingUser as(m_options.clerk);
    feeds::Importer importer(m_db);
    const feeds::ImportReport report = importer.import(path);
    if (!report.imported())
        return Status::failure(tr("The corrected bank accounts (%1) were not imported: %2").arg(path, report.message));
    return {};
}

domain::Result<QString> DemoHistory::finish()
{
    ClockRestore restore;
    // In the month after the year.
    setTime(m_options.from.addMonths(m_options.months), 8, 10, 0);
    auto recovered = recover();
    if (!recovered)
        return recovered;
    if (m_objectionsDone.isEmpty()) {
        auto objections = recordObjections();
        if (!objections)
            return objections;
        m_objectionsDone = objections.value();
    }
    return QString(recovered.value() + u' ' + m_objectionsDone);
}

// The ledger proposes recoveries from the feeds (deaths, serious dishonesty,
// subsidies paid twice); the demo confirms and settles one, chosen by hash,
// and leaves any others proposed.
domain::Result<QString> DemoHistory::recover()
{
    using R = domain::Result<QString>;
    ActingUser as(m_options.clerk);
    ledger::RecoveryService service(m_db);
    auto proposed = service.propose();
    if (!proposed)
        return R::failure(proposed.error());
    auto list = service.list(QStringLiteral("proposed"));
    if (!list)
        return R::failure(list.error());
    if (list->isEmpty())
        return QString(tr("No recovery was proposed."));
    const ledger::Recovery *chosen = nullptr;
    std::uint64_t best = 0;
    for (const ledger::Recovery &r : list.value()) {
        const std::uint64_t pick = choice(m_options.seed, PaymentStream, r.policyCode + u'|' + r.subjectId + u'|' + r.period + u'|' + r.reason);
        if (!chosen || pick < best) {
            chosen = &r;
            best = pick;
        }
    }
    const qint64 id = chosen->id;
    {
        domain::Clock::advance(qint64(2) * 24 * 3600 * 1000);
        ActingUser approver(m_options.approver);
        if (Status s = ledger::RecoveryService(m_db).confirm(id); !s)
            return R::failure(s.error());
    }
    domain::Clock::advance(qint64(5) * 24 * 3600 * 1000);
    if (Status s = service.settle(id, QStringLiteral("已原路退回")); !s)
        return R::failure(s.error());
    return QString(tr("Recovery %1 settled (%2 proposed).").arg(id).arg(list->size()));
}

// Two objections to the 公示 list of the busiest policy of the year's second
// last month: one about a person (dismissed after checking), one about the
// list as a whole (still pending).
domain::Result<QString> DemoHistory::recordObjections()
{
    using R = domain::Result<QString>;
    const domain::Month month = m_options.from.addMonths(qMax(0, m_options.months - 2));
    const QString period = month.toString();
    QString policy, subject;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT policy_code, MIN(subject_id), COUNT(*) AS n FROM payments "
                                 "WHERE period = ? AND status = 'paid' GROUP BY policy_code ORDER BY n DESC, policy_code LIMIT 1"));
        q.addBindValue(period);
        if (!q.exec())
            return R::failure(sqlFailure(q, tr("read the payments of %1").arg(period)).error());
        if (!q.next())
            return QString(tr("No payments in %1: no objections recorded.").arg(period));
        policy = q.value(0).toString();
        subject = q.value(1).toString();
    }
    ActingUser as(m_options.clerk);
    stats::NoticeObjections objections(m_db);
    stats::NoticeObjection about;
    about.policyCode = policy;
    about.period = period;
    about.subjectId = subject;
    about.raisedBy = QStringLiteral("匿名来电");
    about.receivedAt = month.firstDay().addDays(19).toString(Qt::ISODate);
    about.content = QStringLiteral("反映该人员已离开本区工作，不应享受补贴。");
    about.outcome = QStringLiteral("pending");
    setTime(month, 20, 16, 10);
    auto first = objections.record(about);
    if (!first)
        return R::failure(first.error());
    setTime(month, 24, 11, 0);
    if (Status s = objections.decide(first.value(), QStringLiteral("dismissed"),
                                     QStringLiteral("经核查社保缴费记录，该人员仍在区内就业，异议不成立。"),
                                     month.firstDay().addDays(23).toString(Qt::ISODate));
        !s)
        return R::failure(s.error());
    stats::NoticeObjection list;
    list.policyCode = policy;
    list.period = period;
    list.raisedBy = QStringLiteral("区人大代表 刘先生");
    list.receivedAt = month.firstDay().addDays(21).toString(Qt::ISODate);
    list.content = QStringLiteral("建议公示名单增加发放依据说明。");
    list.outcome = QStringLiteral("pending");
    setTime(month, 22, 10, 20);
    auto second = objections.record(list);
    if (!second)
        return R::failure(second.error());
    return QString(tr("Two objections to the notice list of %1 %2.").arg(policy, period));
}

} // namespace mianshen::cli
