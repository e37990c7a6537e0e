#include "cli/CommandLine.h"
#include "ui/GuiMain.h"
#include "domain/LanguageSwitcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setOrganizationName(QStringLiteral("Mianshen"));
    QCoreApplication::setApplicationName(QStringLiteral("mianshen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIANSHEN_VERSION));

    if (mianshen::cli::CommandLine::isHeadless(arguments)
        && mianshen::cli::CommandLine::needsGuiApplication(arguments)) {
        // A PDF is drawn with fonts: a GUI application without a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        mianshen::domain::LanguageSwitcher language;
        language.apply(mianshen::cli::CommandLine::languageArgument(arguments));
        return mianshen::cli::CommandLine::run(arguments);
    }
    if (mianshen::cli::CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        mianshen::domain::LanguageSwitcher language;   // the system's, or the one --lang asks for
        language.apply(mianshen::cli::CommandLine::languageArgument(arguments));
        return mianshen::cli::CommandLine::run(arguments);
    }
    QApplication app(argc, argv);
    return mianshen::ui::runGui(app, mianshen::cli::CommandLine::databaseArgument(arguments));
}
