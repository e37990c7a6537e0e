#pragma once

#include "domain/Result.h"
#include "itemmodels/TableSource.h"

#include <QString>
#include <QVariantList>

namespace mianshen::itemmodels {

// A filter a person typed for one column, turned into an SQL condition with
// bound values (never spliced into the SQL text). Forms:
//   text-like columns: "abc" contains abc; "=abc" exactly abc;
//                      dates and months also "<2021-01", ">=2020-05-01"
//   numbers, money (yuan), decimals: "100", "=100", ">=1000.50", "<5", "!=0"
//   yes/no: "1", "0", "true", "false", "是", "否", "yes", "no"
//   any column: "-" or "∅" means "no value"
class ColumnFilter final
{
public:
    // Fails with a sentence naming the column and what is expected.
    static domain::Result<ColumnFilter> parse(const TableColumn &column, const QString &text);

    bool isEmpty() const { return m_condition.isEmpty(); }
    QString condition() const { return m_condition; } // e.g. "\"amount_fen\" >= ?"
    QVariantList values() const { return m_values; }

    static QString quoteIdentifier(const QString &name);

private:
    QString m_condition;
    QVariantList m_values;
};

} // namespace mianshen::itemmodels
