#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen policy check FILE...`: loads and type-checks policy files and runs
// the static checks (conditions that never or always hold, decision-table
// gaps and overlaps, flags that can never fire, amounts that can be negative).
// `mianshen policy test FILE...`: runs the files' embedded tests, one line per
// test and a closing "N passed, N failed".
// Neither needs a database. Exit status 1 when anything fails.
class PolicyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::PolicyCommand)
public:
    QString name() const override { return QStringLiteral("policy"); }
    QString summary() const override;
    bool needsDatabase() const override { return false; }
    int run(CommandContext &context, const QStringList &arguments) override;
    static QString verbsHelp();
};

} // namespace mianshen::cli
