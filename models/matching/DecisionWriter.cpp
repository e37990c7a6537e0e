#include "matching/DecisionWriter.h"

#include "matching/SqlHelpers.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace mianshen::matching {

using domain::Status;

namespace {

constexpr int kColumns = 11;
constexpr int kRowsPerStatement = 256;  // 2816 parameters: under both databases' limits

QString insertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO decisions (run_id, policy_code, policy_version, subject_id, period, change, outcome, "
        "amount_fen, flags, explanation, previous_amount_fen) VALUES ");
    const QString tuple = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?)");
    for (int i = 0; i < rows; ++i) {
        if (i)
            sql += QLatin1Char(',');
        sql += tuple;
    }
    return sql;
}

} // namespace

DecisionWriter::DecisionWriter(store::Database &db, qint64 runId, int rowsPerTransaction)
    : m_db(db), m_runId(runId), m_rowsPerTransaction(qMax(1, rowsPerTransaction))
{
}

DecisionWriter::~DecisionWriter() = default;

Status DecisionWriter::add(Decision decision)
{
    m_pending.append(std::move(decision));
    if (m_pending.size() >= m_rowsPerTransaction)
        return flush();
    return {};
}

Status DecisionWriter::flush()
{
    if (m_pending.isEmpty())
        return {};
    if (!m_db.beginWrite())
        return Status::failure(QCoreApplication::translate("mianshen::matching::DecisionWriter",
                                                           "Cannot start a transaction: %1").arg(m_db.lastError()));
    const Status s = writeRows(0, m_pending.size());
    if (!s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit())
        return Status::failure(QCoreApplication::translate("mianshen::matching::DecisionWriter",
                                                           "The database refused to commit decisions: %1").arg(m_db.lastError()));
    m_written += m_pending.size();
    m_pending.clear();
    return {};
}

Status DecisionWriter::writeRows(qsizetype from, qsizetype count)
{
    QSqlQuery full(m_db.connection());
    bool fullPrepared = false;
    qsizetype i = from;
    const qsizetype end = from + count;
    while (i < end) {
        const int rows = int(qMin<qsizetype>(kRowsPerStatement, end - i));
        QSqlQuery partial(m_db.connection());
        QSqlQuery *q = &full;
        if (rows == kRowsPerStatement) {
            if (!fullPrepared) {
                if (!full.prepare(insertSql(rows)))
                    return Status::failure(detail::sqlFailure(full, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "prepare the writing of decisions")));
                fullPrepared = true;
            }
        } else {
            if (!partial.prepare(insertSql(rows)))
                return Status::failure(detail::sqlFailure(partial, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "prepare the writing of decisions")));
            q = &partial;
        }
        int p = 0;
        for (int r = 0; r < rows; ++r) {
            const Decision &d = m_pending.at(i + r);
            q->bindValue(p++, m_runId);
            q->bindValue(p++, detail::text(d.policyCode));
            q->bindValue(p++, d.policyVersion);
            q->bindValue(p++, detail::text(d.subjectId));
            q->bindValue(p++, detail::text(d.period));
            q->bindValue(p++, changeName(d.change));
            q->bindValue(p++, d.outcome ? QVariant(outcomeName(*d.outcome)) : QVariant(QMetaType::fromType<QString>()));
            q->bindValue(p++, qint64(d.amountFen));
            q->bindValue(p++, detail::text(d.flagsText()));
            q->bindValue(p++, detail::text(d.explanation));
            q->bindValue(p++, d.previousAmountFen ? QVariant(qint64(*d.previousAmountFen))
                                                  : QVariant(QMetaType::fromType<qlonglong>()));
        }
        Q_ASSERT(p == rows * kColumns);
        if (!q->exec())
            return Status::failure(detail::sqlFailure(*q, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "write the decisions")));
        i += rows;
    }
    return {};
}

} // namespace mianshen::matching
