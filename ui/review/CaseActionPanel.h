#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace mianshen::ui {

// The reviewer's actions on the open case, keyboard first: approve (A),
// reject (R), return for data correction (D), second opinion (O), comment
// (C), next (N) and previous (P) case, undo of one's own last decision
// (Ctrl+Z). Each is a QAction (the page puts them in the Case menu) and a
// button showing its key. Actions that need words open a form in place
// (reason list + text, feed + field + text); Enter confirms, Escape cancels.
class CaseActionPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Form { None, Reject, Return, SecondOpinion, Comment };

    explicit CaseActionPanel(QWidget *parent = nullptr);

    QList<QAction *> caseActions() const;
    QAction *approveAction() const { return m_approve; }
    QAction *rejectAction() const { return m_reject; }
    QAction *returnAction() const { return m_return; }
    QAction *secondOpinionAction() const { return m_secondOpinion; }
    QAction *commentAction() const { return m_comment; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *undoAction() const { return m_undo; }

    // Enables the actions that fit: a case open (decisions), able to decide
    // (not held by someone else), something to undo, not busy.
    void setState(bool caseOpen, bool canDecide, bool canUndo, bool busy);
    // False while the page is hidden: the shortcuts (also in the menu) do nothing then.
    void setActive(bool active);
    // The reasons (code, title) the reject form offers, and the feeds (name,
    // title) with their fields (sqlName, title) the return form offers.
    void setRejectReasons(const QList<QPair<QString, QString>> &reasons);
    void setFeeds(const QList<QPair<QString, QString>> &feeds);
    void setFields(const QString &feed, const QList<QPair<QString, QString>> &fields);

    Form openForm() const { return m_form; }
    void closeForm();
    // The form's fields, for tests.
    QComboBox *reasonBox() const { return m_reason; }
    QComboBox *feedBox() const { return m_feed; }
    QComboBox *fieldBox() const { return m_field; }
    QLineEdit *textEdit() const { return m_text; }
    QString formError() const;

Q_SIGNALS:
    void approveRequested();
    void rejectRequested(const QString &reasonCode, const QString &text);
    void returnRequested(const QString &feed, const QString &field, const QString &text);
    void secondOpinionRequested(const QString &text);
    void commentRequested(const QString &text);
    void nextRequested();
    void previousRequested();
    void undoRequested();
    void feedChosen(const QString &feed);
    // The form closed (confirmed or cancelled): the keys go back to the queue.
    void formClosed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addCaseAction(const QKeySequence &key);
    void openForm(Form form);
    void confirm();
    void retranslate();
    void updateEnabled();

    QAction *m_approve = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_return = nullptr;
    QAction *m_secondOpinion = nullptr;
    QAction *m_comment = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_undo = nullptr;
    QList<QPair<QAction *, QPushButton *>> m_buttons;

    Form m_form = Form::None;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_formTitle = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_feed = nullptr;
    QComboBox *m_field = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_formError = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QPair<QString, QString>> m_reasons;

    bool m_caseOpen = false;
    bool m_canDecide = false;
    bool m_canUndo = false;
    bool m_busy = false;
    bool m_active = true;
};

} // namespace mianshen::ui
