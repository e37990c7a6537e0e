#include "ui/authoring/MetadataForm.h"

#include "ui/authoring/ExpressionEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mianshen::ui {

namespace {

QHBoxLayout *pair(QWidget *a, QWidget *b)
{
    auto *l = new QHBoxLayout;
    l->addWidget(a);
    l->addWidget(b);
    return l;
}

} // namespace

QLineEdit *MetadataForm::addLine(const QString &name)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(name);
    m_lines.insert(name, e);
    connect(e, &QLineEdit::textEdited, this, &MetadataForm::store);
    return e;
}

QLineEdit *MetadataForm::field(const QString &name) const
{
    return m_lines.value(name);
}

MetadataForm::MetadataForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_version = new QSpinBox(this);
    m_version->setRange(1, 9999);
    m_version->setObjectName(QStringLiteral("version"));
    form->addRow(tr("Code and version"), pair(addLine(QStringLiteral("code")), m_version));
    form->addRow(tr("Title (中文 | English)"), pair(addLine(QStringLiteral("titleZh")), addLine(QStringLiteral("titleEn"))));
    form->addRow(tr("Department (中文 | English)"), pair(addLine(QStringLiteral("departmentZh")), addLine(QStringLiteral("departmentEn"))));
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->addItem(tr("Person"), QStringLiteral("person"));
    m_subject->addItem(tr("Enterprise"), QStringLiteral("enterprise"));
    form->addRow(tr("Pays"), m_subject);
    addLine(QStringLiteral("effectiveFrom"))->setPlaceholderText(QStringLiteral("YYYY-MM"));
    addLine(QStringLiteral("effectiveUntil"))->setPlaceholderText(tr("open-ended"));
    form->addRow(tr("In effect from | until"), pair(field(QStringLiteral("effectiveFrom")), field(QStringLiteral("effectiveUntil"))));
    m_schedule = new QComboBox(this);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->addItem(tr("One-off (once per subject)"), QStringLiteral("one_off"));
    m_schedule->addItem(tr("Monthly"), QStringLiteral("monthly"));
    m_maxMonths = new QSpinBox(this);
    m_maxMonths->setObjectName(QStringLiteral("maxMonths"));
    m_maxMonths->setRange(0, 600);
    m_maxMonths->setSpecialValueText(tr("no limit"));
    m_maxMonths->setPrefix(tr("at most "));
    m_maxMonths->setSuffix(tr(" months"));
    form->addRow(tr("Schedule"), pair(m_schedule, m_maxMonths));
    m_budget = new QCheckBox(tr("Budget (yuan)"), this);
    m_budget->setObjectName(QStringLiteral("budget"));
    addLine(QStringLiteral("budgetYuan"))->setPlaceholderText(QStringLiteral("5000000.00"));
    m_order = new QComboBox(this);
    m_order->addItem(tr("ascending"), QStringLiteral("ascending"));
    m_order->addItem(tr("descending"), QStringLiteral("descending"));
    auto *budget = pair(field(QStringLiteral("budgetYuan")), addLine(QStringLiteral("budgetOrderBy")));
    field(QStringLiteral("budgetOrderBy"))->setPlaceholderText(tr("served first: expression, e.g. the contract date"));
    budget->addWidget(m_order);
    form->addRow(m_budget, budget);
    m_stacking = new QCheckBox(tr("Not stacked with (group, rank)"), this);
    m_rank = new QSpinBox(this);
    m_rank->setRange(0, 999);
    form->addRow(m_stacking, pair(addLine(QStringLiteral("stackingGroup")), m_rank));
    form->addRow(tr("Legal basis: document | article"), pair(addLine(QStringLiteral("legalDocument")), addLine(QStringLiteral("legalArticle"))));
    form->addRow(tr("Legal basis: title (中文 | English)"), pair(addLine(QStringLiteral("legalTitleZh")), addLine(QStringLiteral("legalTitleEn"))));
    form->addRow(tr("Legal basis: address"), addLine(QStringLiteral("legalUrl")));
    form->addRow(tr("Amount label (中文 | English)"), pair(addLine(QStringLiteral("amountLabelZh")), addLine(QStringLiteral("amountLabelEn"))));
    m_amount = new ExpressionEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amountTable = new QCheckBox(tr("From a decision table (Tables tab)"), this);
    m_amountTable->setObjectName(QStringLiteral("amountTable"));
    form->addRow(tr("Amount"), m_amount);
    form->addRow(QString(), m_amountTable);
    m_amountFindings = new QLabel(this);
    m_amountFindings->setWordWrap(true);
    m_amountFindings->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(QString(), m_amountFindings);

    m_paths = {{QStringLiteral("code"), QStringLiteral("code")}, {QStringLiteral("titleZh"), QStringLiteral("title/zh")},
               {QStringLiteral("titleEn"), QStringLiteral("title/en")}, {QStringLiteral("departmentZh"), QStringLiteral("department/zh")},
               {QStringLiteral("departmentEn"), QStringLiteral("department/en")}, {QStringLiteral("effectiveFrom"), QStringLiteral("effective/from")},
               {QStringLiteral("effectiveUntil"), QStringLiteral("effective/until")}, {QStringLiteral("budgetYuan"), QStringLiteral("budget/yuan")},
               {QStringLiteral("budgetOrderBy"), QStringLiteral("budget/order_by")}, {QStringLiteral("stackingGroup"), QStringLiteral("stacking/group")},
               {QStringLiteral("legalDocument"), QStringLiteral("legal_basis/document")}, {QStringLiteral("legalUrl"), QStringLiteral("legal_basis/url")}};

    for (QComboBox *c : {m_subject, m_schedule, m_order})
        connect(c, &QComboBox::currentIndexChanged, this, &MetadataForm::store);
    for (QSpinBox *s : {m_version, m_maxMonths, m_rank})
        connect(s, &QSpinBox::valueChanged, this, &MetadataForm::store);
    for (QCheckBox *b : {m_budget, m_stacking})
        connect(b, &QCheckBox::toggled, this, &MetadataForm::store);
    connect(m_amountTable, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading || !m_document)
            return;
        if (on && !m_document->amount.table) {
            authoring::EditorTable t;
            t.inputs.append({QStringLiteral("count"), QStringLiteral("awarded_count")});
            t.rows.append({{QStringLiteral("-")}, m_amount->expression().isEmpty() ? QStringLiteral("yuan(0)") : m_amount->expression(), std::nullopt});
            m_document->amount.table = t;
        } else if (!on) {
            m_document->amount.table.reset();
        }
        m_amount->setEnabled(!on);
        Q_EMIT amountTableToggled(on);
        Q_EMIT edited();
    });
    connect(m_amount, &ExpressionEdit::expressionChanged, this, &MetadataForm::store);
    connect(m_amount, &ExpressionEdit::findingsChanged, m_amountFindings, &QLabel::setText);
}

