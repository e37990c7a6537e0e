#pragma once

#include "domain/Result.h"
#include "rules/Text.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::stats {

// An objection received while a notice list was displayed.
struct NoticeObjection final
{
    qint64 id = 0;
    QString policyCode;
    QString period;
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

// The 公示 (public notice) list of one policy and month: the live payments of
// its batches of that month (every status but failed and expired), with the
// subjects' names, unmasked: whoever shows or exports it masks it with
// itemmodels::SensitiveMask.
struct NoticeEntry final
{
    QString subjectId;
    QString subjectKind;     // person | enterprise
    QString name;
    QString awardPeriod;
    qint64 amountFen = 0;
    QString status;
};

struct NoticeList final
{
    QString policyCode;
    rules::Text policyTitle;
    rules::Text department;
    QString period;
    QDate noticeFrom;        // the days the list is displayed
    QDate noticeUntil;
    QList<NoticeEntry> entries;
    QList<NoticeObjection> objections;
    qint64 totalFen() const;
};

class NoticeListReader final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::stats::NoticeListReader)
public:
    static domain::Result<NoticeList> read(store::Database &db, const QString &policyCode, const QString &period);
};

} // namespace mianshen::stats
