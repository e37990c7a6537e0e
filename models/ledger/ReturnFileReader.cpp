#include "ledger/ReturnFileReader.h"
#include "staff/Authorization.h"

#include "domain/Money.h"
#include "ledger/LedgerAudit.h"
#include "ledger/LedgerSql.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>

namespace mianshen::ledger {

namespace {

// One CSV record on one line (RFC 4180 quotes, no line breaks inside).
QStringList splitLine(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    return cells;
}

bool headerIs(const QString &cell, const char *english, const char16_t *chinese)
{
    const QString t = cell.trimmed();
    return t.compare(QLatin1String(english), Qt::CaseInsensitive) == 0 || t == QStringView(chinese)
           || t.endsWith(QLatin1Char(' ') + QLatin1String(english), Qt::CaseInsensitive);
}

} // namespace

ReturnFileReader::ReturnFileReader(store::Database &db) : m_db(db) {}

domain::Result<ReturnFileReader::Result> ReturnFileReader::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::Result<Result>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return importBytes(file.readAll(), QFileInfo(path).fileName());
}

domain::Result<ReturnFileReader::Result> ReturnFileReader::checkFile(const QString &path)
{
    using R = domain::Result<Result>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QList<Line> lines;
    qint64 batchId = 0;
    QString sha;
    if (domain::Status ok = check(file.readAll(), QFileInfo(path).fileName(), lines, batchId, sha); !ok)
        return R::failure(ok.error());
    Result r;
    r.batchId = batchId;
    for (const Line &l : std::as_const(lines)) {
        (l.paid ? r.paidCount : r.failedCount) += 1;
        (l.paid ? r.paidFen : r.failedFen) += l.amountFen;
    }
    return r;
}

domain::Result<ReturnFileReader::Result> ReturnFileReader::importBytes(const QByteArray &bytes, const QString &fileName)
{
    QList<Line> lines;
    qint64 batchId = 0;
    QString sha;
    if (domain::Status ok = check(bytes, fileName, lines, batchId, sha); !ok)
        return domain::Result<Result>::failure(ok.error());
    return apply(lines, batchId, fileName, sha);
}

domain::Status ReturnFileReader::check(const QByteArray &bytes, const QString &fileName, QList<Line> &lines,
                                       qint64 &batchId, QString &sha)
{
    if (domain::Status allowed = staff::authorize(m_db, staff::Action::PaymentReturns); !allowed) // roles (docs/roles.md)
        return allowed;
    m_problems.clear();
    lines = parse(bytes);
    batchId = 0;
    if (!lines.isEmpty() || m_problems.isEmpty())
        checkAgainstLedger(lines, batchId);
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (m_problems.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, imported_at FROM bank_return_files WHERE sha256 = ?"));
        q.addBindValue(sha);
        if (q.exec() && q.next())
            m_problems.append({0, tr("this file was imported before (return file %1, %2)")
                                      .arg(q.value(0).toLongLong()).arg(q.value(1).toString())});
    }
    if (m_problems.isEmpty())
        return {};
    QStringList text;
    for (const Problem &p : m_problems)
        text.append(p.line > 0 ? tr("%1, line %2: %3").arg(fileName).arg(p.line).arg(p.reason)
                               : tr("%1: %2").arg(fileName, p.reason));
    return domain::Status::failure(tr("The return file is refused whole; nothing was changed.\n%1").arg(text.join(QLatin1Char('\n'))));
}

