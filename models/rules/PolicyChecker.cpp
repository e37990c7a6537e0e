#include "rules/PolicyChecker.h"

#include "rules/PolicyTestRunner.h"

#include "domain/Money.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mianshen::rules {

using NK = Node::Kind;
using Op = Node::Op;
using B = Type::Base;

namespace {

constexpr long double Inf = std::numeric_limits<long double>::infinity();

struct Interval
{
    long double lo = -Inf;
    long double hi = Inf;
    bool known() const { return lo == hi; }
    static Interval any() { return {}; }
    static Interval exactly(long double v) { return {v, v}; }
    static Interval join(Interval a, Interval b) { return {std::min(a.lo, b.lo), std::max(a.hi, b.hi)}; }
};

std::int64_t sat100(std::int64_t v)
{
    std::int64_t out;
    if (__builtin_mul_overflow(v, 100, &out))
        return v < 0 ? INT64_MIN : INT64_MAX;
    return out;
}

long double mulBound(long double a, long double b)
{
    if (a == 0 || b == 0)
        return 0;
    return a * b;
}

class Analyzer
{
public:
    explicit Analyzer(const Policy &p) : policy(p) {}

    std::vector<Interval> definitions;
    Interval amount{1, Inf};   // the amount as flags see it (positive, within the amount's bounds)
    const Policy &policy;