void MetadataForm::setDocument(authoring::EditorDocument *document, const authoring::EditorChecker *checker)
{
    m_document = document;
    m_checker = checker;
    load();
}

void MetadataForm::load()
{
    if (!m_document)
        return;
    const authoring::EditorDocument &d = *m_document;
    m_loading = true;
    auto set = [&](const char *name, const QString &text) { field(QString::fromLatin1(name))->setText(text); };
    set("code", d.code);
    m_version->setValue(d.version);
    set("titleZh", d.title.zh);
    set("titleEn", d.title.en);
    set("departmentZh", d.department.zh);
    set("departmentEn", d.department.en);
    m_subject->setCurrentIndex(qMax(0, m_subject->findData(d.subject)));
    set("effectiveFrom", d.effectiveFrom);
    set("effectiveUntil", d.effectiveUntil);
    m_schedule->setCurrentIndex(qMax(0, m_schedule->findData(d.scheduleKind)));
    m_maxMonths->setValue(d.maxMonths.value_or(0));
    m_budget->setChecked(d.budget.has_value());
    set("budgetYuan", d.budget ? d.budget->yuan : QString());
    set("budgetOrderBy", d.budget ? d.budget->orderBy : QString());
    m_order->setCurrentIndex(d.budget && d.budget->order == QLatin1String("descending") ? 1 : 0);
    m_stacking->setChecked(d.stacking.has_value());
    set("stackingGroup", d.stacking ? d.stacking->group : QString());
    m_rank->setValue(d.stacking ? d.stacking->rank.value_or(0) : 0);
    set("legalDocument", d.legalBasis.document);
    set("legalArticle", d.legalBasis.article);
    set("legalUrl", d.legalBasis.url);
    set("legalTitleZh", d.legalBasis.title ? d.legalBasis.title->zh : QString());
    set("legalTitleEn", d.legalBasis.title ? d.legalBasis.title->en : QString());
    set("amountLabelZh", d.amount.label ? d.amount.label->zh : QString());
    set("amountLabelEn", d.amount.label ? d.amount.label->en : QString());
    m_amount->setContext(m_checker, authoring::EditorPlace::Amount, 0, d.subject);
    m_amount->setExpression(d.amount.table ? QString() : d.amount.expr);
    m_amountTable->setChecked(d.amount.table.has_value());
    m_amount->setEnabled(!d.amount.table);
    m_loading = false;
    showFindings();
}

