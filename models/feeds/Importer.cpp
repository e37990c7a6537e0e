#include "feeds/Importer.h"
#include "staff/Authorization.h"
#include "domain/Clock.h"

#include "audit/AuditLog.h"
#include "domain/Actor.h"
#include "feeds/BackgroundHasher.h"
#include "feeds/CsvReader.h"
#include "feeds/PostgresFeedWriter.h"
#include "feeds/RegistryIndex.h"
#include "feeds/RowValidator.h"
#include "feeds/SqliteFeedWriter.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace mianshen::feeds {

namespace {

using catalog::Feed;

constexpr qint64 kProgressEvery = 16384;
constexpr qint64 kCancelEvery = 1024;

QString nowText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString fromUtf8(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

// A referencing column and the registries its values are looked up in.
struct ReferenceCheck
{
    int column;
    QString columnName;
    const RegistryIndex *persons = nullptr;     // id numbers
    const RegistryIndex *enterprises = nullptr; // credit codes
};

// Collects problems with the listing limits of ImportOptions.
class ProblemList final
{
public:
    ProblemList(ImportReport &report, const ImportOptions &options) : m_report(report), m_options(options) {}

    void add(ImportProblem problem)
    {
        if (problem.severity == Severity::Error) {
            ++m_report.errorCount;
            if (m_listedErrors < m_options.maxListedErrors) {
                ++m_listedErrors;
                m_report.problems << std::move(problem);
            } else {
                ++m_unlistedErrors;
            }
            return;
        }
        ++m_report.warningCount;
        const QString kind = problem.codeName() + u'\x1f' + problem.column;
        qint64 &listed = m_warningsListed[kind];
        if (listed < m_options.maxListedWarningsPerKind) {
            ++listed;
            m_report.problems << std::move(problem);
        } else {
            qint64 &more = m_warningsUnlisted[kind];
            if (more == 0)
                m_unlistedOrder << qMakePair(kind, problem.column);
            ++more;
        }
    }
    void addAll(QList<ImportProblem> &problems)
    {
        for (ImportProblem &p : problems)
            add(std::move(p));
        problems.clear();
    }
    // The summary lines for what was not listed.
    void close()
    {
        if (m_unlistedErrors > 0)
            m_report.problems << makeProblem(ProblemCode::TooManyErrors, Severity::Error, 0, QString(), QString(),
                                             number(m_unlistedErrors));
        for (const auto &[kind, column] : std::as_const(m_unlistedOrder))
            m_report.problems << makeProblem(ProblemCode::MoreWarnings, Severity::Warning, 0, column,
                                             kind.section(u'\x1f', 0, 0), number(m_warningsUnlisted.value(kind)));
    }

private:
    ImportReport &m_report;
    const ImportOptions &m_options;
    int m_listedErrors = 0;
    qint64 m_unlistedErrors = 0;
    QHash<QString, qint64> m_warningsListed;
    QHash<QString, qint64> m_warningsUnlisted;
    QList<QPair<QString, QString>> m_unlistedOrder;
};

void finishMessage(ImportReport &r)
{
    switch (r.result) {
    case ImportReport::Result::Imported:
        r.message = QStringLiteral("Imported %1 rows of %2 (%3 new, %4 updated, %5 deleted)")
                        .arg(number(r.rowsRead), r.feed, number(r.inserted), number(r.updated), number(r.deleted));
        r.messageZh = QStringLiteral("已导入%2共%1行（新增%3，更新%4，删除%5）")
                          .arg(number(r.rowsRead), r.feed, number(r.inserted), number(r.updated), number(r.deleted));
        if (r.quarantined > 0) {
            r.message += QStringLiteral("; %1 bad rows quarantined").arg(number(r.quarantined));
            r.messageZh += QStringLiteral("；%1行有误，已隔离").arg(number(r.quarantined));
        }
        if (r.warningCount > 0) {
            r.message += QStringLiteral("; %1 warnings").arg(number(r.warningCount));
            r.messageZh += QStringLiteral("；警告%1条").arg(number(r.warningCount));
        }
        r.message += u'.';
        r.messageZh += u'。';
        break;
    case ImportReport::Result::Rejected:
        if (r.message.isEmpty()) {
            r.message = QStringLiteral("Rejected: %1 errors in %2 rows; nothing was imported.")
                            .arg(number(r.errorCount), number(r.errorRows));
            r.messageZh = QStringLiteral("文件被拒收：%2行共%1处错误，未导入任何数据。")
                              .arg(number(r.errorCount), number(r.errorRows));
        }
        break;
    case ImportReport::Result::Skipped:
        r.message = QStringLiteral("Skipped: this delivery was already imported (import #%1); nothing changed.")
                        .arg(r.previousImportId);
        r.messageZh = QStringLiteral("已跳过：该文件此前已导入（导入批次#%1），未作任何更改。").arg(r.previousImportId);
        break;
    case ImportReport::Result::Cancelled:
        r.message = QStringLiteral("Cancelled; nothing was imported.");
        r.messageZh = QStringLiteral("已取消，未导入任何数据。");
        break;
    }
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

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
            *error = sqlError(q);
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

namespace {

// Writes the history row and problems of an attempt that changed nothing
// else (rejected, cancelled, skipped), in its own transaction.
qint64 recordAttempt(store::Database &db, const ImportReport &r, const QString &actor, QString *error);
// The history row of an attempt could not be written: both messages say so.
// Below this many rows a feed is too small to tell a truncated delivery
// from a real change: the quality gate leaves it alone.
constexpr qint64 kMinRowsForQualityGate = 100;
void noteHistoryFailure(ImportReport &report, const QString &error)
{
    report.message += QStringLiteral(" (The import history could not be written: ") + error + u')';
    if (!report.messageZh.isEmpty())
        report.messageZh += QStringLiteral("（导入历史未能写入：") + error + QStringLiteral("）");
}
bool insertProblems(store::Database &db, qint64 importId, const QList<ImportProblem> &problems, QString *error);
bool appendImportAudit(store::Database &db, const ImportReport &r, QString *error);

} // namespace

ImportReport Importer::import(const QString &path, const ImportOptions &options, const ProgressFn &progress,
                              const std::atomic<bool> *cancel)
{
    if (domain::Status allowed = staff::authorize(m_db, staff::Action::Import); !allowed) { // roles (docs/roles.md)
        ImportReport refused;
        refused.filePath = path;
        refused.message = refused.messageZh = allowed.error();
        return refused;
    }
    m_retryStaged = false;
    ImportReport report = importOnce(path, options, progress, cancel, true);
    if (m_retryStaged) // the fast path met a duplicate key: again, with staging, to locate every one
        report = importOnce(path, options, progress, cancel, false);
    return report;
}

ImportReport Importer::importOnce(const QString &path, const ImportOptions &options, const ProgressFn &progress,
                                  const std::atomic<bool> *cancel, bool allowDirect)
{
    ImportReport report;
    report.filePath = path;
    report.startedAt = domain::Clock::nowUtc();
    report.quarantine = options.quarantine;
    const QString actor = options.actor.isEmpty() ? domain::currentActor(QStringLiteral("unknown")) : options.actor;
    ProblemList problems(report, options);

    auto finished = [&](ImportReport::Result result) {
        report.result = result;
        report.finishedAt = domain::Clock::nowUtc();
        problems.close();
        finishMessage(report);
        return report;
    };
    auto recordAndFinish = [&](ImportReport::Result result) {
        report.result = result;
        report.finishedAt = domain::Clock::nowUtc();
        problems.close();
        finishMessage(report);
        if (!report.feed.isEmpty() && report.sha256.size() == 64) {
            QString error;
            report.importId = recordAttempt(m_db, report, actor, &error);
            if (report.importId == 0 && !error.isEmpty())
                noteHistoryFailure(report, error);
        }
        return report;
    };

    const Feed *feed = options.feed.isEmpty() ? m_catalog.feedForFileName(path) : m_catalog.feed(options.feed);
    if (!feed) {
        problems.add(makeProblem(ProblemCode::UnknownFeed, Severity::Error, 0, QString(), QFileInfo(path).fileName()));
        report.message = QStringLiteral("Rejected: the feed cannot be told from the file name.");
        report.messageZh = QStringLiteral("文件被拒收：无法从文件名识别数据项。");
        return finished(ImportReport::Result::Rejected);
    }
    report.feed = feed->name;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.add(makeProblem(ProblemCode::FileUnreadable, Severity::Error, 0, QString(), QString(),
                                 file.errorString()));
        report.message = QStringLiteral("Rejected: cannot read the file (%1).").arg(file.errorString());
        report.messageZh = QStringLiteral("文件被拒收：无法读取文件（%1）。").arg(file.errorString());
        return finished(ImportReport::Result::Rejected);
    }
    const qint64 totalBytes = file.size();
    BackgroundHasher hash;
    CsvReader reader(&file);
    reader.setChunkObserver([&hash](const char *data, std::size_t size) { hash.addData(data, qsizetype(size)); });
    auto hashRest = [&]() {
        // The whole file's hash, also when reading stopped early.
        QCryptographicHash whole(QCryptographicHash::Sha256);
        if (file.seek(0) && whole.addData(&file))
            report.sha256 = QString::fromLatin1(whole.result().toHex());
    };

    // Header.
    const CsvReader::Status headerStatus = reader.next();
    if (headerStatus != CsvReader::Status::Record || reader.problem() != CsvReader::RecordProblem::None) {
        if (headerStatus == CsvReader::Status::End)
            problems.add(makeProblem(ProblemCode::EmptyFile, Severity::Error, 0, QString(), QString()));
        else if (headerStatus == CsvReader::Status::Error)
            problems.add(makeProblem(reader.errorIsUnterminatedQuote() ? ProblemCode::UnterminatedQuote
                                                                       : ProblemCode::FileUnreadable,
                                     Severity::Error, reader.errorIsUnterminatedQuote() ? 1 : 0, QString(), QString(),
                                     reader.errorString()));
        else
            problems.add(makeProblem(reader.problem() == CsvReader::RecordProblem::InvalidUtf8
                                         ? ProblemCode::InvalidUtf8 : ProblemCode::MalformedQuotes,
                                     Severity::Error, 1, QString(), QString()));
        report.errorRows = 1;
        hashRest();
        return recordAndFinish(ImportReport::Result::Rejected);
    }
    std::vector<std::string> header;
    for (int i = 0; i < reader.fieldCount(); ++i)
        header.emplace_back(reader.field(i));
    QList<ImportProblem> rowProblems;
    RowValidator validator(*feed, header, rowProblems);
    const bool delta = validator.isDelta();
    report.mode = delta ? ImportReport::Mode::Delta : ImportReport::Mode::Snapshot;
    problems.addAll(rowProblems);
    if (!validator.headerOk()) {
        report.errorRows = 1;
        hashRest();
        return recordAndFinish(ImportReport::Result::Rejected);
    }

    // Registries for the reference checks (read before any COPY starts).
    static const RegistryIndex noRegistry;
    const RegistryIndex *personsIndex = &noRegistry;
    const RegistryIndex *enterprisesIndex = &noRegistry;
    bool needPersons = false, needEnterprises = false;
    std::vector<ReferenceCheck> references;
    for (int i = 0; i < feed->columns.size(); ++i) {
        const catalog::Column &c = feed->columns[i];
        if (c.references.isEmpty())
            continue;
        ReferenceCheck check{i, c.name};
        for (const QString &target : c.references.split(u'|')) {
            if (target == u"persons" && feed->name != u"persons") {
                needPersons = true;
                check.persons = personsIndex;
            } else if (target == u"enterprises" && feed->name != u"enterprises") {
                needEnterprises = true;
                check.enterprises = enterprisesIndex;
            }
        }
        if (check.persons || check.enterprises)
            references.push_back(check);
    }
    auto databaseFailure = [&](const QString &error) {
        problems.add(makeProblem(ProblemCode::DatabaseError, Severity::Error, 0, QString(), QString(), error));
        report.message = QStringLiteral("Rejected: database error (%1); nothing was imported.").arg(error);
        report.messageZh = QStringLiteral("导入失败：数据库错误（%1），未导入任何数据。").arg(error);
    };
    // Columns that must equal the subject's registered name.
    int nameColumn = -1;
    int subjectColumn = feed->columnIndex(feed->subjectColumn);
    for (int i = 0; i < feed->columns.size(); ++i)
        if (feed->columns[i].equalsSubjectName)
            nameColumn = i;
    const bool withNames = nameColumn >= 0 && subjectColumn >= 0;
    {
        QString error;
        if (needPersons)
            personsIndex = registry(QStringLiteral("persons"), withNames, &error);
        if (needEnterprises && personsIndex)
            enterprisesIndex = registry(QStringLiteral("enterprises"), withNames, &error);
        for (ReferenceCheck &check : references) {
            if (check.persons)
                check.persons = personsIndex;
            if (check.enterprises)
                check.enterprises = enterprisesIndex;
        }
        if (!personsIndex || !enterprisesIndex) {
            databaseFailure(error);
            hashRest();
            return recordAndFinish(ImportReport::Result::Rejected);
        }
    }

    if (!m_db.beginWrite()) {
        databaseFailure(m_db.lastError());
        hashRest();
        return recordAndFinish(ImportReport::Result::Rejected);
    }
    // The history row first, for its id (completed or replaced at the end).
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO import_history (started_at, actor, file_name, sha256, feed, mode, "
                                 "quarantine, result) VALUES (?, ?, ?, ?, ?, ?, ?, 'imported') RETURNING id"));
        q.addBindValue(nowText(report.startedAt));
        q.addBindValue(actor);
        q.addBindValue(QFileInfo(path).fileName());
        q.addBindValue(QString(64, u'0'));
        q.addBindValue(feed->name);
        q.addBindValue(ImportReport::modeName(report.mode));
        q.addBindValue(options.quarantine ? 1 : 0);
        if (!q.exec() || !q.next()) {
            const QString error = sqlError(q);
            m_db.rollback();
            databaseFailure(error);
            hashRest();
            return recordAndFinish(ImportReport::Result::Rejected);
        }
        report.importId = q.value(0).toLongLong();
    }