    Interval tableRange(const DecisionTable &t);
    Interval range(const Node &n);
private:
    static long double scaled(const Node &from, const Node &other, long double v)
    {
        // integers meet decimals in hundredths
        if (from.type.base == B::Integer && other.type.base == B::Decimal)
            return v * 100;
        return v;
    }
    Interval scaledRange(const Node &n, const Node &other);
    Interval binary(const Node &n);
    Interval call(const Node &n);
    Interval method(const Node &n);
};

Interval Analyzer::tableRange(const DecisionTable &t)
{
    Interval r{Inf, -Inf};
    for (const TableRule &rule : t.rules)
        if (rule.output.root)
            r = Interval::join(r, range(*rule.output.root));
    if (t.defaultValue && t.defaultValue->root)
        r = Interval::join(r, range(*t.defaultValue->root));
    else
        r = Interval::join(r, Interval::exactly(0));
    if (t.hit == DecisionTable::Hit::CollectSum && r.lo < Inf) {
        // the sum of any subset of the outputs
        long double lo = 0, hi = 0;
        for (const TableRule &rule : t.rules) {
            const Interval o = rule.output.root ? range(*rule.output.root) : Interval::any();
            lo += std::min<long double>(0, o.lo);
            hi += std::max<long double>(0, o.hi);
        }
        r = Interval::join(r, {lo, hi});
    }
    return r;
}

Interval Analyzer::range(const Node &n)
{
    switch (n.kind) {
    case NK::IntLit:
    case NK::DecLit:
    case NK::BoolLit: return Interval::exactly(n.value);
    case NK::StrLit:
    case NK::ListLit: return Interval::any();
    case NK::Ident:
        switch (n.ref) {
        case Node::Ref::Definition:
            return n.slot < int(definitions.size()) ? definitions[std::size_t(n.slot)] : Interval::any();
        case Node::Ref::Input: return {0, Inf};
        case Node::Ref::Amount: return amount; // flags run only for positive amounts
        default: return Interval::any();
        }
    case NK::Field:
        if (n.ref == Node::Ref::Registered)
            return {0, 1};
        if (n.ref == Node::Ref::Column && n.type.base == B::Integer && n.type.hasRange)
            return {static_cast<long double>(n.type.minValue), static_cast<long double>(n.type.maxValue)};
        if (n.ref == Node::Ref::Column && (n.type.base == B::Money || n.type.base == B::Decimal)) {
            const catalog::Feed *feed = n.kids[0]->type.feed;
            if (feed && n.slot >= 0 && n.slot < feed->columns.size() && !feed->columns[n.slot].negativeAllowed)
                return {0, Inf};
        }
        if (n.ref == Node::Ref::Column && n.type.base == B::Bool)
            return {0, 1};
        return Interval::any();
    case NK::Unary: {
        const Interval a = range(*n.kids[0]);
        if (n.op == Op::Not)
            return {1 - a.hi, 1 - a.lo};
        return {-a.hi, -a.lo};
    }
    case NK::Cond: {
        const Interval c = range(*n.kids[0]);
        if (c.lo == 1)
            return range(*n.kids[1]);
        if (c.hi == 0)
            return range(*n.kids[2]);
        return Interval::join(range(*n.kids[1]), range(*n.kids[2]));
    }
    case NK::Binary: return binary(n);
    case NK::Call: return call(n);
    case NK::Method: return method(n);
    }
    return Interval::any();
}

Interval Analyzer::scaledRange(const Node &n, const Node &other)
{
    Interval r = range(n);
    return {scaled(n, other, r.lo), scaled(n, other, r.hi)};
}

Interval Analyzer::binary(const Node &n)
{
    const Node &l = *n.kids[0];
    const Node &r = *n.kids[1];
    switch (n.op) {
    case Op::And: {
        const Interval a = range(l), b = range(r);
        return {std::min(a.lo, b.lo), std::min(a.hi, b.hi)};
    }
    case Op::Or: {
        const Interval a = range(l), b = range(r);
        return {std::max(a.lo, b.lo), std::max(a.hi, b.hi)};
    }
    case Op::Eq:
    case Op::Ne: {
        bool known = false, equal = false;
        if (l.kind == NK::StrLit && r.kind == NK::StrLit) {
            known = true;
            equal = l.name == r.name;
        } else if (l.type.base != B::String && r.type.base != B::String) {
            const Interval a = scaledRange(l, r), b = scaledRange(r, l);
            if (a.known() && b.known()) {
                known = true;
                equal = a.lo == b.lo;
            } else if (a.hi < b.lo || b.hi < a.lo) {
                known = true;
                equal = false;
            }
        }
        if (!known)
            return {0, 1};
        const bool v = n.op == Op::Eq ? equal : !equal;
        return Interval::exactly(v ? 1 : 0);
    }
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: {
        Interval a = scaledRange(l, r), b = scaledRange(r, l);
        if (n.op == Op::Gt || n.op == Op::Ge)
            std::swap(a, b); // now: a < b  or  a <= b
        const bool strict = n.op == Op::Lt || n.op == Op::Gt;
        if (strict ? a.hi < b.lo : a.hi <= b.lo)
            return Interval::exactly(1);
        if (strict ? a.lo >= b.hi : a.lo > b.hi)
            return Interval::exactly(0);
        return {0, 1};
    }
    case Op::In: return {0, 1};
    case Op::Coalesce: return Interval::join(scaledRange(l, n), scaledRange(r, n));
    case Op::Add: {
        const Interval a = scaledRange(l, n), b = scaledRange(r, n);
        return {a.lo + b.lo, a.hi + b.hi};
    }
    case Op::Sub: {
        const Interval a = scaledRange(l, n), b = scaledRange(r, n);
        return {a.lo - b.hi, a.hi - b.lo};
    }
    case Op::Mul: {
        const Interval a = range(l), b = range(r);
        const long double c[] = {mulBound(a.lo, b.lo), mulBound(a.lo, b.hi), mulBound(a.hi, b.lo), mulBound(a.hi, b.hi)};
        Interval out{*std::min_element(c, c + 4), *std::max_element(c, c + 4)};
        if (std::isnan(out.lo) || std::isnan(out.hi))
            return Interval::any();
        // money x decimal and decimal x decimal are in hundredths x
        // hundredths: the value is a hundredth of the product, rounded to
        // the last place (half away from zero), so widen by one.
        const bool hundredths = (l.type.base == B::Decimal && r.type.base != B::Integer)
            || (r.type.base == B::Decimal && l.type.base != B::Integer);
        if (hundredths)
            out = {out.lo / 100 - 1, out.hi / 100 + 1};
        return out;
    }
    case Op::Div: {
        // A decimal divisor is in hundredths: the quotient is a * 100 / b
        // (the left side in the result's unit); rounding: widen by one.
        const Interval a = scaledRange(l, r), b = range(r);
        const long double s = r.type.base == B::Decimal ? 100 : 1;
        if (b.lo > 0 && a.lo >= 0)
            return {0, a.hi * s / b.lo + 1};
        if (b.lo > 0 && a.hi <= 0)
            return {a.lo * s / b.lo - 1, 0};
        return Interval::any();
    }
    case Op::Mod: {
        const Interval a = range(l);
        if (a.lo >= 0)
            return {0, a.hi};
        return Interval::any();
    }
    default: return Interval::any();
    }
}

Interval Analyzer::call(const Node &n)
{
    const QString &f = n.name;
    if (f == u"yuan" || f == u"date" || f == u"month")
        return Interval::exactly(n.value);
    if (f == u"has" || f == u"starts_with" || f == u"contains")
        return {0, 1};
    if (f == u"age")
        return Interval::any();
    if (f == u"consecutive_months")
        return {0, Inf};
    if (f == u"min" || f == u"max") {
        const Interval a = scaledRange(*n.kids[0], n), b = scaledRange(*n.kids[1], n);
        if (f == u"min")
            return {std::min(a.lo, b.lo), std::min(a.hi, b.hi)};
        return {std::max(a.lo, b.lo), std::max(a.hi, b.hi)};
    }
    return Interval::any();
}

Interval Analyzer::method(const Node &n)
{
    const QString &m = n.name;
    if (m == u"count" || m == u"size")
        return {0, Inf};
    if (m == u"exists" || m == u"all") {
        if (n.lambda) {
            const Interval body = range(*n.kids[2]);
            if (body.hi == 0)
                return Interval::exactly(m == u"exists" ? 0 : 1 /* all of nothing-true holds only when empty */);
        }
        if (m == u"all" && n.lambda) {
            const Interval body = range(*n.kids[2]);
            if (body.lo == 1)
                return Interval::exactly(1);
            return {0, 1};
        }
        return {0, 1};
    }
    if (m == u"sum") {
        const Interval body = n.lambda ? range(*n.kids[2]) : Interval::any();
        if (body.lo >= 0)
            return {0, Inf};
        if (body.hi <= 0)
            return {-Inf, 0};
        return Interval::any();
    }
    if ((m == u"min" || m == u"max") && n.lambda)
        return range(*n.kids[2]);
    return Interval::any();
}

bool usesAmount(const Node &n)
{
    if (n.kind == NK::Ident && n.ref == Node::Ref::Amount)
        return true;
    for (const auto &k : n.kids)
        if (usesAmount(*k))
            return true;
    return false;
}

struct Atom
{
    std::int64_t value;
    QString text;
};

// The representative values of one input of a decision table: its string
// values (and "other"), true/false, or the numbers at and next to every
// boundary the rules name, within the input's bounds; "*" when every rule
// takes any value.
std::vector<Atom> inputAtoms(Analyzer &a, const DecisionTable &t, std::size_t i)
{
    const Type &it = t.inputs[i].expr.type;
    std::vector<Atom> list;
    std::vector<std::int64_t> points;
    QStringList strings;
    bool onlyAny = true;
    for (const TableRule &r : t.rules) {
        if (i >= r.cells.size())
            continue;
        const TableCell &c = r.cells[i];
        if (c.kind != TableCell::Kind::Any)
            onlyAny = false;
        for (const Expression &v : c.values) {
            if (!v.root)
                continue;
            if (v.root->kind == NK::StrLit) {
                if (!strings.contains(v.root->name))
                    strings << v.root->name;
            } else {
                std::int64_t x = v.root->kind == NK::Call ? v.root->value : v.root->value;
                if (it.base == B::Decimal && v.type.base == B::Integer)
                    x = sat100(x);
                points.push_back(x);
            }
        }
    }
    if (onlyAny) {
        list.push_back({0, QStringLiteral("*")});
    } else if (it.base == B::String) {
        QStringList values = it.domain && it.domain->size() > 1 ? *it.domain : strings;
        for (const QString &s : values)
            list.push_back({0, u'\'' + s + u'\''});
        if (!(it.domain && it.domain->size() > 1))
            list.push_back({0, QStringLiteral("(other)")});
    } else if (it.base == B::Bool) {
        list.push_back({1, QStringLiteral("true")});
        list.push_back({0, QStringLiteral("false")});
    } else {
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        Interval bounds = a.range(*t.inputs[i].expr.root);
        std::vector<std::int64_t> reps;
        for (std::size_t k = 0; k < points.size(); ++k) {
            reps.push_back(points[k]);
            if (k + 1 < points.size() && points[k + 1] > points[k] + 1) // points[k] < points[k+1]: no overflow
                reps.push_back(points[k] + 1);
        }
        if (!points.empty()) {
            if (points.front() > INT64_MIN)
                reps.push_back(points.front() - 1);
            if (points.back() < INT64_MAX)
                reps.push_back(points.back() + 1);
        }
        for (std::int64_t v : reps)
            if (v >= bounds.lo && v <= bounds.hi)
                list.push_back({v, QString()});
        std::sort(list.begin(), list.end(), [](const Atom &x, const Atom &y) { return x.value < y.value; });
        for (Atom &atom : list) {
            if (it.base == B::Decimal)
                atom.text = QString::number(static_cast<double>(atom.value) / 100.0, 'f', 2);
            else if (it.base == B::Money)
                atom.text = domain::Money::fromFen(atom.value).toYuanString();
            else if (it.base == B::Date)
                atom.text = DayNumber::toString(std::int32_t(atom.value));
            else if (it.base == B::Month)
                atom.text = monthIndexToString(std::int32_t(atom.value));
            else
                atom.text = QString::number(atom.value);
        }
        if (list.empty())
            list.push_back({0, QStringLiteral("*")});
    }
    return list;
}

bool cellMatches(const TableCell &c, const Atom &atom, const Type &it)
{
    if (c.kind == TableCell::Kind::Any)
        return true;
    if (atom.text == u"*")
        return true;
    if (it.base == B::String) {
        for (const Expression &v : c.values)
            if (v.root && u'\'' + v.root->name + u'\'' == atom.text)
                return c.kind == TableCell::Kind::Values || (c.kind == TableCell::Kind::Compare && c.op != Op::Ne);
        return c.kind == TableCell::Kind::Compare && c.op == Op::Ne;
    }
    std::vector<std::int64_t> vs;
    for (const Expression &v : c.values) {
        std::int64_t x = v.root ? v.root->value : 0;
        if (it.base == B::Decimal && v.type.base == B::Integer)
            x = sat100(x);
        vs.push_back(x);
    }
    const std::int64_t x = atom.value;
    switch (c.kind) {
    case TableCell::Kind::Values: return std::find(vs.begin(), vs.end(), x) != vs.end();
    case TableCell::Kind::Range: return vs.size() == 2 && x >= vs[0] && x <= vs[1];
    case TableCell::Kind::Compare:
        switch (c.op) {
        case Op::Lt: return x < vs[0];
        case Op::Le: return x <= vs[0];
        case Op::Gt: return x > vs[0];
        case Op::Ge: return x >= vs[0];
        default: return x != vs[0];
        }
    default: return true;
    }
}

// The checks of one policy, each a step of PolicyChecker::check.
class Checks final
{
public:
    Checks(const catalog::FeedCatalog &catalog, const Policy &policy, Diagnostics &diagnostics)
        : m_catalog(catalog), m_policy(policy), m_diagnostics(diagnostics), a(policy)
    {
    }

