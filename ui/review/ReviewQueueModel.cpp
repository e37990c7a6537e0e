#include "ui/review/ReviewQueueModel.h"

#include "domain/Money.h"
#include "itemmodels/SensitiveMask.h"
#include "ui/review/BackgroundDatabase.h"
#include "ui/review/ReviewTexts.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QPointer>

#include <memory>

namespace mianshen::ui {

using review::QueueColumn;

namespace {

qint64 secondsSince(const QString &isoUtc, const QDateTime &now)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.secsTo(now) : -1;
}

} // namespace

ReviewQueueModel::ReviewQueueModel(BackgroundDatabase &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

void ReviewQueueModel::setFilter(const review::QueueFilter &filter)
{
    m_filter = filter;
    restart();
}

void ReviewQueueModel::setMasked(bool masked)
{
    if (m_masked == masked)
        return;
    m_masked = masked;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void ReviewQueueModel::setFlagLabels(const QHash<QString, QString> &labels)
{
    m_flagLabels = labels;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
    Q_EMIT countsChanged();
}

QString ReviewQueueModel::flagLabel(const QString &policyCode, const QString &flag) const
{
    const QString label = m_flagLabels.value(policyCode + u'/' + flag);
    if (!label.isEmpty())
        return label;
    return m_flagLabels.value(flag, flag);
}

void ReviewQueueModel::refresh()
{
    restart();
}

void ReviewQueueModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_next.reset();
    m_atEnd = false;
    m_loading = false;
    m_error.clear();
    endResetModel();
    requestPage();
    requestCounts();
}

void ReviewQueueModel::requestPage()
{
    if (m_loading || m_atEnd)
        return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    const bool first = m_rows.isEmpty();
    auto result = std::make_shared<std::optional<domain::Result<review::QueuePage>>>();
    m_database.run(
        [filter = m_filter, sort = m_sort, after = m_next, result](store::Database &db) {
            *result = review::ReviewQueue(db).page(filter, sort, after, PageSize);
            return domain::Status();
        },
        [self = QPointer<ReviewQueueModel>(this), generation, first, result](const domain::Status &status) {
            if (!self || generation != self->m_generation)
                return;
            self->m_loading = false;
            const QString error = !status ? status.error() : (*result && !result->value()) ? result->value().error() : QString();
            if (!error.isEmpty()) {
                self->m_error = error;
                self->m_atEnd = true;
                Q_EMIT self->loadingChanged(false);
                Q_EMIT self->errorOccurred(error);
                return;
            }
            const review::QueuePage &page = result->value().value();
            if (!page.rows.isEmpty()) {
                self->beginInsertRows({}, self->rowCount(), self->rowCount() + int(page.rows.size()) - 1);
                self->m_rows += page.rows;
                self->endInsertRows();
            }
            self->m_next = page.next;
            self->m_atEnd = !page.next;
            Q_EMIT self->loadingChanged(false);
            if (first)
                Q_EMIT self->firstPageArrived();
        });
}

void ReviewQueueModel::requestCounts()
{
    const quint64 generation = m_generation;
    struct Counts
    {
        qint64 total = 0;
        QList<QPair<QString, qint64>> byFlag, byPolicy;
    };
    auto counts = std::make_shared<Counts>();
    m_database.run(
        [filter = m_filter, counts](store::Database &db) {
            review::ReviewQueue queue(db);
            auto total = queue.count(filter);
            if (!total)
                return domain::Status::failure(total.error());
            auto byFlag = queue.countsByFlag(filter);
            if (!byFlag)
                return domain::Status::failure(byFlag.error());
            auto byPolicy = queue.countsByPolicy(filter);
            if (!byPolicy)
                return domain::Status::failure(byPolicy.error());
            *counts = Counts{total.value(), byFlag.value(), byPolicy.value()};
            return domain::Status();
        },
        [self = QPointer<ReviewQueueModel>(this), generation, counts](const domain::Status &status) {
            if (!self || generation != self->m_generation)
                return;
            if (!status) {
                self->m_error = status.error();
                Q_EMIT self->errorOccurred(status.error());
                return;
            }
            self->m_total = counts->total;
            self->m_byFlag = counts->byFlag;
            self->m_byPolicy = counts->byPolicy;
            Q_EMIT self->countsChanged();
        });
}

const review::Award *ReviewQueueModel::award(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReviewQueueModel::rowOf(qint64 awardId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == awardId)
            return i;
    }
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(QueueColumn::ColumnCount);
}