QList<ReturnFileReader::Line> ReturnFileReader::parse(const QByteArray &bytes)
{
    QList<Line> out;
    QList<QByteArray> raw = bytes.split('\n');
    if (!raw.isEmpty() && raw.last().isEmpty())
        raw.removeLast();
    bool header = true;
    QHash<qint64, int> seen;
    for (int i = 0; i < raw.size(); ++i) {
        const int lineNo = i + 1;
        QByteArray b = raw[i];
        if (b.endsWith('\r'))
            b.chop(1);
        if (i == 0 && b.startsWith("\xEF\xBB\xBF"))
            b.remove(0, 3);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(b);
        if (decoder.hasError()) {
            m_problems.append({lineNo, tr("the line is not valid UTF-8 (the file must be UTF-8)")});
            continue;
        }
        if (text.trimmed().isEmpty())
            continue;
        const QStringList cells = splitLine(text);
        if (header) {
            header = false;
            if (cells.size() < 4 || !headerIs(cells[0], "reference", u"参考号") || !headerIs(cells[1], "amount", u"金额")
                || !headerIs(cells[2], "result", u"结果") || !headerIs(cells[3], "reason", u"原因"))
                m_problems.append({lineNo, tr("the first line must be the header reference,amount,result,reason")});
            continue;
        }
        Line l;
        l.line = lineNo;
        if (cells.size() != 4) {
            m_problems.append({lineNo, tr("expected 4 fields, found %1").arg(cells.size())});
            continue;
        }
        bool ok = false;
        l.paymentId = cells[0].trimmed().toLongLong(&ok);
        if (!ok || l.paymentId <= 0) {
            m_problems.append({lineNo, tr("unknown reference \"%1\": not a payment number").arg(cells[0])});
            continue;
        }
        const auto amount = domain::Money::parseYuan(cells[1].trimmed());
        if (!amount || amount->fen() <= 0) {
            m_problems.append({lineNo, tr("the amount \"%1\" is not yuan with at most two decimals").arg(cells[1])});
            continue;
        }
        l.amountFen = amount->fen();
        const QString result = cells[2].trimmed().toLower();
        l.reason = cells[3].trimmed();
        if (result == QLatin1String("paid") || result == QLatin1String("success") || result == QStringLiteral("成功")) {
            l.paid = true;
        } else if (result == QLatin1String("failed") || result == QLatin1String("fail") || result == QStringLiteral("失败")) {
            if (l.reason.isEmpty()) {
                m_problems.append({lineNo, tr("a failed payment needs the bank's reason")});
                continue;
            }
        } else {
            m_problems.append({lineNo, tr("the result \"%1\" is neither paid (成功) nor failed (失败)").arg(cells[2])});
            continue;
        }
        if (const auto first = seen.constFind(l.paymentId); first != seen.constEnd()) {
            m_problems.append({lineNo, tr("duplicate line: payment %1 is already on line %2").arg(l.paymentId).arg(*first)});
            continue;
        }
        seen.insert(l.paymentId, lineNo);
        out.append(l);
    }
    if (header)
        m_problems.append({1, tr("the file is empty")});
    return out;
}

void ReturnFileReader::checkAgainstLedger(const QList<Line> &lines, qint64 &batchId)
{
    if (lines.isEmpty()) {
        m_problems.append({0, tr("the file has no payment lines")});
        return;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT batch_id FROM payments WHERE id = ?"));
    for (const Line &l : lines) {
        q.addBindValue(l.paymentId);
        if (q.exec() && q.next()) {
            batchId = q.value(0).toLongLong();
            break;
        }
    }
    q.finish();
    QHash<qint64, std::pair<qint64, QString>> payments;   // id -> amount, status
    QString batchStatus;
    if (batchId > 0) {
        q.prepare(QStringLiteral("SELECT status FROM payment_batches WHERE id = ?"));
        q.addBindValue(batchId);
        if (q.exec() && q.next())
            batchStatus = q.value(0).toString();
        q.finish();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, amount_fen, status FROM payments WHERE batch_id = ?"));
        q.addBindValue(batchId);
        if (q.exec())
            while (q.next())
                payments.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toString()});
        q.finish();
    }
    if (batchId > 0 && batchStatus != QLatin1String("sent"))
        m_problems.append({0, tr("batch %1 is %2: returns are accepted only for a batch marked sent").arg(batchId).arg(batchStatus)});
    for (const Line &l : lines) {
        const auto p = payments.constFind(l.paymentId);
        if (p == payments.constEnd()) {
            m_problems.append({l.line, batchId > 0 ? tr("unknown reference %1: not a payment of batch %2").arg(l.paymentId).arg(batchId)
                                                   : tr("unknown reference %1: no such payment").arg(l.paymentId)});
        } else if (p->first != l.amountFen) {
            m_problems.append({l.line, tr("amount mismatch: the file says %1, payment %2 is %3")
                                           .arg(domain::Money::fromFen(l.amountFen).toYuanString()).arg(l.paymentId)
                                           .arg(domain::Money::fromFen(p->first).toYuanString())});
        } else if (p->second != QLatin1String("sent")) {
            m_problems.append({l.line, tr("payment %1 is already %2: its outcome was reported before").arg(l.paymentId).arg(p->second)});
        }
    }
}

