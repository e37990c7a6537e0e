#pragma once

#include "authoring/EditorChecker.h"
#include "authoring/EditorDocument.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mianshen::ui {

class ExpressionEdit;

// The policy's metadata in a form, every text in both languages side by
// side: code, version, title, department, subject, effective months,
// schedule and maximum months, budget, stacking, legal basis, and the amount.
class MetadataForm final : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataForm(QWidget *parent = nullptr);

    void setDocument(authoring::EditorDocument *document, const authoring::EditorChecker *checker);
    // Marks the fields that have findings (tooltip and colour).
    void showFindings();

    QLineEdit *field(const QString &name) const; // "code", "titleZh", "titleEn", "effectiveFrom", ...
    ExpressionEdit *amountEdit() const { return m_amount; }
    QCheckBox *amountTableBox() const { return m_amountTable; }
    QComboBox *subjectChooser() const { return m_subject; }
    QComboBox *scheduleChooser() const { return m_schedule; }
    QSpinBox *maxMonthsSpin() const { return m_maxMonths; }
    QCheckBox *budgetBox() const { return m_budget; }

Q_SIGNALS:
    void edited();
    // The amount became a table (or stopped being one): the Tables tab shows it.
    void amountTableToggled(bool table);

private:
    QLineEdit *addLine(const QString &name);
    void load();
    void store();

    authoring::EditorDocument *m_document = nullptr;
    const authoring::EditorChecker *m_checker = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QString> m_paths; // field name -> document path
    QComboBox *m_subject = nullptr;
    QComboBox *m_schedule = nullptr;
    QSpinBox *m_version = nullptr;
    QSpinBox *m_maxMonths = nullptr;
    QCheckBox *m_budget = nullptr;
    QComboBox *m_order = nullptr;
    QCheckBox *m_stacking = nullptr;
    QSpinBox *m_rank = nullptr;
    ExpressionEdit *m_amount = nullptr;
    QCheckBox *m_amountTable = nullptr;
    QLabel *m_amountFindings = nullptr;
    bool m_loading = false;
};

} // namespace mianshen::ui
