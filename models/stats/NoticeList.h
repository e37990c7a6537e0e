#pragma once

#include "domain/Result.h"
#include "rules/Text.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace mianshen::store {
class Database;
}

namespace mianshen::stats {

// An objection received while a notice list was displayed.
struct NoticeObjection final
{
    qint64 id = 0;
    QString policyCode;      // empty for an objection against a whole batch of several policies
    QString period;
    qint64 batchId = 0;      // 0: raised against the policy's list of the month
    QString subjectId;       // empty: about the list as a whole
    QString raisedBy;        // who objected (as they gave it)
    QString receivedAt;      // 'YYYY-MM-DD'
    QString content;
    QString outcome;         // pending | upheld | dismissed | withdrawn
    QString outcomeNote;
    QString decidedAt;
    QString recordedBy;
    QString recordedAt;
};

// The 公示 (public notice) list of one policy and month, or of one payment
// batch: the live payments (every status but failed and expired), with the
// subjects' names, unmasked: whoever shows or exports it masks it with
// itemmodels::SensitiveMask.
struct NoticeEntry final
{
    qint64 paymentId = 0;
    QString policyCode;
    QString subjectId;
    QString subjectKind;     // person | enterprise
    QString name;
    QString awardPeriod;
    qint64 amountFen = 0;
    QString status;
};

struct NoticeList final
{
    QString policyCode;      // a batch's list: its one policy, or empty when it pays several
    rules::Text policyTitle;
    rules::Text department;
    QString period;
    qint64 batchId = 0;      // 0: the list of a policy and month
    QDate noticeFrom;        // the days the list is displayed
    QDate noticeUntil;
    QList<NoticeEntry> entries;
    QList<NoticeObjection> objections;
    qint64 totalFen() const;
    // The policy codes of the entries, sorted, once each.
    QStringList policyCodes() const;
};

class NoticeListReader final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::stats::NoticeListReader)
public:
    static domain::Result<NoticeList> read(store::Database &db, const QString &policyCode, const QString &period);
    // The list of one payment batch (its month, every policy it pays), with
    // the objections recorded against the batch.
    static domain::Result<NoticeList> readBatch(store::Database &db, qint64 batchId);

private:
    static domain::Status readEntries(store::Database &db, const QString &where, const QVariantList &values,
                                      NoticeList &list);
};

} // namespace mianshen::stats
