#pragma once

#include "ui/pages/Page.h"

#include <QList>
#include <QPair>

#include <memory>
#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace mianshen::review {
struct Award;
struct CaseFile;
struct DecisionRequest;
struct QueueFilter;
}

namespace mianshen::ui {

class BackgroundDatabase;
class CaseActionPanel;
class CaseView;
class EmptyState;
class ReviewFilterBar;
class ReviewQueueModel;

// The review desk: the queue of flagged cases (paged from the database,
// filtered, sorted by any column, counts per flag and per policy, who holds
// each case and for how long, overdue marked) and the open case with
// everything needed to decide it, decided from the keyboard. Opening a case
// claims it (a lease renewed while it is open); a decision saves and moves
// to the next case. Every read and write runs on a connection of the page's
// own on a worker thread; errors show where the data would be.
class ReviewPage final : public Page
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    QString title() const override;
    void setDatabase(store::Database *db) override;
    void refresh() override;

    // The actions of the open case, for the window's Case menu.
    QList<QAction *> caseActions() const;

    bool isShowingEmptyState() const;
    EmptyState *emptyState() const { return m_empty; }
    ReviewFilterBar *filterBar() const { return m_filters; }
    QTableView *queueView() const { return m_view; }
    ReviewQueueModel *queueModel() const { return m_model.get(); }
    CaseView *caseView() const { return m_case; }
    CaseActionPanel *actionPanel() const { return m_actions; }
    QString countsText() const;
    QString statusText() const;
    // The award open in the case view (0: none), and whether work is under way.
    qint64 openAwardId() const { return m_openId; }
    bool isBusy() const;

Q_SIGNALS:
    // Awards changed here (the dashboard and other pages read again).
    void awardsChanged();

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildQueue();
    void connectActions();
    void readPolicies();
    void currentRowChanged();
    void openCase(qint64 awardId);
    void caseArrived(qint64 awardId, const review::CaseFile &file, const std::optional<review::Award> &claimed,
                     const QString &claimProblem);
    void decide(const review::DecisionRequest &request, const QString &done);
    void undo();
    void comment(const QString &text);
    void reveal();
    void moveBy(int rows);
    void showQueueMenu(const QPoint &position);
    void releaseAllOf(const QString &reviewer);
    void reassign(qint64 awardId);
    void renewLease();
    void updateCounts();
    void updateActions();
    void setStatus(const QString &text, bool problem = false);
    void showEmpty(bool empty);

    store::Database *m_db = nullptr;
    std::unique_ptr<BackgroundDatabase> m_background;
    std::unique_ptr<ReviewQueueModel> m_model;
    QLabel *m_heading = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    ReviewFilterBar *m_filters = nullptr;
    QLabel *m_counts = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    CaseView *m_case = nullptr;
    CaseActionPanel *m_actions = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_openDelay = nullptr;
    QTimer *m_lease = nullptr;

    qint64 m_openId = 0;          // the case shown
    rules::Language m_caseLanguage = rules::Language::En; // the language it was read in
    int m_openVersion = 0;        // its version as last read
    bool m_holding = false;       // this reviewer holds its lease
    qint64 m_wantedId = 0;        // the case being read
    quint64 m_caseGeneration = 0;
    std::optional<QPair<qint64, int>> m_lastDecision;   // (award, version after it) to undo
    std::optional<QPair<qint64, int>> m_selectAfterReload;   // (award id, fallback row)
    int m_working = 0;            // decisions and other writes under way
};

} // namespace mianshen::ui
