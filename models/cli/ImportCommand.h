#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X import FILE... [--report FILE.csv] [--quarantine] [--actor NAME]`:
// imports feed deliveries (feeds::Importer), one transaction per file,
// registries (persons, enterprises) first. Exit 0 when every file was
// imported (or was already imported), 1 when any file was rejected (its
// report on stderr, or all reports as one CSV file with --report), 2 for a
// usage error.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
