#include "rules/ExpressionCompiler.h"

#include "domain/Money.h"

#include <algorithm>

namespace mianshen::rules {

using NK = Node::Kind;
using Op = Node::Op;
using B = Type::Base;

namespace {

// a / b rounded half away from zero (b != 0).
inline std::int64_t roundDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    const std::int64_t r = a % b;
    const std::int64_t ar = r < 0 ? -r : r;
    const std::int64_t ab = b < 0 ? -b : b;
    if (ar >= ab - ar)
        q += ((a < 0) != (b < 0)) ? -1 : 1;
    return q;
}

inline bool mulOverflow(std::int64_t a, std::int64_t b, std::int64_t &out)
{
    return __builtin_mul_overflow(a, b, &out);
}

// Integers meet decimals in hundredths; beyond +-9.2e16 the scaled value
// saturates instead of overflowing (no undefined behaviour on any input).
inline std::int64_t mulSat(std::int64_t v, std::int64_t scale)
{
    std::int64_t out;
    if (__builtin_mul_overflow(v, scale, &out))
        return (v < 0) != (scale < 0) ? INT64_MIN : INT64_MAX;
    return out;
}

inline std::int32_t monthOfDay(std::int32_t day)
{
    int y, m, d;
    DayNumber::toCivil(day, y, m, d);
    return y * 12 + m - 1;
}

inline std::int32_t floorDiv12(std::int32_t m)
{
    return m >= 0 ? m / 12 : -((-m + 11) / 12);
}

inline std::int32_t firstDayOfMonth(std::int32_t m)
{
    const int y = floorDiv12(m);
    return DayNumber::fromCivil(y, m - y * 12 + 1, 1);
}

inline std::int32_t lastDayOfMonth(std::int32_t m)
{
    return firstDayOfMonth(m + 1) - 1;
}

} // namespace

ExpressionCompiler::ExpressionCompiler(const Policy &policy, const Snapshot &snapshot, bool explain)
    : m_policy(policy), m_snapshot(snapshot), m_explain(explain),
      m_definitions(std::make_shared<std::vector<CompiledDefinition>>()),
      m_literals(std::make_shared<QHash<QString, std::int32_t>>()),
      m_literalTexts(std::make_shared<QHash<std::int32_t, QString>>())
{
}

void ExpressionCompiler::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

const FeedTable *ExpressionCompiler::tableFor(const catalog::Feed *feed, SubjectKind kind)
{
    const FeedTable *t = feed ? m_snapshot.table(feed->name, kind) : nullptr;
    if (!t)
        fail(QStringLiteral("the snapshot does not hold the feed %1").arg(feed ? feed->name : QString()));
    return t;
}

const ColumnArray *ExpressionCompiler::columnFor(const Type &recordType, const Node &field)
{
    const FeedTable *t = tableFor(recordType.feed, recordType.kind);
    if (!t)
        return nullptr;
    const QString name = recordType.feed->columns[field.slot].name;
    const ColumnArray *c = t->column(name);
    if (!c)
        fail(QStringLiteral("the snapshot does not hold the column %1.%2").arg(recordType.feed->name, name));
    return c;
}

Fn ExpressionCompiler::stringConstant(const QString &text)
{
    std::int32_t id = m_snapshot.stringId(text);
    if (id < 0) {
        id = m_literals->value(text, 0);
        if (id == 0) {
            id = -1 - std::int32_t(m_literals->size());
            m_literals->insert(text, id);
            m_literalTexts->insert(id, text);
        }
    }
    return [id](Frame &) -> std::int64_t { return id; };
}

void ExpressionCompiler::addDefinition(const Definition &d)
{
    CompiledDefinition c;
    c.type = d.type;
    if (d.table) {
        c.scalar = table(*d.table);
    } else if (d.expr.root) {
        setExpression(&d.expr);
        if (d.type.base == B::List)
            c.list = list(*d.expr.root);
        else if (d.type.optional)
            c.optional = optional(*d.expr.root);
        else
            c.scalar = scalar(*d.expr.root);
    }
    m_definitions->push_back(std::move(c));
}

Fn ExpressionCompiler::scalar(const Node &n)
{
    Fn f = scalarImpl(n);
    if (!m_explain || m_lambdaDepth > 0 || !f)
        return f;
    // Record definitions and inputs as the values a rule looked at.
    if (n.kind == NK::Ident && (n.ref == Node::Ref::Definition || n.ref == Node::Ref::Input || n.ref == Node::Ref::Amount)) {
        const Expression *e = m_expr;
        return [f, &n, e](Frame &fr) {
            const std::int64_t v = f(fr);
            if (fr.observations) {
                Observation o;
                o.node = &n;
                o.expression = e;
                o.a = v;
                fr.observations->push_back(o);
            }
            return v;
        };
    }
    return f;
}

OptFn ExpressionCompiler::optional(const Node &n)
{
    if (!n.type.optional) {
        Fn f = scalar(n);
        return [f](Frame &fr, std::int64_t &v) {
            v = f(fr);
            return true;
        };
    }
    OptFn f = optionalImpl(n);
    if (!m_explain || m_lambdaDepth > 0 || !f || n.kind != NK::Ident)
        return f;
    const Expression *e = m_expr;
    return [f, &n, e](Frame &fr, std::int64_t &v) {
        const bool present = f(fr, v);
        if (fr.observations) {
            Observation o;
            o.node = &n;
            o.expression = e;
            o.presentA = present;
            o.a = present ? v : 0;
            fr.observations->push_back(o);
        }
        return present;
    };
}

