#include "rules/PolicyLoader.h"

#include "rules/Parser.h"
#include "rules/TypeChecker.h"

#include "domain/Money.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace mianshen::rules {

using Kind = SourceJson::Kind;
using B = Type::Base;

namespace {

class Impl
{
public:
    Impl(const catalog::FeedCatalog &c, Policy &p, Diagnostics &d) : catalog(c), policy(p), diags(d) {}

    void run();

private:
    const catalog::FeedCatalog &catalog;
    Policy &policy;
    Diagnostics &diags;
    std::unique_ptr<TypeChecker> checker;
    QHash<QString, QString> ids;   // lower-cased id -> the id as written

    void error(int offset, int length, const QString &code, const QString &zh, const QString &en,
               Severity severity = Severity::Error)
    {
        Diagnostic d;
        d.severity = severity;
        d.file = policy.file;
        const auto lc = lineColumn(policy.source, offset);
        d.line = lc.first;
        d.column = lc.second;
        d.length = qMax(1, length);
        d.code = code;
        d.message = Text{zh, en};
        diags.add(std::move(d));
    }
    void errorAt(const SourceJson &v, const QString &code, const QString &zh, const QString &en);

    const SourceJson *required(const SourceJson &obj, const char *key, Kind kind, const char *what);
    const SourceJson *optionalMember(const SourceJson &obj, const char *key, Kind kind);
    void wrongKind(const SourceJson &v, const QString &key, Kind kind);
    void allowOnly(const SourceJson &obj, std::initializer_list<const char *> keys);
    Text text(const SourceJson &obj, const char *key, bool needed);

    Expression expression(const SourceJson &str);
    void parse(Expression &e);
    Type check(Expression &e);
    void expectType(const Expression &e, B base, const char *what);
    // Definition names are names in expressions: lower-case letters, digits
    // and '_'. Condition, exclusion and flag ids are codes the bureau writes
    // (F-BANK, F-CREDIT-RECENT) and may also hold upper-case letters and '-'.
    // Ids that differ only in case are duplicates: reviewers and exports show
    // them side by side, and F-BANK next to f-bank would be two flags that
    // read as one.
    bool checkId(const SourceJson &v, const QString &id, bool ruleId = false);

    // Looks ahead (definitions are checked before the conditions): is the first
    // condition exactly `person.registered` (`enterprise.registered`)?
    bool firstConditionIsRegistration(const SourceJson &root) const;
    void metadata(const SourceJson &root);
    void definitions(const SourceJson &root);
    std::unique_ptr<DecisionTable> table(const SourceJson &obj);
    bool cell(const SourceJson &str, TableCell &out, const Type &inputType);
    std::vector<Rule> rules(const SourceJson &root, const char *key, bool needed);
    void amount(const SourceJson &root);
    void tests(const SourceJson &root);
    void collectRecordFilters();
    void reviewBlock(const SourceJson &root);
    void paymentBlock(const SourceJson &root);
};

void Impl::errorAt(const SourceJson &v, const QString &code, const QString &zh, const QString &en)
{
    error(v.offset, 1, code, zh, en);
}

const SourceJson *Impl::required(const SourceJson &obj, const char *key, Kind kind, const char *what)
{
    const QString k = QString::fromLatin1(key);
    const SourceJson *v = obj.member(k);
    if (!v) {
        error(obj.offset, 1, QStringLiteral("missing-field"), QStringLiteral("缺少字段“%1”（%2）").arg(k, QString::fromLatin1(what)),
              QStringLiteral("missing field \"%1\" (%2)").arg(k, QString::fromLatin1(what)));
        return nullptr;
    }
    if (v->kind != kind) {
        wrongKind(*v, k, kind);
        return nullptr;
    }
    return v;
}

const SourceJson *Impl::optionalMember(const SourceJson &obj, const char *key, Kind kind)
{
    const QString k = QString::fromLatin1(key);
    const SourceJson *v = obj.member(k);
    if (!v)
        return nullptr;
    if (v->kind != kind) {
        wrongKind(*v, k, kind);
        return nullptr;
    }
    return v;
}

void Impl::wrongKind(const SourceJson &v, const QString &key, Kind kind)
{
    static const char *const namesEn[] = {"null", "true or false", "a number", "a string", "an array", "an object"};
    static const char *const namesZh[] = {"null", "true 或 false", "数字", "字符串", "数组", "对象"};
    errorAt(v, QStringLiteral("wrong-kind"),
            QStringLiteral("“%1”应为%2").arg(key, QString::fromUtf8(namesZh[int(kind)])),
            QStringLiteral("\"%1\" must be %2").arg(key, QString::fromLatin1(namesEn[int(kind)])));
}

void Impl::allowOnly(const SourceJson &obj, std::initializer_list<const char *> keys)
{
    for (std::size_t i = 0; i < obj.members.size(); ++i) {
        bool known = false;
        for (const char *k : keys)
            known = known || obj.members[i].first == QLatin1StringView(k);
        if (!known) {
            QStringList names;
            for (const char *k : keys)
                names << QString::fromLatin1(k);
            error(obj.members_keyOffsets[i], int(obj.members[i].first.size()) + 2, QStringLiteral("unknown-field"),
                  QStringLiteral("未知字段“%1”（可用：%2）").arg(obj.members[i].first, names.join(QStringLiteral(", "))),
                  QStringLiteral("unknown field \"%1\" (expected one of: %2)").arg(obj.members[i].first, names.join(QStringLiteral(", "))));
        }
    }
}

Text Impl::text(const SourceJson &obj, const char *key, bool needed)
{
    const SourceJson *v = needed ? required(obj, key, Kind::Object, "{\"zh\": ..., \"en\": ...}")
                                 : optionalMember(obj, key, Kind::Object);
    Text t;
    if (!v)
        return t;
    allowOnly(*v, {"zh", "en"});
    if (const SourceJson *zh = required(*v, "zh", Kind::String, "中文"))
        t.zh = zh->text;
    if (const SourceJson *en = required(*v, "en", Kind::String, "English"))
        t.en = en->text;
    if ((t.zh.trimmed().isEmpty() || t.en.trimmed().isEmpty()) && v->member(u"zh") && v->member(u"en"))
        errorAt(*v, QStringLiteral("empty-text"), QStringLiteral("中英文文本都不能为空"), QStringLiteral("both the Chinese and the English text are required"));
    return t;
}

Expression Impl::expression(const SourceJson &str)
{
    Expression e;
    e.source = str.text;
    e.fileOffsets = str.charOffsets;
    e.fileOffset = str.offset;
    parse(e);
    return e;
}

void Impl::parse(Expression &e)
{
    Parser::Error err;
    e.root = Parser::parse(e.source, err);
    if (!e.root)
        error(e.offsetOf(err.pos), err.len, QStringLiteral("syntax"), err.message.zh, err.message.en);
}

Type Impl::check(Expression &e)
{
    if (!e.root)
        return Type();
    std::vector<TypeChecker::Error> errors;
    e.type = checker->check(*e.root, errors);
    for (const auto &x : errors)
        error(e.offsetOf(x.pos), x.len, x.code, x.message.zh, x.message.en);
    return e.type;
}

void Impl::expectType(const Expression &e, B base, const char *what)
{
    if (!e.root || e.type.base == B::Error)
        return;
    if (e.type.base != base || e.type.optional) {
        const Type want = Type::of(base);
        error(e.offsetOf(e.root->pos), e.root->len, QStringLiteral("type-mismatch"),
              QStringLiteral("%1应为 %2，却是 %3").arg(QString::fromUtf8(what), want.name(), e.type.name()),
              QStringLiteral("%1 must be %2, found %3").arg(QString::fromUtf8(what), want.name(), e.type.name()));
    }
}

bool Impl::checkId(const SourceJson &v, const QString &id, bool ruleId)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    static const QRegularExpression code(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,63}$"));
    if (!(ruleId ? code : name).match(id).hasMatch()) {
        if (ruleId)
            errorAt(v, QStringLiteral("bad-id"), QStringLiteral("标识“%1”只能用字母、数字、下划线和连字符，以字母开头，最长 64 个字符").arg(id),
                    QStringLiteral("the id \"%1\" must be letters, digits, underscores and hyphens, starting with a letter, at most 64 characters").arg(id));
        else
            errorAt(v, QStringLiteral("bad-id"), QStringLiteral("标识“%1”只能用小写字母、数字和下划线，以字母开头").arg(id),
                    QStringLiteral("the id \"%1\" must be lower-case letters, digits and underscores, starting with a letter").arg(id));
        return false;
    }
    const QString folded = id.toLower();
    if (const auto it = ids.constFind(folded); it != ids.constEnd()) {
        if (*it == id)
            errorAt(v, QStringLiteral("duplicate-id"), QStringLiteral("标识“%1”重复").arg(id), QStringLiteral("duplicate id \"%1\"").arg(id));
        else
            errorAt(v, QStringLiteral("duplicate-id"), QStringLiteral("标识“%1”与“%2”只有大小写不同，视为重复").arg(id, *it),
                    QStringLiteral("the id \"%1\" differs from \"%2\" only in case; ids must differ in more than case").arg(id, *it));
        return false;
    }
    ids.insert(folded, id);
    return true;
}

