#include "rules/TraceText.h"

#include "rules/Policy.h"
#include "rules/PolicyNodes.h"
#include "rules/Snapshot.h"

#include "domain/Money.h"

#include <QStringList>

namespace mianshen::rules {

using B = Type::Base;

namespace {

QString opSymbol(Node::Op op)
{
    switch (op) {
    case Node::Op::Eq: return QStringLiteral("=");
    case Node::Op::Ne: return QStringLiteral("≠");
    case Node::Op::Lt: return QStringLiteral("<");
    case Node::Op::Le: return QStringLiteral("≤");
    case Node::Op::Gt: return QStringLiteral(">");
    case Node::Op::Ge: return QStringLiteral("≥");
    default: return QStringLiteral("in");
    }
}

Text compareLine(const Trace::Seen &o, const Node &n, const QString &text)
{
    const Type &lt = n.kids[0]->type;
    if (n.op == Node::Op::In) {
        const QString a = TraceText::value(lt.required(), true, o.a, Language::En);
        const QString az = TraceText::value(lt.required(), true, o.a, Language::Zh);
        return {QStringLiteral("%1：%2 %3").arg(text, az, o.result ? QStringLiteral("在列表中") : QStringLiteral("不在列表中")),
                QStringLiteral("%1: %2 %3").arg(text, a, o.result ? QStringLiteral("is in the list") : QStringLiteral("is not in the list"))};
    }
    const Type &rt = n.kids[1]->type;
    Type lt2 = lt.required(), rt2 = rt.required();
    // values were compared in hundredths when a side was a decimal
    if (lt.base == B::Integer && rt.base == B::Decimal)
        lt2 = Type::of(B::Decimal);
    if (rt.base == B::Integer && lt.base == B::Decimal)
        rt2 = Type::of(B::Decimal);
    return {QStringLiteral("%1：%2 %3 %4，%5").arg(text, TraceText::value(lt2, true, o.a, Language::Zh), opSymbol(n.op),
                                                   TraceText::value(rt2, true, o.b, Language::Zh),
                                                   o.result ? QStringLiteral("成立") : QStringLiteral("不成立")),
            QStringLiteral("%1: %2 %3 %4 is %5").arg(text, TraceText::value(lt2, true, o.a, Language::En), opSymbol(n.op),
                                                     TraceText::value(rt2, true, o.b, Language::En),
                                                     o.result ? QStringLiteral("true") : QStringLiteral("false"))};
}

Text tableLine(const Trace::Seen &o, const DecisionTable &table)
{
    if (o.rule < 0 || o.rule >= int(table.rules.size()))
        return {QStringLiteral("决策表没有命中任何行，取默认值"), QStringLiteral("no table rule matched; the default applies")};
    const TableRule &r = table.rules[std::size_t(o.rule)];
    QStringList cells;
    for (std::size_t i = 0; i < r.cells.size(); ++i)
        cells << table.inputs[i].name + u' ' + r.cells[i].text;
    const QString v = TraceText::value(table.outputType, true, o.a, Language::En);
    return {QStringLiteral("决策表第 %1 行命中（%2）%3→ %4").arg(o.rule + 1).arg(cells.join(QStringLiteral("，")), r.label.zh.isEmpty() ? QString() : r.label.zh + u' ', v),
            QStringLiteral("table rule %1 matched (%2) %3→ %4").arg(o.rule + 1).arg(cells.join(QStringLiteral(", ")), r.label.en.isEmpty() ? QString() : r.label.en + u' ', v)};
}

} // namespace

Text TraceText::detail(const Trace::Seen &o, const PolicyNodes &nodes)
{
    if (o.node < 0) {
        const DecisionTable *t = nodes.table(o.table);
        return t ? tableLine(o, *t) : Text{};
    }
    const Node *n = nodes.node(o.node);
    const Expression *e = nodes.expressionOf(o.node);
    if (!n || !e)
        return {};
    const QString text = e->text(*n);
    if (o.compare && n->kids.size() == 2)
        return compareLine(o, *n, text);
    return {text + QStringLiteral(" = ") + value(n->type, o.present, o.a, Language::Zh),
            text + QStringLiteral(" = ") + value(n->type, o.present, o.a, Language::En)};
}

Text TraceText::gateLabel(Evaluation::Status s, const Policy &p)
{
    switch (s) {
    case Evaluation::Status::NotInEffect:
        return {QStringLiteral("评估期不在政策有效期内（%1 至 %2）").arg(monthIndexToString(p.effectiveFrom), p.effectiveUntil ? monthIndexToString(*p.effectiveUntil) : QStringLiteral("长期")),
                QStringLiteral("the period is outside the policy's effective months (%1 to %2)").arg(monthIndexToString(p.effectiveFrom), p.effectiveUntil ? monthIndexToString(*p.effectiveUntil) : QStringLiteral("open"))};
    case Evaluation::Status::NotRegistered:
        return {QStringLiteral("运行中没有该对象"), QStringLiteral("the run holds no records of the subject")};
    case Evaluation::Status::AlreadyAwarded:
        return {QStringLiteral("一次性政策，此前已享受"), QStringLiteral("one-off policy already awarded before")};
    case Evaluation::Status::LimitReached:
        return {QStringLiteral("已享受满 %1 个月").arg(p.maxMonths), QStringLiteral("already awarded for the maximum of %1 months").arg(p.maxMonths)};
    default:
        return {QStringLiteral("政策有效、未超出享受次数"), QStringLiteral("policy in effect, within the award limits")};
    }
}

std::vector<Text> TraceText::gateDetails(const Policy &p, const SubjectInputs &inputs)
{
    std::vector<Text> out;
    if (p.schedule == Policy::Schedule::Monthly && p.maxMonths > 0)
        out.push_back({QStringLiteral("已享受月数 %1 / %2").arg(inputs.awardedMonths).arg(p.maxMonths),
                       QStringLiteral("months awarded so far %1 of %2").arg(inputs.awardedMonths).arg(p.maxMonths)});
    if (p.schedule == Policy::Schedule::OneOff)
        out.push_back({QStringLiteral("此前享受次数 %1").arg(inputs.awardedCount),
                       QStringLiteral("awards before %1").arg(inputs.awardedCount)});
    return out;
}

Text TraceText::amountLabel(const Policy &p)
{
    return p.amount.label.en.isEmpty() ? Text{QStringLiteral("金额"), QStringLiteral("Amount")} : p.amount.label;
}

Text TraceText::amountDetail(std::int64_t amount)
{
    return {QStringLiteral("金额 = ") + domain::Money::fromFen(amount).toDisplayString(),
            QStringLiteral("amount = ") + domain::Money::fromFen(amount).toDisplayString()};
}

QString TraceText::value(const Type &type, bool present, const Trace::Operand &o, Language language)
{
    const bool zh = language == Language::Zh;
    if (!present)
        return zh ? QStringLiteral("（无）") : QStringLiteral("(none)");
    const std::int64_t v = o.number;
    switch (type.base) {
    case B::Bool: return v ? (zh ? QStringLiteral("是") : QStringLiteral("true")) : (zh ? QStringLiteral("否") : QStringLiteral("false"));
    case B::Integer: return QString::number(v);
    case B::Money: return domain::Money::fromFen(v).toDisplayString();
    case B::Decimal: {
        const std::int64_t a = v < 0 ? -v : v;
        return (v < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) + u'.'
            + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    }
    case B::String: return u'\'' + o.text + u'\'';
    case B::Date: return DayNumber::toString(std::int32_t(v));
    case B::Month: return monthIndexToString(std::int32_t(v));
    case B::Record: return zh ? QStringLiteral("（记录）") : QStringLiteral("(record)");
    case B::List: return zh ? QStringLiteral("（列表）") : QStringLiteral("(list)");
    case B::Error: break;
    }
    return {};
}

} // namespace mianshen::rules