OptFn ExpressionCompiler::optionalImpl(const Node &n)
{
    switch (n.kind) {
    case NK::Ident: {
        if (n.ref == Node::Ref::Definition) {
            const auto *defs = m_definitions.get(); // raw: the closures live in the vector (no shared_ptr cycle)
            const int i = n.slot;
            return [defs, i](Frame &f, std::int64_t &v) {
                if (f.defState[i] == 0) {
                    std::int64_t x = 0;
                    const bool p = (*defs)[std::size_t(i)].optional(f, x);
                    f.defValues[i] = x;
                    f.defState[i] = p ? 1 : 2;
                }
                v = f.defValues[i];
                return f.defState[i] == 1;
            };
        }
        if (n.ref == Node::Ref::Variable) {
            const int s = n.slot;
            return [s](Frame &f, std::int64_t &v) {
                v = f.vars[s];
                return v >= 0;
            };
        }
        break;
    }
    case NK::Field: {
        const Node &base = *n.kids[0];
        if (n.ref == Node::Ref::FollowReference) {
            const ColumnArray *c = columnFor(base.type, n);
            if (!c)
                return {};
            const std::int32_t *target = c->target.data();
            if (base.type.optional) {
                OptFn b = optional(base);
                return [b, target](Frame &f, std::int64_t &v) {
                    std::int64_t r;
                    if (!b(f, r))
                        return false;
                    v = target[r];
                    return v >= 0;
                };
            }
            Fn b = scalar(base);
            return [b, target](Frame &f, std::int64_t &v) {
                v = target[b(f)];
                return v >= 0;
            };
        }
        if (n.ref == Node::Ref::Column) {
            const ColumnArray *c = columnFor(base.type, n);
            if (!c)
                return {};
            OptFn b = optional(base);
            if (n.type.unregisteredAbsent) {
                // A registry field of the subject: absent without a registry row.
                const std::uint8_t *registered = m_snapshot.subjects(base.type.kind).registered.data();
                return [b, c, registered](Frame &f, std::int64_t &v) {
                    std::int64_t r;
                    if (!b(f, r) || !registered[r] || !c->present(std::int32_t(r)))
                        return false;
                    v = c->value(std::int32_t(r));
                    return true;
                };
            }
            return [b, c](Frame &f, std::int64_t &v) {
                std::int64_t r;
                if (!b(f, r) || !c->present(std::int32_t(r)))
                    return false;
                v = c->value(std::int32_t(r));
                return true;
            };
        }
        break;
    }
    case NK::Cond: {
        Fn c = scalar(*n.kids[0]);
        OptFn a = optional(*n.kids[1]);
        OptFn b = optional(*n.kids[2]);
        const bool scaleA = n.type.base == B::Decimal && n.kids[1]->type.base == B::Integer;
        const bool scaleB = n.type.base == B::Decimal && n.kids[2]->type.base == B::Integer;
        return [c, a, b, scaleA, scaleB](Frame &f, std::int64_t &v) {
            const bool which = c(f);
            const bool p = which ? a(f, v) : b(f, v);
            if (p && (which ? scaleA : scaleB))
                v = mulSat(v, 100);
            return p;
        };
    }
    case NK::Binary:
        if (n.op == Op::Coalesce) {
            // optional ?? optional
            OptFn a = optional(*n.kids[0]);
            OptFn b = optional(*n.kids[1]);
            const bool scaleA = n.type.base == B::Decimal && n.kids[0]->type.base == B::Integer;
            const bool scaleB = n.type.base == B::Decimal && n.kids[1]->type.base == B::Integer;
            return [a, b, scaleA, scaleB](Frame &f, std::int64_t &v) {
                if (a(f, v)) {
                    if (scaleA)
                        v = mulSat(v, 100);
                    return true;
                }
                if (b(f, v)) {
                    if (scaleB)
                        v = mulSat(v, 100);
                    return true;
                }
                return false;
            };
        }
        break;
    case NK::Method:
        if (n.name == u"min" || n.name == u"max")
            return minMax(n);
        break;
    default: break;
    }
    fail(QStringLiteral("internal: no optional form for this expression"));
    return {};
}

