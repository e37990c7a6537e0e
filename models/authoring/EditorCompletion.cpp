#include "authoring/EditorCompletion.h"

#include "catalog/FeedCatalog.h"

#include <QRegularExpression>

#include <algorithm>

namespace mianshen::authoring {

using K = EditorCandidate::Kind;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The chain of names before the dot at `dot` ("person.social_insurance" for
// "person.social_insurance.|"); calls are skipped: "items.filter(a, ...)." -> items, filter.
QStringList chainBefore(const QString &text, int dot)
{
    QStringList chain;
    int i = dot;
    while (i > 0 && text[i] == QLatin1Char('.')) {
        int end = i;
        --i;
        if (i >= 0 && text[i] == QLatin1Char(')')) {
            int depth = 0;
            for (; i >= 0; --i) {
                if (text[i] == QLatin1Char(')'))
                    ++depth;
                else if (text[i] == QLatin1Char('(') && --depth == 0)
                    break;
            }
            end = i;
            --i;
        }
        int start = end;
        while (start > 0 && isWordChar(text[start - 1]))
            --start;
        if (start == end)
            break;
        chain.prepend(text.mid(start, end - start));
        i = start - 1;
    }
    return chain;
}

} // namespace

EditorCompletion::EditorCompletion(const catalog::FeedCatalog &catalog, const QString &subject,
                                   const QStringList &definitions, bool amountVisible)
    : m_catalog(catalog), m_subject(subject), m_definitions(definitions), m_amountVisible(amountVisible)
{
}

QList<EditorCandidate> EditorCompletion::functions()
{
    static const char *const fs[][2] = {
        {"date", "date('YYYY-MM-DD')"}, {"month", "month('YYYY-MM')"}, {"yuan", "yuan(n)"},
        {"age", "age(birth, at)"}, {"months_between", "months_between(a, b)"}, {"days_between", "days_between(a, b)"},
        {"add_months", "add_months(m, n)"}, {"add_days", "add_days(d, n)"}, {"month_of", "month_of(d)"},
        {"year_of", "year_of(d)"}, {"first_day", "first_day(m)"}, {"last_day", "last_day(m)"},
        {"min", "min(a, b)"}, {"max", "max(a, b)"}, {"consecutive_months", "consecutive_months(months, end)"},
        {"starts_with", "starts_with(s, 'lit')"}, {"contains", "contains(s, 'lit')"}, {"has", "has(x)"}};
    QList<EditorCandidate> out;
    for (const auto &f : fs)
        out.append({QString::fromLatin1(f[0]), K::Function, QString::fromLatin1(f[1])});
    return out;
}

QList<EditorCandidate> EditorCompletion::methods()
{
    static const char *const ms[][2] = {
        {"exists", "exists(v, p)"}, {"all", "all(v, p)"}, {"filter", "filter(v, p)"}, {"count", "count() / count(v, p)"},
        {"size", "size()"}, {"distinct", "distinct()"}, {"sum", "sum(v, e) / sum()"}, {"min", "min(v, e) / min()"},
        {"max", "max(v, e) / max()"}, {"map", "map(v, e)"}};
    QList<EditorCandidate> out;
    for (const auto &m : ms)
        out.append({QString::fromLatin1(m[0]), K::Method, QString::fromLatin1(m[1])});
    return out;
}

const catalog::Feed *EditorCompletion::registry(const QString &kind) const
{
    return m_catalog.feed(kind == QLatin1String("enterprise") ? QStringLiteral("enterprises") : QStringLiteral("persons"));
}

const catalog::Feed *EditorCompletion::resolve(const QString &text, const QStringList &chain, bool &isList, int depth) const
{
    isList = false;
    if (chain.isEmpty() || depth > 8)
        return nullptr;
    const catalog::Feed *feed = nullptr;
    const QString &head = chain.first();
    if (head == m_subject) {
        feed = registry(m_subject);
    } else {
        // A lambda variable: "<chain>.filter(v," binds v to an element of the list.
        const QRegularExpression bind(QStringLiteral("([A-Za-z_][A-Za-z0-9_.()]*)\\.(?:exists|all|filter|count|sum|min|max|map)\\(\\s*%1\\s*,")
                                          .arg(QRegularExpression::escape(head)));
        auto it = bind.globalMatch(text);
        QString listText;
        int listEnd = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            listText = m.captured(1);
            listEnd = int(m.capturedEnd(1));
        }
        if (listText.isEmpty())
            return nullptr;
        bool list = false;
        feed = resolve(text, chainBefore(text.left(listEnd) + QLatin1Char('.'), listEnd), list, depth + 1);
        if (!feed || !list)
            return nullptr;
    }
    bool subjectRecord = head == m_subject;
    for (int i = 1; i < chain.size() && feed; ++i) {
        const QString &name = chain[i];
        if (isList) {
            if (name != QLatin1String("filter") && name != QLatin1String("distinct"))
                return nullptr;
            continue;
        }
        if (subjectRecord) {
            if (const catalog::Feed *list = m_catalog.feed(name); list && !list->registry) {
                feed = list;
                isList = true;
                subjectRecord = false;
                continue;
            }
        }
        const catalog::Feed *next = nullptr;
        for (const catalog::Column &c : feed->columns) {
            if (c.references.isEmpty() || c.references.contains(QLatin1Char('|')) || c.name == feed->subjectColumn)
                continue;
            for (const char *suffix : {"_credit_code", "_id_number"})
                if (c.name == name + QLatin1String(suffix))
                    next = m_catalog.feed(c.references);
        }
        feed = next;
        subjectRecord = false;
    }
    return feed;
}

