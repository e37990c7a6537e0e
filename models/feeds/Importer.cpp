#include "feeds/Importer.h"
#include "staff/Authorization.h"

#include "feeds/CsvReader.h"
#include "feeds/ImportAttempt.h"
#include "feeds/RegistryIndex.h"
#include "feeds/RowValidator.h"
#include "store/Database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace mianshen::feeds {

namespace {

using catalog::Feed;

} // namespace

struct Importer::CachedRegistry
{
    QString name;
    bool withNames = false;
    qint64 version = -1; // the registry's latest import id when loaded
    RegistryIndex index;
};

Importer::Importer(store::Database &db, const catalog::FeedCatalog &catalog) : m_db(db), m_catalog(catalog) {}

const RegistryIndex *Importer::registry(const QString &name, bool withNames, QString *error)
{
    qint64 version = 0;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT MAX(id) FROM import_history WHERE feed = ? AND result = 'imported'"));
        q.addBindValue(name);
        if (!q.exec()) {
            *error = q.lastError().text();
            return nullptr;
        }
        if (q.next())
            version = q.value(0).toLongLong();
    }
    for (const auto &cached : m_registries)
        if (cached->name == name && cached->withNames == withNames && cached->version == version)
            return &cached->index;
    std::erase_if(m_registries, [&](const auto &c) { return c->name == name && c->withNames == withNames; });
    auto loaded = std::make_shared<CachedRegistry>();
    loaded->name = name;
    loaded->withNames = withNames;
    loaded->version = version;
    if (!loaded->index.load(m_db, name, error, withNames))
        return nullptr;
    m_registries.push_back(loaded);
    return &loaded->index;
}

QStringList Importer::importOrder(const QStringList &paths, const catalog::FeedCatalog &catalog)
{
    QStringList registries, rest;
    for (const QString &p : paths) {
        const Feed *f = catalog.feedForFileName(p);
        (f && f->registry ? registries : rest) << p;
    }
    // persons before enterprises (an enterprise's legal representative is a person).
    std::stable_sort(registries.begin(), registries.end(), [&](const QString &a, const QString &b) {
        return catalog.feedForFileName(a)->name == u"persons" && catalog.feedForFileName(b)->name != u"persons";
    });
    return registries + rest;
}

Importer::Preview Importer::preview(const QString &path, const catalog::FeedCatalog &catalog)
{
    Preview p;
    const Feed *feed = catalog.feedForFileName(path);
    QFile file(path);
    p.size = file.size();
    if (!feed) {
        p.error = makeProblem(ProblemCode::UnknownFeed, Severity::Error, 0, QString(), QString()).reasonEn;
        return p;
    }
    p.feed = feed->name;
    if (!file.open(QIODevice::ReadOnly)) {
        p.error = file.errorString();
        return p;
    }
    CsvReader reader(&file, 64 * 1024);
    if (reader.next() != CsvReader::Status::Record) {
        p.error = makeProblem(ProblemCode::EmptyFile, Severity::Error, 0, QString(), QString()).reasonEn;
        return p;
    }
    std::vector<std::string> header;
    for (int i = 0; i < reader.fieldCount(); ++i)
        header.emplace_back(reader.field(i));
    QList<ImportProblem> problems;
    RowValidator rv(*feed, header, problems);
    p.mode = rv.isDelta() ? ImportReport::Mode::Delta : ImportReport::Mode::Snapshot;
    for (const ImportProblem &problem : std::as_const(problems)) {
        if (problem.code == ProblemCode::MissingColumn)
            p.missingColumns << problem.column;
        else if (problem.code == ProblemCode::UnknownColumn)
            p.unknownColumns << problem.column;
        else
            p.error = problem.reasonEn + QStringLiteral(": ") + problem.column;
    }
    return p;
}

ImportReport Importer::import(const QString &path, const ImportOptions &options, const ProgressFn &progress,
                              const std::atomic<bool> *cancel)
{
    if (domain::Status allowed = staff::authorize(m_db, staff::Action::Import); !allowed) { // roles (docs/roles.md)
        ImportReport refused;
        refused.filePath = path;
        refused.message = refused.messageZh = allowed.error();
        return refused;
    }
    const ImportAttempt::RegistryLookup lookup = [this](const QString &name, bool withNames, QString *error) {
        return registry(name, withNames, error);
    };
    {
        ImportAttempt attempt(m_db, m_catalog, options, lookup);
        ImportReport report = attempt.run(path, progress, cancel, true);
        if (!attempt.needsStagedRetry())
            return report;
    }
    // The fast path met a duplicate key: again, with staging, to locate every one.
    ImportAttempt again(m_db, m_catalog, options, lookup);
    return again.run(path, progress, cancel, false);
}

} // namespace mianshen::feeds
