#include "ui/pages/TablePage.h"

#include "itemmodels/PagedTableModel.h"
#include "itemmodels/TableSource.h"
#include "staff/PersonalData.h"
#include "store/Database.h"
#include "ui/EmptyState.h"
#include "ui/MessageBox.h"
#include "ui/TableBrowser.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

TablePage::TablePage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = createHeading();
    layout->addWidget(m_heading);
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(m_stack);
    m_browser = new TableBrowser(m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_browser);
    layout->addWidget(m_stack, 1);
    // Roles (docs/roles.md): showing personal data needs the role and is recorded.
    connect(m_browser, &TableBrowser::maskingChanged, this, [this](bool masked) {
        if (masked || !m_db)
            return;
        if (const auto s = staff::revealPersonalData(*m_db, QStringLiteral("table.") + tableName()); !s) {
            m_browser->setMasked(true);
            MessageBox::warning(this, tr("Personal data stays masked"), s.error());
        }
    });
}

void TablePage::prepareModel(itemmodels::PagedTableModel &) const
{
}

void TablePage::setDatabase(store::Database *db)
{
    m_db = db;
    refresh();
}

void TablePage::refresh()
{
    m_browser->setModel(nullptr);
    m_empty->setText(emptyHeading(), emptyExplanation());
    retranslate();
    if (!m_db) {
        m_empty->setText(tr("No database is open."),
                         tr("Open a SQLite database or connect to a PostgreSQL server from the File menu."));
        showEmpty(true);
        return;
    }
    auto source = itemmodels::TableSource::fromDatabase(*m_db, tableName());
    if (!source) {
        showEmpty(true);
        return;
    }
    auto model = std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), std::move(source).value());
    prepareModel(*model);
    // The first count decides between the table and the empty state; later
    // counts (the user filtering) leave the table in place.
    auto *raw = model.get();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(raw, &itemmodels::PagedTableModel::totalRowsChanged, this, [this, connection](qint64 total) {
        disconnect(*connection);
        if (!m_empty->isError())
            showEmpty(total == 0);
    });
    connect(raw, &itemmodels::PagedTableModel::errorOccurred, this, [this, raw](const QString &message) {
        if (raw->rowCount() == 0) // nothing shown yet: the error takes the table's place
            showError(message);
    });
    m_browser->setModel(std::move(model));
    showEmpty(false);
}

void TablePage::showError(const QString &message)
{
    m_empty->setError(tr("The rows could not be read."), message);
    m_stack->setCurrentWidget(m_empty);
}

bool TablePage::isShowingError() const
{
    return isShowingEmptyState() && m_empty->isError();
}

void TablePage::showEmpty(bool empty)
{
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_browser);
}

bool TablePage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void TablePage::retranslate()
{
    m_heading->setText(heading());
    if (m_db && !m_empty->isError())
        m_empty->setText(emptyHeading(), emptyExplanation());
}

void TablePage::clear()
{
    m_browser->setModel(nullptr);
    m_empty->setText(QString(), QString());
    showEmpty(true);
}

} // namespace mianshen::ui
