#include "ui/authoring/RuleListEditor.h"

#include "ui/authoring/ExpressionEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mianshen::ui {

using authoring::EditorDefinition;
using authoring::EditorRule;
using authoring::EditorRuleList;

RuleListEditor::RuleListEditor(Mode mode, QWidget *parent) : QWidget(parent), m_mode(mode)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("items"));
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_up = new QPushButton(this);
    m_down = new QPushButton(this);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    left->addLayout(buttons);
    layout->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("id"));
    m_labelZh = new QLineEdit(this);
    m_labelZh->setObjectName(QStringLiteral("labelZh"));
    m_labelEn = new QLineEdit(this);
    m_labelEn->setObjectName(QStringLiteral("labelEn"));
    auto *labels = new QHBoxLayout;
    labels->addWidget(m_labelZh);
    labels->addWidget(m_labelEn);
    m_expr = new ExpressionEdit(this);
    m_expr->setObjectName(QStringLiteral("expression"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("expressionFindings"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_fileFindings = new QLabel(this);
    m_fileFindings->setWordWrap(true);
    m_idLabel = new QLabel(this);
    form->addRow(m_idLabel, m_id);
    form->addRow(tr("Label (中文 | English)"), labels);
    form->addRow(tr("Expression"), m_expr);
    form->addRow(QString(), m_message);
    form->addRow(QString(), m_fileFindings);
    layout->addLayout(form, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &RuleListEditor::showItem);
    connect(m_add, &QPushButton::clicked, this, &RuleListEditor::addItem);
    connect(m_remove, &QPushButton::clicked, this, &RuleListEditor::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(1); });
    for (QLineEdit *e : {m_id, m_labelZh, m_labelEn})
        connect(e, &QLineEdit::textEdited, this, &RuleListEditor::storeCurrent);
    connect(m_expr, &ExpressionEdit::expressionChanged, this, &RuleListEditor::storeCurrent);
    connect(m_expr, &ExpressionEdit::findingsChanged, m_message, &QLabel::setText);
    retranslate();
}

void RuleListEditor::retranslate()
{
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_idLabel->setText(m_mode == Mode::Definitions ? tr("Name") : tr("Id"));
    m_labelZh->setPlaceholderText(tr("Chinese"));
    m_labelEn->setPlaceholderText(tr("English"));
}

void RuleListEditor::setDocument(authoring::EditorDocument *document, const authoring::EditorChecker *checker)
{
    m_document = document;
    m_checker = checker;
    fillList();
}

authoring::EditorPlace RuleListEditor::place() const
{
    switch (m_mode) {
    case Mode::Definitions: return authoring::EditorPlace::Definition;
    case Mode::Conditions: return authoring::EditorPlace::Condition;
    case Mode::Exclusions: return authoring::EditorPlace::Exclusion;
    case Mode::Flags: return authoring::EditorPlace::Flag;
    }
    return authoring::EditorPlace::Condition;
}

int RuleListEditor::itemCount() const
{
    if (!m_document)
        return 0;
    if (m_mode == Mode::Definitions)
        return int(m_document->definitions.size());
    return int(m_document->rules(EditorRuleList(int(m_mode) - 1)).size());
}

RuleListEditor::Item RuleListEditor::item(int row) const
{
    if (m_mode == Mode::Definitions) {
        const EditorDefinition &d = m_document->definitions[row];
        return {d.name, d.label.value_or(authoring::EditorText()), d.expr, d.table.has_value()};
    }
    const EditorRule &r = m_document->rules(EditorRuleList(int(m_mode) - 1))[row];
    return {r.id, r.label, r.expr, false};
}

void RuleListEditor::store(int row, const Item &it)
{
    if (m_mode == Mode::Definitions) {
        EditorDefinition &d = m_document->definitions[row];
        d.name = it.id;
        d.label = it.label.isEmpty() ? std::nullopt : std::optional<authoring::EditorText>(it.label);
        if (!d.table)
            d.expr = it.expr;
        return;
    }
    EditorRule &r = m_document->rules(EditorRuleList(int(m_mode) - 1))[row];
    r.id = it.id;
    r.label = it.label;
    r.expr = it.expr;
}

QString RuleListEditor::path(int row) const
{
    const QString list = m_mode == Mode::Definitions ? QStringLiteral("definitions")
                                                     : authoring::EditorDocument::listKey(EditorRuleList(int(m_mode) - 1));
    return list + QLatin1Char('/') + QString::number(row);
}

void RuleListEditor::fillList()
{
    const int keep = m_list->currentRow();
    m_loading = true;
    m_list->clear();
    for (int i = 0; i < itemCount(); ++i)
        m_list->addItem(item(i).id);
    m_loading = false;
    m_list->setCurrentRow(qBound(itemCount() ? 0 : -1, keep, itemCount() - 1));
    showItem();
    showFindings();
}

void RuleListEditor::showFindings()
{
    if (!m_checker)
        return;
    const bool zh = QLocale().language() == QLocale::Chinese;
    for (int i = 0; i < m_list->count(); ++i) {
        const auto findings = m_checker->findingsUnder(path(i));
        bool error = false;
        for (const auto &f : findings)
            error = error || f.severity == rules::Severity::Error;
        m_list->item(i)->setForeground(error ? QColor(Qt::red) : findings.isEmpty() ? palette().text().color() : QColor(0xd0, 0x8a, 0x00));
    }
    QStringList lines;
    const int row = currentItem();
    if (row >= 0)
        for (const auto &f : m_checker->findingsUnder(path(row)))
            if (!f.path.endsWith(QLatin1String("/expr")))
                lines << (zh ? f.message.zh : f.message.en);
    m_fileFindings->setText(lines.join(QLatin1Char('\n')));
}

int RuleListEditor::currentItem() const
{
    return m_list->currentRow();
}

void RuleListEditor::selectItem(int row)
{
    m_list->setCurrentRow(row);
}

void RuleListEditor::showItem()
{
    if (m_loading)
        return;
    const int row = currentItem();
    const bool valid = m_document && row >= 0 && row < itemCount();
    m_loading = true;
    const Item it = valid ? item(row) : Item();
    m_id->setText(it.id);
    m_labelZh->setText(it.label.zh);
    m_labelEn->setText(it.label.en);
    m_expr->setContext(m_checker, place(), row, m_document ? m_document->subject : QString());
    m_expr->setExpression(it.table ? QString() : it.expr);
    m_expr->setReadOnly(it.table);
    m_expr->setPlaceholderText(it.table ? tr("A decision table: edit it on the Tables tab.") : QString());
    m_loading = false;
    for (QWidget *w : {static_cast<QWidget *>(m_id), static_cast<QWidget *>(m_labelZh), static_cast<QWidget *>(m_labelEn),
                       static_cast<QWidget *>(m_expr), static_cast<QWidget *>(m_remove)})
        w->setEnabled(valid);
    m_expr->recheck();
    showFindings();
}

void RuleListEditor::storeCurrent()
{
    const int row = currentItem();
    if (m_loading || !m_document || row < 0 || row >= itemCount())
        return;
    Item it = item(row);
    it.id = m_id->text();
    it.label = {m_labelZh->text(), m_labelEn->text()};
    it.expr = m_expr->expression();
    store(row, it);
    m_list->item(row)->setText(it.id);
    Q_EMIT edited();
}

void RuleListEditor::addItem()
{
    if (!m_document)
        return;
    const int n = itemCount() + 1;
    if (m_mode == Mode::Definitions) {
        m_document->definitions.append(EditorDefinition{QStringLiteral("value_%1").arg(n), std::nullopt, QStringLiteral("0"), std::nullopt, false});
    } else {
        const QString prefix = m_mode == Mode::Flags ? QStringLiteral("flag_%1") : m_mode == Mode::Exclusions ? QStringLiteral("exclusion_%1")
                                                                                                            : QStringLiteral("condition_%1");
        auto &list = m_document->rules(EditorRuleList(int(m_mode) - 1));
        list.append(EditorRule{prefix.arg(n), {}, QStringLiteral("true")});
        if (m_mode == Mode::Flags)
            m_document->hasFlags = true;
        if (m_mode == Mode::Exclusions)
            m_document->hasExclusions = true;
    }
    fillList();
    m_list->setCurrentRow(itemCount() - 1);
    Q_EMIT edited();
}

void RuleListEditor::removeItem()
{
    const int row = currentItem();
    if (!m_document || row < 0 || row >= itemCount())
        return;
    if (m_mode == Mode::Definitions)
        m_document->definitions.removeAt(row);
    else
        m_document->rules(EditorRuleList(int(m_mode) - 1)).removeAt(row);
    fillList();
    Q_EMIT edited();
}

void RuleListEditor::moveItem(int delta)
{
    const int row = currentItem();
    const int to = row + delta;
    if (!m_document || row < 0 || to < 0 || to >= itemCount())
        return;
    if (m_mode == Mode::Definitions)
        m_document->definitions.move(row, to);
    else
        m_document->rules(EditorRuleList(int(m_mode) - 1)).move(row, to);
    fillList();
    m_list->setCurrentRow(to);
    Q_EMIT edited();
}

} // namespace mianshen::ui
