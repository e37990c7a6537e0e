#pragma once

#include "store/ConnectionSpec.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

class DataPage;
class JobRunner;
class LanguageSwitcher;
class Page;

// The application shell: navigation on the left, one page per area, the
// File menu (open SQLite, connect to PostgreSQL, recent databases, quit),
// the status bar with the database and its schema version.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum PageIndex { Dashboard, Data, Policies, Matching, Review, Payments, Statistics, Audit, Administration, PageCount };

    explicit MainWindow(LanguageSwitcher &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database named on the command line, else the last one used,
    // else the demo database if there is one.
    void openInitialDatabase(const QString &databaseArgument);
    // Opens, migrates (asking first if a new SQLite file would be created)
    // and shows a database, in the background: a worker thread opens a
    // connection of its own and migrates, then the window opens its
    // connection (quick: the database has just answered) and the pages show
    // it. Returns at once (false when declined or an opening is running);
    // databaseOpened() follows. Errors are shown to the user.
    bool startOpeningDatabase(const store::ConnectionSpec &spec, bool askBeforeCreating = true);
    // Takes a database already opened (the connection dialog's) and
    // migrates it in the background the same way.
    bool startAdoptingDatabase(std::unique_ptr<store::Database> db);
    bool isOpeningDatabase() const;
    // The same, waiting for the result (tests and scripted use: it blocks).
    bool openDatabase(const store::ConnectionSpec &spec, bool askBeforeCreating = true);
    bool adoptDatabase(std::unique_ptr<store::Database> db);
    void closeDatabase();

    store::Database *database() const { return m_db.get(); }
    Page *page(PageIndex index) const;
    DataPage *dataPage() const;
    void showPage(PageIndex index);
    int currentPage() const;
    QString statusText() const;

    // Where the demo database lives (scripts/demo creates it).
    static QString demoDatabasePath();

Q_SIGNALS:
    // An opening started by startOpeningDatabase / startAdoptingDatabase is over.
    void databaseOpened(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateRecentMenu();
    void updateStatus();
    void openSqliteDialog();
    void connectPostgresDialog(const store::ConnectionSpec &prefill = {});
    void openRecent(const QString &entry);
    void showSettings();
    void showAbout();
    void refreshAll();
    void rememberDatabase();
    bool startOpening(const store::ConnectionSpec &spec);
    void openingDone(const QString &openError, const QString &migrateError, const store::ConnectionSpec &spec);
    void install(std::unique_ptr<store::Database> db);

    LanguageSwitcher &m_languages;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Database> m_adopting; // the dialog's connection, while it is migrated
    JobRunner *m_opener = nullptr;
    bool m_dialogOnFailure = false; // start-up without a password: ask rather than complain
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_caseMenu = nullptr;
    QMenu *m_paymentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace mianshen::ui