Fn ExpressionCompiler::scalarImpl(const Node &n)
{
    switch (n.kind) {
    case NK::IntLit:
    case NK::DecLit:
    case NK::BoolLit: {
        const std::int64_t v = n.value;
        return [v](Frame &) { return v; };
    }
    case NK::StrLit: return stringConstant(n.name);
    case NK::ListLit: fail(QStringLiteral("internal: list in scalar position")); return {};
    case NK::Ident:
        switch (n.ref) {
        case Node::Ref::Subject: return [](Frame &f) -> std::int64_t { return f.subject; };
        case Node::Ref::Period: return [](Frame &f) -> std::int64_t { return f.period; };
        case Node::Ref::Variable: {
            const int s = n.slot;
            return [s](Frame &f) { return f.vars[s]; };
        }
        case Node::Ref::Amount: return [](Frame &f) { return f.amount; };
        case Node::Ref::Input:
            switch (InputId(n.slot)) {
            case InputId::AwardedMonths: return [](Frame &f) -> std::int64_t { return f.inputs->awardedMonths; };
            case InputId::AwardedCount: return [](Frame &f) -> std::int64_t { return f.inputs->awardedCount; };
            case InputId::AwardedTotal: return [](Frame &f) { return f.inputs->awardedTotalFen; };
            case InputId::AwardedYearTotal: return [](Frame &f) { return f.inputs->awardedYearTotalFen; };
            default: break;
            }
            break;
        case Node::Ref::Definition: {
            const auto *defs = m_definitions.get(); // raw: the closures live in the vector (no shared_ptr cycle)
            const int i = n.slot;
            return [defs, i](Frame &f) {
                if (f.defState[i] == 0) {
                    f.defValues[i] = (*defs)[std::size_t(i)].scalar(f);
                    f.defState[i] = 1;
                }
                return f.defValues[i];
            };
        }
        default: break;
        }
        break;
    case NK::Field: {
        const Node &base = *n.kids[0];
        if (n.ref == Node::Ref::Registered) {
            const std::vector<std::uint8_t> *registered = &m_snapshot.subjects(base.type.kind).registered;
            Fn b = scalar(base);
            return [b, registered](Frame &f) -> std::int64_t {
                const std::int64_t s = b(f);
                return s >= 0 && std::size_t(s) < registered->size() && (*registered)[std::size_t(s)];
            };
        }
        if (n.ref != Node::Ref::Column || base.type.optional)
            break;
        const ColumnArray *c = columnFor(base.type, n);
        if (!c)
            return {};
        Fn b = scalar(base);
        switch (c->kind) {
        case ValueKind::Bool: {
            const std::uint8_t *p = c->u8.data();
            return [b, p](Frame &f) -> std::int64_t { return p[b(f)]; };
        }
        case ValueKind::Integer:
        case ValueKind::Money:
        case ValueKind::Decimal: {
            const std::int64_t *p = c->i64.data();
            return [b, p](Frame &f) { return p[b(f)]; };
        }
        default: {
            const std::int32_t *p = c->i32.data();
            return [b, p](Frame &f) -> std::int64_t { return p[b(f)]; };
        }
        }
    }
    case NK::Unary: {
        Fn a = scalar(*n.kids[0]);
        if (n.op == Op::Not)
            return [a](Frame &f) -> std::int64_t { return !a(f); };
        const Expression *e = m_expr;
        const Node *np = &n;
        return [a, e, np](Frame &f) -> std::int64_t {
            const std::int64_t v = a(f);
            if (v == INT64_MIN) {
                f.fail(e, *np);
                return 0;
            }
            return -v;
        };
    }
    case NK::Binary:
        switch (n.op) {
        case Op::And: {
            Fn a = scalar(*n.kids[0]), b = scalar(*n.kids[1]);
            return [a, b](Frame &f) -> std::int64_t { return a(f) && b(f); };
        }
        case Op::Or: {
            Fn a = scalar(*n.kids[0]), b = scalar(*n.kids[1]);
            return [a, b](Frame &f) -> std::int64_t { return a(f) || b(f); };
        }
        case Op::Coalesce: {
            OptFn a = optional(*n.kids[0]);
            Fn b = scalar(*n.kids[1]);
            const bool scaleA = n.type.base == B::Decimal && n.kids[0]->type.base == B::Integer;
            const bool scaleB = n.type.base == B::Decimal && n.kids[1]->type.base == B::Integer;
            return [a, b, scaleA, scaleB](Frame &f) -> std::int64_t {
                std::int64_t v;
                if (a(f, v))
                    return scaleA ? mulSat(v, 100) : v;
                return scaleB ? mulSat(b(f), 100) : b(f);
            };
        }
        case Op::Eq: case Op::Ne: case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: case Op::In:
            return compare(n);
        default:
            return arithmetic(n);
        }
    case NK::Cond: {
        Fn c = scalar(*n.kids[0]), a = scalar(*n.kids[1]), b = scalar(*n.kids[2]);
        const std::int64_t sa = n.type.base == B::Decimal && n.kids[1]->type.base == B::Integer ? 100 : 1;
        const std::int64_t sb = n.type.base == B::Decimal && n.kids[2]->type.base == B::Integer ? 100 : 1;
        return [c, a, b, sa, sb](Frame &f) { return c(f) ? mulSat(a(f), sa) : mulSat(b(f), sb); };
    }
    case NK::Call: return call(n);
    case NK::Method: return method(n);
    }
    fail(QStringLiteral("internal: no scalar form for this expression"));
    return {};
}