    std::unique_ptr<FeedWriter> writer;
    if (m_db.dialect() == store::Dialect::Sqlite)
        writer = std::make_unique<SqliteFeedWriter>(m_db.sqliteHandle(), allowDirect);
    else
        writer = std::make_unique<PostgresFeedWriter>(m_db.postgresHandle(), allowDirect);

    struct Quarantined
    {
        qint64 line;
        QString record;
    };
    std::vector<Quarantined> quarantine;
    auto quarantineRecord = [&](qint64 line, const std::vector<std::pair<QString, QString>> &fields) {
        QJsonObject o;
        for (const auto &[name, value] : fields)
            o.insert(name, value);
        quarantine.push_back({line, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
        ++report.quarantined;
    };
    auto rawFields = [&]() {
        std::vector<std::pair<QString, QString>> fields;
        for (int i = 0; i < reader.fieldCount(); ++i)
            fields.emplace_back(i < int(header.size()) ? fromUtf8(header[std::size_t(i)])
                                                       : QStringLiteral("field_%1").arg(i + 1),
                                fromUtf8(reader.field(i)));
        return fields;
    };
    auto abandon = [&](ImportReport::Result result) {
        if (writer && writer->needsStagedRetry()) {
            writer.reset();
            m_db.rollback();
            m_retryStaged = true;
            return report;
        }
        writer.reset();
        m_db.rollback();
        report.importId = 0;
        report.inserted = report.updated = report.deleted = 0; // nothing was imported
        if (!options.quarantine)
            report.quarantined = 0;
        if (report.sha256.isEmpty()) {
            if (result == ImportReport::Result::Cancelled)
                report.sha256 = QString(64, u'0'); // not read to the end: no digest of the delivery
            else
                hashRest();
        }
        return recordAndFinish(result);
    };

    bool failed = false;
    QString failure;
    if (!writer->begin(*feed, delta, report.importId, options.quarantine)) {
        failure = writer->lastError();
        databaseFailure(failure);
        return abandon(ImportReport::Result::Rejected);
    }

    auto addDuplicate = [&](const FeedWriter::LateOutcome &o) {
        ++report.errorRows;
        problems.add(makeProblem(ProblemCode::DuplicateKey, Severity::Error, o.line, feed->key.join(u','), o.key, o.key));
        if (options.quarantine)
            quarantineRecord(o.line, {{QStringLiteral("key"), o.key}});
    };
    // Outcomes the writer knows only after the row was handed over (it
    // writes on another thread, or at the end).
    std::vector<FeedWriter::LateOutcome> late;
    auto addLate = [&]() {
        for (const FeedWriter::LateOutcome &o : late) {
            if (o.outcome == FeedWriter::Outcome::Duplicate)
                addDuplicate(o);
            else if (o.outcome == FeedWriter::Outcome::DeleteMissing)
                problems.add(makeProblem(ProblemCode::DeleteMissingKey, Severity::Warning, o.line, feed->key.join(u','), o.key));
        }
        late.clear();
    };

    std::vector<FieldValue> values;
    RowValidator::Op op = RowValidator::Op::Upsert;
    qint64 written = 0;
    CsvReader::Status status;
    while ((status = reader.next()) == CsvReader::Status::Record) {
        const qint64 line = reader.line();
        ++report.rowsRead;
        if (report.rowsRead % kCancelEvery == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return abandon(ImportReport::Result::Cancelled);
        if (report.rowsRead % kProgressEvery == 0) {
            if (progress)
                progress({report.rowsRead, reader.bytesRead(), totalBytes});
            writer->takeLateOutcomes(late);
            addLate();
        }

        if (!validator.validate(reader, values, op, rowProblems)) {
            ++report.errorRows;
            if (options.quarantine)
                quarantineRecord(line, rawFields());
            problems.addAll(rowProblems);
            continue;
        }
        if (failed)
            continue; // the import fails anyway; keep validating to report every bad row
        if (options.failAfterRows > 0 && written >= options.failAfterRows) {
            failed = true;
            failure = QStringLiteral("injected failure after %1 rows").arg(written);
            continue;
        }
        const FeedWriter::Outcome outcome = writer->write(values, op, line);
        ++written;
        switch (outcome) {
        case FeedWriter::Outcome::Inserted:
            ++report.inserted;
            break;
        case FeedWriter::Outcome::Updated:
            ++report.updated;
            break;
        case FeedWriter::Outcome::Deleted:
            ++report.deleted;
            break;
        case FeedWriter::Outcome::Buffered:
            break;
        case FeedWriter::Outcome::DeleteMissing:
            problems.add(makeProblem(ProblemCode::DeleteMissingKey, Severity::Warning, line, QString(), QString()));
            break;
        case FeedWriter::Outcome::Duplicate: {
            QStringList key;
            for (const QString &k : feed->key)
                key << fromUtf8(values[std::size_t(feed->columnIndex(k))].text);
            ++report.errorRows;
            problems.add(makeProblem(ProblemCode::DuplicateKey, Severity::Error, line, feed->key.join(u','),
                                     key.join(QStringLiteral(", ")), key.join(QStringLiteral(", "))));
            if (options.quarantine)
                quarantineRecord(line, rawFields());
            continue;
        }
        case FeedWriter::Outcome::Failed:
            failed = true;
            failure = writer->lastError();
            continue;
        }
        if (op == RowValidator::Op::Delete)
            continue;
        for (const ReferenceCheck &ref : references) {
            const FieldValue &v = values[std::size_t(ref.column)];
            if (v.kind != FieldValue::Kind::Text || v.text.empty())
                continue;
            if (ref.persons && ref.enterprises && v.subject == FieldValue::Subject::Either) {
                // The enterprise registry decides first, then the persons'.
                if (!ref.enterprises->contains(v.text) && !ref.persons->contains(v.text))
                    problems.add(makeProblem(ProblemCode::AmbiguousSubjectId, Severity::Warning, line, ref.columnName,
                                             fromUtf8(v.text), QString()));
                continue;
            }
            const RegistryIndex *registry = ref.persons && ref.enterprises
                ? (v.subject == FieldValue::Subject::Enterprise ? ref.enterprises : ref.persons)
                : (ref.persons ? ref.persons : ref.enterprises);
            if (!registry->contains(v.text)) {
                problems.add(makeProblem(ProblemCode::DanglingReference, Severity::Warning, line, ref.columnName,
                                         fromUtf8(v.text),
                                         registry == personsIndex ? QStringLiteral("persons") : QStringLiteral("enterprises")));
            } else if (withNames && ref.column == subjectColumn) {
                const FieldValue &name = values[std::size_t(nameColumn)];
                if (name.kind == FieldValue::Kind::Text && !registry->nameMatches(v.text, name.text))
                    problems.add(makeProblem(ProblemCode::AccountNameMismatch, Severity::Warning, line,
                                             feed->columns[nameColumn].name, fromUtf8(name.text),
                                             registry == personsIndex ? QStringLiteral("persons") : QStringLiteral("enterprises")));
            }
        }
    }
    if (status == CsvReader::Status::Error) {
        ++report.errorRows;
        if (reader.errorIsUnterminatedQuote())
            problems.add(makeProblem(ProblemCode::UnterminatedQuote, Severity::Error, reader.line(), QString(), QString()));
        else
            problems.add(makeProblem(ProblemCode::FileUnreadable, Severity::Error, 0, QString(), QString(),
                                     reader.errorString()));
        return abandon(ImportReport::Result::Rejected);
    }
    if (cancel && cancel->load())
        return abandon(ImportReport::Result::Cancelled);
    report.sha256 = QString::fromLatin1(hash.result().toHex());
    if (!failed && !writer->flush()) { // every row written: the connection is ours again
        failed = true;
        failure = writer->lastError();
    }
    if (failed) {
        databaseFailure(failure);
        return abandon(ImportReport::Result::Rejected);
    }
    writer->takeLateOutcomes(late);
    addLate();

    // The same delivery again: nothing to do. (On PostgreSQL the connection
    // is still in COPY: asked after finish() below.)
    auto importedBefore = [&](qint64 *previous) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM import_history WHERE feed = ? AND sha256 = ? AND result = 'imported' "
                                 "AND id <> ? ORDER BY id LIMIT 1"));
        q.addBindValue(feed->name);
        q.addBindValue(report.sha256);
        q.addBindValue(report.importId);
        if (!q.exec()) {
            databaseFailure(sqlError(q));
            return false;
        }
        *previous = q.next() ? q.value(0).toLongLong() : 0;
        return true;
    };
    auto skip = [&](qint64 previous) {
        report.previousImportId = previous;
        report.problems.clear();
        report.errorCount = report.warningCount = report.errorRows = 0;
        report.quarantined = 0;
        return abandon(ImportReport::Result::Skipped);
    };
    if (m_db.dialect() == store::Dialect::Sqlite) {
        qint64 previous = 0;
        if (!importedBefore(&previous))
            return abandon(ImportReport::Result::Rejected);
        if (previous > 0)
            return skip(previous);
    }

