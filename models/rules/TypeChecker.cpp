#include "rules/TypeChecker.h"

namespace mianshen::rules {

using NK = Node::Kind;
using Op = Node::Op;
using B = Type::Base;

QString Type::name() const
{
    QString n;
    switch (base) {
    case Error: n = QStringLiteral("error"); break;
    case Bool: n = QStringLiteral("bool"); break;
    case Integer: n = QStringLiteral("integer"); break;
    case Money: n = QStringLiteral("money"); break;
    case Decimal: n = QStringLiteral("decimal"); break;
    case String: n = QStringLiteral("string"); break;
    case Date: n = QStringLiteral("date"); break;
    case Month: n = QStringLiteral("month"); break;
    case Record: n = QStringLiteral("record of ") + (feed ? feed->name : QString()); break;
    case List: n = QStringLiteral("list of ") + elementType().name(); break;
    }
    return optional ? n + u'?' : n;
}

static const char *const inputNames[] = {"awarded_months", "awarded_count", "awarded_total", "awarded_year_total"};

const char *TypeChecker::inputName(InputId id)
{
    return inputNames[int(id)];
}

TypeChecker::TypeChecker(const catalog::FeedCatalog &catalog, SubjectKind subject)
    : m_catalog(catalog), m_subject(subject)
{
}

void TypeChecker::addDefinition(const QString &name, const Type &type)
{
    m_definitionIndex.insert(name, int(m_definitionTypes.size()));
    m_definitionTypes.push_back(type);
}

Type TypeChecker::columnType(const catalog::Column &c)
{
    Type t;
    switch (valueKindFor(c.type)) {
    case ValueKind::Bool: t.base = B::Bool; break;
    case ValueKind::Integer: t.base = B::Integer; break;
    case ValueKind::Money: t.base = B::Money; break;
    case ValueKind::Decimal: t.base = B::Decimal; break;
    case ValueKind::Date: t.base = B::Date; break;
    case ValueKind::Month: t.base = B::Month; break;
    case ValueKind::String: t.base = B::String; break;
    }
    t.optional = c.optional;
    if (c.type == catalog::ColumnType::Enum && !c.enumValues.isEmpty())
        t.domain = std::make_shared<const QStringList>(c.enumValues);
    if (c.type == catalog::ColumnType::Integer && c.hasRange) {
        t.hasRange = true;
        t.minValue = c.minValue;
        t.maxValue = c.maxValue;
    }
    return t;
}

QString TypeChecker::referenceName(const catalog::Feed &feed, const catalog::Column &c, SubjectKind &target)
{
    if (c.name == feed.subjectColumn)
        return {};
    if (c.references == QLatin1String("enterprises"))
        target = SubjectKind::Enterprise;
    else if (c.references == QLatin1String("persons"))
        target = SubjectKind::Person;
    else
        return {};
    for (QLatin1StringView suffix : {QLatin1StringView("_credit_code"), QLatin1StringView("_id_number")}) {
        if (c.name.endsWith(suffix) && c.name.size() > suffix.size())
            return c.name.left(c.name.size() - suffix.size());
    }
    return {};
}

void TypeChecker::use(const QString &feed, const QString &column)
{
    const ColumnUse u{feed, column};
    for (const ColumnUse &x : m_uses)
        if (x == u)
            return;
    m_uses.push_back(u);
}

Type TypeChecker::check(Node &root, std::vector<Error> &errors)
{
    m_errors = &errors;
    m_scope.clear();
    const std::size_t before = errors.size();
    Type t = visit(root);
    if (errors.size() != before)
        t.base = B::Error;
    return t;
}

Type TypeChecker::fail(const Node &n, const QString &code, const QString &zh, const QString &en)
{
    m_errors->push_back(Error{n.pos, n.len, code, Text{zh, en}});
    return Type();
}

bool TypeChecker::isRegisteredTest(const Node &n)
{
    return n.kind == NK::Field && n.ref == Node::Ref::Registered;
}

Type TypeChecker::require(const Node &n, const Type &t)
{
    if (t.base != B::Error && t.optional && t.unregisteredAbsent) {
        const bool person = m_subject == SubjectKind::Person;
        const QString subject = person ? QStringLiteral("person") : QStringLiteral("enterprise");
        const QString registry = person ? QStringLiteral("persons") : QStringLiteral("enterprises");
        return fail(n, QStringLiteral("registry-field"),
                    QStringLiteral("登记库字段在对象未登记（只出现在其他数据中）时缺失（%1）：请把 %2.registered 作为第一个资格条件，"
                                   "或写 %2.registered && ...，或用 ... ?? 默认值").arg(t.name(), subject),
                    QStringLiteral("a registry field is absent for a subject that is not in the %1 registry (it only appears in other feeds) (%2): "
                                   "make %3.registered the policy's first condition, or write %3.registered && ..., or give a default with ... ?? value")
                        .arg(registry, t.name(), subject));
    }
    if (t.base != B::Error && t.optional) {
        return fail(n, QStringLiteral("optional-value"),
                    QStringLiteral("此值可能缺失（%1）：请写 has(...) 判断，或用 ... ?? 默认值").arg(t.name()),
                    QStringLiteral("this value may be absent (%1): test it with has(...) or give a default with ... ?? value").arg(t.name()));
    }
    return t;
}

Type TypeChecker::visit(Node &n)
{
    Type t;
    switch (n.kind) {
    case NK::IntLit: t = Type::of(B::Integer); t.hasRange = true; t.minValue = t.maxValue = n.value; break;
    case NK::DecLit: t = Type::of(B::Decimal); break;
    case NK::StrLit:
        t = Type::of(B::String);
        t.domain = std::make_shared<const QStringList>(QStringList{n.name});
        break;
    case NK::BoolLit: t = Type::of(B::Bool); break;
    case NK::ListLit: {
        if (n.kids.empty())
            return n.type = fail(n, QStringLiteral("empty-list"), QStringLiteral("列表不能为空"), QStringLiteral("a list literal cannot be empty"));
        Type first;
        QStringList values;
        for (std::size_t i = 0; i < n.kids.size(); ++i) {
            Node &k = *n.kids[i];
            const bool constantCall = k.kind == NK::Call && (k.name == u"date" || k.name == u"month" || k.name == u"yuan");
            if (k.kind != NK::IntLit && k.kind != NK::DecLit && k.kind != NK::StrLit && k.kind != NK::BoolLit && !constantCall)
                return n.type = fail(k, QStringLiteral("list-literal"), QStringLiteral("列表中只能写常量"),
                                     QStringLiteral("a list literal holds constants only"));
            Type kt = visit(k);
            if (i == 0)
                first = kt;
            else if (kt.base != first.base)
                return n.type = fail(k, QStringLiteral("type-mismatch"),
                                     QStringLiteral("列表元素类型不一致：%1 与 %2").arg(first.name(), kt.name()),
                                     QStringLiteral("list elements differ in type: %1 and %2").arg(first.name(), kt.name()));
            if (kt.base == B::String)
                values << k.name;
        }
        if (first.base == B::String)
            first.domain = std::make_shared<const QStringList>(values);
        first.hasRange = false;
        t = Type::listOf(first);
        break;
    }
    case NK::Ident: t = visitIdent(n); break;
    case NK::Field: t = visitField(n); break;
    case NK::Unary: t = visitUnary(n); break;
    case NK::Binary: t = visitBinary(n); break;
    case NK::Cond: t = visitCond(n); break;
    case NK::Call: t = visitCall(n); break;
    case NK::Method: t = visitMethod(n); break;
    }
    n.type = t;
    return t;
}

Type TypeChecker::visitIdent(Node &n)
{
    for (auto it = m_scope.rbegin(); it != m_scope.rend(); ++it) {
        if (it->name == n.name) {
            n.ref = Node::Ref::Variable;
            n.slot = it->slot;
            return it->type;
        }
    }
    const bool person = m_subject == SubjectKind::Person;
    if (n.name == (person ? u"person" : u"enterprise")) {
        n.ref = Node::Ref::Subject;
        const catalog::Feed *registry = m_catalog.feed(person ? QStringLiteral("persons") : QStringLiteral("enterprises"));
        if (!registry)
            return fail(n, QStringLiteral("catalog"), QStringLiteral("目录中没有登记库"), QStringLiteral("the catalog has no registry feed"));
        return Type::record(registry, m_subject);
    }
    if (n.name == u"period") {
        n.ref = Node::Ref::Period;
        return Type::of(B::Month);
    }
    if (const int d = m_definitionIndex.value(n.name, -1); d >= 0) {
        n.ref = Node::Ref::Definition;
        n.slot = d;
        return m_definitionTypes[std::size_t(d)];
    }
    for (int i = 0; i < int(InputId::Count); ++i) {
        if (n.name == QLatin1StringView(inputNames[i])) {
            n.ref = Node::Ref::Input;
            n.slot = i;
            const InputId id = InputId(i);
            return Type::of(id == InputId::AwardedMonths || id == InputId::AwardedCount ? B::Integer : B::Money);
        }
    }
    if (n.name == u"amount") {
        if (!m_amountVisible)
            return fail(n, QStringLiteral("amount-scope"), QStringLiteral("“amount”只能在复核标记中使用"),
                        QStringLiteral("'amount' can be used in review flags only"));
        n.ref = Node::Ref::Amount;
        return Type::of(B::Money);
    }
    if (n.name == (person ? u"enterprise" : u"person"))
        return fail(n, QStringLiteral("unknown-name"),
                    QStringLiteral("本政策的对象是%1，不能使用“%2”").arg(person ? QStringLiteral("个人") : QStringLiteral("企业"), n.name),
                    QStringLiteral("this policy's subject is %1; '%2' is not available").arg(person ? QStringLiteral("person") : QStringLiteral("enterprise"), n.name));
    return fail(n, QStringLiteral("unknown-name"), QStringLiteral("未知名称“%1”").arg(n.name),
                QStringLiteral("unknown name '%1'").arg(n.name));
}

Type TypeChecker::visitField(Node &n)
{
    Node &base = *n.kids[0];
    const Type bt = visit(base);
    if (bt.base == B::Error)
        return bt;
    if (bt.base != B::Record)
        return fail(n, QStringLiteral("no-field"), QStringLiteral("%1 类型的值没有字段“%2”").arg(bt.name(), n.name),
                    QStringLiteral("a value of type %1 has no field '%2'").arg(bt.name(), n.name));
    const catalog::Feed &feed = *bt.feed;
    const bool subjectRecord = base.kind == NK::Ident && base.ref == Node::Ref::Subject;
    if (subjectRecord && n.name == u"registered" && feed.columnIndex(n.name) < 0) {
        n.ref = Node::Ref::Registered;
        use(feed.name, QString());
        return Type::of(B::Bool);
    }
    const int ci = feed.columnIndex(n.name);
    if (ci >= 0) {
        const catalog::Column &c = feed.columns[ci];
        n.ref = Node::Ref::Column;
        n.slot = ci;
        use(feed.name, c.name);
        Type t = columnType(c);
        if (bt.optional)
            t.optional = true;
        // The subject may appear in a feed without a registry row.
        if (subjectRecord && feed.registry && !m_registeredGuard && m_guardDepth == 0 && !t.optional) {
            t.optional = true;
            t.unregisteredAbsent = true;
        }
        return t;
    }
    for (int i = 0; i < int(feed.columns.size()); ++i) {
        SubjectKind target;
        const QString ref = referenceName(feed, feed.columns[i], target);
        if (!ref.isEmpty() && ref == n.name) {
            const catalog::Feed *registry = m_catalog.feed(target == SubjectKind::Person ? QStringLiteral("persons") : QStringLiteral("enterprises"));
            if (!registry)
                break;
            n.ref = Node::Ref::FollowReference;
            n.slot = i;
            use(feed.name, feed.columns[i].name);
            use(registry->name, QString());
            return Type::record(registry, target).asOptional();
        }
    }
    if (feed.registry) {
        if (const catalog::Feed *list = m_catalog.feed(n.name); list && !list->registry) {
            const bool serves = list->subjectKind == catalog::SubjectKind::Either
                || (list->subjectKind == catalog::SubjectKind::Person && bt.kind == SubjectKind::Person)
                || (list->subjectKind == catalog::SubjectKind::Enterprise && bt.kind == SubjectKind::Enterprise);
            if (serves) {
                n.ref = Node::Ref::SubjectList;
                use(list->name, QString());
                return Type::listOf(Type::record(list, bt.kind));
            }
        }
    }
    QStringList names;
    for (const catalog::Column &c : feed.columns)
        names << c.name;
    return fail(n, QStringLiteral("no-field"),
                QStringLiteral("“%1”没有字段“%2”（可用：%3）").arg(feed.name, n.name, names.join(QStringLiteral(", "))),
                QStringLiteral("'%1' has no field '%2' (available: %3)").arg(feed.name, n.name, names.join(QStringLiteral(", "))));
}

Type TypeChecker::visitUnary(Node &n)
{
    const Type t = require(*n.kids[0], visit(*n.kids[0]));
    if (t.base == B::Error)
        return t;
    if (n.op == Op::Not) {
        if (t.base != B::Bool)
            return fail(n, QStringLiteral("type-mismatch"), QStringLiteral("“!”需要 bool，却是 %1").arg(t.name()),
                        QStringLiteral("'!' needs a bool, found %1").arg(t.name()));
        return t;
    }
    if (!t.isNumeric())
        return fail(n, QStringLiteral("type-mismatch"), QStringLiteral("负号需要数值，却是 %1").arg(t.name()),
                    QStringLiteral("'-' needs a number, found %1").arg(t.name()));
    Type r = Type::of(t.base);
    return r;
}

bool TypeChecker::checkEnumLiteral(const Type &t, const Node &literal)
{
    if (!t.domain || t.domain->size() <= 0 || literal.kind != NK::StrLit)
        return true;
    if (t.domain->contains(literal.name))
        return true;
    // A domain of one literal says nothing about the other side.
    if (t.domain->size() == 1)
        return true;
    fail(literal, QStringLiteral("enum-value"),
         QStringLiteral("“%1”不是可取的值（可取：%2），此比较永远不成立").arg(literal.name, t.domain->join(QStringLiteral(", "))),
         QStringLiteral("'%1' is not one of the possible values (%2), so this comparison can never hold").arg(literal.name, t.domain->join(QStringLiteral(", "))));
    return false;
}

static QString opText(Op op)
{
    switch (op) {
    case Op::And: return QStringLiteral("&&");
    case Op::Or: return QStringLiteral("||");
    case Op::Eq: return QStringLiteral("==");
    case Op::Ne: return QStringLiteral("!=");
    case Op::Lt: return QStringLiteral("<");
    case Op::Le: return QStringLiteral("<=");
    case Op::Gt: return QStringLiteral(">");
    case Op::Ge: return QStringLiteral(">=");
    case Op::Add: return QStringLiteral("+");
    case Op::Sub: return QStringLiteral("-");
    case Op::Mul: return QStringLiteral("*");
    case Op::Div: return QStringLiteral("/");
    case Op::Mod: return QStringLiteral("%");
    case Op::In: return QStringLiteral("in");
    case Op::Coalesce: return QStringLiteral("??");
    default: return {};
    }
}

Type TypeChecker::visitBinary(Node &n)
{
    Node &ln = *n.kids[0];
    Node &rn = *n.kids[1];
    Type l = visit(ln);
    // `person.registered && person.birth_date ...`: the right side is only
    // evaluated for registered subjects.
    const bool guarded = n.op == Op::And && isRegisteredTest(ln);
    m_guardDepth += guarded;
    Type r = visit(rn);
    m_guardDepth -= guarded;
    if (l.base == B::Error || r.base == B::Error)
        return Type();
    const QString op = opText(n.op);
    auto mismatch = [&] {
        return fail(n, QStringLiteral("type-mismatch"),
                    QStringLiteral("“%1”不能用于 %2 和 %3").arg(op, l.name(), r.name()),
                    QStringLiteral("'%1' cannot combine %2 and %3").arg(op, l.name(), r.name()));
    };
    if (n.op == Op::Coalesce) {
        if (!l.optional)
            return fail(ln, QStringLiteral("not-optional"), QStringLiteral("“??”左边的值不会缺失（%1），不需要默认值").arg(l.name()),
                        QStringLiteral("the left side of '?" "?' is never absent (%1); it needs no default").arg(l.name()));
        if (l.base == B::Record)
            return fail(ln, QStringLiteral("type-mismatch"), QStringLiteral("记录不能用“??”给默认值；请用 has(...)"),
                        QStringLiteral("a record cannot take a default with '?" "?'; use has(...)"));
        Type lr = l.required();
        if (lr.base == B::Integer && r.base == B::Decimal)
            lr = Type::of(B::Decimal);
        if (lr.base != r.base && !(lr.base == B::Decimal && r.base == B::Integer))
            return mismatch();
        Type out = lr;
        out.optional = r.optional;
        out.hasRange = false;
        if (lr.domain && r.domain) {
            QStringList merged = *lr.domain;
            for (const QString &v : *r.domain)
                if (!merged.contains(v))
                    merged << v;
            out.domain = std::make_shared<const QStringList>(merged);
        } else {
            out.domain.reset();
        }
        return out;
    }
    if (require(ln, l).base == B::Error || require(rn, r).base == B::Error)
        return Type();
    switch (n.op) {
    case Op::And:
    case Op::Or:
        if (l.base != B::Bool || r.base != B::Bool)
            return mismatch();
        return Type::of(B::Bool);
    case Op::Eq:
    case Op::Ne: {
        const bool numeric = (l.base == B::Integer || l.base == B::Decimal) && (r.base == B::Integer || r.base == B::Decimal);
        if (!numeric && (l.base != r.base || l.base == B::Record || l.base == B::List))
            return mismatch();
        if (l.base == B::String) {
            checkEnumLiteral(l, rn);
            checkEnumLiteral(r, ln);
        }
        return Type::of(B::Bool);
    }
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: {
        const bool numeric = (l.base == B::Integer || l.base == B::Decimal) && (r.base == B::Integer || r.base == B::Decimal);
        if (!numeric && (l.base != r.base || !l.isOrdered()))
            return mismatch();
        return Type::of(B::Bool);
    }
    case Op::In: {
        if (r.base != B::List || r.element == B::Record || l.base == B::Record || l.base == B::List)
            return mismatch();
        const bool numeric = (l.base == B::Integer || l.base == B::Decimal) && (r.element == B::Integer || r.element == B::Decimal);
        if (!numeric && l.base != r.element)
            return mismatch();
        if (l.base == B::String && l.domain && l.domain->size() > 1 && rn.kind == NK::ListLit)
            for (const auto &k : rn.kids)
                checkEnumLiteral(l, *k);
        return Type::of(B::Bool);
    }
    case Op::Add:
    case Op::Sub: {
        if ((l.base == B::Integer || l.base == B::Decimal) && (r.base == B::Integer || r.base == B::Decimal))
            return Type::of(l.base == B::Decimal || r.base == B::Decimal ? B::Decimal : B::Integer);
        if (l.base == B::Money && r.base == B::Money)
            return Type::of(B::Money);
        return mismatch();
    }
    case Op::Mul: {
        if ((l.base == B::Integer || l.base == B::Decimal) && (r.base == B::Integer || r.base == B::Decimal))
            return Type::of(l.base == B::Decimal || r.base == B::Decimal ? B::Decimal : B::Integer);
        if ((l.base == B::Money && (r.base == B::Integer || r.base == B::Decimal))
            || (r.base == B::Money && (l.base == B::Integer || l.base == B::Decimal)))
            return Type::of(B::Money);
        return mismatch();
    }
    case Op::Div: {
        if ((l.base == B::Integer || l.base == B::Decimal) && (r.base == B::Integer || r.base == B::Decimal))
            return Type::of(l.base == B::Decimal || r.base == B::Decimal ? B::Decimal : B::Integer);
        if (l.base == B::Money && (r.base == B::Integer || r.base == B::Decimal))
            return Type::of(B::Money);
        return mismatch();
    }
    case Op::Mod:
        if (l.base == B::Integer && r.base == B::Integer)
            return Type::of(B::Integer);
        return mismatch();
    default: break;
    }
    return mismatch();
}

Type TypeChecker::visitCond(Node &n)
{
    const Type c = require(*n.kids[0], visit(*n.kids[0]));
    const bool guarded = isRegisteredTest(*n.kids[0]);
    m_guardDepth += guarded;
    Type a = visit(*n.kids[1]);
    m_guardDepth -= guarded;
    Type b = visit(*n.kids[2]);
    if (c.base == B::Error || a.base == B::Error || b.base == B::Error)
        return Type();
    if (c.base != B::Bool)
        return fail(*n.kids[0], QStringLiteral("type-mismatch"), QStringLiteral("条件必须是 bool，却是 %1").arg(c.name()),
                    QStringLiteral("the condition must be a bool, found %1").arg(c.name()));
    if ((a.base == B::Integer && b.base == B::Decimal) || (a.base == B::Decimal && b.base == B::Integer)) {
        Type t = Type::of(B::Decimal);
        t.optional = a.optional || b.optional;
        return t;
    }
    if (!a.sameAs(b) || a.base == B::List)
        return fail(n, QStringLiteral("type-mismatch"), QStringLiteral("两个分支类型不同：%1 与 %2").arg(a.name(), b.name()),
                    QStringLiteral("the branches differ in type: %1 and %2").arg(a.name(), b.name()));
    Type t = a;
    t.optional = a.optional || b.optional;
    t.hasRange = false;
    if (a.domain && b.domain && a.base == B::String) {
        QStringList merged = *a.domain;
        for (const QString &v : *b.domain)
            if (!merged.contains(v))
                merged << v;
        t.domain = std::make_shared<const QStringList>(merged);
    } else {
        t.domain.reset();
    }
    return t;
}

Type TypeChecker::visitCall(Node &n)
{
    const QString &f = n.name;
    if (f == u"has" || f == u"date" || f == u"month" || f == u"yuan")
        return visitLiteralCall(n);
    if (f == u"age" || f == u"months_between" || f == u"days_between" || f == u"add_months" || f == u"add_days"
        || f == u"month_of" || f == u"year_of" || f == u"first_day" || f == u"last_day")
        return visitCalendarCall(n);
    if (f == u"min" || f == u"max" || f == u"consecutive_months" || f == u"starts_with" || f == u"contains")
        return visitValueCall(n);
    return fail(n, QStringLiteral("unknown-function"), QStringLiteral("未知函数“%1”").arg(f),
                QStringLiteral("unknown function '%1'").arg(f));
}

bool TypeChecker::callArity(const Node &n, int want)
{
    const QString &f = n.name;
    const int argc = int(n.kids.size());
    if (argc == want)
        return true;
    fail(n, QStringLiteral("arity"), QStringLiteral("%1 需要 %2 个参数，给了 %3 个").arg(f).arg(want).arg(argc),
         QStringLiteral("%1 takes %2 argument(s), %3 given").arg(f).arg(want).arg(argc));
    return false;
}

Type TypeChecker::callArgument(Node &n, int i, std::initializer_list<B> allowed)
{
    const QString &f = n.name;
    Type t = require(*n.kids[std::size_t(i)], visit(*n.kids[std::size_t(i)]));
    if (t.base == B::Error)
        return t;
    for (B b : allowed)
        if (t.base == b)
            return t;
    QStringList names;
    for (B b : allowed)
        names << Type::of(b).name();
    return fail(*n.kids[std::size_t(i)], QStringLiteral("type-mismatch"),
                QStringLiteral("%1 的第 %2 个参数应为 %3，却是 %4").arg(f).arg(i + 1).arg(names.join(QStringLiteral(" 或 ")), t.name()),
                QStringLiteral("argument %2 of %1 must be %3, found %4").arg(f).arg(i + 1).arg(names.join(QStringLiteral(" or ")), t.name()));
}

const Node *TypeChecker::literalArgument(const Node &n, int i, NK kind)
{
    const QString &f = n.name;
    const Node &a = *n.kids[std::size_t(i)];
    if (a.kind != kind) {
        fail(a, QStringLiteral("literal-required"), QStringLiteral("%1 的参数必须是常量").arg(f),
             QStringLiteral("the argument of %1 must be a literal").arg(f));
        return nullptr;
    }
    return &a;
}

// has(x), date('YYYY-MM-DD'), month('YYYY-MM'), yuan(number).
Type TypeChecker::visitLiteralCall(Node &n)
{
    const QString &f = n.name;
    if (f == u"has") {
        if (!callArity(n, 1))
            return Type();
        const Type t = visit(*n.kids[0]);
        if (t.base == B::Error)
            return t;
        if (!t.optional)
            return fail(*n.kids[0], QStringLiteral("not-optional"), QStringLiteral("此值不会缺失（%1），has(...) 总为真").arg(t.name()),
                        QStringLiteral("this value is never absent (%1), so has(...) is always true").arg(t.name()));
        return Type::of(B::Bool);
    }
    if (f == u"date" || f == u"month") {
        if (!callArity(n, 1))
            return Type();
        const Node *a = literalArgument(n, 0, NK::StrLit);
        if (!a)
            return Type();
        std::int32_t v;
        const bool ok = f == u"date" ? DayNumber::parse(a->name, v) : parseMonthIndex(a->name, v);
        if (!ok)
            return fail(*a, QStringLiteral("bad-literal"),
                        QStringLiteral("“%1”不是有效的%2").arg(a->name, f == u"date" ? QStringLiteral("日期（YYYY-MM-DD）") : QStringLiteral("月份（YYYY-MM）")),
                        QStringLiteral("'%1' is not a valid %2").arg(a->name, f == u"date" ? QStringLiteral("date (YYYY-MM-DD)") : QStringLiteral("month (YYYY-MM)")));
        n.value = v;
        n.kids[0]->type = Type::of(B::String);
        return Type::of(f == u"date" ? B::Date : B::Month);
    }
    if (f == u"yuan") {
        if (!callArity(n, 1))
            return Type();
        Node &a = *n.kids[0];
        if (a.kind == NK::IntLit || a.kind == NK::DecLit) {
            visit(a);
            const std::int64_t factor = a.kind == NK::IntLit ? 100 : 1;
            if (a.value > INT64_MAX / 100 || a.value < INT64_MIN / 100)
                return fail(a, QStringLiteral("bad-literal"), QStringLiteral("金额太大"), QStringLiteral("amount too large"));
            n.value = a.value * factor;
            return Type::of(B::Money);
        }
        return fail(a, QStringLiteral("literal-required"), QStringLiteral("yuan(...) 的参数必须是数字常量，如 yuan(1500) 或 yuan(1500.50)"),
                    QStringLiteral("yuan(...) takes a number literal, e.g. yuan(1500) or yuan(1500.50)"));
    }
    Q_UNREACHABLE();
    return Type();
}

// age, months_between, days_between, add_months, add_days, month_of, year_of, first_day, last_day.
Type TypeChecker::visitCalendarCall(Node &n)
{
    const QString &f = n.name;
    if (f == u"age") {
        if (!callArity(n, 2))
            return Type();
        if (callArgument(n, 0, {B::Date}).base == B::Error || callArgument(n, 1, {B::Date}).base == B::Error)
            return Type();
        return Type::of(B::Integer);
    }
    if (f == u"months_between") {
        if (!callArity(n, 2))
            return Type();
        const Type a = callArgument(n, 0, {B::Month, B::Date});
        const Type b = callArgument(n, 1, {B::Month, B::Date});
        if (a.base == B::Error || b.base == B::Error)
            return Type();
        if (a.base != b.base)
            return fail(n, QStringLiteral("type-mismatch"), QStringLiteral("months_between 的两个参数类型应相同"),
                        QStringLiteral("both arguments of months_between must have the same type"));
        return Type::of(B::Integer);
    }
    if (f == u"days_between") {
        if (!callArity(n, 2))
            return Type();
        if (callArgument(n, 0, {B::Date}).base == B::Error || callArgument(n, 1, {B::Date}).base == B::Error)
            return Type();
        return Type::of(B::Integer);
    }
    if (f == u"add_months") {
        if (!callArity(n, 2))
            return Type();
        const Type a = callArgument(n, 0, {B::Month, B::Date});
        if (a.base == B::Error || callArgument(n, 1, {B::Integer}).base == B::Error)
            return Type();
        return Type::of(a.base);
    }
    if (f == u"add_days") {
        if (!callArity(n, 2))
            return Type();
        if (callArgument(n, 0, {B::Date}).base == B::Error || callArgument(n, 1, {B::Integer}).base == B::Error)
            return Type();
        return Type::of(B::Date);
    }
    if (f == u"month_of") {
        if (!callArity(n, 1) || callArgument(n, 0, {B::Date}).base == B::Error)
            return Type();
        return Type::of(B::Month);
    }
    if (f == u"year_of") {
        if (!callArity(n, 1) || callArgument(n, 0, {B::Date, B::Month}).base == B::Error)
            return Type();
        return Type::of(B::Integer);
    }
    if (f == u"first_day" || f == u"last_day") {
        if (!callArity(n, 1) || callArgument(n, 0, {B::Month}).base == B::Error)
            return Type();
        return Type::of(B::Date);
    }
    Q_UNREACHABLE();
    return Type();
}

// min, max, consecutive_months, starts_with, contains.
Type TypeChecker::visitValueCall(Node &n)
{
    const QString &f = n.name;
    if (f == u"min" || f == u"max") {
        if (!callArity(n, 2))
            return Type();
        const Type a = callArgument(n, 0, {B::Integer, B::Money, B::Decimal, B::Date, B::Month});
        const Type b = callArgument(n, 1, {B::Integer, B::Money, B::Decimal, B::Date, B::Month});
        if (a.base == B::Error || b.base == B::Error)
            return Type();
        if ((a.base == B::Integer && b.base == B::Decimal) || (a.base == B::Decimal && b.base == B::Integer))
            return Type::of(B::Decimal);
        if (a.base != b.base)
            return fail(n, QStringLiteral("type-mismatch"), QStringLiteral("%1 的两个参数类型不同：%2 与 %3").arg(f, a.name(), b.name()),
                        QStringLiteral("the arguments of %1 differ in type: %2 and %3").arg(f, a.name(), b.name()));
        return Type::of(a.base);
    }
    if (f == u"consecutive_months") {
        if (!callArity(n, 2))
            return Type();
        const Type a = require(*n.kids[0], visit(*n.kids[0]));
        if (a.base == B::Error)
            return a;
        if (a.base != B::List || a.element != B::Month)
            return fail(*n.kids[0], QStringLiteral("type-mismatch"), QStringLiteral("consecutive_months 的第一个参数应为月份列表，却是 %1").arg(a.name()),
                        QStringLiteral("the first argument of consecutive_months must be a list of months, found %1").arg(a.name()));
        if (callArgument(n, 1, {B::Month}).base == B::Error)
            return Type();
        return Type::of(B::Integer);
    }
    if (f == u"starts_with" || f == u"contains") {
        if (!callArity(n, 2) || callArgument(n, 0, {B::String}).base == B::Error)
            return Type();
        if (!literalArgument(n, 1, NK::StrLit))
            return Type();
        visit(*n.kids[1]);
        return Type::of(B::Bool);
    }
    Q_UNREACHABLE();
    return Type();
}

Type TypeChecker::visitMethod(Node &n)
{
    const QString &m = n.name;
    Node &recv = *n.kids[0];
    const Type lt = require(recv, visit(recv));
    if (lt.base == B::Error)
        return lt;
    if (lt.base != B::List)
        return fail(n, QStringLiteral("no-method"), QStringLiteral("%1 类型的值没有方法“%2”").arg(lt.name(), m),
                    QStringLiteral("a value of type %1 has no method '%2'").arg(lt.name(), m));
    const int argc = int(n.kids.size()) - 1;
    const Type elem = lt.elementType();
    const bool lambdaMethod = m == u"exists" || m == u"all" || m == u"filter" || m == u"count" || m == u"sum"
        || m == u"min" || m == u"max" || m == u"map";
    if (argc == 0) {
        if (m == u"count" || m == u"size")
            return Type::of(B::Integer);
        if (m == u"distinct") {
            if (!elem.isScalar())
                return fail(n, QStringLiteral("type-mismatch"), QStringLiteral("distinct() 需要单个值的列表，却是 %1").arg(lt.name()),
                            QStringLiteral("distinct() needs a list of single values, found %1").arg(lt.name()));
            return lt;
        }
        if (m == u"sum") {
            if (elem.base != B::Integer && elem.base != B::Money && elem.base != B::Decimal)
                return fail(n, QStringLiteral("type-mismatch"), QStringLiteral("sum() 需要数值列表，却是 %1").arg(lt.name()),
                            QStringLiteral("sum() needs a list of numbers, found %1").arg(lt.name()));
            return Type::of(elem.base);
        }
        if (m == u"min" || m == u"max") {
            if (!elem.isOrdered())
                return fail(n, QStringLiteral("type-mismatch"), QStringLiteral("%1() 需要可比较的值列表，却是 %2").arg(m, lt.name()),
                            QStringLiteral("%1() needs a list of ordered values, found %2").arg(m, lt.name()));
            return Type::of(elem.base).asOptional();
        }
    }
    if (!lambdaMethod)
        return fail(n, QStringLiteral("no-method"), QStringLiteral("列表没有方法“%1”").arg(m),
                    QStringLiteral("a list has no method '%1'").arg(m));
    if (argc != 2 || n.kids[1]->kind != NK::Ident)
        return fail(n, QStringLiteral("arity"), QStringLiteral("应写成 %1(变量, 表达式)").arg(m),
                    QStringLiteral("write %1(variable, expression)").arg(m));
    if (int(m_scope.size()) >= MaxVariables)
        return fail(n, QStringLiteral("too-deep"), QStringLiteral("集合运算嵌套超过 %1 层").arg(MaxVariables),
                    QStringLiteral("collection operations nested more than %1 deep").arg(MaxVariables));
    Node &var = *n.kids[1];
    var.ref = Node::Ref::Variable;
    var.slot = int(m_scope.size());
    var.type = elem;
    n.lambda = true;
    n.slot = var.slot;
    m_scope.push_back(Var{var.name, elem, var.slot});
    Type body = visit(*n.kids[2]);
    m_scope.pop_back();
    if (body.base == B::Error)
        return body;
    if (m == u"exists" || m == u"all" || m == u"filter" || m == u"count") {
        if (body.base != B::Bool || body.optional)
            return fail(*n.kids[2], QStringLiteral("type-mismatch"), QStringLiteral("%1 的条件必须是 bool，却是 %2").arg(m, body.name()),
                        QStringLiteral("the predicate of %1 must be a bool, found %2").arg(m, body.name()));
        if (m == u"filter")
            return lt;
        return Type::of(m == u"count" ? B::Integer : B::Bool);
    }
    if (require(*n.kids[2], body).base == B::Error)
        return Type();
    if (m == u"sum") {
        if (!body.isNumeric())
            return fail(*n.kids[2], QStringLiteral("type-mismatch"), QStringLiteral("sum 的表达式必须是数值，却是 %1").arg(body.name()),
                        QStringLiteral("the expression of sum must be a number, found %1").arg(body.name()));
        return Type::of(body.base);
    }
    if (m == u"min" || m == u"max") {
        if (!body.isOrdered())
            return fail(*n.kids[2], QStringLiteral("type-mismatch"), QStringLiteral("%1 的表达式必须可比较，却是 %2").arg(m, body.name()),
                        QStringLiteral("the expression of %1 must be ordered, found %2").arg(m, body.name()));
        return Type::of(body.base).asOptional();
    }
    // map
    if (!body.isScalar())
        return fail(*n.kids[2], QStringLiteral("type-mismatch"), QStringLiteral("map 的表达式必须是单个值，却是 %1").arg(body.name()),
                    QStringLiteral("the expression of map must be a single value, found %1").arg(body.name()));
    Type e = body;
    e.hasRange = false;
    return Type::listOf(e);
}

} // namespace mianshen::rules