bool Impl::firstConditionIsRegistration(const SourceJson &root) const
{
    const SourceJson *arr = root.member(u"conditions");
    if (!arr || !arr->isArray() || arr->items.empty() || !arr->items.front().isObject())
        return false;
    const SourceJson *e = arr->items.front().member(u"expr");
    if (!e || !e->isString())
        return false;
    Parser::Error err;
    const auto node = Parser::parse(e->text, err);
    const QString subject = policy.subject == SubjectKind::Person ? QStringLiteral("person") : QStringLiteral("enterprise");
    return node && node->kind == Node::Kind::Field && node->name == u"registered" && node->kids.size() == 1
        && node->kids[0]->kind == Node::Kind::Ident && node->kids[0]->name == subject;
}

// --- review block: "review": {"four_eyes": {"above_yuan", "flags"}, "deadline_working_days"} ---
void Impl::reviewBlock(const SourceJson &root)
{
    const SourceJson *r = optionalMember(root, "review", Kind::Object);
    if (!r)
        return;
    allowOnly(*r, {"four_eyes", "deadline_working_days"});
    if (const SourceJson *f = optionalMember(*r, "four_eyes", Kind::Object)) {
        allowOnly(*f, {"above_yuan", "flags"});
        if (const SourceJson *y = optionalMember(*f, "above_yuan", Kind::String)) {
            const auto m = domain::Money::parseYuan(y->text);
            if (!m || m->fen() < 0)
                errorAt(*y, QStringLiteral("bad-money"), QStringLiteral("四眼复核金额应为非负金额（元，最多两位小数）"),
                        QStringLiteral("four_eyes.above_yuan must be an amount of yuan with at most two decimals"));
            else
                policy.review.fourEyesAboveFen = m->fen();
        }
        if (const SourceJson *flags = optionalMember(*f, "flags", Kind::Array)) {
            for (const SourceJson &id : flags->items) {
                if (id.kind != Kind::String) {
                    wrongKind(id, QStringLiteral("four_eyes.flags[]"), Kind::String);
                    continue;
                }
                const bool known = std::any_of(policy.flags.begin(), policy.flags.end(),
                                               [&](const Rule &rule) { return rule.id == id.text; });
                if (!known)
                    errorAt(id, QStringLiteral("unknown-flag"),
                            QStringLiteral("四眼复核标记“%1”不是本政策的复核标记").arg(id.text),
                            QStringLiteral("four_eyes names \"%1\", which is not a flag of this policy").arg(id.text));
                else
                    policy.review.fourEyesFlags << id.text;
            }
        }
    }
    if (const SourceJson *d = optionalMember(*r, "deadline_working_days", Kind::Number)) {
        bool ok = false;
        const int days = d->text.toInt(&ok);
        if (!ok || days < 1 || days > 250)
            errorAt(*d, QStringLiteral("bad-deadline"), QStringLiteral("复核期限应为 1 到 250 个工作日"),
                    QStringLiteral("deadline_working_days must be a whole number of working days from 1 to 250"));
        else
            policy.review.deadlineWorkingDays = days;
    }
}
// --- end of the review block ---

// --- payment block: "payment": {"second_approval_above_yuan", "expire_after_months", "duplicate_programs"} ---
void Impl::paymentBlock(const SourceJson &root)
{
    const SourceJson *p = optionalMember(root, "payment", Kind::Object);
    if (!p)
        return;
    allowOnly(*p, {"second_approval_above_yuan", "expire_after_months", "duplicate_programs"});
    if (const SourceJson *y = optionalMember(*p, "second_approval_above_yuan", Kind::String)) {
        const auto m = domain::Money::parseYuan(y->text);
        if (!m || m->fen() < 0)
            errorAt(*y, QStringLiteral("bad-money"), QStringLiteral("第二审批人金额应为非负金额（元，最多两位小数）"),
                    QStringLiteral("second_approval_above_yuan must be an amount of yuan with at most two decimals"));
        else
            policy.payment.secondApprovalAboveFen = m->fen();
    }
    if (const SourceJson *e = optionalMember(*p, "expire_after_months", Kind::Number)) {
        bool ok = false;
        const int months = e->text.toInt(&ok);
        if (!ok || months < 1 || months > 120)
            errorAt(*e, QStringLiteral("bad-expiry"), QStringLiteral("expire_after_months 应为 1 到 120 的整数"),
                    QStringLiteral("expire_after_months must be a whole number of months from 1 to 120"));
        else
            policy.payment.expireAfterMonths = months;
    }
    if (const SourceJson *d = optionalMember(*p, "duplicate_programs", Kind::Array)) {
        for (const SourceJson &code : d->items) {
            if (code.kind != Kind::String || code.text.isEmpty())
                wrongKind(code, QStringLiteral("duplicate_programs[]"), Kind::String);
            else
                policy.payment.duplicatePrograms << code.text;
        }
    }
}
// --- end of the payment block ---