domain::Result<ReturnFileReader::Result> ReturnFileReader::apply(const QList<Line> &lines, qint64 batchId,
                                                                 const QString &fileName, const QString &sha256)
{
    using R = domain::Result<Result>;
    Result out;
    out.batchId = batchId;
    for (const Line &l : lines) {
        (l.paid ? out.paidCount : out.failedCount) += 1;
        (l.paid ? out.paidFen : out.failedFen) += l.amountFen;
    }
    const QString actor = LedgerAudit::actor(m_db);
    const QString now = detail::nowText();
    if (!m_db.beginWrite())
        return R::failure(tr("Could not start a write transaction: %1").arg(m_db.lastError()));
    auto fail = [&](const QString &message) {
        m_db.rollback();
        return R::failure(message);
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO bank_return_files (batch_id, file_name, sha256, imported_by, imported_at, "
                             "paid_count, paid_fen, failed_count, failed_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : QVariantList{batchId, fileName, sha256, actor, now, out.paidCount, out.paidFen,
                                          out.failedCount, out.failedFen})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "record the return file")));
    out.returnFileId = q.value(0).toLongLong();
    q.finish();
    // The lines a few hundred to a statement (one round trip each).
    constexpr qsizetype perStatement = 500;
    QSqlQuery line(m_db.connection());
    for (qsizetype start = 0; start < lines.size(); start += perStatement) {
        const qsizetype count = std::min(perStatement, lines.size() - start);
        if (start == 0 || count != perStatement) {
            const QStringList rows(count, QStringLiteral("(?, ?, ?, ?, ?, ?)"));
            line.prepare(QStringLiteral("INSERT INTO bank_return_lines (return_file_id, line_no, payment_id, outcome, "
                                        "amount_fen, bank_reason) VALUES ")
                         + rows.join(QStringLiteral(", ")));
        }
        for (qsizetype i = start; i < start + count; ++i) {
            const Line &l = lines.at(i);
            for (const QVariant &v : QVariantList{out.returnFileId, l.line, l.paymentId,
                                                  l.paid ? QStringLiteral("paid") : QStringLiteral("failed"), l.amountFen,
                                                  l.reason.isNull() ? QStringLiteral("") : l.reason})
                line.addBindValue(v);
        }
        if (!line.exec())
            return fail(detail::sqlFailure(line, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "record the return file")));
    }
    line.finish();
    // The outcomes in two statements from the recorded lines, not one per
    // payment: the statistics follow a statement's payments at once
    // (0021_stats_statements.postgresql.sql).
    QSqlQuery outcome(m_db.connection());
    outcome.prepare(QStringLiteral("UPDATE payments SET status = 'paid', paid_at = ? WHERE status = 'sent' AND id IN "
                                   "(SELECT payment_id FROM bank_return_lines WHERE return_file_id = ? AND outcome = 'paid')"));
    outcome.addBindValue(now);
    outcome.addBindValue(out.returnFileId);
    if (!outcome.exec() || outcome.numRowsAffected() != out.paidCount)
        return fail(detail::sqlFailure(outcome, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "record a payment's outcome")));
    outcome.prepare(QStringLiteral("UPDATE payments SET status = 'failed', failed_at = ?, failure_reason = l.bank_reason "
                                   "FROM bank_return_lines l WHERE l.return_file_id = ? AND l.outcome = 'failed' "
                                   "AND l.payment_id = payments.id AND payments.status = 'sent'"));
    outcome.addBindValue(now);
    outcome.addBindValue(out.returnFileId);
    if (!outcome.exec() || outcome.numRowsAffected() != out.failedCount)
        return fail(detail::sqlFailure(outcome, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "record a payment's outcome")));
    outcome.finish();
    q.prepare(QStringLiteral("UPDATE awards SET status = 'paid', version = version + 1, updated_at = ? "
                             "WHERE status = 'approved' AND id IN "
                             "(SELECT award_id FROM payments WHERE batch_id = ? AND status = 'paid')"));
    q.addBindValue(now);
    q.addBindValue(batchId);
    if (!q.exec())
        return fail(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "mark the awards paid")));
    q.prepare(QStringLiteral("UPDATE payment_batches SET status = 'reconciled', reconciled_at = ?, version = version + 1 "
                             "WHERE id = ? AND status = 'sent' AND NOT EXISTS "
                             "(SELECT 1 FROM payments p WHERE p.batch_id = ? AND p.status = 'sent')"));
    q.addBindValue(now);
    q.addBindValue(batchId);
    q.addBindValue(batchId);
    if (!q.exec())
        return fail(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "reconcile the batch")));
    out.reconciled = q.numRowsAffected() == 1;
    if (auto s = LedgerAudit::append(m_db, actor, QStringLiteral("payment.returns.import"), QStringLiteral("payment_batch"),
                                     QString::number(batchId), QStringLiteral("{\"status\":\"sent\"}"),
                                     QStringLiteral("{\"status\":\"%1\",\"return_file\":%2,\"sha256\":\"%3\",\"paid\":%4,"
                                                    "\"paid_fen\":%5,\"failed\":%6,\"failed_fen\":%7}")
                                         .arg(out.reconciled ? QStringLiteral("reconciled") : QStringLiteral("sent"))
                                         .arg(out.returnFileId).arg(sha256).arg(out.paidCount).arg(out.paidFen)
                                         .arg(out.failedCount).arg(out.failedFen));
        !s)
        return fail(s.error());
    if (!m_db.commit())
        return R::failure(tr("The return file could not be saved: %1").arg(m_db.lastError()));
    return out;
}

} // namespace mianshen::ledger
