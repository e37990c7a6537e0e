#pragma once

#include "review/ReviewQueue.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace mianshen::ui {

// The queue's filters: status, policy, flag, period, amount range, who holds
// the case, subject id or name, overdue only. Typing is debounced; a value
// that does not parse is named below the bar and changes nothing. The state
// is kept in Settings as a map (state() / restoreState()).
class ReviewFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewFilterBar(QWidget *parent = nullptr);

    // The choices of the combo boxes (keeps the current choice when it is still offered).
    void setPolicies(const QStringList &codes);
    void setFlags(const QList<QPair<QString, QString>> &idAndLabel);

    // The filter of the fields (the last one that parsed).
    review::QueueFilter filter() const { return m_filter; }
    QVariantMap state() const;
    void restoreState(const QVariantMap &state);
    QString errorText() const;

    // The fields, for tests and shortcuts.
    QComboBox *statusBox() const { return m_status; }
    QComboBox *policyBox() const { return m_policy; }
    QComboBox *flagBox() const { return m_flag; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QLineEdit *periodEdit() const { return m_period; }

Q_SIGNALS:
    void filterChanged(const mianshen::review::QueueFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void apply();
    static void selectData(QComboBox *box, const QString &data);

    review::QueueFilter m_filter;
    QComboBox *m_status = nullptr;
    QComboBox *m_policy = nullptr;
    QComboBox *m_flag = nullptr;
    QLineEdit *m_period = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QLineEdit *m_claimedBy = nullptr;
    QLineEdit *m_subject = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_secondOpinion = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_restoring = false;
};

} // namespace mianshen::ui