void Impl::run()
{
    const SourceJson &root = *policy.json;
    if (!root.isObject()) {
        errorAt(root, QStringLiteral("wrong-kind"), QStringLiteral("政策文件应为 JSON 对象"), QStringLiteral("a policy file must be a JSON object"));
        return;
    }
    allowOnly(root, {"format", "code", "version", "title", "legal_basis", "department", "subject", "effective", "schedule",
                     "budget", "stacking", "definitions", "conditions", "exclusions", "amount", "flags", "tests",
                     "review", "payment"});
    metadata(root);
    if (diags.hasErrors())
        return; // without a valid subject kind nothing else can be checked
    checker = std::make_unique<TypeChecker>(catalog, policy.subject);
    policy.registrationGuard = firstConditionIsRegistration(root);
    checker->setRegisteredGuard(policy.registrationGuard);
    definitions(root);
    policy.conditions = rules(root, "conditions", true);
    for (Rule &r : policy.conditions)
        expectType(r.expr, B::Bool, "条件 / a condition");
    policy.exclusions = rules(root, "exclusions", false);
    for (Rule &r : policy.exclusions)
        expectType(r.expr, B::Bool, "排除条件 / an exclusion");
    amount(root);
    checker->setAmountVisible(true);
    policy.flags = rules(root, "flags", false);
    for (Rule &r : policy.flags)
        expectType(r.expr, B::Bool, "复核标记 / a review flag");
    checker->setAmountVisible(false);
    if (const SourceJson *budget = optionalMember(root, "budget", Kind::Object)) {
        if (const SourceJson *order = optionalMember(*budget, "order_by", Kind::String)) {
            policy.budgetOrderBy = expression(*order);
            const Type t = check(*policy.budgetOrderBy);
            if (t.base != B::Error && (!t.isOrdered()))
                errorAt(*order, QStringLiteral("type-mismatch"), QStringLiteral("预算排序表达式应为数值、日期或月份"),
                        QStringLiteral("the budget order must be a number, date or month"));
        }
    }
    reviewBlock(root);
    paymentBlock(root);
    policy.columnUses = checker->uses();
    tests(root);
    collectRecordFilters();
}

void Impl::metadata(const SourceJson &root)
{
    if (const SourceJson *f = required(root, "format", Kind::String, "\"mianshen-policy/1\""); f && f->text != u"mianshen-policy/1")
        errorAt(*f, QStringLiteral("format"), QStringLiteral("不支持的格式“%1”，应为 mianshen-policy/1").arg(f->text),
                QStringLiteral("unsupported format \"%1\"; expected mianshen-policy/1").arg(f->text));
    if (const SourceJson *c = required(root, "code", Kind::String, "e.g. TALENT-LIVING")) {
        static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9-]{1,39}$"));
        if (!re.match(c->text).hasMatch())
            errorAt(*c, QStringLiteral("bad-code"), QStringLiteral("政策编码应为大写字母、数字和连字符，如 TALENT-LIVING"),
                    QStringLiteral("a policy code is upper-case letters, digits and hyphens, e.g. TALENT-LIVING"));
        policy.code = c->text;
    }
    if (const SourceJson *v = required(root, "version", Kind::Number, "1, 2, ...")) {
        bool ok = false;
        policy.version = v->text.toInt(&ok);
        if (!ok || policy.version < 1)
            errorAt(*v, QStringLiteral("bad-version"), QStringLiteral("版本应为正整数"), QStringLiteral("the version must be a positive integer"));
    }
    policy.title = text(root, "title", true);
    policy.department = text(root, "department", true);
    if (const SourceJson *lb = required(root, "legal_basis", Kind::Object, "document, article, url")) {
        allowOnly(*lb, {"document", "article", "url", "title"});
        if (const SourceJson *d = required(*lb, "document", Kind::String, "文号 / document number"))
            policy.legalBasis.document = d->text;
        if (const SourceJson *a = optionalMember(*lb, "article", Kind::String))
            policy.legalBasis.article = a->text;
        if (const SourceJson *u = optionalMember(*lb, "url", Kind::String))
            policy.legalBasis.url = u->text;
        policy.legalBasis.title = text(*lb, "title", false);
    }
    if (const SourceJson *s = required(root, "subject", Kind::String, "person | enterprise")) {
        if (s->text == u"person")
            policy.subject = SubjectKind::Person;
        else if (s->text == u"enterprise")
            policy.subject = SubjectKind::Enterprise;
        else
            errorAt(*s, QStringLiteral("bad-subject"), QStringLiteral("对象应为 person 或 enterprise"),
                    QStringLiteral("subject must be person or enterprise"));
    }
    if (const SourceJson *e = required(root, "effective", Kind::Object, "{\"from\": \"YYYY-MM\", \"until\": \"YYYY-MM\"}")) {
        allowOnly(*e, {"from", "until"});
        if (const SourceJson *from = required(*e, "from", Kind::String, "YYYY-MM"); from && !parseMonthIndex(from->text, policy.effectiveFrom))
            errorAt(*from, QStringLiteral("bad-month"), QStringLiteral("应为月份 YYYY-MM"), QStringLiteral("expected a month YYYY-MM"));
        if (const SourceJson *until = optionalMember(*e, "until", Kind::String)) {
            std::int32_t m;
            if (!parseMonthIndex(until->text, m))
                errorAt(*until, QStringLiteral("bad-month"), QStringLiteral("应为月份 YYYY-MM"), QStringLiteral("expected a month YYYY-MM"));
            else if (m < policy.effectiveFrom)
                errorAt(*until, QStringLiteral("bad-period"), QStringLiteral("结束月份早于开始月份"), QStringLiteral("the period ends before it starts"));
            else
                policy.effectiveUntil = m;
        }
    }
    if (const SourceJson *s = required(root, "schedule", Kind::Object, "{\"kind\": \"one_off\" | \"monthly\"}")) {
        allowOnly(*s, {"kind", "max_months"});
        if (const SourceJson *k = required(*s, "kind", Kind::String, "one_off | monthly")) {
            if (k->text == u"one_off")
                policy.schedule = Policy::Schedule::OneOff;
            else if (k->text == u"monthly")
                policy.schedule = Policy::Schedule::Monthly;
            else
                errorAt(*k, QStringLiteral("bad-schedule"), QStringLiteral("发放方式应为 one_off 或 monthly"),
                        QStringLiteral("schedule kind must be one_off or monthly"));
        }
        if (const SourceJson *m = optionalMember(*s, "max_months", Kind::Number)) {
            bool ok = false;
            policy.maxMonths = m->text.toInt(&ok);
            if (!ok || policy.maxMonths < 1 || policy.schedule != Policy::Schedule::Monthly)
                errorAt(*m, QStringLiteral("bad-schedule"), QStringLiteral("max_months 应为正整数，且只用于 monthly"),
                        QStringLiteral("max_months must be a positive integer, for monthly schedules only"));
        }
    }
    if (const SourceJson *b = optionalMember(root, "budget", Kind::Object)) {
        allowOnly(*b, {"yuan", "order_by", "order"});
        if (const SourceJson *y = required(*b, "yuan", Kind::String, "\"2000000.00\"")) {
            const auto m = domain::Money::parseYuan(y->text);
            if (!m || m->fen() <= 0)
                errorAt(*y, QStringLiteral("bad-money"), QStringLiteral("预算应为正的金额（元，最多两位小数）"),
                        QStringLiteral("the budget must be a positive amount of yuan with at most two decimals"));
            else
                policy.budgetFen = m->fen();
        }
        if (const SourceJson *o = optionalMember(*b, "order", Kind::String)) {
            if (o->text == u"ascending")
                policy.budgetOrder = Policy::BudgetOrder::Ascending;
            else if (o->text == u"descending")
                policy.budgetOrder = Policy::BudgetOrder::Descending;
            else
                errorAt(*o, QStringLiteral("bad-order"), QStringLiteral("order 应为 ascending 或 descending"),
                        QStringLiteral("order must be ascending or descending"));
        }
    }
    if (const SourceJson *s = optionalMember(root, "stacking", Kind::Object)) {
        allowOnly(*s, {"group", "rank"});
        if (const SourceJson *g = required(*s, "group", Kind::String, "group name"))
            policy.stackingGroup = g->text;
        if (const SourceJson *r = optionalMember(*s, "rank", Kind::Number)) {
            bool ok = false;
            policy.stackingRank = r->text.toInt(&ok);
            if (!ok)
                errorAt(*r, QStringLiteral("bad-rank"), QStringLiteral("rank 应为整数"), QStringLiteral("rank must be an integer"));
        }
    }
}

