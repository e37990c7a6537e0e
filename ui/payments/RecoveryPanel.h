#pragma once

#include "ledger/RecoveryService.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace mianshen::ui {

// The recovery orders (追回, ledger::RecoveryService), newest first, with the
// steps a person takes on the selected one: confirm a proposed order, then
// settle it (the money came back) or write it off (with a note). The buttons
// only ask: the page confirms and does the work.
class RecoveryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryPanel(QWidget *parent = nullptr);

    void setRecoveries(const QList<ledger::Recovery> &recoveries);
    void clear();
    void setBusy(bool busy);
    // The selected order; null when none.
    const ledger::Recovery *selected() const;
    bool selectRecovery(qint64 id);
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *proposeButton() const { return m_propose; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *settleButton() const { return m_settle; }
    QPushButton *writeOffButton() const { return m_writeOff; }

    static QString reasonText(const QString &reason);

Q_SIGNALS:
    void proposeRequested();
    void confirmRequested(qint64 id);
    void settleRequested(qint64 id);
    void writeOffRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_propose = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_settle = nullptr;
    QPushButton *m_writeOff = nullptr;
    QList<ledger::Recovery> m_recoveries;
    bool m_busy = false;
};

} // namespace mianshen::ui
