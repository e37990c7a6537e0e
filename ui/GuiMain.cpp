#include "GuiMain.h"

#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "Settings.h"
#include "ui/staff/SignInGate.h"

#include <QApplication>

namespace mianshen::ui {

int runGui(QApplication &app, const QString &databaseArgument)
{
    LanguageSwitcher languages;
    languages.apply(Settings::instance().language());

    SignInGate::setEnabled(true);   // staff sign in when a database opens
    MainWindow window(languages);
    window.show();
    window.openInitialDatabase(databaseArgument);
    return app.exec();
}

} // namespace mianshen::ui
