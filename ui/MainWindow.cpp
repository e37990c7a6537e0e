#include "MainWindow.h"

#include "LanguageSwitcher.h"
#include "Settings.h"

#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace mianshen::ui {

MainWindow::MainWindow(LanguageSwitcher &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_pages = new QStackedWidget(splitter);
    for (int i = 0; i < 8; ++i) {
        m_navigation->addItem(QString());
        auto *label = new QLabel(m_pages);
        label->setAlignment(Qt::AlignCenter);
        m_pages->addWidget(label);
    }
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_databaseLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel);
    retranslate();
    m_navigation->setCurrentRow(0);
    restoreGeometry(Settings::instance().value(Settings::Key::WindowGeometry).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::openInitialDatabase(const QString &databaseArgument)
{
    Q_UNUSED(databaseArgument);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::instance().setValue(Settings::Key::WindowGeometry, saveGeometry());
    event->accept();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Mianshen"));
    const QStringList names = {tr("Dashboard"), tr("Data"), tr("Policies"), tr("Matching"),
                               tr("Review"), tr("Payments"), tr("Statistics"), tr("Audit")};
    for (int i = 0; i < names.size(); ++i) {
        m_navigation->item(i)->setText(names.at(i));
        static_cast<QLabel *>(m_pages->widget(i))->setText(tr("No database is open."));
    }
    m_databaseLabel->setText(tr("No database"));
}

} // namespace mianshen::ui
