#include "matching/ExplanationJson.h"

#include "rules/Policy.h"
#include "rules/TraceRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mianshen::matching {

namespace {

QJsonObject text(const rules::Text &t)
{
    return QJsonObject{{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}};
}

QString kindName(rules::Trace::Step::Kind k)
{
    using K = rules::Trace::Step::Kind;
    switch (k) {
    case K::Gate: return QStringLiteral("gate");
    case K::Condition: return QStringLiteral("condition");
    case K::Exclusion: return QStringLiteral("exclusion");
    case K::Amount: return QStringLiteral("amount");
    case K::Flag: return QStringLiteral("flag");
    }
    return {};
}

QString resultName(rules::Trace::Step::Result r)
{
    using R = rules::Trace::Step::Result;
    switch (r) {
    case R::Pass: return QStringLiteral("pass");
    case R::Fail: return QStringLiteral("fail");
    case R::Fired: return QStringLiteral("fired");
    case R::NotFired: return QStringLiteral("not_fired");
    case R::Value: return QStringLiteral("value");
    case R::Error: return QStringLiteral("error");
    }
    return {};
}

QString statusName(rules::Evaluation::Status s)
{
    using S = rules::Evaluation::Status;
    switch (s) {
    case S::Eligible: return QStringLiteral("eligible");
    case S::Ineligible: return QStringLiteral("ineligible");
    case S::NotInEffect: return QStringLiteral("not_in_effect");
    case S::NotRegistered: return QStringLiteral("not_registered");
    case S::AlreadyAwarded: return QStringLiteral("already_awarded");
    case S::LimitReached: return QStringLiteral("limit_reached");
    case S::ZeroAmount: return QStringLiteral("zero_amount");
    case S::Error: return QStringLiteral("error");
    }
    return {};
}

QString lang(rules::Language l)
{
    return l == rules::Language::Zh ? QStringLiteral("zh") : QStringLiteral("en");
}

} // namespace

rules::Text ExplanationJson::noteText(ExplanationNote note)
{
    switch (note) {
    case ExplanationNote::None: break;
    case ExplanationNote::OverBudget:
        return {QStringLiteral("预算已用尽：按政策规定的顺序，本项未能获得预算"),
                QStringLiteral("over budget: in the policy's stated order, the budget ran out before this award")};
    case ExplanationNote::NoLongerAwarded:
        return {QStringLiteral("符合条件，但本期未获发放（预算顺序或“不重复享受”组变化）"),
                QStringLiteral("qualifies, but is no longer awarded this period (budget order or stacking group)")};
    }
    return {};
}

QString ExplanationJson::fromTrace(const rules::Trace &trace, std::optional<Outcome> outcome, ExplanationNote note,
                                   const std::optional<StackingBlock> &stacking)
{
    return fromTrace(trace, outcome, noteText(note), stacking);
}

QString ExplanationJson::stored(const rules::Trace &trace, std::optional<Outcome> outcome, ExplanationNote note,
                                const std::optional<StackingBlock> &stacking)
{
    const std::optional<rules::TraceRecord> record = rules::TraceRecord::of(trace);
    if (!record)
        return fromTrace(trace, outcome, note, stacking);
    QJsonArray a = record->toJson();
    QJsonArray extra{outcome ? int(*outcome) : -1, int(note), stacking ? stacking->winner : QString(),
                     stacking && stacking->earlier ? 1 : 0};
    const QJsonArray defaults{-1, 0, QString(), 0};
    while (!extra.isEmpty() && extra.last() == defaults.at(extra.size() - 1))
        extra.removeLast();
    for (const QJsonValue &v : extra)
        a.append(v);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

domain::Result<QString> ExplanationJson::rebuild(const QString &stored, const rules::Policy &policy,
                                                 const rules::PolicyNodes &nodes, const QString &subjectId)
{
    using R = domain::Result<QString>;
    if (!isCompact(stored))
        return R(stored);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (!doc.isArray())
        return R::failure(QCoreApplication::translate("mianshen::rules::TraceRecord", "The stored explanation is damaged (%1).")
                              .arg(error.errorString()));
    const QJsonArray a = doc.array();
    auto record = rules::TraceRecord::fromJson(a);
    if (!record)
        return R::failure(record.error());
    constexpr int base = 9;   // the TraceRecord's elements
    std::optional<Outcome> outcome;
    const int o = a.size() > base ? a.at(base).toInt(-1) : -1;
    if (o >= int(Outcome::Auto) && o <= int(Outcome::OverBudget))
        outcome = Outcome(o);
    const int n = a.size() > base + 1 ? a.at(base + 1).toInt() : 0;
    const ExplanationNote note = n == int(ExplanationNote::OverBudget) ? ExplanationNote::OverBudget
                                 : n == int(ExplanationNote::NoLongerAwarded) ? ExplanationNote::NoLongerAwarded
                                                                              : ExplanationNote::None;
    std::optional<StackingBlock> stacking;
    if (a.size() > base + 2 && !a.at(base + 2).toString().isEmpty())
        stacking = StackingBlock{policy.stackingGroup, a.at(base + 2).toString(), a.size() > base + 3 && a.at(base + 3).toInt() != 0};
    return R(fromTrace(record->rebuild(policy, nodes, subjectId), outcome, note, stacking));
}

rules::Text ExplanationJson::stackingNote(const StackingBlock &block)
{
    if (block.earlier)
        return {QStringLiteral("不重复享受：该对象此前已享受同一组（%1）中的政策 %2，本项不再发放").arg(block.group, block.winner),
                QStringLiteral("stacking group %1: the subject was already awarded %2 in an earlier period, "
                               "which takes precedence, so this policy is not awarded").arg(block.group, block.winner)};
    return {QStringLiteral("不重复享受：同一组（%1）中的政策 %2 本期优先，本项不予发放").arg(block.group, block.winner),
            QStringLiteral("stacking group %1: %2 takes precedence in this period, so this policy is not awarded")
                .arg(block.group, block.winner)};
}

std::optional<StackingBlock> ExplanationJson::stacking(const QString &json)
{
    const QJsonValue v = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("stacking"));
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    return StackingBlock{o.value(QStringLiteral("group")).toString(), o.value(QStringLiteral("winner")).toString(),
                         o.value(QStringLiteral("earlier")).toBool()};
}