Fn ExpressionCompiler::compare(const Node &n)
{
    const Node &l = *n.kids[0];
    const Node &r = *n.kids[1];
    Fn a = scalar(l);
    if (!a)
        return {};
    const Op op = n.op;
    if (op == Op::In) {
        const std::int64_t sa = l.type.base == B::Integer && r.type.element == B::Decimal ? 100 : 1;
        if (r.kind == NK::ListLit) {
            std::vector<std::int64_t> values;
            Frame dummy;
            for (const auto &k : r.kids) {
                Fn kf = scalar(*k);
                std::int64_t v = kf ? kf(dummy) : 0;
                if (k->type.base == B::Integer && l.type.base == B::Decimal)
                    v = mulSat(v, 100);
                values.push_back(v);
            }
            Fn result = [a, values, sa](Frame &f) -> std::int64_t {
                const std::int64_t x = mulSat(a(f), sa);
                for (std::int64_t v : values)
                    if (v == x)
                        return 1;
                return 0;
            };
            if (!m_explain || m_lambdaDepth > 0)
                return result;
            const Expression *e = m_expr;
            const Node *np = &n;
            return [a, values, sa, e, np](Frame &f) -> std::int64_t {
                const std::int64_t x = mulSat(a(f), sa);
                bool found = std::find(values.begin(), values.end(), x) != values.end();
                if (f.observations) {
                    Observation o;
                    o.node = np;
                    o.expression = e;
                    o.what = Observation::What::Compare;
                    o.a = x;
                    o.result = found;
                    f.observations->push_back(o);
                }
                return found;
            };
        }
        Gen g = list(r);
        const std::int64_t sb = r.type.element == B::Integer && l.type.base == B::Decimal ? 100 : 1;
        return [a, g, sa, sb](Frame &f) -> std::int64_t {
            const std::int64_t x = mulSat(a(f), sa);
            bool found = false;
            g(f, [&](std::int64_t v) {
                if (mulSat(v, sb) == x) {
                    found = true;
                    return false;
                }
                return true;
            });
            return found;
        };
    }
    Fn b = scalar(r);
    if (!b)
        return {};
    const std::int64_t sa = l.type.base == B::Integer && r.type.base == B::Decimal ? 100 : 1;
    const std::int64_t sb = r.type.base == B::Integer && l.type.base == B::Decimal ? 100 : 1;
    auto cmp = [op](std::int64_t x, std::int64_t y) -> bool {
        switch (op) {
        case Op::Eq: return x == y;
        case Op::Ne: return x != y;
        case Op::Lt: return x < y;
        case Op::Le: return x <= y;
        case Op::Gt: return x > y;
        default: return x >= y;
        }
    };
    if (m_explain && m_lambdaDepth == 0) {
        const Expression *e = m_expr;
        const Node *np = &n;
        return [a, b, sa, sb, cmp, e, np](Frame &f) -> std::int64_t {
            const std::int64_t x = mulSat(a(f), sa), y = mulSat(b(f), sb);
            const bool result = cmp(x, y);
            if (f.observations) {
                Observation o;
                o.node = np;
                o.expression = e;
                o.what = Observation::What::Compare;
                o.a = x;
                o.b = y;
                o.result = result;
                f.observations->push_back(o);
            }
            return result;
        };
    }
    if (sa == 1 && sb == 1) {
        switch (op) {
        case Op::Eq: return [a, b](Frame &f) -> std::int64_t { return a(f) == b(f); };
        case Op::Ne: return [a, b](Frame &f) -> std::int64_t { return a(f) != b(f); };
        case Op::Lt: return [a, b](Frame &f) -> std::int64_t { return a(f) < b(f); };
        case Op::Le: return [a, b](Frame &f) -> std::int64_t { return a(f) <= b(f); };
        case Op::Gt: return [a, b](Frame &f) -> std::int64_t { return a(f) > b(f); };
        default: return [a, b](Frame &f) -> std::int64_t { return a(f) >= b(f); };
        }
    }
    return [a, b, sa, sb, cmp](Frame &f) -> std::int64_t { return cmp(mulSat(a(f), sa), mulSat(b(f), sb)); };
}

Fn ExpressionCompiler::arithmetic(const Node &n)
{
    const Node &l = *n.kids[0];
    const Node &r = *n.kids[1];
    Fn a = scalar(l), b = scalar(r);
    if (!a || !b)
        return {};
    const B lb = l.type.base, rb = r.type.base, out = n.type.base;
    const Expression *e = m_expr;
    const Node *np = &n;
    // Scale integers to hundredths when mixed with decimals (not for money).
    const std::int64_t sa = out == B::Decimal && lb == B::Integer ? 100 : 1;
    const std::int64_t sb = out == B::Decimal && rb == B::Integer ? 100 : 1;
    switch (n.op) {
    case Op::Add:
        return [a, b, sa, sb, e, np](Frame &f) -> std::int64_t {
            std::int64_t x, y, z;
            if (mulOverflow(a(f), sa, x) || mulOverflow(b(f), sb, y) || __builtin_add_overflow(x, y, &z)) {
                f.fail(e, *np);
                return 0;
            }
            return z;
        };
    case Op::Sub:
        return [a, b, sa, sb, e, np](Frame &f) -> std::int64_t {
            std::int64_t x, y, z;
            if (mulOverflow(a(f), sa, x) || mulOverflow(b(f), sb, y) || __builtin_sub_overflow(x, y, &z)) {
                f.fail(e, *np);
                return 0;
            }
            return z;
        };
    case Op::Mul: {
        // decimal*decimal and money*decimal divide the product by 100, rounding half away from zero
        const bool hundredths = (lb == B::Decimal || sa == 100) && (rb == B::Decimal || sb == 100)
            ? true
            : ((lb == B::Money && rb == B::Decimal) || (lb == B::Decimal && rb == B::Money));
        return [a, b, sa, sb, hundredths, e, np](Frame &f) -> std::int64_t {
            std::int64_t x, y, z;
            if (mulOverflow(a(f), sa, x) || mulOverflow(b(f), sb, y) || mulOverflow(x, y, z)) {
                f.fail(e, *np);
                return 0;
            }
            return hundredths ? roundDiv(z, 100) : z;
        };
    }
    case Op::Div: {
        // integer / integer: truncates toward zero. decimal / decimal and
        // money / decimal: exact hundredths, rounded half away from zero.
        // money / integer: rounded half away from zero to the fen.
        const bool rescale = rb == B::Decimal || sb == 100;
        const bool round = out != B::Integer;
        return [a, b, sa, sb, rescale, round, e, np](Frame &f) -> std::int64_t {
            std::int64_t x, y;
            if (mulOverflow(a(f), sa, x) || mulOverflow(b(f), sb, y) || y == 0) {
                f.fail(e, *np);
                return 0;
            }
            if (rescale && mulOverflow(x, 100, x)) {
                f.fail(e, *np);
                return 0;
            }
            if (x == INT64_MIN && y == -1) {
                f.fail(e, *np);
                return 0;
            }
            return round ? roundDiv(x, y) : x / y;
        };
    }
    case Op::Mod:
        return [a, b, e, np](Frame &f) -> std::int64_t {
            const std::int64_t x = a(f), y = b(f);
            if (y == 0 || (x == INT64_MIN && y == -1)) {
                f.fail(e, *np);
                return 0;
            }
            return x % y;
        };
    default: break;
    }
    fail(QStringLiteral("internal: unknown operator"));
    return {};
}

