#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "matching/PolicyRepository.h"
#include "ui/pages/Page.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QDateEdit;
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
class JobRunner;
class MatchingRunner;
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
    ~MatchingPage() override; // cancels and waits for a running run
    QString title() const override;
    void setDatabase(store::Database *db) override;
    void refresh() override;

    // The month to decide, "YYYY-MM". Until one is set here or picked, the
    // page proposes the latest month with a policy in effect and data imported.
    void setPeriod(const QString &period);
    QString period() const;
    // Starts a run for the period with the checked policies (all when none
    // is checked) and returns at once: false (with a message) when refused;
    // runFinished() follows a started run.
    bool runMatching(bool force = false);
    bool isRunning() const;
    MatchingRunner *runner() const { return m_runner.get(); }
    void clear() override;
    // Shows a run's summary and decisions.
    void showRun(qint64 runId);
    void showExplanation(int decisionRow);
    TableBrowser *runsBrowser() const { return m_runs; }
    TableBrowser *summaryBrowser() const { return m_summary; }
    TableBrowser *decisionsBrowser() const { return m_decisions; }
    // As shown: id and account numbers masked unless the decisions table's
    // "show" switch is on; in the window's language.
    QString explanationText() const;
    QListWidget *policyList() const { return m_policies; }
    // True while the published policies are being read (on a worker).
    bool isReadingPolicies() const;
    // "What-if preview…": opens the preview dialog (window modal, deleted on
    // close) for the page's period, with `file` chosen when given.
    PolicyPreviewDialog *openPolicyPreview(const QString &file = {});

Q_SIGNALS:
    void decisionsChanged();
    // A run started by runMatching() is over: ok when it completed (or was
    // not needed), false when it failed or was cancelled.
    void runFinished(bool ok);

protected:
    void retranslate() override;

private:
    void fillPolicies();
    void showPolicies(const domain::Result<QList<matching::PublishedPolicy>> &list);
    void proposePeriod(const domain::Result<std::optional<domain::Month>> &period);
    // Flag ids -> their labels in the current language (for the decisions table).
    std::function<QString(const QString &)> flagText() const;
    void runSelected();
    void runDone();
    void renderExplanation();

    store::Database *m_db = nullptr;
    std::unique_ptr<matching::ExplanationReader> m_explanations;   // rebuilds stored explanations
    qint64 m_runId = 0;
    QLabel *m_heading = nullptr;
    QLabel *m_periodLabel = nullptr;
    QDateEdit *m_period = nullptr; // a month picker: the day is not shown
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
    std::unique_ptr<MatchingRunner> m_runner;
    JobRunner *m_policyReader = nullptr;
    bool m_fillAgain = false;
    std::shared_ptr<const QHash<QString, QString>> m_flagLabelsZh; // flag id -> label
    std::shared_ptr<const QHash<QString, QString>> m_flagLabelsEn;
    bool m_periodChosen = false; // by the person or setPeriod(): no longer proposed
    quint64 m_databaseGeneration = 0; // a read from an earlier database is dropped
    QString m_explanationJson; // of the decision shown, empty when none
};

} // namespace mianshen::ui