QString ExplanationJson::fromTrace(const rules::Trace &trace, std::optional<Outcome> outcome, const rules::Text &givenNote,
                                   const std::optional<StackingBlock> &stacking)
{
    rules::Text note = givenNote;
    if (stacking) {
        const rules::Text s = stackingNote(*stacking);
        note.zh = note.zh.isEmpty() ? s.zh : note.zh + QStringLiteral("；") + s.zh;
        note.en = note.en.isEmpty() ? s.en : note.en + QStringLiteral("; ") + s.en;
    }
    QJsonArray steps;
    for (const rules::Trace::Step &s : trace.steps) {
        QJsonArray details;
        for (const rules::Text &d : s.details)
            details.append(text(d));
        steps.append(QJsonObject{{QStringLiteral("kind"), kindName(s.kind)},
                                 {QStringLiteral("id"), s.id},
                                 {QStringLiteral("label"), text(s.label)},
                                 {QStringLiteral("result"), resultName(s.result)},
                                 {QStringLiteral("expression"), s.expression},
                                 {QStringLiteral("details"), details}});
    }
    rules::Text rendered{trace.render(rules::Language::Zh), trace.render(rules::Language::En)};
    rules::Text summary{trace.summary(rules::Language::Zh), trace.summary(rules::Language::En)};
    if (!note.zh.isEmpty() || !note.en.isEmpty()) {
        rendered.zh += note.zh + QLatin1Char('\n');
        rendered.en += note.en + QLatin1Char('\n');
        summary.zh += QStringLiteral("；") + note.zh;
        summary.en += QStringLiteral("; ") + note.en;
    }
    QJsonObject o{{QStringLiteral("policy"), trace.policyCode},
                  {QStringLiteral("subject"), trace.subjectId},
                  {QStringLiteral("period"), trace.period},
                  {QStringLiteral("status"), statusName(trace.evaluation.status)},
                  {QStringLiteral("amount_fen"), qint64(trace.evaluation.amountFen)},
                  {QStringLiteral("flags"), QJsonArray::fromStringList(trace.flagIds)},
                  {QStringLiteral("failed"), QJsonArray::fromStringList(trace.failedIds)},
                  {QStringLiteral("outcome"), outcome ? QJsonValue(outcomeName(*outcome)) : QJsonValue()},
                  {QStringLiteral("note"), text(note)},
                  {QStringLiteral("stacking"), stacking ? QJsonValue(QJsonObject{{QStringLiteral("group"), stacking->group},
                                                                                 {QStringLiteral("winner"), stacking->winner},
                                                                                 {QStringLiteral("earlier"), stacking->earlier}})
                                                        : QJsonValue()},
                  {QStringLiteral("steps"), steps},
                  {QStringLiteral("summary"), text(summary)},
                  {QStringLiteral("text"), text(rendered)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ExplanationJson::render(const QString &json, rules::Language language)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    return o.value(QStringLiteral("text")).toObject().value(lang(language)).toString();
}

QString ExplanationJson::summary(const QString &json, rules::Language language)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    return o.value(QStringLiteral("summary")).toObject().value(lang(language)).toString();
}

} // namespace mianshen::matching
