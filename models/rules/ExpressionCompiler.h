#pragma once

#include "rules/Evaluation.h"
#include "rules/Policy.h"
#include "rules/Snapshot.h"
#include "rules/Text.h"

#include <QHash>

#include <functional>
#include <memory>
#include <vector>

namespace mianshen::rules {

// A non-owning reference to a callable (the sink of a list generator).
template <typename Sig> class FunctionRef;
template <typename R, typename... A>
class FunctionRef<R(A...)>
{
public:
    template <typename F>
    FunctionRef(F &&f) : m_object(const_cast<void *>(static_cast<const void *>(&f))),
                         m_call([](void *o, A... a) -> R { return (*static_cast<std::remove_reference_t<F> *>(o))(a...); }) {}
    R operator()(A... a) const { return m_call(m_object, a...); }

private:
    void *m_object;
    R (*m_call)(void *, A...);
};

// One observation of the explaining path: a value an expression looked at.
struct Observation final
{
    const Node *node = nullptr;
    const Expression *expression = nullptr;
    enum class What : std::uint8_t { Compare, Value, TableHit, TableMiss } what = What::Value;
    bool presentA = true, presentB = true;
    std::int64_t a = 0, b = 0;   // Compare: the operands; Value: the value
    bool result = false;
    int rule = -1;               // TableHit: the rule index
    const DecisionTable *table = nullptr;
};

// The state of one evaluation (one subject, one period, one policy).
struct Frame final
{
    static constexpr int MaxDefinitions = 64;
    const Snapshot *snapshot = nullptr;
    std::int32_t subject = 0;
    std::int32_t period = 0;
    const SubjectInputs *inputs = nullptr;
    std::int64_t amount = 0;
    std::int64_t vars[8] = {};
    std::int64_t defValues[MaxDefinitions];
    std::uint8_t defState[MaxDefinitions]; // 0 = not yet, 1 = present, 2 = absent
    bool failed = false;       // a run-time error happened
    int errorPosition = -1;
    std::vector<std::int32_t> scratch;
    std::vector<Observation> *observations = nullptr; // explaining path only

    void fail(const Expression *e, const Node &n)
    {
        if (!failed) {
            failed = true;
            errorPosition = e ? e->offsetOf(n.pos) : -1;
        }
    }
};

using Fn = std::function<std::int64_t(Frame &)>;
using OptFn = std::function<bool(Frame &, std::int64_t &)>;
using Sink = FunctionRef<bool(std::int64_t)>;
using Gen = std::function<void(Frame &, Sink)>;

// Compiles checked expressions into closures over a Snapshot's arrays. The
// explaining compiler (explain = true) adds observation records; the fast one
// has none, so bulk evaluation pays nothing for explanations.
class ExpressionCompiler final
{
public:
    ExpressionCompiler(const Policy &policy, const Snapshot &snapshot, bool explain);

    // Compile errors: the snapshot lacks a column the policy reads.
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void setExpression(const Expression *e) { m_expr = e; }
    Fn scalar(const Node &n);
    OptFn optional(const Node &n);
    Gen list(const Node &n);
    Fn table(const DecisionTable &t);

    // Definitions are compiled once in order; references read them memoised.
    void addDefinition(const Definition &d);

    // Renders a value of a type for explanations.
    QString render(const Type &type, bool present, std::int64_t value, Language language) const;
    // The text of a string value (an id of the snapshot's strings or of the policy's literals).
    QString stringText(std::int32_t id) const;

private:
    Fn scalarImpl(const Node &n);
    OptFn optionalImpl(const Node &n);
    Fn compare(const Node &n);
    Fn arithmetic(const Node &n);
    Fn call(const Node &n);
    Fn method(const Node &n);
    OptFn minMax(const Node &n);
    Fn stringConstant(const QString &text);
    const FeedTable *tableFor(const catalog::Feed *feed, SubjectKind kind);
    const ColumnArray *columnFor(const Type &recordType, const Node &field);
    void fail(const QString &message);

    const Policy &m_policy;
    const Snapshot &m_snapshot;
    bool m_explain;
    const Expression *m_expr = nullptr;
    int m_lambdaDepth = 0;
    QString m_error;
    struct CompiledDefinition
    {
        Fn scalar;
        OptFn optional;
        Gen list;
        Type type;
    };
    std::shared_ptr<std::vector<CompiledDefinition>> m_definitions;
    // Strings of the policy that the snapshot does not hold get negative ids.
    std::shared_ptr<QHash<QString, std::int32_t>> m_literals;
    std::shared_ptr<QHash<std::int32_t, QString>> m_literalTexts;
};

} // namespace mianshen::rules