QList<EditorCandidate> EditorCompletion::fieldsOf(const catalog::Feed &feed, bool subjectRecord) const
{
    QList<EditorCandidate> out;
    for (const catalog::Column &c : feed.columns) {
        out.append({c.name, K::Field, catalog::FeedCatalog::typeName(c.type) + (c.optional ? QStringLiteral("?") : QString())});
        if (!c.references.isEmpty() && !c.references.contains(QLatin1Char('|')) && c.name != feed.subjectColumn) {
            for (const char *suffix : {"_credit_code", "_id_number"})
                if (c.name.endsWith(QLatin1String(suffix)))
                    out.append({c.name.chopped(int(qstrlen(suffix))), K::Reference, c.references});
        }
    }
    if (subjectRecord) {
        out.append({QStringLiteral("registered"), K::Field, QStringLiteral("bool")});
        const bool person = m_subject != QLatin1String("enterprise");
        for (const catalog::Feed &f : m_catalog.feeds()) {
            if (f.registry)
                continue;
            if (f.subjectKind == catalog::SubjectKind::Either
                || (person ? f.subjectKind == catalog::SubjectKind::Person : f.subjectKind == catalog::SubjectKind::Enterprise))
                out.append({f.name, K::Feed, f.titleEn});
        }
    }
    return out;
}

QList<EditorCandidate> EditorCompletion::namesInScope() const
{
    QList<EditorCandidate> out;
    out.append({m_subject, K::Name, QStringLiteral("record")});
    out.append({QStringLiteral("period"), K::Name, QStringLiteral("month")});
    for (const QString &d : m_definitions)
        out.append({d, K::Name, QStringLiteral("definition")});
    for (const char *n : {"awarded_months", "awarded_count"})
        out.append({QString::fromLatin1(n), K::Name, QStringLiteral("integer")});
    for (const char *n : {"awarded_total", "awarded_year_total"})
        out.append({QString::fromLatin1(n), K::Name, QStringLiteral("money")});
    if (m_amountVisible)
        out.append({QStringLiteral("amount"), K::Name, QStringLiteral("money")});
    out.append({QStringLiteral("true"), K::Name, QStringLiteral("bool")});
    out.append({QStringLiteral("false"), K::Name, QStringLiteral("bool")});
    out += functions();
    return out;
}

EditorCompletion::Result EditorCompletion::complete(const QString &text, int cursor) const
{
    Result r;
    cursor = qBound(0, cursor, int(text.size()));
    int from = cursor;
    while (from > 0 && isWordChar(text[from - 1]))
        --from;
    r.from = from;
    r.prefix = text.mid(from, cursor - from);
    QList<EditorCandidate> all;
    if (from > 0 && text[from - 1] == QLatin1Char('.')) {
        bool isList = false;
        const QStringList chain = chainBefore(text, from - 1);
        const catalog::Feed *feed = resolve(text.left(from), chain, isList, 0);
        if (feed && isList)
            all = methods();
        else if (feed)
            all = fieldsOf(*feed, chain.size() == 1 && chain.first() == m_subject);
        else
            all = methods();
    } else {
        all = namesInScope();
    }
    for (const EditorCandidate &c : all)
        if (c.text.startsWith(r.prefix) && !(c.text == r.prefix && r.prefix.isEmpty()))
            r.candidates.append(c);
    std::stable_sort(r.candidates.begin(), r.candidates.end(),
                     [](const EditorCandidate &a, const EditorCandidate &b) { return a.text < b.text; });
    return r;
}

} // namespace mianshen::authoring