void Impl::definitions(const SourceJson &root)
{
    const SourceJson *defs = optionalMember(root, "definitions", Kind::Array);
    if (!defs)
        return;
    for (const SourceJson &d : defs->items) {
        if (!d.isObject()) {
            wrongKind(d, QStringLiteral("definitions[]"), Kind::Object);
            continue;
        }
        allowOnly(d, {"name", "label", "expr", "table"});
        Definition def;
        def.fileOffset = d.offset;
        const SourceJson *name = required(d, "name", Kind::String, "a name");
        if (!name)
            continue;
        def.name = name->text;
        if (!checkId(*name, def.name))
            continue;
        if (def.name == u"person" || def.name == u"enterprise" || def.name == u"period" || def.name == u"amount"
            || checker->definitionIndex(def.name) >= 0) {
            errorAt(*name, QStringLiteral("reserved-name"), QStringLiteral("名称“%1”已被占用").arg(def.name),
                    QStringLiteral("the name \"%1\" is taken").arg(def.name));
            continue;
        }
        def.label = text(d, "label", false);
        const SourceJson *e = d.member(u"expr");
        const SourceJson *t = d.member(u"table");
        if ((e != nullptr) == (t != nullptr)) {
            errorAt(d, QStringLiteral("definition"), QStringLiteral("定义需要 expr 或 table 之一"),
                    QStringLiteral("a definition needs exactly one of expr and table"));
            continue;
        }
        if (e) {
            if (e->kind != Kind::String) {
                wrongKind(*e, QStringLiteral("expr"), Kind::String);
                continue;
            }
            def.expr = expression(*e);
            def.type = check(def.expr);
        } else {
            if (t->kind != Kind::Object) {
                wrongKind(*t, QStringLiteral("table"), Kind::Object);
                continue;
            }
            def.table = table(*t);
            def.type = def.table ? def.table->outputType : Type();
        }
        checker->addDefinition(def.name, def.type);
        policy.definitions.push_back(std::move(def));
    }
}

