#pragma once

#include "authoring/EditorChecker.h"
#include "authoring/EditorDocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mianshen::ui {

// The decision tables of a policy (the amount's, and definitions that are
// tables) in grids: the inputs (name, expression), the rules (one cell per
// input, the result, the label in both languages), the default; the
// checker's gap / overlap / type findings on the cells they are about.
class TableEditor final : public QWidget
{
    Q_OBJECT
public:
    enum RuleColumn { ResultColumnOffset = 0 }; // rules grid: inputs..., result, label zh, label en

    explicit TableEditor(QWidget *parent = nullptr);

    void setDocument(authoring::EditorDocument *document, const authoring::EditorChecker *checker);
    void showFindings();

    // Adds a definition holding a new table (one input, one rule) and shows it.
    void addTableDefinition(const QString &name);
    // Shows the table of the definition `name` ("amount" = the amount's).
    bool showTable(const QString &name);
    void addInput();
    void addRule();
    void removeRule();

    QComboBox *tableChooser() const { return m_chooser; }
    QComboBox *hitChooser() const { return m_hit; }
    QTableWidget *inputsGrid() const { return m_inputs; }
    QTableWidget *rulesGrid() const { return m_rules; }
    QLineEdit *defaultEdit() const { return m_default; }
    QLabel *findingsLabel() const { return m_findings; }

Q_SIGNALS:
    void edited();

private:
    authoring::EditorTable *table() const;
    QString tablePath() const;
    void fillChooser();
    void fillGrids();
    void storeInputs();
    void storeRules();
    void storeHitAndDefault();

    authoring::EditorDocument *m_document = nullptr;
    const authoring::EditorChecker *m_checker = nullptr;
    QComboBox *m_chooser = nullptr;
    QPushButton *m_newTable = nullptr;
    QComboBox *m_hit = nullptr;
    QTableWidget *m_inputs = nullptr;
    QPushButton *m_addInput = nullptr;
    QTableWidget *m_rules = nullptr;
    QPushButton *m_addRule = nullptr;
    QPushButton *m_removeRule = nullptr;
    QLineEdit *m_default = nullptr;
    QLabel *m_findings = nullptr;
    bool m_loading = false;
};

} // namespace mianshen::ui
