#include "ui/review/ReviewFilterBar.h"

#include "domain/Money.h"
#include "domain/Month.h"
#include "ui/review/ReviewTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace mianshen::ui {

namespace {

const QString OpenStatuses = QStringLiteral("open");
const QString AnyStatus = QStringLiteral("any");

} // namespace

ReviewFilterBar::ReviewFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_status = new QComboBox(this);
    m_policy = new QComboBox(this);
    m_flag = new QComboBox(this);
    for (QComboBox *box : {m_status, m_policy, m_flag}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    m_period = new QLineEdit(this);
    m_minAmount = new QLineEdit(this);
    m_maxAmount = new QLineEdit(this);
    m_claimedBy = new QLineEdit(this);
    m_subject = new QLineEdit(this);
    m_overdue = new QCheckBox(this);
    m_secondOpinion = new QCheckBox(this);
    for (QLineEdit *edit : {m_period, m_minAmount, m_maxAmount, m_claimedBy, m_subject})
        edit->setClearButtonEnabled(true);
    grid->addWidget(m_status, 0, 0);
    grid->addWidget(m_policy, 0, 1);
    grid->addWidget(m_flag, 0, 2);
    grid->addWidget(m_period, 0, 3);
    grid->addWidget(m_minAmount, 1, 0);
    grid->addWidget(m_maxAmount, 1, 1);
    grid->addWidget(m_claimedBy, 1, 2);
    grid->addWidget(m_overdue, 1, 3);
    grid->addWidget(m_subject, 2, 0, 1, 3);
    grid->addWidget(m_secondOpinion, 2, 3);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    grid->addWidget(m_error, 3, 0, 1, 4);

    m_status->addItem(QString(), OpenStatuses);
    for (const QString &s : review::allAwardStatuses())
        m_status->addItem(QString(), s);
    m_status->addItem(QString(), AnyStatus);
    m_policy->addItem(QString(), QString());
    m_flag->addItem(QString(), QString());

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &ReviewFilterBar::apply);
    for (QLineEdit *edit : {m_period, m_minAmount, m_maxAmount, m_claimedBy, m_subject}) {
        connect(edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &ReviewFilterBar::apply);
    }
    for (QComboBox *box : {m_status, m_policy, m_flag})
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::apply);
    connect(m_overdue, &QCheckBox::toggled, this, &ReviewFilterBar::apply);
    connect(m_secondOpinion, &QCheckBox::toggled, this, &ReviewFilterBar::apply);
    retranslate();
}

void ReviewFilterBar::selectData(QComboBox *box, const QString &data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

void ReviewFilterBar::setPolicies(const QStringList &codes)
{
    const QString current = m_policy->currentData().toString();
    m_restoring = true;
    while (m_policy->count() > 1)
        m_policy->removeItem(1);
    for (const QString &code : codes)
        m_policy->addItem(code, code);
    selectData(m_policy, current);
    m_restoring = false;
}

void ReviewFilterBar::setFlags(const QList<QPair<QString, QString>> &idAndLabel)
{
    const QString current = m_flag->currentData().toString();
    m_restoring = true;
    while (m_flag->count() > 1)
        m_flag->removeItem(1);
    for (const auto &[id, label] : idAndLabel) {
        m_flag->addItem(label, id);
        m_flag->setItemData(m_flag->count() - 1, id, Qt::ToolTipRole);
    }
    selectData(m_flag, current);
    m_restoring = false;
}

void ReviewFilterBar::apply()
{
    m_debounce->stop();
    if (m_restoring)
        return;
    review::QueueFilter f;
    QStringList problems;
    const QString status = m_status->currentData().toString();
    if (status == AnyStatus)
        f.statuses.clear();
    else if (status != OpenStatuses)
        f.statuses = QStringList{status};
    f.policyCode = m_policy->currentData().toString();
    f.flag = m_flag->currentData().toString();
    const QString period = m_period->text().trimmed();
    if (period == u"-") {
        f.periodSet = true;   // one-off awards
    } else if (!period.isEmpty()) {
        if (domain::Month::parse(period)) {
            f.period = period;
            f.periodSet = true;
        } else {
            problems << tr("Period: write a month as YYYY-MM (e.g. 2021-09), or - for one-off awards.");
        }
    }
    const auto amount = [&](QLineEdit *edit, std::optional<std::int64_t> &into, const QString &what) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        if (const auto money = domain::Money::parseYuan(text))
            into = money->fen();
        else
            problems << tr("%1: write an amount in yuan, e.g. 5000 or 5000.50.").arg(what);
    };
    amount(m_minAmount, f.minFen, tr("Smallest amount"));
    amount(m_maxAmount, f.maxFen, tr("Largest amount"));
    f.claimedBy = m_claimedBy->text().trimmed();
    f.subject = m_subject->text().trimmed();
    f.overdueOnly = m_overdue->isChecked();
    f.secondOpinionOnly = m_secondOpinion->isChecked();
    m_error->setText(problems.join(u'\n'));
    m_error->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        return;
    m_filter = f;
    Q_EMIT filterChanged(m_filter);
}

