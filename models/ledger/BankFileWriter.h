#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mianshen::store {
class Database;
}

namespace mianshen::ledger {

// A batch's bank file (批量代发), laid out as docs/payments.md describes: a
// header block naming the batch, its month, creator and approvers; one line
// per payment (no, account holder, bank, account, amount in yuan with two
// decimals, reference = payment id, purpose); a totals line; a checksum line
// (SHA-256 of the UTF-8 CSV text of every line before it, CRLF line ends,
// without the byte-order mark). Seven columns on every line.
struct BankFile final
{
    qint64 batchId = 0;
    QString status;                // the batch's status when loaded
    QList<QStringList> rows;       // every line but the checksum line
    QString checksum;              // hex SHA-256

    QList<QStringList> allRows() const;  // rows plus the checksum line
};

class BankFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ledger::BankFileWriter)
public:
    explicit BankFileWriter(store::Database &db);

    domain::Result<BankFile> load(qint64 batchId) const;

    // UTF-8 with a byte-order mark (so that Excel reads it), CRLF.
    static QByteArray csvBytes(const BankFile &file);
    static QByteArray csvLine(const QStringList &cells);
    // By the file name's suffix: .csv or .xlsx. Replaces the file whole.
    static domain::Status write(const BankFile &file, const QString &path);
    static domain::Status writeCsv(const BankFile &file, const QString &path);
    static domain::Status writeXlsx(const BankFile &file, const QString &path);

private:
    store::Database &m_db;
};

} // namespace mianshen::ledger