    if (report.errorRows > 0 && !options.quarantine) {
        if (writer->findDuplicates(late))
            addLate();
        return abandon(ImportReport::Result::Rejected);
    }

    FeedWriter::Counts counts;
    if (!writer->finish(counts, late)) {
        databaseFailure(writer->lastError());
        return abandon(ImportReport::Result::Rejected);
    }
    writer.reset();
    report.inserted += counts.inserted;
    report.updated += counts.updated;
    report.deleted += counts.deleted;
    addLate();
    if (m_db.dialect() == store::Dialect::Postgres) {
        qint64 previous = 0;
        if (!importedBefore(&previous))
            return abandon(ImportReport::Result::Rejected);
        if (previous > 0)
            return skip(previous);
    }
    if (report.errorRows > 0 && !options.quarantine)
        return abandon(ImportReport::Result::Rejected);

    // The quality gate: a truncated or wrong delivery must not wipe a register.
    if (report.mode == ImportReport::Mode::Snapshot && report.deleted > 0) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + feed->name) || !q.next()) { // a catalog name
            databaseFailure(sqlError(q));
            return abandon(ImportReport::Result::Rejected);
        }
        const qint64 before = q.value(0).toLongLong() - report.inserted + report.deleted;
        q.finish();
        if (before >= kMinRowsForQualityGate && report.deleted * 100 > before * feed->maxDeletePercent) {
            if (!options.acceptLargeChange) {
                report.held = true;
                report.message = QStringLiteral("Held: this full snapshot would delete %1 of the %2 rows of %3 (more than "
                                                "%4%); nothing was applied. If the delivery is right, import it again "
                                                "confirming the large change.")
                                     .arg(number(report.deleted), number(before), feed->name)
                                     .arg(feed->maxDeletePercent);
                report.messageZh = QStringLiteral("已暂缓：此全量快照将删除%3的%2行中的%1行（超过%4%），未作任何更改。"
                                                  "如确认该文件无误，请确认大幅变动后重新导入。")
                                       .arg(number(report.deleted), number(before), feed->name)
                                       .arg(feed->maxDeletePercent);
                return abandon(ImportReport::Result::Rejected);
            }
            report.largeChangeAccepted = true;
            QSqlQuery accepted(m_db.connection());
            accepted.prepare(QStringLiteral("UPDATE import_history SET large_change_accepted_by = ? WHERE id = ?"));
            accepted.addBindValue(actor);
            accepted.addBindValue(report.importId);
            if (!accepted.exec()) {
                databaseFailure(sqlError(accepted));
                return abandon(ImportReport::Result::Rejected);
            }
        }
    }

    // Complete the history row, store problems and quarantined rows, commit.
    report.result = ImportReport::Result::Imported;
    report.finishedAt = domain::Clock::nowUtc();
    problems.close();
    finishMessage(report);
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE import_history SET finished_at = ?, sha256 = ?, rows_read = ?, inserted = ?, "
                                 "updated = ?, deleted = ?, errors = ?, warnings = ?, quarantined = ?, message = ? "
                                 "WHERE id = ?"));
        q.addBindValue(nowText(report.finishedAt));
        q.addBindValue(report.sha256);
        q.addBindValue(report.rowsRead);
        q.addBindValue(report.inserted);
        q.addBindValue(report.updated);
        q.addBindValue(report.deleted);
        q.addBindValue(report.errorCount);
        q.addBindValue(report.warningCount);
        q.addBindValue(report.quarantined);
        q.addBindValue(report.message);
        q.addBindValue(report.importId);
        QString error;
        bool ok = q.exec();
        if (!ok)
            error = sqlError(q);
        if (ok && !insertProblems(m_db, report.importId, report.problems, &error))
            ok = false;
        if (ok && !quarantine.empty()) {
            QSqlQuery qq(m_db.connection());
            qq.prepare(QStringLiteral("INSERT INTO import_quarantine (import_id, feed, line, record) VALUES (?, ?, ?, ?)"));
            for (const Quarantined &item : quarantine) {
                qq.bindValue(0, report.importId);
                qq.bindValue(1, feed->name);
                qq.bindValue(2, item.line);
                qq.bindValue(3, item.record);
                if (!qq.exec()) {
                    ok = false;
                    error = sqlError(qq);
                    break;
                }
            }
        }
        if (ok && !appendImportAudit(m_db, report, &error))
            ok = false;
        if (!ok || !m_db.commit()) {
            if (error.isEmpty())
                error = m_db.lastError();
            m_db.rollback();
            report.problems.clear();
            report.errorCount = 0;
            report.inserted = report.updated = report.deleted = report.quarantined = 0;
            ProblemList again(report, options);
            again.add(makeProblem(ProblemCode::DatabaseError, Severity::Error, 0, QString(), QString(), error));
            report.message = QStringLiteral("Rejected: database error (%1); nothing was imported.").arg(error);
            report.messageZh = QStringLiteral("导入失败：数据库错误（%1），未导入任何数据。").arg(error);
            report.importId = 0;
            report.result = ImportReport::Result::Rejected;
            QString historyError;
            report.importId = recordAttempt(m_db, report, actor, &historyError);
            if (report.importId == 0 && !historyError.isEmpty())
                noteHistoryFailure(report, historyError);
            return report;
        }
    }
    if (progress)
        progress({report.rowsRead, reader.bytesRead(), totalBytes});
    return report;
}