QVariantMap ReviewFilterBar::state() const
{
    return {{QStringLiteral("status"), m_status->currentData()},
            {QStringLiteral("policy"), m_policy->currentData()},
            {QStringLiteral("flag"), m_flag->currentData()},
            {QStringLiteral("period"), m_period->text()},
            {QStringLiteral("min"), m_minAmount->text()},
            {QStringLiteral("max"), m_maxAmount->text()},
            {QStringLiteral("claimedBy"), m_claimedBy->text()},
            {QStringLiteral("subject"), m_subject->text()},
            {QStringLiteral("overdue"), m_overdue->isChecked()},
            {QStringLiteral("secondOpinion"), m_secondOpinion->isChecked()}};
}

void ReviewFilterBar::restoreState(const QVariantMap &state)
{
    m_restoring = true;
    selectData(m_status, state.value(QStringLiteral("status"), OpenStatuses).toString());
    // Policies and flags may not be offered yet: keep the wish as an item.
    for (auto [box, key] : {std::pair{m_policy, "policy"}, std::pair{m_flag, "flag"}}) {
        const QString value = state.value(QLatin1String(key)).toString();
        if (!value.isEmpty() && box->findData(value) < 0)
            box->addItem(value, value);
        selectData(box, value);
    }
    m_period->setText(state.value(QStringLiteral("period")).toString());
    m_minAmount->setText(state.value(QStringLiteral("min")).toString());
    m_maxAmount->setText(state.value(QStringLiteral("max")).toString());
    m_claimedBy->setText(state.value(QStringLiteral("claimedBy")).toString());
    m_subject->setText(state.value(QStringLiteral("subject")).toString());
    m_overdue->setChecked(state.value(QStringLiteral("overdue")).toBool());
    m_secondOpinion->setChecked(state.value(QStringLiteral("secondOpinion")).toBool());
    m_restoring = false;
    apply();
}

QString ReviewFilterBar::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ReviewFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewFilterBar::retranslate()
{
    m_status->setItemText(0, tr("Open cases"));
    for (int i = 1; i < m_status->count() - 1; ++i)
        m_status->setItemText(i, ReviewTexts::status(m_status->itemData(i).toString()));
    m_status->setItemText(m_status->count() - 1, tr("Any status"));
    m_policy->setItemText(0, tr("Every policy"));
    m_flag->setItemText(0, tr("Every flag"));
    m_period->setPlaceholderText(tr("Period YYYY-MM"));
    m_minAmount->setPlaceholderText(tr("From ¥"));
    m_maxAmount->setPlaceholderText(tr("To ¥"));
    m_claimedBy->setPlaceholderText(tr("Held by (- for nobody)"));
    m_subject->setPlaceholderText(tr("Subject: id number, credit code or the start of a name"));
    m_overdue->setText(tr("Overdue only"));
    m_secondOpinion->setText(tr("Second opinion asked"));
    m_status->setToolTip(tr("Status"));
    m_policy->setToolTip(tr("Policy"));
    m_flag->setToolTip(tr("Flag"));
}

} // namespace mianshen::ui
