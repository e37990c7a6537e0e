#include "ui/authoring/TableEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

using authoring::EditorTable;

TableEditor::TableEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("tableChooser"));
    m_newTable = new QPushButton(tr("New Table"), this);
    m_hit = new QComboBox(this);
    m_hit->setObjectName(QStringLiteral("hit"));
    m_hit->addItem(tr("First matching rule"), QStringLiteral("first"));
    m_hit->addItem(tr("Sum of matching rules"), QStringLiteral("collect_sum"));
    m_hit->addItem(tr("Largest of matching rules"), QStringLiteral("collect_max"));
    top->addWidget(new QLabel(tr("Table"), this));
    top->addWidget(m_chooser, 1);
    top->addWidget(m_newTable);
    top->addWidget(new QLabel(tr("Hit"), this));
    top->addWidget(m_hit);
    layout->addLayout(top);

    m_inputs = new QTableWidget(0, 2, this);
    m_inputs->setObjectName(QStringLiteral("inputs"));
    m_inputs->setHorizontalHeaderLabels({tr("Input"), tr("Expression")});
    m_inputs->horizontalHeader()->setStretchLastSection(true);
    m_inputs->setMaximumHeight(130);
    m_addInput = new QPushButton(tr("Add Input"), this);
    auto *inputs = new QHBoxLayout;
    inputs->addWidget(m_inputs, 1);
    inputs->addWidget(m_addInput, 0, Qt::AlignTop);
    layout->addLayout(inputs);

    m_rules = new QTableWidget(0, 0, this);
    m_rules->setObjectName(QStringLiteral("rules"));
    m_rules->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_rules, 1);
    auto *bottom = new QHBoxLayout;
    m_addRule = new QPushButton(tr("Add Rule"), this);
    m_removeRule = new QPushButton(tr("Remove Rule"), this);
    m_default = new QLineEdit(this);
    m_default->setObjectName(QStringLiteral("default"));
    m_default->setPlaceholderText(tr("none: no rule matching gives zero"));
    bottom->addWidget(m_addRule);
    bottom->addWidget(m_removeRule);
    bottom->addWidget(new QLabel(tr("Default"), this));
    bottom->addWidget(m_default, 1);
    layout->addLayout(bottom);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("tableFindings"));
    m_findings->setWordWrap(true);
    layout->addWidget(m_findings);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] { if (!m_loading) fillGrids(); });
    connect(m_newTable, &QPushButton::clicked, this, [this] { addTableDefinition(QString()); });
    connect(m_hit, &QComboBox::currentIndexChanged, this, [this] { storeHitAndDefault(); });
    connect(m_default, &QLineEdit::textEdited, this, [this] { storeHitAndDefault(); });
    connect(m_addInput, &QPushButton::clicked, this, &TableEditor::addInput);
    connect(m_addRule, &QPushButton::clicked, this, &TableEditor::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &TableEditor::removeRule);
    connect(m_inputs, &QTableWidget::itemChanged, this, [this] { storeInputs(); });
    connect(m_rules, &QTableWidget::itemChanged, this, [this] { storeRules(); });
}

void TableEditor::setDocument(authoring::EditorDocument *document, const authoring::EditorChecker *checker)
{
    m_document = document;
    m_checker = checker;
    fillChooser();
}

void TableEditor::fillChooser()
{
    const QString keep = m_chooser->currentData().toString();
    m_loading = true;
    m_chooser->clear();
    if (m_document) {
        if (m_document->amount.table)
            m_chooser->addItem(tr("The amount"), QStringLiteral("amount"));
        for (const auto &d : m_document->definitions)
            if (d.table)
                m_chooser->addItem(d.name, d.name);
    }
    const int i = m_chooser->findData(keep);
    m_chooser->setCurrentIndex(i >= 0 ? i : 0);
    m_loading = false;
    fillGrids();
}

bool TableEditor::showTable(const QString &name)
{
    fillChooser();
    const int i = m_chooser->findData(name);
    if (i < 0)
        return false;
    m_chooser->setCurrentIndex(i);
    fillGrids();
    return true;
}

