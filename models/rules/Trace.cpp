#include "rules/Trace.h"

#include "domain/Money.h"

#include <QJsonArray>

namespace mianshen::rules {

static QString statusText(Evaluation::Status s, bool zh)
{
    switch (s) {
    case Evaluation::Status::Eligible: return zh ? QStringLiteral("符合条件") : QStringLiteral("eligible");
    case Evaluation::Status::Ineligible: return zh ? QStringLiteral("不符合条件") : QStringLiteral("not eligible");
    case Evaluation::Status::NotInEffect: return zh ? QStringLiteral("政策不在有效期") : QStringLiteral("policy not in effect");
    case Evaluation::Status::NotRegistered: return zh ? QStringLiteral("运行中没有该对象") : QStringLiteral("no records of the subject");
    case Evaluation::Status::AlreadyAwarded: return zh ? QStringLiteral("已享受过") : QStringLiteral("already awarded");
    case Evaluation::Status::LimitReached: return zh ? QStringLiteral("已达享受月数上限") : QStringLiteral("month limit reached");
    case Evaluation::Status::ZeroAmount: return zh ? QStringLiteral("金额为零") : QStringLiteral("amount is zero");
    case Evaluation::Status::Error: return zh ? QStringLiteral("计算出错") : QStringLiteral("evaluation error");
    }
    return {};
}

static const char *statusName(Evaluation::Status s)
{
    switch (s) {
    case Evaluation::Status::Eligible: return "eligible";
    case Evaluation::Status::Ineligible: return "ineligible";
    case Evaluation::Status::NotInEffect: return "not_in_effect";
    case Evaluation::Status::NotRegistered: return "not_registered";
    case Evaluation::Status::AlreadyAwarded: return "already_awarded";
    case Evaluation::Status::LimitReached: return "limit_reached";
    case Evaluation::Status::ZeroAmount: return "zero_amount";
    case Evaluation::Status::Error: return "error";
    }
    return "";
}

QJsonObject Trace::toJson() const
{
    auto text = [](const Text &t) { return QJsonObject{{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}}; };
    static const char *const kinds[] = {"gate", "condition", "exclusion", "amount", "flag"};
    static const char *const results[] = {"pass", "fail", "fired", "not_fired", "value", "error"};
    QJsonArray stepArray;
    for (const Step &s : steps) {
        QJsonArray details;
        for (const Text &d : s.details)
            details.append(text(d));
        stepArray.append(QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kinds[int(s.kind)])},
                                     {QStringLiteral("id"), s.id},
                                     {QStringLiteral("label"), text(s.label)},
                                     {QStringLiteral("result"), QString::fromLatin1(results[int(s.result)])},
                                     {QStringLiteral("expression"), s.expression},
                                     {QStringLiteral("details"), details}});
    }
    return QJsonObject{{QStringLiteral("policy"), policyCode},
                       {QStringLiteral("subject"), subjectId},
                       {QStringLiteral("period"), period},
                       {QStringLiteral("status"), QString::fromLatin1(statusName(evaluation.status))},
                       {QStringLiteral("amount_fen"), qint64(evaluation.amountFen)},
                       {QStringLiteral("flags"), QJsonArray::fromStringList(flagIds)},
                       {QStringLiteral("failed"), QJsonArray::fromStringList(failedIds)},
                       {QStringLiteral("steps"), stepArray}};
}

QString Trace::summary(Language language) const
{
    const bool zh = language == Language::Zh;
    QString s = statusText(evaluation.status, zh);
    if (evaluation.status == Evaluation::Status::Eligible) {
        s += (zh ? QStringLiteral("：") : QStringLiteral(": ")) + domain::Money::fromFen(evaluation.amountFen).toDisplayString();
        if (!flagIds.isEmpty())
            s += (zh ? QStringLiteral("，需复核：") : QStringLiteral(", review flags: ")) + flagIds.join(QStringLiteral(", "));
    } else if (!failedIds.isEmpty()) {
        s += (zh ? QStringLiteral("：") : QStringLiteral(": ")) + failedIds.join(QStringLiteral(", "));
    }
    return s;
}

QString Trace::render(Language language) const
{
    const bool zh = language == Language::Zh;
    QString out;
    out += QStringLiteral("%1 %2 — %3 %4 — %5 %6\n")
               .arg(policyCode, policyTitle.in(language), zh ? QStringLiteral("对象") : QStringLiteral("subject"), subjectId,
                    zh ? QStringLiteral("期间") : QStringLiteral("period"), period);
    for (const Step &s : steps) {
        QString mark;
        switch (s.result) {
        case Step::Result::Pass: mark = zh ? QStringLiteral("[通过]") : QStringLiteral("[pass]"); break;
        case Step::Result::Fail: mark = zh ? QStringLiteral("[不通过]") : QStringLiteral("[fail]"); break;
        case Step::Result::Fired: mark = zh ? QStringLiteral("[触发]") : QStringLiteral("[fired]"); break;
        case Step::Result::NotFired: mark = zh ? QStringLiteral("[未触发]") : QStringLiteral("[not fired]"); break;
        case Step::Result::Value: mark = zh ? QStringLiteral("[金额]") : QStringLiteral("[amount]"); break;
        case Step::Result::Error: mark = zh ? QStringLiteral("[出错]") : QStringLiteral("[error]"); break;
        }
        QString kind;
        switch (s.kind) {
        case Step::Kind::Gate: kind = zh ? QStringLiteral("前提") : QStringLiteral("gate"); break;
        case Step::Kind::Condition: kind = zh ? QStringLiteral("条件") : QStringLiteral("condition"); break;
        case Step::Kind::Exclusion: kind = zh ? QStringLiteral("排除") : QStringLiteral("exclusion"); break;
        case Step::Kind::Amount: kind = zh ? QStringLiteral("金额") : QStringLiteral("amount"); break;
        case Step::Kind::Flag: kind = zh ? QStringLiteral("复核标记") : QStringLiteral("review flag"); break;
        }
        out += QStringLiteral("%1 %2 %3: %4\n").arg(mark, kind, s.id, s.label.in(language));
        for (const Text &d : s.details)
            out += QStringLiteral("    ") + d.in(language) + u'\n';
    }
    out += (zh ? QStringLiteral("结论：") : QStringLiteral("Decision: ")) + summary(language) + u'\n';
    return out;
}

} // namespace mianshen::rules
