#pragma once

// A small review queue for tests of the review desk, on SQLite or
// PostgreSQL (a migrated database): TALENT-LIVING published by
// "policy-office", five persons, a bank account delivered on 2021-09-03,
// four cases awaiting review in 2021-09 (flags high_amount / no_bank_account)
// and one rejected earlier with a reason (a precedent).

#include "catalog/FeedCatalog.h"
#include "domain/IdentityCodes.h"
#include "matching/PolicyRepository.h"
#include "store/Database.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::testing::review_fixture {

inline QString personId(int serial)
{
    const QByteArray body = "44120019850101" + QByteArray::number(serial).rightJustified(3, '0');
    const auto check = domain::identity::idNumberCheckCharacter(std::string_view(body.constData(), 17));
    return QString::fromLatin1(body + QByteArray(1, check.value_or('?')));
}

inline bool exec(store::Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

inline QVariant scalar(store::Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// Four cases of TALENT-LIVING awaiting review in 2021-09, one decided
// earlier (a precedent), a bank account delivered on 2021-09-03.
inline bool fillQueue(store::Database &db, QString *error)
{
    auto published = matching::PolicyRepository(db, catalog::FeedCatalog::builtin()).publishFile(
        QStringLiteral(":/policies/talent_living.json"), QStringLiteral("policy-office"));
    if (!published) {
        *error = published.error();
        return false;
    }
    const int version = published->policy.version;
    bool ok = exec(db, QStringLiteral("INSERT INTO import_history (started_at, finished_at, actor, file_name, sha256, feed, mode, result) "
                                      "VALUES ('2021-09-03T08:00:00Z', '2021-09-03T08:01:00Z', 'loader', 'bank_accounts_202109.csv', ?, 'bank_accounts', 'snapshot', 'imported')"),
                   {QString(64, u'a')});
    const qint64 importId = scalar(db, QStringLiteral("SELECT MAX(id) FROM import_history")).toLongLong();
    ok = ok && exec(db, QStringLiteral("INSERT INTO matching_runs (period, status, started_by, started_at, finished_at, threads) "
                                       "VALUES ('2021-09', 'completed', 'loader', '2021-09-05T10:00:00Z', '2021-09-05T10:05:00Z', 1)"));
    const qint64 runId = scalar(db, QStringLiteral("SELECT MAX(id) FROM matching_runs")).toLongLong();
    const QStringList names{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("赵六"),
                            QStringLiteral("钱七")};
    for (int i = 0; i < names.size() && ok; ++i)
        ok = exec(db, QStringLiteral("INSERT INTO persons (id_number, name, gender, birth_date, household_area, import_id) "
                                     "VALUES (?, ?, 'M', '1985-01-01', '441202', ?)"),
                  {personId(i + 1), names.at(i), importId});
    ok = ok && exec(db, QStringLiteral("INSERT INTO bank_accounts (subject_id, bank_name, account_no, account_name, verified, updated_date, import_id) "
                                       "VALUES (?, 'ICBC', '6222020200112233445', ?, 1, '2021-08-30', ?)"),
                    {personId(1), names.at(0), importId});
    struct Case
    {
        int person;
        qint64 fen;
        const char *status;
        const char *flags;
        const char *waiting;
    };
    const Case cases[] = {
        {1, 600000, "awaiting_review", "high_amount", "2021-09-05T10:05:00Z"},
        {2, 300000, "awaiting_review", "no_bank_account", "2021-09-05T10:05:01Z"},
        {3, 650000, "awaiting_review", "high_amount;no_bank_account", "2021-09-05T10:05:02Z"},
        {4, 200000, "awaiting_review", "no_bank_account", "2021-09-05T10:05:03Z"},
        {5, 300000, "rejected", "no_bank_account", "2021-08-05T10:05:00Z"},
    };
    for (const Case &c : cases) {
        ok = ok && exec(db, QStringLiteral("INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, "
                                           "decided_in_run, created_at, subject_kind, version, flags, subject_name, waiting_since) "
                                           "VALUES ('TALENT-LIVING', ?, ?, ?, ?, ?, ?, ?, 'person', 1, ?, ?, ?)"),
                        {version, personId(c.person), c.person == 5 ? QStringLiteral("2021-08") : QStringLiteral("2021-09"),
                         c.fen, QLatin1String(c.status), runId, QLatin1String(c.waiting), QLatin1String(c.flags),
                         names.at(c.person - 1), QLatin1String(c.waiting)});
    }
    const qint64 earlier = scalar(db, QStringLiteral("SELECT id FROM awards WHERE status = 'rejected'")).toLongLong();
    ok = ok && exec(db, QStringLiteral("INSERT INTO reviews (award_id, reviewer, action, reason, decided_at, version, "
                                       "policy_code, flags, status_before, status_after, amount_fen) "
                                       "VALUES (?, 'colleague', 'reject', 'No account could be confirmed with the bank', "
                                       "'2021-08-20T09:00:00Z', 1, 'TALENT-LIVING', 'no_bank_account', 'awaiting_review', 'rejected', 300000)"),
                    {earlier});
    if (!ok)
        *error = QStringLiteral("the fixture could not be written (see the warnings)");
    return ok;
}

} // namespace mianshen::testing::review_fixture
