#pragma once

#include "rules/Text.h"
#include "stats/DisbursementFigures.h"
#include "ui/pages/Page.h"

#include <QFutureWatcher>

class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

namespace mianshen::ui {

class StatsChartView;

// What the Statistics page reads on a worker thread.
struct StatisticsReading final
{
    stats::DisbursementFigures figures;
    QList<stats::PolicyFacts> policies;
    rules::Text sentence;
    QString error;
};

// Statistics: disbursement per month by policy (stacked bars), cumulative,
// budget left per policy, subjects paid per month, each with the table
// behind it; a range of months and a set of policies; export (CSV, .xlsx,
// PNG, SVG, PDF), print with preview, the report sentence to copy. Clicking
// a bar opens the payments behind it. Remembers its range, policies and tab.
class StatisticsPage final : public Page
{
    Q_OBJECT
public:
    explicit StatisticsPage(QWidget *parent = nullptr);
    ~StatisticsPage() override;

    QString title() const override;
    void setDatabase(store::Database *db) override;
    void refresh() override;

    // For tests.
    bool isLoading() const { return m_reading; }
    // (Draws it first when the figures changed since: the page draws only the chart on screen.)
    StatsChartView *chartView(int index) const;
    QTableWidget *table(int index) const;
    QString sentence() const;
    void setRange(const QString &from, const QString &to);
    QStringList chosenPolicies() const;

protected:
    void retranslate() override;

private:
    void buildFilterBar(QVBoxLayout *layout);
    void showReading(const StatisticsReading &reading);
    void fillTable(int index);
    void drawChart(int index);
    void rememberChoices();
    void exportTable();
    void exportChart();
    void print();
    void openPaymentsBehind(const QString &policyCode, const QString &period);
    void openNotice();

    store::Database *m_db = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_policies = nullptr;
    QToolButton *m_refresh = nullptr;
    QToolButton *m_exportTable = nullptr;
    QToolButton *m_exportChart = nullptr;
    QToolButton *m_print = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_notice = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<StatsChartView *> m_views;
    QList<bool> m_stale;          // per chart: the figures changed since it was drawn
    QList<QTableWidget *> m_tables;
    StatisticsReading m_reading_;
    QFutureWatcher<StatisticsReading> m_watcher;
    bool m_reading = false;
    bool m_again = false;
};

} // namespace mianshen::ui
