#pragma once

#include "itemmodels/DashboardFigures.h"
#include "ui/pages/Page.h"

#include <QFutureWatcher>

class QGridLayout;
class QLabel;

namespace mianshen::ui {

class EmptyState;
class KpiPanel;

// The figures of the database at a glance: persons, enterprises, feeds with
// data, imports, published policies, runs, awards, payments. Each is read
// from the database (on a worker thread); nothing is shown that is not there.
class DashboardPage final : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    void setDatabase(store::Database *db) override;
    void refresh() override;

    // What the tiles show, for tests: "title: value" lines.
    QStringList tileTexts() const;
    bool isLoading() const;
    KpiPanel *kpiPanel() const { return m_kpis; }

Q_SIGNALS:
    // The KPI panel's link to the Statistics page.
    void statisticsRequested();

protected:
    void retranslate() override;

private:
    void showFigures(const domain::Result<QList<itemmodels::DashboardFigures::Figure>> &figures);
    void clearTiles();

    store::Database *m_db = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_tiles = nullptr;
    QGridLayout *m_grid = nullptr;
    EmptyState *m_empty = nullptr;
    KpiPanel *m_kpis = nullptr;
    QFutureWatcher<domain::Result<QList<itemmodels::DashboardFigures::Figure>>> m_watcher;
    QList<itemmodels::DashboardFigures::Figure> m_figures;
    bool m_again = false;
    bool m_reading = false;
};

} // namespace mianshen::ui
