#include "feeds/ImportAttempt.h"

#include "audit/Actor.h"
#include "domain/Clock.h"
#include "domain/Actor.h"
#include "feeds/BackgroundHasher.h"
#include "feeds/ImportMessage.h"
#include "feeds/QualityGate.h"
#include "feeds/PostgresFeedWriter.h"
#include "feeds/RegistryIndex.h"
#include "feeds/SqliteFeedWriter.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace mianshen::feeds {

namespace {

using catalog::Feed;

constexpr qint64 kProgressEvery = 16384;
constexpr qint64 kCancelEvery = 1024;

QString fromUtf8(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

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
        r.messageCode = QStringLiteral("imported");
        r.messageArgs = ImportMessage::arguments({{"rows", r.rowsRead}, {"feed", r.feed}, {"inserted", r.inserted},
                                                  {"updated", r.updated}, {"deleted", r.deleted},
                                                  {"quarantined", r.quarantined}, {"warnings", r.warningCount}});
        break;
    case ImportReport::Result::Rejected:
        if (r.message.isEmpty()) {
            r.message = QStringLiteral("Rejected: %1 errors in %2 rows; nothing was imported.")
                            .arg(number(r.errorCount), number(r.errorRows));
            r.messageZh = QStringLiteral("文件被拒收：%2行共%1处错误，未导入任何数据。")
                              .arg(number(r.errorCount), number(r.errorRows));
            r.messageCode = QStringLiteral("rejected");
            r.messageArgs = ImportMessage::arguments({{"errors", r.errorCount}, {"rows", r.errorRows}});
        }
        break;
    case ImportReport::Result::Skipped:
        r.message = QStringLiteral("Skipped: this delivery was already imported (import #%1); nothing changed.")
                        .arg(r.previousImportId);
        r.messageZh = QStringLiteral("已跳过：该文件此前已导入（导入批次#%1），未作任何更改。").arg(r.previousImportId);
        r.messageCode = QStringLiteral("skipped");
        r.messageArgs = ImportMessage::arguments({{"previous", r.previousImportId}});
        break;
    case ImportReport::Result::Cancelled:
        r.message = QStringLiteral("Cancelled; nothing was imported.");
        r.messageZh = QStringLiteral("已取消，未导入任何数据。");
        r.messageCode = QStringLiteral("cancelled");
        r.messageArgs = QStringLiteral("{}");
        break;
    }
}

} // namespace

// A referencing column and the registries its values are looked up in.
struct ImportAttempt::ReferenceCheck
{
    int column;
    QString columnName;
    bool persons = false;     // id numbers
    bool enterprises = false; // credit codes
};

ImportAttempt::ImportAttempt(store::Database &db, const catalog::FeedCatalog &catalog, const ImportOptions &options,
                             RegistryLookup registry)
    : m_db(db), m_catalog(catalog), m_options(options), m_registry(std::move(registry)), m_problems(m_report, options)
{
}

ImportAttempt::~ImportAttempt() = default;

ImportReport ImportAttempt::run(const QString &path, const ProgressFn &progress, const std::atomic<bool> *cancel,
                                bool allowDirect)
{
    if (open(path) && references() && begin(allowDirect) && readRows(progress, cancel) && completeWrites(cancel)
        && qualityGate())
        record(progress);
    return m_report;
}

// --- Endings ------------------------------------------------------------------

bool ImportAttempt::finished(ImportReport::Result result)
{
    m_report.result = result;
    m_report.finishedAt = domain::Clock::nowUtc();
    m_problems.close();
    finishMessage(m_report);
    return false;
}

bool ImportAttempt::recordAndFinish(ImportReport::Result result)
{
    finished(result);
    if (!m_options.dryRun && !m_report.feed.isEmpty() && m_report.sha256.size() == 64) {
        QString error;
        m_report.importId = ImportHistory::recordAttempt(m_db, m_report, m_actor, &error);
        if (m_report.importId == 0 && !error.isEmpty())
            ImportHistory::noteFailure(m_report, error);
    }
    return false;
}

