#include "ledger/BankFileWriter.h"

#include "domain/Money.h"
#include "ledger/LedgerSql.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

#include <xlsxwriter.h>

namespace mianshen::ledger {

namespace {
constexpr int columnCount = 7;

QStringList padded(QStringList cells)
{
    while (cells.size() < columnCount)
        cells.append(QString());
    return cells;
}
} // namespace

QList<QStringList> BankFile::allRows() const
{
    QList<QStringList> out = rows;
    out.append(padded({QStringLiteral("校验 checksum"), QStringLiteral("SHA-256"), checksum}));
    return out;
}

BankFileWriter::BankFileWriter(store::Database &db) : m_db(db) {}

domain::Result<BankFile> BankFileWriter::load(qint64 batchId) const
{
    using R = domain::Result<BankFile>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT period, status, created_by, approved_by, second_approved_by, total_fen, payment_count "
                             "FROM payment_batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the batch")));
    if (!q.next())
        return R::failure(tr("There is no payment batch %1.").arg(batchId));
    BankFile f;
    f.batchId = batchId;
    f.status = q.value(1).toString();
    QStringList approvers{q.value(3).toString()};
    if (!q.value(4).toString().isEmpty())
        approvers.append(q.value(4).toString());
    const qint64 total = q.value(5).toLongLong();
    const qint64 count = q.value(6).toLongLong();
    f.rows.append(padded({QStringLiteral("文件类型 file"), QStringLiteral("批量代发 batch payment")}));
    f.rows.append(padded({QStringLiteral("批次号 batch"), QString::number(batchId)}));
    f.rows.append(padded({QStringLiteral("发放月份 period"), q.value(0).toString()}));
    f.rows.append(padded({QStringLiteral("制单 created by"), q.value(2).toString()}));
    f.rows.append(padded({QStringLiteral("审批 approved by"), approvers.join(QLatin1Char(';'))}));
    f.rows.append({QStringLiteral("序号 no"), QStringLiteral("户名 account holder"), QStringLiteral("开户银行 bank"),
                   QStringLiteral("账号 account"), QStringLiteral("金额 amount (yuan)"), QStringLiteral("参考号 reference"),
                   QStringLiteral("用途 purpose")});
    q.finish();
    q.prepare(QStringLiteral("SELECT id, account_name, bank_name, account_no, amount_fen, policy_code, award_period "
                             "FROM payments WHERE batch_id = ? ORDER BY id"));
    q.addBindValue(batchId);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the batch's payments")));
    qint64 n = 0;
    qint64 sum = 0;
    while (q.next()) {
        const qint64 fen = q.value(4).toLongLong();
        sum += fen;
        const QString awardPeriod = q.value(6).toString();
        f.rows.append({QString::number(++n), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       domain::Money::fromFen(fen).toYuanString(), q.value(0).toString(),
                       q.value(5).toString() + QLatin1Char(' ')
                           + (awardPeriod.isEmpty() ? QStringLiteral("一次性 one-off") : awardPeriod)});
    }
    if (n != count || sum != total)
        return R::failure(tr("Batch %1 does not balance (%2 payments, %3 fen; the batch says %4, %5): "
                             "the file is not written.").arg(batchId).arg(n).arg(sum).arg(count).arg(total));
    f.rows.append(padded({QStringLiteral("合计 total"), QString::number(n), QString(), QString(),
                          domain::Money::fromFen(sum).toYuanString()}));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QStringList &row : f.rows)
        hash.addData(csvLine(row));
    f.checksum = QString::fromLatin1(hash.result().toHex());
    return f;
}

QByteArray BankFileWriter::csvLine(const QStringList &cells)
{
    QByteArray line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        QString c = cells[i];
        if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) || c.contains(QLatin1Char('\n'))
            || c.contains(QLatin1Char('\r')))
            c = QLatin1Char('"') + c.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        line += c.toUtf8();
    }
    line += "\r\n";
    return line;
}

QByteArray BankFileWriter::csvBytes(const BankFile &file)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList &row : file.allRows())
        out += csvLine(row);
    return out;
}

domain::Status BankFileWriter::write(const BankFile &file, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(file, path);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(file, path);
    return domain::Status::failure(tr("%1: the bank file must end in .csv or .xlsx.").arg(path));
}

domain::Status BankFileWriter::writeCsv(const BankFile &file, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(csvBytes(file)) < 0 || !out.commit())
        return domain::Status::failure(tr("Cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

domain::Status BankFileWriter::writeXlsx(const BankFile &file, const QString &path)
{
    // Written beside the target and renamed over it: never half a file.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    lxw_workbook *book = workbook_new(QFile::encodeName(part).constData());
    if (!book)
        return domain::Status::failure(tr("Cannot write %1.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(book, "批量代发");
    worksheet_set_column(sheet, 0, columnCount - 1, 22, nullptr);
    const QList<QStringList> rows = file.allRows();
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            if (rows[r][c].isEmpty())
                continue;
            // Every cell is text: accounts keep their digits, amounts stay exact.
            worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), rows[r][c].toUtf8().constData(), nullptr);
        }
    }
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(part);
        return domain::Status::failure(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return domain::Status::failure(tr("Cannot write %1.").arg(path));
    return {};
}

} // namespace mianshen::ledger
