#pragma once

#include <QStringList>

namespace mianshen::cli {

struct CommandContext;

// `mianshen --db X policy draft VERB ...`: the policy drafts of the
// authoring area (models/authoring/DraftStore, docs/authoring.md):
//   new CODE | version CODE | import FILE | export ID FILE | list | show ID
//   save ID FILE [--revision N] | submit ID [--comment TEXT]
//   send-back ID --comment TEXT | approve ID | discard ID
// Returns an ExitCode.
int runPolicyDraftVerb(CommandContext &context, const QStringList &arguments, const QString &comment,
                       const QString &revision);

} // namespace mianshen::cli