QString ReviewQueueModel::display(const review::Award &a, int column) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (QueueColumn(column)) {
    case QueueColumn::Id:
        return QString::number(a.id);
    case QueueColumn::Policy:
        return a.policyCode;
    case QueueColumn::Subject:
        return m_masked ? itemmodels::SensitiveMask::idNumber(a.subjectId) : a.subjectId;
    case QueueColumn::Name:
        return m_masked && a.subjectKind != u"enterprise" && !a.subjectName.isEmpty() ? tr("(hidden)") : a.subjectName;
    case QueueColumn::Period:
        return ReviewTexts::period(a.period);
    case QueueColumn::Amount:
        return domain::Money::fromFen(a.amountFen).toDisplayString();
    case QueueColumn::Status: {
        QString s = ReviewTexts::status(a.status);
        if (!a.firstApprovedBy.isEmpty())
            s += tr(" · first approval by %1").arg(a.firstApprovedBy);
        if (a.secondOpinion)
            s += tr(" · second opinion asked");
        return s;
    }
    case QueueColumn::Flags: {
        QStringList labels;
        for (const QString &f : a.flags)
            labels << flagLabel(a.policyCode, f);
        return labels.join(QStringLiteral("; "));
    }
    case QueueColumn::ClaimedBy:
        if (!a.leaseLive(now.toString(Qt::ISODate)))
            return QString();
        return tr("%1 for %2").arg(a.claimedBy, ReviewTexts::duration(secondsSince(a.claimedAt, now)));
    case QueueColumn::WaitingSince: {
        const qint64 s = secondsSince(a.waitingSince.isEmpty() ? a.createdAt : a.waitingSince, now);
        const QString waited = s < 0 ? QString() : ReviewTexts::duration(s);
        return a.overdue ? tr("%1 — overdue").arg(waited) : waited;
    }
    case QueueColumn::Version:
        return QString::number(a.version);
    case QueueColumn::ColumnCount:
        break;
    }
    return QString();
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const review::Award &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case Qt::ToolTipRole:
        if (QueueColumn(index.column()) == QueueColumn::Flags)
            return a.flags.join(QStringLiteral("; "));
        if (QueueColumn(index.column()) == QueueColumn::ClaimedBy && !a.leaseUntil.isEmpty())
            return tr("Lease until %1").arg(ReviewTexts::time(a.leaseUntil));
        return {};
    case Qt::ForegroundRole:
        if (a.overdue && QueueColumn(index.column()) == QueueColumn::WaitingSince)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (QueueColumn(index.column()) == QueueColumn::Amount || QueueColumn(index.column()) == QueueColumn::Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AwardIdRole:
        return a.id;
    case OverdueRole:
        return a.overdue;
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (QueueColumn(section) == QueueColumn::ClaimedBy)
        return tr("Held by");
    if (QueueColumn(section) == QueueColumn::WaitingSince)
        return tr("Waiting");
    return review::queueColumnTitle(QueueColumn(section));
}

bool ReviewQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_rows.isEmpty();
}

void ReviewQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

void ReviewQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    if (m_sort.column == QueueColumn(column) && m_sort.order == order)
        return;
    m_sort.column = QueueColumn(column);
    m_sort.order = order;
    restart();
}

} // namespace mianshen::ui
