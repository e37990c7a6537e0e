#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X pay VERB ...`: the ledger (docs/payments.md).
//   pay batch --period YYYY-MM        create the month's batch
//   pay approve BATCH                 approve as the current user
//   pay export BATCH --out FILE       write the bank file (.csv or .xlsx)
//   pay sent BATCH                    the file went to the bank
//   pay returns FILE                  apply the bank's return file
//   pay status [--period YYYY-MM]     batches, budgets, holds
//   pay recoveries [propose | confirm ID | settle ID | write-off ID --note TEXT]
class PayCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::PayCommand)
public:
    QString name() const override { return QStringLiteral("pay"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
