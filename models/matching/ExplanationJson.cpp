#include "matching/ExplanationJson.h"

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
