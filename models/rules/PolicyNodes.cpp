#include "rules/PolicyNodes.h"

#include "rules/Policy.h"

namespace mianshen::rules {

PolicyNodes::PolicyNodes(const Policy &policy)
{
    auto addDefinition = [this](const Definition &d) {
        if (d.table)
            addTable(*d.table);
        else
            addExpression(d.expr);
    };
    for (const Definition &d : policy.definitions)
        addDefinition(d);
    for (const Rule &r : policy.conditions)
        addExpression(r.expr);
    for (const Rule &r : policy.exclusions)
        addExpression(r.expr);
    addDefinition(policy.amount);
    for (const Rule &r : policy.flags)
        addExpression(r.expr);
    if (policy.budgetOrderBy)
        addExpression(*policy.budgetOrderBy);
}

void PolicyNodes::addExpression(const Expression &expression)
{
    if (!expression.root)
        return;
    std::vector<const Node *> stack{expression.root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        m_nodeIds.insert(n, int(m_nodes.size()));
        m_nodes.emplace_back(n, &expression);
        for (auto k = n->kids.rbegin(); k != n->kids.rend(); ++k)
            if (*k)
                stack.push_back(k->get());
    }
}

void PolicyNodes::addTable(const DecisionTable &table)
{
    m_tableIds.insert(&table, int(m_tables.size()));
    m_tables.push_back(&table);
    for (const DecisionTable::Input &in : table.inputs)
        addExpression(in.expr);
    for (const TableRule &r : table.rules) {
        for (const TableCell &c : r.cells)
            for (const Expression &v : c.values)
                addExpression(v);
        addExpression(r.output);
    }
    if (table.defaultValue)
        addExpression(*table.defaultValue);
}

const Node *PolicyNodes::node(int id) const
{
    return id >= 0 && id < int(m_nodes.size()) ? m_nodes[std::size_t(id)].first : nullptr;
}

const Expression *PolicyNodes::expressionOf(int id) const
{
    return id >= 0 && id < int(m_nodes.size()) ? m_nodes[std::size_t(id)].second : nullptr;
}

const DecisionTable *PolicyNodes::table(int id) const
{
    return id >= 0 && id < int(m_tables.size()) ? m_tables[std::size_t(id)] : nullptr;
}

} // namespace mianshen::rules
