#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mianshen::cli {

// `mianshen [--db PATH_OR_URL] [--help] [--version] [subcommand args...]`.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::cli::CommandLine)
public:
    // True when the arguments name a subcommand or --help/--version, i.e.
    // the program runs without a window.
    static bool isHeadless(const QStringList &arguments);
    // The --db value, if any (also for the GUI, which opens it).
    static QString databaseArgument(const QStringList &arguments);
    // The language of the messages: "zh_CN" or "en" when a command's
    // `--lang zh|en` asks for one, else "system".
    static QString languageArgument(const QStringList &arguments);
    // True when the subcommand draws documents with fonts (a PDF notice
    // list) and so needs a QGuiApplication (offscreen) instead of a
    // QCoreApplication.
    static bool needsGuiApplication(const QStringList &arguments);
    // Runs a headless invocation; returns the exit status (0, 1 or 2).
    static int run(const QStringList &arguments);
};

} // namespace mianshen::cli