Fn ExpressionCompiler::call(const Node &n)
{
    const QString &name = n.name;
    if (name == u"has") {
        OptFn a = optional(*n.kids[0]);
        return [a](Frame &f) -> std::int64_t {
            std::int64_t v;
            return a(f, v);
        };
    }
    if (name == u"date" || name == u"month" || name == u"yuan") {
        const std::int64_t v = n.value;
        return [v](Frame &) { return v; };
    }
    if (name == u"starts_with" || name == u"contains") {
        Fn a = scalar(*n.kids[0]);
        const QString part = n.kids[1]->name;
        const Snapshot *s = &m_snapshot;
        auto texts = m_literalTexts;
        const bool prefix = name == u"starts_with";
        return [a, part, s, texts, prefix](Frame &f) -> std::int64_t {
            const std::int64_t id = a(f);
            const QString t = id >= 0 ? s->string(std::int32_t(id)) : texts->value(std::int32_t(id));
            return prefix ? t.startsWith(part) : t.contains(part);
        };
    }
    if (name == u"consecutive_months") {
        Gen g = list(*n.kids[0]);
        Fn end = scalar(*n.kids[1]);
        if (!g || !end)
            return {};
        return [g, end](Frame &f) -> std::int64_t {
            // Months are few per subject; sort them and count back from `end`.
            thread_local std::vector<std::int64_t> months;
            months.clear();
            g(f, [&](std::int64_t m) {
                months.push_back(m);
                return true;
            });
            std::sort(months.begin(), months.end());
            std::int64_t want = end(f);
            std::int64_t count = 0;
            auto it = std::upper_bound(months.begin(), months.end(), want);
            while (it != months.begin()) {
                --it;
                if (*it == want) {
                    ++count;
                    --want;
                } else if (*it < want) {
                    break;
                }
            }
            return count;
        };
    }
    Fn a = scalar(*n.kids[0]);
    Fn b = n.kids.size() > 1 ? scalar(*n.kids[1]) : Fn();
    if (!a || (n.kids.size() > 1 && !b))
        return {};
    const B at = n.kids[0]->type.base;
    if (name == u"age") {
        return [a, b](Frame &f) -> std::int64_t {
            int y1, m1, d1, y2, m2, d2;
            DayNumber::toCivil(std::int32_t(a(f)), y1, m1, d1);
            DayNumber::toCivil(std::int32_t(b(f)), y2, m2, d2);
            int years = y2 - y1;
            if (m2 < m1 || (m2 == m1 && d2 < d1))
                --years;
            return years;
        };
    }
    if (name == u"months_between") {
        if (at == B::Month)
            return [a, b](Frame &f) { return b(f) - a(f); };
        return [a, b](Frame &f) -> std::int64_t {
            int y1, m1, d1, y2, m2, d2;
            DayNumber::toCivil(std::int32_t(a(f)), y1, m1, d1);
            DayNumber::toCivil(std::int32_t(b(f)), y2, m2, d2);
            int months = (y2 * 12 + m2) - (y1 * 12 + m1);
            if (months > 0 && d2 < d1)
                --months;
            else if (months < 0 && d2 > d1)
                ++months;
            return months;
        };
    }
    if (name == u"days_between")
        return [a, b](Frame &f) { return b(f) - a(f); };
    const Expression *e = m_expr;
    const Node *np = &n;
    if (name == u"add_months") {
        if (at == B::Month)
            return [a, b, e, np](Frame &f) -> std::int64_t {
                const std::int64_t k = b(f);
                if (k > 120000 || k < -120000) {
                    f.fail(e, *np);
                    return 0;
                }
                return a(f) + k;
            };
        return [a, b, e, np](Frame &f) -> std::int64_t {
            const std::int64_t k = b(f);
            if (k > 120000 || k < -120000) {
                f.fail(e, *np);
                return 0;
            }
            int y, m, d;
            DayNumber::toCivil(std::int32_t(a(f)), y, m, d);
            const std::int32_t target = std::int32_t(y * 12 + m - 1 + k);
            const std::int32_t last = lastDayOfMonth(target);
            const std::int32_t day = firstDayOfMonth(target) + d - 1;
            return std::min(day, last);
        };
    }
    if (name == u"add_days")
        return [a, b, e, np](Frame &f) -> std::int64_t {
            const std::int64_t k = b(f);
            if (k > 3650000 || k < -3650000) {
                f.fail(e, *np);
                return 0;
            }
            return a(f) + k;
        };
    if (name == u"month_of")
        return [a](Frame &f) -> std::int64_t { return monthOfDay(std::int32_t(a(f))); };
    if (name == u"year_of") {
        if (at == B::Month)
            return [a](Frame &f) -> std::int64_t { return floorDiv12(std::int32_t(a(f))); };
        return [a](Frame &f) -> std::int64_t { return floorDiv12(monthOfDay(std::int32_t(a(f)))); };
    }
    if (name == u"first_day")
        return [a](Frame &f) -> std::int64_t { return firstDayOfMonth(std::int32_t(a(f))); };
    if (name == u"last_day")
        return [a](Frame &f) -> std::int64_t { return lastDayOfMonth(std::int32_t(a(f))); };
    if (name == u"min" || name == u"max") {
        const std::int64_t sa = n.type.base == B::Decimal && at == B::Integer ? 100 : 1;
        const std::int64_t sb = n.type.base == B::Decimal && n.kids[1]->type.base == B::Integer ? 100 : 1;
        if (name == u"min")
            return [a, b, sa, sb](Frame &f) { return std::min(mulSat(a(f), sa), mulSat(b(f), sb)); };
        return [a, b, sa, sb](Frame &f) { return std::max(mulSat(a(f), sa), mulSat(b(f), sb)); };
    }
    fail(QStringLiteral("internal: unknown function %1").arg(name));
    return {};
}