void MetadataForm::store()
{
    if (m_loading || !m_document)
        return;
    authoring::EditorDocument &d = *m_document;
    auto get = [&](const char *name) { return field(QString::fromLatin1(name))->text().trimmed(); };
    d.code = get("code");
    d.version = m_version->value();
    d.title = {get("titleZh"), get("titleEn")};
    d.department = {get("departmentZh"), get("departmentEn")};
    const QString subject = m_subject->currentData().toString();
    if (subject != d.subject) {
        for (auto &c : d.conditions)
            if (c.expr == d.subject + QStringLiteral(".registered"))
                c.expr = subject + QStringLiteral(".registered");
        d.subject = subject;
    }
    d.effectiveFrom = get("effectiveFrom");
    d.effectiveUntil = get("effectiveUntil");
    d.scheduleKind = m_schedule->currentData().toString();
    d.maxMonths = m_maxMonths->value() > 0 && d.scheduleKind == QLatin1String("monthly") ? std::optional<int>(m_maxMonths->value()) : std::nullopt;
    m_maxMonths->setEnabled(d.scheduleKind == QLatin1String("monthly"));
    if (m_budget->isChecked())
        d.budget = authoring::EditorDocument::Budget{get("budgetYuan"), get("budgetOrderBy"),
                                                     get("budgetOrderBy").isEmpty() ? QString() : m_order->currentData().toString()};
    else
        d.budget.reset();
    if (m_stacking->isChecked())
        d.stacking = authoring::EditorDocument::Stacking{get("stackingGroup"), m_rank->value() > 0 ? std::optional<int>(m_rank->value()) : std::nullopt};
    else
        d.stacking.reset();
    d.legalBasis.document = get("legalDocument");
    d.legalBasis.article = get("legalArticle");
    d.legalBasis.url = get("legalUrl");
    const authoring::EditorText legalTitle{get("legalTitleZh"), get("legalTitleEn")};
    d.legalBasis.title = legalTitle.isEmpty() ? std::nullopt : std::optional<authoring::EditorText>(legalTitle);
    const authoring::EditorText amountLabel{get("amountLabelZh"), get("amountLabelEn")};
    d.amount.label = amountLabel.isEmpty() ? std::nullopt : std::optional<authoring::EditorText>(amountLabel);
    if (!d.amount.table)
        d.amount.expr = m_amount->expression();
    Q_EMIT edited();
}

void MetadataForm::showFindings()
{
    if (!m_checker)
        return;
    const bool zh = QLocale().language() == QLocale::Chinese;
    for (auto it = m_paths.cbegin(); it != m_paths.cend(); ++it) {
        QLineEdit *e = field(it.key());
        QStringList lines;
        for (const auto &f : m_checker->findingsUnder(it.value()))
            lines << (zh ? f.message.zh : f.message.en);
        e->setToolTip(lines.join(QLatin1Char('\n')));
        e->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("background: #ffcdd2"));
    }
}

} // namespace mianshen::ui