bool ImportAttempt::abandon(ImportReport::Result result)
{
    if (m_writer && m_writer->needsStagedRetry()) {
        m_writer.reset();
        m_db.rollback();
        m_retryStaged = true;
        return false;
    }
    m_writer.reset();
    m_db.rollback();
    m_report.importId = 0;
    m_report.inserted = m_report.updated = m_report.deleted = 0; // nothing was imported
    if (!m_options.quarantine)
        m_report.quarantined = 0;
    if (m_report.sha256.isEmpty()) {
        if (result == ImportReport::Result::Cancelled)
            m_report.sha256 = QString(64, u'0'); // not read to the end: no digest of the delivery
        else
            hashRest();
    }
    return recordAndFinish(result);
}

bool ImportAttempt::skip(qint64 previous)
{
    m_report.previousImportId = previous;
    m_report.problems.clear();
    m_report.errorCount = m_report.warningCount = m_report.errorRows = 0;
    m_report.quarantined = 0;
    return abandon(ImportReport::Result::Skipped);
}

void ImportAttempt::databaseFailure(const QString &error)
{
    m_problems.add(makeProblem(ProblemCode::DatabaseError, Severity::Error, 0, QString(), QString(), error));
    m_report.message = QStringLiteral("Rejected: database error (%1); nothing was imported.").arg(error);
    m_report.messageZh = QStringLiteral("导入失败：数据库错误（%1），未导入任何数据。").arg(error);
    m_report.messageCode = QStringLiteral("rejected.database");
    m_report.messageArgs = ImportMessage::arguments({{"error", error}});
}

void ImportAttempt::hashRest()
{
    // The whole file's hash, also when reading stopped early.
    QCryptographicHash whole(QCryptographicHash::Sha256);
    if (m_file.seek(0) && whole.addData(&m_file))
        m_report.sha256 = QString::fromLatin1(whole.result().toHex());
}

// --- open -------------------------------------------------------------------

bool ImportAttempt::open(const QString &path)
{
    m_report.filePath = path;
    m_report.startedAt = domain::Clock::nowUtc();
    m_report.quarantine = m_options.quarantine;
    m_report.dryRun = m_options.dryRun;
    m_actor = m_options.actor.isEmpty() ? audit::currentActor(m_db) : m_options.actor;
    m_feed = m_options.feed.isEmpty() ? m_catalog.feedForFileName(path) : m_catalog.feed(m_options.feed);
    if (!m_feed) {
        m_problems.add(makeProblem(ProblemCode::UnknownFeed, Severity::Error, 0, QString(), QFileInfo(path).fileName()));
        m_report.message = QStringLiteral("Rejected: the feed cannot be told from the file name.");
        m_report.messageZh = QStringLiteral("文件被拒收：无法从文件名识别数据项。");
        m_report.messageCode = QStringLiteral("rejected.unknown_feed");
        m_report.messageArgs = QStringLiteral("{}");
        return finished(ImportReport::Result::Rejected);
    }
    m_report.feed = m_feed->name;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_problems.add(makeProblem(ProblemCode::FileUnreadable, Severity::Error, 0, QString(), QString(),
                                   m_file.errorString()));
        m_report.message = QStringLiteral("Rejected: cannot read the file (%1).").arg(m_file.errorString());
        m_report.messageZh = QStringLiteral("文件被拒收：无法读取文件（%1）。").arg(m_file.errorString());
        m_report.messageCode = QStringLiteral("rejected.unreadable");
        m_report.messageArgs = ImportMessage::arguments({{"error", m_file.errorString()}});
        return finished(ImportReport::Result::Rejected);
    }
    m_totalBytes = m_file.size();
    m_hash = std::make_unique<BackgroundHasher>();
    m_reader = std::make_unique<CsvReader>(&m_file);
    BackgroundHasher *hash = m_hash.get();
    m_reader->setChunkObserver([hash](const char *data, std::size_t size) { hash->addData(data, qsizetype(size)); });

    const CsvReader::Status headerStatus = m_reader->next();
    if (headerStatus != CsvReader::Status::Record || m_reader->problem() != CsvReader::RecordProblem::None)
        return rejectHeader(headerStatus);
    for (int i = 0; i < m_reader->fieldCount(); ++i)
        m_header.emplace_back(m_reader->field(i));
    m_validator = std::make_unique<RowValidator>(*m_feed, m_header, m_rowProblems);
    m_report.mode = m_validator->isDelta() ? ImportReport::Mode::Delta : ImportReport::Mode::Snapshot;
    m_problems.addAll(m_rowProblems);
    if (!m_validator->headerOk()) {
        m_report.errorRows = 1;
        hashRest();
        return recordAndFinish(ImportReport::Result::Rejected);
    }
    return true;
}

