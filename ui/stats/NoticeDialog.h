#pragma once

#include "domain/Result.h"
#include "stats/NoticeList.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// A 公示 (public notice) list: of a policy and month, or of one payment
// batch. Shows the list as it is published (persons' names and id numbers
// masked by itemmodels::SensitiveMask, enterprises in full, amounts, the
// notice period), exports it as PDF or .xlsx (itemmodels::NoticeDocument,
// as `mianshen notice`), and records the objections received and the
// changes of their outcome (stats::NoticeObjections: each in the audit log).
class NoticeDialog final : public QDialog
{
    Q_OBJECT
public:
    // A policy's list of a month (policy empty: the first published one).
    NoticeDialog(store::Database &db, const QString &policyCode, const QString &period, QWidget *parent = nullptr);
    // One payment batch's list.
    NoticeDialog(store::Database &db, qint64 batchId, QWidget *parent = nullptr);
    ~NoticeDialog() override;

    // For the Payments page: the notice of a batch, modal.
    static void openForBatch(store::Database &db, qint64 batchId, QWidget *parent);

    // What the buttons do, without the file dialogs (and for tests).
    domain::Status exportTo(const QString &path);
    domain::Status recordObjection();
    domain::Status setOutcome();
    void reload();

    const stats::NoticeList &list() const { return m_list; }
    QTableWidget *entriesTable() const { return m_entries; }
    QTableWidget *objectionsTable() const { return m_objections; }
    QString statusText() const;

private:
    NoticeDialog(store::Database &db, QWidget *parent);
    QLayout *buildSource();
    QWidget *buildObjections();
    void fillEntries();
    void fillObjections();
    void showStatus(const domain::Status &status, const QString &done);
    void exportAs(const QString &suffix);
    bool chinese() const;

    store::Database &m_db;
    stats::NoticeList m_list;
    QComboBox *m_source = nullptr;
    QComboBox *m_policy = nullptr;
    QDateEdit *m_period = nullptr;
    QSpinBox *m_batch = nullptr;
    QDateEdit *m_noticeFrom = nullptr;
    QSpinBox *m_noticeDays = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_entries = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_objections = nullptr;
    QLineEdit *m_raisedBy = nullptr;
    QDateEdit *m_received = nullptr;
    QComboBox *m_about = nullptr;
    QLineEdit *m_content = nullptr;
    QPushButton *m_record = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_note = nullptr;
    QDateEdit *m_decided = nullptr;
    QPushButton *m_decide = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace mianshen::ui
