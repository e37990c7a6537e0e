#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X audit verify`: recomputes the audit log's hash chain;
// exit 0 when intact, 1 when broken (the first row that does not match on
// standard error).
// `mianshen --db X audit list [--entity E] [--entity-id ID] [--actor A]
// [--action A] [--from ISO] [--to ISO] [--limit N] [--out FILE.csv]`: the
// matching rows as CSV, oldest first (--limit keeps the newest N).
class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;

private:
    int verify(CommandContext &context);
};

} // namespace mianshen::cli
