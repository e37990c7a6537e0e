#pragma once

#include <QStringList>

namespace mianshen::cli {

struct CommandContext;

// The database verbs of `mianshen policy` (the rules area's PolicyCommand
// hands them over): `policy publish FILE...`, `policy list`,
// `policy withdraw CODE VERSION`, `policy preview FILE --period YYYY-MM`
// (the what-if preview: nothing written). Returns an ExitCode.
int runPolicyStoreVerb(CommandContext &context, const QString &verb, const QStringList &arguments,
                       const QString &period = {});
bool isPolicyStoreVerb(const QString &verb);

} // namespace mianshen::cli