    void analyze();
    void checkRules(const std::vector<Rule> &rules, const char *kindZh, const char *kindEn, bool isFlag, bool isExclusion);
    void checkNegativeAmount();
    void checkTable(const DecisionTable &t, const QString &name);
    void checkTestCoverage();

private:
    void report(Severity severity, int offset, int length, const QString &code, const QString &zh, const QString &en)
    {
        Diagnostic d;
        d.severity = severity;
        d.file = m_policy.file;
        const auto lc = lineColumn(m_policy.source, offset);
        d.line = lc.first;
        d.column = lc.second;
        d.length = length;
        d.code = code;
        d.message = Text{zh, en};
        m_diagnostics.add(std::move(d));
    }
    static QString yuanText(long double fen) { return domain::Money::fromFen(std::int64_t(fen)).toDisplayString(); }

    const catalog::FeedCatalog &m_catalog;
    const Policy &m_policy;
    Diagnostics &m_diagnostics;
    Analyzer a;
    Interval amountRange = Interval::any();
};

// The ranges of the definitions and of the amount.
void Checks::analyze()
{
    const Policy &policy = m_policy;
    for (const Definition &d : policy.definitions) {
        Interval r = Interval::any();
        if (d.table)
            r = a.tableRange(*d.table);
        else if (d.expr.root && !d.type.optional && d.type.isScalar())
            r = a.range(*d.expr.root);
        a.definitions.push_back(r);
    }
    // The amount's bounds (flags see only positive amounts).
    if (policy.amount.table)
        amountRange = a.tableRange(*policy.amount.table);
    else if (policy.amount.expr.root)
        amountRange = a.range(*policy.amount.expr.root);
    a.amount = {std::max<long double>(1, amountRange.lo), amountRange.hi};
}

// Conditions, exclusions and flags that can never hold or always hold.
void Checks::checkRules(const std::vector<Rule> &rules, const char *kindZh, const char *kindEn, bool isFlag, bool isExclusion)
{
    for (const Rule &r : rules) {
        if (!r.expr.root)
            continue;
        const Interval v = a.range(*r.expr.root);
        const int offset = r.expr.offsetOf(r.expr.root->pos);
        const int length = r.expr.root->len;
        if (v.hi == 0) {
            // a condition that can never hold means nobody qualifies
            const bool fatal = !isFlag && !isExclusion;
            // Say the amount's bounds when they decide it.
            QString zhBounds, enBounds;
            if (isFlag && usesAmount(*r.expr.root) && std::isfinite(static_cast<double>(a.amount.hi))) {
                zhBounds = QStringLiteral("（金额在 %1 至 %2 之间）").arg(yuanText(a.amount.lo), yuanText(a.amount.hi));
                enBounds = QStringLiteral(" (the amount is between %1 and %2)").arg(yuanText(a.amount.lo), yuanText(a.amount.hi));
            }
            report(fatal ? Severity::Error : Severity::Warning, offset, length, isFlag ? QStringLiteral("flag-never") : QStringLiteral("never-true"),
                   QStringLiteral("%1“%2”永远不成立%3").arg(QString::fromUtf8(kindZh), r.id, zhBounds),
                   QStringLiteral("the %1 \"%2\" can never hold%3").arg(QString::fromLatin1(kindEn), r.id, enBounds));
        } else if (v.lo == 1) {
            report(Severity::Warning, offset, length, QStringLiteral("always-true"),
                   QStringLiteral("%1“%2”总是成立").arg(QString::fromUtf8(kindZh), r.id),
                   QStringLiteral("the %1 \"%2\" always holds").arg(QString::fromLatin1(kindEn), r.id));
        }
    }
}

// Amounts that can be negative.
void Checks::checkNegativeAmount()
{
    const Policy &policy = m_policy;
    const Interval r = amountRange;
    if (r.lo < 0) {
        const int offset = policy.amount.expr.root ? policy.amount.expr.offsetOf(policy.amount.expr.root->pos) : policy.amount.fileOffset;
        report(Severity::Warning, offset, policy.amount.expr.root ? policy.amount.expr.root->len : 1, QStringLiteral("negative-amount"),
               QStringLiteral("金额可能为负（例如减法的结果）；可用 max(yuan(0), ...) 兜底"),
               QStringLiteral("the amount can be negative (e.g. a subtraction); guard it with max(yuan(0), ...)"));
    }
}

// A decision table: every combination of its inputs' representative values
// (up to 20,000): gaps, rules never first to match, overlapping first hits.
void Checks::checkTable(const DecisionTable &t, const QString &name)
{
    std::vector<std::vector<Atom>> atoms;
    for (std::size_t i = 0; i < t.inputs.size(); ++i)
        atoms.push_back(inputAtoms(a, t, i));
    std::size_t combos = 1;
    for (const auto &l : atoms) {
        combos *= std::max<std::size_t>(1, l.size());
        if (combos > 20000)
            return;
    }
    std::vector<std::size_t> index(atoms.size(), 0);
    QStringList gaps;
    int gapCount = 0;
    std::vector<bool> everFirst(t.rules.size(), false);
    QHash<QString, QString> overlaps;
    for (std::size_t n = 0; n < combos; ++n) {
        std::vector<int> hits;
        for (std::size_t r = 0; r < t.rules.size(); ++r) {
            bool ok = true;
            for (std::size_t i = 0; i < atoms.size() && ok; ++i)
                if (i < t.rules[r].cells.size())
                    ok = cellMatches(t.rules[r].cells[i], atoms[i][index[i]], t.inputs[i].expr.type);
            if (ok)
                hits.push_back(int(r));
        }
        QStringList where;
        for (std::size_t i = 0; i < atoms.size(); ++i)
            if (atoms[i][index[i]].text != u"*")
                where << t.inputs[i].name + u'=' + atoms[i][index[i]].text;
        if (hits.empty()) {
            ++gapCount;
            if (gaps.size() < 3)
                gaps << where.join(QStringLiteral(", "));
        } else {
            everFirst[std::size_t(hits.front())] = true;
            if (t.hit == DecisionTable::Hit::First && hits.size() > 1) {
                const QString a1 = t.rules[std::size_t(hits[0])].output.source.trimmed();
                const QString a2 = t.rules[std::size_t(hits[1])].output.source.trimmed();
                const QString key = QStringLiteral("%1/%2").arg(hits[0]).arg(hits[1]);
                if (a1 != a2 && !overlaps.contains(key))
                    overlaps.insert(key, where.join(QStringLiteral(", ")));
            }
        }
        for (std::size_t i = atoms.size(); i-- > 0;) {
            if (++index[i] < atoms[i].size())
                break;
            index[i] = 0;
        }
    }
    if (gapCount > 0 && !t.defaultValue)
        report(Severity::Warning, t.fileOffset, 1, QStringLiteral("table-gap"),
               QStringLiteral("决策表“%1”有未覆盖的情形（%2 种，例如 %3），此时结果为零；如属有意，请写 default").arg(name).arg(gapCount).arg(gaps.join(QStringLiteral("；"))),
               QStringLiteral("the decision table \"%1\" has gaps (%2 case(s), e.g. %3) where the result is zero; add a default if that is intended").arg(name).arg(gapCount).arg(gaps.join(QStringLiteral("; "))));
    if (t.hit == DecisionTable::Hit::First) {
        for (std::size_t r = 0; r < t.rules.size(); ++r)
            if (!everFirst[r])
                report(Severity::Warning, t.rules[r].fileOffset, 1, QStringLiteral("table-shadowed"),
                       QStringLiteral("决策表“%1”第 %2 行永远不会先命中（上面的行已覆盖它的所有情形）").arg(name).arg(r + 1),
                       QStringLiteral("rule %2 of the decision table \"%1\" can never be the first to match (the rules above cover all its cases)").arg(name).arg(r + 1));
        for (auto it = overlaps.cbegin(); it != overlaps.cend(); ++it) {
            const QStringList pair = it.key().split(u'/');
            const int r1 = pair[0].toInt(), r2 = pair[1].toInt();
            if (!everFirst[std::size_t(r2)])
                continue; // already reported as shadowed
            report(Severity::Warning, t.rules[std::size_t(r2)].fileOffset, 1, QStringLiteral("table-overlap"),
                   QStringLiteral("决策表“%1”第 %2 行与第 %3 行重叠（例如 %4），结果不同，按先命中取第 %2 行").arg(name).arg(r1 + 1).arg(r2 + 1).arg(it.value()),
                   QStringLiteral("rules %2 and %3 of the decision table \"%1\" overlap with different results (e.g. %4); the first hit, rule %2, wins").arg(name).arg(r1 + 1).arg(r2 + 1).arg(it.value()));
        }
    }
}

// Test coverage: each condition should be seen failing and holding.
void Checks::checkTestCoverage()
{
    const Policy &policy = m_policy;
    if (policy.tests.empty())
        return;
    PolicyTestRunner runner(m_catalog);
    QSet<QString> failedSomewhere, heldSomewhere;
    for (const PolicyTest &test : policy.tests) {
        const auto result = runner.run(policy, test);
        for (const Trace::Step &s : result.trace.steps) {
            if (s.kind != Trace::Step::Kind::Condition && s.kind != Trace::Step::Kind::Exclusion)
                continue;
            const bool good = s.kind == Trace::Step::Kind::Condition ? s.result == Trace::Step::Result::Pass
                                                                      : s.result == Trace::Step::Result::NotFired;
            (good ? heldSomewhere : failedSomewhere).insert(s.id);
        }
    }
    for (const auto *list : {&policy.conditions, &policy.exclusions}) {
        for (const Rule &r : *list) {
            if (!failedSomewhere.contains(r.id) || !heldSomewhere.contains(r.id))
                report(Severity::Warning, r.fileOffset, 1, QStringLiteral("test-coverage"),
                       QStringLiteral("内嵌测试没有覆盖“%1”的%2").arg(r.id, failedSomewhere.contains(r.id) ? QStringLiteral("成立情形") : QStringLiteral("不成立情形")),
                       QStringLiteral("no embedded test shows \"%1\" %2").arg(r.id, failedSomewhere.contains(r.id) ? QStringLiteral("holding") : QStringLiteral("failing")));
        }
    }
}

} // namespace

PolicyChecker::PolicyChecker(const catalog::FeedCatalog &catalog)
    : m_catalog(catalog)
{
}

void PolicyChecker::check(const Policy &policy, Diagnostics &diagnostics) const
{
    Checks checks(m_catalog, policy, diagnostics);
    checks.analyze();
    checks.checkRules(policy.conditions, "条件", "condition", false, false);
    checks.checkRules(policy.exclusions, "排除条件", "exclusion", false, true);
    checks.checkRules(policy.flags, "复核标记", "review flag", true, false);
    checks.checkNegativeAmount();
    for (const Definition &d : policy.definitions)
        if (d.table)
            checks.checkTable(*d.table, d.name);
    if (policy.amount.table)
        checks.checkTable(*policy.amount.table, QStringLiteral("amount"));
    checks.checkTestCoverage();
}

} // namespace mianshen::rules
