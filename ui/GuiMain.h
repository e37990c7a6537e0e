#pragma once

#include <QString>

class QApplication;

namespace mianshen::ui {

// Installs the translators, opens the main window (on the given database, or
// the last one used, or the demo database) and runs the event loop.
int runGui(QApplication &app, const QString &databaseArgument);

} // namespace mianshen::ui
