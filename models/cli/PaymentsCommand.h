#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X payments --period YYYY-MM --out FILE`: the month's paid
// payments in the payment_history feed's format (a delta, op = upsert), so
// that `mianshen import` takes them back.
class PaymentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::PaymentsCommand)
public:
    QString name() const override { return QStringLiteral("payments"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
