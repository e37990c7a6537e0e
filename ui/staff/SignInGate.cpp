#include "ui/staff/SignInGate.h"

#include "audit/Actor.h"
#include "staff/RoleRules.h"
#include "store/Database.h"
#include "ui/staff/FirstAdministratorDialog.h"
#include "ui/staff/SignInDialog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace mianshen::ui {

namespace {

bool gateEnabled = false;

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::ui::SignInGate", text);
}

void showStatus(QMainWindow *window, store::Database &db)
{
    auto *label = window->findChild<QLabel *>(QStringLiteral("staffStatus"));
    if (!label) {
        label = new QLabel(window);
        label->setObjectName(QStringLiteral("staffStatus"));
        window->statusBar()->addPermanentWidget(label);
    }
    label->setText(SignInGate::statusText(db));
}

} // namespace

void SignInGate::setEnabled(bool on)
{
    gateEnabled = on;
}

bool SignInGate::isEnabled()
{
    return gateEnabled;
}

QString SignInGate::statusText(store::Database &db)
{
    const auto state = staff::enforcement(db);
    if (!state)
        return state.error();
    switch (state.value()) {
    case staff::Enforcement::NotSetUp:
        return db.dialect() == store::Dialect::Postgres
                   ? tr("Roles not installed on this server: every login acts with every role")
                   : tr("No staff accounts yet: everyone acts with every role");
    case staff::Enforcement::SoleAccount:
        return tr("One-person desk: sign-in skipped (%1)").arg(audit::currentActor(db));
    case staff::Enforcement::Enforced:
        break;
    }
    return tr("Signed in: %1").arg(audit::currentActor(db));
}

void SignInGate::admit(QMainWindow *window, store::Database &db, std::function<void(bool)> done)
{
    if (!gateEnabled) {
        done(true);
        return;
    }
    audit::setSessionActor({});   // a database opened anew asks anew
    const auto state = staff::enforcement(db);
    const bool sqlite = db.dialect() == store::Dialect::Sqlite;
    if (!state || !sqlite || state.value() == staff::Enforcement::SoleAccount) {
        showStatus(window, db);
        done(true);
        return;
    }
    QDialog *dialog = state.value() == staff::Enforcement::NotSetUp
                          ? static_cast<QDialog *>(new FirstAdministratorDialog(db, window))
                          : static_cast<QDialog *>(new SignInDialog(db, window));
    const bool firstStart = state.value() == staff::Enforcement::NotSetUp;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QDialog::finished, window, [window, &db, done, firstStart](int result) {
        showStatus(window, db);
        done(result == QDialog::Accepted || firstStart);   // "Later" at first start goes on
    });
    dialog->open();
}

} // namespace mianshen::ui
