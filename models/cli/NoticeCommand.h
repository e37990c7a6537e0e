#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mianshen::cli {

// `mianshen notice --policy CODE --period YYYY-MM --out FILE.pdf|.xlsx
//      [--notice-from YYYY-MM-DD] [--notice-days N] [--lang zh|en]`
// `mianshen notice objection --policy CODE --period YYYY-MM --raised-by NAME
//      --received YYYY-MM-DD [--subject ID] [--content TEXT] [--outcome O] [--note TEXT]`
// `mianshen notice outcome --id N --outcome upheld|dismissed|withdrawn|pending [--note TEXT] [--date YYYY-MM-DD]`
// The 公示 list of a policy's payments in a month, and the objections to it.
class NoticeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::NoticeCommand)
public:
    QString name() const override { return QStringLiteral("notice"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;

private:
    int list(CommandContext &context, const QStringList &arguments);
    int objection(CommandContext &context, const QStringList &arguments);
    int outcome(CommandContext &context, const QStringList &arguments);
};

} // namespace mianshen::cli
