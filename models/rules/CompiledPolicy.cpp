#include "rules/CompiledPolicy.h"

#include "rules/ExpressionCompiler.h"

#include "domain/Money.h"

#include <QSet>

#include <cstring>

namespace mianshen::rules {

using B = Type::Base;

struct CompiledPolicy::Program
{
    Program(const Policy &p, const Snapshot &s, bool explain) : compiler(p, s, explain) {}
    ExpressionCompiler compiler;
    std::vector<Fn> conditions;
    std::vector<Fn> exclusions;
    std::vector<Fn> flags;
    Fn amount;
};

CompiledPolicy::CompiledPolicy(const Policy &policy, const Snapshot &snapshot)
    : m_policy(policy), m_snapshot(snapshot)
{
}

CompiledPolicy::~CompiledPolicy() = default;

domain::Result<std::shared_ptr<const CompiledPolicy>> CompiledPolicy::compile(const Policy &policy, const Snapshot &snapshot)
{
    using R = domain::Result<std::shared_ptr<const CompiledPolicy>>;
    if (policy.definitions.size() > std::size_t(Frame::MaxDefinitions))
        return R::failure(QStringLiteral("%1: more than %2 definitions").arg(policy.code).arg(Frame::MaxDefinitions));
    if (policy.flags.size() > 64)
        return R::failure(QStringLiteral("%1: more than 64 flags").arg(policy.code));
    std::shared_ptr<CompiledPolicy> cp(new CompiledPolicy(policy, snapshot));
    for (bool explain : {false, true}) {
        auto program = std::make_unique<Program>(policy, snapshot, explain);
        ExpressionCompiler &c = program->compiler;
        for (const Definition &d : policy.definitions)
            c.addDefinition(d);
        auto compileRule = [&](const Rule &r) {
            c.setExpression(&r.expr);
            return r.expr.root ? c.scalar(*r.expr.root) : Fn();
        };
        for (const Rule &r : policy.conditions)
            program->conditions.push_back(compileRule(r));
        for (const Rule &r : policy.exclusions)
            program->exclusions.push_back(compileRule(r));
        for (const Rule &r : policy.flags)
            program->flags.push_back(compileRule(r));
        if (policy.amount.table) {
            program->amount = c.table(*policy.amount.table);
        } else if (policy.amount.expr.root) {
            c.setExpression(&policy.amount.expr);
            program->amount = c.scalar(*policy.amount.expr.root);
        }
        if (!c.ok())
            return R::failure(QStringLiteral("%1: %2").arg(policy.code, c.error()));
        bool complete = bool(program->amount);
        for (const auto *list : {&program->conditions, &program->exclusions, &program->flags})
            for (const Fn &f : *list)
                complete = complete && bool(f);
        if (!complete)
            return R::failure(QStringLiteral("%1: the policy has errors and cannot be compiled").arg(policy.code));
        (explain ? cp->m_explain : cp->m_fast) = std::move(program);
    }
    return R(std::shared_ptr<const CompiledPolicy>(std::move(cp)));
}

namespace {

// The checks every policy gets before its own conditions.
Evaluation::Status gate(const Policy &p, const Snapshot &s, std::int32_t subject, std::int32_t period, const SubjectInputs &in)
{
    if (period < p.effectiveFrom || (p.effectiveUntil && period > *p.effectiveUntil))
        return Evaluation::Status::NotInEffect;
    const SubjectTable &subjects = s.subjects(p.subject);
    // Registration is not a gate: a policy that needs the registry says so in
    // a condition (`person.registered`). Only an unknown subject is refused.
    if (subject < 0 || subject >= subjects.size())
        return Evaluation::Status::NotRegistered;
    if (p.schedule == Policy::Schedule::OneOff && in.awardedCount > 0)
        return Evaluation::Status::AlreadyAwarded;
    if (p.schedule == Policy::Schedule::Monthly && in.paidThisPeriod)
        return Evaluation::Status::AlreadyAwarded;
    if (p.schedule == Policy::Schedule::Monthly && p.maxMonths > 0 && in.awardedMonths >= p.maxMonths)
        return Evaluation::Status::LimitReached;
    return Evaluation::Status::Eligible;
}

void prepare(Frame &f, const Snapshot &s, std::int32_t subject, std::int32_t period, const SubjectInputs &in, std::size_t definitions)
{
    f.snapshot = &s;
    f.subject = subject;
    f.period = period;
    f.inputs = &in;
    std::memset(f.defState, 0, definitions);
}

} // namespace

Evaluation CompiledPolicy::evaluate(std::int32_t subject, std::int32_t period, const SubjectInputs &inputs) const
{
    Evaluation e;
    e.status = gate(m_policy, m_snapshot, subject, period, inputs);
    if (e.status != Evaluation::Status::Eligible)
        return e;
    Frame f;
    prepare(f, m_snapshot, subject, period, inputs, m_policy.definitions.size());
    const Program &p = *m_fast;
    auto error = [&] {
        e.status = Evaluation::Status::Error;
        e.errorPosition = f.errorPosition;
        return e;
    };
    const int nc = int(p.conditions.size());
    for (int i = 0; i < nc; ++i) {
        if (!p.conditions[std::size_t(i)](f)) {
            if (f.failed)
                return error();
            e.status = Evaluation::Status::Ineligible;
            e.failedIndex = i;
            return e;
        }
    }
    for (int i = 0; i < int(p.exclusions.size()); ++i) {
        if (p.exclusions[std::size_t(i)](f)) {
            if (f.failed)
                return error();
            e.status = Evaluation::Status::Ineligible;
            e.failedIndex = nc + i;
            return e;
        }
    }
    if (f.failed)
        return error();
    const std::int64_t amount = p.amount(f);
    if (f.failed)
        return error();
    e.amountFen = amount;
    if (amount <= 0) {
        e.status = Evaluation::Status::ZeroAmount;
        return e;
    }
    f.amount = amount;
    for (std::size_t i = 0; i < p.flags.size(); ++i)
        if (p.flags[i](f))
            e.flags |= std::uint64_t(1) << i;
    if (f.failed)
        return error();
    return e;
}

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

Text gateText(Evaluation::Status s, const Policy &p)
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

} // namespace

