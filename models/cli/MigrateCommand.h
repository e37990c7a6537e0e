#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X migrate`: creates or updates the schema.
class MigrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::MigrateCommand)
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
