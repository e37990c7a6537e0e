#include "ui/stats/KpiPanel.h"

#include "stats/YuanText.h"
#include "store/Database.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mianshen::ui {

namespace {

rules::Language language()
{
    return QLocale().language() == QLocale::Chinese ? rules::Language::Zh : rules::Language::En;
}

} // namespace

KpiPanel::KpiPanel(QWidget *parent)
    : QGroupBox(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    m_link = new QLabel(this);
    m_link->setTextFormat(Qt::RichText);
    connect(m_link, &QLabel::linkActivated, this, &KpiPanel::detailsRequested);
    layout->addWidget(m_link);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_reading = false;
        m_kpis = m_watcher.result();
        showKpis();
    });
    retranslate();
}

KpiPanel::~KpiPanel()
{
    m_watcher.waitForFinished();
}

void KpiPanel::setDatabase(store::Database *db)
{
    m_db = db;
    refresh();
}

void KpiPanel::refresh()
{
    if (!m_db || m_reading) {
        setVisible(m_db != nullptr);
        return;
    }
    setVisible(true);
    m_reading = true;
    const store::ConnectionSpec spec = m_db->spec();
    m_watcher.setFuture(QtConcurrent::run([spec]() -> domain::Result<stats::DashboardKpis> {
        auto db = store::Database::open(spec);
        if (!db)
            return domain::Result<stats::DashboardKpis>::failure(db.error());
        return stats::DashboardKpis::read(*db.value());
    }));
}

void KpiPanel::retranslate()
{
    setTitle(tr("Disbursements"));
    m_link->setText(QStringLiteral("<a href=\"statistics\">%1</a>").arg(tr("Details on the Statistics page").toHtmlEscaped()));
    showKpis();
}

void KpiPanel::showKpis()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_kpis)
        return;
    if (!*m_kpis) {
        m_grid->addWidget(new QLabel(tr("The disbursement figures could not be read: %1").arg(m_kpis->error()), this), 0, 0);
        return;
    }
    const stats::DashboardKpis &k = m_kpis->value();
    const QLocale locale;
    const domain::Month m = k.cumulative.asOf;
    const QString upTo = tr("to the end of %1").arg(m.toString());
    const bool chinese = language() == rules::Language::Zh;
    QList<std::pair<QString, QString>> tiles{
        {tr("Enterprises paid"), locale.toString(k.cumulative.enterprises) + u' ' + upTo},
        {tr("Persons paid"), locale.toString(k.cumulative.persons) + u' ' + upTo},
        {tr("Payments made"), locale.toString(k.cumulative.enterprisePayments + k.cumulative.personPayments) + u' ' + upTo},
        {tr("Total paid (net)"),
         stats::YuanText::scaled(k.cumulative.enterpriseNetFen + k.cumulative.personNetFen, chinese) + u' ' + upTo},
        {tr("Patents covered"), locale.toString(k.cumulative.patents) + u' ' + upTo},
        {tr("This month's total"), tr("%1 in %2 (%n payment(s))", "", int(k.monthPayments))
                                       .arg(stats::YuanText::scaled(k.monthNetFen, chinese), m.toString())},
    };
    for (const auto &b : k.budgets) {
        const qint64 percentTimes10 = b.budgetFen > 0 ? b.spentFen * 1000 / b.budgetFen : 0;
        tiles << std::pair{tr("Budget used: %1").arg(b.title.in(language())),
                           tr("%1 of %2 (%3%)")
                               .arg(stats::YuanText::scaled(b.spentFen, chinese), stats::YuanText::scaled(b.budgetFen, chinese))
                               .arg(QStringLiteral("%1.%2").arg(percentTimes10 / 10).arg(percentTimes10 % 10))};
    }
    int i = 0;
    for (const auto &[title, value] : tiles) {
        auto *name = new QLabel(title, this);
        auto *figure = new QLabel(value, this);
        QFont bold = figure->font();
        bold.setBold(true);
        figure->setFont(bold);
        m_grid->addWidget(name, i / 2, (i % 2) * 2);
        m_grid->addWidget(figure, i / 2, (i % 2) * 2 + 1);
        ++i;
    }
}

QStringList KpiPanel::texts() const
{
    QStringList lines;
    for (int i = 0; i + 1 < m_grid->count(); i += 2) {
        auto *a = qobject_cast<QLabel *>(m_grid->itemAt(i)->widget());
        auto *b = qobject_cast<QLabel *>(m_grid->itemAt(i + 1)->widget());
        if (a && b)
            lines << a->text() + QStringLiteral(": ") + b->text();
    }
    return lines;
}

} // namespace mianshen::ui
