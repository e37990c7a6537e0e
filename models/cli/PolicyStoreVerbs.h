#pragma once

#include <QStringList>

namespace mianshen::cli {

struct CommandContext;

// The database verbs of `mianshen policy` (the rules area's PolicyCommand
// hands them over): `policy publish FILE...`, `policy list`,
// `policy withdraw CODE VERSION`. Returns an ExitCode.
int runPolicyStoreVerb(CommandContext &context, const QString &verb, const QStringList &arguments);
bool isPolicyStoreVerb(const QString &verb);

} // namespace mianshen::cli
