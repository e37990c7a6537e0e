#pragma once

#include "matching/PolicyPreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

class PolicyPreviewRunner;

// "What-if preview…" of the Matching page: choose a policy file that is not
// published and a period, run the preview on a worker thread (progress bar
// and Cancel), then read the published version in effect and the file side
// by side (qualifying, approved, for review, over budget, ineligible, total
// in yuan) and a sortable table of the subjects whose award would differ.
// Nothing is written to the database.
class PolicyPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    enum SummaryRow { QualifyingRow, ApprovedRow, FlaggedRow, OverBudgetRow, IneligibleRow, SkippedRow, TotalRow,
                      BudgetRow, SummaryRowCount };
    enum DifferenceColumn { SubjectColumn, ChangeColumn, BeforeColumn, AmountBeforeColumn, AfterColumn,
                            AmountAfterColumn, AmountDeltaColumn, FlagsBeforeColumn, FlagsAfterColumn,
                            DifferenceColumnCount };

    PolicyPreviewDialog(const store::Database &db, const QString &period, QWidget *parent = nullptr);
    ~PolicyPreviewDialog() override;

    void setFile(const QString &path);
    void setPeriod(const QString &period);
    // Starts the preview of the chosen file and period; false (with a
    // message on the dialog) when they are not valid or one is running.
    bool startPreview();
    bool isRunning() const;

    QTableWidget *summaryTable() const { return m_summary; }
    QTableView *differencesView() const { return m_differences; }
    QLabel *statusLabel() const { return m_status; }

    // "¥1,234.50": fen as yuan, exactly (integer arithmetic).
    static QString yuan(std::int64_t fen);

Q_SIGNALS:
    void previewFinished(bool ok);

protected:
    void reject() override;

private:
    void chooseFile();
    void showProgress(int phase, qint64 done, qint64 total, qint64 perSecond, qint64 secondsLeft);
    void showResult();
    void fillSummary(const matching::PreviewResult &result);
    void fillDifferences(const matching::PreviewResult &result);
    void setRunning(bool running);

    PolicyPreviewRunner *m_runner = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_period = nullptr;
    QPushButton *m_start = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_summary = nullptr;
    QLabel *m_differencesLabel = nullptr;
    QTableView *m_differences = nullptr;
    QStandardItemModel *m_differenceModel = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mianshen::ui
