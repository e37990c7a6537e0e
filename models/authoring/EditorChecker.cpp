#include "authoring/EditorChecker.h"

#include "catalog/FeedCatalog.h"
#include "rules/Parser.h"
#include "rules/Policy.h"
#include "rules/PolicyChecker.h"
#include "rules/PolicyLoader.h"
#include "rules/TypeChecker.h"

namespace mianshen::authoring {

namespace {

int offsetOf(const QString &text, int line, int column)
{
    int offset = 0;
    for (int l = 1; l < line; ++l) {
        const int nl = int(text.indexOf(QLatin1Char('\n'), offset));
        if (nl < 0)
            return int(text.size());
        offset = nl + 1;
    }
    return offset + qMax(0, column - 1);
}

bool sameText(const QString &a, const QString &b)
{
    QString x = a, y = b;
    x.remove(QLatin1Char(' '));
    y.remove(QLatin1Char(' '));
    return x == y;
}

} // namespace

EditorChecker::EditorChecker(const catalog::FeedCatalog &catalog) : m_catalog(catalog) {}

EditorChecker::~EditorChecker() = default;

void EditorChecker::setDocument(const EditorDocument &document)
{
    m_document = document;
    m_findings.clear();
    m_definitionIndex.clear();
    EditorSourceMap map;
    const QString source = document.toSource(&map);
    rules::Diagnostics diagnostics;
    rules::PolicyLoader loader(m_catalog);
    m_policy = loader.loadText(source, QStringLiteral("policy.json"), diagnostics);
    if (m_policy && !diagnostics.hasErrors())
        rules::PolicyChecker(m_catalog).check(*m_policy, diagnostics);
    if (m_policy)
        for (std::size_t i = 0; i < m_policy->definitions.size(); ++i)
            m_definitionIndex.insert(m_policy->definitions[i].name, int(i));
    for (const rules::Diagnostic &d : diagnostics.items()) {
        EditorFinding f;
        f.severity = d.severity;
        f.code = d.code;
        f.message = d.message;
        f.line = d.line;
        f.column = d.column;
        f.length = d.length;
        if (d.line > 0) {
            const int offset = offsetOf(source, d.line, d.column);
            f.path = map.pathAt(offset);
            f.position = map.charIndex(f.path, offset);
        }
        m_findings.append(f);
    }
}

QList<EditorFinding> EditorChecker::findingsUnder(const QString &path) const
{
    QList<EditorFinding> out;
    for (const EditorFinding &f : m_findings)
        if (f.path == path || f.path.startsWith(path + QLatin1Char('/')))
            out.append(f);
    return out;
}

bool EditorChecker::hasErrors() const
{
    for (const EditorFinding &f : m_findings)
        if (f.severity == rules::Severity::Error)
            return true;
    return false;
}

QStringList EditorChecker::definitionsInScope(EditorPlace place, int index) const
{
    const bool before = place == EditorPlace::Definition || place == EditorPlace::TableInput;
    const int end = before ? qBound(0, index, int(m_document.definitions.size())) : int(m_document.definitions.size());
    QStringList names;
    for (int i = 0; i < end; ++i)
        if (!m_document.definitions[i].name.isEmpty())
            names << m_document.definitions[i].name;
    return names;
}

QList<EditorFinding> EditorChecker::checkExpression(EditorPlace place, int index, const QString &text) const
{
    QList<EditorFinding> out;
    auto add = [&](int pos, int len, const QString &code, const rules::Text &message) {
        EditorFinding f;
        f.position = pos;
        f.length = qMax(1, len);
        f.column = pos + 1;
        f.code = code;
        f.message = message;
        out.append(f);
    };
    if (text.trimmed().isEmpty()) {
        add(0, 1, QStringLiteral("empty"), {QStringLiteral("表达式不能为空"), QStringLiteral("the expression is empty")});
        return out;
    }
    rules::Parser::Error parseError;
    std::unique_ptr<rules::Node> root = rules::Parser::parse(text, parseError);
    if (!root) {
        add(parseError.pos, parseError.len, QStringLiteral("syntax"), parseError.message);
        return out;
    }
    const auto subject = m_document.subject == QLatin1String("enterprise") ? rules::SubjectKind::Enterprise
                                                                          : rules::SubjectKind::Person;
    rules::TypeChecker checker(m_catalog, subject);
    const QString guard = m_document.subject + QStringLiteral(".registered");
    checker.setRegisteredGuard(!m_document.conditions.isEmpty() && sameText(m_document.conditions.first().expr, guard));
    for (const QString &name : definitionsInScope(place, index)) {
        const int i = m_definitionIndex.value(name, -1);
        checker.addDefinition(name, i >= 0 ? m_policy->definitions[std::size_t(i)].type : rules::Type());
    }
    checker.setAmountVisible(place == EditorPlace::Flag);
    std::vector<rules::TypeChecker::Error> errors;
    const rules::Type type = checker.check(*root, errors);
    for (const auto &e : errors)
        add(e.pos, e.len, e.code, e.message);
    if (!errors.empty() || type.base == rules::Type::Error)
        return out;
    auto expect = [&](rules::Type::Base base, const char *zh, const char *en) {
        if (type.base == base && !type.optional)
            return;
        const QString want = rules::Type::of(base).name();
        add(root->pos, root->len, QStringLiteral("type-mismatch"),
            {QStringLiteral("%1应为 %2，却是 %3").arg(QString::fromUtf8(zh), want, type.name()),
             QStringLiteral("%1 must be %2, found %3").arg(QString::fromUtf8(en), want, type.name())});
    };
    switch (place) {
    case EditorPlace::Condition: expect(rules::Type::Bool, "条件", "a condition"); break;
    case EditorPlace::Exclusion: expect(rules::Type::Bool, "排除条件", "an exclusion"); break;
    case EditorPlace::Flag: expect(rules::Type::Bool, "复核标记", "a review flag"); break;
    case EditorPlace::Amount: expect(rules::Type::Money, "金额", "the amount"); break;
    case EditorPlace::BudgetOrder:
        if (!type.isOrdered())
            add(root->pos, root->len, QStringLiteral("type-mismatch"),
                {QStringLiteral("预算排序表达式应为数值、日期或月份"), QStringLiteral("the budget order must be a number, date or month")});
        break;
    case EditorPlace::TableInput:
        if (!type.isScalar() || type.optional)
            add(root->pos, root->len, QStringLiteral("type-mismatch"),
                {QStringLiteral("表格输入应为非可选的单个值，却是 %1").arg(type.name()),
                 QStringLiteral("a table input must be a plain single value, found %1").arg(type.name())});
        break;
    case EditorPlace::Definition: break;
    }
    return out;
}

} // namespace mianshen::authoring