Gen ExpressionCompiler::list(const Node &n)
{
    if (n.kind == NK::ListLit) {
        std::vector<std::int64_t> values;
        Frame dummy;
        for (const auto &k : n.kids) {
            Fn kf = scalar(*k);
            std::int64_t v = kf ? kf(dummy) : 0;
            if (k->type.base == B::Integer && n.type.element == B::Decimal)
                v = mulSat(v, 100);
            values.push_back(v);
        }
        return [values](Frame &, Sink sink) {
            for (std::int64_t v : values)
                if (!sink(v))
                    return;
        };
    }
    if (n.kind == NK::Ident && n.ref == Node::Ref::Definition) {
        const auto *defs = m_definitions.get(); // raw: the closures live in the vector (no shared_ptr cycle)
        const int i = n.slot;
        return [defs, i](Frame &f, Sink sink) { (*defs)[std::size_t(i)].list(f, sink); };
    }
    if (n.kind == NK::Field && n.ref == Node::Ref::SubjectList) {
        const FeedTable *t = tableFor(n.type.feed, n.type.kind);
        if (!t)
            return {};
        const std::int32_t *offsets = t->offsets.data();
        const Node &base = *n.kids[0];
        if (base.type.optional) {
            OptFn b = optional(base);
            return [b, offsets](Frame &f, Sink sink) {
                std::int64_t s;
                if (!b(f, s))
                    return;
                for (std::int32_t r = offsets[s], end = offsets[s + 1]; r < end; ++r)
                    if (!sink(r))
                        return;
            };
        }
        Fn b = scalar(base);
        return [b, offsets](Frame &f, Sink sink) {
            const std::int64_t s = b(f);
            for (std::int32_t r = offsets[s], end = offsets[s + 1]; r < end; ++r)
                if (!sink(r))
                    return;
        };
    }
    if (n.kind == NK::Method && n.name == u"distinct" && !n.lambda) {
        Gen g = list(*n.kids[0]);
        if (!g)
            return {};
        // A subject's list is short: a linear search beats a hash set.
        return [g](Frame &f, Sink sink) {
            std::vector<std::int64_t> seen;
            g(f, [&](std::int64_t v) {
                if (std::find(seen.begin(), seen.end(), v) != seen.end())
                    return true;
                seen.push_back(v);
                return sink(v);
            });
        };
    }
    if (n.kind == NK::Method && (n.name == u"filter" || n.name == u"map")) {
        Gen g = list(*n.kids[0]);
        const int slot = n.slot;
        ++m_lambdaDepth;
        Fn body = scalar(*n.kids[2]);
        --m_lambdaDepth;
        if (!g || !body)
            return {};
        if (n.name == u"filter")
            return [g, body, slot](Frame &f, Sink sink) {
                g(f, [&](std::int64_t v) {
                    f.vars[slot] = v;
                    if (body(f))
                        return sink(v);
                    return true;
                });
            };
        return [g, body, slot](Frame &f, Sink sink) {
            g(f, [&](std::int64_t v) {
                f.vars[slot] = v;
                return sink(body(f));
            });
        };
    }
    if (n.kind == NK::Cond) {
        Fn c = scalar(*n.kids[0]);
        Gen a = list(*n.kids[1]), b = list(*n.kids[2]);
        return [c, a, b](Frame &f, Sink sink) {
            if (c(f))
                a(f, sink);
            else
                b(f, sink);
        };
    }
    fail(QStringLiteral("internal: no list form for this expression"));
    return {};
}