Trace CompiledPolicy::explain(std::int32_t subject, std::int32_t period, const SubjectInputs &inputs) const
{
    Trace t;
    t.policyCode = m_policy.code;
    t.policyTitle = m_policy.title;
    const SubjectTable &subjects = m_snapshot.subjects(m_policy.subject);
    if (subject >= 0 && subject < subjects.size())
        t.subjectId = subjects.id(subject);
    t.period = monthIndexToString(period);
    const Program &p = *m_explain;
    const ExpressionCompiler &c = p.compiler;

    Evaluation &e = t.evaluation;
    e.status = gate(m_policy, m_snapshot, subject, period, inputs);
    {
        Trace::Step g;
        g.kind = Trace::Step::Kind::Gate;
        g.id = QStringLiteral("gate");
        g.label = gateText(e.status, m_policy);
        g.result = e.status == Evaluation::Status::Eligible ? Trace::Step::Result::Pass : Trace::Step::Result::Fail;
        if (m_policy.schedule == Policy::Schedule::Monthly && m_policy.maxMonths > 0)
            g.details.push_back({QStringLiteral("已享受月数 %1 / %2").arg(inputs.awardedMonths).arg(m_policy.maxMonths),
                                 QStringLiteral("months awarded so far %1 of %2").arg(inputs.awardedMonths).arg(m_policy.maxMonths)});
        if (m_policy.schedule == Policy::Schedule::OneOff)
            g.details.push_back({QStringLiteral("此前享受次数 %1").arg(inputs.awardedCount),
                                 QStringLiteral("awards before %1").arg(inputs.awardedCount)});
        t.steps.push_back(g);
    }
    if (e.status != Evaluation::Status::Eligible)
        return t;

    Frame f;
    prepare(f, m_snapshot, subject, period, inputs, m_policy.definitions.size());
    std::vector<Observation> obs;
    f.observations = &obs;

    auto details = [&](Trace::Step &step) {
        QSet<QString> seen;
        for (const Observation &o : obs) {
            Text line;
            if (o.what == Observation::What::Compare) {
                const Node &n = *o.node;
                const QString text = o.expression->text(n);
                const Type &lt = n.kids[0]->type;
                const QString a = c.render(lt.required(), true, o.a, Language::En);
                const QString az = c.render(lt.required(), true, o.a, Language::Zh);
                if (n.op == Node::Op::In) {
                    line = {QStringLiteral("%1：%2 %3").arg(text, az, o.result ? QStringLiteral("在列表中") : QStringLiteral("不在列表中")),
                            QStringLiteral("%1: %2 %3").arg(text, a, o.result ? QStringLiteral("is in the list") : QStringLiteral("is not in the list"))};
                } else {
                    const Type &rt = n.kids[1]->type;
                    Type lt2 = lt.required(), rt2 = rt.required();
                    // values were compared in hundredths when a side was a decimal
                    if (lt.base == B::Integer && rt.base == B::Decimal)
                        lt2 = Type::of(B::Decimal);
                    if (rt.base == B::Integer && lt.base == B::Decimal)
                        rt2 = Type::of(B::Decimal);
                    line = {QStringLiteral("%1：%2 %3 %4，%5").arg(text, c.render(lt2, true, o.a, Language::Zh), opSymbol(n.op),
                                                                   c.render(rt2, true, o.b, Language::Zh), o.result ? QStringLiteral("成立") : QStringLiteral("不成立")),
                            QStringLiteral("%1: %2 %3 %4 is %5").arg(text, c.render(lt2, true, o.a, Language::En), opSymbol(n.op),
                                                                     c.render(rt2, true, o.b, Language::En), o.result ? QStringLiteral("true") : QStringLiteral("false"))};
                }
            } else if (o.what == Observation::What::Value) {
                const Node &n = *o.node;
                const QString text = o.expression->text(n);
                line = {text + QStringLiteral(" = ") + c.render(n.type, o.presentA, o.a, Language::Zh),
                        text + QStringLiteral(" = ") + c.render(n.type, o.presentA, o.a, Language::En)};
            } else if (o.what == Observation::What::TableHit) {
                const TableRule &r = o.table->rules[std::size_t(o.rule)];
                QStringList cells;
                for (std::size_t i = 0; i < r.cells.size(); ++i)
                    cells << o.table->inputs[i].name + u' ' + r.cells[i].text;
                const QString v = c.render(o.table->outputType, true, o.a, Language::En);
                line = {QStringLiteral("决策表第 %1 行命中（%2）%3→ %4").arg(o.rule + 1).arg(cells.join(QStringLiteral("，")), r.label.zh.isEmpty() ? QString() : r.label.zh + u' ', v),
                        QStringLiteral("table rule %1 matched (%2) %3→ %4").arg(o.rule + 1).arg(cells.join(QStringLiteral(", ")), r.label.en.isEmpty() ? QString() : r.label.en + u' ', v)};
            } else {
                line = {QStringLiteral("决策表没有命中任何行，取默认值"), QStringLiteral("no table rule matched; the default applies")};
            }
            if (seen.contains(line.en))
                continue;
            seen.insert(line.en);
            step.details.push_back(line);
        }
        obs.clear();
    };

    bool guardFailed = false;
    auto runRules = [&](const std::vector<Rule> &rules, const std::vector<Fn> &fns, Trace::Step::Kind kind, bool firing) {
        bool any = false;
        for (std::size_t i = 0; i < rules.size(); ++i) {
            Trace::Step s;
            s.kind = kind;
            s.id = rules[i].id;
            s.label = rules[i].label;
            s.expression = rules[i].expr.source;
            const bool v = fns[i](f);
            if (firing)
                s.result = v ? Trace::Step::Result::Fired : Trace::Step::Result::NotFired;
            else
                s.result = v ? Trace::Step::Result::Pass : Trace::Step::Result::Fail;
            if (f.failed) {
                s.result = Trace::Step::Result::Error;
                details(s);
                t.steps.push_back(s);
                return true;
            }
            details(s);
            t.steps.push_back(s);
            if (kind == Trace::Step::Kind::Flag) {
                if (v)
                    t.flagIds << rules[i].id;
                continue;
            }
            if (v == firing) {
                t.failedIds << rules[i].id;
                if (!any && e.failedIndex < 0)
                    e.failedIndex = int(kind == Trace::Step::Kind::Exclusion ? m_policy.conditions.size() + i : i);
                any = true;
                // Nothing else reads a subject without its registry row.
                if (kind == Trace::Step::Kind::Condition && i == 0 && m_policy.registrationGuard) {
                    guardFailed = true;
                    return true;
                }
            }
        }
        return any;
    };

    const bool failedCond = runRules(m_policy.conditions, p.conditions, Trace::Step::Kind::Condition, false);
    if (f.failed) {
        e.status = Evaluation::Status::Error;
        e.errorPosition = f.errorPosition;
        return t;
    }
    const bool firedExcl = !guardFailed && runRules(m_policy.exclusions, p.exclusions, Trace::Step::Kind::Exclusion, true);
    if (f.failed) {
        e.status = Evaluation::Status::Error;
        e.errorPosition = f.errorPosition;
        return t;
    }
    t.failedIds.sort();
    if (failedCond || firedExcl) {
        e.status = Evaluation::Status::Ineligible;
        return t;
    }
    Trace::Step a;
    a.kind = Trace::Step::Kind::Amount;
    a.id = QStringLiteral("amount");
    a.label = m_policy.amount.label.en.isEmpty() ? Text{QStringLiteral("金额"), QStringLiteral("Amount")} : m_policy.amount.label;
    a.expression = m_policy.amount.expr.source;
    const std::int64_t amount = p.amount(f);
    a.result = f.failed ? Trace::Step::Result::Error : Trace::Step::Result::Value;
    details(a);
    a.details.push_back({QStringLiteral("金额 = ") + domain::Money::fromFen(amount).toDisplayString(),
                         QStringLiteral("amount = ") + domain::Money::fromFen(amount).toDisplayString()});
    t.steps.push_back(a);
    if (f.failed) {
        e.status = Evaluation::Status::Error;
        e.errorPosition = f.errorPosition;
        return t;
    }
    e.amountFen = amount;
    if (amount <= 0) {
        e.status = Evaluation::Status::ZeroAmount;
        return t;
    }
    f.amount = amount;
    runRules(m_policy.flags, p.flags, Trace::Step::Kind::Flag, true);
    if (f.failed) {
        e.status = Evaluation::Status::Error;
        e.errorPosition = f.errorPosition;
        return t;
    }
    for (int i = 0; i < int(m_policy.flags.size()); ++i)
        if (t.flagIds.contains(m_policy.flags[std::size_t(i)].id))
            e.flags |= std::uint64_t(1) << i;
    t.flagIds.sort();
    e.status = Evaluation::Status::Eligible;
    return t;
}

} // namespace mianshen::rules