std::unique_ptr<DecisionTable> Impl::table(const SourceJson &obj)
{
    allowOnly(obj, {"hit", "inputs", "rules", "default"});
    auto t = std::make_unique<DecisionTable>();
    t->fileOffset = obj.offset;
    bool ok = true;
    if (const SourceJson *h = required(obj, "hit", Kind::String, "first | collect_sum | collect_max")) {
        if (h->text == u"first")
            t->hit = DecisionTable::Hit::First;
        else if (h->text == u"collect_sum")
            t->hit = DecisionTable::Hit::CollectSum;
        else if (h->text == u"collect_max")
            t->hit = DecisionTable::Hit::CollectMax;
        else {
            errorAt(*h, QStringLiteral("bad-hit"), QStringLiteral("hit 应为 first、collect_sum 或 collect_max"),
                    QStringLiteral("hit must be first, collect_sum or collect_max"));
            ok = false;
        }
    }
    std::vector<Type> inputTypes;
    if (const SourceJson *inputs = required(obj, "inputs", Kind::Array, "[{\"name\": ..., \"expr\": ...}]")) {
        for (const SourceJson &in : inputs->items) {
            if (!in.isObject()) {
                wrongKind(in, QStringLiteral("inputs[]"), Kind::Object);
                ok = false;
                continue;
            }
            allowOnly(in, {"name", "expr"});
            const SourceJson *name = required(in, "name", Kind::String, "a name");
            const SourceJson *e = required(in, "expr", Kind::String, "an expression");
            if (!name || !e) {
                ok = false;
                continue;
            }
            DecisionTable::Input input{name->text, expression(*e)};
            const Type it = check(input.expr);
            if (it.base != B::Error && (!it.isScalar() || it.optional)) {
                errorAt(*e, QStringLiteral("type-mismatch"), QStringLiteral("表输入必须是不会缺失的单个值，却是 %1").arg(it.name()),
                        QStringLiteral("a table input must be a single value that is never absent, found %1").arg(it.name()));
                ok = false;
            }
            if (it.base == B::Error)
                ok = false;
            inputTypes.push_back(it);
            t->inputs.push_back(std::move(input));
        }
        if (t->inputs.size() > 16) {
            errorAt(*inputs, QStringLiteral("table"), QStringLiteral("决策表最多 16 个输入"), QStringLiteral("a decision table has at most 16 inputs"));
            ok = false;
        }
        if (t->inputs.empty()) {
            errorAt(*inputs, QStringLiteral("table"), QStringLiteral("决策表至少需要一个输入"), QStringLiteral("a decision table needs at least one input"));
            ok = false;
        }
    }
    Type out;
    auto unify = [&](const Expression &e, int offset) {
        if (!e.root || e.type.base == B::Error) {
            ok = false;
            return;
        }
        if (!e.type.isNumeric() && e.type.base != B::String && e.type.base != B::Bool) {
            error(offset, 1, QStringLiteral("type-mismatch"), QStringLiteral("表的结果应为金额、数值、字符串或 bool，却是 %1").arg(e.type.name()),
                  QStringLiteral("a table's result must be money, a number, a string or a bool, found %1").arg(e.type.name()));
            ok = false;
            return;
        }
        if (out.base == B::Error)
            out = e.type;
        else if (out.base != e.type.base) {
            error(offset, 1, QStringLiteral("type-mismatch"), QStringLiteral("各行结果类型不同：%1 与 %2").arg(out.name(), e.type.name()),
                  QStringLiteral("the rules' results differ in type: %1 and %2").arg(out.name(), e.type.name()));
            ok = false;
        }
    };
    if (const SourceJson *rs = required(obj, "rules", Kind::Array, "[{\"when\": [...], \"then\": ...}]")) {
        for (const SourceJson &r : rs->items) {
            if (!r.isObject()) {
                wrongKind(r, QStringLiteral("rules[]"), Kind::Object);
                ok = false;
                continue;
            }
            allowOnly(r, {"when", "then", "label"});
            TableRule rule;
            rule.fileOffset = r.offset;
            rule.label = text(r, "label", false);
            const SourceJson *when = required(r, "when", Kind::Array, "one cell per input");
            const SourceJson *then = required(r, "then", Kind::String, "an expression");
            if (!when || !then) {
                ok = false;
                continue;
            }
            if (when->items.size() != t->inputs.size()) {
                errorAt(*when, QStringLiteral("table"), QStringLiteral("每行应有 %1 个条件格（每个输入一个），却有 %2 个").arg(t->inputs.size()).arg(when->items.size()),
                        QStringLiteral("each rule needs %1 cell(s), one per input; found %2").arg(t->inputs.size()).arg(when->items.size()));
                ok = false;
                continue;
            }
            for (std::size_t i = 0; i < when->items.size(); ++i) {
                const SourceJson &c = when->items[i];
                TableCell cellOut;
                if (c.kind != Kind::String) {
                    wrongKind(c, QStringLiteral("when[]"), Kind::String);
                    ok = false;
                    continue;
                }
                if (!cell(c, cellOut, i < inputTypes.size() ? inputTypes[i] : Type()))
                    ok = false;
                rule.cells.push_back(std::move(cellOut));
            }
            rule.output = expression(*then);
            check(rule.output);
            unify(rule.output, then->offset);
            t->rules.push_back(std::move(rule));
        }
        if (t->rules.empty()) {
            errorAt(*rs, QStringLiteral("table"), QStringLiteral("决策表至少需要一行"), QStringLiteral("a decision table needs at least one rule"));
            ok = false;
        }
    }
    if (const SourceJson *d = optionalMember(obj, "default", Kind::String)) {
        t->defaultValue = expression(*d);
        check(*t->defaultValue);
        unify(*t->defaultValue, d->offset);
    }
    if (out.base == B::String || out.base == B::Bool) {
        if (t->hit != DecisionTable::Hit::First) {
            errorAt(obj, QStringLiteral("bad-hit"), QStringLiteral("collect_sum / collect_max 只能用于数值结果"),
                    QStringLiteral("collect_sum and collect_max need numeric results"));
            ok = false;
        }
    }
    out.optional = false;
    out.hasRange = false;
    out.domain.reset();
    t->outputType = out;
    if (!ok)
        t->outputType = Type();
    return t;
}

