#include "review/ReviewQueue.h"
#include "domain/Clock.h"

#include "domain/Money.h"
#include "review/AwardStore.h"
#include "review/ReviewSettings.h"
#include "review/ReviewSql.h"
#include "review/WorkingDays.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <map>
#include <tuple>

namespace mianshen::review {

using domain::Result;
using domain::Status;

namespace {

const char kOpenTerm[] = "a.status IN ('awaiting_review', 'reopened')";

// Deadline per published (policy, version), from the policy files.
struct Deadlines
{
    std::map<std::pair<QString, int>, int> days;   // (code, version) -> working days
};

Result<Deadlines> loadDeadlines(store::Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT policy_code, version, source FROM published_policies")))
        return Result<Deadlines>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the published policies")));
    Deadlines d;
    while (q.next()) {
        const auto s = ReviewSettings::fromPolicyJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        d.days[{q.value(0).toString(), q.value(1).toInt()}] = s.deadlineWorkingDays;
    }
    return d;
}

// A day's start as stored text: waiting_since earlier than this is on or before `day - 1`.
QString dayAfter(QDate day)
{
    return day.addDays(1).startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
}

struct Where
{
    QString sql;
    QVariantList binds;
    void add(const QString &term, const QVariantList &values = {})
    {
        sql += (sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + term;
        binds += values;
    }
};

QString sortExpression(QueueColumn c, bool nullable)
{
    switch (c) {
    case QueueColumn::Id: return QStringLiteral("a.id");
    case QueueColumn::Policy: return QStringLiteral("a.policy_code");
    case QueueColumn::Subject: return QStringLiteral("a.subject_id");
    case QueueColumn::Name: return QStringLiteral("a.subject_name");
    case QueueColumn::Period: return QStringLiteral("a.period");
    case QueueColumn::Amount: return QStringLiteral("a.amount_fen");
    case QueueColumn::Status: return QStringLiteral("a.status");
    case QueueColumn::Flags: return QStringLiteral("a.flags");
    case QueueColumn::ClaimedBy: return QStringLiteral("COALESCE(a.claimed_by, '')");
    case QueueColumn::WaitingSince:
        return nullable ? QStringLiteral("COALESCE(a.waiting_since, '')") : QStringLiteral("a.waiting_since");
    case QueueColumn::Version: return QStringLiteral("a.version");
    case QueueColumn::ColumnCount: break;
    }
    return QStringLiteral("a.id");
}

QVariant sortValue(const Award &a, QueueColumn c)
{
    switch (c) {
    case QueueColumn::Id: return a.id;
    case QueueColumn::Policy: return a.policyCode;
    case QueueColumn::Subject: return a.subjectId;
    case QueueColumn::Name: return a.subjectName;
    case QueueColumn::Period: return a.period;
    case QueueColumn::Amount: return qint64(a.amountFen);
    case QueueColumn::Status: return a.status;
    case QueueColumn::Flags: return a.flags.join(QLatin1Char(';'));
    case QueueColumn::ClaimedBy: return a.claimedBy;
    case QueueColumn::WaitingSince: return a.waitingSince;
    case QueueColumn::Version: return a.version;
    case QueueColumn::ColumnCount: break;
    }
    return a.id;
}

} // namespace

QString queueColumnTitle(QueueColumn column)
{
    static const char *const titles[] = {
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Award"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Policy"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Subject"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Name"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Period"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Amount"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Status"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Flags"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Held by"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Waiting since"),
        QT_TRANSLATE_NOOP("mianshen::review::ReviewQueue", "Version"),
    };
    const int i = int(column);
    if (i < 0 || i >= int(QueueColumn::ColumnCount))
        return {};
    return QCoreApplication::translate("mianshen::review::ReviewQueue", titles[i]);
}

ReviewQueue::ReviewQueue(store::Database &db) : m_db(db) {}

// The WHERE clause of a filter (the open-status term written exactly as the
// partial indexes of 0006 are, so both databases use them).
static Result<Where> whereOf(store::Database &db, const QueueFilter &f, const QDateTime &now)
{
    Where w;
    const QStringList open = openAwardStatuses();
    const QStringList known = allAwardStatuses();
    bool onlyOpen = !f.statuses.isEmpty();
    for (const QString &s : f.statuses) {
        if (!known.contains(s))
            return Result<Where>::failure(ReviewQueue::tr("\"%1\" is not an award status (%2).").arg(s, known.join(QStringLiteral(", "))));
        onlyOpen = onlyOpen && open.contains(s);
    }
    if (onlyOpen) {
        w.add(QLatin1String(kOpenTerm));
        if (f.statuses.size() == 1)
            w.add(QStringLiteral("a.status = ?"), {f.statuses.first()});
    } else if (!f.statuses.isEmpty()) {
        QStringList marks;
        QVariantList values;
        for (const QString &s : f.statuses) {
            marks << QStringLiteral("?");
            values << s;
        }
        w.add(QStringLiteral("a.status IN (%1)").arg(marks.join(QLatin1Char(','))), values);
    }
    if (!f.policyCode.isEmpty())
        w.add(QStringLiteral("a.policy_code = ?"), {f.policyCode});
    if (!f.flag.isEmpty())
        w.add(db.dialect() == store::Dialect::Postgres ? QStringLiteral("strpos(';' || a.flags || ';', ?) > 0")
                                                       : QStringLiteral("instr(';' || a.flags || ';', ?) > 0"),
              {QVariant(QString(QLatin1Char(';') + f.flag + QLatin1Char(';')))});
    if (f.periodSet)
        w.add(QStringLiteral("a.period = ?"), {detail::text(f.period)});
    if (f.minFen)
        w.add(QStringLiteral("a.amount_fen >= ?"), {qint64(*f.minFen)});
    if (f.maxFen)
        w.add(QStringLiteral("a.amount_fen <= ?"), {qint64(*f.maxFen)});
    const QString nowText = now.toUTC().toString(Qt::ISODateWithMs);
    if (f.claimedBy == QLatin1String("-"))
        w.add(QStringLiteral("(a.claimed_by IS NULL OR a.lease_until < ?)"), {nowText});
    else if (!f.claimedBy.isEmpty())
        w.add(QStringLiteral("a.claimed_by = ? AND a.lease_until >= ?"), {f.claimedBy, nowText});
    if (!f.subject.trimmed().isEmpty()) {
        // An id (digits and capitals, no space): that subject; else the start of a name.
        const QString s = f.subject.trimmed();
        static const QRegularExpression idLike(QStringLiteral("^[0-9A-Za-z]{6,}$"));
        if (idLike.match(s).hasMatch() && s.contains(QRegularExpression(QStringLiteral("[0-9]"))))
            w.add(QStringLiteral("a.subject_id = ?"), {s.toUpper()});
        else
            w.add(QStringLiteral("a.subject_name >= ? AND a.subject_name < ?"), {s, QString(s + QChar(0xFFFF))});
    }
    if (f.secondOpinionOnly)
        w.add(QStringLiteral("a.second_opinion_by IS NOT NULL"));
    if (f.overdueOnly) {
        auto deadlines = loadDeadlines(db);
        if (!deadlines)
            return Result<Where>::failure(deadlines.error());
        QStringList terms;
        QVariantList values;
        std::map<int, QString> cutoffs;
        for (const auto &[key, days] : deadlines->days) {
            auto &cut = cutoffs[days];
            if (cut.isEmpty())
                cut = dayAfter(WorkingDays::overdueCutoff(now.toUTC().date(), days));
            terms << QStringLiteral("(a.policy_code = ? AND a.policy_version = ? AND a.waiting_since < ?)");
            values << key.first << key.second << cut;
        }
        if (terms.isEmpty())
            terms << QStringLiteral("1 = 0");
        w.add(QStringLiteral("a.waiting_since IS NOT NULL AND (%1)").arg(terms.join(QStringLiteral(" OR "))), values);
    }
    return w;
}

static void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &b : binds)
        q.addBindValue(b);
}

