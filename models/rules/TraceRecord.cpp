#include "rules/TraceRecord.h"

#include "rules/Policy.h"
#include "rules/PolicyNodes.h"
#include "rules/Snapshot.h"
#include "rules/TraceText.h"

#include "domain/Month.h"

#include <QCoreApplication>

namespace mianshen::rules {

using domain::Result;
using R = Trace::Step::Result;
using K = Trace::Step::Kind;

namespace {

constexpr int kResults = int(R::Error) + 1;
constexpr int kStatuses = int(Evaluation::Status::Error) + 1;

QJsonValue operandJson(const Trace::Operand &o)
{
    return o.isText ? QJsonValue(o.text) : QJsonValue(qint64(o.number));
}

bool operandFrom(const QJsonValue &v, Trace::Operand &o)
{
    if (v.isString()) {
        o.isText = true;
        o.text = v.toString();
        return true;
    }
    if (!v.isDouble())
        return false;
    o.number = v.toInteger();
    return true;
}

QJsonArray seenJson(const Trace::Seen &s)
{
    if (s.node < 0) {
        QJsonArray a{-1 - s.table};
        if (s.rule >= 0) {
            a.append(s.rule);
            a.append(operandJson(s.a));
        }
        return a;
    }
    if (s.compare)
        return QJsonArray{s.node, operandJson(s.a), operandJson(s.b), s.result ? 1 : 0};
    if (!s.present)
        return QJsonArray{s.node};
    return QJsonArray{s.node, operandJson(s.a)};
}

bool seenFrom(const QJsonArray &a, Trace::Seen &s)
{
    if (a.isEmpty() || !a.at(0).isDouble())
        return false;
    const int first = a.at(0).toInt();
    if (first < 0) {
        s.table = -1 - first;
        if (a.size() == 1)
            return true;
        s.rule = a.at(1).toInt(-1);
        return a.size() == 3 && s.rule >= 0 && operandFrom(a.at(2), s.a);
    }
    s.node = first;
    switch (a.size()) {
    case 1: s.present = false; return true;
    case 2: return operandFrom(a.at(1), s.a);
    case 4:
        s.compare = true;
        s.result = a.at(3).toInt() != 0;
        return operandFrom(a.at(1), s.a) && operandFrom(a.at(2), s.b);
    default: return false;
    }
}

} // namespace

std::optional<TraceRecord> TraceRecord::of(const Trace &trace)
{
    TraceRecord r;
    const auto month = domain::Month::parse(trace.period);
    if (!month || monthIndexToString(month->index()) != trace.period)
        return std::nullopt;
    r.period = month->index();
    r.evaluation = trace.evaluation;
    r.inputs = trace.inputs;
    for (const Trace::Step &s : trace.steps) {
        if (!s.seenComplete)
            return std::nullopt;
        if (s.kind == K::Amount)
            r.shownAmountFen = s.shownAmountFen;
        r.steps.push_back({s.result, s.seen});
    }
    return r;
}

QJsonArray TraceRecord::toJson() const
{
    QJsonArray stepArray;
    for (const Step &s : steps) {
        QJsonArray a{int(s.result)};
        for (const Trace::Seen &v : s.seen)
            a.append(seenJson(v));
        stepArray.append(a);
    }
    return QJsonArray{period, int(evaluation.status), qint64(evaluation.amountFen), evaluation.failedIndex,
                      evaluation.errorPosition, inputs.awardedMonths, inputs.awardedCount, qint64(shownAmountFen), stepArray};
}

Result<TraceRecord> TraceRecord::fromJson(const QJsonArray &a)
{
    auto bad = [](const QString &what) {
        return Result<TraceRecord>::failure(
            QCoreApplication::translate("mianshen::rules::TraceRecord", "The stored explanation is damaged (%1).").arg(what));
    };
    if (a.size() < 9 || !a.at(8).isArray())
        return bad(QStringLiteral("header"));
    TraceRecord r;
    r.period = a.at(0).toInt();
    const int status = a.at(1).toInt(-1);
    if (status < 0 || status >= kStatuses)
        return bad(QStringLiteral("status"));
    r.evaluation.status = Evaluation::Status(status);
    r.evaluation.amountFen = a.at(2).toInteger();
    r.evaluation.failedIndex = a.at(3).toInt(-1);
    r.evaluation.errorPosition = a.at(4).toInt(-1);
    r.inputs.awardedMonths = a.at(5).toInt();
    r.inputs.awardedCount = a.at(6).toInt();
    r.shownAmountFen = a.at(7).toInteger();
    for (const QJsonValue &sv : a.at(8).toArray()) {
        const QJsonArray sa = sv.toArray();
        const int result = sa.isEmpty() ? -1 : sa.at(0).toInt(-1);
        if (result < 0 || result >= kResults)
            return bad(QStringLiteral("step"));
        Step step;
        step.result = R(result);
        for (qsizetype i = 1; i < sa.size(); ++i) {
            Trace::Seen seen;
            if (!seenFrom(sa.at(i).toArray(), seen))
                return bad(QStringLiteral("value"));
            step.seen.push_back(std::move(seen));
        }
        r.steps.push_back(std::move(step));
    }
    return r;
}

Trace TraceRecord::rebuild(const Policy &policy, const PolicyNodes &nodes, const QString &subjectId) const
{
    Trace t;
    t.policyCode = policy.code;
    t.policyTitle = policy.title;
    t.subjectId = subjectId;
    t.period = monthIndexToString(period);
    t.evaluation = evaluation;
    t.evaluation.flags = 0;
    t.inputs = inputs;
    const std::size_t nc = policy.conditions.size(), nx = policy.exclusions.size();
    bool errorBeforeAmount = false, errorInFlags = false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &rs = steps[i];
        Trace::Step s;
        s.result = rs.result;
        s.seen = rs.seen;
        const Rule *rule = nullptr;
        if (i == 0) {
            s.kind = K::Gate;
            s.id = QStringLiteral("gate");
            s.label = TraceText::gateLabel(rs.result == R::Pass ? Evaluation::Status::Eligible : evaluation.status, policy);
            s.details = TraceText::gateDetails(policy, inputs);
            t.steps.push_back(std::move(s));
            continue;
        }
        const std::size_t k = i - 1;
        if (k < nc) {
            s.kind = K::Condition;
            rule = &policy.conditions[k];
        } else if (k < nc + nx) {
            s.kind = K::Exclusion;
            rule = &policy.exclusions[k - nc];
        } else if (k == nc + nx) {
            s.kind = K::Amount;
            s.id = QStringLiteral("amount");
            s.label = TraceText::amountLabel(policy);
            s.expression = policy.amount.expr.source;
        } else if (k - nc - nx - 1 < policy.flags.size()) {
            s.kind = K::Flag;
            rule = &policy.flags[k - nc - nx - 1];
        } else {
            break;   // more steps than the policy has: not this policy's record
        }
        if (rule) {
            s.id = rule->id;
            s.label = rule->label;
            s.expression = rule->expr.source;
        }
        for (const Trace::Seen &v : rs.seen)
            s.details.push_back(TraceText::detail(v, nodes));
        if (s.kind == K::Amount) {
            s.details.push_back(TraceText::amountDetail(shownAmountFen));
            s.shownAmountFen = shownAmountFen;
        }
        if (rs.result == R::Error) {
            if (s.kind == K::Condition || s.kind == K::Exclusion)
                errorBeforeAmount = true;
            else if (s.kind == K::Flag)
                errorInFlags = true;
        } else if (s.kind == K::Condition && rs.result == R::Fail) {
            t.failedIds << s.id;
        } else if (s.kind == K::Exclusion && rs.result == R::Fired) {
            t.failedIds << s.id;
        } else if (s.kind == K::Flag && rs.result == R::Fired) {
            t.flagIds << s.id;
        }
        t.steps.push_back(std::move(s));
    }
    // explain() sorts the failed ids once conditions and exclusions ran
    // without an error, and the flags once they all ran.
    if (!errorBeforeAmount)
        t.failedIds.sort();
    if (evaluation.status == Evaluation::Status::Eligible && !errorInFlags) {
        t.flagIds.sort();
        for (int i = 0; i < int(policy.flags.size()); ++i)
            if (t.flagIds.contains(policy.flags[std::size_t(i)].id))
                t.evaluation.flags |= std::uint64_t(1) << i;
    }
    return t;
}

} // namespace mianshen::rules
