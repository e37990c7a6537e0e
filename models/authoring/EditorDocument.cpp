#include "authoring/EditorDocument.h"

#include "rules/SourceJson.h"

#include <QCoreApplication>

namespace mianshen::authoring {

using SJ = rules::SourceJson;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EditorDocument", text);
}

// Reads the typed fields; the first value of a shape the forms cannot hold
// stops the reading with its line and column.
class Reader
{
public:
    explicit Reader(const QString &source) : m_source(source) {}

    QString error;

    bool fail(const SJ &v, const QString &what)
    {
        if (error.isEmpty()) {
            const auto lc = rules::lineColumn(m_source, v.offset);
            error = tr("line %1, column %2: %3").arg(lc.first).arg(lc.second).arg(what);
        }
        return false;
    }
    const SJ *get(const SJ &obj, const char *key, SJ::Kind kind)
    {
        const SJ *v = obj.member(QString::fromLatin1(key));
        if (!v)
            return nullptr;
        if (v->kind != kind) {
            fail(*v, tr("\"%1\" does not have the shape of the policy file format (docs/policies.md)").arg(QString::fromLatin1(key)));
            return nullptr;
        }
        return v;
    }
    QString string(const SJ &obj, const char *key)
    {
        const SJ *v = get(obj, key, SJ::Kind::String);
        return v ? v->text : QString();
    }
    std::optional<int> integer(const SJ &obj, const char *key)
    {
        const SJ *v = get(obj, key, SJ::Kind::Number);
        if (!v)
            return std::nullopt;
        bool ok = false;
        const int n = v->text.toInt(&ok);
        if (!ok) {
            fail(*v, tr("\"%1\" must be a whole number").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        return n;
    }
    std::optional<EditorText> text(const SJ &obj, const char *key)
    {
        const SJ *v = get(obj, key, SJ::Kind::Object);
        if (!v)
            return std::nullopt;
        return EditorText{string(*v, "zh"), string(*v, "en")};
    }
    EditorRule rule(const SJ &v)
    {
        if (!v.isObject())
            fail(v, tr("a rule must be an object with id, label and expr"));
        return EditorRule{string(v, "id"), text(v, "label").value_or(EditorText()), string(v, "expr")};
    }
    QList<EditorRule> rules(const SJ &root, const char *key, bool &present)
    {
        QList<EditorRule> out;
        const SJ *arr = get(root, key, SJ::Kind::Array);
        present = arr != nullptr;
        if (arr)
            for (const SJ &item : arr->items)
                out.append(rule(item));
        return out;
    }
    EditorTable table(const SJ &t);
    EditorDefinition definition(const SJ &v, bool amount);
    EditorTestCase test(const SJ &t);

private:
    const QString &m_source;
};

EditorTable Reader::table(const SJ &t)
{
    EditorTable out;
    out.hit = string(t, "hit");
    if (const SJ *inputs = get(t, "inputs", SJ::Kind::Array))
        for (const SJ &in : inputs->items)
            out.inputs.append({string(in, "name"), string(in, "expr")});
    if (const SJ *rows = get(t, "rules", SJ::Kind::Array)) {
        for (const SJ &r : rows->items) {
            EditorTable::Row row;
            if (const SJ *when = get(r, "when", SJ::Kind::Array))
                for (const SJ &cell : when->items)
                    row.when << (cell.isString() ? cell.text : (fail(cell, tr("a table cell must be text")), QString()));
            row.then = string(r, "then");
            row.label = text(r, "label");
            out.rows.append(row);
        }
    }
    if (const SJ *d = get(t, "default", SJ::Kind::String))
        out.defaultValue = d->text;
    return out;
}

EditorDefinition Reader::definition(const SJ &v, bool amount)
{
    EditorDefinition d;
    if (amount && v.isString()) {
        d.expr = v.text;
        d.plainString = true;
        return d;
    }
    if (!v.isObject()) {
        fail(v, tr("a definition must be an object"));
        return d;
    }
    if (!amount)
        d.name = string(v, "name");
    d.label = text(v, "label");
    d.expr = string(v, "expr");
    if (const SJ *t = get(v, "table", SJ::Kind::Object))
        d.table = table(*t);
    return d;
}

EditorTestCase Reader::test(const SJ &t)
{
    EditorTestCase c;
    c.name = string(t, "name");
    c.period = string(t, "period");
    c.subject = string(t, "subject");
    if (const SJ *records = get(t, "records", SJ::Kind::Object)) {
        for (const auto &feed : records->members) {
            EditorTestCase::FeedRows rows{feed.first, {}};
            if (!feed.second.isArray()) {
                fail(feed.second, tr("the records of a feed must be a list of rows"));
                continue;
            }
            for (const SJ &row : feed.second.items) {
                EditorTestCase::Row r;
                for (const auto &col : row.members) {
                    if (!col.second.isString())
                        fail(col.second, tr("a record's value must be text, as a delivery holds it"));
                    r.append({col.first, col.second.text});
                }
                if (!row.isObject())
                    fail(row, tr("a record must be an object"));
                rows.rows.append(r);
            }
            c.records.append(rows);
        }
    }
    if (const SJ *h = get(t, "history", SJ::Kind::Object))
        c.history = EditorJson::fromSource(*h);
    if (const SJ *e = get(t, "expect", SJ::Kind::Object)) {
        if (const SJ *el = get(*e, "eligible", SJ::Kind::Bool))
            c.expectEligible = el->boolValue;
        if (const SJ *a = get(*e, "amount", SJ::Kind::String))
            c.expectAmount = a->text;
        auto ids = [&](const char *key) -> std::optional<QStringList> {
            const SJ *l = get(*e, key, SJ::Kind::Array);
            if (!l)
                return std::nullopt;
            QStringList out;
            for (const SJ &x : l->items)
                out << x.text;
            return out;
        };
        c.expectFlags = ids("flags");
        c.expectFailed = ids("failed");
    }
    return c;
}

const char *const KnownMembers[] = {"format", "code", "version", "title", "legal_basis", "department", "subject",
                                    "effective", "schedule", "budget", "stacking", "definitions", "conditions",
                                    "exclusions", "amount", "flags", "tests"};

bool known(const QString &key)
{
    for (const char *k : KnownMembers)
        if (key == QLatin1StringView(k))
            return true;
    return false;
}

EditorJson textJson(const EditorText &t)
{
    EditorJson j = EditorJson::object();
    j.add(QStringLiteral("zh"), EditorJson::string(t.zh));
    j.add(QStringLiteral("en"), EditorJson::string(t.en));
    return j;
}

EditorJson ruleJson(const EditorRule &r)
{
    EditorJson j = EditorJson::object();
    j.add(QStringLiteral("id"), EditorJson::string(r.id));
    j.add(QStringLiteral("label"), textJson(r.label));
    j.add(QStringLiteral("expr"), EditorJson::string(r.expr));
    return j;
}

EditorJson tableJson(const EditorTable &t)
{
    EditorJson j = EditorJson::object();
    j.add(QStringLiteral("hit"), EditorJson::string(t.hit));
    EditorJson &inputs = j.add(QStringLiteral("inputs"), EditorJson::array());
    for (const auto &in : t.inputs) {
        EditorJson i = EditorJson::object();
        i.add(QStringLiteral("name"), EditorJson::string(in.name));
        i.add(QStringLiteral("expr"), EditorJson::string(in.expr));
        inputs.items.append(i);
    }
    EditorJson &rows = j.add(QStringLiteral("rules"), EditorJson::array());
    for (const auto &row : t.rows) {
        EditorJson r = EditorJson::object();
        EditorJson &when = r.add(QStringLiteral("when"), EditorJson::array());
        for (const QString &cell : row.when)
            when.items.append(EditorJson::string(cell));
        r.add(QStringLiteral("then"), EditorJson::string(row.then));
        if (row.label)
            r.add(QStringLiteral("label"), textJson(*row.label));
        rows.items.append(r);
    }
    if (t.defaultValue)
        j.add(QStringLiteral("default"), EditorJson::string(*t.defaultValue));
    return j;
}

EditorJson definitionJson(const EditorDefinition &d, bool amount)
{
    if (amount && d.plainString && !d.table && !d.label)
        return EditorJson::string(d.expr);
    EditorJson j = EditorJson::object();
    if (!amount)
        j.add(QStringLiteral("name"), EditorJson::string(d.name));
    if (d.label)
        j.add(QStringLiteral("label"), textJson(*d.label));
    if (d.table)
        j.add(QStringLiteral("table"), tableJson(*d.table));
    else
        j.add(QStringLiteral("expr"), EditorJson::string(d.expr));
    return j;
}

EditorJson testJson(const EditorTestCase &c)
{
    EditorJson j = EditorJson::object();
    j.add(QStringLiteral("name"), EditorJson::string(c.name));
    j.add(QStringLiteral("period"), EditorJson::string(c.period));
    j.add(QStringLiteral("subject"), EditorJson::string(c.subject));
    EditorJson &records = j.add(QStringLiteral("records"), EditorJson::object());
    for (const auto &feed : c.records) {
        EditorJson rows = EditorJson::array();
        for (const auto &row : feed.rows) {
            EditorJson r = EditorJson::object();
            for (const auto &col : row)
                r.add(col.first, EditorJson::string(col.second));
            rows.items.append(r);
        }
        records.add(feed.feed, rows);
    }
    if (c.history)
        j.add(QStringLiteral("history"), *c.history);
    EditorJson &expect = j.add(QStringLiteral("expect"), EditorJson::object());
    expect.add(QStringLiteral("eligible"), EditorJson::boolean(c.expectEligible));
    if (c.expectAmount)
        expect.add(QStringLiteral("amount"), EditorJson::string(*c.expectAmount));
    for (const auto &[key, list] : {std::pair{"flags", &c.expectFlags}, std::pair{"failed", &c.expectFailed}}) {
        if (!*list)
            continue;
        EditorJson ids = EditorJson::array();
        for (const QString &id : **list)
            ids.items.append(EditorJson::string(id));
        expect.add(QString::fromLatin1(key), ids);
    }
    return j;
}

} // namespace

const EditorTestCase::FeedRows *EditorTestCase::feedRows(const QString &feed) const
{
    for (const FeedRows &f : records)
        if (f.feed == feed)
            return &f;
    return nullptr;
}

EditorTestCase::FeedRows &EditorTestCase::feedRowsFor(const QString &feed)
{
    for (FeedRows &f : records)
        if (f.feed == feed)
            return f;
    records.append(FeedRows{feed, {}});
    return records.last();
}

QList<EditorRule> &EditorDocument::rules(EditorRuleList list)
{
    return list == EditorRuleList::Conditions ? conditions : list == EditorRuleList::Exclusions ? exclusions : flags;
}

const QList<EditorRule> &EditorDocument::rules(EditorRuleList list) const
{
    return list == EditorRuleList::Conditions ? conditions : list == EditorRuleList::Exclusions ? exclusions : flags;
}

QString EditorDocument::listKey(EditorRuleList list)
{
    return list == EditorRuleList::Conditions ? QStringLiteral("conditions")
         : list == EditorRuleList::Exclusions ? QStringLiteral("exclusions")
                                              : QStringLiteral("flags");
}

domain::Result<EditorDocument> EditorDocument::fromSource(const QString &source)
{
    SJ root;
    SJ::ParseError parseError;
    if (!SJ::parse(source, root, parseError)) {
        const auto lc = rules::lineColumn(source, parseError.offset);
        return domain::Result<EditorDocument>::failure(
            tr("line %1, column %2: the policy file is not valid JSON (%3); correct the text and open it again")
                .arg(lc.first).arg(lc.second).arg(parseError.message.en));
    }
    Reader r(source);
    if (!root.isObject()) {
        r.fail(root, tr("a policy file must be a JSON object"));
        return domain::Result<EditorDocument>::failure(r.error);
    }
    EditorDocument d;
    d.format = r.string(root, "format");
    d.code = r.string(root, "code");
    d.version = r.integer(root, "version").value_or(1);
    d.title = r.text(root, "title").value_or(EditorText());
    if (const SJ *lb = r.get(root, "legal_basis", SJ::Kind::Object)) {
        d.legalBasis.document = r.string(*lb, "document");
        d.legalBasis.article = r.string(*lb, "article");
        d.legalBasis.url = r.string(*lb, "url");
        d.legalBasis.title = r.text(*lb, "title");
    }
    d.department = r.text(root, "department").value_or(EditorText());
    d.subject = r.string(root, "subject");
    if (const SJ *e = r.get(root, "effective", SJ::Kind::Object)) {
        d.effectiveFrom = r.string(*e, "from");
        d.effectiveUntil = r.string(*e, "until");
    }
    if (const SJ *s = r.get(root, "schedule", SJ::Kind::Object)) {
        d.scheduleKind = r.string(*s, "kind");
        d.maxMonths = r.integer(*s, "max_months");
    }
    if (const SJ *b = r.get(root, "budget", SJ::Kind::Object))
        d.budget = Budget{r.string(*b, "yuan"), r.string(*b, "order_by"), r.string(*b, "order")};
    if (const SJ *s = r.get(root, "stacking", SJ::Kind::Object))
        d.stacking = Stacking{r.string(*s, "group"), r.integer(*s, "rank")};
    if (const SJ *defs = r.get(root, "definitions", SJ::Kind::Array))
        for (const SJ &v : defs->items)
            d.definitions.append(r.definition(v, false));
    bool present = false;
    d.conditions = r.rules(root, "conditions", present);
    d.exclusions = r.rules(root, "exclusions", d.hasExclusions);
    if (const SJ *a = root.member(u"amount"))
        d.amount = r.definition(*a, true);
    d.flags = r.rules(root, "flags", d.hasFlags);
    if (const SJ *tests = r.get(root, "tests", SJ::Kind::Array)) {
        d.hasTests = true;
        for (const SJ &t : tests->items)
            d.tests.append(r.test(t));
    }
    for (const auto &m : root.members)
        if (!known(m.first))
            d.otherMembers.append({m.first, EditorJson::fromSource(m.second)});
    if (!r.error.isEmpty())
        return domain::Result<EditorDocument>::failure(r.error);
    return d;
}

QString EditorDocument::toSource(EditorSourceMap *map) const
{
    EditorJson j = EditorJson::object();
    j.add(QStringLiteral("format"), EditorJson::string(format));
    j.add(QStringLiteral("code"), EditorJson::string(code));
    j.add(QStringLiteral("version"), EditorJson::number(version));
    j.add(QStringLiteral("title"), textJson(title));
    EditorJson &lb = j.add(QStringLiteral("legal_basis"), EditorJson::object());
    lb.add(QStringLiteral("document"), EditorJson::string(legalBasis.document));
    if (!legalBasis.article.isEmpty())
        lb.add(QStringLiteral("article"), EditorJson::string(legalBasis.article));
    if (!legalBasis.url.isEmpty())
        lb.add(QStringLiteral("url"), EditorJson::string(legalBasis.url));
    if (legalBasis.title)
        lb.add(QStringLiteral("title"), textJson(*legalBasis.title));
    j.add(QStringLiteral("department"), textJson(department));
    j.add(QStringLiteral("subject"), EditorJson::string(subject));
    EditorJson &eff = j.add(QStringLiteral("effective"), EditorJson::object());
    eff.add(QStringLiteral("from"), EditorJson::string(effectiveFrom));
    if (!effectiveUntil.isEmpty())
        eff.add(QStringLiteral("until"), EditorJson::string(effectiveUntil));
    EditorJson &sch = j.add(QStringLiteral("schedule"), EditorJson::object());
    sch.add(QStringLiteral("kind"), EditorJson::string(scheduleKind));
    if (maxMonths)
        sch.add(QStringLiteral("max_months"), EditorJson::number(*maxMonths));
    if (budget) {
        EditorJson &b = j.add(QStringLiteral("budget"), EditorJson::object());
        b.add(QStringLiteral("yuan"), EditorJson::string(budget->yuan));
        if (!budget->orderBy.isEmpty())
            b.add(QStringLiteral("order_by"), EditorJson::string(budget->orderBy));
        if (!budget->order.isEmpty())
            b.add(QStringLiteral("order"), EditorJson::string(budget->order));
    }
    if (stacking) {
        EditorJson &s = j.add(QStringLiteral("stacking"), EditorJson::object());
        s.add(QStringLiteral("group"), EditorJson::string(stacking->group));
        if (stacking->rank)
            s.add(QStringLiteral("rank"), EditorJson::number(*stacking->rank));
    }
    if (!definitions.isEmpty()) {
        EditorJson &defs = j.add(QStringLiteral("definitions"), EditorJson::array());
        for (const EditorDefinition &d : definitions)
            defs.items.append(definitionJson(d, false));
    }
    auto list = [&](const QString &key, const QList<EditorRule> &rules, bool always) {
        if (rules.isEmpty() && !always)
            return;
        EditorJson &arr = j.add(key, EditorJson::array());
        for (const EditorRule &r : rules)
            arr.items.append(ruleJson(r));
    };
    list(QStringLiteral("conditions"), conditions, true);
    list(QStringLiteral("exclusions"), exclusions, hasExclusions);
    j.add(QStringLiteral("amount"), definitionJson(amount, true));
    list(QStringLiteral("flags"), flags, hasFlags);
    if (!tests.isEmpty() || hasTests) {
        EditorJson &arr = j.add(QStringLiteral("tests"), EditorJson::array());
        for (const EditorTestCase &t : tests)
            arr.items.append(testJson(t));
    }
    for (const auto &m : otherMembers)
        j.add(m.first, m.second);
    return j.write(map);
}

EditorDocument EditorDocument::blank(const QString &code, const QString &subject)
{
    EditorDocument d;
    d.code = code;
    d.subject = subject == QLatin1String("enterprise") ? subject : QStringLiteral("person");
    d.title = EditorText{QStringLiteral("新政策"), QStringLiteral("New policy")};
    d.department = EditorText{QStringLiteral("主管部门"), QStringLiteral("Department")};
    d.legalBasis.document = QStringLiteral("文号");
    d.effectiveFrom = QStringLiteral("2021-01");
    d.conditions.append(EditorRule{QStringLiteral("registered"),
                                   EditorText{QStringLiteral("在登记库中有登记"), QStringLiteral("In the registry")},
                                   d.subject + QStringLiteral(".registered")});
    d.amount.expr = QStringLiteral("yuan(1000)");
    d.amount.label = EditorText{QStringLiteral("金额"), QStringLiteral("Amount")};
    d.hasTests = true;
    return d;
}

} // namespace mianshen::authoring