bool ImportAttempt::rejectHeader(CsvReader::Status status)
{
    const CsvReader &reader = *m_reader;
    if (status == CsvReader::Status::End)
        m_problems.add(makeProblem(ProblemCode::EmptyFile, Severity::Error, 0, QString(), QString()));
    else if (status == CsvReader::Status::Error)
        m_problems.add(makeProblem(reader.errorIsUnterminatedQuote() ? ProblemCode::UnterminatedQuote
                                                                     : ProblemCode::FileUnreadable,
                                   Severity::Error, reader.errorIsUnterminatedQuote() ? 1 : 0, QString(), QString(),
                                   reader.errorString()));
    else
        m_problems.add(makeProblem(reader.problem() == CsvReader::RecordProblem::InvalidUtf8 ? ProblemCode::InvalidUtf8
                                                                                            : ProblemCode::MalformedQuotes,
                                   Severity::Error, 1, QString(), QString()));
    m_report.errorRows = 1;
    hashRest();
    return recordAndFinish(ImportReport::Result::Rejected);
}

// --- references -----------------------------------------------------------------

bool ImportAttempt::references()
{
    // Registries for the reference checks (read before any COPY starts).
    static const RegistryIndex noRegistry;
    m_persons = &noRegistry;
    m_enterprises = &noRegistry;
    bool needPersons = false, needEnterprises = false;
    for (int i = 0; i < m_feed->columns.size(); ++i) {
        const catalog::Column &c = m_feed->columns[i];
        if (c.references.isEmpty())
            continue;
        ReferenceCheck check{i, c.name};
        for (const QString &target : c.references.split(u'|')) {
            if (target == u"persons" && m_feed->name != u"persons")
                needPersons = check.persons = true;
            else if (target == u"enterprises" && m_feed->name != u"enterprises")
                needEnterprises = check.enterprises = true;
        }
        if (check.persons || check.enterprises)
            m_references.push_back(check);
    }
    // Columns that must equal the subject's registered name.
    m_subjectColumn = m_feed->columnIndex(m_feed->subjectColumn);
    for (int i = 0; i < m_feed->columns.size(); ++i)
        if (m_feed->columns[i].equalsSubjectName)
            m_nameColumn = i;
    m_withNames = m_nameColumn >= 0 && m_subjectColumn >= 0;
    QString error;
    if (needPersons)
        m_persons = m_registry(QStringLiteral("persons"), m_withNames, &error);
    if (needEnterprises && m_persons)
        m_enterprises = m_registry(QStringLiteral("enterprises"), m_withNames, &error);
    if (!m_persons || !m_enterprises) {
        databaseFailure(error);
        hashRest();
        return recordAndFinish(ImportReport::Result::Rejected);
    }
    return true;
}

// --- begin --------------------------------------------------------------------

bool ImportAttempt::begin(bool allowDirect)
{
    if (!m_db.beginWrite()) {
        databaseFailure(m_db.lastError());
        hashRest();
        return recordAndFinish(ImportReport::Result::Rejected);
    }
    // The history row first, for its id (completed or replaced at the end).
    QString error;
    m_report.importId = ImportHistory::startImported(m_db, m_report, m_actor, QFileInfo(m_report.filePath).fileName(),
                                                     &error);
    if (m_report.importId == 0) {
        m_db.rollback();
        databaseFailure(error);
        hashRest();
        return recordAndFinish(ImportReport::Result::Rejected);
    }
    if (m_db.dialect() == store::Dialect::Sqlite)
        m_writer = std::make_unique<SqliteFeedWriter>(m_db.sqliteHandle(), allowDirect);
    else
        m_writer = std::make_unique<PostgresFeedWriter>(m_db.postgresHandle(), allowDirect);
    if (!m_writer->begin(*m_feed, m_validator->isDelta(), m_report.importId, m_options.quarantine)) {
        m_failure = m_writer->lastError();
        databaseFailure(m_failure);
        return abandon(ImportReport::Result::Rejected);
    }
    return true;
}

