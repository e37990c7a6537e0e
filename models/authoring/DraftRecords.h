#pragma once

// Rows of policy_drafts and policy_draft_events (internal to the authoring area).

#include "authoring/DraftStore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QSqlQuery;

namespace mianshen::authoring::detail {

QString statusId(DraftStatus status);
std::optional<DraftStatus> statusFromId(const QString &id);

// The columns readDraft expects, in order.
extern const char *const draftColumns;
PolicyDraft readDraft(const QSqlQuery &query);

// "The database could not <what>: <error>", `what` marked with
// QT_TRANSLATE_NOOP("mianshen::authoring::DraftStore", ...).
QString sqlFailure(const QSqlQuery &query, const char *what);
QString nowText();
QString sha256(const QString &text);

// Appends a row to policy_draft_events (inside the caller's write transaction).
domain::Status appendEvent(store::Database &db, qint64 draftId, const char *event, const QString &actor,
                           qint64 revision, const QString &comment);

// The audit row of a step ("policy.draft.<step>"), last in the transaction.
domain::Status auditStep(store::Database &db, const char *step, const PolicyDraft &before,
                         const PolicyDraft &after, const QString &reason);

} // namespace mianshen::authoring::detail
