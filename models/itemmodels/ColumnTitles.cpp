#include "itemmodels/ColumnTitles.h"

#include <QHash>
#include <QList>

namespace mianshen::itemmodels {

namespace {

struct Pair
{
    const char *zh;
    const char *en;
};

const QHash<QString, Pair> &titles()
{
    static const QHash<QString, Pair> table = {
        {QStringLiteral("id"), {"编号", "No."}},
        {QStringLiteral("at"), {"时间", "Time"}},
        {QStringLiteral("actor"), {"操作人", "By"}},
        {QStringLiteral("role"), {"角色", "Role"}},
        {QStringLiteral("action"), {"操作", "Action"}},
        {QStringLiteral("entity"), {"对象类型", "Entity"}},
        {QStringLiteral("entity_id"), {"对象编号", "Entity no."}},
        {QStringLiteral("before_json"), {"修改前", "Before"}},
        {QStringLiteral("after_json"), {"修改后", "After"}},
        {QStringLiteral("reason"), {"理由", "Reason"}},
        {QStringLiteral("prev_hash"), {"前一条哈希", "Previous hash"}},
        {QStringLiteral("hash"), {"哈希", "Hash"}},
        {QStringLiteral("policy_code"), {"政策代码", "Policy"}},
        {QStringLiteral("policy_version"), {"政策版本", "Policy version"}},
        {QStringLiteral("subject_id"), {"对象标识", "Subject"}},
        {QStringLiteral("period"), {"期间", "Period"}},
        {QStringLiteral("amount_fen"), {"金额", "Amount"}},
        {QStringLiteral("status"), {"状态", "Status"}},
        {QStringLiteral("decided_in_run"), {"决定所在运行", "Decided in run"}},
        {QStringLiteral("created_at"), {"创建时间", "Created"}},
        {QStringLiteral("award_id"), {"资格编号", "Award no."}},
        {QStringLiteral("batch_id"), {"批次编号", "Batch no."}},
        {QStringLiteral("paid_at"), {"发放时间", "Paid"}},
        // The ledger's payments (0007_ledger.sql).
        {QStringLiteral("award_period"), {"补贴月份", "Award month"}},
        {QStringLiteral("account_name"), {"户名", "Account holder"}},
        {QStringLiteral("bank_name"), {"开户银行", "Bank"}},
        {QStringLiteral("account_no"), {"账号", "Account"}},
        {QStringLiteral("account_import_id"), {"账户数据导入批次", "Account import no."}},
        {QStringLiteral("retry_of"), {"重发自", "Retry of"}},
        {QStringLiteral("failed_at"), {"失败时间", "Failed"}},
        {QStringLiteral("failure_reason"), {"失败原因", "Failure reason"}},
        {QStringLiteral("expired_at"), {"过期时间", "Expired"}},
        {QStringLiteral("reviewer"), {"审核人", "Reviewer"}},
        {QStringLiteral("decided_at"), {"决定时间", "Decided"}},
        {QStringLiteral("version"), {"版本", "Version"}},
        {QStringLiteral("started_at"), {"开始时间", "Started"}},
        {QStringLiteral("finished_at"), {"结束时间", "Finished"}},
        {QStringLiteral("file_name"), {"文件名", "File"}},
        {QStringLiteral("sha256"), {"SHA-256", "SHA-256"}},
        {QStringLiteral("feed"), {"数据项", "Feed"}},
        {QStringLiteral("mode"), {"方式", "Mode"}},
        {QStringLiteral("quarantine"), {"隔离模式", "Quarantine mode"}},
        {QStringLiteral("rows_read"), {"读取行数", "Rows read"}},
        {QStringLiteral("inserted"), {"新增", "Inserted"}},
        {QStringLiteral("updated"), {"更新", "Updated"}},
        {QStringLiteral("deleted"), {"删除", "Deleted"}},
        {QStringLiteral("errors"), {"错误", "Errors"}},
        {QStringLiteral("warnings"), {"警告", "Warnings"}},
        {QStringLiteral("quarantined"), {"隔离行数", "Quarantined"}},
        {QStringLiteral("result"), {"结果", "Result"}},
        {QStringLiteral("message"), {"说明", "Message"}},
        {QStringLiteral("import_id"), {"导入批次", "Import no."}},
        {QStringLiteral("line"), {"行号", "Line"}},
        {QStringLiteral("column_name"), {"列", "Column"}},
        {QStringLiteral("value"), {"值", "Value"}},
        {QStringLiteral("severity"), {"级别", "Severity"}},
        {QStringLiteral("reason_code"), {"问题代码", "Problem code"}},
        {QStringLiteral("reason_zh"), {"原因（中文）", "Reason (Chinese)"}},
        {QStringLiteral("reason_en"), {"原因（英文）", "Reason (English)"}},
        {QStringLiteral("record"), {"原始记录", "Record"}},
        {QStringLiteral("resolved_at"), {"处理时间", "Resolved"}},
        {QStringLiteral("resolved_by"), {"处理人", "Resolved by"}},
        {QStringLiteral("file_version"), {"文件版本", "File version"}},
        {QStringLiteral("subject_kind"), {"适用对象", "For"}},
        {QStringLiteral("schedule"), {"发放方式", "Schedule"}},
        {QStringLiteral("title_zh"), {"名称（中文）", "Title (Chinese)"}},
        {QStringLiteral("title_en"), {"名称（英文）", "Title (English)"}},
        {QStringLiteral("effective_from"), {"生效自", "In effect from"}},
        {QStringLiteral("effective_until"), {"有效至", "In effect until"}},
        {QStringLiteral("source"), {"政策文件", "Policy file"}},
        {QStringLiteral("published_at"), {"发布时间", "Published"}},
        {QStringLiteral("published_by"), {"发布人", "Published by"}},
        {QStringLiteral("withdrawn_at"), {"撤回时间", "Withdrawn"}},
        {QStringLiteral("withdrawn_by"), {"撤回人", "Withdrawn by"}},
        {QStringLiteral("started_by"), {"启动人", "Started by"}},
        {QStringLiteral("duration_ms"), {"用时（毫秒）", "Duration (ms)"}},
        {QStringLiteral("load_ms"), {"读取（毫秒）", "Load (ms)"}},
        {QStringLiteral("evaluate_ms"), {"计算（毫秒）", "Evaluate (ms)"}},
        {QStringLiteral("write_ms"), {"写入（毫秒）", "Write (ms)"}},
        {QStringLiteral("threads"), {"线程数", "Threads"}},
        {QStringLiteral("subjects"), {"对象数", "Subjects"}},
        {QStringLiteral("evaluations"), {"计算次数", "Evaluations"}},
        {QStringLiteral("decisions_written"), {"写入的决定", "Decisions written"}},
        {QStringLiteral("inputs"), {"输入数据", "Inputs"}},
        {QStringLiteral("policies"), {"政策", "Policies"}},
        {QStringLiteral("fingerprint"), {"指纹", "Fingerprint"}},
        {QStringLiteral("reevaluated"), {"本次重新计算", "Re-evaluated"}},
        {QStringLiteral("evaluated_in_run"), {"计算所在运行", "Evaluated in run"}},
        {QStringLiteral("run_id"), {"运行编号", "Run no."}},
        {QStringLiteral("evaluated"), {"参与计算", "Evaluated"}},
        {QStringLiteral("approved"), {"自动通过", "Approved"}},
        {QStringLiteral("flagged"), {"待审核", "For review"}},
        {QStringLiteral("over_budget"), {"超出预算", "Over budget"}},
        {QStringLiteral("ineligible"), {"不符合", "Ineligible"}},
        {QStringLiteral("skipped"), {"跳过", "Skipped"}},
        {QStringLiteral("total_fen"), {"合计金额", "Total"}},
        {QStringLiteral("newly_qualifying"), {"新增符合", "Newly qualifying"}},
        {QStringLiteral("amount_changed"), {"金额变化", "Amount changed"}},
        {QStringLiteral("no_longer_qualifying"), {"不再符合", "No longer qualifying"}},
        {QStringLiteral("change"), {"变化", "Change"}},
        {QStringLiteral("outcome"), {"结果", "Outcome"}},
        {QStringLiteral("flags"), {"审核标记", "Flags"}},
        {QStringLiteral("explanation"), {"说明", "Explanation"}},
        {QStringLiteral("previous_amount_fen"), {"原金额", "Previous amount"}},
        {QStringLiteral("condition_id"), {"条件", "Condition"}},
        {QStringLiteral("failed"), {"未满足人数", "Failed"}},
    };
    return table;
}

// Per column: stored word -> titles.
const QHash<QString, QHash<QString, Pair>> &values()
{
    static const QHash<QString, Pair> status = {
        {QStringLiteral("running"), {"运行中", "running"}},
        {QStringLiteral("completed"), {"已完成", "completed"}},
        {QStringLiteral("cancelled"), {"已取消", "cancelled"}},
        {QStringLiteral("failed"), {"失败", "failed"}},
        {QStringLiteral("published"), {"已发布", "published"}},
        {QStringLiteral("withdrawn"), {"已撤回", "withdrawn"}},
        // Payment batches, payments and recovery orders (0007_ledger.sql).
        {QStringLiteral("created"), {"已创建", "created"}},
        {QStringLiteral("approved"), {"已审批", "approved"}},
        {QStringLiteral("exported"), {"已导出", "exported"}},
        {QStringLiteral("sent"), {"已报送银行", "sent"}},
        {QStringLiteral("reconciled"), {"已对账", "reconciled"}},
        {QStringLiteral("paid"), {"已发放", "paid"}},
        {QStringLiteral("expired"), {"已过期", "expired"}},
        {QStringLiteral("proposed"), {"待确认", "proposed"}},
        {QStringLiteral("confirmed"), {"已确认", "confirmed"}},
        {QStringLiteral("settled"), {"已追回", "settled"}},
        {QStringLiteral("written_off"), {"已核销", "written off"}},
    };
    static const QHash<QString, QHash<QString, Pair>> table = {
        {QStringLiteral("result"),
         {{QStringLiteral("imported"), {"已导入", "imported"}},
          {QStringLiteral("rejected"), {"已拒绝", "rejected"}},
          {QStringLiteral("skipped"), {"已跳过", "skipped"}},
          {QStringLiteral("cancelled"), {"已取消", "cancelled"}}}},
        {QStringLiteral("mode"), {{QStringLiteral("snapshot"), {"全量", "snapshot"}}, {QStringLiteral("delta"), {"增量", "delta"}}}},
        {QStringLiteral("severity"), {{QStringLiteral("error"), {"错误", "error"}}, {QStringLiteral("warning"), {"警告", "warning"}}}},
        {QStringLiteral("outcome"),
         {{QStringLiteral("auto"), {"自动通过", "approved"}},
          {QStringLiteral("review"), {"待审核", "for review"}},
          {QStringLiteral("over_budget"), {"超出预算", "over budget"}}}},
        {QStringLiteral("change"),
         {{QStringLiteral("new"), {"新增", "new"}},
          {QStringLiteral("changed"), {"有变化", "changed"}},
          {QStringLiteral("withdrawn"), {"不再符合", "withdrawn"}}}},
        {QStringLiteral("subject_kind"), {{QStringLiteral("person"), {"个人", "person"}}, {QStringLiteral("enterprise"), {"企业", "enterprise"}}}},
        {QStringLiteral("schedule"), {{QStringLiteral("one_off"), {"一次性", "one-off"}}, {QStringLiteral("monthly"), {"按月", "monthly"}}}},
        {QStringLiteral("status"), status},
    };
    return table;
}

} // namespace

bool ColumnTitles::title(const QString &sqlName, QString *zh, QString *en)
{
    const auto it = titles().constFind(sqlName);
    if (it == titles().constEnd())
        return false;
    *zh = QString::fromUtf8(it->zh);
    *en = QString::fromUtf8(it->en);
    return true;
}

bool ColumnTitles::hasValueTitles(const QString &sqlName)
{
    return values().contains(sqlName);
}

QString ColumnTitles::valueTitle(const QString &sqlName, const QString &value, bool chinese)
{
    const auto column = values().constFind(sqlName);
    if (column == values().constEnd())
        return {};
    const auto it = column->constFind(value);
    if (it == column->constEnd())
        return {};
    return QString::fromUtf8(chinese ? it->zh : it->en);
}

QString ColumnTitles::storedValue(const QString &sqlName, const QString &typed)
{
    const auto column = values().constFind(sqlName);
    if (column == values().constEnd())
        return typed;
    for (auto it = column->constBegin(); it != column->constEnd(); ++it) {
        if (typed == it.key() || typed == QString::fromUtf8(it->zh) || typed.compare(QString::fromUtf8(it->en), Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return typed;
}

} // namespace mianshen::itemmodels
