#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace mianshen::ui {

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

private:
    QStringList m_recognised;
    QStringList m_unrecognised;
    QLabel *m_summary = nullptr;
    QCheckBox *m_quarantine = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mianshen::ui