EditorTable *TableEditor::table() const
{
    if (!m_document)
        return nullptr;
    const QString name = m_chooser->currentData().toString();
    if (name == QLatin1String("amount"))
        return m_document->amount.table ? &*m_document->amount.table : nullptr;
    for (auto &d : m_document->definitions)
        if (d.name == name && d.table)
            return &*d.table;
    return nullptr;
}

QString TableEditor::tablePath() const
{
    const QString name = m_chooser->currentData().toString();
    if (name == QLatin1String("amount"))
        return QStringLiteral("amount/table");
    for (int i = 0; m_document && i < m_document->definitions.size(); ++i)
        if (m_document->definitions[i].name == name)
            return QStringLiteral("definitions/%1/table").arg(i);
    return {};
}

void TableEditor::fillGrids()
{
    EditorTable *t = table();
    m_loading = true;
    m_inputs->setRowCount(0);
    m_rules->setRowCount(0);
    m_rules->setColumnCount(0);
    for (QWidget *w : {static_cast<QWidget *>(m_hit), static_cast<QWidget *>(m_inputs), static_cast<QWidget *>(m_rules),
                       static_cast<QWidget *>(m_addInput), static_cast<QWidget *>(m_addRule),
                       static_cast<QWidget *>(m_removeRule), static_cast<QWidget *>(m_default)})
        w->setEnabled(t != nullptr);
    if (t) {
        m_hit->setCurrentIndex(qMax(0, m_hit->findData(t->hit)));
        m_inputs->setRowCount(int(t->inputs.size()));
        QStringList headers;
        for (int i = 0; i < t->inputs.size(); ++i) {
            m_inputs->setItem(i, 0, new QTableWidgetItem(t->inputs[i].name));
            m_inputs->setItem(i, 1, new QTableWidgetItem(t->inputs[i].expr));
            headers << t->inputs[i].name;
        }
        const int n = int(t->inputs.size());
        headers << tr("Result") << tr("Label (中文)") << tr("Label (English)");
        m_rules->setColumnCount(n + 3);
        m_rules->setHorizontalHeaderLabels(headers);
        m_rules->setRowCount(int(t->rows.size()));
        for (int r = 0; r < t->rows.size(); ++r) {
            const auto &row = t->rows[r];
            for (int c = 0; c < n; ++c)
                m_rules->setItem(r, c, new QTableWidgetItem(c < row.when.size() ? row.when[c] : QStringLiteral("-")));
            m_rules->setItem(r, n, new QTableWidgetItem(row.then));
            m_rules->setItem(r, n + 1, new QTableWidgetItem(row.label ? row.label->zh : QString()));
            m_rules->setItem(r, n + 2, new QTableWidgetItem(row.label ? row.label->en : QString()));
        }
        m_default->setText(t->defaultValue.value_or(QString()));
    } else {
        m_default->clear();
    }
    m_loading = false;
    showFindings();
}

void TableEditor::showFindings()
{
    EditorTable *t = table();
    if (!t || !m_checker) {
        m_findings->setText(t ? QString() : tr("This policy has no decision table. New Table adds one as a definition."));
        return;
    }
    const bool zh = QLocale().language() == QLocale::Chinese;
    const QString base = tablePath();
    const int n = int(t->inputs.size());
    m_loading = true;
    for (QTableWidget *grid : {m_rules, m_inputs})
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c)
                if (QTableWidgetItem *it = grid->item(r, c)) {
                    it->setBackground(QBrush());
                    it->setToolTip(QString());
                }
    QStringList lines;
    auto mark = [&](QTableWidget *grid, int r, int c, const authoring::EditorFinding &f) {
        for (int col = (c < 0 ? 0 : c); col < (c < 0 ? grid->columnCount() : c + 1); ++col) {
            QTableWidgetItem *it = grid->item(r, col);
            if (!it)
                continue;
            it->setBackground(f.severity == rules::Severity::Error ? QColor(0xff, 0xcd, 0xd2) : QColor(0xff, 0xec, 0xb3));
            it->setToolTip((it->toolTip().isEmpty() ? QString() : it->toolTip() + QLatin1Char('\n')) + (zh ? f.message.zh : f.message.en));
        }
    };
    for (const auto &f : m_checker->findingsUnder(base)) {
        const QStringList rest = f.path.mid(base.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        lines << (zh ? f.message.zh : f.message.en);
        if (rest.size() >= 2 && rest[0] == u"rules") {
            const int r = rest[1].toInt();
            int c = -1;
            if (rest.size() >= 4 && rest[2] == u"when")
                c = rest[3].toInt();
            else if (rest.size() >= 3 && rest[2] == u"then")
                c = n;
            mark(m_rules, r, c, f);
        } else if (rest.size() >= 2 && rest[0] == u"inputs") {
            mark(m_inputs, rest[1].toInt(), rest.size() >= 3 && rest[2] == u"name" ? 0 : 1, f);
        }
    }
    m_loading = false;
    m_findings->setText(lines.join(QLatin1Char('\n')));
}

