#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen demo-data --persons N --enterprises K --seed S --out DIR`: writes a
// synthetic development zone as feed files (no database needed).
class DemoDataCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::DemoDataCommand)
public:
    QString name() const override { return QStringLiteral("demo-data"); }
    QString summary() const override;
    bool needsDatabase() const override { return false; }
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
