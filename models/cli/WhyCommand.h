#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen --db X why --period 2021-09 --policy CODE SUBJECT_ID [--lang zh|en]`:
// the decision for one subject, awarded or not, with every condition, the
// values it saw, pass or fail.
class WhyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::WhyCommand)
public:
    QString name() const override { return QStringLiteral("why"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
