#include "rules/CompiledPolicy.h"

#include "rules/ExpressionCompiler.h"
#include "rules/PolicyNodes.h"
#include "rules/TraceText.h"

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
    : m_policy(policy), m_snapshot(snapshot), m_nodes(std::make_unique<PolicyNodes>(policy))
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

// An observation as data: node ids instead of pointers, strings as their
// text. False when it cannot be kept so (then the trace keeps only texts).
bool toSeen(const Observation &o, const PolicyNodes &nodes, const ExpressionCompiler &c, Trace::Seen &seen)
{
    auto operand = [&](const Type &type, std::int64_t v) {
        Trace::Operand x;
        x.number = v;
        if (type.base == B::String) {
            x.isText = true;
            x.text = c.stringText(std::int32_t(v));
            x.number = 0;
        }
        return x;
    };
    if (o.what == Observation::What::TableHit || o.what == Observation::What::TableMiss) {
        seen.table = nodes.idOf(o.table);
        if (seen.table < 0)
            return false;
        if (o.what == Observation::What::TableHit) {
            seen.rule = o.rule;
            seen.a = operand(o.table->outputType, o.a);
        }
        return true;
    }
    seen.node = nodes.idOf(o.node);
    if (seen.node < 0 || nodes.expressionOf(seen.node) != o.expression)
        return false;
    const Node &n = *o.node;
    if (o.what == Observation::What::Compare) {
        if (n.kids.size() != 2)
            return false;
        seen.compare = true;
        seen.result = o.result;
        seen.a = operand(n.kids[0]->type, o.a);
        if (n.op != Node::Op::In)
            seen.b = operand(n.kids[1]->type, o.b);
        return true;
    }
    seen.present = o.presentA;
    if (o.presentA)
        seen.a = operand(n.type, o.a);
    return true;
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
    t.inputs = inputs;
    const Program &p = *m_explain;
    const ExpressionCompiler &c = p.compiler;

    Evaluation &e = t.evaluation;
    e.status = gate(m_policy, m_snapshot, subject, period, inputs);
    {
        Trace::Step g;
        g.kind = Trace::Step::Kind::Gate;
        g.id = QStringLiteral("gate");
        g.label = TraceText::gateLabel(e.status, m_policy);
        g.result = e.status == Evaluation::Status::Eligible ? Trace::Step::Result::Pass : Trace::Step::Result::Fail;
        g.details = TraceText::gateDetails(m_policy, inputs);
        t.steps.push_back(std::move(g));
    }
    if (e.status != Evaluation::Status::Eligible)
        return t;

    Frame f;
    prepare(f, m_snapshot, subject, period, inputs, m_policy.definitions.size());
    std::vector<Observation> obs;
    f.observations = &obs;

    // Each observation becomes a detail line (once per distinct text), kept
    // as data too (Trace::Step::seen) for the stored explanation.
    auto details = [&](Trace::Step &step) {
        QSet<QString> seen;
        for (const Observation &o : obs) {
            Trace::Seen data;
            const bool kept = toSeen(o, *m_nodes, c, data);
            Text line;
            if (kept) {
                line = TraceText::detail(data, *m_nodes);
            } else {
                step.seenComplete = false;
                line = {QStringLiteral("（无法显示的值）"), QStringLiteral("(a value that cannot be shown)")};
            }
            if (seen.contains(line.en))
                continue;
            seen.insert(line.en);
            step.details.push_back(line);
            if (kept)
                step.seen.push_back(std::move(data));
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
                t.steps.push_back(std::move(s));
                return true;
            }
            details(s);
            t.steps.push_back(std::move(s));
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
    a.label = TraceText::amountLabel(m_policy);
    a.expression = m_policy.amount.expr.source;
    const std::int64_t amount = p.amount(f);
    a.result = f.failed ? Trace::Step::Result::Error : Trace::Step::Result::Value;
    details(a);
    a.details.push_back(TraceText::amountDetail(amount));
    a.shownAmountFen = amount;
    t.steps.push_back(std::move(a));
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
