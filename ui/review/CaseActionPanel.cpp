#include "ui/review/CaseActionPanel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

CaseActionPanel::CaseActionPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    // Page 0: the buttons.
    auto *buttons = new QWidget(m_stack);
    auto *row = new QGridLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    m_approve = addCaseAction(QKeySequence(Qt::Key_A));
    m_reject = addCaseAction(QKeySequence(Qt::Key_R));
    m_return = addCaseAction(QKeySequence(Qt::Key_D));
    m_secondOpinion = addCaseAction(QKeySequence(Qt::Key_O));
    m_comment = addCaseAction(QKeySequence(Qt::Key_C));
    m_previous = addCaseAction(QKeySequence(Qt::Key_P));
    m_next = addCaseAction(QKeySequence(Qt::Key_N));
    m_undo = addCaseAction(QKeySequence::Undo);
    for (QAction *a : caseActions()) {
        auto *button = new QPushButton(buttons);
        button->setFocusPolicy(Qt::NoFocus);   // keys go to the actions, not to a button
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::enabledChanged, button, &QWidget::setEnabled);
        row->addWidget(button, int(m_buttons.size()) / 4, int(m_buttons.size()) % 4);
        m_buttons << qMakePair(a, button);
    }
    m_stack->addWidget(buttons);

    // Page 1: the form of an action that needs words.
    auto *form = new QWidget(m_stack);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_formTitle = new QLabel(form);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    m_formTitle->setWordWrap(true);
    formLayout->addWidget(m_formTitle);
    auto *choices = new QHBoxLayout;
    m_reason = new QComboBox(form);
    m_feed = new QComboBox(form);
    m_field = new QComboBox(form);
    for (QComboBox *box : {m_reason, m_feed, m_field}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    choices->addWidget(m_reason, 1);
    choices->addWidget(m_feed, 1);
    choices->addWidget(m_field, 1);
    formLayout->addLayout(choices);
    m_text = new QLineEdit(form);
    formLayout->addWidget(m_text);
    m_formError = new QLabel(form);
    m_formError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_formError->setWordWrap(true);
    formLayout->addWidget(m_formError);
    auto *confirmRow = new QHBoxLayout;
    m_confirm = new QPushButton(form);
    m_cancel = new QPushButton(form);
    confirmRow->addStretch(1);
    confirmRow->addWidget(m_confirm);
    confirmRow->addWidget(m_cancel);
    formLayout->addLayout(confirmRow);
    m_stack->addWidget(form);

    connect(m_confirm, &QPushButton::clicked, this, &CaseActionPanel::confirm);
    connect(m_text, &QLineEdit::returnPressed, this, &CaseActionPanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &CaseActionPanel::closeForm);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), form);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CaseActionPanel::closeForm);
    auto *confirmKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), form);
    confirmKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(confirmKey, &QShortcut::activated, this, &CaseActionPanel::confirm);
    connect(m_feed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_form == Form::Return)
            Q_EMIT feedChosen(m_feed->currentData().toString());
    });

    connect(m_approve, &QAction::triggered, this, &CaseActionPanel::approveRequested);
    connect(m_reject, &QAction::triggered, this, [this] { openForm(Form::Reject); });
    connect(m_return, &QAction::triggered, this, [this] { openForm(Form::Return); });
    connect(m_secondOpinion, &QAction::triggered, this, [this] { openForm(Form::SecondOpinion); });
    connect(m_comment, &QAction::triggered, this, [this] { openForm(Form::Comment); });
    connect(m_next, &QAction::triggered, this, &CaseActionPanel::nextRequested);
    connect(m_previous, &QAction::triggered, this, &CaseActionPanel::previousRequested);
    connect(m_undo, &QAction::triggered, this, &CaseActionPanel::undoRequested);
    retranslate();
    updateEnabled();
}

