#include "GuiMain.h"

#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QApplication>

namespace mianshen::ui {

int runGui(QApplication &app, const QString &databaseArgument)
{
    LanguageSwitcher languages;
    languages.apply(Settings::instance().language());

    MainWindow window(languages);
    window.show();
    window.openInitialDatabase(databaseArgument);
    return app.exec();
}

} // namespace mianshen::ui
