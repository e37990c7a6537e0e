#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPrinter;
class QPushButton;
class QTableView;
class QTimer;

namespace mianshen::itemmodels {
class PagedTableModel;
}

namespace mianshen::ui {

class JobRunner;

// A table of any size with a filter line, sorting by header click, a count
// of rows and a toggle to show masked id and account numbers. Filters and
// sorting run in SQL (PagedTableModel); typing is debounced. Every table
// can be exported (CSV with a byte-order mark, every row matching the
// filter, on a worker thread) and printed (the rows matching the filter, up
// to PrintRowLimit), masked as shown.
class TableBrowser final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PrintRowLimit = 5000;

    explicit TableBrowser(QWidget *parent = nullptr);
    ~TableBrowser() override;

    // Takes the model (null clears the browser).
    void setModel(std::unique_ptr<itemmodels::PagedTableModel> model);
    itemmodels::PagedTableModel *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }
    // Applies a filter as if typed (tests and pages).
    bool applyFilter(int column, const QString &text);
    QString statusText() const;
    // Export and print without their dialogs (the buttons end here); both
    // return at once, exported() / printed() follow.
    bool exportTo(const QString &file);
    bool printTo(std::shared_ptr<QPrinter> printer);
    bool isBusy() const;
    // The header's context menu: one checkable entry per column, to show or
    // hide it (technical columns start hidden on some pages). The caller
    // owns the menu.
    QMenu *createColumnMenu(QWidget *parent);
    // Id and account numbers masked (the "show" switch off).
    bool isMasked() const;
    void setMasked(bool masked);

Q_SIGNALS:
    // The "show id and account numbers" switch was turned.
    void maskingChanged(bool masked);
    void exported(bool ok);
    void printed(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillColumnChooser();
    void filterEdited();
    void updateStatus();
    void chooseExportFile();
    void choosePrinter();

    std::unique_ptr<itemmodels::PagedTableModel> m_model;
    QComboBox *m_column = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_unmask = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_debounce = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    JobRunner *m_job = nullptr;
};

} // namespace mianshen::ui
