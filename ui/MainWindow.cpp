#include "MainWindow.h"

#include "ConnectDialog.h"
#include "JobRunner.h"
#include "LanguageSwitcher.h"
#include "MessageBox.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "pages/AdministrationPage.h"
#include "pages/AuditPage.h"
#include "pages/DashboardPage.h"
#include "pages/DataPage.h"
#include "pages/MatchingPage.h"
#include "pages/PaymentsPage.h"
#include "pages/PoliciesPage.h"
#include "pages/ReviewPage.h"
#include "pages/StatisticsPage.h"
#include "ui/staff/SignInGate.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

#include <utility>

namespace mianshen::ui {

MainWindow::MainWindow(LanguageSwitcher &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(m_splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(1);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { font-size: 11pt; } "
                                               "QListWidget#navigation::item { padding: 7px 10px; }"));
    m_stack = new QStackedWidget(m_splitter);
    m_pages = {new DashboardPage(m_stack), new DataPage(m_stack), new PoliciesPage(m_stack),
               new MatchingPage(m_stack), new ReviewPage(m_stack), new PaymentsPage(m_stack),
               new StatisticsPage(m_stack), new AuditPage(m_stack), new AdministrationPage(m_stack)};
    connect(static_cast<DashboardPage *>(m_pages.first()), &DashboardPage::statisticsRequested, this,
            [this] { showPage(Statistics); });
    for (Page *page : m_pages) {
        m_stack->addWidget(page);
        m_navigation->addItem(QString());
    }
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1000});
    setCentralWidget(m_splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_databaseLabel = new QLabel(this);
    m_schemaLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_schemaLabel);

    m_opener = new JobRunner(this);
    createActions();
    retranslate();

    Settings &settings = Settings::instance();
    if (!restoreGeometry(settings.value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(Settings::Key::WindowState).toByteArray());
    const QByteArray splitter = settings.value(Settings::Key::MainSplitter).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    showPage(PageIndex(qBound(0, settings.value(Settings::Key::CurrentPage).toInt(), PageCount - 1)));

    connect(&settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Language)
            m_languages.apply(Settings::instance().language());
        if (key == Settings::Key::RecentDatabases)
            updateRecentMenu();
    });
    connect(dataPage(), &DataPage::dataChanged, this, [this] {
        page(Dashboard)->refresh();
    });
    connect(static_cast<PoliciesPage *>(page(Policies)), &PoliciesPage::policiesChanged, this, [this] {
        page(Dashboard)->refresh();
        page(Matching)->refresh();
    });
    connect(static_cast<ReviewPage *>(page(Review)), &ReviewPage::awardsChanged, this, [this] {
        for (PageIndex index : {Dashboard, Payments, Statistics, Audit})
            page(index)->refresh();
    });
    connect(static_cast<PaymentsPage *>(page(Payments)), &PaymentsPage::ledgerChanged, this, [this] {
        for (PageIndex index : {Dashboard, Statistics, Audit})
            page(index)->refresh();
    });
    connect(static_cast<MatchingPage *>(page(Matching)), &MatchingPage::decisionsChanged, this, [this] {
        for (PageIndex index : {Dashboard, Review, Payments, Statistics, Audit})
            page(index)->refresh();
    });
    updateStatus();
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSqliteDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_fileMenu->addAction(QString(), this, [this] { connectPostgresDialog(); });
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeDatabase);
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, i] { showPage(PageIndex(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions << action;
    }
    m_viewMenu->addSeparator();
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refreshAll);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));

    // The review desk's actions on the open case, with their keys (active
    // while the Review page is shown).
    m_caseMenu = menuBar()->addMenu(QString());
    m_caseMenu->addActions(static_cast<ReviewPage *>(page(Review))->caseActions());
    // The Payments page's steps, with their keys (active while it is shown).
    m_paymentMenu = menuBar()->addMenu(QString());
    m_paymentMenu->addActions(static_cast<PaymentsPage *>(page(Payments))->paymentActions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_db ? tr("Mianshen — %1").arg(m_db->spec().displayName()) : tr("Mianshen"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open SQLite Database…"));
    m_connectAction->setText(tr("&Connect to PostgreSQL…"));
    m_recentMenu->setTitle(tr("&Recent Databases"));
    m_closeAction->setText(tr("C&lose Database"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_caseMenu->setTitle(tr("&Case"));
    m_paymentMenu->setTitle(tr("Pa&yment"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Mianshen"));
    for (int i = 0; i < m_pages.size(); ++i) {
        m_navigation->item(i)->setText(m_pages.at(i)->title());
        m_pageActions.at(i)->setText(m_pages.at(i)->title());
    }
    updateRecentMenu();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings &settings = Settings::instance();
    settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::WindowState, saveState());
    settings.setValue(Settings::Key::MainSplitter, m_splitter->saveState());
    settings.setValue(Settings::Key::CurrentPage, currentPage());
    settings.sync();
    event->accept();
}

Page *MainWindow::page(PageIndex index) const
{
    return m_pages.value(index);
}

DataPage *MainWindow::dataPage() const
{
    return static_cast<DataPage *>(m_pages.at(Data));
}

void MainWindow::showPage(PageIndex index)
{
    m_navigation->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

QString MainWindow::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

void MainWindow::openInitialDatabase(const QString &databaseArgument)
{
    QString entry = databaseArgument;
    if (entry.isEmpty())
        entry = Settings::instance().value(Settings::Key::LastDatabase).toString();
    if (entry.isEmpty() && QFileInfo::exists(demoDatabasePath()))
        entry = demoDatabasePath();
    if (entry.isEmpty())
        return;
    const auto spec = store::ConnectionSpec::parse(entry);
    if (!spec) {
        MessageBox::critical(this, tr("Cannot open the database"), spec.error());
        return;
    }
    // Passwords are not remembered: try without (a .pgpass or trust), else ask.
    const bool ask = spec->dialect == store::Dialect::Postgres && spec->password.isEmpty();
    if (startOpeningDatabase(spec.value(), !databaseArgument.isEmpty()))
        m_dialogOnFailure = ask;
}

bool MainWindow::isOpeningDatabase() const
{
    return m_opener->isRunning();
}

bool MainWindow::startOpeningDatabase(const store::ConnectionSpec &spec, bool askBeforeCreating)
{
    if (isOpeningDatabase())
        return false;
    if (spec.dialect == store::Dialect::Sqlite && !QFileInfo::exists(spec.path)) {
        if (askBeforeCreating
            && MessageBox::question(this, tr("Create a new database?"),
                                    tr("There is no database file at %1.\n\nCreate a new, empty database there?")
                                        .arg(QDir::toNativeSeparators(spec.path)),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   != QMessageBox::Yes)
            return false;
    }
    return startOpening(spec);
}

bool MainWindow::startAdoptingDatabase(std::unique_ptr<store::Database> db)
{
    if (!db || isOpeningDatabase())
        return false;
    const store::ConnectionSpec spec = db->spec();
    m_adopting = std::move(db);
    return startOpening(spec);
}

bool MainWindow::startOpening(const store::ConnectionSpec &spec)
{
    using Answer = std::pair<QString, QString>; // why it did not open, why it could not be migrated
    m_dialogOnFailure = false;
    m_databaseLabel->setText(tr("Opening %1…").arg(spec.displayName()));
    for (QAction *action : {m_openAction, m_connectAction, m_closeAction})
        action->setEnabled(false);
    m_recentMenu->setEnabled(false);
    return m_opener->start<Answer>(
        [spec](JobControl &) {
            auto db = store::Database::open(spec);
            if (!db)
                return Answer(db.error(), QString());
            store::Migrator migrator(*db.value());
            const domain::Status migrated = migrator.migrate();
            return Answer(QString(), migrated ? QString() : migrated.error());
        },
        [this, spec](Answer answer) { openingDone(answer.first, answer.second, spec); });
}

void MainWindow::openingDone(const QString &openError, const QString &migrateError, const store::ConnectionSpec &spec)
{
    for (QAction *action : {m_openAction, m_connectAction, m_closeAction})
        action->setEnabled(true);
    m_recentMenu->setEnabled(true);
    std::unique_ptr<store::Database> db = std::move(m_adopting);
    QString error = openError;
    if (error.isEmpty() && migrateError.isEmpty() && !db) {
        auto opened = store::Database::open(spec);
        if (opened)
            db = std::move(opened).value();
        else
            error = opened.error();
    }
    const bool dialogOnFailure = std::exchange(m_dialogOnFailure, false);
    if (!error.isEmpty() || !migrateError.isEmpty()) {
        updateStatus();
        if (dialogOnFailure && !error.isEmpty())
            connectPostgresDialog(spec);
        else if (!error.isEmpty())
            MessageBox::critical(this, tr("Cannot open the database"), error);
        else
            MessageBox::critical(this, tr("Cannot use this database"), migrateError);
        Q_EMIT databaseOpened(false);
        return;
    }
    install(std::move(db));
    Q_EMIT databaseOpened(true);
}

bool MainWindow::openDatabase(const store::ConnectionSpec &spec, bool askBeforeCreating)
{
    if (!startOpeningDatabase(spec, askBeforeCreating))
        return false;
    m_opener->waitForFinished();
    return m_db && m_db->spec().toString(false) == spec.toString(false);
}

bool MainWindow::adoptDatabase(std::unique_ptr<store::Database> db)
{
    store::Database *raw = db.get();
    if (!startAdoptingDatabase(std::move(db)))
        return false;
    m_opener->waitForFinished();
    return m_db.get() == raw;
}

void MainWindow::install(std::unique_ptr<store::Database> db)
{
    closeDatabase();
    m_db = std::move(db);
    rememberDatabase();
    // Who sits at the desk first (ui/staff/SignInGate: off in tests); declining closes the database.
    store::Database *opened = m_db.get();
    SignInGate::admit(this, *m_db, [this, opened](bool admitted) {
        if (m_db.get() != opened)
            return;
        if (!admitted) {
            closeDatabase();
            return;
        }
        for (Page *page : m_pages)
            page->setDatabase(m_db.get());
        retranslate();
    });
}

void MainWindow::closeDatabase()
{
    for (Page *page : m_pages) {
        page->clear(); // nothing of this database stays on screen
        page->setDatabase(nullptr);
    }
    m_db.reset();
    if (m_fileMenu)
        retranslate();
}

void MainWindow::rememberDatabase()
{
    Settings &settings = Settings::instance();
    const QString entry = m_db->spec().toString(false);
    settings.setValue(Settings::Key::LastDatabase, entry);
    settings.addRecentDatabase(entry);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = Settings::instance().recentDatabases();
    for (const QString &entry : recent) {
        const auto spec = store::ConnectionSpec::parse(entry);
        const QString label = spec ? spec->displayName() + QStringLiteral("  (") + entry + u')' : entry;
        m_recentMenu->addAction(label, this, [this, entry] { openRecent(entry); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the List"), this, [] {
            Settings::instance().setValue(Settings::Key::RecentDatabases, QStringList());
        });
    }
}

void MainWindow::openRecent(const QString &entry)
{
    const auto spec = store::ConnectionSpec::parse(entry);
    if (!spec) {
        MessageBox::critical(this, tr("Cannot open the database"), spec.error());
        return;
    }
    if (spec->dialect == store::Dialect::Postgres) {
        connectPostgresDialog(spec.value());
        return;
    }
    if (!QFileInfo::exists(spec->path)) {
        if (MessageBox::question(this, tr("Database not found"),
                                 tr("The database file %1 no longer exists. Remove it from the list?")
                                     .arg(QDir::toNativeSeparators(spec->path)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes)
            Settings::instance().removeRecentDatabase(entry);
        return;
    }
    startOpeningDatabase(spec.value(), false);
}

void MainWindow::openSqliteDialog()
{
    QString start = m_db && m_db->dialect() == store::Dialect::Sqlite ? QFileInfo(m_db->spec().path).absolutePath()
                                                                      : QDir::homePath();
    QFileDialog dialog(this, tr("Open or Create a SQLite Database"), start,
                       tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    startOpeningDatabase(store::ConnectionSpec::sqlite(dialog.selectedFiles().constFirst()), true);
}

void MainWindow::connectPostgresDialog(const store::ConnectionSpec &prefill)
{
    ConnectDialog dialog(this);
    if (prefill.dialect == store::Dialect::Postgres)
        dialog.setSpec(prefill);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto db = dialog.takeDatabase())
        startAdoptingDatabase(std::move(db));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Mianshen"),
        tr("<h3>Mianshen %1</h3><p>免申即享 — subsidies without applying.</p>"
           "<p>Imports the departments' data feeds, checks every published policy against every person and "
           "enterprise, and decides, with reasons, who receives a subsidy without having to apply.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::refreshAll()
{
    for (Page *page : m_pages)
        page->refresh();
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_databaseLabel)
        return;
    if (!m_db) {
        m_databaseLabel->setText(tr("No database open — use File ▸ Open SQLite Database or Connect to PostgreSQL."));
        m_schemaLabel->clear();
        return;
    }
    const QString kind = m_db->dialect() == store::Dialect::Sqlite ? tr("SQLite") : tr("PostgreSQL");
    m_databaseLabel->setText(tr("%1 database: %2").arg(kind, m_db->spec().displayName()));
    m_databaseLabel->setToolTip(m_db->spec().toString(false));
    m_schemaLabel->setText(tr("Schema version %1").arg(m_db->schemaVersion()));
}

QString MainWindow::statusText() const
{
    return m_databaseLabel->text() + QStringLiteral(" | ") + m_schemaLabel->text();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            files << url.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    showPage(Data);
    dataPage()->importFiles(files);
}

} // namespace mianshen::ui
