#include "PolicyPreviewDialog.h"

#include "domain/Money.h"
#include "domain/Month.h"
#include "itemmodels/SensitiveMask.h"
#include "ui/FileDialog.h"
#include "ui/PolicyPreviewRunner.h"
#include "ui/Settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

namespace {

constexpr int SortRole = Qt::UserRole + 1;

QStandardItem *textItem(const QString &text, const QVariant &sortKey = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
    return item;
}

QStandardItem *moneyItem(std::int64_t fen, bool present = true)
{
    auto *item = textItem(present ? PolicyPreviewDialog::yuan(fen) : QStringLiteral("—"),
                          present ? QVariant(qlonglong(fen)) : QVariant(qlonglong(0)));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PolicyPreviewDialog::PolicyPreviewDialog(const store::Database &db, const QString &period, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("PolicyPreviewDialog"));
    setWindowTitle(tr("What-if preview of a policy file"));
    resize(940, 700);
    m_runner = new PolicyPreviewRunner(db, this);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check how many subjects a policy file that is not published would qualify, and at "
                                "what cost, next to the published version in effect. Nothing is written."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("previewFile"));
    m_file->setPlaceholderText(tr("A policy file (JSON)"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("previewBrowse"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("Policy &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *periodRow = new QHBoxLayout;
    m_period = new QLineEdit(this);
    m_period->setObjectName(QStringLiteral("previewPeriod"));
    m_period->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}")), m_period));
    m_period->setMaximumWidth(100);
    m_period->setToolTip(tr("The month to preview, as YYYY-MM"));
    m_period->setText(period);
    m_start = new QPushButton(tr("&Preview"), this);
    m_start->setObjectName(QStringLiteral("previewStart"));
    m_start->setDefault(true);
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_start);
    periodRow->addStretch(1);
    auto *periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period);
    form->addRow(periodLabel, periodRow);
    layout->addLayout(form);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("previewCancel"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_summary = new QTableWidget(SummaryRowCount, 2, this);
    m_summary->setObjectName(QStringLiteral("PreviewSummary"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_summary->setVerticalHeaderLabels({tr("Qualifying"), tr("Approved automatically"), tr("For review"),
                                        tr("Over budget"), tr("Ineligible"), tr("Skipped (schedule, stacking)"),
                                        tr("Total amount"), tr("Budget")});
    m_summary->setHorizontalHeaderLabels({tr("Published version"), tr("File")});
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->resizeRowsToContents();
    // Every row visible, no scrolling.
    m_summary->setFixedHeight(m_summary->horizontalHeader()->sizeHint().height() + m_summary->verticalHeader()->length()
                              + 2 * m_summary->frameWidth());
    layout->addWidget(m_summary);
    auto *differencesPane = new QWidget(this);
    auto *differencesLayout = new QVBoxLayout(differencesPane);
    differencesLayout->setContentsMargins(0, 0, 0, 0);
    m_differencesLabel = new QLabel(differencesPane);
    m_differencesLabel->setWordWrap(true);
    differencesLayout->addWidget(m_differencesLabel);
    m_differenceModel = new QStandardItemModel(0, DifferenceColumnCount, this);
    m_differenceModel->setHorizontalHeaderLabels({tr("Subject"), tr("Change"), tr("Now"), tr("Amount now"),
                                                  tr("With the file"), tr("Amount with the file"), tr("Difference"),
                                                  tr("Flags now"), tr("Flags with the file")});
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_differenceModel);
    m_sorted->setSortRole(SortRole);
    m_differences = new QTableView(differencesPane);
    m_differences->setObjectName(QStringLiteral("PreviewDifferences"));
    m_differences->setModel(m_sorted);
    m_differences->setSortingEnabled(true);
    m_differences->sortByColumn(SubjectColumn, Qt::AscendingOrder);
    m_differences->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_differences->horizontalHeader()->setStretchLastSection(true);
    m_differences->verticalHeader()->hide();
    differencesLayout->addWidget(m_differences, 1);
    layout->addWidget(differencesPane, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &PolicyPreviewDialog::chooseFile);
    connect(m_start, &QPushButton::clicked, this, &PolicyPreviewDialog::startPreview);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PolicyPreviewDialog::reject);
    connect(m_runner, &PolicyPreviewRunner::progress, this, &PolicyPreviewDialog::showProgress);
    connect(m_runner, &PolicyPreviewRunner::finished, this, &PolicyPreviewDialog::showResult);
    setRunning(false);
    m_status->setText(tr("Choose a policy file and the period, then press Preview."));
    m_differencesLabel->setText(tr("Subjects whose award would differ appear here."));
}

PolicyPreviewDialog::~PolicyPreviewDialog() = default;

QString PolicyPreviewDialog::yuan(std::int64_t fen)
{
    return domain::Money::fromFen(fen).toDisplayString();
}

void PolicyPreviewDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void PolicyPreviewDialog::setPeriod(const QString &period)
{
    m_period->setText(period);
}

bool PolicyPreviewDialog::isRunning() const
{
    return m_runner->isRunning();
}

void PolicyPreviewDialog::chooseFile()
{
    Settings &settings = Settings::instance();
    QString folder = settings.value(Settings::Key::LastPolicyFolder).toString();
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString file = FileDialog::openFile(this, tr("Choose a Policy File to Preview"), folder,
                                                      tr("Policy files (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(Settings::Key::LastPolicyFolder, QFileInfo(file).absolutePath());
    setFile(file);
}

bool PolicyPreviewDialog::startPreview()
{
    if (m_runner->isRunning())
        return false;
    m_status->setFont(font());
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (file.isEmpty()) {
        m_status->setText(tr("Choose the policy file to preview first."));
        return false;
    }
    if (!domain::Month::parse(m_period->text())) {
        m_status->setText(tr("Write the period as YYYY-MM, for example 2021-09."));
        return false;
    }
    if (!m_runner->start(file, m_period->text()))
        return false;
    m_progress->setValue(0);
    m_status->setText(tr("Reading the data for %1…").arg(m_period->text()));
    setRunning(true);
    return true;
}

void PolicyPreviewDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_file->setEnabled(!running);
    m_period->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running || m_progress->value() > 0);
}

void PolicyPreviewDialog::showProgress(int phase, qint64 done, qint64 total, qint64 perSecond, qint64 secondsLeft)
{
    if (m_runner->isCancelling())
        return;
    const QLocale locale;
    switch (matching::Progress::Phase(phase)) {
    case matching::Progress::Phase::Loading:
        m_status->setText(tr("Reading the data for %1…").arg(m_period->text()));
        break;
    case matching::Progress::Phase::Evaluating: {
        QString text = tr("Evaluating both versions: %1 of %2 evaluations, %3 per second")
                           .arg(locale.toString(done), locale.toString(total), locale.toString(perSecond));
        if (secondsLeft >= 0)
            text += u'\n' + tr("about %n second(s) left", "", int(secondsLeft));
        m_status->setText(text);
        break;
    }
    case matching::Progress::Phase::Writing:
    case matching::Progress::Phase::Done:
        m_status->setText(tr("Comparing…"));
        break;
    }
    m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
}

void PolicyPreviewDialog::showResult()
{
    setRunning(false);
    const auto &result = m_runner->result();
    if (!result)
        return;
    if (!result->ok()) {
        m_progress->setValue(0);
        m_progress->hide();
        // Diagnostics carry a source line and a caret under it: keep them aligned.
        m_status->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_status->setText(tr("No preview: %1").arg(result->error()));
        Q_EMIT previewFinished(false);
        return;
    }
    const matching::PreviewResult &r = result->value();
    m_progress->setValue(1000);
    fillSummary(r);
    fillDifferences(r);
    const qint64 ms = r.loadMs + r.evaluateMs;
    m_status->setText(tr("Preview of %1 (%2) for %3, %4 embedded test(s) passed; %5 subjects read in %6.%7 s. "
                         "Nothing was written.")
                          .arg(QFileInfo(r.file).fileName(), r.proposed.policyCode, r.period)
                          .arg(r.testsPassed)
                          .arg(QLocale().toString(r.subjects))
                          .arg(ms / 1000)
                          .arg((ms % 1000) / 100));
    Q_EMIT previewFinished(true);
}

void PolicyPreviewDialog::fillSummary(const matching::PreviewResult &r)
{
    const QLocale locale;
    auto header = [&r](const matching::PreviewSide &side, bool file) {
        if (file)
            return tr("%1 (file version %2)").arg(QFileInfo(r.file).fileName()).arg(side.fileVersion);
        if (!side.present)
            return tr("Not published");
        return tr("Published version %1").arg(side.publishedVersion);
    };
    m_summary->setHorizontalHeaderLabels({header(r.current, false), header(r.proposed, true)});
    const matching::PreviewSide *sides[] = {&r.current, &r.proposed};
    for (int c = 0; c < 2; ++c) {
        const matching::PreviewSide &s = *sides[c];
        const bool shown = s.present;
        const QString none = QStringLiteral("—");
        const QString cells[SummaryRowCount] = {
            shown ? locale.toString(s.qualifying()) : none,
            shown ? locale.toString(s.approved) : none,
            shown ? locale.toString(s.flagged) : none,
            shown ? locale.toString(s.overBudget) : none,
            shown ? locale.toString(s.ineligible) : none,
            shown ? locale.toString(s.skipped) : none,
            shown ? yuan(s.totalFen) : none,
            !shown ? none : s.budgetFen ? tr("%1 (%2 spent before)").arg(yuan(*s.budgetFen), yuan(s.spentBeforeFen))
                                        : tr("no budget")};
        for (int row = 0; row < SummaryRowCount; ++row) {
            auto *item = new QTableWidgetItem(cells[row]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summary->setItem(row, c, item);
        }
        QStringList tips;
        if (s.present && !s.inEffect)
            tips << tr("This version is not in effect in %1.").arg(r.period);
        if (!s.stackingPartners.isEmpty())
            tips << tr("Evaluated with the published policies of its stacking group: %1")
                        .arg(s.stackingPartners.join(QStringLiteral(", ")));
        m_summary->horizontalHeaderItem(c)->setToolTip(tips.join(u'\n'));
    }
}

void PolicyPreviewDialog::fillDifferences(const matching::PreviewResult &r)
{
    const QLocale locale;
    QString text = tr("With the file: %1 newly qualifying, %2 no longer qualifying, %3 with another amount or outcome.")
                       .arg(locale.toString(r.newlyQualifying), locale.toString(r.noLongerQualifying),
                            locale.toString(r.changed));
    if (r.differencesTruncated)
        text += u' ' + tr("The table shows the first %1 by subject id.").arg(locale.toString(r.differences.size()));
    m_differencesLabel->setText(text);

    const bool masked = Settings::instance().maskSensitive();
    auto outcome = [](const std::optional<matching::Outcome> &o) {
        if (!o)
            return tr("not awarded");
        switch (*o) {
        case matching::Outcome::Auto: return tr("approved");
        case matching::Outcome::Review: return tr("for review");
        case matching::Outcome::OverBudget: return tr("over budget");
        }
        return QString();
    };
    auto change = [](matching::PreviewDifference::Kind kind) {
        switch (kind) {
        case matching::PreviewDifference::Kind::NewlyQualifying: return tr("newly qualifying");
        case matching::PreviewDifference::Kind::NoLongerQualifying: return tr("no longer qualifying");
        case matching::PreviewDifference::Kind::Changed: return tr("changed");
        }
        return QString();
    };
    m_differences->setSortingEnabled(false);
    m_differenceModel->removeRows(0, m_differenceModel->rowCount());
    for (const matching::PreviewDifference &d : r.differences) {
        // Only paid amounts count: an over-budget award pays nothing.
        const auto paid = [](const std::optional<matching::Outcome> &o, std::int64_t fen) -> std::int64_t {
            return o && *o != matching::Outcome::OverBudget ? fen : 0;
        };
        const std::int64_t delta = paid(d.outcomeAfter, d.amountAfterFen) - paid(d.outcomeBefore, d.amountBeforeFen);
        QList<QStandardItem *> row(DifferenceColumnCount);
        row[SubjectColumn] = textItem(masked ? itemmodels::SensitiveMask::idNumber(d.subjectId) : d.subjectId, d.subjectId);
        row[ChangeColumn] = textItem(change(d.kind), int(d.kind));
        row[BeforeColumn] = textItem(outcome(d.outcomeBefore));
        row[AmountBeforeColumn] = moneyItem(d.amountBeforeFen, d.outcomeBefore.has_value());
        row[AfterColumn] = textItem(outcome(d.outcomeAfter));
        row[AmountAfterColumn] = moneyItem(d.amountAfterFen, d.outcomeAfter.has_value());
        row[AmountDeltaColumn] = moneyItem(delta);
        row[FlagsBeforeColumn] = textItem(d.flagsBefore.join(QStringLiteral(", ")));
        row[FlagsAfterColumn] = textItem(d.flagsAfter.join(QStringLiteral(", ")));
        m_differenceModel->appendRow(row);
    }
    m_differences->setSortingEnabled(true);
    m_differences->resizeColumnsToContents();
}

void PolicyPreviewDialog::reject()
{
    if (m_runner->isRunning()) {
        // Close once the worker has stopped (it checks the flag often).
        m_runner->cancel();
        m_status->setText(tr("Cancelling…"));
        connect(m_runner, &PolicyPreviewRunner::finished, this, &QDialog::reject, Qt::QueuedConnection);
        return;
    }
    QDialog::reject();
}

} // namespace mianshen::ui
