#include "itemmodels/PaymentTables.h"

#include "itemmodels/ColumnTitles.h"

namespace mianshen::itemmodels {

namespace {

// `title`: a title of these tables alone (QT_TRANSLATE_NOOP, translated when
// shown); without one, the shared title of the column's name.
TableColumn column(const char *name, ColumnKind kind, bool nullable = false, const char *title = nullptr)
{
    TableColumn c;
    c.sqlName = QString::fromLatin1(name);
    c.kind = kind;
    c.nullable = nullable;
    c.titleSource = title ? title : ColumnTitles::titleSource(c.sqlName);
    if (!c.titleSource)
        c.titleEn = c.sqlName;
    return c;
}

} // namespace

TableSource PaymentTables::batches()
{
    TableSource s;
    s.table = QStringLiteral("payment_batches");
    s.columns = {
        column("id", ColumnKind::Integer, false, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Batch no.")),
        column("period", ColumnKind::Month, false, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Month")),
        column("status", ColumnKind::Text),
        column("payment_count", ColumnKind::Integer, false, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Payments")),
        column("total_fen", ColumnKind::Money),
        column("approvals_required", ColumnKind::Integer, false, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Approvals needed")),
        column("created_by", ColumnKind::Text, false, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Created by")),
        column("created_at", ColumnKind::Timestamp),
        column("approved_by", ColumnKind::Text, true, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Approved by")),
        column("second_approved_by", ColumnKind::Text, true, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Second approver")),
        column("exported_at", ColumnKind::Timestamp, true, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Exported")),
        column("sent_at", ColumnKind::Timestamp, true, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Sent")),
        column("reconciled_at", ColumnKind::Timestamp, true, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Reconciled")),
    };
    s.keyColumns = {0};
    return s;
}

TableSource PaymentTables::payments()
{
    TableSource s;
    s.table = QStringLiteral("payments");
    s.columns = {
        column("id", ColumnKind::Integer, false, QT_TRANSLATE_NOOP("mianshen::itemmodels::ColumnTitles", "Payment no.")),
        column("batch_id", ColumnKind::Integer),
        column("policy_code", ColumnKind::Text),
        column("subject_id", ColumnKind::IdNumber),
        column("award_period", ColumnKind::Text),
        column("amount_fen", ColumnKind::Money),
        column("status", ColumnKind::Text),
        column("account_name", ColumnKind::Text),
        column("bank_name", ColumnKind::Text),
        column("account_no", ColumnKind::AccountNumber),
        column("failure_reason", ColumnKind::Text, true),
        column("retry_of", ColumnKind::Integer, true),
        column("paid_at", ColumnKind::Timestamp, true),
    };
    s.keyColumns = {0};
    return s;
}

} // namespace mianshen::itemmodels
