#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

// Applies a bank's return file (回盘文件) to a sent batch (format in
// docs/payments.md: UTF-8 CSV, header reference,amount,result,reason). The
// file is checked whole first: every line must name a payment of one sent
// batch, still awaiting its outcome, once, with the payment's exact amount,
// and a known result (a failed line with the bank's reason); bad UTF-8 is
// refused with its line. Any defect refuses the whole file, listing every
// bad line, and changes nothing. Otherwise, in one transaction: each payment
// becomes paid (its award 'paid') or failed with the bank's reason, the file
// and its lines are recorded, the batch is reconciled once no payment awaits
// an outcome, and an audit row records the file.
class ReturnFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ledger::ReturnFileReader)
public:
    struct Problem final
    {
        int line = 0;
        QString reason;
    };
    struct Result final
    {
        qint64 returnFileId = 0;
        qint64 batchId = 0;
        qint64 paidCount = 0;
        qint64 paidFen = 0;
        qint64 failedCount = 0;
        qint64 failedFen = 0;
        bool reconciled = false;
    };

    explicit ReturnFileReader(store::Database &db);
    domain::Result<Result> importFile(const QString &path);
    domain::Result<Result> importBytes(const QByteArray &bytes, const QString &fileName);
    // Every check of importFile, and what the file would do (counts and
    // money by outcome, its batch), changing nothing.
    domain::Result<Result> checkFile(const QString &path);
    // The problems of the last refused file (empty after a success).
    const QList<Problem> &problems() const { return m_problems; }

private:
    struct Line final
    {
        int line = 0;
        qint64 paymentId = 0;
        qint64 amountFen = 0;
        bool paid = false;
        QString reason;
    };
    // The whole file's checks; fills lines, the batch and the file's SHA-256.
    domain::Status check(const QByteArray &bytes, const QString &fileName, QList<Line> &lines, qint64 &batchId,
                         QString &sha);
    QList<Line> parse(const QByteArray &bytes);
    void checkAgainstLedger(const QList<Line> &lines, qint64 &batchId);
    domain::Result<Result> apply(const QList<Line> &lines, qint64 batchId, const QString &fileName, const QString &sha256);

    store::Database &m_db;
    QList<Problem> m_problems;
};

} // namespace mianshen::ledger
