#pragma once

#include "feeds/ImportReport.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace mianshen::store {
struct ConnectionSpec;
}

namespace mianshen::ui {

class JobRunner;

// Before an import: each chosen file with the feed recognised from its name
// (longest feed name the file name starts with, per the feed contract), so
// the clerk sees what will be replaced or updated. Files of no feed are
// listed and left out.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPreviewDialog(const QStringList &files, QWidget *parent = nullptr);

    // The files that belong to a feed, in the order given.
    QStringList recognisedFiles() const { return m_recognised; }
    QStringList unrecognisedFiles() const { return m_unrecognised; }
    // Quarantine mode: good rows imported, bad rows kept for follow-up.
    bool quarantine() const;
    // Works out on a worker thread (a dry run of each recognised file over
    // a connection of its own, rolled back) how many rows each would add,
    // change and delete, and whether the quality gate would hold it; the
    // Changes column shows it when known. Closing the dialog stops it.
    void countChanges(const store::ConnectionSpec &spec);
    bool isCounting() const;
    // The Changes column's text for a file's dry-run report.
    static QString changesText(const feeds::ImportReport &report);

protected:
    void done(int result) override;

private:
    void showChanges(const QList<feeds::ImportReport> &reports);
    int rowOf(const QString &file) const;

    QStringList m_files;
    JobRunner *m_counter = nullptr;
    QStringList m_recognised;
    QStringList m_unrecognised;
    QLabel *m_summary = nullptr;
    QCheckBox *m_quarantine = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mianshen::ui
