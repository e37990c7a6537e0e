#pragma once

#include "authoring/EditorDocument.h"
#include "authoring/EditorTestRun.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mianshen::ui {

// The embedded tests of a policy as cases: a grid of cases (name, period,
// subject, expected outcome, and the result of the last run), and for the
// selected case its records in a grid per feed (the feed's columns, as a
// delivery holds them). Run runs every case and shows pass / fail per case.
class TestCaseEditor final : public QWidget
{
    Q_OBJECT
public:
    enum CaseColumn { NameColumn, PeriodColumn, SubjectColumn, EligibleColumn, AmountColumn, FlagsColumn,
                      FailedColumn, ResultColumn, CaseColumnCount };

    explicit TestCaseEditor(QWidget *parent = nullptr);

    void setDocument(authoring::EditorDocument *document);
    void addCase();
    void removeCase();
    void selectCase(int row);
    // Shows the records of `feed` for the selected case (adding the feed when missing).
    void showFeed(const QString &feed);
    void addRecord();
    // Runs every case; returns the outcomes (also shown in the Result column).
    QList<authoring::EditorTestOutcome> runTests();

    QTableWidget *casesGrid() const { return m_cases; }
    QTableWidget *recordsGrid() const { return m_records; }
    QComboBox *feedChooser() const { return m_feed; }
    QPushButton *runButton() const { return m_run; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void edited();

private:
    void fillCases();
    void fillRecords();
    void storeCases();
    void storeRecords();
    authoring::EditorTestCase *currentCase() const;

    authoring::EditorDocument *m_document = nullptr;
    QTableWidget *m_cases = nullptr;
    QPushButton *m_addCase = nullptr;
    QPushButton *m_removeCase = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_feed = nullptr;
    QTableWidget *m_records = nullptr;
    QPushButton *m_addRecord = nullptr;
    QPushButton *m_removeRecord = nullptr;
    QList<authoring::EditorTestOutcome> m_outcomes;
    bool m_loading = false;
};

} // namespace mianshen::ui
