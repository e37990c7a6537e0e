#include "itemmodels/PolicyListModel.h"

#include "catalog/FeedCatalog.h"
#include "itemmodels/PolicyDocument.h"
#include "matching/PolicyRepository.h"
#include "rules/PolicyChecker.h"
#include "rules/PolicyLoader.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace mianshen::itemmodels {

namespace {

void describe(PolicyListModel::Entry &e)
{
    if (!e.policy)
        return;
    const rules::Policy &p = *e.policy;
    e.code = p.code;
    e.titleZh = p.title.zh;
    e.titleEn = p.title.en;
    e.subjectKind = p.subject == rules::SubjectKind::Person ? QStringLiteral("person") : QStringLiteral("enterprise");
    e.schedule = p.schedule == rules::Policy::Schedule::OneOff ? QStringLiteral("one_off") : QStringLiteral("monthly");
    e.version = QString::number(p.version);
    e.effectiveFrom = PolicyDocument::monthText(p.effectiveFrom);
    e.effectiveUntil = p.effectiveUntil ? PolicyDocument::monthText(*p.effectiveUntil) : QString();
}

void checkAndTest(PolicyListModel::Entry &e)
{
    const auto &catalog = catalog::FeedCatalog::builtin();
    if (!e.policy || e.diagnostics.hasErrors())
        return;
    rules::PolicyChecker(catalog).check(*e.policy, e.diagnostics);
    e.tests = rules::PolicyTestRunner(catalog).run(*e.policy);
}

} // namespace

int PolicyListModel::Entry::testsPassed() const
{
    return int(std::count_if(tests.begin(), tests.end(), [](const auto &r) { return r.passed; }));
}

PolicyListModel::PolicyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PolicyListModel::Entry PolicyListModel::loadFile(const QString &path, Entry::Source source)
{
    Entry e;
    e.source = source;
    e.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        e.loadError = QCoreApplication::translate("PolicyListModel", "%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        e.code = QFileInfo(path).completeBaseName();
        return e;
    }
    e.sourceText = QString::fromUtf8(file.readAll());
    rules::PolicyLoader loader(catalog::FeedCatalog::builtin());
    std::unique_ptr<rules::Policy> policy = loader.loadText(e.sourceText, QFileInfo(path).fileName(), e.diagnostics);
    if (policy && !e.diagnostics.hasErrors())
        e.policy = std::shared_ptr<rules::Policy>(std::move(policy));
    else
        e.code = QFileInfo(path).completeBaseName();
    describe(e);
    checkAndTest(e);
    return e;
}

QList<PolicyListModel::Entry> PolicyListModel::loadShipped()
{
    QList<Entry> entries;
    const QDir dir(QStringLiteral(":/policies"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        entries << loadFile(dir.filePath(name), Entry::Source::Shipped);
    return entries;
}

domain::Result<QList<PolicyListModel::Entry>> PolicyListModel::readPublished(store::Database &db)
{
    matching::PolicyRepository repository(db, catalog::FeedCatalog::builtin());
    const auto published = repository.list();
    if (!published)
        return domain::Result<QList<Entry>>::failure(published.error());
    QList<Entry> entries;
    for (const matching::PublishedPolicy &p : published.value()) {
        Entry e;
        e.source = Entry::Source::Published;
        e.publishedId = p.id;
        e.publishedVersion = p.version;
        e.publishedStatus = p.status;
        e.code = p.code;
        e.titleZh = p.titleZh;
        e.titleEn = p.titleEn;
        e.subjectKind = p.subjectKind;
        e.schedule = p.schedule;
        e.version = p.fileVersion;
        e.effectiveFrom = p.effectiveFrom;
        e.effectiveUntil = p.effectiveUntil;
        e.sourceText = p.source;
        const auto loaded = repository.load(p);
        if (loaded) {
            e.policy = loaded.value();
            e.tests = rules::PolicyTestRunner(catalog::FeedCatalog::builtin()).run(*e.policy);
        } else {
            e.loadError = loaded.error();
        }
        entries << e;
    }
    markSuperseded(entries);
    return entries;
}

void PolicyListModel::markSuperseded(QList<Entry> &entries)
{
    // Matching takes, per code and period, the newest published version in
    // effect: an older published version whose whole period a newer one
    // covers is never used again. Dates are ISO text; empty is open-ended.
    const auto covers = [](const Entry &newer, const Entry &older) {
        const bool fromCovered = newer.effectiveFrom.isEmpty()
                                 || (!older.effectiveFrom.isEmpty() && newer.effectiveFrom <= older.effectiveFrom);
        const bool untilCovered = newer.effectiveUntil.isEmpty()
                                  || (!older.effectiveUntil.isEmpty() && newer.effectiveUntil >= older.effectiveUntil);
        return fromCovered && untilCovered;
    };
    for (Entry &older : entries) {
        older.supersededBy = 0;
        if (older.publishedStatus != QLatin1String("published"))
            continue;
        for (const Entry &newer : std::as_const(entries)) {
            if (newer.code == older.code && newer.publishedVersion > older.publishedVersion
                && newer.publishedStatus == QLatin1String("published") && covers(newer, older))
                older.supersededBy = qMax(older.supersededBy, newer.publishedVersion);
        }
    }
}

void PolicyListModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int PolicyListModel::addEntry(Entry entry)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).source == entry.source && !entry.path.isEmpty() && m_entries.at(row).path == entry.path) {
            m_entries[row] = std::move(entry);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return row;
        }
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << std::move(entry);
    endInsertRows();
    return row;
}

