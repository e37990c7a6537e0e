#include "itemmodels/PaymentTables.h"

#include "itemmodels/ColumnTitles.h"

namespace mianshen::itemmodels {

namespace {

TableColumn column(const char *name, ColumnKind kind, bool nullable = false, const char *zh = nullptr,
                   const char *en = nullptr)
{
    TableColumn c;
    c.sqlName = QString::fromLatin1(name);
    c.kind = kind;
    c.nullable = nullable;
    if (zh) {
        c.titleZh = QString::fromUtf8(zh);
        c.titleEn = QString::fromUtf8(en);
    } else if (!ColumnTitles::title(c.sqlName, &c.titleZh, &c.titleEn)) {
        c.titleZh = c.titleEn = c.sqlName;
    }
    return c;
}

} // namespace

TableSource PaymentTables::batches()
{
    TableSource s;
    s.table = QStringLiteral("payment_batches");
    s.columns = {
        column("id", ColumnKind::Integer, false, "批次编号", "Batch no."),
        column("period", ColumnKind::Month, false, "发放月份", "Month"),
        column("status", ColumnKind::Text),
        column("payment_count", ColumnKind::Integer, false, "笔数", "Payments"),
        column("total_fen", ColumnKind::Money),
        column("approvals_required", ColumnKind::Integer, false, "需审批人数", "Approvals needed"),
        column("created_by", ColumnKind::Text, false, "创建人", "Created by"),
        column("created_at", ColumnKind::Timestamp),
        column("approved_by", ColumnKind::Text, true, "审批人", "Approved by"),
        column("second_approved_by", ColumnKind::Text, true, "第二审批人", "Second approver"),
        column("exported_at", ColumnKind::Timestamp, true, "导出时间", "Exported"),
        column("sent_at", ColumnKind::Timestamp, true, "报送时间", "Sent"),
        column("reconciled_at", ColumnKind::Timestamp, true, "对账时间", "Reconciled"),
    };
    s.keyColumns = {0};
    return s;
}

TableSource PaymentTables::payments()
{
    TableSource s;
    s.table = QStringLiteral("payments");
    s.columns = {
        column("id", ColumnKind::Integer, false, "付款编号", "Payment no."),
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
