#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X decisions --period 2021-09 [--out FILE]`: the period's
// current award decisions as CSV, header `policy,subject_id,period,amount_fen,status,flags`
// (standard output without --out).
class DecisionsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::DecisionsCommand)
public:
    QString name() const override { return QStringLiteral("decisions"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
