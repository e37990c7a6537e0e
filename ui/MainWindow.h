#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace mianshen::ui {

class LanguageSwitcher;

// The application shell: navigation on the left, one page per area.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageSwitcher &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database named on the command line, else the last one used.
    void openInitialDatabase(const QString &databaseArgument);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();

    LanguageSwitcher &m_languages;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace mianshen::ui
