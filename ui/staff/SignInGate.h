#pragma once

#include <QString>

#include <functional>

class QMainWindow;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// Who sits at the desk, asked when a database opens (docs/roles.md):
//  - SQLite with no staff account: offers to create the administrator
//    (FirstAdministratorDialog); "Later" goes on with every role;
//  - SQLite with one account: no sign-in ("one-person desk" in the status bar);
//  - SQLite with more: the sign-in dialog; Cancel closes the database;
//  - PostgreSQL: the server's login is the person; nothing is asked.
// The status bar shows who acts (a permanent label, "staffStatus").
//
// Seam: off by default, so that windows made by tests (databases without
// accounts) are never stopped by a dialog; runGui turns it on.
class SignInGate final
{
public:
    static void setEnabled(bool on);
    static bool isEnabled();
    // Calls done(true) when the window may show the database, done(false)
    // when the person declined to sign in. done may be called at once.
    static void admit(QMainWindow *window, store::Database &db, std::function<void(bool)> done);
    // The text of the status label (also without the dialogs).
    static QString statusText(store::Database &db);
};

} // namespace mianshen::ui
