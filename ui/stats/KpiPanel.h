#pragma once

#include "domain/Result.h"
#include "stats/DashboardKpis.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QGridLayout;
class QLabel;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// The Dashboard's disbursement KPIs: enterprises and persons paid, payments,
// total paid, patents covered (cumulative, with their period), this month's
// total, budget used per policy; a link to the Statistics page. Read on a
// worker thread with its own connection.
class KpiPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit KpiPanel(QWidget *parent = nullptr);
    ~KpiPanel() override;
    void setDatabase(store::Database *db);
    void refresh();
    void retranslate();
    bool isLoading() const { return m_reading; }
    // "title: value" lines, for tests.
    QStringList texts() const;

Q_SIGNALS:
    void detailsRequested();

private:
    void showKpis();

    store::Database *m_db = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_link = nullptr;
    QFutureWatcher<domain::Result<stats::DashboardKpis>> m_watcher;
    std::optional<domain::Result<stats::DashboardKpis>> m_kpis;
    bool m_reading = false;
};

} // namespace mianshen::ui