static bool countable(const QueueFilter &f);
static Result<QList<std::tuple<QString, QString, qint64>>> countRows(store::Database &db, const QueueFilter &f);

Result<QueuePage> ReviewQueue::page(const QueueFilter &filter, const QueueSort &sort,
                                    const std::optional<QueueCursor> &after, int limit) const
{
    using R = Result<QueuePage>;
    const QDateTime now = domain::Clock::nowUtc();
    auto where = whereOf(m_db, filter, now);
    if (!where)
        return R::failure(where.error());
    bool onlyOpen = !filter.statuses.isEmpty();
    for (const QString &s : filter.statuses)
        onlyOpen = onlyOpen && openAwardStatuses().contains(s);
    const QString col = sortExpression(sort.column, !onlyOpen);
    const bool desc = sort.order == Qt::DescendingOrder;
    Where w = where.value();
    if (after) {
        if (sort.column == QueueColumn::Id)
            w.add(QStringLiteral("a.id %1 ?").arg(desc ? QLatin1Char('<') : QLatin1Char('>')), {after->id});
        else
            w.add(QStringLiteral("(%1, a.id) %2 (?, ?)").arg(col).arg(desc ? QLatin1Char('<') : QLatin1Char('>')),
                  {after->value, after->id});
    }
    const QString dir = desc ? QStringLiteral(" DESC") : QString();
    const QString order = sort.column == QueueColumn::Id ? QString(QStringLiteral("a.id") + dir)
                                                         : QString(col + dir + QStringLiteral(", a.id") + dir);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM awards a%2 ORDER BY %3 LIMIT %4")
                  .arg(AwardStore::selectList(), w.sql, order).arg(qBound(1, limit, 10000) + 1));
    bindAll(q, w.binds);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the review queue")));
    QueuePage page;
    while (q.next())
        page.rows << AwardStore::fromQuery(q);
    q.finish();
    if (page.rows.size() > qBound(1, limit, 10000)) {
        page.rows.removeLast();
        page.next = QueueCursor{sortValue(page.rows.last(), sort.column), page.rows.last().id};
    }
    // Overdue marks, per the policy version's deadline.
    if (!m_deadlinesLoaded) {
        auto d = loadDeadlines(m_db);
        if (!d)
            return R::failure(d.error());
        for (const auto &[key, days] : d->days)
            m_deadlines.insert(key.first + QLatin1Char('/') + QString::number(key.second), days);
        m_deadlinesLoaded = true;
    }
    for (Award &a : page.rows) {
        if (!a.isOpen() || a.waitingSince.isEmpty())
            continue;
        const int days = m_deadlines.value(a.policyCode + QLatin1Char('/') + QString::number(a.policyVersion), 5);
        const QDate since = QDateTime::fromString(a.waitingSince, Qt::ISODateWithMs).toUTC().date();
        a.overdue = WorkingDays::between(since, now.date()) > days;
    }
    return page;
}

