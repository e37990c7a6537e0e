#pragma once

#include <initializer_list>

#include "rules/Ast.h"
#include "rules/Text.h"

#include <QHash>

#include <vector>

namespace mianshen::rules {

// Checks one expression against the feed catalog and annotates the tree
// (types, what each name refers to, variable slots). Names in scope: the
// subject (`person` or `enterprise`), `period`, the policy's definitions
// declared before, the engine inputs (awarded_months, awarded_count,
// awarded_total, awarded_year_total) and, in flags only, `amount`.
class TypeChecker final
{
public:
    struct Error
    {
        int pos = 0;
        int len = 1;
        QString code;
        Text message;
    };
    static constexpr int MaxVariables = 8;

    TypeChecker(const catalog::FeedCatalog &catalog, SubjectKind subject);

    void addDefinition(const QString &name, const Type &type);
    int definitionIndex(const QString &name) const { return m_definitionIndex.value(name, -1); }
    const Type &definitionType(int index) const { return m_definitionTypes[std::size_t(index)]; }
    void setAmountVisible(bool visible) { m_amountVisible = visible; }
    // Registry fields of the subject (person.birth_date) are optional, since a
    // subject that only appears in a feed has no registry row; a policy whose
    // first condition is `person.registered` is evaluated for registered
    // subjects only, and reads them as plain values everywhere.
    void setRegisteredGuard(bool guarded) { m_registeredGuard = guarded; }
    // True for the expression `person.registered` / `enterprise.registered`.
    static bool isRegisteredTest(const Node &n);

    // Checks and annotates; returns the expression's type (Error if it has errors).
    Type check(Node &root, std::vector<Error> &errors);

    // Every (feed, column) the checked expressions read ("" column = rows only).
    const std::vector<ColumnUse> &uses() const { return m_uses; }

    static Type columnType(const catalog::Column &column);
    static QString referenceName(const catalog::Feed &feed, const catalog::Column &column, SubjectKind &target);
    static const char *inputName(InputId id);

private:
    struct Var
    {
        QString name;
        Type type;
        int slot;
    };
    Type visit(Node &n);
    Type visitIdent(Node &n);
    Type visitField(Node &n);
    Type visitUnary(Node &n);
    Type visitBinary(Node &n);
    Type visitCond(Node &n);
    Type visitCall(Node &n);
    // visitCall by family: has/date/month/yuan; dates and months; min/max, lists, strings.
    Type visitLiteralCall(Node &n);
    Type visitCalendarCall(Node &n);
    Type visitValueCall(Node &n);
    bool callArity(const Node &n, int want);
    Type callArgument(Node &n, int i, std::initializer_list<Type::Base> allowed);
    const Node *literalArgument(const Node &n, int i, Node::Kind kind);
    Type visitMethod(Node &n);
    Type fail(const Node &n, const QString &code, const QString &zh, const QString &en);
    Type require(const Node &n, const Type &t); // rejects optional types
    bool checkEnumLiteral(const Type &t, const Node &literal);
    void use(const QString &feed, const QString &column);

    const catalog::FeedCatalog &m_catalog;
    SubjectKind m_subject;
    QHash<QString, int> m_definitionIndex;
    std::vector<Type> m_definitionTypes;
    bool m_amountVisible = false;
    bool m_registeredGuard = false;   // the whole policy (first condition)
    int m_guardDepth = 0;             // inside `person.registered && ...` / `person.registered ? ... :`
    std::vector<Var> m_scope;
    std::vector<Error> *m_errors = nullptr;
    std::vector<ColumnUse> m_uses;
};

} // namespace mianshen::rules