bool Impl::cell(const SourceJson &str, TableCell &out, const Type &inputType)
{
    out.text = str.text;
    out.fileOffset = str.offset;
    const QString s = str.text;
    int start = 0;
    while (start < s.size() && s[start] == u' ')
        ++start;
    int end = int(s.size());
    while (end > start && s[end - 1] == u' ')
        --end;
    auto sub = [&](int from, int to) {
        Expression e;
        e.source = s.mid(from, to - from);
        e.fileOffset = str.offset;
        for (int i = from; i <= to && i < int(str.charOffsets.size()); ++i)
            e.fileOffsets.push_back(str.charOffsets[std::size_t(i)]);
        parse(e);
        return e;
    };
    auto constant = [&](Expression &e) {
        if (!e.root)
            return false;
        const Type t = check(e);
        if (t.base == B::Error)
            return false;
        const Node &n = *e.root;
        const bool literal = n.kind == Node::Kind::IntLit || n.kind == Node::Kind::DecLit || n.kind == Node::Kind::StrLit
            || n.kind == Node::Kind::BoolLit
            || (n.kind == Node::Kind::Call && (n.name == u"yuan" || n.name == u"date" || n.name == u"month"));
        if (!literal) {
            error(e.offsetOf(n.pos), n.len, QStringLiteral("cell"), QStringLiteral("条件格中只能写常量"),
                  QStringLiteral("a table cell holds constants only"));
            return false;
        }
        if (inputType.base == B::Error)
            return true;
        const bool numeric = (t.base == B::Integer || t.base == B::Decimal) && (inputType.base == B::Integer || inputType.base == B::Decimal);
        if (!numeric && t.base != inputType.base) {
            error(e.offsetOf(n.pos), n.len, QStringLiteral("type-mismatch"),
                  QStringLiteral("条件格的值是 %1，但输入是 %2").arg(t.name(), inputType.name()),
                  QStringLiteral("the cell's value is %1 but the input is %2").arg(t.name(), inputType.name()));
            return false;
        }
        if (n.kind == Node::Kind::StrLit && inputType.domain && inputType.domain->size() > 1 && !inputType.domain->contains(n.name)) {
            error(e.offsetOf(n.pos), n.len, QStringLiteral("enum-value"),
                  QStringLiteral("“%1”不是输入可取的值（%2）").arg(n.name, inputType.domain->join(QStringLiteral(", "))),
                  QStringLiteral("'%1' is not a possible value of the input (%2)").arg(n.name, inputType.domain->join(QStringLiteral(", "))));
            return false;
        }
        return true;
    };
    if (start >= end) {
        errorAt(str, QStringLiteral("cell"), QStringLiteral("条件格为空；任意值请写“-”"), QStringLiteral("empty cell; write \"-\" for any value"));
        return false;
    }
    const QStringView body = QStringView(s).mid(start, end - start);
    if (body == u"-") {
        out.kind = TableCell::Kind::Any;
        return true;
    }
    struct Prefix { const char16_t *text; Node::Op op; };
    static const Prefix prefixes[] = {{u"<=", Node::Op::Le}, {u">=", Node::Op::Ge}, {u"!=", Node::Op::Ne},
                                      {u"<", Node::Op::Lt}, {u">", Node::Op::Gt}};
    for (const Prefix &p : prefixes) {
        const QStringView pv(p.text);
        if (body.startsWith(pv)) {
            out.kind = TableCell::Kind::Compare;
            out.op = p.op;
            out.values.push_back(sub(start + int(pv.size()), end));
            if (!constant(out.values.back()))
                return false;
            if (p.op != Node::Op::Ne && !inputType.isOrdered() && inputType.base != B::Error) {
                errorAt(str, QStringLiteral("type-mismatch"), QStringLiteral("%1 类型的输入不能比较大小").arg(inputType.name()),
                        QStringLiteral("an input of type %1 has no order").arg(inputType.name()));
                return false;
            }
            return true;
        }
    }
    if (body.startsWith(u'[') && body.endsWith(u']')) {
        const int dots = int(s.indexOf(QStringLiteral(".."), start));
        if (dots < 0 || dots >= end) {
            errorAt(str, QStringLiteral("cell"), QStringLiteral("区间应写成 [低..高]"), QStringLiteral("write a range as [low..high]"));
            return false;
        }
        out.kind = TableCell::Kind::Range;
        out.values.push_back(sub(start + 1, dots));
        out.values.push_back(sub(dots + 2, end - 1));
        if (!constant(out.values[0]) || !constant(out.values[1]))
            return false;
        if (!inputType.isOrdered() && inputType.base != B::Error) {
            errorAt(str, QStringLiteral("type-mismatch"), QStringLiteral("%1 类型的输入不能用区间").arg(inputType.name()),
                    QStringLiteral("an input of type %1 cannot take a range").arg(inputType.name()));
            return false;
        }
        return true;
    }
    // One value or several separated by commas (outside quotes).
    out.kind = TableCell::Kind::Values;
    int from = start;
    QChar quote;
    for (int i = start; i <= end; ++i) {
        if (i < end && !quote.isNull()) {
            if (s[i] == u'\\')
                ++i;
            else if (s[i] == quote)
                quote = QChar();
            continue;
        }
        if (i < end && (s[i] == u'\'' || s[i] == u'"')) {
            quote = s[i];
            continue;
        }
        if (i == end || s[i] == u',') {
            out.values.push_back(sub(from, i));
            if (!constant(out.values.back()))
                return false;
            from = i + 1;
        }
    }
    return true;
}

std::vector<Rule> Impl::rules(const SourceJson &root, const char *key, bool needed)
{
    std::vector<Rule> out;
    const SourceJson *arr = needed ? required(root, key, Kind::Array, "[{\"id\": ..., \"label\": ..., \"expr\": ...}]")
                                   : optionalMember(root, key, Kind::Array);
    if (!arr)
        return out;
    for (const SourceJson &r : arr->items) {
        if (!r.isObject()) {
            wrongKind(r, QString::fromLatin1(key) + QStringLiteral("[]"), Kind::Object);
            continue;
        }
        allowOnly(r, {"id", "label", "expr"});
        Rule rule;
        rule.fileOffset = r.offset;
        const SourceJson *id = required(r, "id", Kind::String, "an id");
        if (id) {
            rule.id = id->text;
            checkId(*id, rule.id, true);
        }
        rule.label = text(r, "label", true);
        if (const SourceJson *e = required(r, "expr", Kind::String, "an expression")) {
            rule.expr = expression(*e);
            check(rule.expr);
        }
        out.push_back(std::move(rule));
    }
    if (needed && arr->items.empty())
        errorAt(*arr, QStringLiteral("no-conditions"), QStringLiteral("至少需要一个资格条件"), QStringLiteral("at least one eligibility condition is required"));
    return out;
}

void Impl::amount(const SourceJson &root)
{
    const SourceJson *a = root.member(u"amount");
    Definition &def = policy.amount;
    def.name = QStringLiteral("amount");
    if (!a) {
        errorAt(root, QStringLiteral("missing-field"), QStringLiteral("缺少字段“amount”（金额）"), QStringLiteral("missing field \"amount\""));
        return;
    }
    def.fileOffset = a->offset;
    if (a->isString()) {
        def.expr = expression(*a);
        def.type = check(def.expr);
    } else if (a->isObject()) {
        allowOnly(*a, {"expr", "table", "label"});
        def.label = text(*a, "label", false);
        const SourceJson *e = a->member(u"expr");
        const SourceJson *t = a->member(u"table");
        if ((e != nullptr) == (t != nullptr)) {
            errorAt(*a, QStringLiteral("definition"), QStringLiteral("金额需要 expr 或 table 之一"), QStringLiteral("the amount needs exactly one of expr and table"));
            return;
        }
        if (e && e->isString()) {
            def.expr = expression(*e);
            def.type = check(def.expr);
        } else if (t && t->isObject()) {
            def.table = table(*t);
            def.type = def.table->outputType;
        } else {
            wrongKind(e ? *e : *t, e ? QStringLiteral("expr") : QStringLiteral("table"), e ? Kind::String : Kind::Object);
            return;
        }
    } else {
        wrongKind(*a, QStringLiteral("amount"), Kind::String);
        return;
    }
    if (def.type.base != B::Error && (def.type.base != B::Money || def.type.optional))
        error(a->offset, 1, QStringLiteral("type-mismatch"), QStringLiteral("金额应为 money，却是 %1").arg(def.type.name()),
              QStringLiteral("the amount must be money, found %1").arg(def.type.name()));
}