Result<qint64> ReviewQueue::count(const QueueFilter &filter) const
{
    if (countable(filter)) {
        auto rows = countRows(m_db, filter);
        if (!rows)
            return Result<qint64>::failure(rows.error());
        qint64 n = 0;
        for (const auto &row : rows.value())
            n += std::get<2>(row);
        return n;
    }
    auto where = whereOf(m_db, filter, domain::Clock::nowUtc());
    if (!where)
        return Result<qint64>::failure(where.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM awards a%1").arg(where->sql));
    bindAll(q, where->binds);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "count the review queue")));
    return q.value(0).toLongLong();
}

// Filters the award_counts table can answer: statuses, policy, flag, period.
static bool countable(const QueueFilter &f)
{
    return !f.minFen && !f.maxFen && f.claimedBy.isEmpty() && f.subject.trimmed().isEmpty() && !f.overdueOnly
           && !f.secondOpinionOnly;
}

// (policy, flags, cases) of a countable filter, from award_counts.
static Result<QList<std::tuple<QString, QString, qint64>>> countRows(store::Database &db, const QueueFilter &f)
{
    using R = Result<QList<std::tuple<QString, QString, qint64>>>;
    QString where = QStringLiteral(" WHERE n > 0");
    QVariantList binds;
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &st : f.statuses) {
            marks << QStringLiteral("?");
            binds << st;
        }
        where += QStringLiteral(" AND status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.policyCode.isEmpty()) {
        where += QStringLiteral(" AND policy_code = ?");
        binds << f.policyCode;
    }
    if (f.periodSet) {
        where += QStringLiteral(" AND period = ?");
        binds << detail::text(f.period);
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT policy_code, flags, SUM(n) FROM award_counts%1 GROUP BY policy_code, flags").arg(where));
    bindAll(q, binds);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "count the review queue")));
    QList<std::tuple<QString, QString, qint64>> out;
    while (q.next()) {
        const QString flags = q.value(1).toString();
        if (!f.flag.isEmpty() && !flags.split(QLatin1Char(';')).contains(f.flag))
            continue;
        out.append({q.value(0).toString(), flags, q.value(2).toLongLong()});
    }
    return out;
}