namespace {

// QSqlQuery binds a null QString as NULL; these columns are NOT NULL DEFAULT ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool insertProblems(store::Database &db, qint64 importId, const QList<ImportProblem> &problems, QString *error)
{
    if (problems.isEmpty())
        return true;
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO import_problems (import_id, line, column_name, value, severity, "
                                  "reason_code, reason_zh, reason_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = sqlError(q);
        return false;
    }
    for (const ImportProblem &p : problems) {
        q.bindValue(0, importId);
        q.bindValue(1, p.line);
        q.bindValue(2, notNull(p.column));
        q.bindValue(3, notNull(p.value));
        q.bindValue(4, p.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"));
        q.bindValue(5, p.codeName());
        q.bindValue(6, p.reasonZh);
        q.bindValue(7, p.reasonEn);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
    }
    return true;
}

// The audit row of an imported delivery, in the import's own transaction.
bool appendImportAudit(store::Database &db, const ImportReport &r, QString *error)
{
    QJsonObject after;
    after.insert(QStringLiteral("feed"), r.feed);
    after.insert(QStringLiteral("file"), QFileInfo(r.filePath).fileName());
    after.insert(QStringLiteral("sha256"), r.sha256);
    after.insert(QStringLiteral("mode"), ImportReport::modeName(r.mode));
    after.insert(QStringLiteral("rows_read"), r.rowsRead);
    after.insert(QStringLiteral("inserted"), r.inserted);
    after.insert(QStringLiteral("updated"), r.updated);
    after.insert(QStringLiteral("deleted"), r.deleted);
    after.insert(QStringLiteral("errors"), r.errorCount);
    after.insert(QStringLiteral("warnings"), r.warningCount);
    after.insert(QStringLiteral("quarantined"), r.quarantined);
    audit::AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("import");
    entry.entityId = QString::number(r.importId);
    entry.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    const auto appended = audit::appendAudit(db, entry);
    if (!appended)
        *error = appended.error();
    return appended.ok();
}

qint64 recordAttempt(store::Database &db, const ImportReport &r, const QString &actor, QString *error)
{
    if (!db.beginWrite()) {
        *error = db.lastError();
        return 0;
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_history (started_at, finished_at, actor, file_name, sha256, feed, mode, "
                             "quarantine, rows_read, inserted, updated, deleted, errors, warnings, quarantined, result, "
                             "message, held) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, 0, ?, ?, ?) RETURNING id"));
    q.addBindValue(nowText(r.startedAt));
    q.addBindValue(nowText(r.finishedAt));
    q.addBindValue(actor);
    q.addBindValue(QFileInfo(r.filePath).fileName());
    q.addBindValue(r.sha256);
    q.addBindValue(r.feed);
    q.addBindValue(ImportReport::modeName(r.mode));
    q.addBindValue(r.quarantine ? 1 : 0);
    q.addBindValue(r.rowsRead);
    q.addBindValue(r.errorCount);
    q.addBindValue(r.warningCount);
    q.addBindValue(ImportReport::resultName(r.result));
    q.addBindValue(r.message);
    q.addBindValue(r.held ? 1 : 0);
    if (!q.exec() || !q.next()) {
        *error = sqlError(q);
        db.rollback();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!insertProblems(db, id, r.problems, error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError();
        db.rollback();
        return 0;
    }
    return id;
}

} // namespace

} // namespace mianshen::feeds
