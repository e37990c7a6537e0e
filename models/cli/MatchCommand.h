#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X match --period 2021-09 [--policy CODE ...] [--threads N] [--force]`:
// runs matching for a period with the published policies in effect and
// prints the per-policy summary (approved, flagged, over budget, ineligible,
// skipped, total amount, and the change sweep). With nothing changed since
// the last completed run of the period it writes nothing and says so.
class MatchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::MatchCommand)
public:
    QString name() const override { return QStringLiteral("match"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
