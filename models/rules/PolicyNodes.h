#pragma once

#include <QHash>

#include <utility>
#include <vector>

namespace mianshen::rules {

struct DecisionTable;
struct Expression;
struct Node;
struct Policy;

// A fixed numbering of a policy's syntax nodes and decision tables, so that a
// stored explanation can say "node 17 was 8" and be rendered again from the
// published policy text: the same text always parses to the same numbering.
// Expressions in file order — definitions (a table: its inputs, cells,
// outputs, default), conditions, exclusions, the amount, flags, the budget
// order —, each numbered in pre-order.
class PolicyNodes final
{
public:
    explicit PolicyNodes(const Policy &policy);

    int idOf(const Node *node) const { return m_nodeIds.value(node, -1); }
    const Node *node(int id) const;
    const Expression *expressionOf(int id) const;   // the expression holding node `id`
    int idOf(const DecisionTable *table) const { return m_tableIds.value(table, -1); }
    const DecisionTable *table(int id) const;
    int nodeCount() const { return int(m_nodes.size()); }

private:
    void addExpression(const Expression &expression);
    void addTable(const DecisionTable &table);
    std::vector<std::pair<const Node *, const Expression *>> m_nodes;
    QHash<const Node *, int> m_nodeIds;
    std::vector<const DecisionTable *> m_tables;
    QHash<const DecisionTable *, int> m_tableIds;
};

} // namespace mianshen::rules
