#include "feeds/QualityGate.h"

#include "catalog/FeedCatalog.h"
#include "feeds/ImportReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace mianshen::feeds {

namespace {

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

QualityGate::Verdict QualityGate::assess(const catalog::Feed &feed, const Figures &f)
{
    Verdict v;
    if (f.rowsBefore >= kMinRows) {
        v.deletes = f.deleted * 100 > f.rowsBefore * feed.maxDeletePercent;
        v.changes = f.changed * 100 > f.rowsBefore * feed.maxChangePercent;
    }
    v.danglingJump = f.previousDangling.has_value() && f.dangling > kDanglingJumpMin
        && f.dangling > kDanglingJumpFactor * *f.previousDangling;
    return v;
}

QString QualityGate::argumentsJson(const catalog::Feed &feed, const Figures &f, const Verdict &v)
{
    QJsonArray reasons;
    if (v.deletes)
        reasons << QStringLiteral("delete");
    if (v.changes)
        reasons << QStringLiteral("change");
    if (v.danglingJump)
        reasons << QStringLiteral("dangling");
    QJsonObject o;
    o.insert(QStringLiteral("reasons"), reasons);
    o.insert(QStringLiteral("feed"), feed.name);
    o.insert(QStringLiteral("rows_before"), f.rowsBefore);
    o.insert(QStringLiteral("deleted"), f.deleted);
    o.insert(QStringLiteral("delete_percent"), feed.maxDeletePercent);
    o.insert(QStringLiteral("changed"), f.changed);
    o.insert(QStringLiteral("change_percent"), feed.maxChangePercent);
    o.insert(QStringLiteral("dangling"), f.dangling);
    o.insert(QStringLiteral("previous_dangling"), f.previousDangling ? *f.previousDangling : -1);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void QualityGate::describe(const catalog::Feed &feed, const Figures &f, const Verdict &v, ImportReport &report)
{
    QStringList en, zh;
    if (v.deletes) {
        en << QStringLiteral("would delete %1 of the %2 rows of %3 (more than %4%)")
                  .arg(number(f.deleted), number(f.rowsBefore), feed.name)
                  .arg(feed.maxDeletePercent);
        zh << QStringLiteral("将删除%3的%2行中的%1行（超过%4%）")
                  .arg(number(f.deleted), number(f.rowsBefore), feed.name)
                  .arg(feed.maxDeletePercent);
    }
    if (v.changes) {
        en << QStringLiteral("would change the values of %1 of the %2 rows of %3 (more than %4%)")
                  .arg(number(f.changed), number(f.rowsBefore), feed.name)
                  .arg(feed.maxChangePercent);
        zh << QStringLiteral("将更改%3的%2行中%1行的数值（超过%4%）")
                  .arg(number(f.changed), number(f.rowsBefore), feed.name)
                  .arg(feed.maxChangePercent);
    }
    if (v.danglingJump) {
        en << QStringLiteral("refers %1 times to a subject in no registry, against %2 in the last delivery "
                             "(more than double and more than %3)")
                  .arg(number(f.dangling), number(f.previousDangling.value_or(0)), number(kDanglingJumpMin));
        zh << QStringLiteral("有%1处引用的主体不在登记库中，上次交付为%2处（超过两倍且多于%3处）")
                  .arg(number(f.dangling), number(f.previousDangling.value_or(0)), number(kDanglingJumpMin));
    }
    report.message = QStringLiteral("Held: this full snapshot ") + en.join(QStringLiteral("; it "))
        + QStringLiteral("; nothing was applied. If the delivery is right, import it again confirming the large change.");
    report.messageZh = QStringLiteral("已暂缓：此全量快照") + zh.join(QStringLiteral("；"))
        + QStringLiteral("，未作任何更改。如确认该文件无误，请确认大幅变动后重新导入。");
    report.messageCode = QStringLiteral("held");
    report.messageArgs = argumentsJson(feed, f, v);
}

} // namespace mianshen::feeds
