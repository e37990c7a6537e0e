#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db FILE.sqlite demo-history [--from YYYY-MM] [--months N] [--seed S] --files DIR`:
// a year of runs, review decisions, payment batches, bank returns, a recovery
// and notice objections on the demo district (see DemoHistory). SQLite only.
class DemoHistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::DemoHistoryCommand)
public:
    QString name() const override { return QStringLiteral("demo-history"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