// --- readRows -------------------------------------------------------------------

void ImportAttempt::quarantineRecord(qint64 line, const std::vector<std::pair<QString, QString>> &fields)
{
    QJsonObject o;
    for (const auto &[name, value] : fields)
        o.insert(name, value);
    m_quarantine.push_back({line, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
    ++m_report.quarantined;
}

std::vector<std::pair<QString, QString>> ImportAttempt::rawFields() const
{
    std::vector<std::pair<QString, QString>> fields;
    for (int i = 0; i < m_reader->fieldCount(); ++i)
        fields.emplace_back(i < int(m_header.size()) ? fromUtf8(m_header[std::size_t(i)])
                                                     : QStringLiteral("field_%1").arg(i + 1),
                            fromUtf8(m_reader->field(i)));
    return fields;
}

// Outcomes the writer knows only after the row was handed over (it writes on
// another thread, or at the end).
void ImportAttempt::addLate()
{
    for (const FeedWriter::LateOutcome &o : m_late) {
        if (o.outcome == FeedWriter::Outcome::Duplicate) {
            ++m_report.errorRows;
            m_problems.add(makeProblem(ProblemCode::DuplicateKey, Severity::Error, o.line, m_feed->key.join(u','),
                                       o.key, o.key));
            if (m_options.quarantine)
                quarantineRecord(o.line, {{QStringLiteral("key"), o.key}});
        } else if (o.outcome == FeedWriter::Outcome::DeleteMissing) {
            m_problems.add(makeProblem(ProblemCode::DeleteMissingKey, Severity::Warning, o.line,
                                       m_feed->key.join(u','), o.key));
        }
    }
    m_late.clear();
}

bool ImportAttempt::readRows(const ProgressFn &progress, const std::atomic<bool> *cancel)
{
    RowValidator::Op op = RowValidator::Op::Upsert;
    CsvReader &reader = *m_reader;
    CsvReader::Status status;
    while ((status = reader.next()) == CsvReader::Status::Record) {
        const qint64 line = reader.line();
        ++m_report.rowsRead;
        if (m_report.rowsRead % kCancelEvery == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return abandon(ImportReport::Result::Cancelled);
        if (m_report.rowsRead % kProgressEvery == 0) {
            if (progress)
                progress({m_report.rowsRead, reader.bytesRead(), m_totalBytes});
            m_writer->takeLateOutcomes(m_late);
            addLate();
        }
        if (!m_validator->validate(reader, m_values, op, m_rowProblems)) {
            ++m_report.errorRows;
            if (m_options.quarantine)
                quarantineRecord(line, rawFields());
            m_problems.addAll(m_rowProblems);
            continue;
        }
        if (writeRow(line, op) && op != RowValidator::Op::Delete)
            checkReferences(line);
    }
    if (status == CsvReader::Status::Error) {
        ++m_report.errorRows;
        if (reader.errorIsUnterminatedQuote())
            m_problems.add(makeProblem(ProblemCode::UnterminatedQuote, Severity::Error, reader.line(), QString(),
                                       QString()));
        else
            m_problems.add(makeProblem(ProblemCode::FileUnreadable, Severity::Error, 0, QString(), QString(),
                                       reader.errorString()));
        return abandon(ImportReport::Result::Rejected);
    }
    return true;
}

// Hands a valid row to the writer; false when it was not written (the import
// fails anyway, or a duplicate key): its references are then not checked.
bool ImportAttempt::writeRow(qint64 line, RowValidator::Op op)
{
    if (m_failed)
        return false; // the import fails anyway; keep validating to report every bad row
    if (m_options.failAfterRows > 0 && m_written >= m_options.failAfterRows) {
        m_failed = true;
        m_failure = QStringLiteral("injected failure after %1 rows").arg(m_written);
        return false;
    }
    const FeedWriter::Outcome outcome = m_writer->write(m_values, op, line);
    ++m_written;
    switch (outcome) {
    case FeedWriter::Outcome::Inserted:
        ++m_report.inserted;
        break;
    case FeedWriter::Outcome::Updated:
        ++m_report.updated;
        break;
    case FeedWriter::Outcome::Deleted:
        ++m_report.deleted;
        break;
    case FeedWriter::Outcome::Buffered:
        break;
    case FeedWriter::Outcome::DeleteMissing:
        m_problems.add(makeProblem(ProblemCode::DeleteMissingKey, Severity::Warning, line, QString(), QString()));
        break;
    case FeedWriter::Outcome::Duplicate: {
        QStringList key;
        for (const QString &k : m_feed->key)
            key << fromUtf8(m_values[std::size_t(m_feed->columnIndex(k))].text);
        ++m_report.errorRows;
        m_problems.add(makeProblem(ProblemCode::DuplicateKey, Severity::Error, line, m_feed->key.join(u','),
                                   key.join(QStringLiteral(", ")), key.join(QStringLiteral(", "))));
        if (m_options.quarantine)
            quarantineRecord(line, rawFields());
        return false;
    }
    case FeedWriter::Outcome::Failed:
        m_failed = true;
        m_failure = m_writer->lastError();
        return false;
    }
    return true;
}

void ImportAttempt::checkReferences(qint64 line)
{
    for (const ReferenceCheck &ref : m_references) {
        const FieldValue &v = m_values[std::size_t(ref.column)];
        if (v.kind != FieldValue::Kind::Text || v.text.empty())
            continue;
        if (ref.persons && ref.enterprises && v.subject == FieldValue::Subject::Either) {
            // The enterprise registry decides first, then the persons'.
            if (!m_enterprises->contains(v.text) && !m_persons->contains(v.text))
                m_problems.add(makeProblem(ProblemCode::AmbiguousSubjectId, Severity::Warning, line, ref.columnName,
                                           fromUtf8(v.text), QString()));
            continue;
        }
        const bool persons = ref.persons && ref.enterprises ? v.subject != FieldValue::Subject::Enterprise : ref.persons;
        const RegistryIndex *registry = persons ? m_persons : m_enterprises;
        const QString registryName = persons ? QStringLiteral("persons") : QStringLiteral("enterprises");
        if (!registry->contains(v.text)) {
            ++m_report.danglingReferences;
            m_problems.add(makeProblem(ProblemCode::DanglingReference, Severity::Warning, line, ref.columnName,
                                       fromUtf8(v.text), registryName));
        } else if (m_withNames && ref.column == m_subjectColumn) {
            const FieldValue &name = m_values[std::size_t(m_nameColumn)];
            if (name.kind == FieldValue::Kind::Text && !registry->nameMatches(v.text, name.text))
                m_problems.add(makeProblem(ProblemCode::AccountNameMismatch, Severity::Warning, line,
                                           m_feed->columns[m_nameColumn].name, fromUtf8(name.text), registryName));
        }
    }
}

// --- completeWrites -------------------------------------------------------------

// The same delivery again: nothing to do. False when the attempt ended.
bool ImportAttempt::sameDeliveryBefore(bool *skipped)
{
    qint64 previous = 0;
    QString error;
    *skipped = false;
    if (!ImportHistory::importedBefore(m_db, m_feed->name, m_report.sha256, m_report.importId, &previous, &error)) {
        databaseFailure(error);
        return abandon(ImportReport::Result::Rejected);
    }
    if (previous > 0) {
        *skipped = true;
        return skip(previous);
    }
    return true;
}

bool ImportAttempt::completeWrites(const std::atomic<bool> *cancel)
{
    if (cancel && cancel->load())
        return abandon(ImportReport::Result::Cancelled);
    m_report.sha256 = QString::fromLatin1(m_hash->result().toHex());
    if (!m_failed && !m_writer->flush()) { // every row written: the connection is ours again
        m_failed = true;
        m_failure = m_writer->lastError();
    }
    if (m_failed) {
        databaseFailure(m_failure);
        return abandon(ImportReport::Result::Rejected);
    }
    m_writer->takeLateOutcomes(m_late);
    addLate();
    bool skipped = false;
    // (On PostgreSQL the connection is still in COPY: asked after finish() below.)
    if (m_db.dialect() == store::Dialect::Sqlite && !sameDeliveryBefore(&skipped))
        return false;
    if (m_report.errorRows > 0 && !m_options.quarantine) {
        if (m_writer->findDuplicates(m_late))
            addLate();
        return abandon(ImportReport::Result::Rejected);
    }
    FeedWriter::Counts counts;
    if (!m_writer->finish(counts, m_late)) {
        databaseFailure(m_writer->lastError());
        return abandon(ImportReport::Result::Rejected);
    }
    m_writer.reset();
    m_report.inserted += counts.inserted;
    m_report.updated += counts.updated;
    m_report.deleted += counts.deleted;
    m_report.unchanged += counts.unchanged;
    addLate();
    if (m_db.dialect() == store::Dialect::Postgres && !sameDeliveryBefore(&skipped))
        return false;
    if (m_report.errorRows > 0 && !m_options.quarantine)
        return abandon(ImportReport::Result::Rejected);
    return true;
}

// --- qualityGate ----------------------------------------------------------------

// A truncated or wrong delivery must not wipe or rewrite a register.
bool ImportAttempt::qualityGate()
{
    if (m_report.mode != ImportReport::Mode::Snapshot)
        return true;
    QualityGate::Figures figures;
    figures.deleted = m_report.deleted;
    figures.changed = m_report.updated;
    figures.dangling = m_report.danglingReferences;
    QString error;
    if (!ImportHistory::lastDangling(m_db, m_feed->name, m_report.importId, &figures.previousDangling, &error)) {
        databaseFailure(error);
        return abandon(ImportReport::Result::Rejected);
    }
    // A snapshot meets every row it had: each was changed, left as it was or deleted.
    figures.rowsBefore = m_report.updated + m_report.unchanged + m_report.deleted;
    const QualityGate::Verdict verdict = QualityGate::assess(*m_feed, figures);
    if (!verdict.held())
        return true;
    if (!m_options.acceptLargeChange) {
        m_report.held = true;
        QualityGate::describe(*m_feed, figures, verdict, m_report);
        if (m_options.dryRun) { // what would happen, with its figures
            m_writer.reset();
            m_db.rollback();
            m_report.importId = 0;
            return finished(ImportReport::Result::Rejected);
        }
        return abandon(ImportReport::Result::Rejected);
    }
    m_report.largeChangeAccepted = true;
    m_acceptedJson = QualityGate::argumentsJson(*m_feed, figures, verdict);
    if (!m_options.dryRun && !ImportHistory::recordAcceptance(m_db, m_report.importId, m_actor, &error)) {
        databaseFailure(error);
        return abandon(ImportReport::Result::Rejected);
    }
    return true;
}

// --- record ---------------------------------------------------------------------

// Completes the history row, stores problems and quarantined rows, commits.
void ImportAttempt::record(const ProgressFn &progress)
{
    m_report.result = ImportReport::Result::Imported;
    m_report.finishedAt = domain::Clock::nowUtc();
    m_problems.close();
    finishMessage(m_report);
    if (m_options.dryRun) { // nothing kept, nothing recorded
        m_db.rollback();
        m_report.importId = 0;
        return;
    }
    QString error;
    const bool ok = ImportHistory::completeImported(m_db, m_report, m_feed->name, m_quarantine, m_acceptedJson,
                                                    &error);
    if (!ok || !m_db.commit()) {
        if (error.isEmpty())
            error = m_db.lastError();
        m_db.rollback();
        m_report.problems.clear();
        m_report.errorCount = 0;
        m_report.inserted = m_report.updated = m_report.deleted = m_report.quarantined = 0;
        ProblemList again(m_report, m_options);
        again.add(makeProblem(ProblemCode::DatabaseError, Severity::Error, 0, QString(), QString(), error));
        m_report.message = QStringLiteral("Rejected: database error (%1); nothing was imported.").arg(error);
        m_report.messageZh = QStringLiteral("导入失败：数据库错误（%1），未导入任何数据。").arg(error);
        m_report.messageCode = QStringLiteral("rejected.database");
        m_report.messageArgs = ImportMessage::arguments({{"error", error}});
        m_report.importId = 0;
        m_report.result = ImportReport::Result::Rejected;
        QString historyError;
        m_report.importId = ImportHistory::recordAttempt(m_db, m_report, m_actor, &historyError);
        if (m_report.importId == 0 && !historyError.isEmpty())
            ImportHistory::noteFailure(m_report, historyError);
        return;
    }
    if (progress)
        progress({m_report.rowsRead, m_reader->bytesRead(), m_totalBytes});
}

} // namespace mianshen::feeds
