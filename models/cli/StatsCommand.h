#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X stats --from YYYY-MM --to YYYY-MM [--by month|policy|department|kind|policy-month]
//  [--policy CODE]... [--out FILE.csv|.xlsx] [--sentence] [--recount] [--lang zh|en]`:
// disbursement totals from the ledger's maintained statistics.
class StatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::StatsCommand)
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