QAction *CaseActionPanel::addCaseAction(const QKeySequence &key)
{
    auto *action = new QAction(this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

QList<QAction *> CaseActionPanel::caseActions() const
{
    return {m_approve, m_reject, m_return, m_secondOpinion, m_comment, m_previous, m_next, m_undo};
}

void CaseActionPanel::setState(bool caseOpen, bool canDecide, bool canUndo, bool busy)
{
    m_caseOpen = caseOpen;
    m_canDecide = canDecide;
    m_canUndo = canUndo;
    m_busy = busy;
    updateEnabled();
}

void CaseActionPanel::setActive(bool active)
{
    m_active = active;
    updateEnabled();
}

void CaseActionPanel::updateEnabled()
{
    // While a form is open only its own keys work (a letter typed into it
    // must not decide anything).
    const bool free = m_active && m_form == Form::None;
    const bool decide = free && m_caseOpen && m_canDecide && !m_busy;
    m_approve->setEnabled(decide);
    m_reject->setEnabled(decide);
    m_return->setEnabled(decide);
    m_secondOpinion->setEnabled(decide);
    m_comment->setEnabled(free && m_caseOpen && !m_busy);
    m_next->setEnabled(free);
    m_previous->setEnabled(free);
    m_undo->setEnabled(free && m_canUndo && !m_busy);
    m_confirm->setEnabled(!m_busy);
    for (const auto &[action, button] : m_buttons)
        button->setEnabled(action->isEnabled());
}

void CaseActionPanel::setRejectReasons(const QList<QPair<QString, QString>> &reasons)
{
    m_reasons = reasons;
    m_reason->clear();
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const auto &[code, title] : reasons)
        m_reason->addItem(title, code);
}

void CaseActionPanel::setFeeds(const QList<QPair<QString, QString>> &feeds)
{
    const QSignalBlocker blocker(m_feed);
    m_feed->clear();
    m_feed->addItem(tr("Feed in doubt…"), QString());
    for (const auto &[name, title] : feeds)
        m_feed->addItem(title, name);
}

void CaseActionPanel::setFields(const QString &feed, const QList<QPair<QString, QString>> &fields)
{
    if (m_feed->currentData().toString() != feed)
        return;
    m_field->clear();
    m_field->addItem(tr("Field in doubt…"), QString());
    for (const auto &[name, title] : fields)
        m_field->addItem(title, name);
}

void CaseActionPanel::openForm(Form form)
{
    m_form = form;
    m_formError->clear();
    m_text->clear();
    m_reason->setVisible(form == Form::Reject);
    m_feed->setVisible(form == Form::Return);
    m_field->setVisible(form == Form::Return);
    if (form == Form::Reject)
        m_reason->setCurrentIndex(0);
    if (form == Form::Return) {
        m_feed->setCurrentIndex(0);
        m_field->clear();
    }
    retranslate();
    m_stack->setCurrentIndex(1);
    updateEnabled();
    if (form == Form::Reject)
        m_reason->setFocus();
    else if (form == Form::Return)
        m_feed->setFocus();
    else
        m_text->setFocus();
}

void CaseActionPanel::closeForm()
{
    const bool wasOpen = m_form != Form::None;
    m_form = Form::None;
    m_stack->setCurrentIndex(0);
    updateEnabled();
    if (wasOpen)
        Q_EMIT formClosed();
}

QString CaseActionPanel::formError() const
{
    return m_formError->text();
}

void CaseActionPanel::confirm()
{
    if (m_form == Form::None || m_busy)
        return;
    const QString text = m_text->text().trimmed();
    QStringList missing;
    if (m_form == Form::Reject && m_reason->currentData().toString().isEmpty())
        missing << tr("choose a reason from the list");
    if (m_form == Form::Return) {
        if (m_feed->currentData().toString().isEmpty())
            missing << tr("choose the feed in doubt");
        if (m_field->currentData().toString().isEmpty())
            missing << tr("choose the field in doubt");
    }
    if (text.isEmpty())
        missing << (m_form == Form::Comment ? tr("write the comment") : tr("say why in words"));
    if (!missing.isEmpty()) {
        m_formError->setText(tr("To go on: %1.").arg(missing.join(QStringLiteral("; "))));
        return;
    }
    const Form form = m_form;
    const QString reason = m_reason->currentData().toString();
    const QString feed = m_feed->currentData().toString();
    const QString field = m_field->currentData().toString();
    closeForm();
    switch (form) {
    case Form::Reject:
        Q_EMIT rejectRequested(reason, text);
        break;
    case Form::Return:
        Q_EMIT returnRequested(feed, field, text);
        break;
    case Form::SecondOpinion:
        Q_EMIT secondOpinionRequested(text);
        break;
    case Form::Comment:
        Q_EMIT commentRequested(text);
        break;
    case Form::None:
        break;
    }
}

void CaseActionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseActionPanel::retranslate()
{
    m_approve->setText(tr("&Approve"));
    m_reject->setText(tr("&Reject…"));
    m_return->setText(tr("Return for &data correction…"));
    m_secondOpinion->setText(tr("Ask for a second &opinion…"));
    m_comment->setText(tr("&Comment…"));
    m_previous->setText(tr("&Previous case"));
    m_next->setText(tr("&Next case"));
    m_undo->setText(tr("&Undo my last decision"));
    for (const auto &[action, button] : m_buttons) {
        QString plain = action->text();
        plain.remove(u'&');
        button->setText(tr("%1 [%2]").arg(plain, action->shortcut().toString(QKeySequence::NativeText)));
        button->setToolTip(button->text());
    }
    switch (m_form) {
    case Form::Reject:
        m_formTitle->setText(tr("Reject the case: choose a reason and say why."));
        break;
    case Form::Return:
        m_formTitle->setText(tr("Return for data correction: the feed and field in doubt, and what is wrong. "
                                "The case waits until that feed is imported again and matched."));
        break;
    case Form::SecondOpinion:
        m_formTitle->setText(tr("Ask a colleague for a second opinion: what should they look at?"));
        break;
    case Form::Comment:
        m_formTitle->setText(tr("Comment on the case (kept with it; decides nothing)."));
        break;
    case Form::None:
        break;
    }
    m_text->setPlaceholderText(tr("In words (required)"));
    m_confirm->setText(tr("Confirm [%1]").arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_cancel->setText(tr("Cancel [%1]").arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    if (m_reason->count() > 0)
        m_reason->setItemText(0, tr("Choose a reason…"));
}

} // namespace mianshen::ui