const PolicyListModel::Entry *PolicyListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void PolicyListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

int PolicyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PolicyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PolicyListModel::statusText(const Entry &e) const
{
    if (!e.loadError.isEmpty())
        return QCoreApplication::translate("PolicyListModel", "cannot be read");
    if (e.source == Entry::Source::Published) {
        if (e.publishedStatus == QLatin1String("withdrawn"))
            return QCoreApplication::translate("PolicyListModel", "withdrawn");
        if (e.supersededBy > 0)
            return QCoreApplication::translate("PolicyListModel", "superseded by version %1").arg(e.supersededBy);
        return QCoreApplication::translate("PolicyListModel", "published");
    }
    const int errors = e.diagnostics.errorCount();
    const int warnings = e.diagnostics.warningCount();
    if (errors > 0)
        return QCoreApplication::translate("PolicyListModel", "%1 error(s), %2 warning(s)").arg(errors).arg(warnings);
    QString text = warnings > 0 ? QCoreApplication::translate("PolicyListModel", "checked, %1 warning(s)").arg(warnings) : QCoreApplication::translate("PolicyListModel", "checked");
    if (!e.tests.empty())
        text += QStringLiteral("; ") + QCoreApplication::translate("PolicyListModel", "tests %1/%2 passed").arg(e.testsPassed()).arg(e.tests.size());
    return text;
}

QVariant PolicyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (e.errorCount() > 0 || e.testsPassed() < int(e.tests.size()))
            return QColor(0xb0, 0x00, 0x20);
        return {};
    }
    if (role == Qt::ToolTipRole)
        return e.path.isEmpty() ? QVariant() : QVariant(QDir::toNativeSeparators(e.path));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool chinese = QLocale().language() == QLocale::Chinese;
    switch (Column(index.column())) {
    case Code: return e.code;
    case Title: return chinese ? e.titleZh : e.titleEn;
    case Kind:
        if (e.subjectKind.isEmpty())
            return QString();
        return e.subjectKind == QLatin1String("person") ? QCoreApplication::translate("PolicyListModel", "person") : QCoreApplication::translate("PolicyListModel", "enterprise");
    case Schedule:
        if (e.schedule.isEmpty())
            return QString();
        return e.schedule == QLatin1String("monthly") ? QCoreApplication::translate("PolicyListModel", "monthly") : QCoreApplication::translate("PolicyListModel", "one-off");
    case Version:
        if (e.source == Entry::Source::Published)
            return QCoreApplication::translate("PolicyListModel", "published v%1").arg(e.publishedVersion);
        return e.version;
    case Status: return statusText(e);
    case Effective:
        if (e.effectiveFrom.isEmpty())
            return QString();
        return QString(e.effectiveFrom + QStringLiteral(" – ")
                       + (e.effectiveUntil.isEmpty() ? QCoreApplication::translate("PolicyListModel", "open") : e.effectiveUntil));
    case Origin:
        switch (e.source) {
        case Entry::Source::Shipped: return QCoreApplication::translate("PolicyListModel", "shipped with the program");
        case Entry::Source::File: return QFileInfo(e.path).fileName();
        case Entry::Source::Published: return QCoreApplication::translate("PolicyListModel", "database");
        }
        break;
    case ColumnCount: break;
    }
    return {};
}

QVariant PolicyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code: return QCoreApplication::translate("PolicyListModel", "Code");
    case Title: return QCoreApplication::translate("PolicyListModel", "Title");
    case Kind: return QCoreApplication::translate("PolicyListModel", "For");
    case Schedule: return QCoreApplication::translate("PolicyListModel", "Schedule");
    case Version: return QCoreApplication::translate("PolicyListModel", "Version");
    case Status: return QCoreApplication::translate("PolicyListModel", "Status");
    case Effective: return QCoreApplication::translate("PolicyListModel", "In effect");
    case Origin: return QCoreApplication::translate("PolicyListModel", "From");
    case ColumnCount: break;
    }
    return {};
}

} // namespace mianshen::itemmodels
