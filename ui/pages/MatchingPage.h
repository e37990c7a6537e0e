#pragma once

#include "ui/pages/Page.h"

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTextBrowser;

namespace mianshen::matching {
class ExplanationReader;
}

namespace mianshen::ui {

class EmptyState;
class PolicyPreviewDialog;
class TableBrowser;

// The Matching page: choose the period and the policies, run with progress
// and Cancel; the run history; per run the summary per policy and the
// decisions (paged, filterable by policy, outcome, flags, amount); the
// explanation of the selected decision in the user's language.
class MatchingPage final : public Page
{
    Q_OBJECT
public:
    enum Tab { SummaryTab, DecisionsTab, ExplanationTab };

    explicit MatchingPage(QWidget *parent = nullptr);
    ~MatchingPage() override;
    QString title() const override;
    void setDatabase(store::Database *db) override;
    void refresh() override;

    void setPeriod(const QString &period);
    // Runs for the period with the checked policies (all when none is
    // checked). Returns false with a message when it failed or was refused.
    bool runMatching(bool force = false);
    // Shows a run's summary and decisions.
    void showRun(qint64 runId);
    void showExplanation(int decisionRow);
    TableBrowser *runsBrowser() const { return m_runs; }
    TableBrowser *summaryBrowser() const { return m_summary; }
    TableBrowser *decisionsBrowser() const { return m_decisions; }
    QString explanationText() const;
    QListWidget *policyList() const { return m_policies; }
    // "What-if preview…": opens the preview dialog (window modal, deleted on
    // close) for the page's period, with `file` chosen when given.
    PolicyPreviewDialog *openPolicyPreview(const QString &file = {});

Q_SIGNALS:
    void decisionsChanged();

protected:
    void retranslate() override;

private:
    void fillPolicies();
    void runSelected();

    store::Database *m_db = nullptr;
    std::unique_ptr<matching::ExplanationReader> m_explanations;   // rebuilds stored explanations
    qint64 m_runId = 0;
    QLabel *m_heading = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLineEdit *m_period = nullptr;
    QLabel *m_policiesLabel = nullptr;
    QListWidget *m_policies = nullptr;
    QCheckBox *m_force = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_lastResult = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_runsPane = nullptr;
    QLabel *m_runsLabel = nullptr;
    TableBrowser *m_runs = nullptr;
    EmptyState *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    TableBrowser *m_summary = nullptr;
    TableBrowser *m_decisions = nullptr;
    QTextBrowser *m_explanation = nullptr;
};

} // namespace mianshen::ui
