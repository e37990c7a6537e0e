#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace mianshen::cli {

// `review list|decide|claim-next|release|comment|undo|work`: the review queue
// for scripted work, with the same rules as the window (claims, versions,
// four eyes), acting as audit::currentActor (PostgreSQL login, else $USER).
class ReviewCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::ReviewCommand)
public:
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace mianshen::cli
