#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace mianshen::ui {

// Every file dialog of the program goes through here, so GUI tests can
// answer them (like MessageBox): in test mode no dialog is shown, the
// caption is recorded and the next answer is returned (empty = Cancel).
class FileDialog final
{
public:
    static QString openFile(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
    static QStringList openFiles(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);

    // Test seams.
    static void setTestMode(bool on);
    // The files the next dialog answers with (empty: the person cancels).
    static void setNextAnswer(const QStringList &files);
    static QStringList shownCaptions();
    static void clearShownCaptions();
};

} // namespace mianshen::ui
