#include "cli/CommandDatabase.h"

#include "cli/Command.h"
#include "cli/CommandSignIn.h"
#include "store/ConnectionSpec.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QTextStream>

namespace mianshen::cli {

std::unique_ptr<store::Database> openCommandDatabase(CommandContext &context, bool requireCurrentSchema)
{
    const auto spec = store::ConnectionSpec::parse(context.databaseSpec);
    if (!spec) {
        context.err << spec.error() << Qt::endl;
        return nullptr;
    }
    auto db = store::Database::open(spec.value());
    if (!db) {
        context.err << db.error() << Qt::endl;
        return nullptr;
    }
    if (requireCurrentSchema) {
        const auto current = store::Migrator(*db.value()).checkCurrent();
        if (!current) {
            context.err << current.error() << Qt::endl;
            return nullptr;
        }
        if (const auto signedIn = signInForCommand(*db.value(), context); !signedIn) { // roles (docs/roles.md)
            context.err << signedIn.error() << Qt::endl;
            return nullptr;
        }
    }
    return std::move(db.value());
}

} // namespace mianshen::cli