void Impl::tests(const SourceJson &root)
{
    const SourceJson *arr = optionalMember(root, "tests", Kind::Array);
    if (!arr)
        return;
    QSet<QString> names;
    QSet<QString> ruleIds;
    for (const auto *list : {&policy.conditions, &policy.exclusions})
        for (const Rule &r : *list)
            ruleIds.insert(r.id);
    QSet<QString> flagIds;
    for (const Rule &r : policy.flags)
        flagIds.insert(r.id);
    for (const SourceJson &t : arr->items) {
        if (!t.isObject()) {
            wrongKind(t, QStringLiteral("tests[]"), Kind::Object);
            continue;
        }
        allowOnly(t, {"name", "period", "subject", "records", "history", "expect"});
        PolicyTest test;
        test.fileOffset = t.offset;
        if (const SourceJson *n = required(t, "name", Kind::String, "a name")) {
            test.name = n->text;
            if (names.contains(test.name))
                errorAt(*n, QStringLiteral("duplicate-id"), QStringLiteral("测试名“%1”重复").arg(test.name), QStringLiteral("duplicate test name \"%1\"").arg(test.name));
            names.insert(test.name);
        }
        if (const SourceJson *p = required(t, "period", Kind::String, "YYYY-MM")) {
            std::int32_t m;
            if (!parseMonthIndex(p->text, m))
                errorAt(*p, QStringLiteral("bad-month"), QStringLiteral("应为月份 YYYY-MM"), QStringLiteral("expected a month YYYY-MM"));
            test.period = p->text;
        }
        if (const SourceJson *s = required(t, "subject", Kind::String, "18-character id")) {
            test.subject = s->text;
            if (s->text.size() != 18)
                errorAt(*s, QStringLiteral("bad-subject"), QStringLiteral("对象标识应为 18 位"), QStringLiteral("a subject id has 18 characters"));
        }
        if (const SourceJson *r = required(t, "records", Kind::Object, "{\"feed\": [{...}]}")) {
            test.records = r;
            for (const auto &m : r->members) {
                const catalog::Feed *feed = catalog.feed(m.first);
                if (!feed) {
                    errorAt(m.second, QStringLiteral("unknown-feed"), QStringLiteral("未知数据项“%1”").arg(m.first),
                            QStringLiteral("unknown feed \"%1\"").arg(m.first));
                    continue;
                }
                if (!m.second.isArray()) {
                    wrongKind(m.second, m.first, Kind::Array);
                    continue;
                }
                for (const SourceJson &row : m.second.items) {
                    if (!row.isObject()) {
                        wrongKind(row, m.first + QStringLiteral("[]"), Kind::Object);
                        continue;
                    }
                    for (std::size_t i = 0; i < row.members.size(); ++i) {
                        if (!feed->column(row.members[i].first))
                            error(row.members_keyOffsets[i], int(row.members[i].first.size()) + 2, QStringLiteral("unknown-column"),
                                  QStringLiteral("数据项“%1”没有列“%2”").arg(m.first, row.members[i].first),
                                  QStringLiteral("feed \"%1\" has no column \"%2\"").arg(m.first, row.members[i].first));
                        else if (!row.members[i].second.isString())
                            wrongKind(row.members[i].second, row.members[i].first, Kind::String);
                    }
                }
            }
        }
        if (const SourceJson *h = optionalMember(t, "history", Kind::Object)) {
            allowOnly(*h, {"awarded_months", "awarded_count", "awarded_total", "awarded_year_total"});
            test.history.given = true;
            if (const SourceJson *v = optionalMember(*h, "awarded_months", Kind::Number))
                test.history.awardedMonths = v->text.toInt();
            if (const SourceJson *v = optionalMember(*h, "awarded_count", Kind::Number))
                test.history.awardedCount = v->text.toInt();
            for (const char *key : {"awarded_total", "awarded_year_total"}) {
                if (const SourceJson *v = optionalMember(*h, key, Kind::String)) {
                    const auto m = domain::Money::parseYuan(v->text);
                    if (!m)
                        errorAt(*v, QStringLiteral("bad-money"), QStringLiteral("应为金额（元）"), QStringLiteral("expected an amount of yuan"));
                    else
                        (QLatin1StringView(key) == QLatin1StringView("awarded_total") ? test.history.awardedTotalFen
                                                                                      : test.history.awardedYearTotalFen) = m->fen();
                }
            }
        }
        if (const SourceJson *e = required(t, "expect", Kind::Object, "{\"eligible\": ...}")) {
            allowOnly(*e, {"eligible", "amount", "flags", "failed"});
            if (const SourceJson *el = required(*e, "eligible", Kind::Bool, "true | false"))
                test.expectEligible = el->boolValue;
            if (const SourceJson *a = optionalMember(*e, "amount", Kind::String)) {
                const auto m = domain::Money::parseYuan(a->text);
                if (!m)
                    errorAt(*a, QStringLiteral("bad-money"), QStringLiteral("应为金额（元）"), QStringLiteral("expected an amount of yuan"));
                else
                    test.expectAmountFen = m->fen();
            }
            auto idList = [&](const char *key, const QSet<QString> &known) -> std::optional<QStringList> {
                const SourceJson *l = optionalMember(*e, key, Kind::Array);
                if (!l)
                    return std::nullopt;
                QStringList out;
                for (const SourceJson &x : l->items) {
                    if (!x.isString()) {
                        wrongKind(x, QString::fromLatin1(key), Kind::String);
                        continue;
                    }
                    if (!known.contains(x.text))
                        errorAt(x, QStringLiteral("unknown-id"), QStringLiteral("没有标识为“%1”的规则").arg(x.text),
                                QStringLiteral("no rule has the id \"%1\"").arg(x.text));
                    out << x.text;
                }
                out.sort();
                return out;
            };
            test.expectFlags = idList("flags", flagIds);
            test.expectFailed = idList("failed", ruleIds);
        }
        policy.tests.push_back(std::move(test));
    }
}

