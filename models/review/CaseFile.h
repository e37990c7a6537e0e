#pragma once

#include "domain/Result.h"
#include "rules/Text.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mianshen::store {
class Database;
}

namespace mianshen::review {

// A flag of a case: its id in the policy and its label in one language.
struct CaseFlag final
{
    QString id;
    QString label;
};

// How a value of a record is shown before the reviewer reveals it.
enum class CaseSensitivity { None, IdNumber, Account, Name };

// The subject's rows of one feed the policy reads, with the delivery each
// row came from (import_history).
struct CaseFeedRecords final
{
    QString feed;
    QString title;                         // the feed's title in the language asked for
    QStringList columns;                   // column titles
    QList<CaseSensitivity> sensitivity;    // per column
    struct Row
    {
        QStringList values;                // as stored, money as yuan text
        qint64 importId = 0;
        QString deliveredAt;               // the import's finish time (ISO 8601 UTC), empty when unknown
        QString fileName;
    };
    QList<Row> rows;
    bool truncated = false;                // more rows than CaseRecords::RowLimit
};

struct CaseAwardLine final
{
    qint64 awardId = 0;
    QString policyCode;
    QString period;
    qint64 amountFen = 0;
    QString status;
    QString createdAt;
};

struct CaseReviewLine final
{
    qint64 awardId = 0;
    QString policyCode;
    QString period;
    QString reviewer;
    QString action;
    QString reason;
    QString decidedAt;
};

struct CasePaymentLine final
{
    qint64 awardId = 0;                    // 0: paid by the previous system (payment_history)
    QString policyCode;
    QString period;
    qint64 amountFen = 0;
    QString status;
    QString date;
};

// How earlier cases of the same policy with the same flag were decided.
struct CasePrecedent final
{
    CaseFlag flag;                         // empty id: the policy's cases without regard to flags
    QList<QPair<QString, qint64>> counts;  // award status -> cases, largest first
    struct Example
    {
        qint64 awardId = 0;
        QString period;
        QString status;
        qint64 amountFen = 0;
        QString reviewer;
        QString action;
        QString reason;
        QString decidedAt;
    };
    QList<Example> recent;                 // newest first
    qint64 total() const
    {
        qint64 n = 0;
        for (const auto &c : counts)
            n += c.second;
        return n;
    }
};

// Everything a reviewer needs to decide one award, read from the database
// in one go: the award, the explanation of its decision in plain words, the
// subject's records the policy read, the subject's earlier awards, reviews
// and payments, and precedents. A part that cannot be read leaves a message
// in its error field; the rest is still shown.
struct CaseFile final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::CaseFile)
public:
    qint64 awardId = 0;
    QString policyCode;
    int policyVersion = 0;
    QString policyTitle;
    QString subjectId;
    QString subjectKind;                   // "person" | "enterprise"
    QString subjectName;
    QString period;                        // '' for a one-off
    QString runPeriod;                     // the month of the run that decided it
    qint64 amountFen = 0;
    QString status;
    int version = 1;                       // the optimistic lock as read
    QString createdAt;
    QList<CaseFlag> flags;

    QString explanation;                   // plain words, in the language asked for
    QString explanationError;
    QList<CaseFeedRecords> records;
    QString recordsError;
    QList<CaseAwardLine> earlierAwards;
    QList<CaseReviewLine> reviews;
    QList<CasePaymentLine> payments;
    QString historyError;
    QList<CasePrecedent> precedents;       // one per flag of the case (or one for the policy)
    QString precedentsError;

    // Fails only when the award itself cannot be read.
    static domain::Result<CaseFile> load(store::Database &db, qint64 awardId, rules::Language language);
};

} // namespace mianshen::review