Fn ExpressionCompiler::method(const Node &n)
{
    const QString &m = n.name;
    Gen g = list(*n.kids[0]);
    if (!g)
        return {};
    const Expression *e = m_expr;
    const Node *np = &n;
    Fn result;
    if (!n.lambda) {
        if (m == u"count" || m == u"size") {
            result = [g](Frame &f) -> std::int64_t {
                std::int64_t c = 0;
                g(f, [&](std::int64_t) {
                    ++c;
                    return true;
                });
                return c;
            };
        } else if (m == u"sum") {
            result = [g, e, np](Frame &f) -> std::int64_t {
                std::int64_t s = 0;
                g(f, [&](std::int64_t v) {
                    if (__builtin_add_overflow(s, v, &s)) {
                        f.fail(e, *np);
                        return false;
                    }
                    return true;
                });
                return s;
            };
        }
    } else {
        const int slot = n.slot;
        ++m_lambdaDepth;
        Fn body = scalar(*n.kids[2]);
        --m_lambdaDepth;
        if (!body)
            return {};
        if (m == u"exists") {
            result = [g, body, slot](Frame &f) -> std::int64_t {
                bool found = false;
                g(f, [&](std::int64_t v) {
                    f.vars[slot] = v;
                    if (body(f)) {
                        found = true;
                        return false;
                    }
                    return true;
                });
                return found;
            };
        } else if (m == u"all") {
            result = [g, body, slot](Frame &f) -> std::int64_t {
                bool all = true;
                g(f, [&](std::int64_t v) {
                    f.vars[slot] = v;
                    if (!body(f)) {
                        all = false;
                        return false;
                    }
                    return true;
                });
                return all;
            };
        } else if (m == u"count") {
            result = [g, body, slot](Frame &f) -> std::int64_t {
                std::int64_t c = 0;
                g(f, [&](std::int64_t v) {
                    f.vars[slot] = v;
                    c += body(f) ? 1 : 0;
                    return true;
                });
                return c;
            };
        } else if (m == u"sum") {
            result = [g, body, slot, e, np](Frame &f) -> std::int64_t {
                std::int64_t s = 0;
                g(f, [&](std::int64_t v) {
                    f.vars[slot] = v;
                    if (__builtin_add_overflow(s, body(f), &s)) {
                        f.fail(e, *np);
                        return false;
                    }
                    return true;
                });
                return s;
            };
        }
    }
    if (!result) {
        fail(QStringLiteral("internal: unknown method %1").arg(m));
        return {};
    }
    if (!m_explain || m_lambdaDepth > 0)
        return result;
    return [result, e, np](Frame &f) {
        const std::int64_t v = result(f);
        if (f.observations) {
            Observation o;
            o.node = np;
            o.expression = e;
            o.a = v;
            f.observations->push_back(o);
        }
        return v;
    };
}

OptFn ExpressionCompiler::minMax(const Node &n)
{
    Gen g = list(*n.kids[0]);
    const bool isMax = n.name == u"max";
    Fn body;
    const int slot = n.slot;
    if (n.lambda) {
        ++m_lambdaDepth;
        body = scalar(*n.kids[2]);
        --m_lambdaDepth;
        if (!body)
            return {};
    }
    if (!g)
        return {};
    OptFn result = [g, body, slot, isMax](Frame &f, std::int64_t &out) {
        bool any = false;
        std::int64_t best = 0;
        g(f, [&](std::int64_t v) {
            if (body) {
                f.vars[slot] = v;
                v = body(f);
            }
            if (!any || (isMax ? v > best : v < best))
                best = v;
            any = true;
            return true;
        });
        out = best;
        return any;
    };
    if (!m_explain || m_lambdaDepth > 0)
        return result;
    const Expression *e = m_expr;
    const Node *np = &n;
    return [result, e, np](Frame &f, std::int64_t &out) {
        const bool p = result(f, out);
        if (f.observations) {
            Observation o;
            o.node = np;
            o.expression = e;
            o.presentA = p;
            o.a = p ? out : 0;
            f.observations->push_back(o);
        }
        return p;
    };
}

