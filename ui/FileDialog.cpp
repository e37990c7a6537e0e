#include "ui/FileDialog.h"

#include <QFileDialog>

#include <utility>

namespace mianshen::ui {

namespace {

bool g_testMode = false;
QStringList g_nextAnswer;
QStringList g_captions;

QStringList answer(const QString &caption)
{
    g_captions << caption;
    return std::exchange(g_nextAnswer, {});
}

} // namespace

QString FileDialog::openFile(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (g_testMode)
        return answer(caption).value(0);
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QStringList FileDialog::openFiles(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (g_testMode)
        return answer(caption);
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

QString FileDialog::saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    if (g_testMode)
        return answer(caption).value(0);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialog::setTestMode(bool on)
{
    g_testMode = on;
}

void FileDialog::setNextAnswer(const QStringList &files)
{
    g_nextAnswer = files;
}

QStringList FileDialog::shownCaptions()
{
    return g_captions;
}

void FileDialog::clearShownCaptions()
{
    g_captions.clear();
}

} // namespace mianshen::ui