void TableEditor::storeInputs()
{
    EditorTable *t = table();
    if (m_loading || !t)
        return;
    for (int i = 0; i < m_inputs->rowCount() && i < t->inputs.size(); ++i) {
        t->inputs[i].name = m_inputs->item(i, 0) ? m_inputs->item(i, 0)->text() : QString();
        t->inputs[i].expr = m_inputs->item(i, 1) ? m_inputs->item(i, 1)->text() : QString();
    }
    Q_EMIT edited();
}

void TableEditor::storeRules()
{
    EditorTable *t = table();
    if (m_loading || !t)
        return;
    const int n = int(t->inputs.size());
    auto text = [&](int r, int c) { return m_rules->item(r, c) ? m_rules->item(r, c)->text() : QString(); };
    for (int r = 0; r < m_rules->rowCount() && r < t->rows.size(); ++r) {
        auto &row = t->rows[r];
        row.when.clear();
        for (int c = 0; c < n; ++c)
            row.when << text(r, c);
        row.then = text(r, n);
        const authoring::EditorText label{text(r, n + 1), text(r, n + 2)};
        row.label = label.isEmpty() ? std::nullopt : std::optional<authoring::EditorText>(label);
    }
    Q_EMIT edited();
}

void TableEditor::storeHitAndDefault()
{
    EditorTable *t = table();
    if (m_loading || !t)
        return;
    t->hit = m_hit->currentData().toString();
    const QString d = m_default->text().trimmed();
    t->defaultValue = d.isEmpty() ? std::nullopt : std::optional<QString>(d);
    Q_EMIT edited();
}

void TableEditor::addTableDefinition(const QString &name)
{
    if (!m_document)
        return;
    authoring::EditorDefinition d;
    d.name = name.isEmpty() ? QStringLiteral("table_%1").arg(m_document->definitions.size() + 1) : name;
    EditorTable t;
    t.inputs.append({QStringLiteral("count"), QStringLiteral("awarded_count")});
    t.rows.append({{QStringLiteral("-")}, QStringLiteral("yuan(0)"), std::nullopt});
    d.table = t;
    m_document->definitions.append(d);
    showTable(d.name);
    Q_EMIT edited();
}

void TableEditor::addInput()
{
    EditorTable *t = table();
    if (!t)
        return;
    t->inputs.append({QStringLiteral("input_%1").arg(t->inputs.size() + 1), QStringLiteral("awarded_count")});
    for (auto &row : t->rows)
        row.when << QStringLiteral("-");
    fillGrids();
    Q_EMIT edited();
}

void TableEditor::addRule()
{
    EditorTable *t = table();
    if (!t)
        return;
    authoring::EditorTable::Row row;
    for (int i = 0; i < t->inputs.size(); ++i)
        row.when << QStringLiteral("-");
    row.then = QStringLiteral("yuan(0)");
    t->rows.append(row);
    fillGrids();
    m_rules->setCurrentCell(int(t->rows.size()) - 1, 0);
    Q_EMIT edited();
}

void TableEditor::removeRule()
{
    EditorTable *t = table();
    const int r = m_rules->currentRow();
    if (!t || r < 0 || r >= t->rows.size())
        return;
    t->rows.removeAt(r);
    fillGrids();
    Q_EMIT edited();
}

} // namespace mianshen::ui
