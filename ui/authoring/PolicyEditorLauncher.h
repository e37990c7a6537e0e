#pragma once

#include <QString>

class QWidget;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

class PolicyEditorDialog;

// Opens the policy editor from the Policies page: a new policy (a code is
// asked), a new version of a published one, or a draft chosen from the list
// of drafts. The editor is a window of its own (deleted when closed); null
// (after a message) when it could not be opened.
class PolicyEditorLauncher final
{
public:
    static PolicyEditorDialog *newPolicy(QWidget *parent, store::Database &db, const QString &code);
    static PolicyEditorDialog *newVersionOf(QWidget *parent, store::Database &db, const QString &code);
    static PolicyEditorDialog *openDraft(QWidget *parent, store::Database &db, qint64 draftId);
    // The same, asking for the code / the draft first.
    static PolicyEditorDialog *askNewPolicy(QWidget *parent, store::Database &db);
    static PolicyEditorDialog *askOpenDraft(QWidget *parent, store::Database &db);
};

} // namespace mianshen::ui
