#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X info`: the database, its schema version and the number of
// rows of every table.
class InfoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
