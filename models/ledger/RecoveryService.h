#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

struct PaymentTerms;

struct Recovery final
{
    qint64 id = 0;
    qint64 paymentId = 0;
    QString policyCode;
    QString subjectId;
    QString period;
    qint64 amountFen = 0;
    QString status;
    QString reason;      // death | serious_dishonesty | duplicate_subsidy
    QString evidence;
    QString createdAt;
};

// Recovery orders (追回) for paid payments that newer feed data shows were
// wrong. propose() reads the feeds and writes a 'proposed' order (amount =
// the payment, reason, evidence = the feed row) for each paid payment,
// at most one per payment, where:
//  - death: death_records has a death date before the month the payment is
//    for (a one-off: the month it was paid in);
//  - serious_dishonesty: credit_records lists the subject as seriously
//    dishonest during that month;
//  - duplicate_subsidy: external_subsidies has a payment to the subject in
//    the same year by a program whose code contains one of the policy's
//    payment.duplicate_programs.
// A person confirms an order; it is then settled (money back: it returns to
// the budget) or written off, with a note. Each change is audited.
class RecoveryService final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ledger::RecoveryService)
public:
    explicit RecoveryService(store::Database &db);
    // The number of new orders.
    domain::Result<qint64> propose();
    domain::Status confirm(qint64 id);
    domain::Status settle(qint64 id, const QString &note = {});
    domain::Status writeOff(qint64 id, const QString &note);
    // Every order, newest first; status empty = all.
    domain::Result<QList<Recovery>> list(const QString &status = {}) const;

private:
    domain::Status move(qint64 id, const QString &from, const QString &to, const QString &action, const QString &note);
    domain::Status proposeFor(const QString &reason, const QString &join, const QString &evidence, const QString &where,
                              const QVariantList &binds, const QString &actor, const QString &now);

    store::Database &m_db;
};

} // namespace mianshen::ledger