// A feed's rows can be filtered in the snapshot query when every use of
// them in the policy is a collection operation (filter, exists, count) on the
// subject's own list whose predicate is a conjunction containing at least one
// test the database can apply: `v.column == 'literal'`, `v.column in [...]`,
// or, on a month column, `v.column == period` / `add_months(period, k)`.
// Each use gives one alternative (its tests); the rows kept are those that
// pass any alternative. Any other use of the list keeps every row.
void Impl::collectRecordFilters()
{
    struct Candidate
    {
        std::vector<std::vector<Policy::RecordTest>> alternatives;
        bool valid = true;
    };
    QHash<QString, Candidate> byFeed;
    auto periodOffset = [](const Node &r) -> std::optional<int> {
        if (r.kind == Node::Kind::Ident && r.ref == Node::Ref::Period)
            return 0;
        if (r.kind != Node::Kind::Call || r.name != u"add_months" || r.kids.size() != 2)
            return std::nullopt;
        const Node &base = *r.kids[0];
        const Node &k = *r.kids[1];
        if (base.kind != Node::Kind::Ident || base.ref != Node::Ref::Period)
            return std::nullopt;
        if (k.kind == Node::Kind::IntLit && k.value >= -1200 && k.value <= 1200)
            return int(k.value);
        if (k.kind == Node::Kind::Unary && k.op == Node::Op::Neg && k.kids[0]->kind == Node::Kind::IntLit
            && k.kids[0]->value <= 1200)
            return -int(k.kids[0]->value);
        return std::nullopt;
    };
    auto conjunctTests = [&](const Node &pred, int slot) {
        std::vector<Policy::RecordTest> tests;
        std::vector<const Node *> stack{&pred};
        while (!stack.empty()) {
            const Node *n = stack.back();
            stack.pop_back();
            if (n->kind == Node::Kind::Binary && n->op == Node::Op::And) {
                stack.push_back(n->kids[0].get());
                stack.push_back(n->kids[1].get());
                continue;
            }
            if (n->kind != Node::Kind::Binary || (n->op != Node::Op::Eq && n->op != Node::Op::In))
                continue;
            const Node *l = n->kids[0].get();
            const Node *r = n->kids[1].get();
            if (n->op == Node::Op::Eq && r->kind == Node::Kind::Field)
                std::swap(l, r);   // 'x' == v.column
            if (l->kind != Node::Kind::Field || l->ref != Node::Ref::Column || l->kids[0]->ref != Node::Ref::Variable
                || l->kids[0]->slot != slot || l->type.optional)
                continue;
            Policy::RecordTest test;
            test.column = l->name;
            if (n->op == Node::Op::Eq && r->kind == Node::Kind::StrLit) {
                test.values << r->name;
            } else if (n->op == Node::Op::In && r->kind == Node::Kind::ListLit && r->type.element == B::String) {
                for (const auto &k : r->kids) {
                    if (k->kind != Node::Kind::StrLit) {
                        test.values.clear();
                        break;
                    }
                    test.values << k->name;
                }
                if (test.values.isEmpty())
                    continue;
            } else if (n->op == Node::Op::Eq && l->type.base == B::Month) {
                test.periodOffset = periodOffset(*r);
                if (!test.periodOffset)
                    continue;
            } else {
                continue;
            }
            tests.push_back(std::move(test));
        }
        std::sort(tests.begin(), tests.end(), [](const Policy::RecordTest &a, const Policy::RecordTest &b) {
            return a.column < b.column;
        });
        return tests;
    };
    std::function<void(const Node &, const Node *)> walk = [&](const Node &n, const Node *parent) {
        if (n.kind == Node::Kind::Field && n.ref == Node::Ref::SubjectList && n.kids[0]->ref != Node::Ref::Subject)
            byFeed[n.name].valid = false; // rows reached through a reference: no filter applies
        if (n.kind == Node::Kind::Field && n.ref == Node::Ref::SubjectList && n.kids[0]->ref == Node::Ref::Subject) {
            Candidate &c = byFeed[n.name];
            std::vector<Policy::RecordTest> tests;
            if (parent && parent->kind == Node::Kind::Method && parent->lambda && parent->kids[0].get() == &n
                && (parent->name == u"filter" || parent->name == u"exists" || parent->name == u"count"))
                tests = conjunctTests(*parent->kids[2], parent->slot);
            if (tests.empty())
                c.valid = false;
            else if (std::find(c.alternatives.begin(), c.alternatives.end(), tests) == c.alternatives.end())
                c.alternatives.push_back(std::move(tests));
        }
        for (const auto &k : n.kids)
            walk(*k, &n);
    };
    auto visitExpr = [&](const Expression &e) {
        if (e.root)
            walk(*e.root, nullptr);
    };
    for (const Definition &d : policy.definitions) {
        visitExpr(d.expr);
        if (d.table) {
            for (const auto &in : d.table->inputs)
                visitExpr(in.expr);
            for (const auto &r : d.table->rules)
                visitExpr(r.output);
        }
    }
    for (const auto *list : {&policy.conditions, &policy.exclusions, &policy.flags})
        for (const Rule &r : *list)
            visitExpr(r.expr);
    visitExpr(policy.amount.expr);
    if (policy.amount.table)
        for (const auto &in : policy.amount.table->inputs)
            visitExpr(in.expr);
    if (policy.budgetOrderBy)
        visitExpr(*policy.budgetOrderBy);
    constexpr std::size_t maxAlternatives = 16;   // beyond this the SQL costs more than the rows
    for (auto it = byFeed.cbegin(); it != byFeed.cend(); ++it)
        if (it->valid && !it->alternatives.empty() && it->alternatives.size() <= maxAlternatives)
            policy.recordFilters.push_back(Policy::RecordFilter{it.key(), it->alternatives});
    std::sort(policy.recordFilters.begin(), policy.recordFilters.end(),
              [](const Policy::RecordFilter &a, const Policy::RecordFilter &b) { return a.feed < b.feed; });
}

} // namespace

PolicyLoader::PolicyLoader(const catalog::FeedCatalog &catalog)
    : m_catalog(catalog)
{
}

QStringList PolicyLoader::shippedPolicyFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/policies"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << QStringLiteral(":/policies/") + name;
    return files;
}

std::unique_ptr<Policy> PolicyLoader::loadFile(const QString &path, Diagnostics &diagnostics) const
{
    QFile f(path);
    auto fail = [&](const QString &zh, const QString &en) {
        Diagnostic d;
        d.file = path;
        d.code = QStringLiteral("io");
        d.message = Text{zh, en};
        diagnostics.add(d);
        return nullptr;
    };
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("无法打开文件：%1").arg(f.errorString()), QStringLiteral("cannot open the file: %1").arg(f.errorString()));
    if (f.size() > MaxFileSize)
        return fail(QStringLiteral("文件太大（上限 %1 字节）").arg(MaxFileSize), QStringLiteral("the file is too large (limit %1 bytes)").arg(MaxFileSize));
    const QByteArray bytes = f.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return fail(QStringLiteral("文件不是有效的 UTF-8"), QStringLiteral("the file is not valid UTF-8"));
    return loadText(text, path, diagnostics);
}

std::unique_ptr<Policy> PolicyLoader::loadText(const QString &text, const QString &file, Diagnostics &diagnostics) const
{
    auto policy = std::make_unique<Policy>();
    policy->file = file;
    policy->source = text;
    policy->json = std::make_shared<SourceJson>();
    if (text.size() > MaxFileSize) {
        Diagnostic d;
        d.file = file;
        d.code = QStringLiteral("io");
        d.message = Text{QStringLiteral("文件太大"), QStringLiteral("the file is too large")};
        diagnostics.add(d);
        return policy;
    }
    SourceJson::ParseError err;
    if (!SourceJson::parse(text, *policy->json, err)) {
        Diagnostic d;
        d.file = file;
        const auto lc = lineColumn(text, err.offset);
        d.line = lc.first;
        d.column = lc.second;
        d.code = QStringLiteral("json");
        d.message = Text{QStringLiteral("JSON 语法错误：") + err.message.zh, QStringLiteral("JSON syntax error: ") + err.message.en};
        diagnostics.add(d);
        return policy;
    }
    Impl impl(m_catalog, *policy, diagnostics);
    impl.run();
    return policy;
}

} // namespace mianshen::rules