static QList<QPair<QString, qint64>> sortedCounts(const std::map<QString, qint64> &counts)
{
    QList<QPair<QString, qint64>> out;
    for (const auto &[k, n] : counts)
        out.append({k, n});
    std::stable_sort(out.begin(), out.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
    return out;
}

static Result<QList<QPair<QString, qint64>>> grouped(store::Database &db, const QueueFilter &filter, const QString &column,
                                                     bool splitFlags)
{
    using R = Result<QList<QPair<QString, qint64>>>;
    std::map<QString, qint64> counts;
    auto add = [&](const QString &key, qint64 n) {
        if (!splitFlags) {
            counts[key] += n;
            return;
        }
        for (const QString &f : key.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            counts[f] += n;
    };
    if (countable(filter)) {
        auto rows = countRows(db, filter);
        if (!rows)
            return R::failure(rows.error());
        for (const auto &[policy, flags, n] : rows.value())
            add(splitFlags ? flags : policy, n);
        return sortedCounts(counts);
    }
    auto where = whereOf(db, filter, domain::Clock::nowUtc());
    if (!where)
        return R::failure(where.error());
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, COUNT(*) FROM awards a%2 GROUP BY %1").arg(column, where->sql));
    bindAll(q, where->binds);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "count the review queue")));
    while (q.next())
        add(q.value(0).toString(), q.value(1).toLongLong());
    return sortedCounts(counts);
}

Result<QList<QPair<QString, qint64>>> ReviewQueue::countsByFlag(const QueueFilter &filter) const
{
    return grouped(m_db, filter, QStringLiteral("a.flags"), true);
}

Result<QList<QPair<QString, qint64>>> ReviewQueue::countsByPolicy(const QueueFilter &filter) const
{
    return grouped(m_db, filter, QStringLiteral("a.policy_code"), false);
}

Result<qint64> ReviewQueue::overdueCount(const QDateTime &now) const
{
    QueueFilter f;
    f.overdueOnly = true;
    auto where = whereOf(m_db, f, now);
    if (!where)
        return Result<qint64>::failure(where.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM awards a%1").arg(where->sql));
    bindAll(q, where->binds);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "count the overdue cases")));
    return q.value(0).toLongLong();
}

QString ReviewQueue::csvHeader()
{
    return QStringLiteral("award_id,policy,subject_id,period,amount_yuan,status,flags,claimed_by,waiting_since,version");
}

QString ReviewQueue::csvRow(const Award &a)
{
    auto field = [](QString v) {
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')))
            v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return v;
    };
    return QStringList{QString::number(a.id), field(a.policyCode), field(a.subjectId), a.period,
                       domain::Money::fromFen(a.amountFen).toYuanString(), a.status, field(a.flags.join(QLatin1Char(';'))),
                       field(a.claimedBy), a.waitingSince, QString::number(a.version)}
        .join(QLatin1Char(','));
}

} // namespace mianshen::review