Fn ExpressionCompiler::table(const DecisionTable &t)
{
    struct CompiledCell
    {
        TableCell::Kind kind;
        Op op;
        std::vector<std::int64_t> values;
    };
    std::vector<Fn> inputs;
    std::vector<B> inputTypes;
    for (const auto &in : t.inputs) {
        setExpression(&in.expr);
        inputs.push_back(in.expr.root ? scalar(*in.expr.root) : Fn());
        inputTypes.push_back(in.expr.type.base);
        if (!inputs.back())
            return {};
    }
    // Cells hold constants: evaluate them once (scaling integers to decimals
    // when the input is a decimal and the other way round).
    std::vector<std::vector<CompiledCell>> cells;
    std::vector<Fn> outputs;
    Frame dummy;
    const B outType = t.outputType.base;
    bool anyDecimalCell = false;
    for (const TableRule &r : t.rules) {
        std::vector<CompiledCell> row;
        for (std::size_t i = 0; i < r.cells.size(); ++i) {
            const TableCell &c = r.cells[i];
            CompiledCell cc{c.kind, c.op, {}};
            for (const Expression &v : c.values) {
                setExpression(&v);
                Fn vf = v.root ? scalar(*v.root) : Fn();
                std::int64_t x = vf ? vf(dummy) : 0;
                if (v.type.base == B::Decimal)
                    anyDecimalCell = true;
                cc.values.push_back(x);
                if (inputTypes[i] == B::Decimal && v.type.base == B::Integer)
                    cc.values.back() = mulSat(x, 100);
                else if (inputTypes[i] == B::Integer && v.type.base == B::Decimal)
                    cc.values.back() = x; // compared against input*100 below
            }
            row.push_back(std::move(cc));
        }
        cells.push_back(std::move(row));
        setExpression(&r.output);
        Fn o = r.output.root ? scalar(*r.output.root) : Fn();
        const std::int64_t scale = outType == B::Decimal && r.output.type.base == B::Integer ? 100 : 1;
        outputs.push_back(scale == 1 ? o : Fn([o](Frame &f) { return mulSat(o(f), 100); }));
    }
    // Integer inputs compared with decimal cells: compare in hundredths.
    std::vector<std::int64_t> inputScale(inputs.size(), 1);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (inputTypes[i] != B::Integer)
            continue;
        for (const TableRule &r : t.rules)
            for (const Expression &v : r.cells[i].values)
                if (v.type.base == B::Decimal)
                    inputScale[i] = 100;
    }
    if (anyDecimalCell) {
        for (std::size_t ri = 0; ri < t.rules.size(); ++ri)
            for (std::size_t i = 0; i < inputs.size(); ++i)
                if (inputScale[i] == 100)
                    for (std::size_t k = 0; k < t.rules[ri].cells[i].values.size(); ++k)
                        if (t.rules[ri].cells[i].values[k].type.base == B::Integer)
                            cells[ri][i].values[k] = mulSat(cells[ri][i].values[k], 100);
    }
    Fn defaultValue;
    if (t.defaultValue && t.defaultValue->root) {
        setExpression(&*t.defaultValue);
        defaultValue = scalar(*t.defaultValue->root);
    }
    const DecisionTable::Hit hit = t.hit;
    const DecisionTable *tp = &t;
    const bool explain = m_explain;
    const Expression *e = m_expr;
    return [inputs, inputScale, cells, outputs, defaultValue, hit, tp, explain, e](Frame &f) -> std::int64_t {
        std::int64_t values[16];
        const std::size_t n = std::min<std::size_t>(inputs.size(), 16);
        for (std::size_t i = 0; i < n; ++i)
            values[i] = mulSat(inputs[i](f), inputScale[i]);
        bool any = false;
        std::int64_t acc = 0;
        for (std::size_t r = 0; r < cells.size(); ++r) {
            bool match = true;
            for (std::size_t i = 0; i < n && match; ++i) {
                const auto &c = cells[r][i];
                const std::int64_t x = values[i];
                switch (c.kind) {
                case TableCell::Kind::Any: break;
                case TableCell::Kind::Values:
                    match = std::find(c.values.begin(), c.values.end(), x) != c.values.end();
                    break;
                case TableCell::Kind::Range: match = x >= c.values[0] && x <= c.values[1]; break;
                case TableCell::Kind::Compare:
                    switch (c.op) {
                    case Op::Lt: match = x < c.values[0]; break;
                    case Op::Le: match = x <= c.values[0]; break;
                    case Op::Gt: match = x > c.values[0]; break;
                    case Op::Ge: match = x >= c.values[0]; break;
                    default: match = x != c.values[0]; break;
                    }
                    break;
                }
            }
            if (!match)
                continue;
            const std::int64_t v = outputs[r](f);
            if (explain && f.observations) {
                Observation o;
                o.what = Observation::What::TableHit;
                o.table = tp;
                o.expression = e;
                o.rule = int(r);
                o.a = v;
                f.observations->push_back(o);
            }
            if (hit == DecisionTable::Hit::First)
                return v;
            if (hit == DecisionTable::Hit::CollectSum) {
                if (__builtin_add_overflow(acc, v, &acc)) {
                    f.failed = true;
                    return 0;
                }
            } else if (!any || v > acc) {
                acc = v;
            }
            any = true;
        }
        if (any)
            return acc;
        if (explain && f.observations) {
            Observation o;
            o.what = Observation::What::TableMiss;
            o.table = tp;
            o.expression = e;
            f.observations->push_back(o);
        }
        return defaultValue ? defaultValue(f) : 0;
    };
}

QString ExpressionCompiler::stringText(std::int32_t id) const
{
    if (id >= 0 && id < m_snapshot.stringCount())
        return m_snapshot.string(id);
    return m_literalTexts->value(id);
}

QString ExpressionCompiler::render(const Type &type, bool present, std::int64_t v, Language language) const
{
    const bool zh = language == Language::Zh;
    if (!present)
        return zh ? QStringLiteral("（无）") : QStringLiteral("(none)");
    switch (type.base) {
    case B::Bool: return v ? (zh ? QStringLiteral("是") : QStringLiteral("true")) : (zh ? QStringLiteral("否") : QStringLiteral("false"));
    case B::Integer: return QString::number(v);
    case B::Money: return domain::Money::fromFen(v).toDisplayString();
    case B::Decimal: {
        const std::int64_t a = v < 0 ? -v : v;
        return (v < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) + u'.'
            + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    }
    case B::String: {
        const std::int32_t id = std::int32_t(v);
        if (id >= 0 && id < m_snapshot.stringCount())
            return u'\'' + m_snapshot.string(id) + u'\'';
        return u'\'' + m_literalTexts->value(id) + u'\'';
    }
    case B::Date: return DayNumber::toString(std::int32_t(v));
    case B::Month: return monthIndexToString(std::int32_t(v));
    case B::Record: return zh ? QStringLiteral("（记录）") : QStringLiteral("(record)");
    case B::List: return zh ? QStringLiteral("（列表）") : QStringLiteral("(list)");
    case B::Error: break;
    }
    return {};
}

} // namespace mianshen::rules
